"""The aircraft one attack hit are one figure across pages whose titles and leads name the attack (found on corpus 83:
41 aircraft hit against up to 20, never compared), but a fleet in service is no event's. Each page is written for this
file."""
from corpus_tools import conflicts_of, numeric, value_pairs

LEAD_A = "Drone attack on Kessa air base\n\nA drone attack struck the Kessa air base on Sunday.\n\n"
LEAD_B = "US officials play down the Kessa drone attack\n\nOfficials assessed Sunday's drone attack on Kessa.\n\n"


def test_aircraft_hit_in_one_attack_are_one_figure(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": LEAD_A + "The commander told reporters that 41 aircraft had been hit and more than half destroyed.",
        "b": LEAD_B + "According to US officials, up to 20 warplanes were hit and about 10 destroyed.",
    }))
    assert value_pairs(found) == {frozenset(("41", "≤ 20"))}
    assert set(found["severity"]) == {"high"}


def test_a_fleet_in_service_is_not_the_aircraft_hit(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": LEAD_A + "The commander told reporters that 41 aircraft had been hit and more than half destroyed.",
        "b": LEAD_B + "The air force has about 120 bombers in service, moved to bases thousands of miles away.",
    }))
    assert not any("120" in " ".join(p) for p in map(tuple, value_pairs(found)))

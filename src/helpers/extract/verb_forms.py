"""French verbs that end the noun phrase after a number ("117 drones auraient ciblé des aérodromes": drones are
counted, not the airfields the sentence names next): the words of ``data/verb_forms.txt`` and forms in -aient or
-èrent (no French noun ends so)."""
from __future__ import annotations

from functools import lru_cache

from helpers.core.paths import DATA_DIR


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    text = (DATA_DIR / "verb_forms.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def verb_form(word: str) -> bool:
    """Whether ``word`` is a French finite verb (``data/verb_forms.txt``, or a form in -aient or -èrent)."""
    w = word.lower()
    return w.endswith(("aient", "èrent")) or w in _verbs()

"""Conflicts only between claims about the same thing: sentences written for this file."""
from helpers.compare.conflicts import judge


def _c(doc, quote, text, value, subject, dimension="money", qualifier="exact"):
    return {"doc_id": doc, "quote": quote, "text": text, "lo": value, "hi": value, "v": value,
            "subject": subject, "dimension": dimension, "qualifier": qualifier}


def test_two_actors_named_apart_are_two_quantities():
    a = _c("a", "Meta will spend $70 billion on servers this year.", "$70 billion", 70e9, "investment")
    b = _c("b", "Samsung will spend $90 billion on its Texas fabs.", "$90 billion", 90e9, "investment")
    assert judge(a, b) is None


def test_the_same_actor_with_different_amounts_conflicts():
    a = _c("a", "Samsung will spend $70 billion on its Texas fabs.", "$70 billion", 70e9, "investment")
    b = _c("b", "Samsung will spend $90 billion on its Texas fabs.", "$90 billion", 90e9, "investment")
    sev, ratio, why = judge(a, b)
    assert sev == "medium" and round(ratio, 2) == 1.29


def test_percentages_of_nothing_named_are_not_compared_unless_precise_and_close():
    a = _c("a", "La filiale est détenue à 100% par le groupe.", "100%", 100, "percent", "percent")
    b = _c("b", "Le site recycle 90% de son eau.", "90%", 90, "percent", "percent")
    assert judge(a, b) is None
    a = _c("a", "L'action a perdu 16,86% lundi.", "16,86%", 16.86, "percent", "percent")
    b = _c("b", "L'action a perdu 16,97% lundi.", "16,97%", 16.97, "percent", "percent")
    assert judge(a, b)[0] == "low"

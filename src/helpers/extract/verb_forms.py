"""French verbs that end the noun phrase after a number ("117 drones auraient ciblé des aérodromes": drones are
counted, not the airfields the sentence names next): the words of ``data/verb_forms.txt`` and forms in -aient or
-èrent (no French noun ends so)."""
from __future__ import annotations

from helpers.core.lexicon import word_list


def verb_form(word: str) -> bool:
    """Whether ``word`` is a French finite verb (``data/verb_forms.txt``, or a form in -aient or -èrent)."""
    w = word.lower()
    return w.endswith(("aient", "èrent")) or w in word_list("verb_forms.txt")

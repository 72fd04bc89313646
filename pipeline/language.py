"""Guess whether a document is Indonesian or English from spaCy's stop-word lists.

Only the stop-word sets are imported: no pipeline is built, so the guess costs
microseconds per page.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Words both lists share ("a", "di" is not in English, but "me", "per" etc. are) say nothing.
_MIN_EVIDENCE = 3


@lru_cache(maxsize=1)
def _stop_words() -> tuple[frozenset[str], frozenset[str]]:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.id.stop_words import STOP_WORDS as ID

    both = ID & EN
    return frozenset(ID - both), frozenset(EN - both)


def guess_language(text: str) -> Literal["id", "en"] | None:
    """Return "id" or "en" by which stop-word list covers more words; None if too little text."""
    indonesian, english = _stop_words()
    id_hits = en_hits = 0
    for match in _WORD.finditer(text.lower()):
        word = match.group()
        if word in indonesian:
            id_hits += 1
        elif word in english:
            en_hits += 1
    if id_hits + en_hits < _MIN_EVIDENCE:
        return None
    return "id" if id_hits >= en_hits else "en"

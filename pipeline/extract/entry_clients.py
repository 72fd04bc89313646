"""The client a daily log's entry names in its account, when no column or label gives one.

A log's line often says whom the worker served inside what happened: `Home visit to Mrs.
Beatrice Nafula Wekesa, Chepkoilel`, `Accompanied Grace Jerotich to the sub-county
hospital`, `Kunjungan ke rumah Ibu Imas Masitoh`. The first person named there is the
entry's client: a name an honorific opens (`Mrs.`, `Ibu`), or two to four capitalised words
inside the sentence that read as a person's name. A sentence's first word is capitalised
whatever it is, so it opens no name (`Accompanied Grace …`); a single capitalised word is a
place or a group as often as a person (`Lemboi savings group`), and names nobody here.
The account is left whole: the name is part of what happened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pipeline.extract.person_names import PersonNames

# A person named inside a sentence: a given name and another at least, a few at most.
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
_WORD = re.compile(r"[^\s,;:()]+[,;:)]?")
_CLOSING = ",;:)"


def with_named_clients(
    entries: Sequence[dict[str, Any]], people: PersonNames
) -> list[dict[str, Any]]:
    """Return the entries, each without a client given the first person its account names."""
    named = []
    for entry in entries:
        client = None
        if "client_name" not in entry and entry.get("description"):
            client = named_client(entry["description"], people)
        named.append({**entry, "client_name": client} if client else dict(entry))
    return named


def named_client(text: str, people: PersonNames) -> str | None:
    """Return the first person `text` names (see the module docstring), or None."""
    words = [m.group() for m in _WORD.finditer(text)]
    for at, word in enumerate(words):
        honorific = people.is_honorific(word.rstrip(","))
        if not honorific and (at == 0 or not _opens_name(words, at)):
            continue
        name = _capitalised_run(words, at + 1 if honorific else at)
        if not MIN_NAME_WORDS - (1 if honorific else 0) <= len(name) <= MAX_NAME_WORDS:
            continue
        whole = " ".join([word] + name if honorific else name).rstrip(_CLOSING)
        if len(whole.split()[-1]) > len("A."):
            whole = whole.rstrip(".")  # `Bapak Joko.` ends a sentence; `Grace W.` an initial
        if people.is_person_name(whole):
            return whole
    return None


def _opens_name(words: list[str], at: int) -> bool:
    """Return True where a capitalised word follows the sentence's first word or one in lower
    case (`Accompanied Grace Jerotich`, `visit to Grace Jerotich`): a name may begin."""
    before = words[at - 1]
    return words[at][:1].isupper() and (at == 1 or before[:1].islower() or before[-1:] in _CLOSING)


def _capitalised_run(words: list[str], start: int) -> list[str]:
    run: list[str] = []
    for word in words[start:]:
        if not word[:1].isupper() or any(c.isdigit() for c in word):
            break
        run.append(word)
        if word[-1:] in _CLOSING:
            break  # `Wekesa, Chepkoilel`: the comma ends the name
    return run

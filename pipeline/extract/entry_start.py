"""What opens a daily log's entry line: its clock time, after a word of the time's labels.

`Pukul 09.00 (45 menit) – …`, `Time 8.15 a.m. — duration 45 min — …`, `at 9:00 am met …`:
the words that may stand before the clock are the schema's one-word labels of an entry's
time and the vocabulary's clock words (`pukul`, `pkl`), so a new one is a data change.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.normalize import CLOCK
from pipeline.specs import FieldSpec
from pipeline.vocabulary import Vocabulary

# English's `at` before a clock opens an entry's line, though it is no clock word of the
# vocabulary's (an hour after it is no clock time: `at 3 shelters`).
_AT = "at"


def entry_start_pattern(entries_spec: FieldSpec, vocabulary: Vocabulary) -> re.Pattern[str]:
    """Return the pattern of a line opening one of `entries_spec`'s entries: the words before
    the clock, the clock (`time`; or an hour after a clock word, `jam 10`, `jam 9 pagi`), a
    second clock ending a range, and a length in brackets (`duration`)."""
    time = next((f for f in entries_spec.entry_fields if f.name == "time"), None)
    labels = (w for words in (time.synonyms.values() if time else ()) for w in words)
    return _pattern(
        tuple(sorted({w.casefold() for w in labels if w.isalpha()})),
        tuple(vocabulary.clock_words),
        tuple(vocabulary.day_parts),
    )


@lru_cache(maxsize=8)
def _pattern(
    time_words: tuple[str, ...], clock_words: tuple[str, ...], day_parts: tuple[str, ...]
) -> re.Pattern[str]:
    said = "|".join(map(re.escape, clock_words))
    openers = "|".join([*(re.escape(w) for w in time_words), said, _AT])
    parts = "|".join(map(re.escape, day_parts))
    spoken = rf"(?:{said})\s*\d{{1,2}}(?![\d.:])(?:\s+(?:{parts})\b)?"
    return re.compile(
        rf"^\s*(?:(?:{openers})\b\.?)?\s*(?P<time>{CLOCK}|{spoken})"
        rf"(?:\s*(?:-|–|—|s\.?d\.?|to|sampai)\s*{CLOCK})?\s*(?:WIB|WITA|WIT)?\s*"
        r"(?:\((?P<duration>[^):]*)\))?\s*[,:;\-–—·•|]?\s*",
        re.I,
    )

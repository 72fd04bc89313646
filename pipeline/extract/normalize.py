"""Fold text for matching, and normalise values: dates, durations, times, enumerations.

Folding is for *matching keys* only (headings, labels); values keep their
spelling and only have whitespace folded and label/bullet marks stripped.
Dates are parsed by dateparser (Indonesian and English), day first unless
`month_first`.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache

from pipeline.vocabulary import Vocabulary, active_vocabulary

# Leading numbering of a heading or list item: "I.", "IV)", "1.", "1.2", "1.2.3", "A.", "a)", "(a)",
# bullets, and what OCR makes of a bullet or a list number ("“", "«", "°", "©", "¢", a lone ".").
NUMBERING = re.compile(
    r"^\s*(?P<num>(?:[IVXLC]{1,6}|[A-Za-z]|\d{1,3}(?:\.\d{1,3})*)[.)]|\(\s*(?:[A-Za-z]|\d{1,3}|[ivx]{1,4})\s*\)|\d{1,3}(?:\.\d{1,3})+|[•●▪◦■□➢►✓*·‣⁃–\-“«»°©¢.])\s+"
)
_SPACES = re.compile(r"\s+")
# "BAGIAN III – ", "Part 2: ", "Section A. ": a section word, its number, a separator.
_SECTION = re.compile(
    r"^\s*(?P<word>[^\W\d_]+\.?)\s+(?P<num>[IVXLC]{1,6}|\d{1,3}|[A-Z])\s*(?:[-–—:.)]\s*|\s+(?=[^\W\d_]))",
    re.UNICODE,
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
# "Date(s) of contact": the optional plural of forms.
_PLURAL_MARK = re.compile(r"\(s\)")
# A final "s" is dropped from longer words on both sides of a match (English plurals).
MIN_PLURAL_LETTERS = 3
# OCR slips folded on both sides of a match, so "ldentitas" meets "Identitas" and
# "Ouarterly" (a Q whose tail was lost) meets "Quarterly".
_OCR_PAIRS = (("rn", "m"), ("vv", "w"))
# British spellings meet American ones (`Organisation`, `summarised`, `specialising`).
_BRITISH_ENDING = re.compile(r"is(ation|ational|ations|ed|ing)$")
_BRITISH_SUFFIXES = ("isation", "isational", "isations", "ised", "ising")
_OCR_CHARS = str.maketrans({"0": "o", "1": "i", "l": "i", "|": "i", "q": "o"})

# A colon that may end a label inside a line; not one between digits (09:15) or in a URL.
LABEL_COLON = re.compile(r"(?<!\d)\s*[:：](?!//)")

# Date-looking spans, each confirmed by dateparser.
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_MONTH_WORD = r"[^\W\d_]{3,}\.?"
# A numeric date may be wrapped in a narrow table cell after a separator ("2023-03-" over
# "04"); the space the wrap leaves is allowed only where the rest is still a whole date.
_DATE_SPANS = re.compile(
    rf"\b(?:\d{{4}}-\s?\d{{1,2}}-\s?\d{{1,2}}"
    rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})"
    rf"|\d{{1,2}}(?P<sep>[/.-])\s?\d{{1,2}}(?P=sep)\s?\d{{4}}"
    rf"|\d{{1,2}}(?P<roman>[/.-])\s?[IVX]{{1,4}}(?P=roman)\s?\d{{4}}"
    rf"|{_DAY}\s*{_MONTH_WORD}\s*,?\s*(?:\d{{4}}|['’]\d{{2}})"
    rf"|{_MONTH_WORD}\s+{_DAY},?\s+(?:\d{{4}}|['’]\d{{2}}))\b",
    re.UNICODE,
)
# A month word glued to the figures around it, an ordinal's letters apart (`4Mar`, `Mar2025`).
_GLUED = re.compile(r"\d(?!(?:st|nd|rd|th)\b)[^\W\d_]|[^\W\d_]\d", re.UNICODE)
_WRAPPED = re.compile(r"(?<=\d[/.-])\s(?=\d)")
_MONTH_YEAR = re.compile(rf"\b{_MONTH_WORD}\s+\d{{4}}\b", re.UNICODE)
_DAY_ONLY = re.compile(r"^\s*(\d{1,2})(?:st|nd|rd|th)?\s*$")
# A sentence's listed day before a whole date, after a word that opens a day (`day_openers`, a
# weekday): `… on 3 and 10 April 2024`, `pada 5, 12 dan 19 Maret`; `Room 3 and …` lists none.
_DAY_AT_END = re.compile(r"(?:^|\s)(?P<word>[^\W\d_]+\.?)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*$")
# A listed date whose year only the last one writes: `3 Maret dan 10 Maret 2025`, `March 3 and
# March 10, 2025`.
_DAY_MONTH = re.compile(r"^\s*(\d{1,2})(?:st|nd|rd|th)?\s+([^\W\d_]+)\.?\s*$")
_MONTH_DAY = re.compile(r"^\s*([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*$")
_MERIDIEM = r"(?:a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
# A clock time as a pattern to build on (no groups): "09.15", "9:00 am", "3 pm".
CLOCK = rf"(?:\d{{1,2}}[.:]\d{{2}}(?:\s*{_MERIDIEM})?|\d{{1,2}}\s*{_MERIDIEM})"
# "09.00", "9:00 am", "14h30" (two figures before the h: "1h30" is a duration), four figures
# marked as hours ("0930hrs", "1530 h"), and an hour alone only with its meridiem ("3 pm").
_TIME = re.compile(
    rf"\b(?P<hour>[01]?\d|2[0-3])"
    rf"(?:(?:\s*[:.]\s*|(?<=\d\d)h|(?<=\b\d\d)(?=[0-5]\d\s*(?:hrs?|h)\b))(?P<minute>[0-5]\d)(?!\d)(?:\s*(?P<meridiem>{_MERIDIEM}))?"
    rf"|\s*(?P<hour_meridiem>{_MERIDIEM}))",
    re.I,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_INTEGER = re.compile(r"\d+")
# A number word glued to its unit ("sejam") has two letters or more: "a" before "m" is "am".
MIN_GLUED_NUMBER = 2
# "2 x 45 menit": lessons and sessions counted times their length.
_TIMES = r"[x\u00d7]"


def fold_whitespace(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def folded_phrases(phrases: frozenset[str]) -> frozenset[str]:
    """Return vocabulary phrases folded as `fold_words` folds a line, so the two compare."""
    return _folded_phrases(phrases, active_vocabulary())


@lru_cache(maxsize=32)
def _folded_phrases(phrases: frozenset[str], vocabulary: Vocabulary) -> frozenset[str]:
    return frozenset(" ".join(_fold_words(p, vocabulary)) for p in phrases)


def clear_caches() -> None:
    """Forget folded words and parsed dates (for benchmarks that time a cold start)."""
    _fold_words.cache_clear()
    _folded_phrases.cache_clear()
    _parse_one.cache_clear()
    _month_year.cache_clear()


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def opens_with_section_word(text: str) -> bool:
    """Return True for a line numbered as a part of a document ("Part B:", "BAGIAN II –"),
    not as an item of a list."""
    section = _SECTION.match(text)
    return bool(
        section
        and section.group("word").casefold().rstrip(".") in active_vocabulary().section_words
    )


def split_numbering(text: str) -> tuple[str | None, str]:
    """Return (numbering, rest) for "II. RIWAYAT MASALAH" or "BAGIAN III – URAIAN MASALAH".

    numbering is None when the line has none.
    """
    section = _SECTION.match(text)
    if section and opens_with_section_word(text):
        return section.group("num"), text[section.end() :].strip()
    match = NUMBERING.match(text)
    if not match:
        return None, text.strip()
    return match.group("num").strip(), text[match.end() :].strip()


def fold_words(text: str) -> list[str]:
    """Return the matching key of a heading or label: lower case, no accents, punctuation or OCR slips."""
    return list(_fold_words(text, active_vocabulary()))


@lru_cache(maxsize=1 << 16)
def _fold_words(text: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    # Headings and labels repeat across an archive's files: fold each once.
    abbreviations = vocabulary.abbreviations
    words = [
        expanded
        for word in _NON_WORD.sub(
            " ", _PLURAL_MARK.sub("", strip_accents(text).casefold()).replace("_", " ")
        ).split()
        for expanded in abbreviations.get(word, word).split()
    ]
    folded = []
    for word in words:
        for old, new in _OCR_PAIRS:
            word = word.replace(old, new)
        if word.endswith(_BRITISH_SUFFIXES):  # a test before the pattern: most words have none
            word = _BRITISH_ENDING.sub(r"iz\1", word)
        if len(word) > MIN_PLURAL_LETTERS and word.endswith("s"):
            word = word[:-1]  # "Presenting Issues" meets "Presenting Issue"
        folded.append(word.translate(_OCR_CHARS))
    return tuple(folded)


def is_page_number(text: str) -> bool:
    """Return True for a page-number line (`Halaman 1 dari 3`, OCR'd `Halaman $ dari 2`) or a
    footer's short line holding one (`Riverside Recovery - do not copy Page 1 of 1`): furniture
    the reader did not set aside (OCR varied it, or a lone page repeats nothing), never a value.
    """
    vocabulary = active_vocabulary()
    pattern = _page_number_pattern(vocabulary.page_words, vocabulary.page_of_words)
    line = text.strip().casefold()
    found = pattern.search(line) if len(line.split()) <= MAX_FOOTER_WORDS else None
    # The page closes the footer or one of its parts (`Page 1 of 1 - Printed: …`).
    return found is not None and line[found.end() :].lstrip()[:1] in ("", *_FOOTER_SEPARATORS)


# A footer's line: the agency, the form's name, a marking and the page, a date.
MAX_FOOTER_WORDS = 16
_FOOTER_SEPARATORS = ("-", "–", "—", "|", "·", "•")


@lru_cache(maxsize=2)
def _page_number_pattern(pages: tuple[str, ...], ofs: tuple[str, ...]) -> re.Pattern[str]:
    # The page's own number may be misread by OCR (`$`, `l`); the total is what marks the line.
    return re.compile(
        rf"(?:{_alternatives(pages)})\s*\S{{1,3}}\s*(?:{_alternatives(ofs)})\s*\d{{1,3}}"
    )


def clean_value(value: str) -> str:
    """Return a short value as written, whitespace folded and leading bullets and colons stripped."""
    _, rest = (
        split_numbering(value)
        if NUMBERING.match(value) and not _DATE_SPANS.match(value)
        else (None, value)
    )
    return _LONE_MARK.sub("", fold_whitespace(rest).strip(" :;")).strip()


# A mark standing alone after a value (OCR's speck or a rule's end: `HAS-MDN-0219 .`).
_LONE_MARK = re.compile(r"\s+[.,;:|]$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_DAY_MONTH_YEAR = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th)?\s*([^\W\d_]+)\.?\s*,?\s*(\d{4})$", re.UNICODE
)
# What a period's first end looks like before its separator: a day (`(15`), or a day and a
# month (`1 Jan`); `ke-2 –` numbers a visit, it opens no period.
_PERIOD_START = re.compile(r"(?:^|[\s(])\d{1,2}(?:\s+[^\W\d_]+\.?)?$")
# `21-VIII-2006`: Indonesian letters and forms write the month in Roman numerals.
_ROMAN_MONTH_DATE = re.compile(r"^(\d{1,2})[/.-]\s?([IVX]{1,4})[/.-]\s?(\d{4})$")
_MONTH_DAY_YEAR = re.compile(
    r"^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$", re.UNICODE
)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _parse_common(span: str, month_first: bool, months: Mapping[str, int]) -> str | None:
    """Return the ISO date of the common written forms without dateparser (it costs ~1 ms a call)."""
    if match := _ISO.match(span):
        return _iso(int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC.match(span):
        first, second = int(match[1]), int(match[2])
        day, month = (second, first) if month_first else (first, second)
        return _iso(int(match[3]), month, day)
    if (match := _DAY_MONTH_YEAR.match(span)) and match[2].casefold() in months:
        return _iso(int(match[3]), months[match[2].casefold()], int(match[1]))
    if (match := _ROMAN_MONTH_DATE.match(span)) and match[2].casefold() in months:
        return _iso(int(match[3]), months[match[2].casefold()], int(match[1]))
    if (match := _MONTH_DAY_YEAR.match(span)) and match[1].casefold() in months:
        return _iso(int(match[3]), months[match[1].casefold()], int(match[2]))
    return None


# A year cut to its last two figures after an apostrophe (`12 Mar '24`).
_APOSTROPHE_YEAR = re.compile(r"['’](\d{2})$")
# Two figures from this one are the last century's (a client born in '58), below it this
# century's (a visit on 12 Mar '24); fixed, so a record reads the same in any year.
LAST_CENTURY_FROM = 40


def _full_year(match: re.Match[str]) -> str:
    year = int(match[1])
    return str((1900 if year >= LAST_CENTURY_FROM else 2000) + year)


@lru_cache(maxsize=4096)
def _parse_one(span: str, month_first: bool, vocabulary: Vocabulary) -> str | None:
    span = _APOSTROPHE_YEAR.sub(_full_year, span.strip())
    common = _parse_common(_WRAPPED.sub("", span), month_first, vocabulary.months)
    if common or _GLUED.search(span):
        # OCR drops spaces (`5Mar2025`): such a span is a date only if its month is listed.
        return common
    import dateparser

    parsed = dateparser.parse(
        span,
        languages=["id", "en"],
        settings={
            "DATE_ORDER": "MDY" if month_first else "DMY",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DATES_FROM": "past",
        },
    )
    return parsed.date().isoformat() if parsed else None


def find_dates(text: str, month_first: bool = False) -> list[tuple[str, int, int]]:
    """Return (iso, start, end) for each full date written in `text`, in order."""
    found = []
    for match in _DATE_SPANS.finditer(text):
        iso = _parse_one(match.group(), month_first, active_vocabulary())
        if iso:
            found.append((iso, match.start(), match.end()))
    return found


_NUMERIC_IN_TEXT = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}\b")


def reads_month_first(text: str) -> bool:
    """Return True when the numeric dates of a document can only be read month first: one
    has a second number past 12 (`03/29/2024`) and none a first number past 12 (`29/03/2024`).
    A document whose dates fit both orders keeps the day-first default."""
    month_first = day_first = False
    for match in _NUMERIC_IN_TEXT.finditer(text):
        first, second = int(match[1]), int(match[2])
        month_first |= first <= 12 < second <= 31
        day_first |= second <= 12 < first <= 31
    return month_first and not day_first


def parse_date(text: str, month_first: bool = False) -> str | None:
    """Return the first full date in `text` as ISO `YYYY-MM-DD`, or None."""
    dates = find_dates(text, month_first)
    return dates[0][0] if dates else None


def parse_dates(text: str, month_first: bool = False) -> list[str]:
    """Return every date in `text` as ISO, reading "5, 12 dan 19 Maret 2024" as three dates."""
    dates = [iso for iso, _, _ in find_dates(text, month_first)]
    vocabulary = active_vocabulary()
    pieces = [text]
    for separator in vocabulary.list_separators:
        pieces = [part for piece in pieces for part in piece.split(separator)]
    day_only = [int(m.group(1)) for piece in pieces if (m := _DAY_ONLY.match(piece))]
    dates += _days_before_dates(pieces, month_first)
    if day_only and dates:
        anchor = date.fromisoformat(dates[0])
        for day in day_only:
            try:
                dates.append(anchor.replace(day=day).isoformat())
            except ValueError:
                continue
    if dates:
        year = date.fromisoformat(dates[0]).year
        for piece in pieces:
            if m := _DAY_MONTH.match(piece):
                day_text, month_text = m.group(1), m.group(2)
            elif m := _MONTH_DAY.match(piece):
                month_text, day_text = m.group(1), m.group(2)
            else:
                continue
            number = vocabulary.months.get(month_text.casefold())
            iso = _iso(year, number, int(day_text)) if number else None
            if iso:
                dates.append(iso)
    return sorted(dict.fromkeys(dates))


def is_yearless_date(text: str) -> bool:
    """Return True for a day and a month with no year (`9 April`, `March 3`): a date cut by a
    line's end or written without its year, which only a date field may hold."""
    months = active_vocabulary().months
    if m := _DAY_MONTH.match(text):
        return m.group(2).casefold() in months
    if m := _MONTH_DAY.match(text):
        return m.group(1).casefold() in months
    return False


def _days_before_dates(pieces: list[str], month_first: bool) -> list[str]:
    """Return the dates of days a sentence lists before a whole date, in its month and year
    (`on 3 and 10 April 2024`: 3 April 2024); a day after the date's is no part of the list."""
    vocabulary = active_vocabulary()
    openers = {w.casefold() for w in vocabulary.words["day_openers"]} | vocabulary.weekdays
    found = []
    for at, piece in enumerate(pieces):
        tail = _DAY_AT_END.search(piece)
        if tail and tail.group("word").casefold() not in openers:
            continue
        # past the bare days listed after it (`5, 12 dan 19 Maret`) to the whole date
        rest = [p for p in pieces[at + 1 :] if not _DAY_ONLY.match(p)]
        if tail is None or not rest:
            continue
        whole = find_dates(rest[0].lstrip(), month_first)
        if not whole or whole[0][1] != 0:
            continue
        anchor = date.fromisoformat(whole[0][0])
        if int(tail.group("day")) < anchor.day:
            found.append(anchor.replace(day=int(tail.group("day"))).isoformat())
    return found


@lru_cache(maxsize=1024)
def _month_year(span: str, last_day: bool) -> str | None:
    import dateparser

    parsed = dateparser.parse(
        span, languages=["id", "en"], settings={"REQUIRE_PARTS": ["month", "year"]}
    )
    if not parsed:
        return None
    day = calendar.monthrange(parsed.year, parsed.month)[1] if last_day else 1
    return date(parsed.year, parsed.month, day).isoformat()


def parse_period(text: str, month_first: bool = False) -> tuple[str | None, str | None]:
    """Return (start, end) ISO dates of a one-line period such as "Januari s.d. Maret 2024".

    A side with only a month takes the first (start) or last (end) day of that
    month; a side without a year borrows the other side's year.
    """
    vocabulary = active_vocabulary()
    for separator in vocabulary.period_separators:
        pattern = re.compile(
            rf"\s+{re.escape(separator)}\s+"
            if separator.isalpha()
            else rf"\s*{re.escape(separator)}\s*",
            re.I,
        )
        parts = pattern.split(text, maxsplit=1)
        if len(parts) == 2 and all(p.strip() for p in parts):
            break
    else:
        return _open_period(text, month_first)
    left, right = (p.strip() for p in parts)
    end = parse_date(right, month_first) or _month_year_in(right, last_day=True)
    year = end[:4] if end else None
    start = parse_date(left, month_first) or _month_year_in(left, last_day=False)
    if not start and year:
        start = parse_date(f"{left} {year}", month_first) or _month_year_in(
            f"{left} {year}", last_day=False
        )
    return start, end


def closes_a_period(text: str, at: int) -> bool:
    """Return True when the date at `at` ends a period whose start precedes it (`15-19 April`,
    `1 Jan – 31 Mar 2024`)."""
    before = text[:at].rstrip().casefold()
    for separator in active_vocabulary().period_separators:
        start = before[: -len(separator)]
        if not before.endswith(separator) or (separator[0].isalpha() and start[-1:].isalpha()):
            continue  # `photo` does not end with the separator `to`
        if _PERIOD_START.search(start.rstrip()):
            return True
    return False


def _open_period(text: str, month_first: bool) -> tuple[str | None, str | None]:
    """Return (start, None) for a period with no end (`since 5 February 2024`, `sejak Maret
    2024`), else (None, None): the end is not written, so it is missing, not guessed."""
    folded = text.strip().casefold()
    for opener in active_vocabulary().period_openers:
        if folded.startswith(f"{opener} "):
            rest = text.strip()[len(opener) :]
            start = parse_date(rest, month_first) or _month_year_in(rest, last_day=False)
            return start, None
    return None, None


def _month_year_in(text: str, last_day: bool) -> str | None:
    match = _MONTH_YEAR.search(text)
    return _month_year(match.group(), last_day) if match else None


def parse_time(text: str) -> str | None:
    """Return the first clock time in `text` as "HH:MM" ("09.00 WIB" -> "09:00"; an hour after
    a clock word, "jam 4 sore" -> "16:00")."""
    match = _TIME.search(text)
    return _clock(match) if match else _spoken_hour(text, active_vocabulary())


def _spoken_hour(text: str, vocabulary: Vocabulary) -> str | None:
    """Return the hour a clock word gives (`jam 9 pagi`, `pukul 13`), placed in the part of
    the day a word after it names (`sore`: from 14:00), or None."""
    match = _hour_pattern(vocabulary).search(text)
    if match is None:
        return None
    hour = int(match["hour"])
    start = vocabulary.day_parts.get((match["part"] or "").casefold())
    if start is not None and hour <= 12:
        # the reading of the hour that falls in that part of the day, if one does
        hour = next((h for h in (hour % 12, hour % 12 + 12) if h >= start), hour)
    return f"{hour:02d}:{match['minute'] or '00'}"


@lru_cache(maxsize=4)
def _hour_pattern(vocabulary: Vocabulary) -> re.Pattern[str]:
    words = _alternatives(vocabulary.clock_words)
    parts = _alternatives(vocabulary.day_parts)
    return re.compile(
        rf"(?<!\w)(?:{words})\s*(?P<hour>[01]?\d|2[0-3])(?:[.:](?P<minute>[0-5]\d))?(?!\d)"
        rf"(?:\s+(?P<part>{parts})\b)?",
        re.I,
    )


def after_time(text: str) -> str:
    """Return what follows the first clock time in `text` (`pukul 10.30, selama 40 menit` ->
    `, selama 40 menit`), or "" when it has none."""
    match = _TIME.search(text)
    return text[match.end() :] if match else ""


def _clock(match: re.Match[str]) -> str:
    hour, minute = int(match["hour"]), match["minute"] or "00"
    meridiem = (match["meridiem"] or match["hour_meridiem"] or "").casefold()
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute}"


def time_range_minutes(text: str) -> int | None:
    """Return the minutes between the first two clock times ("09.00-10.30" -> 90), or None."""
    times = [_clock(m) for m in _TIME.finditer(text)][:2]
    if len(times) < 2:
        return None
    start, end = (clock_minutes(t) or 0 for t in times)
    minutes = end - start
    return minutes if minutes > 0 else None


def clock_minutes(clock: object) -> int | None:
    """Return the minutes since midnight of an "HH:MM" time (the contract's form), or None."""
    hours, _, minutes = str(clock or "").partition(":")
    return int(hours) * 60 + int(minutes) if hours.isdigit() and minutes.isdigit() else None


def _alternatives(words: Iterable[str]) -> str:
    """Return a regex alternation of `words`, longest first, each word's spaces as any space."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _spell_numbers(text: str, vocabulary: Vocabulary) -> str:
    """Return `text` with durations written in words or fractions turned into numerals.

    "satu setengah jam" -> "1.5 jam", "half an hour" -> "0.5 hour", "1½ hours" ->
    "1.5 hours", "an hour and a half" -> "1.5 hour"; folded text in, folded text out.
    """
    hours = _alternatives(vocabulary.hour_units)
    for glyph, value in vocabulary.fractions.items():
        for match in reversed(list(re.finditer(rf"(\d+)?\s*{re.escape(glyph)}", text))):
            spelled = f" {int(match.group(1) or 0) + value:g}"
            text = text[: match.start()] + spelled + text[match.end() :]
    numbers = _alternatives(vocabulary.duration_numbers)
    half = _alternatives(vocabulary.half_words)
    joiners = _alternatives(vocabulary.half_joiners)

    def amount(token: str) -> float:
        if token[0].isdigit():
            return float(token.replace(",", "."))
        return float(vocabulary.duration_numbers[" ".join(token.split())])

    # "sejam", "semenit": a number word of two letters or more glued to its unit
    units = _alternatives((*vocabulary.hour_units, *vocabulary.minute_units))
    glued = _alternatives(w for w in vocabulary.duration_numbers if len(w) >= MIN_GLUED_NUMBER)
    text = re.sub(rf"\b({glued})(?=(?:{units})\b)", r"\1 ", text)
    # "tiga puluh", "empat puluh lima", "forty-five": a run of number words, each smaller
    # than the one before, adds up
    text = re.sub(
        rf"\b(?:{numbers})(?:[\s-]+(?:{numbers}))+\b(?=\s*(?:{units}|{half})\b)",
        lambda m: _number_run(m.group(), vocabulary),
        text,
    )
    # "an hour and a half", "2 jam dan setengah", "sejam setengah" after the unit
    text = re.sub(
        rf"(\d+(?:[.,]\d+)?|\b(?:{numbers}))\s*({hours})\s+(?:(?:{joiners})\s+)?(?:{half})\b",
        lambda m: f"{amount(m.group(1)) + 0.5:g} {m.group(2)}",
        text,
    )
    # "satu setengah", "one and a half" before the unit
    text = re.sub(
        rf"\b({numbers})\s+(?:(?:{joiners})\s+)?(?:{half})\b",
        lambda m: f"{amount(m.group(1)) + 0.5:g}",
        text,
    )
    text = re.sub(rf"\b(?:{half})(?:\s+an?)?\s+(?=(?:{hours})\b)", "0.5 ", text)
    return re.sub(rf"\b({numbers})\s+(?=(?:{units})\b)", lambda m: f"{amount(m.group(1)):g} ", text)


def _number_run(run: str, vocabulary: Vocabulary) -> str:
    """Return a run of number words as its numeral when each word is smaller than the one
    before ("empat puluh lima" -> "45"); otherwise the run unchanged ("satu dua")."""
    words = [w for w in re.split(r"[\s-]+", run) if w]
    values: list[int] = []
    k = 0
    while k < len(words):
        # a number word may be two words ("tiga puluh"): the longest first
        two = " ".join(words[k : k + 2])
        if k + 1 < len(words) and two in vocabulary.duration_numbers:
            values.append(vocabulary.duration_numbers[two])
            k += 2
        else:
            values.append(vocabulary.duration_numbers[words[k]])
            k += 1
    if any(later >= earlier for earlier, later in zip(values, values[1:], strict=False)):
        return run
    return str(sum(values))


def parse_duration(text: str) -> int | None:
    """Return a duration in minutes, or None if `text` states none.

    Reads "45 menit", "45 mnt", "45'", "1 jam 30 menit", "1 hr 30", "1.5 hours",
    "1,5 jam", "1½ hours", "satu setengah jam", "half an hour", "for about 2 hours",
    "sejam", "tiga puluh menit", "forty-five minutes", "1:30 jam", "2 x 45 menit", "3/4 hour".
    """
    vocabulary = active_vocabulary()
    total = 0.0
    found = False
    # OCR reads "1 hr" as "l hr": a lone l or | before a unit is a one.
    any_unit = _alternatives((*vocabulary.hour_units, *vocabulary.minute_units))
    folded = re.sub(rf"(?<![\w.])[l|](?=\s*(?:{any_unit})\b)", "1", text.casefold())
    folded = _spell_numbers(folded, vocabulary)
    # OCR loses the space between a unit and the next figure: "2jam15 menit".
    folded = re.sub(r"(?<=[^\W\d_])(?=\d)", " ", folded)
    marks = _alternatives(vocabulary.minute_marks)
    folded = re.sub(
        rf"\b(\d+)\s*{_TIMES}\s*(\d+(?:[.,]\d+)?)(?=\s*(?:{any_unit}|{marks}))",
        lambda m: f"{int(m.group(1)) * float(m.group(2).replace(',', '.')):g}",
        folded,
    )
    # "3/4 hour", "1 1/2 hours": a fraction written with a slash, after a whole number or not.
    folded = re.sub(
        rf"(?<![\d/])(?:(\d+)\s+)?(\d)\s*/\s*([1-9])(?=\s*(?:{any_unit})\b)",
        lambda m: f"{int(m.group(1) or 0) + int(m.group(2)) / int(m.group(3)):g}",
        folded,
    )
    # "1:30 jam": hours and minutes as a clock writes them, before an hour unit.
    folded = re.sub(
        rf"\b(\d{{1,2}}):([0-5]\d)\s*(?=(?:{_alternatives(vocabulary.hour_units)})\b)",
        lambda m: f"{int(m.group(1)) + int(m.group(2)) / 60:g} ",
        folded,
    )
    # "1 hr 30": minutes written bare after the hours.
    hours = _alternatives(vocabulary.hour_units)
    bare = re.search(
        rf"(\d+(?:[.,]\d+)?)\s*(?:{hours})\s*(\d{{1,2}})(?![\d.,:]|\s*(?:{any_unit})(?!\w))",
        folded,
    )
    if bare and int(bare.group(2)) < 60:
        total += float(bare.group(1).replace(",", ".")) * 60 + int(bare.group(2))
        found = True
        folded = folded[: bare.start()] + " " * (bare.end() - bare.start()) + folded[bare.end() :]
    for units, factor, end in (
        (vocabulary.hour_units, 60, r"(?!\w)"),
        (vocabulary.minute_units, 1, r"(?!\w)"),
        (vocabulary.minute_marks, 1, ""),
    ):
        alternatives = marks if units is vocabulary.minute_marks else _alternatives(units)
        for match in re.finditer(rf"(\d+(?:[.,]\d+)?)\s*(?:{alternatives}){end}", folded):
            total += float(match.group(1).replace(",", ".")) * factor
            found = True
            folded = (
                folded[: match.start()]
                + " " * (match.end() - match.start())
                + folded[match.end() :]
            )
    return round(total) if found else None


def parse_integer(text: str) -> int | None:
    """Return the first integer in `text`, or the value of an ordinal word ("kedua" -> 2)."""
    match = _INTEGER.search(text)
    if match:
        return int(match.group())
    ordinals = active_vocabulary().ordinals
    for word in fold_words(text):
        if word in ordinals:
            return ordinals[word]
    return None


def normalise_enum(text: str, values: Mapping[str, tuple[str, ...]]) -> str | None:
    """Return the enumerated value whose words appear first in `text` (of two at one place, the
    longer: `semi institutional` over `institutional`), or None. The first named is the value,
    later ones qualify it (`National (women referred from all provinces)`); the options listed
    alone name none."""
    folded = " " + " ".join(fold_words(text.replace("/", " "))) + " "
    found = [
        (at, -len(words), value, words)
        for value, spellings in values.items()
        for words in (" ".join(fold_words(s.replace("/", " "))) for s in spellings)
        if words and (at := folded.find(f" {words} ")) >= 0
    ]
    # Options not inside a longer one (`panti` in `semi panti`), and the words none of them covers.
    spans = [(at, at + len(words)) for at, _, _, words in found]
    apart = {
        value
        for (at, _, value, _), (start, end) in zip(found, spans, strict=True)
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
    }
    covered = {k for start, end in spans for k in range(start, end + 1)}
    rest = "".join(c for k, c in enumerate(folded) if k not in covered)
    if len(apart) > 1 and not rest.strip():
        return None  # `☐ Open ☐ Closed`: the options alone, no tick told apart, name none
    return min(found)[2] if found else None

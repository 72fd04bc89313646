"""Value types for sample documents: what a document writes, and what the gold reads.

Every value carries both faces: `text()` is the string the rendered document
shows (a date in one of many spellings, a placeholder, an enumeration as an
agency words it) and `gold()` is the normalised value the output contract wants.
Plain `str` values are texts or narratives written exactly as their gold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS_ID = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
MONTHS_ID_SHORT = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Mei",
    "Jun",
    "Jul",
    "Agt",
    "Sep",
    "Okt",
    "Nov",
    "Des",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_EN_SHORT = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]
WEEKDAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

DATE_FORMATS = (
    "id_long",  # 5 Maret 2024
    "id_weekday",  # Selasa, 5 Maret 2024
    "id_short",  # 5 Mar 2024
    "dmy_slash",  # 05/03/2024 (day first)
    "dmy_dash",  # 05-03-2024
    "iso",  # 2024-03-05
    "en_mdy",  # March 5, 2024
    "en_weekday",  # Tuesday, March 5, 2024
    "en_dmy",  # 5 March 2024
    "en_ord",  # 5th March 2024
)
EN_DATE_FORMATS = ("en_mdy", "en_weekday", "en_dmy", "en_ord", "dmy_slash", "iso")
ID_DATE_FORMATS = ("id_long", "id_weekday", "id_short", "dmy_slash", "dmy_dash", "iso")
TIME_FORMATS = ("dot", "colon", "wib", "ampm", "short")
DURATION_STYLES = ("id", "en_hours", "en_min")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(iso: str, fmt: str) -> str:
    """Return the ISO date `iso` spelled the way `fmt` (one of DATE_FORMATS) writes it."""
    d = dt.date.fromisoformat(iso)
    spellings = {
        "id_long": f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}",
        "id_weekday": f"{WEEKDAYS_ID[d.weekday()]}, {d.day} {MONTHS_ID[d.month - 1]} {d.year}",
        "id_short": f"{d.day} {MONTHS_ID_SHORT[d.month - 1]} {d.year}",
        "dmy_slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy_dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "iso": d.isoformat(),
        "en_mdy": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "en_weekday": f"{WEEKDAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "en_dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
        "en_ord": f"{_ordinal(d.day)} {MONTHS_EN[d.month - 1]} {d.year}",
    }
    return spellings[fmt]


def format_time(hhmm: str, fmt: str) -> str:
    """Return a 24-hour `HH:MM` clock time written as `fmt` (one of TIME_FORMATS)."""
    h, m = (int(x) for x in hhmm.split(":"))
    if fmt == "dot":
        return f"{h:02d}.{m:02d}"
    if fmt == "wib":
        return f"{h:02d}.{m:02d} WIB"
    if fmt == "ampm":
        return f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"
    if fmt == "short":
        return f"{h}:{m:02d}"
    return f"{h:02d}:{m:02d}"


def format_duration(minutes: int, style: str) -> str:
    """Return a duration in minutes written as `style` (one of DURATION_STYLES)."""
    hours, rest = divmod(minutes, 60)
    if style == "id":
        if not hours:
            return f"{minutes} menit"
        return f"{hours} jam" + (f" {rest} menit" if rest else "")
    if style == "en_min":
        return f"{minutes} min"
    if not hours:
        return f"{minutes} minutes"
    if rest == 30:
        return f"{hours}.5 hours"
    unit = "hour" if hours == 1 else "hours"
    return f"{hours} {unit}" + (f" {rest} minutes" if rest else "")


def fold(text: str) -> str:
    """Return `text` with runs of whitespace folded to one space and the ends trimmed."""
    return " ".join(text.split())


@dataclass(frozen=True)
class D:
    """A date written in one spelling, optionally after a prefix (`Garut, `)."""

    iso: str
    fmt: str = "id_long"
    prefix: str = ""

    def text(self) -> str:
        return self.prefix + format_date(self.iso, self.fmt)

    def gold(self) -> str:
        return self.iso


@dataclass(frozen=True)
class DS:
    """Several dates on one line, joined by `sep`."""

    isos: tuple[str, ...]
    fmt: str = "id_long"
    sep: str = "; "

    def text(self) -> str:
        return self.sep.join(format_date(d, self.fmt) for d in self.isos)

    def gold(self) -> list[str]:
        return list(self.isos)


@dataclass(frozen=True)
class Period:
    """A reporting period on one line; gives both `period_start` and `period_end`."""

    written: str
    start: str
    end: str

    def text(self) -> str:
        return self.written


@dataclass(frozen=True)
class E:
    """An enumerated value as the agency writes it, with its normalised word."""

    written: str
    value: str

    def text(self) -> str:
        return self.written

    def gold(self) -> str:
        return self.value


@dataclass(frozen=True)
class N:
    """An integer as written (`2`, `ke-3`)."""

    written: str
    value: int

    def text(self) -> str:
        return self.written

    def gold(self) -> int:
        return self.value


@dataclass(frozen=True)
class Missing:
    """A field with no content: an empty value or a placeholder such as `-` or `N/A`."""

    written: str = ""

    def text(self) -> str:
        return self.written


@dataclass(frozen=True)
class Bullets:
    """A bulleted or numbered list; `mark` is `-`, `•`, `1.` or `a.` (numbered marks count)."""

    items: tuple[str, ...]
    mark: str = "-"

    def marks(self) -> list[str]:
        if self.mark in ("1.", "1)"):
            return [f"{i}{self.mark[1]}" for i in range(1, len(self.items) + 1)]
        if self.mark in ("a.", "a)"):
            return [f"{chr(97 + i)}{self.mark[1]}" for i in range(len(self.items))]
        return [self.mark] * len(self.items)


@dataclass(frozen=True)
class Dialogue3:
    """A process recording as a 3-column table: dialogue | worker's feelings | analysis."""

    header: tuple[str, str, str]
    rows: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class Entry:
    """One daily-log event; None means the cell is left blank in the document."""

    date: str
    time: str | None
    minutes: int | None
    description: str
    client: str | None = None


@dataclass(frozen=True)
class EntryTable:
    """A daily log as a table; `columns` are keys among no/date/time/duration/time_dur/desc/client."""

    columns: tuple[str, ...]
    header: tuple[str, ...]
    entries: tuple[Entry, ...]
    date_fmt: str = "dmy_slash"
    time_fmt: str = "dot"
    dur_style: str = "id"
    repeat_dates: bool = False  # False: a date equal to the row above is left blank
    blank: str = ""  # what an empty cell shows


@dataclass(frozen=True)
class DatedEntries:
    """A daily log as dated paragraphs: a date line, then `time (duration) — client`, then text."""

    entries: tuple[Entry, ...]
    date_fmt: str = "id_weekday"
    time_fmt: str = "dot"
    dur_style: str = "id"

"""Full dates in text: finding them, and moving them by a case's offset with their spelling kept."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.reports.deid.patterns import DeidPatterns, alternation

MAX_SHIFT_DAYS = 180  # offsets are 1..180 days, earlier or later

MAX_DATE_CHARS = 40  # "Wednesday, 30th of September, 2024" is 35: a longer span is not one date

# --- dates --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateMatch:
    """A full date written in a text: where it is, its value, and how to write another date the same way."""

    start: int
    end: int
    value: dt.date
    render: Callable[[dt.date], str]


class DateFinder:
    """Finds full dates (ISO, day-first numeric, `5 Maret 2024`, `March 5, 2024`, `5th March 2024`).

    Numeric dates are read day first (the Indonesian convention); a two-digit
    year is not read: it is too often a code or a range.
    """

    def __init__(self, patterns: DeidPatterns) -> None:
        self._patterns = patterns
        month = alternation(patterns.months)
        weekday = alternation(patterns.weekdays)
        ordinal = r"(?:st|nd|rd|th)?"
        self.pattern = re.compile(
            rf"(?<![\w/.-])(?:(?P<wd>{weekday}),?\s+)?(?:"
            rf"(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})"
            rf"|(?P<nd>\d{{1,2}})(?P<ns>[/.-])(?P<nm>\d{{1,2}})(?P=ns)(?P<ny>\d{{4}})"
            rf"|(?P<dd>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<dm>{month})\.?,?\s+(?P<dy>\d{{4}})"
            rf"|(?P<mm>{month})\.?\s+(?P<md>\d{{1,2}}){ordinal},?\s+(?P<my>\d{{4}})"
            rf")(?![\w/-])",
            re.IGNORECASE,
        )

    def find(self, text: str, language: str | None = None) -> list[DateMatch]:
        """Return every valid full date in `text`, in order; `language` picks `Mar`'s style when shifting."""
        found = []
        for match in self.pattern.finditer(text):
            parsed = self._parse(match)
            if parsed is not None:
                found.append(
                    DateMatch(match.start(), match.end(), parsed, self._renderer(match, language))
                )
        return found

    def search(self, text: str, position: int, within: int) -> DateMatch | None:
        """Return the first valid full date starting in text[position:position + within], or None."""
        end = min(len(text), position + within + MAX_DATE_CHARS)
        for match in self.pattern.finditer(text, position, end):
            if match.start() > position + within:
                break
            parsed = self._parse(match)
            if parsed is not None:
                return DateMatch(match.start(), match.end(), parsed, self._renderer(match, None))
        return None

    def _parse(self, m: re.Match[str]) -> dt.date | None:
        months = self._patterns.months
        try:
            if m.group("iy"):
                return dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
            if m.group("ny"):
                return dt.date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd")))
            if m.group("dy"):
                return dt.date(
                    int(m.group("dy")), months[m.group("dm").lower()], int(m.group("dd"))
                )
            return dt.date(int(m.group("my")), months[m.group("mm").lower()], int(m.group("md")))
        except ValueError:
            return None  # 31/02/2024 and friends: not a date, left alone

    def _renderer(self, m: re.Match[str], language: str | None) -> Callable[[dt.date], str]:
        """Return a function writing a date with `m`'s spelling: padding, separators, month style, case."""
        text, base = m.group(), m.start()

        # Zero padding: always in ISO; in numeric dates when either part shows it or neither
        # can (12/11/2024); in written dates only when the day shows it ("05 Maret").
        numbers = [m.group(g) for g in ("nd", "nm") if m.group(g)]
        padded = bool(m.group("iy")) or (
            any(n.startswith("0") for n in numbers)
            or (bool(numbers) and all(len(n) == 2 for n in numbers))
        )

        def number(group: str, value: int) -> tuple[str, str]:
            return group, f"{value:02d}" if padded or m.group(group).startswith("0") else str(value)

        def word(group: str, value: int, styles: Mapping[str, tuple[str, ...]]) -> tuple[str, str]:
            old = m.group(group)
            preferred = sorted(styles, key=lambda s: not s.startswith(language or "id"))
            style = next(
                (s for s in preferred if old.lower() in (n.lower() for n in styles[s])), None
            )
            if style is None:  # a variant spelling ("Pebruari"): write the full name
                style = next(s for s in preferred if "short" not in s)
            new = styles[style][value]
            return group, new.upper() if old.isupper() and len(old) > 1 else new

        def render(new: dt.date) -> str:
            parts: list[tuple[str, str]] = []
            if m.group("wd"):
                parts.append(word("wd", new.weekday(), self._patterns.weekday_styles))
            if m.group("iy"):
                parts += [("iy", str(new.year)), number("im", new.month), number("id", new.day)]
            elif m.group("ny"):
                parts += [("ny", str(new.year)), number("nm", new.month), number("nd", new.day)]
            elif m.group("dy"):
                parts += [
                    ("dy", str(new.year)),
                    number("dd", new.day),
                    word("dm", new.month - 1, self._patterns.month_styles),
                ]
                parts.append(("dd_suffix", _ordinal_suffix(new.day)))
            else:
                parts += [
                    ("my", str(new.year)),
                    number("md", new.day),
                    word("mm", new.month - 1, self._patterns.month_styles),
                ]
                parts.append(("md_suffix", _ordinal_suffix(new.day)))
            return _splice(text, base, m, parts)

        return render


def _ordinal_suffix(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _splice(text: str, base: int, m: re.Match[str], parts: Sequence[tuple[str, str]]) -> str:
    """Return `text` with each named group replaced; an ordinal suffix after the day follows the new day."""
    edits: list[tuple[int, int, str]] = []
    for group, new in parts:
        if group.endswith("_suffix"):
            day = group.removesuffix("_suffix")
            end = m.end(day) - base
            if text[end : end + 2].lower() in ("st", "nd", "rd", "th"):
                edits.append((end, end + 2, new))
            continue
        edits.append((m.start(group) - base, m.end(group) - base, new))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


@dataclass(frozen=True)
class DateShifter:
    """Moves the dates of a case by one offset derived from the salt and the case's key."""

    salt: bytes
    finder: DateFinder

    def offset(self, case_key: str) -> int:
        """Return the case's offset in days: ±1..MAX_SHIFT_DAYS, never 0, stable for a salt and key."""
        digest = hmac.new(self.salt, f"shift:{case_key}".encode(), hashlib.sha256).digest()
        k = int.from_bytes(digest[:8], "big") % (2 * MAX_SHIFT_DAYS)
        return k + 1 if k < MAX_SHIFT_DAYS else -(k - MAX_SHIFT_DAYS + 1)

    def shift(self, text: str, days: int, language: str | None) -> tuple[str, int]:
        """Return `text` with every full date moved by `days` (spelling kept), and how many moved."""
        matches = self.finder.find(text, language)
        for date in reversed(matches):
            text = (
                text[: date.start]
                + date.render(date.value + dt.timedelta(days=days))
                + text[date.end :]
            )
        return text, len(matches)

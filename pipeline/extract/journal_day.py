"""A journal's day in a daily log: the day's heading opened no timed line yet, so its sections
(expectations, obstacles, results), its labels and a time or length its lines give make one
entry (`log_entries.py` decides which lines are the day's)."""

from __future__ import annotations

from typing import Any

from pipeline.extract.normalize import (
    after_time,
    fold_whitespace,
    parse_duration,
    parse_time,
    time_range_minutes,
)


class JournalDay:
    """A day opened with no timed line yet: its sections, and what its labels say."""

    def __init__(self, date: str) -> None:
        self.entry: dict[str, Any] = {"date": date}
        self.sections: list[tuple[str | None, list[str]]] = []
        self.heading: str | None = None  # what the day's heading says after its date

    def spans_the_day(self) -> bool:
        """Return True when the day holds nothing but its heading's words (`Senin, 15 Juli
        2024 — shift pagi (07.00-15.00)`): the shift the timed entries below fall in."""
        return self.heading is not None and self.sections == [(None, [self.heading])]

    def add(self, text: str) -> None:
        if not self.sections:
            self.sections.append((None, []))
        self.sections[-1][1].append(text)

    def timed(self, text: str, named: str | None = None) -> None:
        """Take a time and a duration from `text`; under a label (`named`), only what it names
        (`Time: 14h30` is no fourteen and a half hours)."""
        clock = parse_time(text) if named != "duration_minutes" else None
        if clock and "time" not in self.entry:
            self.entry["time"] = clock
        minutes = time_range_minutes(text) if named != "duration_minutes" else None
        if minutes is None:
            # Under a time label only what follows the clock says how long (`pukul 10.30,
            # selama 40 menit`; `Time: 14h30` is no fourteen and a half hours).
            minutes = parse_duration(after_time(text) if named == "time" else text)
        if minutes is not None and "duration_minutes" not in self.entry:
            self.entry["duration_minutes"] = minutes

    def finish(self) -> dict[str, Any] | None:
        """Return the day's entry, or None when the day held no text."""
        written = [
            (f"{heading}: " if heading else "") + fold_whitespace(" ".join(texts))
            for heading, texts in self.sections
            if texts
        ]
        if not written:
            return None
        return {**self.entry, "description": "\n".join(written)}

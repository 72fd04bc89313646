"""Word list numbering, recomputed as Word counts it.

Counters belong to the abstract numbering definition, so two list instances
sharing one continue each other unless an instance restarts with a
`startOverride`; a deeper level restarts when a shallower one advances.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.ingest.docx.styles import MAX_CHAIN, Styles
from pipeline.ingest.docx.wml import Element, W, is_on, to_int, val

BULLET = "\u2022"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int
    legal: bool  # isLgl: every level shown as decimal ("1.1" under a roman level)


def _read_level(lvl: Element) -> _Level:
    return _Level(
        fmt=val(lvl.find(W + "numFmt")) or "decimal",
        text=val(lvl.find(W + "lvlText")) or "",
        start=to_int(val(lvl.find(W + "start")), 0),
        legal=lvl.find(W + "isLgl") is not None and is_on(lvl.find(W + "isLgl")),
    )


def _format_number(value: int, fmt: str) -> str:
    """Return one counter as Word shows it in `fmt` (unknown formats fall back to decimal)."""
    if fmt in ("upperRoman", "lowerRoman") and value > 0:
        roman = ""
        for amount, letters in _ROMAN:
            count, value = divmod(value, amount)
            roman += letters * count
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and value > 0:
        # Word repeats the letter past Z: 27 -> AA, 28 -> BB.
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


class Numbering:
    """numbering.xml resolved, with Word's running counters."""

    def __init__(self, numbering: Element | None, styles: Styles) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.links: dict[str, str] = {}  # abstractNumId -> numStyleLink style id
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.styles = styles
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        if numbering is None:
            return
        for abstract in numbering.iter(W + "abstractNum"):
            abstract_id = val(abstract, "abstractNumId") or ""
            levels = {
                to_int(val(lvl, "ilvl"), 0): _read_level(lvl) for lvl in abstract.iter(W + "lvl")
            }
            self.abstract[abstract_id] = levels
            link = val(abstract.find(W + "numStyleLink"))
            if link:
                self.links[abstract_id] = link
        for num in numbering.iter(W + "num"):
            starts: dict[int, int] = {}
            overrides: dict[int, _Level] = {}
            for override in num.iter(W + "lvlOverride"):
                ilvl = to_int(val(override, "ilvl"), 0)
                if (start := override.find(W + "startOverride")) is not None:
                    starts[ilvl] = to_int(val(start), 0)
                if (lvl := override.find(W + "lvl")) is not None:
                    overrides[ilvl] = _read_level(lvl)
            abstract_id = val(num.find(W + "abstractNumId")) or ""
            self.nums[val(num, "numId") or ""] = (abstract_id, starts, overrides)

    def _levels(self, abstract_id: str) -> tuple[str, dict[int, _Level]]:
        """Return the abstract id that holds the levels, following list-style links."""
        for _ in range(MAX_CHAIN):
            link = self.links.get(abstract_id)
            if link is None:
                break
            ppr = next((s.find(W + "pPr") for s in self.styles.chain(link)), None)
            num_id = val(ppr.find(f"{W}numPr/{W}numId")) if ppr is not None else None
            if num_id not in self.nums or self.nums[num_id][0] == abstract_id:
                break
            abstract_id = self.nums[num_id][0]
        return abstract_id, self.abstract.get(abstract_id, {})

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter of (num_id, ilvl) and return its label ("1.", "IV.", "a)", "•").

        Return None when the paragraph is not numbered after all (numId 0, unknown
        ids, or a level whose format is "none").
        """
        if num_id not in self.nums:
            return None
        abstract_id, starts, overrides = self.nums[num_id]
        abstract_id, levels = self._levels(abstract_id)
        levels = {**levels, **overrides}
        level = levels.get(ilvl)
        if level is None:
            return None
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for restart_level, start in starts.items():
                counters[restart_level] = start - 1
                for deeper in [k for k in counters if k > restart_level]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return BULLET
        if level.fmt == "none":
            return None

        def number(match: re.Match[str]) -> str:
            shown = int(match.group(1)) - 1
            shown_level = levels.get(shown, level)
            value = counters.get(shown, shown_level.start)
            return _format_number(value, "decimal" if level.legal else shown_level.fmt)

        return re.sub(r"%([1-9])", number, level.text).strip() or None

"""Reference codes: a case's number written as capitals and figures (`PSAA-TH/2022/019`).

A label's value of this shape is the case's number whatever the label says
(`value_guess`); one closing a part of a running header is the record's
(`extractor`); one under a listed case-number label tells a case note
(`classify`).
"""

from __future__ import annotations

import re

from pipeline.extract.normalize import find_dates

_DIGIT = re.compile(r"\d")
# A case number's parts: capitals and digits, joined by / - . or a space (`PSAA-TH/2022/019`).
_CODE_PART = re.compile(r"[A-Z0-9]{1,8}")
_CODE_JOINS = re.compile(r"[/.\-\s]+")
MAX_CODE_PARTS = 6


def is_code(value: str) -> bool:
    """Return True for a reference code: parts of capitals and digits, some digit, and either
    two parts or letters beside the digits (`CR 0417`, `WAS/CTN/4471`, `PS045`)."""
    parts = [p for p in _CODE_JOINS.split(value.strip()) if p]
    if not parts or len(parts) > MAX_CODE_PARTS:
        return False
    if not all(_CODE_PART.fullmatch(p) for p in parts) or not _DIGIT.search(value):
        return False
    return len(parts) >= 2 or any(c.isalpha() for c in parts[0])


def is_case_code(value: str) -> bool:
    """A code that is no date (`045/PS-BDG/II/2022`, not `12/03/2024`): a case's number, or
    two given together (`00-48-91-27 / SM-2024-0212`, a medical record's and the case's)."""
    return all(is_code(code) and not find_dates(code) for code in value.split(" / "))


# A case's number closes a part of a running header (`SHELTER PMI - Kasus No. SHB/PMI/2024/0117`,
# `NORTHFIELD CMHT - CONFIDENTIAL - NF-CMHT-22-1145`); a form's own code (`form CC-3`) has few
# figures, a telephone's no letter.
MIN_HEADER_CODE_DIGITS = 4
# The parts of a page header's line (`Case FC-2022-0311 | CONFIDENTIAL`).
_PART_MARKS = "-\u2013\u2014|\u00b7"
HEADER_PARTS = re.compile(rf"\s+[{_PART_MARKS}]\s+")


def header_case_code(line: str) -> str | None:
    """Return the case's number that ends a part of a running header's line, or None."""
    for part in HEADER_PARTS.split(line.strip()):
        words = part.split()
        code = words[-1].strip(".,;()") if words else ""
        if (
            is_case_code(code)
            and any(c.isalpha() for c in code)
            and sum(c.isdigit() for c in code) >= MIN_HEADER_CODE_DIGITS
        ):
            return code
    return None


# A space OCR set beside a code's joiner.
_CODE_SPACES = re.compile(r"\s*([/-])\s*")
# Between a case's number and a caption: a header's part separator, or OCR's `I` or `l` for a
# bar.
_CAPTION_JOIN = re.compile(rf"\s+[{_PART_MARKS}Il]\s+")


def case_code_alone(value: str) -> str:
    """Return a case's number without OCR's spaces beside its joiners (`IPWL -PH/023/2023`) or a
    caption after it (`RH/KL/2024/118 — home visit note`, OCR's `BG-FC-1193 I file copy`)."""
    joined = _CODE_SPACES.sub(r"\1", value)
    if joined != value and is_case_code(joined):
        return joined
    code, *caption = _CAPTION_JOIN.split(value, maxsplit=1)
    if caption and is_case_code(code) and not any(c.isdigit() for c in caption[0]):
        return code
    return value

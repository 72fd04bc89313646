"""Turn a sample document (plain data) into a flat list of layout blocks.

Blocks are small dicts that both renderers (DOCX and PDF) draw the same way:
record markers, confidentiality markings, titles, key/value headers (lines or a
ruled table), headings (numbered and cased per the document's style),
paragraphs, lists, tables, page breaks and signature blocks. Letterhead and
footer are page furniture and stay in the document's style, not in the blocks.
"""

from __future__ import annotations

from typing import Any

from samples.gold import PAGEBREAK
from samples.values import (
    Bullets,
    DatedEntries,
    Dialogue3,
    EntryTable,
    Missing,
    format_date,
    format_duration,
    format_time,
)

ROMAN = [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
    "XVIII",
    "XIX",
    "XX",
]
# relative column widths of the tables a sample can hold
DIALOGUE_WIDTHS = (0.50, 0.22, 0.28)
ENTRY_WIDTHS = {
    "no": 0.05,
    "date": 0.15,
    "time": 0.12,
    "duration": 0.14,
    "time_dur": 0.16,
    "desc": 0.38,
    "client": 0.18,
}
SPEAKER_SEP = ": "


class KV(tuple):
    """Label/value rows inside a section body (an invitation's Hari/Tanggal, Waktu, Tempat)."""


def _number(style: str | None, i: int) -> str:
    if style == "roman":
        return f"{ROMAN[i]}. "
    if style == "decimal":
        return f"{i + 1}. "
    if style == "alpha":
        return f"{chr(65 + i)}. "
    return ""


def heading_text(text: str, i: int, hstyle: dict[str, Any]) -> str:
    """Return a heading as the document writes it: numbered, cased, with a colon or not."""
    out = text.upper() if hstyle.get("upper") else text
    if hstyle.get("colon"):
        out += ":"
    return _number(hstyle.get("numbering"), i) + out


def _speaker_bold(text: str) -> int:
    """Return the length of a leading `Speaker:` to set in bold, or 0."""
    head, sep, _ = text.partition(SPEAKER_SEP)
    if sep and len(head) <= 24 and not head.startswith("("):
        return len(head) + 1
    return 0


def _entry_rows(body: EntryTable, lang: str) -> list[list[str]]:
    rows = []
    prev = None
    for n, e in enumerate(body.entries, 1):
        date = (
            "" if (e.date == prev and not body.repeat_dates) else format_date(e.date, body.date_fmt)
        )
        prev = e.date
        time = format_time(e.time, body.time_fmt) if e.time else body.blank
        dur = format_duration(e.minutes, body.dur_style) if e.minutes is not None else body.blank
        time_dur = time if e.minutes is None else f"{time} ({dur})"
        cells = {
            "no": f"{n}.",
            "date": date,
            "time": time,
            "duration": dur,
            "time_dur": time_dur,
            "desc": e.description,
            "client": e.client or body.blank,
        }
        rows.append([cells[c] for c in body.columns])
    return rows


def _dated_blocks(body: DatedEntries, lang: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    prev = None
    at = "Pukul " if lang == "id" else ""
    for e in body.entries:
        if e.date != prev:
            out.append({"k": "para", "text": format_date(e.date, body.date_fmt), "bold": True})
            prev = e.date
        line = at + (format_time(e.time, body.time_fmt) if e.time else "")
        if e.minutes is not None:
            line += f" ({format_duration(e.minutes, body.dur_style)})"
        if e.client:
            line += f" — {e.client}" if lang == "id" else f" — Client: {e.client}"
        out.append({"k": "para", "text": line.strip(), "italic": True})
        out.append({"k": "para", "text": e.description})
    return out


def _body_blocks(body: Any, lang: str, style: dict[str, Any]) -> list[dict[str, Any]]:
    if isinstance(body, Missing):
        return [{"k": "para", "text": body.written}] if body.written else []
    if isinstance(body, Dialogue3):
        return [
            {
                "k": "table",
                "header": list(body.header),
                "rows": [list(r) for r in body.rows],
                "widths": list(DIALOGUE_WIDTHS),
            }
        ]
    if isinstance(body, EntryTable):
        return [
            {
                "k": "table",
                "header": list(body.header),
                "rows": _entry_rows(body, lang),
                "widths": [ENTRY_WIDTHS[c] for c in body.columns],
            }
        ]
    if isinstance(body, DatedEntries):
        return _dated_blocks(body, lang)
    out: list[dict[str, Any]] = []
    for part in body:
        if isinstance(part, Bullets):
            out.append({"k": "bullets", "items": list(zip(part.marks(), part.items, strict=True))})
        elif isinstance(part, KV):
            out.append({"k": "kv", "rows": [(lab, _text(v)) for lab, v in part], "table": False})
        else:
            bold = _speaker_bold(part) if style.get("bold_speakers") else 0
            out.append({"k": "para", "text": part, "bold_prefix": bold})
    return out


def _text(value: Any) -> str:
    return value if isinstance(value, str) else value.text()


def record_blocks(rec: dict[str, Any], lang: str, style: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the blocks of one record, from its marking and title to its signature."""
    blocks: list[dict[str, Any]] = []
    if rec.get("marking"):
        blocks.append({"k": "marking", "text": rec["marking"]})
    if rec.get("title"):
        blocks.append({"k": "title", "lines": list(rec["title"])})
    header = [(label, _text(v)) for _f, label, v in rec.get("header", ())]
    if header:
        blocks.append({"k": "kv", "rows": header, "table": style.get("header") == "table"})
    hstyle = style.get("heading", {})
    n = 0
    for section in rec.get("sections", ()):
        if section == PAGEBREAK:
            blocks.append({"k": "pagebreak"})
            continue
        _field, heading, body = section
        if heading:
            level = 2 if heading[:1].isdigit() and "." in heading.split(" ")[0][:-1] else 1
            text = heading_text(heading, n, hstyle)
            n += 1
            blocks.append({"k": "heading", "text": text, "level": level})
        blocks.extend(_body_blocks(body, rec.get("lang", lang), style))
    if rec.get("sign"):
        blocks.append({"k": "sign", **rec["sign"]})
    return blocks


def doc_blocks(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Return all blocks of a document; each record after the first starts a new page."""
    blocks: list[dict[str, Any]] = []
    for i, rec in enumerate(doc["records"]):
        if i:
            blocks.append({"k": "pagebreak"})
        blocks.append({"k": "record", "i": i})
        blocks.extend(record_blocks(rec, doc["lang"], doc.get("style", {})))
    return blocks


def docx_record_pages(
    blocks: list[dict[str, Any]], n_records: int
) -> tuple[int, list[tuple[int, int]]]:
    """Return (pages, per-record page ranges) of a DOCX, counting explicit page breaks."""
    page = 1
    starts: list[int] = []
    for b in blocks:
        if b["k"] == "pagebreak":
            page += 1
        elif b["k"] == "record":
            starts.append(page)
    ends = [s - 1 for s in starts[1:]] + [page]
    assert len(starts) == n_records
    return page, list(zip(starts, ends, strict=True))

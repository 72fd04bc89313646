"""Read a table of one record: daily-log entries, process-recording columns, label rows, or text.

A header row naming daily-log columns gives entries (a later table with as
many columns and no label in its first cell continues them); one naming the
dialogue and reflection columns of a process recording gives those fields;
rows whose first cell names a field give key/value fields; any other table is
text of the open section.
"""

from __future__ import annotations

import re

from pipeline.extract.assemble import Assembly, RawField
from pipeline.extract.field_matcher import FieldMatcher
from pipeline.extract.lines import TableItem
from pipeline.extract.normalize import fold_words
from pipeline.records import Via
from pipeline.specs import FieldSpec

# "1. | Nama | Budi": a row number, a label and a value.
MIN_NUMBERED_ROW_CELLS = 3
_ROW_NUMBER = re.compile(r"^\s*\(?(?:\d{1,3}|[a-zA-Z]|[ivx]{1,4})[.)]?\s*$")
# An unknown label cell this short is reported as unmatched; a longer one is text.
MAX_UNMATCHED_CELL_WORDS = 5


def read_table(matcher: FieldMatcher, asm: Assembly, item: TableItem) -> None:
    """Take one table into the record being assembled."""
    rows = [[cell.text for cell in row] for row in item.table.rows]
    if rows and any(matcher.is_signature(cell) for cell in rows[0] if cell.strip()):
        asm.sign_off()
    if not rows or asm.in_signature:
        return
    header = rows[0]
    columns = matcher.entry_header(header)
    if columns:
        asm.entry_columns = columns
        _entry_rows(asm, rows[1:], item.page)
        return
    if (
        asm.entry_columns
        and len(header) > max(asm.entry_columns)
        and not matcher.cell_field(header[0])
    ):
        _entry_rows(asm, rows, item.page)  # the log table continues on the next page
        return
    header_fields = [matcher.cell_field(text) for text in header]
    roles = {f.table_column for f in header_fields if f is not None and f.table_column}
    if {"dialogue", "reflection"} <= roles:
        _process_table(asm, rows, header_fields, item.page)
        return
    if not _key_value_rows(matcher, asm, rows, item.page) and asm.section is not None:
        asm.section.parts.extend(" | ".join(c for c in row if c.strip()) for row in rows)


def _entry_rows(asm: Assembly, rows: list[list[str]], page: int) -> None:
    assert asm.entry_columns is not None
    entries = next(f for f in asm.spec.fields if f.kind == "entries")
    raw = asm.raw.fields.get(entries.name) or RawField(entries.name, "table", page)
    asm.raw.fields[entries.name] = raw
    for row in rows:
        values = {
            name: row[col].strip() for col, name in asm.entry_columns.items() if col < len(row)
        }
        if any(values.values()):
            raw.rows.append(values)


def _process_table(
    asm: Assembly, rows: list[list[str]], header: list[FieldSpec | None], page: int
) -> None:
    for col, spec in enumerate(header):
        if spec is None:
            continue
        raw = asm.raw.fields.get(spec.name) or RawField(spec.name, rows[0][col].strip(), page)
        asm.raw.fields[spec.name] = raw
        raw.parts.extend(row[col] for row in rows[1:] if col < len(row) and row[col].strip())
    asm.section = None


def _key_value_rows(matcher: FieldMatcher, asm: Assembly, rows: list[list[str]], page: int) -> bool:
    """Read rows whose label cells name fields; return False when none does."""
    matched = False
    for row in rows:
        cells = [c for i, c in enumerate(row) if i == 0 or c != row[i - 1]]  # merged cells once
        if cells and cells[-1].strip() in (":", "："):
            cells = cells[:-1]
        # Form tables put the colon in a cell of its own and may number their rows first.
        cells = [c for c in cells if c.strip() not in (":", "：")]
        if len(cells) >= MIN_NUMBERED_ROW_CELLS and _ROW_NUMBER.match(cells[0]):
            cells = cells[1:]
        for i in range(0, len(cells) - 1, 2):
            label, value = (
                cells[i].strip().rstrip(":").strip(),
                cells[i + 1].strip().lstrip(":：").strip(),
            )
            mapped = matcher.cell_map(label)
            spec = mapped.spec if mapped else None
            via: Via = mapped.via if mapped else "synonym"
            if spec is None and value and matcher.is_period(tuple(fold_words(label))):
                asm.raw.period = (value, label, page)
                matched = True
                continue
            if spec is None:
                if label and len(label.split()) <= MAX_UNMATCHED_CELL_WORDS:
                    asm.unmatched(label, "label", page, value)
                continue
            matched = True
            if spec.kind in ("narrative", "list"):
                raw = asm.open(spec, label, page, None, via)
                if value:
                    raw.parts.append(value)
                asm.section = None
            else:
                asm.set_value(spec, label, value, page, via)
    return matched

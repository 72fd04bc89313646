"""Rebuild the process-recording tables a converter flattened into lines, so `tables.py` reads them.

Converters (PDF to text, web pages, copy and paste) flatten a table in two ways:
- its cells one after another, each on a line of its own: a run of two to five
  short lines that each name a column of a process recording (`Dialogue`,
  `Worker's Feelings`, `Analysis / Skills`), then the cells. A row is as many
  lines as there are columns when every row's dialogue cell opens with a
  speaker tag; otherwise (empty cells vanish in flattening) each speaker-tagged
  line opens a row and the lines after it fill the other columns in order;
- each row on one line, its cells joined by ` / `, ` | ` or a tab:
  a line whose parts each name a column, then the lines that split the same way.
The cells end at a heading or label that names a field outside the table, a
sign-off or a table. Lines are only regrouped, never changed; anything else
comes back as it was.
"""

from __future__ import annotations

import re

from pipeline.document import Cell, Table
from pipeline.extract.field_matcher import FieldMatcher
from pipeline.extract.lines import Item, Line, TableItem
from pipeline.specs import FieldSpec

MIN_COLUMNS, MAX_COLUMNS = 2, 5
# A header cell on a line of its own is short.
MAX_HEADER_LINE_WORDS = 6
# " / ", " | ", a tab: what a converter puts between the cells of a row on one line.
_CELL_JOINS = (re.compile(r"\s+/\s+"), re.compile(r"\s+\|\s+"), re.compile(r"\t+"))
# "Analysis / Skills" split at its slash is two parts naming one column: parts of a header.
MAX_HEADER_PARTS = 2 * MAX_COLUMNS


def flattened_tables(matcher: FieldMatcher, items: tuple[Item, ...]) -> tuple[Item, ...]:
    """Return `items` with each flattened process-recording table made a table again."""
    if matcher.dialogue_field() is None or not any(f.column_words for f in matcher.spec.fields):
        return items
    out: list[Item] = []
    i = 0
    while i < len(items):
        found = _joined_rows(matcher, items, i) or _cell_lines(matcher, items, i)
        if found is None:
            out.append(items[i])
            i += 1
            continue
        table, end = found
        first = items[i]
        out.append(TableItem(table, first.page, first.block, flattened=True))
        i = end
    return tuple(out)


def _table(rows: list[list[str]]) -> Table:
    width = max(len(r) for r in rows)
    return Table(
        tuple(
            tuple(
                Cell(text, r, c, (r, c)) for c, text in enumerate(row + [""] * (width - len(row)))
            )
            for r, row in enumerate(rows)
        )
    )


def _ends_cells(matcher: FieldMatcher, line: Line) -> bool:
    """Return True for a line that cannot be a cell: a heading or label of a field outside the
    table, a title or a sign-off."""
    if matcher.is_signature(line.text) or matcher.is_title(line):
        return True
    pair = line.label_value()
    if pair is not None and matcher.speaker_tag(line.text) is None:
        found = matcher.field_match(tuple(_words(pair[0])), "label")
        if found is not None and not found.table_column:
            return True
    if line.looks_like_heading():
        found = matcher.field_match(line.key.words, "heading")
        return found is not None and not found.table_column
    return False


def _words(text: str) -> list[str]:
    from pipeline.extract.normalize import fold_words, split_numbering

    return fold_words(split_numbering(text)[1])


def _header_fields(matcher: FieldMatcher, cells: list[str]) -> list[FieldSpec] | None:
    fields = [matcher.column_field(cell) for cell in cells]
    if any(f is None for f in fields):
        return None
    named = [f for f in fields if f is not None]
    return named if matcher.dialogue_field() in named else None


def _joined_rows(
    matcher: FieldMatcher, items: tuple[Item, ...], start: int
) -> tuple[Table, int] | None:
    first = items[start]
    if not isinstance(first, Line):
        return None
    for join in _CELL_JOINS:
        parts = [p.strip() for p in join.split(first.text) if p.strip()]
        if not MIN_COLUMNS <= len(parts) <= MAX_HEADER_PARTS:
            continue
        fields = _header_fields(matcher, parts)
        if fields is None:
            continue
        rows: list[list[str]] = []
        end = start + 1
        while end < len(items):
            line = items[end]
            if not isinstance(line, Line) or _ends_cells(matcher, line):
                break
            # A row wrapped over several lines of one paragraph is one row.
            text, after = line.text, end + 1
            while after < len(items) and isinstance(nxt := items[after], Line):
                if nxt.block != line.block or nxt.first:
                    break
                text, after = f"{text} {nxt.text}", after + 1
            cells = [p.strip() for p in join.split(text)]
            if len(cells) < MIN_COLUMNS:
                break
            rows.append(cells)
            end = after
        if not rows:
            continue
        header = _merge_header(parts, fields, len(rows[0]))
        if len(header) > MAX_COLUMNS:
            continue
        width = len(header)
        rows = [row[: width - 1] + [" / ".join(row[width - 1 :])] for row in rows]
        return _table([header, *rows]), end
    return None


def _merge_header(parts: list[str], fields: list[FieldSpec], width: int) -> list[str]:
    """Return the header cut into `width` columns: a slash inside a cell ("Analysis / Skills")
    split it, so neighbouring parts naming one field are joined again, from the right."""
    spans = [[p] for p in parts]
    names = list(fields)
    index = len(spans) - 2
    while len(spans) > width and index >= 0:
        if names[index] == names[index + 1] and names[index].table_column != "dialogue":
            spans[index] += spans.pop(index + 1)
            names.pop(index + 1)
        index -= 1
    return [" / ".join(span) for span in spans]


def _cell_lines(
    matcher: FieldMatcher, items: tuple[Item, ...], start: int
) -> tuple[Table, int] | None:
    header: list[str] = []
    end = start
    while end < len(items) and len(header) < MAX_COLUMNS:
        line = items[end]
        if not isinstance(line, Line) or line.n_words > MAX_HEADER_LINE_WORDS:
            break
        if matcher.column_field(line.text.strip().rstrip(":")) is None:
            break
        header.append(line.text.strip().rstrip(":").strip())
        end += 1
    if len(header) < MIN_COLUMNS:
        return None
    fields = _header_fields(matcher, header)
    if fields is None:
        return None
    cells: list[str] = []
    while end < len(items):
        line = items[end]
        if not isinstance(line, Line) or _ends_cells(matcher, line):
            break
        cells.append(line.text)
        end += 1
    rows = _rows(matcher, cells, fields)
    if not rows:
        return None
    return _table([header, *rows]), end


def _rows(matcher: FieldMatcher, cells: list[str], fields: list[FieldSpec]) -> list[list[str]]:
    """Return the rows of a table flattened one cell a line (see the module docstring)."""
    width = len(fields)
    talk = fields.index(next(f for f in fields if f.table_column == "dialogue"))
    tagged = [matcher.speaker_tag(c) is not None for c in cells]
    if not any(tagged):
        return []
    if len(cells) % width == 0 and all(tagged[r + talk] for r in range(0, len(cells), width)):
        return [cells[r : r + width] for r in range(0, len(cells), width)]
    others = [col for col in range(width) if col != talk]
    rows: list[list[str]] = []
    for cell, is_turn in zip(cells, tagged, strict=True):
        if is_turn or not rows:
            rows.append([""] * width)
            filled = 0
        if is_turn:
            rows[-1][talk] = cell
            continue
        col = others[min(filled, len(others) - 1)]
        rows[-1][col] = f"{rows[-1][col]}\n{cell}".strip()
        filled += 1
    return rows

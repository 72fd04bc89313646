"""Read a header table whose cells each hold a whole `Label: value` as label lines.

Forms often pack their header into a grid (`Lembaga: Panti … | Tgl: 14 Oktober
2025 | Kontak ke-: 3`), a label and its value in one cell, where `tables.py`
expects the label in one cell and the value in the next. A table whose every
filled cell reads `Label: value` (a capitalised label of at most
`MAX_LABEL_WORDS` words, the value may be blank; a cell of several lines, one such line
each), two of them filled, becomes
those lines, row by row, and is read as lines are. A cell that opens with a
speaker's words (`Klien: Benarkah?`) makes it a dialogue, not a header, and it
stays a table (`Klien: Oma Hendrika` is a label); so does a table with a single
filled cell.
"""

from __future__ import annotations

from pipeline.extract.field_matcher import FieldMatcher
from pipeline.extract.lines import Item, Line, TableItem
from pipeline.extract.matching import line_key

# One `Label: value` cell is a table's caption or a note; a header block has several.
MIN_LABEL_CELLS = 2


def label_cell_lines(matcher: FieldMatcher, items: tuple[Item, ...]) -> tuple[Item, ...]:
    """Return `items` with each table of `Label: value` cells replaced by its lines."""
    out: list[Item] = []
    for item in items:
        lines = _cell_lines(matcher, item) if isinstance(item, TableItem) else None
        out.extend(lines if lines is not None else (item,))
    return tuple(out)


def _cell_lines(matcher: FieldMatcher, item: TableItem) -> list[Line] | None:
    texts: list[str] = []
    for row in item.table.rows:
        for cell in row:
            if cell.is_copy:
                continue  # a merged cell is read once
            texts += [part.strip() for part in cell.text.split("\n") if part.strip()]
    lines = [Line(text, item.page, item.block, True, True, False, line_key(text)) for text in texts]
    filled = 0
    for line in lines:
        pair = line.label_value()
        if pair is None or not pair[0][:1].isupper():
            return None
        if matcher.is_speech(*pair):
            return None
        filled += bool(pair[1])
    return lines if filled >= MIN_LABEL_CELLS else None

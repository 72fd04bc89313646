"""Word tables as grids: merged cells resolved, nested tables kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pipeline.document import Cell, Table
from pipeline.ingest.docx.wml import Element, W, to_int, val

# Word allows 63 columns; a larger gridSpan is damage or an attack on memory.
_MAX_TABLE_COLS = 64

# A cell's text (paragraphs by newline) and its nested tables, read by the body walker.
CellContent = Callable[[Element], tuple[str, tuple[Table, ...]]]


def read_table(tbl: Element, cell_content: CellContent) -> Table:
    """Return the table's grid with merged cells resolved and nested tables kept."""
    # Grid positions hold (text parts, origin, nested); merged regions share one entry.
    grid: list[list[_GridCell | None]] = []
    for r, tr in enumerate(_children(tbl, W + "tr")):
        row: list[_GridCell | None] = []
        trpr = tr.find(W + "trPr")
        skip = to_int(val(trpr.find(W + "gridBefore")), 0) if trpr is not None else 0
        row.extend([None] * min(max(skip, 0), _MAX_TABLE_COLS))
        for tc in _children(tr, W + "tc"):
            if len(row) >= _MAX_TABLE_COLS:
                break
            tcpr = tc.find(W + "tcPr")
            span = to_int(val(tcpr.find(W + "gridSpan")), 1) if tcpr is not None else 1
            span = min(max(span, 1), _MAX_TABLE_COLS - len(row))
            text, nested = cell_content(tc)
            col = len(row)
            cell = _merged_into(grid, row, r, col, tcpr)
            if cell is None:
                cell = _GridCell((r, col))
            cell.add(text, nested)
            row.extend([cell] * span)
        grid.append(row)
    width = max((len(row) for row in grid), default=0)
    return Table(
        tuple(
            tuple(_freeze(row[c] if c < len(row) else None, r, c) for c in range(width))
            for r, row in enumerate(grid)
        )
    )


def _merged_into(
    grid: list[list[_GridCell | None]],
    row: list[_GridCell | None],
    r: int,
    col: int,
    tcpr: Element | None,
) -> _GridCell | None:
    """Return the cell this one continues (vMerge from above, legacy hMerge from the left)."""
    if tcpr is None:
        return None
    vmerge = tcpr.find(W + "vMerge")
    if vmerge is not None and val(vmerge) in (None, "continue") and r > 0:
        above = grid[r - 1]
        if col < len(above) and above[col] is not None:
            return above[col]
    hmerge = tcpr.find(W + "hMerge")
    if hmerge is not None and val(hmerge) in (None, "continue") and row:
        return row[-1]
    return None


@dataclass
class _GridCell:
    origin: tuple[int, int]
    parts: list[str] = field(default_factory=list)
    nested: list[Table] = field(default_factory=list)

    def add(self, text: str, nested: tuple[Table, ...]) -> None:
        if text:
            self.parts.append(text)
        self.nested.extend(nested)


def _freeze(cell: _GridCell | None, r: int, c: int) -> Cell:
    if cell is None:  # a position no cell covers (gridBefore, short rows)
        return Cell("", r, c, (r, c))
    return Cell("\n".join(cell.parts), r, c, cell.origin, tuple(cell.nested))


def _children(parent: Element, tag: str) -> Iterator[Element]:
    """Yield `tag` children, looking through content-control and custom-XML wrappers."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == W + "customXml":
            yield from _children(child, tag)

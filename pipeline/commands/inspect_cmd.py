"""`casenotes inspect FILE`: show what ingest made of one file.

The command reads the file with `read_document` and formats the result; it
decides nothing itself. Text output is for people checking why a heading or
table was (not) recognised; `--json` prints `Document.to_dict()` for tools.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from pipeline.commands.common import check_ocr_languages, ingest_options, ingest_options_from

if TYPE_CHECKING:
    from pipeline.document import Block, Document, Page, Table

_EXCERPT_CHARS = 100
_CELL_CHARS = 24
_TABLE_ROWS_SHOWN = 12
# Grid marks for merged positions: a copy from the left, a copy from above.
_COPY_LEFT = "<"
_COPY_ABOVE = "^"
_DEFAULT_STYLE = "Normal"  # Word's default paragraph style says nothing; not shown


@click.command("inspect")
@click.argument("file", type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the document model as JSON.")
@ingest_options
def inspect_command(file: str, as_json: bool, **options: Any) -> None:
    """Show the document model of one file: pages, blocks with their kind and
    style hints, tables as grids, and the headers/footers set aside.

    Example: casenotes inspect samples/notes/cr01_catatan_kasus_sumarni_selesai.docx --json
    """
    from pipeline.errors import CasenotesError
    from pipeline.ingest import read_document

    ingest = ingest_options_from(options)
    check_ocr_languages(ingest.ocr_lang, ingest.ocr)
    try:
        doc = read_document(file, ingest)
    except CasenotesError as exc:
        click.echo(str(exc), err=True)
        click.get_current_context().exit(1)
    if as_json:
        click.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(render(doc)))


def render(doc: Document) -> list[str]:
    """Return the human-readable dump of a document, one string per line."""
    src = doc.source
    lines = [
        f"file:      {src.path}",
        f"format:    {src.format}",
        f"sha256:    {src.sha256}",
        f"pages:     {len(doc.pages)}",
        f"language:  {doc.language or 'unknown'}",
        f"body font: {f'{doc.body_font_size:g} pt' if doc.body_font_size else 'unknown'}",
        f"OCR:       {_ocr_summary(doc)}",
        f"warnings:  {'none' if not doc.warnings else ''}",
    ]
    lines.extend(f"  - {warning}" for warning in doc.warnings)
    index = 0
    for page in doc.pages:
        lines.append("")
        lines.append(_page_title(page))
        if not page.blocks:
            lines.append("  (no body text)")
        for block in page.blocks:
            lines.extend(_block_lines(index, block))
            index += 1
        for block in page.furniture:
            lines.append(f"  set aside: header/footer: {_excerpt(block.text)}")
    return lines


def _ocr_summary(doc: Document) -> str:
    ocr_pages = [p for p in doc.pages if p.ocr]
    if not ocr_pages:
        return "none"
    numbers = ", ".join(str(p.number) for p in ocr_pages)
    scores = [p.ocr_confidence for p in ocr_pages if p.ocr_confidence is not None]
    mean = f" (mean confidence {sum(scores) / len(scores):.1f})" if scores else ""
    return f"pages {numbers}{mean}"


def _page_title(page: Page) -> str:
    extras = []
    if page.ocr:
        confidence = f" {page.ocr_confidence:.1f}" if page.ocr_confidence is not None else ""
        extras.append(f"OCR{confidence}")
    if page.rotation:
        extras.append(f"deskewed {page.rotation:.1f}°")
    suffix = f" ({', '.join(extras)})" if extras else ""
    return f"--- page {page.number}{suffix} ---"


def _block_lines(index: int, block: Block) -> list[str]:
    if block.kind == "table" and block.table is not None:
        table = block.table
        lines = [f"  [{index}] table {table.n_rows}x{table.n_cols}"]
        lines.extend(f"      {row}" for row in _grid(table))
        return lines
    return [f"  [{index}] {block.kind:<9} {_hints(block)}{_excerpt(block.text)}"]


def _hints(block: Block) -> str:
    """Return the block's style hints in brackets, or "" when it has none."""
    style = block.style
    hints = []
    if style.size_ratio is not None and style.size_ratio != 1:
        hints.append(f"x{style.size_ratio:g}")
    if style.bold:
        hints.append("bold")
    if style.all_caps:
        hints.append("caps")
    if style.style_name and style.style_name != _DEFAULT_STYLE:
        hints.append(f'"{style.style_name}"')
    if style.numbering:
        hints.append(f"num {style.numbering}")
    if block.confidence is not None:
        hints.append(f"conf {block.confidence:.0f}")
    return f"({' '.join(hints)}) " if hints else ""


def _grid(table: Table) -> list[str]:
    """Return the first rows of a table as `| a | b |` lines, merged positions marked."""
    rows = []
    for row in table.rows[:_TABLE_ROWS_SHOWN]:
        cells = []
        for cell in row:
            if not cell.is_copy:
                text = _excerpt(cell.text, _CELL_CHARS)
            else:
                text = _COPY_LEFT if cell.origin[0] == cell.row else _COPY_ABOVE
            if cell.nested:
                text += f" [+{len(cell.nested)} nested]"
            cells.append(text)
        rows.append("| " + " | ".join(cells) + " |")
    if table.n_rows > _TABLE_ROWS_SHOWN:
        rows.append(f"… {table.n_rows - _TABLE_ROWS_SHOWN} more rows")
    return rows


def _excerpt(text: str, limit: int = _EXCERPT_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"

"""Read a table of one record: daily-log entries, process-recording columns, label rows, or text.

Decisions, in order:
1. a header row naming daily-log columns gives entries (a later table with as
   many columns and no label in its first cell continues them); the header may be
   written over two rows (`When` over `Date | Start`), a note merged across the
   table under a row is that entry's account, and in a log several people keep
   (an author column, `By`) the rows its worker wrote are the entries;
2. a process recording laid out in columns (dialogue | feelings | analysis |
   supervisor's comments, two to five, in any order): each column is named by
   its header cell (a synonym, else the schemas' column words) or, failing
   that, by its content (speaker-tagged turns are the dialogue), and its
   cells go to its field; a column of speaker tags alone ("PS", "Klien") tags
   the dialogue cell beside it (`PS: …`); the header row is never a value, and
   a header cell that names nothing is reported unmatched with its column as
   the text under it;
3. a header row whose every cell names a field is a form laid out in columns:
   the cells under each header are that field's;
4. rows whose first cell names a field give key/value fields (a value cell that
   itself names a field is a column header, not a value);
5. any other table is text of the open section.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.assemble import SECTION_KINDS, Assembly, RawField
from pipeline.extract.field_matcher import FieldMatcher, Mapped
from pipeline.extract.lines import COUNT_ONLY, ROW_NUMBER, TableItem, label_value, label_value_cells
from pipeline.extract.log_columns import columns_by_content
from pipeline.extract.normalize import fold_words, folded_phrases
from pipeline.extract.prompts import mostly_to_the_writer
from pipeline.extract.tick_boxes import ticked
from pipeline.extract.value_guess import guess_from_value
from pipeline.specs import FieldSpec

# An unknown label cell this short is reported as unmatched; a longer one is text.
MAX_UNMATCHED_CELL_WORDS = 5
# A word of a worker's name that an author cell must hold (`Adeyemi` in `SW G. Adeyemi`).
MIN_NAME_CHARS = 3
# A header of two rows over at least one row of entries.
MIN_STACKED_ROWS = 3
# A note's label across a log table (`Note:`, `Catatan kegiatan:`) is a word or two.
MAX_NOTE_LABEL_WORDS = 2
# Rows of a guide's table speaking to the record's writer (`Dialogue | Word for word as far as
# you can recall`): most of its value cells, and at least this many.
MIN_GUIDE_ROWS = 3
# A value cell this long, under a label nobody named, may be a whole section's text.
MIN_SECTION_CELL_WORDS = 8
# A table of this many rows of a short label beside its value is a form, named or not.
MIN_FORM_ROWS = 3
# A process recording has two to five columns (a row-number column aside).
MIN_PROCESS_COLUMNS, MAX_PROCESS_COLUMNS = 2, 5
# A column is the dialogue when at least two of its cells, and half of them, open with a speaker tag.
MIN_TAGGED_CELLS = 2
# A header of speakers over at least this many rows of turns is a dialogue, a column each.
MIN_SPEAKER_ROWS = 3
MIN_TAGGED_SHARE = 0.5

Columns = tuple[FieldSpec | None, ...]


def read_table(matcher: FieldMatcher, asm: Assembly, item: TableItem) -> None:
    """Take one table into the record being assembled."""
    rows = [[cell.text for cell in row] for row in item.table.rows]
    if rows and any(matcher.is_signature(cell) for cell in rows[0] if cell.strip()):
        asm.sign_off()
    if not rows or asm.in_signature:
        return
    header = rows[0]
    columns = matcher.entry_header(header)
    if (stacked := _stacked_header(item)) is not None:
        # `When` over `Date | Start | Duration`, `Client` down both rows: one header of two
        both = matcher.entry_header(stacked)
        if len(both) > len(columns):
            columns, header, rows = both, stacked, [stacked, *rows[2:]]
    if columns:
        asm.entry_columns = columns_by_content(columns, rows[1:], matcher.people.is_person_name)
        authors = folded_phrases(matcher.vocabulary.author_labels)
        asm.author_column = next(
            (c for c, cell in enumerate(header) if " ".join(fold_words(cell)) in authors), None
        )
        _entry_rows(asm, rows[1:], item.page)
        return
    if (
        asm.entry_columns
        and len(header) > max(asm.entry_columns)
        and not matcher.cell_field(header[0])
    ):
        _entry_rows(asm, rows, item.page)  # the log table continues on the next page
        return
    if _speaker_columns(matcher, asm, rows, item.page):
        return
    found = process_columns(matcher, rows, asm.column_fields)
    if found is not None:
        fields, has_header = found
        asm.column_fields = fields
        _process_table(matcher, asm, rows, fields, has_header, item)
        return
    if _column_form(matcher, asm, rows, item.page):
        return
    if not _key_value_rows(matcher, asm, rows, item.page) and asm.section is not None:
        asm.section.parts.extend(" | ".join(c for c in row if c.strip()) for row in rows)


def _speaker_columns(
    matcher: FieldMatcher, asm: Assembly, rows: list[list[str]], page: int
) -> bool:
    """Read a dialogue laid out one column per speaker (`Pekerja Sosial | Klien / Keluarga`,
    each row one turn) row by row, each turn tagged with its column's speaker; return False
    for any other table."""
    dialogue = matcher.dialogue_field()
    header = [cell.strip() for cell in rows[0]] if rows else []
    if (
        dialogue is None
        or len(rows) < MIN_SPEAKER_ROWS
        or not MIN_PROCESS_COLUMNS <= len(header) <= MAX_PROCESS_COLUMNS
        or not all(
            cell and any(matcher.is_turn(part) for part in cell.split("/")) for cell in header
        )
    ):
        return False
    raw = asm.open(dialogue, " | ".join(header), page, None)
    for row in rows[1:]:
        raw.parts += [
            f"{header[col]}: {cell.strip()}"
            for col, cell in enumerate(row[: len(header)])
            if cell.strip()
        ]
    asm.section = None
    return True


def _entry_rows(asm: Assembly, rows: list[list[str]], page: int) -> None:
    assert asm.entry_columns is not None
    entries = next(f for f in asm.spec.fields if f.kind == "entries")
    raw = asm.raw.fields.get(entries.name) or RawField(entries.name, "table", page)
    asm.raw.fields[entries.name] = raw
    dated = "date" in asm.entry_columns.values()
    for row in _worker_rows(asm, rows):
        if raw.rows and _spans_the_table(row):
            # `Note: Located client at the encampment…` across the table under an entry's row:
            # the entry's account of what happened
            pair = label_value(row[0])
            note = pair[1] if pair and len(pair[0].split()) <= MAX_NOTE_LABEL_WORDS else row[0]
            raw.rows[-1]["description"] = note.strip()
            continue
        values = {
            name: row[col].strip() for col, name in asm.entry_columns.items() if col < len(row)
        }
        if any(values.values()):
            if not dated and asm.day:
                values["date"] = asm.day  # one table a day, under its date heading
            raw.rows.append(values)


def _worker_rows(asm: Assembly, rows: list[list[str]]) -> list[list[str]]:
    """Return the rows of a shared log that its worker wrote (`By | SW G. Adeyemi` under
    `Social worker: Grace Adeyemi`), with the notes merged across the table under them; all
    rows when the log names no author column or no worker, or the worker wrote none."""
    workers = [
        asm.raw.fields[f.name]
        for f in asm.spec.fields
        if f.identifies == "worker" and f.name in asm.raw.fields
    ]
    col = asm.author_column
    if col is None or not workers:
        return rows
    names = {w for w in fold_words(workers[0].text) if len(w) >= MIN_NAME_CHARS}
    dated = next((c for c, name in (asm.entry_columns or {}).items() if name == "date"), None)
    kept: list[list[str]] = []
    keeping, day = False, ""
    for row in rows:
        if _spans_the_table(row):
            if keeping:
                kept.append(row)
            continue
        if dated is not None and dated < len(row) and row[dated].strip():
            day = row[dated]  # a blank date cell below takes it, whoever wrote the row above
        keeping = col < len(row) and bool(names & set(fold_words(row[col])))
        if keeping:
            filled = dated is not None and dated < len(row) and not row[dated].strip()
            kept.append([day if filled and c == dated else cell for c, cell in enumerate(row)])
    return kept or rows


def _stacked_header(item: TableItem) -> list[str] | None:
    """Return a header written over two rows as one (each column's lower cell, or the upper
    one where a cell runs down both), or None when the second row opens no column of its own."""
    grid = item.table.rows
    if len(grid) < MIN_STACKED_ROWS or len(grid[0]) != len(grid[1]):
        return None
    upper, lower = grid[0], grid[1]
    if not any(cell.origin[0] == 1 for cell in lower) or not any(c.is_copy for c in upper):
        return None
    return [(low if low.origin[0] == 1 else up).text for up, low in zip(upper, lower, strict=True)]


def _spans_the_table(row: list[str]) -> bool:
    """Return True for a row of one cell merged across every column (each copy reads the same)."""
    return len(row) > 1 and bool(row[0].strip()) and len({cell.strip() for cell in row}) == 1


def _number_column(rows: list[list[str]], col: int) -> bool:
    """Return True for a column of row numbers ("No", 1, 2, 3)."""
    cells = [row[col].strip() for row in rows[1:] if col < len(row) and row[col].strip()]
    return bool(cells) and all(ROW_NUMBER.match(c) for c in cells)


def _dialogue_column(matcher: FieldMatcher, rows: list[list[str]], col: int) -> bool:
    """Return True when the cells of column `col` are dialogue turns by their speaker tags."""
    cells = [row[col] for row in rows if col < len(row) and row[col].strip()]
    tagged = sum(matcher.speaker_tag(cell) is not None for cell in cells)
    return tagged >= MIN_TAGGED_CELLS and tagged >= MIN_TAGGED_SHARE * len(cells)


def process_columns(
    matcher: FieldMatcher, rows: list[list[str]], previous: Columns | None = None
) -> tuple[Columns, bool] | None:
    """Return (field of each column, whether row 0 is a header) for a process recording laid
    out in columns, or None when the table is not one.

    A table with no header that continues one (same number of columns) keeps its columns.
    """
    dialogue = matcher.dialogue_field()
    width = max((len(row) for row in rows), default=0)
    if dialogue is None or not rows:
        return None
    named = [matcher.column_field(cell) for cell in rows[0]] + [None] * (width - len(rows[0]))
    has_header = any(named)
    if not has_header and previous is not None and len(previous) == width:
        return previous, False
    content = rows[1:] if has_header else rows
    numbers = {col for col in range(width) if _number_column(rows, col)}
    if not MIN_PROCESS_COLUMNS <= width - len(numbers) <= MAX_PROCESS_COLUMNS:
        return None
    if dialogue not in named:
        tagged = [
            col
            for col in range(width)
            if named[col] is None and col not in numbers and _dialogue_column(matcher, content, col)
        ]
        if not tagged:
            return None
        named[tagged[0]] = dialogue
        if not has_header:
            # With no header, the columns beside the dialogue are the worker's comments on it.
            reflection = next(
                (f for f in matcher.spec.fields if f.table_column == "reflection"), None
            )
            named = [
                f if f is not None or col in numbers else reflection for col, f in enumerate(named)
            ]
    elif sum(f is not None for f in named) < MIN_PROCESS_COLUMNS:
        return None
    return tuple(named), has_header


def _process_table(
    matcher: FieldMatcher,
    asm: Assembly,
    rows: list[list[str]],
    fields: Columns,
    has_header: bool,
    item: TableItem,
) -> None:
    """Take each column's cells into its field, column by column as a table is read (row by
    row when a converter flattened it: the order its text was in); an unnamed column is
    unmatched."""
    page = item.page
    header = rows[0] if has_header else []
    body = [
        row
        for row in (rows[1:] if has_header else rows)
        if not (has_header and _repeats_header(matcher, row, fields))  # repeated on a new page
    ]
    speakers = _speaker_column(matcher, body, fields)
    for col, spec in enumerate(fields):
        label = header[col].strip() if col < len(header) else ""
        if spec is None:
            if label and not _number_column(rows, col) and col != speakers:
                column = [row[col] for row in rows[1:] if col < len(row) and row[col].strip()]
                asm.unmatched(label, "heading", page, "\n".join(column))
        elif spec.name not in asm.raw.fields:
            # Not a section in the record's order: a table's columns sit side by side.
            asm.raw.fields[spec.name] = RawField(spec.name, label or "table column", page)
    order = [(r, col) for r in range(len(body)) for col in range(len(fields))]
    if not item.flattened:
        order.sort(key=lambda cell: (cell[1], cell[0]))
    for r, col in order:
        spec = fields[col]
        if spec is not None and col < len(body[r]) and body[r][col].strip():
            text = body[r][col]
            tag = body[r][speakers].strip() if speakers is not None else ""
            if tag and spec.table_column == "dialogue":
                text = f"{tag}: {text}"
            asm.raw.fields[spec.name].parts.append(text)
    asm.section = None


def _speaker_column(matcher: FieldMatcher, body: list[list[str]], fields: Columns) -> int | None:
    """Return the column, named by no header, whose cells are speaker tags alone, or None."""
    if not any(f is not None and f.table_column == "dialogue" for f in fields):
        return None
    for col, spec in enumerate(fields):
        cells = [row[col].strip() for row in body if col < len(row) and row[col].strip()]
        if (
            spec is None
            and len(cells) >= MIN_TAGGED_CELLS
            and all(":" not in c and matcher.speaker_tag(f"{c}: …") is not None for c in cells)
        ):
            return col
    return None


def _repeats_header(matcher: FieldMatcher, row: list[str], fields: Columns) -> bool:
    cells = [(col, c) for col, c in enumerate(row) if c.strip() and col < len(fields)]
    return bool(cells) and all(matcher.column_field(c) == fields[col] for col, c in cells)


def _column_form(matcher: FieldMatcher, asm: Assembly, rows: list[list[str]], page: int) -> bool:
    """Read a form whose labels head columns (`Nama Klien | Tanggal | Pekerja Sosial` over a row
    of values); return False when the first row is not such a header."""
    if len(rows) < 2:
        return False
    labels = [(col, cell) for col, cell in enumerate(rows[0]) if cell.strip()]
    if len(labels) < MIN_PROCESS_COLUMNS:
        return False
    specs = [matcher.cell_field(cell) for _, cell in labels]
    if any(spec is not None and spec.kind == "entries" for spec in specs):
        return False
    values_named = [matcher.cell_field(cell) is not None for cell in rows[1] if cell.strip()]
    if all(values_named):
        return False  # a grid of labels, no values
    columns = [_cells_under(rows, col) for col, _ in labels]
    dated = any(spec is not None and spec.kind == "dates" for spec in specs)
    if any(spec is None for spec in specs) and dated and len(rows) > 2:
        # `Date | Notes` over a row a meeting: the dates are the meetings', and a column nobody
        # listed is named with its text by the cascade, or left to the sections' order.
        specs = [
            spec or _mapped_column(matcher, label, column)
            for spec, (_, label), column in zip(specs, labels, columns, strict=True)
        ]
    if any(spec is None for spec in specs) and not dated:
        # `Case Number | Client | Caseworker | Reporting period` over one row of values, some
        # labels unlisted: each label beside its value, read as a form's rows are.
        named = len(specs) - specs.count(None)
        if (
            len(rows) != 2
            or any(values_named)
            or named < MIN_PROCESS_COLUMNS
            or named * 2 < len(specs)
        ):
            return False
        pairs = [[label, rows[1][col] if col < len(rows[1]) else ""] for col, label in labels]
        _key_value_rows(matcher, asm, pairs, page)
        return True
    for (_, label), spec, cells in zip(labels, specs, columns, strict=True):
        if spec is None:
            asm.section = None
            if (orphan := asm.unmatched(label.strip(), "heading", page)) is not None:
                orphan.parts.extend(cells)
        elif spec.kind in ("narrative", "list"):
            asm.open(spec, label.strip(), page, None).parts.extend(cells)
        elif cells:
            # A column of dates gives every meeting's; of anything else, its first value.
            value = "; ".join(cells) if spec.kind == "dates" else cells[0]
            asm.set_value(spec, label.strip(), value, page)
    asm.section = None
    asm.orphan = None
    return True


def _cells_under(rows: list[list[str]], col: int) -> list[str]:
    return [row[col].strip() for row in rows[1:] if col < len(row) and row[col].strip()]


def _mapped_column(matcher: FieldMatcher, label: str, cells: list[str]) -> FieldSpec | None:
    """Return the section a column's header nobody listed names, read with its cells."""
    mapped = matcher.map(tuple(fold_words(label)), "heading", body=" ".join(cells))
    return mapped.spec if mapped and mapped.spec.kind in SECTION_KINDS else None


def _shaped_as_form(rows: list[list[str]], pairs: Sequence[tuple[str, str, object]]) -> bool:
    """Return True for a table of several rows, each a short label and its value, whatever
    the labels' words (`No. Induk | UPTD-PPA/SBY/2025/077`, `Jenis Kel. | Perempuan`)."""
    return (
        len(rows) >= MIN_FORM_ROWS
        and len(pairs) >= len(rows)
        and all(
            label and value and len(label.split()) <= MAX_UNMATCHED_CELL_WORDS
            for label, value, _ in pairs
        )
    )


def _section_in_cell(
    matcher: FieldMatcher, asm: Assembly, words: tuple[str, ...], value: str
) -> Mapped | None:
    """Return the section a row nobody named holds when its value is a section's text (`What we
    do | Six-month residential rehabilitation for adult men …`): the label is read as a heading
    over that text, by the classifier among the sections; of two rows it sends to one section,
    the likelier keeps it."""
    if (
        len(value.split()) < MIN_SECTION_CELL_WORDS
        or len(words) > MAX_UNMATCHED_CELL_WORDS
        or any(c.isdigit() for w in words for c in w)
        or matcher.is_period_value(value)
        or matcher.people.is_person_name(value)
    ):
        return None
    mapped = matcher.map(words, "heading", body=value)
    if mapped is None or (
        mapped.via == "model" and asm.keeps_guess(mapped.spec, mapped.probability)
    ):
        return None
    return mapped


def _key_value_rows(matcher: FieldMatcher, asm: Assembly, rows: list[list[str]], page: int) -> bool:
    """Read rows whose label cells name fields; return False when none does."""
    matched = False
    pairs = [(label, value, matcher.cell_map(label)) for label, value in label_value_cells(rows)]
    if mostly_to_the_writer([value for _, value, _ in pairs if value], MIN_GUIDE_ROWS):
        # `Purpose | What you hoped to achieve…`: a guide to writing the record, whose cells
        # are instructions to its writer, never values.
        pairs = [(label, "", mapped) for label, _, mapped in pairs]
    # In a form (some row named, or every row a short label beside its value), a row nobody
    # named is read from its value.
    form = any(mapped is not None for _, _, mapped in pairs) or _shaped_as_form(rows, pairs)
    for label, value, mapped in pairs:
        if (
            mapped is not None
            and mapped.spec.kind in ("narrative", "list")
            and COUNT_ONLY.match(value)
        ):
            mapped = None  # `Interview # | 3`: a count, not the text of a section
        if (
            mapped is None
            and value
            and (
                matcher.is_period(tuple(fold_words(label)))
                or (form and asm.raw.period is None and matcher.is_period_value(value))
            )
        ):
            asm.raw.period = (value, label, page)
            matched = True
            continue
        if mapped is None and form and value:
            words = tuple(fold_words(label))
            mapped = guess_from_value(matcher, words, value, asm.raw.fields) or _section_in_cell(
                matcher, asm, words, value
            )
        if mapped is None:
            if label and len(label.split()) <= MAX_UNMATCHED_CELL_WORDS:
                asm.unmatched(label, "label", page, value)
            continue
        matched = True
        spec, via = mapped.spec, mapped.via
        value = ticked(value)  # `☒ Male ☐ Female`: the option ticked, not the options' words
        if (
            value
            and spec.kind not in ("narrative", "list")
            and matcher.field_match(tuple(fold_words(value)), "label") is not None
        ):
            value = ""  # the next column's header, not this label's value
        if spec.kind in ("narrative", "list"):
            raw = asm.open(spec, label, page, None, via)
            if value:
                raw.parts.append(value)
            asm.section = None
        else:
            asm.set_value(spec, label, value, page, via)
    return matched

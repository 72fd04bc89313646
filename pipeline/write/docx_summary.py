"""Write one DOCX summary of one output JSON, for a social worker to read and file.

Input is one file's result in the output contract's shape (`FileResult.to_json()`),
holding one or more records. Each record becomes one section, in order:
a title (the record type's label in the record's language: Indonesian for
`language: "id"`, English otherwise) with the source file and pages; a
completeness box (green "complete", or the missing required fields in red and
the missing recommended ones in amber, by their human labels); a two-column
table of the header fields (text, date, dates, integer kinds); then each
narrative and list field under a Heading 2 in schema order, condensed to its
key sentences when long (`pipeline.write.condense`); daily-log entries as a table.

Records that carry a confidentiality field (case records) are marked RAHASIA /
CONFIDENTIAL in the page header. Every page footer names the casenotes version
and the source file's sha256, so a printed summary can be traced to its input.
Only built-in styles are used (Title, Heading 1/2, Table Grid, List Bullet), so
the document stays editable in Word and LibreOffice.

This module only reads the result; it never changes or re-validates it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, cast

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Length, Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from pipeline.records import FileResult, Record
from pipeline.specs import FieldSpec, Kind, RecordSpec, SchemaSet
from pipeline.write.atomic import PRIVATE, atomic_writer
from pipeline.write.condense import digest

PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)  # A4, the paper Indonesian agencies file on
MARGIN = Cm(2.2)
TEXT_WIDTH = Length(PAGE_WIDTH - 2 * MARGIN)
# Arial ships with Word everywhere; LibreOffice maps it to the metric-compatible Liberation Sans.
FONT = "Arial"
BODY_SIZE = Pt(10.5)
SMALL_SIZE = Pt(8.5)

# Dark enough to read on white and on the light box fill, and still told apart in grey print.
GREEN = RGBColor(0x1E, 0x7B, 0x34)
RED = RGBColor(0xC0, 0x00, 0x00)
AMBER = RGBColor(0xB3, 0x5C, 0x00)
GREY = RGBColor(0x59, 0x59, 0x59)
BOX_FILL = "F2F2F2"  # completeness box background
LABEL_FILL = "E8EEF4"  # label column and header row of tables
LABEL_COLUMN = Cm(5.2)
CELL_PADDING = Pt(2)

HEADER_KINDS = frozenset({"text", "date", "dates", "integer"})
# Widths of the shipped daily log's entry columns (they sum to TEXT_WIDTH). "07:30" at the body
# size needs ~1.0 cm plus Word's 0.38 cm of cell margins: at 1.4 cm it wrapped ("07:3/0"); the
# short columns also never wrap (`_no_wrap`). Columns, their order and labels come from the schema.
ENTRY_WIDTHS: Mapping[str, Length] = {
    "date": Cm(2.6),
    "time": Cm(1.8),
    "duration_minutes": Cm(2.2),
    "description": Cm(7.0),
    "client_name": Cm(3.0),
}
# A column an agency's schema adds starts this wide; a table wider than the text is scaled to fit.
OTHER_ENTRY_WIDTH = Cm(3.0)
_NO_WRAP_COLUMNS = frozenset({"time", "duration_minutes"})
# A record of this type, or one whose fields hold this one, is confidential (case_record has it).
CONFIDENTIAL_FIELD = "confidentiality"
UNKNOWN = "unknown"
# style -> (font size, space before, space after); None keeps the template's value.
_STYLE_SIZES: Mapping[str, tuple[Length | None, Length | None, Length | None]] = {
    "Normal": (BODY_SIZE, None, Pt(6)),
    "Title": (Pt(22), None, None),
    "Heading 1": (Pt(13), Pt(16), Pt(6)),
    "Heading 2": (Pt(11.5), Pt(12), Pt(4)),
    "Header": (None, None, None),
    "Footer": (None, None, None),
    "List Bullet": (None, None, None),
}
# Nested paths in the missing lists: "entries[2].duration_minutes" (0-based index).
_NESTED_PATH = re.compile(r"^(?P<field>\w+)\[(?P<index>\d+)\]\.(?P<sub>\w+)$")

_WORDS: Mapping[str, Mapping[str, str]] = {
    "id": {
        "unknown_title": "Dokumen Tidak Dikenali",
        "unknown_note": "Jenis catatan tidak dapat ditentukan (keyakinan {confidence:.0%}).",
        "unknown_empty": "Tidak ada isian yang ditemukan.",
        "source": "Berkas sumber: {path}",
        "pages": "halaman {pages}",
        "ocr": "teks halaman {pages} dibaca dengan OCR",
        "completeness": "Kelengkapan: ",
        "complete": "Lengkap",
        "incomplete": "Belum lengkap",
        "needs_review": "Perlu diperiksa",
        "missing_required": "Wajib, belum ada: ",
        "review": "Wajib, tidak ditemukan — periksa: ",
        "review_under": "{field} (mungkin di bawah “{candidates}”)",
        "missing_recommended": "Disarankan, belum ada: ",
        "key_data": "Data Pokok",
        "contents": "Isi Catatan",
        "condensed": " (ringkasan)",
        "condensed_note": "{kept} dari {total} kalimat terpenting; teks lengkap dengan --full-text.",
        "minutes": "{n} menit",
        "marking": "RAHASIA",
        "months": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    },
    "en": {
        "unknown_title": "Unrecognised Document",
        "unknown_note": "The record type could not be determined (confidence {confidence:.0%}).",
        "unknown_empty": "No fields were found.",
        "source": "Source file: {path}",
        "pages": "pages {pages}",
        "ocr": "text of pages {pages} read by OCR",
        "completeness": "Completeness: ",
        "complete": "Complete",
        "incomplete": "Incomplete",
        "needs_review": "Needs review",
        "missing_required": "Required, missing: ",
        "review": "Required, not found — check: ",
        "review_under": "{field} (may be under “{candidates}”)",
        "missing_recommended": "Recommended, missing: ",
        "key_data": "Key Data",
        "contents": "Contents",
        "condensed": " (summary)",
        "condensed_note": "{kept} of {total} key sentences; the full text with --full-text.",
        "minutes": "{n} min",
        "marking": "CONFIDENTIAL",
        "months": "January February March April May June July August September October November December",
    },
}


def write_summary(
    result: FileResult,
    out_path: Path,
    *,
    schemas: SchemaSet,
    full_text: bool = False,
    version: str,
) -> None:
    """Write the summary of `result` (one file's records) to `out_path` as a .docx.

    The file appears complete or not at all (`pipeline.write.atomic`), with
    mode 0600; missing parent directories are created with mode 0700. Narratives
    are condensed when long unless `full_text`. `version` goes in the footer.
    """
    document = build_summary(result, schemas=schemas, full_text=full_text, version=version)
    with atomic_writer(out_path, PRIVATE) as stream:
        document.save(stream)


def build_summary(
    result: FileResult, *, schemas: SchemaSet, full_text: bool, version: str
) -> Document:
    """Return the summary document of `result`: one section per record, in order."""
    document = new_document()
    _set_up(document)
    # A result with no records still gets a page that says so.
    records = result.records or (Record(UNKNOWN, 0.0, None, (0, 0), {}),)
    _set_footer(document.sections[0], version, result.sha256)
    for number, record in enumerate(records):
        section = document.sections[0] if number == 0 else document.add_section(WD_SECTION.NEW_PAGE)
        _add_record(document, section, record, result, schemas, full_text)
    first_label = _title(records[0], schemas.get(records[0].record_type))
    document.core_properties.title = first_label
    document.core_properties.author = document.core_properties.last_modified_by = "casenotes"
    return document


def _add_record(
    document: Document,
    section: Section,
    record: Record,
    source: FileResult,
    schemas: SchemaSet,
    full_text: bool,
) -> None:
    """Append one record's section: header marking, title block, key data, contents."""
    language = _language(record)
    words = _WORDS[language]
    spec = schemas.get(record.record_type)
    fields = record.fields
    specs = _field_specs(spec, fields, schemas)
    confidential = CONFIDENTIAL_FIELD in fields or bool(spec and spec.has_field(CONFIDENTIAL_FIELD))
    _set_header(section, words["marking"] if confidential else "")

    document.add_paragraph(_title(record, spec), style="Title")
    _add_source_line(document, record, source, words)
    if record.record_type == UNKNOWN:
        document.add_paragraph(words["unknown_note"].format(confidence=record.confidence))
        if not fields:
            document.add_paragraph(words["unknown_empty"])
    else:
        _add_completeness_box(document, record, specs, words)

    shown = [(f, fields[f.name]) for f in specs if _present(fields.get(f.name))]
    header = [(f, value) for f, value in shown if f.kind in HEADER_KINDS]
    body = [(f, value) for f, value in shown if f.kind not in HEADER_KINDS]
    if header:
        document.add_paragraph(words["key_data"], style="Heading 1")
        _add_key_table(document, header, language)
    if body:
        document.add_paragraph(words["contents"], style="Heading 1")
    for field, value in body:
        if field.kind == "entries":
            _add_entries(document, field, value, language)
        elif field.kind == "list":
            _add_list(document, field, value, language)
        else:
            _add_narrative(document, field, str(value), language, full_text)


def _title(record: Record, spec: RecordSpec | None) -> str:
    """Return the record type's label in the record's language.

    An unknown record gets the "unrecognised document" title; a type no loaded
    schema defines (its --schema-dir was not given) is shown by its name.
    """
    language = _language(record)
    record_type = record.record_type or UNKNOWN
    if spec is not None:
        return spec.human_label(language)
    return _WORDS[language]["unknown_title"] if record_type == UNKNOWN else record_type


def _language(record: Record) -> str:
    """Return "id" for an Indonesian record, else "en" (English is the fallback for None)."""
    return "id" if record.language == "id" else "en"


def _field_specs(
    spec: RecordSpec | None, fields: Mapping[str, Any], schemas: SchemaSet
) -> tuple[FieldSpec, ...]:
    """Return the specs to show `fields` by: the record's own in schema order, then any others.

    A field the record's schema does not define (always the case for an unknown
    record) takes the first definition of that name in any schema, or else a
    spec guessed from its value, so nothing found is left out of the summary.
    """
    own = spec.fields if spec else ()
    known = {f.name for f in own}
    others = tuple(
        _any_spec(name, value, schemas) for name, value in fields.items() if name not in known
    )
    return own + others


def _any_spec(name: str, value: Any, schemas: SchemaSet) -> FieldSpec:
    """Return the first spec named `name` in `schemas`, or one guessed from `value`."""
    for record_spec in schemas.records.values():
        if record_spec.has_field(name):
            return record_spec.field(name)
    kind: Kind = (
        "list" if isinstance(value, list) else "narrative" if "\n" in str(value) else "text"
    )
    label = name.replace("_", " ").capitalize()
    return FieldSpec(name=name, kind=kind, level="optional", label={"en": label}, synonyms={})


def _present(value: Any) -> bool:
    """Return whether `value` has content worth a line in the summary."""
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None and value != [] and value != {}


# --- document set-up, header and footer -------------------------------------------------


def _set_up(document: Document) -> None:
    """Set A4 pages, margins, and one readable font and size on the styles this module uses."""
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    for name, (size, before, after) in _STYLE_SIZES.items():
        style = cast(ParagraphStyle, document.styles[name])
        _use_font(style, FONT)
        if size is not None:
            style.font.size = size
        if before is not None:
            style.paragraph_format.space_before = before
        if after is not None:
            style.paragraph_format.space_after = after


def _use_font(style: ParagraphStyle, name: str) -> None:
    """Set `style`'s font and drop its theme-font references, which Word prefers over a name."""
    style.font.name = name
    r_fonts = style.element.rPr.rFonts if style.element.rPr is not None else None
    if r_fonts is not None:
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            r_fonts.attrib.pop(qn(attribute), None)


def _set_header(section: Section, marking: str) -> None:
    """Give `section` its own page header: the confidentiality marking, or nothing."""
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.text = ""
    if marking:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(marking)
        run.bold = True
        run.font.color.rgb = RED
        run.font.size = Pt(11)


def _set_footer(section: Section, version: str, sha256: str) -> None:
    """Write the trace line and page number in `section`'s footer; later sections link to it."""
    paragraph = section.footer.paragraphs[0]
    run = paragraph.add_run(f"casenotes {version} · sha256 {sha256} · ")
    run.font.size = SMALL_SIZE
    run.font.color.rgb = GREY
    _add_page_number(paragraph)


def _add_page_number(paragraph: Paragraph) -> None:
    """Append a PAGE field (a simple field: Word and LibreOffice both fill it in)."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    r_pr = OxmlElement("w:rPr")
    for tag, value in (("w:color", str(GREY)), ("w:sz", str(int(SMALL_SIZE.pt * 2)))):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        r_pr.append(element)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(r_pr)
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


# --- title block and completeness box ----------------------------------------------------


def _add_source_line(
    document: Document,
    record: Record,
    source: FileResult,
    words: Mapping[str, str],
) -> None:
    """Add the grey line under the title: source file, pages, and pages read by OCR."""
    parts = [words["source"].format(path=source.path or "?")]
    if record.pages != (0, 0):  # (0, 0): the placeholder of a result with no records
        first, last = record.pages
        parts.append(
            words["pages"].format(pages=str(first) if first == last else f"{first}–{last}")
        )
        ocr = [p for p in source.ocr_pages if first <= p <= last]
        if ocr:
            parts.append(words["ocr"].format(pages=", ".join(map(str, ocr))))
    run = document.add_paragraph().add_run(" · ".join(parts))
    run.font.size = Pt(9)
    run.font.color.rgb = GREY


def _add_completeness_box(
    document: Document,
    record: Record,
    specs: Sequence[FieldSpec],
    words: Mapping[str, str],
) -> None:
    """Add a shaded one-cell table: green complete, or red required, amber to check and
    amber recommended gaps."""
    language = _language(record)
    reviews = [
        words["review_under"].format(
            field=_missing_label(r.field, specs, language),
            candidates="”, “".join(c.text for c in r.candidates),
        )
        for r in record.needs_review
    ]
    required = [_missing_label(path, specs, language) for path in record.missing_required]
    recommended = [_missing_label(path, specs, language) for path in record.missing_recommended]
    table = _new_table(document, rows=1, widths=(TEXT_WIDTH,))
    cell = table.cell(0, 0)
    _shade(cell, BOX_FILL)
    status = cell.paragraphs[0]
    status.add_run(words["completeness"]).bold = True
    verdict_key = "incomplete" if required else "needs_review" if reviews else "complete"
    verdict = status.add_run(words[verdict_key])
    verdict.bold = True
    verdict.font.color.rgb = {"incomplete": RED, "needs_review": AMBER}.get(verdict_key, GREEN)
    for key, labels, color in (
        ("missing_required", required, RED),
        ("review", reviews, AMBER),
        ("missing_recommended", recommended, AMBER),
    ):
        if labels:
            line = cell.add_paragraph()
            line.add_run(words[key]).bold = True
            line.add_run(", ".join(labels))
            for run in line.runs:
                run.font.color.rgb = color
    _compact(table)


def _missing_label(path: str, specs: Sequence[FieldSpec], language: str) -> str:
    """Return the human label of a missing-list path, e.g. "Catatan Kegiatan 3: Durasi".

    A path the specs do not know is shown as written rather than dropped.
    """
    by_name = {f.name: f for f in specs}
    nested = _NESTED_PATH.match(path)
    if nested is None:
        return by_name[path].human_label(language) if path in by_name else path
    parent = by_name.get(nested["field"])
    if parent is None:
        return path
    subs = {f.name: f for f in parent.entry_fields}
    sub = subs[nested["sub"]].human_label(language) if nested["sub"] in subs else nested["sub"]
    number = int(nested["index"]) + 1  # the contract counts from 0, a reader from 1
    return f"{parent.human_label(language)} {number}: {sub}"


# --- field content ----------------------------------------------------------------------


def _add_key_table(
    document: Document, rows: Sequence[tuple[FieldSpec, Any]], language: str
) -> None:
    """Add the two-column label | value table of header fields."""
    table = _new_table(
        document, rows=len(rows), widths=(LABEL_COLUMN, Length(TEXT_WIDTH - LABEL_COLUMN))
    )
    for row, (field, value) in zip(table.rows, rows, strict=True):
        label, content = row.cells
        _shade(label, LABEL_FILL)
        label.paragraphs[0].add_run(field.human_label(language)).bold = True
        content.paragraphs[0].text = _format_value(field, value, language)
    _compact(table)


def _add_narrative(
    document: Document, field: FieldSpec, text: str, language: str, full_text: bool
) -> None:
    """Add a narrative under its Heading 2, condensed when long unless `full_text`."""
    shown = digest(text, language, full_text=full_text)
    words = _WORDS[language]
    heading = document.add_paragraph(field.human_label(language), style="Heading 2")
    if shown.condensed:
        mark = heading.add_run(words["condensed"])
        mark.italic = True
        mark.bold = False
        note = document.add_paragraph().add_run(
            words["condensed_note"].format(kept=shown.sentences_kept, total=shown.sentences_total)
        )
        note.italic = True
        note.font.size = Pt(9)
        note.font.color.rgb = GREY
    for paragraph in shown.paragraphs:
        document.add_paragraph(paragraph)


def _add_list(document: Document, field: FieldSpec, value: Any, language: str) -> None:
    """Add a list field under its Heading 2, one bullet per item."""
    document.add_paragraph(field.human_label(language), style="Heading 2")
    items = value if isinstance(value, list) else [value]
    for item in items:
        if _present(item):
            document.add_paragraph(str(item), style="List Bullet")


def _add_entries(document: Document, field: FieldSpec, entries: Any, language: str) -> None:
    """Add daily-log entries as a table: one column per entry field, in the schema's order."""
    document.add_paragraph(field.human_label(language), style="Heading 2")
    rows = [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []
    subs = {f.name: f for f in field.entry_fields}
    columns = list(subs)
    widths = _entry_widths(columns)
    table = _new_table(document, rows=len(rows) + 1, widths=widths)
    _repeat_as_header(table)
    for cell, name in zip(table.rows[0].cells, columns, strict=True):
        _shade(cell, LABEL_FILL)
        cell.paragraphs[0].add_run(subs[name].human_label(language)).bold = True
    for row, entry in zip(table.rows[1:], rows, strict=True):
        for cell, name in zip(row.cells, columns, strict=True):
            value = entry.get(name)
            cell.paragraphs[0].text = (
                _format_value(subs[name], value, language) if _present(value) else "—"
            )
            if name in _NO_WRAP_COLUMNS:
                _no_wrap(cell)
    _compact(table)


def _entry_widths(columns: Sequence[str]) -> list[Length]:
    """Return each entry column's width, all of them scaled down when they overflow the text."""
    widths = [ENTRY_WIDTHS.get(name, OTHER_ENTRY_WIDTH) for name in columns]
    total = sum(widths)
    if total <= TEXT_WIDTH:
        return widths
    return [Length(w * TEXT_WIDTH // total) for w in widths]


def _no_wrap(cell: _Cell) -> None:
    """Keep a cell's text on one line (`w:noWrap`): a time is unreadable broken in two."""
    properties = cell._tc.get_or_add_tcPr()
    properties.append(OxmlElement("w:noWrap"))


def _format_value(field: FieldSpec, value: Any, language: str) -> str:
    """Return `value` as a reader expects it: dates spelled out, minutes with their unit."""
    if field.kind == "date":
        return _format_date(str(value), language)
    if field.kind == "dates" and isinstance(value, list):
        return ", ".join(_format_date(str(v), language) for v in value)
    if field.name == "duration_minutes":
        return _WORDS[language]["minutes"].format(n=value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    # The contract keeps enum values as codes; the schema's `x-value-labels` say them in
    # the reader's words. A value with no label is shown as written.
    return field.value_labels.get(str(value), {}).get(language, str(value))


def _format_date(iso: str, language: str) -> str:
    """Return an ISO date as "5 Maret 2024" / "5 March 2024"; any other text as written."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    month = _WORDS[language]["months"].split()[day.month - 1]
    return f"{day.day} {month} {day.year}"


# --- table helpers ----------------------------------------------------------------------


def _new_table(document: Document, *, rows: int, widths: Sequence[Length]) -> Table:
    """Add a Table Grid table with fixed column widths (set on grid and cells: Word reads the cells)."""
    table: Table = document.add_table(rows=rows, cols=len(widths))
    table.style = document.styles["Table Grid"]
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width
    return table


def _compact(table: Table) -> None:
    """Give every paragraph in `table` the same small padding (Normal's space after is too tall)."""
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_before = CELL_PADDING
                paragraph.paragraph_format.space_after = CELL_PADDING


def _shade(cell: _Cell, fill: str) -> None:
    """Fill `cell`'s background with the hex colour `fill`."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_as_header(table: Table) -> None:
    """Repeat the first row at the top of each page the table runs onto."""
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(marker)

"""Filling a record's one empty person field from its one unnamed person label
(pipeline/extract/elimination.py) as a decision table: lines in, the person fields and the
labels left unmatched out. Rows walk with listed synonyms only, so the classifier's part
(both people missing) is not pinned here."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from pipeline.document import Block, Document, Page, SourceInfo, Style
from pipeline.extract.assemble import RawRecord
from pipeline.extract.extractor import Extractor, extract_records, get_extractor
from pipeline.extract.field_matcher import Cascade
from pipeline.extract.lines import document_items
from pipeline.extract.sections import walk_record
from pipeline.ingest import read_document
from tests.line_writers import write_docx

WORKER = "Nama Pekerja Sosial: Dewi Lestari"
NARRATIVE = [("Isi Wawancara", True), ("Praktikan menyapa klien di ruang tamu.", False)]

# (what the record holds, its lines, person field -> (label, value, via), labels left unmatched)
TABLE = [
    ("the one empty field takes the one name",
     [WORKER, "Narasumber: Sdri. Endah Wijaya"],
     {"worker_name": ("Nama Pekerja Sosial", "Dewi Lestari", "synonym"),
      "client_name": ("Narasumber", "Sdri. Endah Wijaya", "elimination")}, []),
    ("two names for one empty field: nobody can tell",
     [WORKER, "Narasumber: Sdri. Endah Wijaya", "Pihak Kedua: Bapak Joko Susilo"],
     {"worker_name": ("Nama Pekerja Sosial", "Dewi Lestari", "synonym")}, ["Narasumber", "Pihak Kedua"]),
    ("a name opening with an honorific outranks capitalised words that may be a state",
     [WORKER, "Keadaan: Dalam Penanganan", "Narasumber: Sdri. Endah Wijaya"],
     {"worker_name": ("Nama Pekerja Sosial", "Dewi Lestari", "synonym"),
      "client_name": ("Narasumber", "Sdri. Endah Wijaya", "elimination")}, ["Keadaan"]),
    ("a speaker's word over a name in the header is a label, not the dialogue's first turn",
     ["Nama Klien: Budi", "SW: Ratna Suryadi"],
     {"client_name": ("Nama Klien", "Budi", "synonym"),
      "worker_name": ("SW", "Ratna Suryadi", "elimination")}, []),
    ("a value that is no name stays unmatched",
     [WORKER, "Narasumber: tiga orang anak"],
     {"worker_name": ("Nama Pekerja Sosial", "Dewi Lestari", "synonym")}, ["Narasumber"]),
    ("a sex is nobody's name",
     [WORKER, "Golongan: Laki-laki"],
     {"worker_name": ("Nama Pekerja Sosial", "Dewi Lestari", "synonym")}, ["Golongan"]),
    ("a place is nobody's name",
     [WORKER, "Wilayah: Kecamatan Kalasan dan Ngemplak"],
     {"worker_name": ("Nama Pekerja Sosial", "Dewi Lestari", "synonym")}, ["Wilayah"]),
    ("a label listed for both people goes to the one left empty",
     ["Nama Klien: Mr. Dorian Kettleby", "Student: Priya Ramdass"],
     {"client_name": ("Nama Klien", "Mr. Dorian Kettleby", "synonym"),
      "worker_name": ("Student", "Priya Ramdass", "elimination")}, []),
    ("a label listed for both people goes to the one left empty, whoever else is named",
     ["Service user: Ryan McAllister", "Student: Fiona Baird", "Practice Educator: Alan Duthie"],
     {"client_name": ("Service user", "Ryan McAllister", "synonym"),
      "worker_name": ("Student", "Fiona Baird", "elimination")}, ["Practice Educator"]),
    ("the same label, the other way round",
     [WORKER, "Student: Jaylen Whitcombe"],
     {"worker_name": ("Nama Pekerja Sosial", "Dewi Lestari", "synonym"),
      "client_name": ("Student", "Jaylen Whitcombe", "elimination")}, []),
    ("two labels giving the same name name one person",
     ["Young person: Chloe Bennett", "PA: Mark Dunne", "Personal adviser: Mark Dunne"],
     {"client_name": ("Young person", "Chloe Bennett", "synonym"),
      "worker_name": ("PA", "Mark Dunne", "elimination")}, []),
    ("a couple is the client's, never the worker's",
     ["Foster carers: David and Grace Ellison"],
     {"client_name": ("Foster carers", "David and Grace Ellison", "elimination")}, []),
    ("a relation in lower case opens the second of a couple",
     [WORKER, "Child / family: Amber Lowe (age 6) and mother Crystal Lowe"],
     {"worker_name": ("Nama Pekerja Sosial", "Dewi Lestari", "synonym"),
      "client_name": ("Child / family", "Amber Lowe (age 6) and mother Crystal Lowe",
                      "elimination")}, []),
    ("a name a month of the calendar shares is a name",
     [WORKER, "Warga: Sdr. Fajar Ramadhan (22 th)"],
     {"worker_name": ("Nama Pekerja Sosial", "Dewi Lestari", "synonym"),
      "client_name": ("Warga", "Sdr. Fajar Ramadhan (22 th)", "elimination")}, []),
    ("a name with the name the street knows the child by",
     [WORKER, "Anak: Ahmad Fadli alias Ucok (12 th)"],
     {"worker_name": ("Nama Pekerja Sosial", "Dewi Lestari", "synonym"),
      "client_name": ("Anak", "Ahmad Fadli alias Ucok (12 th)", "elimination")}, []),
    ("both people missing, one name addressed as people address a client: the client's",
     ["Warga: Ny. Sri Purnomo"],
     {"client_name": ("Warga", "Ny. Sri Purnomo", "elimination")}, []),
    ("both people missing and no classifier: left to review",
     ["Narasumber: Sdri. Endah Wijaya", "Pihak Kedua: Bapak Joko Susilo"],
     {}, ["Narasumber", "Pihak Kedua"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return get_extractor()


def _walk(extractor: Extractor, rows: list[tuple[str, bool]], record_type: str) -> RawRecord:
    """Return the raw fields a record of `record_type` made of (text, bold) paragraphs gives."""
    blocks = tuple(Block("paragraph", text, 1, style=Style(bold=bold)) for text, bold in rows)
    document = Document(SourceInfo("note.docx", "0" * 64, "docx", 1, 1), (Page(1, blocks),))
    spec = extractor.schemas.get(record_type)
    assert spec is not None
    return walk_record(
        document_items(document), spec, extractor.index, extractor.vocabulary, True, Cascade()
    )


@pytest.mark.parametrize(
    ("lines", "people", "unmatched"), [t[1:] for t in TABLE], ids=[t[0] for t in TABLE]
)
def test_an_unnamed_person_label_fills_the_one_empty_person_field(
    extractor: Extractor,
    lines: list[str],
    people: dict[str, tuple[str, str, str]],
    unmatched: list[str],
) -> None:
    rows = [("CATATAN PROSES", True), *((line, False) for line in lines), *NARRATIVE]
    raw = _walk(extractor, rows, "process_record")
    found = {
        name: (f.label, f.text, f.via)
        for name, f in raw.fields.items()
        if name in ("client_name", "worker_name")
    }
    assert found == people
    assert [u.text for u in raw.unmatched if u.kind == "label"] == unmatched


# (its header lines, the worker found as (label, value, via) or None)
DAILY_LOG_HEADERS = [
    (["Officer: Carla Nguyen"], ("Officer", "Carla Nguyen", "elimination")),
    (["Officer: Carla Nguyen", "Escort: Mark Dunne"], None),  # two names, one field
    (["Officer: tiga orang petugas"], None),  # no name
]


@pytest.mark.parametrize(("lines", "worker"), DAILY_LOG_HEADERS)
def test_a_daily_log_names_its_worker_alone(
    extractor: Extractor, lines: list[str], worker: tuple[str, str, str] | None
) -> None:
    """A daily log's clients are its entries'; an unnamed label over a name is its worker."""
    rows = [
        ("DAILY LOG", True),
        *((line, False) for line in lines),
        ("09/03/2026 09:00 (30 min) Office report-in with Dean Whitaker.", False),
    ]
    found = _walk(extractor, rows, "daily_log").fields.get("worker_name")
    assert (None if found is None else (found.label, found.text, found.via)) == worker


def test_a_figure_is_no_persons_name_whatever_stem_its_label_shares(extractor: Extractor) -> None:
    """`Pendampingan ke : 2` (the second session) shares a stem with `Pendamping` (the worker);
    a number names nobody, so the worker is the degree-bearing name under a label nobody listed."""
    rows = [
        ("CATATAN PROSES", True),
        ("Nama Klien: Budi Santoso", False),
        ("Pendampingan ke: 2", False),
        ("Guru BK: Joko Gunawan, S.Tr.Sos.", False),
        *NARRATIVE,
    ]
    blocks = tuple(Block("paragraph", text, 1, style=Style(bold=bold)) for text, bold in rows)
    document = Document(SourceInfo("note.docx", "0" * 64, "docx", 1, 1), (Page(1, blocks),))
    spec = extractor.schemas.get("process_record")
    assert spec is not None
    raw = walk_record(
        document_items(document),
        spec,
        extractor.index,
        extractor.vocabulary,
        True,
        extractor.cascade,
    )
    assert raw.fields["worker_name"].text == "Joko Gunawan, S.Tr.Sos."


def test_a_name_with_a_degree_is_the_workers_whichever_label_words_nobody_listed_gave_it(
    tmp_path: Path,
) -> None:
    """`Family member` shares `member` with a worker's label and `Bereavement counsellor` is
    listed nowhere: the name carrying a degree is the worker's, the other the client's; a
    title inside the client's value (`Mrs.`) is no degree."""
    doc = WordDocument()
    doc.add_heading("SUMMARY RECORDING", 0)
    for line in (
        "Family member: Mr. Owen Pryce (son of the late Mrs. Ada Pryce)",
        "Bereavement counsellor: Nadia Keller, LCSW",
        "Interview dates: 3 April 2024 and 10 April 2024",
    ):
        doc.add_paragraph(line)
    for heading, text in (
        ("Summary", "Mr. Pryce spoke about the last weeks of his mother's illness at home."),
        ("Conclusion", "Grief is acute but within the expected range for a recent loss."),
    ):
        doc.add_paragraph().add_run(heading).bold = True
        doc.add_paragraph(text)
    doc.save(tmp_path / "contacts.docx")
    (record,) = extract_records(read_document(tmp_path / "contacts.docx")).records
    assert record.fields["worker_name"] == "Nadia Keller, LCSW"
    assert "Owen Pryce" in record.fields["client_name"]


@pytest.mark.parametrize(
    ("guessed", "named"),
    [
        ("Jobseeker : Mr Wiremu Tane", "Case manager : Sophie Tran"),
        ("Warga dampingan : Ibu Sri Rahayu", "Pekerja Sosial : Rina Wulandari"),
    ],
)
def test_a_guess_a_named_label_overrules_goes_back_to_whom_it_may_name(
    tmp_path: Path, guessed: str, named: str
) -> None:
    """The classifier guessed the first label the worker's; the listed label below it says
    who the worker is, so the guessed label goes back to the unmatched, and is the client's."""
    doc = WordDocument()
    doc.add_paragraph().add_run("SUMMARY OF CONTACTS").bold = True
    for line in (guessed, "Ref : TAE-JS-5521", named, "Dates seen : 6 Aug 2024; 13 Aug 2024"):
        doc.add_paragraph(line)
    doc.add_paragraph().add_run("Summary of sessions").bold = True
    doc.add_paragraph("We wrote a CV together and practised interview questions.")
    doc.save(tmp_path / "contacts.docx")
    (record,) = extract_records(read_document(tmp_path / "contacts.docx")).records
    client, worker = (part.split(" : ")[1] for part in (guessed, named))
    assert (record.fields.get("client_name"), record.fields.get("worker_name")) == (client, worker)


def test_a_memo_s_from_names_its_writer_not_a_period_s_start(tmp_path: Path) -> None:
    """`FROM` and `TO` name a period's ends in a summary record; over a person's name they
    name the memo's writer, whom elimination places as the worker."""
    lines = ("#SUMMARY RECORD", "FROM: Tamika Brooks", "CLIENT: Raymond Ellsworth",
             "Period covered: 1 December 2023 - 31 May 2024", "#Case summary",
             "The first two months were difficult; by spring he had settled in.")  # fmt: skip
    (record,) = extract_records(read_document(write_docx(tmp_path / "memo.docx", lines))).records
    assert record.fields.get("worker_name") == "Tamika Brooks"
    assert record.fields.get("period_start") == "2023-12-01"

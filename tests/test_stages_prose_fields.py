"""People and visit dates stated in a note's opening prose (pipeline/extract/prose.py)
as a decision table: paragraphs in, the fields read from them out; then one DOCX end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from jsonschema import Draft202012Validator

from pipeline.document import Block, Document, Page, SourceInfo, Style
from pipeline.extract.extractor import Extractor, extract_records, get_extractor
from pipeline.extract.field_matcher import Cascade
from pipeline.extract.lines import document_items
from pipeline.extract.sections import walk_record
from pipeline.ingest import read_document
from pipeline.specs import load_schemas

BODY = [("Isi Wawancara", True), ("Praktikan menyapa klien di ruang tamu.", False)]
FAJAR = (
    "Catatan ini ditulis oleh praktikan Fajar Nugroho (Balai Rehabilitasi Sosial Magelang) dan "
    "merangkum dua kunjungan ke rumah klien (inisial R, 15 th) pada tanggal 2 April 2024 dan "
    "5 April 2024."
)

# (what the opening says, record type, its lines (text, bold), field -> (text, via))
TABLE = [
    ("an author, a role, initials in a bracket and two visit dates",
     "summarized_process_record", [(FAJAR, False)],
     {"worker_name": ("Fajar Nugroho", "prose"), "client_name": ("R", "prose"),
      "interview_dates": ("2 April 2024; 5 April 2024", "prose")}),
    ("English: a role before the name, a client after a comma, one visit",
     "process_record",
     [("This note was written by student social worker Amy Chen after a home visit to the "
       "client, Mrs. Lee Hwa, on 3 March 2025.", False)],
     {"worker_name": ("Amy Chen", "prose"), "client_name": ("Mrs. Lee Hwa", "prose"),
      "interview_date": ("3 March 2025", "prose")}),
    ("a label names the worker: the prose does not overrule it",
     "process_record",
     [("Nama Pekerja Sosial: Dewi Lestari", False),
      ("Kunjungan ini dilakukan oleh pekerja sosial Rina Wulandari pada 4 Mei 2024.", False)],
     {"worker_name": ("Dewi Lestari", "synonym"), "interview_date": ("4 Mei 2024", "prose")}),
    ("two people after the client's cue: nobody can tell which",
     "process_record",
     [("Pekerja sosial menemui klien Budi Santoso dan kemudian klien Andi Wijaya di balai desa "
       "untuk membicarakan rencana pelatihan kerja.", False)],
     {}),
    ("a birth date beside the visit is not the visit's",
     "process_record",
     [("Klien bernama Sari Dewi (lahir 3 Mei 2010) dikunjungi pada 5 Juni 2024 di rumah "
       "neneknya.", False)],
     {"client_name": ("Sari Dewi", "prose"), "interview_date": ("5 Juni 2024", "prose")}),
    ("a one-date field with two visit dates stays empty",
     "process_record",
     [("Kunjungan pertama pada 2 Mei 2024 dan kunjungan kedua pada 9 Mei 2024 dilakukan di "
       "rumah klien.", False)],
     {}),
    ("a blank form line OCR filled with letters is no sentence",
     "process_record",
     [("Nama Pekerja Sosial Lea nata eta sie eraser siete AN Nb", False)],
     {}),
    ("a role followed by no name names nobody",
     "process_record",
     [("Pekerja sosial dan klien bertemu di rumah klien pada 2 Mei 2024 untuk kedua kalinya.",
       False)],
     {"interview_date": ("2 Mei 2024", "prose")}),
    ("a date in a sentence about no visit is nobody's",
     "process_record",
     [("Ibu klien kehilangan pekerjaan pada 12 Januari 2024 setelah pabrik tutup.", False)],
     {}),
    ("a sign-off naming who wrote it gives the worker no label gave",
     "process_record",
     [("Sleman, 22 Juli 2023", False), ("Disusun oleh,", False),
      ("Pekerja Sosial Ahli Muda", False), ("Wahyu Hidayat, S.ST.", False)],
     {"worker_name": ("Wahyu Hidayat, S.ST.", "prose")}),
    ("a role before a comma signs the name after it",
     "process_record",
     [("Palu, 14 Agustus 2024", False), ("Petugas LDP, Moh. Rizal Tandjumbulu", False)],
     {"worker_name": ("Moh. Rizal Tandjumbulu", "prose")}),
    ("a letter's closing signs its writer, a care worker",
     "summarized_process_record",
     [("Kind regards,", False), ("Aisyah Putri Handayani", False), ("Home care worker", False)],
     {"worker_name": ("Aisyah Putri Handayani", "prose")}),
    ("an agency's history states its founding",
     "agency_record",
     [("Lembaga ini resmi didirikan pada tanggal 17 Agustus 1998 oleh almarhum K.H. Ahmad "
       "Zuhri bersama enam warga, dan menempati asrama permanen pada tahun 2004.", False)],
     {"founding_date": ("17 Agustus 1998", "prose")}),
    ("the same in English",
     "agency_record",
     [("The centre was founded on 5 June 2009 by a group of parents and moved to its present "
       "building in 2015.", False)],
     {"founding_date": ("5 June 2009", "prose")}),
    ("a sign-off with who approved it as well names nobody for sure",
     "process_record",
     [("Sleman, 22 Juli 2023", False), ("Mengetahui, Pekerja Sosial", False),
      ("Drs. Bambang Sutrisno", False), ("Wahyu Hidayat, S.ST.", False)],
     {}),
    ("a sign-off with no word of who wrote it names nobody",
     "process_record",
     [("Sleman, 22 Juli 2023", False), ("Kepala Seksi", False), ("Wahyu Hidayat, S.ST.", False)],
     {}),
    ("talking with someone names the client; the talk's day is the visit's",
     "process_record",
     [("Dicatat setelah berbincang dengan Ibu Mariam pada hari Rabu, 18 Februari 2026 di "
       "pondok keluarga di tepi sungai.", False)],
     {"client_name": ("Ibu Mariam", "prose"), "interview_date": ("18 Februari 2026", "prose")}),
    ("an English plural is its cue: meetings",
     "summarized_process_record",
     [("This summary covers my two meetings with the family, on March 9, 2026 and March 11, "
       "2026, both held in the shelter's family room.", False)],
     {"interview_dates": ("March 9, 2026; March 11, 2026", "prose")}),
    ("days listed before a whole date share its month",
     "summarized_process_record",
     [("I met with the family at their home on 3 and 10 April 2024 to talk about the move.",
       False)],
     {"interview_dates": ("2024-04-03; 10 April 2024", "prose")}),
    ("a later paragraph is past the opening",
     "process_record",
     [*[(f"Paragraf pembuka nomor {n} tentang keadaan keluarga dan lingkungan sekitar.", False)
        for n in range(3)],
      ("Catatan ini ditulis oleh praktikan Fajar Nugroho setelah kunjungan ke rumah.", False)],
     {}),
]  # fmt: skip


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return get_extractor()


@pytest.mark.parametrize(
    ("record_type", "lines", "expected"), [t[1:] for t in TABLE], ids=[t[0] for t in TABLE]
)
def test_the_opening_prose_states_people_and_visit_dates(
    extractor: Extractor,
    record_type: str,
    lines: list[tuple[str, bool]],
    expected: dict[str, tuple[str, str]],
) -> None:
    blocks = tuple(
        Block("paragraph", text, 1, style=Style(bold=bold))
        for text, bold in [("CATATAN PROSES", True), *lines, *BODY]
    )
    document = Document(SourceInfo("note.docx", "0" * 64, "docx", 1, 1), (Page(1, blocks),))
    spec = extractor.schemas.get(record_type)
    assert spec is not None
    raw = walk_record(
        document_items(document), spec, extractor.index, extractor.vocabulary, True, Cascade()
    )
    asked = ("worker_name", "client_name", "interview_date", "interview_dates", "founding_date")
    found = {name: (f.text, f.via) for name, f in raw.fields.items() if name in asked}
    assert found == expected


def test_a_docx_stating_its_people_in_prose_misses_none_of_them(tmp_path: Path) -> None:
    """End to end: the values are normalised, their evidence says `prose`, nothing is missing."""
    doc = WordDocument()
    doc.add_heading("Catatan Proses Ringkas", 0)
    doc.add_paragraph("Pengantar").runs[0].bold = True
    doc.add_paragraph(FAJAR)
    for heading, text in (
        ("Ringkasan", "Pada kunjungan pertama R tidak mau keluar kamar dan neneknya bercerita."),
        ("Kesimpulan", "R menarik diri karena pengalaman dirundung di sekolah."),
    ):
        doc.add_paragraph(heading).runs[0].bold = True
        doc.add_paragraph(text)
    doc.save(tmp_path / "note.docx")
    result = extract_records(read_document(tmp_path / "note.docx"))
    envelope = Draft202012Validator(load_schemas().envelope)
    assert not list(envelope.iter_errors(result.to_json()))  # `via: prose` is in the contract
    (record,) = result.records
    assert record.record_type == "summarized_process_record"
    assert record.fields["worker_name"] == "Fajar Nugroho"
    assert record.fields["client_name"] == "R"
    assert record.fields["interview_dates"] == ["2024-04-02", "2024-04-05"]
    assert record.evidence["worker_name"].via == "prose"
    assert record.missing_required == ()

"""Records from real DOCX files generated here: types, sections, fields, missing lists, evidence."""

from pathlib import Path

import pytest
from docx import Document as WordDocument

from pipeline.extract.classify import type_calibration
from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document


def _docx(path: Path, build) -> Path:
    doc = WordDocument()
    build(doc)
    doc.save(path)
    return path


def _records(path: Path):
    return extract_records(read_document(path)).records


def _table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


def test_case_record_with_key_value_table_and_closed_status(tmp_path):
    def build(doc):
        doc.add_paragraph("RAHASIA")
        doc.add_heading("LAPORAN KASUS", 0)
        _table(
            doc,
            [
                ["No. Kasus", "CK-2024-017"],
                ["Nama Klien", "Sdri. Ani Lestari"],
                ["Pekerja Sosial", "Dewi Kusuma, S.Sos."],
                ["Tanggal Penerimaan", "12 Januari 2024"],
                ["Status Kasus", "Selesai (terminasi)"],
            ],
        )
        for heading, text in [
            ("I. IDENTITAS KLIEN", "Klien berusia 15 tahun dan tinggal bersama neneknya."),
            (
                "II. MASALAH YANG DIHADAPI",
                "Klien sering membolos sekolah sejak orang tuanya bercerai.",
            ),
            (
                "III. LATAR BELAKANG KELUARGA",
                "Ayah klien bekerja di luar kota; ibu klien menikah lagi.",
            ),
            ("IV. ASESMEN", "Klien mengalami kehilangan figur orang tua."),
            ("V. RENCANA INTERVENSI", "Konseling individu setiap minggu dan mediasi keluarga."),
            ("VI. EVALUASI", "...."),
        ]:
            doc.add_paragraph(heading).runs[0].bold = True
            doc.add_paragraph(text)

    (record,) = _records(_docx(tmp_path / "case.docx", build))
    assert record.record_type == "case_record"
    assert record.fields["case_number"] == "CK-2024-017"
    assert record.fields["client_name"] == "Sdri. Ani Lestari"
    assert record.fields["date_opened"] == "2024-01-12"
    assert record.fields["case_status"] == "closed"
    assert record.fields["confidentiality"] == "RAHASIA"
    assert record.fields["social_environment"].startswith("Ayah klien")
    assert record.evidence["assessment"].label == "ASESMEN"
    # Closed case: the closing fields become required; a placeholder section counts as missing.
    assert record.missing_required == ("date_closed", "interventions", "evaluation", "termination")
    assert "evaluation" not in record.missing_recommended
    assert not record.complete


def test_process_recording_as_three_column_table(tmp_path):
    def build(doc):
        doc.add_heading("Process Recording", 0)
        for line in ["Client: Mr. John Carter", "Social Worker: Sarah Lee", "Date: March 5, 2024"]:
            doc.add_paragraph(line)
        doc.add_heading("Introduction", 1)
        doc.add_paragraph("Second home visit, requested by the client's daughter.")
        _table(
            doc,
            [
                ["Dialogue", "Worker's Feelings", "Analysis / Skills"],
                ["SW: How have you been sleeping?", "I felt worried.", "Open question."],
                ["Client: Not well. (looks away)", "", "Observation of non-verbal cue."],
            ],
        )
        doc.add_heading("Conclusion", 1)
        doc.add_paragraph("The client agreed to see a doctor.")

    (record,) = _records(_docx(tmp_path / "pr.docx", build))
    assert record.record_type == "process_record"
    assert record.language == "en"
    assert record.fields["interview_date"] == "2024-03-05"
    assert record.fields["interview_narrative"].splitlines() == [
        "SW: How have you been sleeping?",
        "Client: Not well. (looks away)",
    ]
    assert record.fields["worker_reflection"].splitlines() == [
        "I felt worried.",
        "Open question.",
        "Observation of non-verbal cue.",
    ]
    assert record.complete


def test_daily_log_table_blank_date_takes_the_row_above(tmp_path):
    def build(doc):
        doc.add_heading("CATATAN HARIAN PEKERJA SOSIAL", 0)
        doc.add_paragraph("Nama Pekerja Sosial : Andi Pratama")
        _table(
            doc,
            [
                ["Tanggal", "Waktu", "Durasi", "Uraian Kegiatan", "Klien"],
                [
                    "4 Maret 2024",
                    "08.30",
                    "45 menit",
                    "Kunjungan rumah keluarga klien.",
                    "An. Rudi",
                ],
                ["", "10.00", "1 jam 30 menit", "Rapat kasus dengan guru.", ""],
                ["5 Maret 2024", "13.00", "-", "Menelepon dinas pendidikan.", "An. Rudi"],
            ],
        )

    (record,) = _records(_docx(tmp_path / "log.docx", build))
    assert record.record_type == "daily_log"
    entries = record.fields["entries"]
    assert [e["date"] for e in entries] == ["2024-03-04", "2024-03-04", "2024-03-05"]
    assert entries[1]["duration_minutes"] == 90
    assert record.missing_required == ("entries[2].duration_minutes",)
    assert record.missing_recommended == ("entries[1].client_name",)


def test_memo_is_unknown(tmp_path):
    def build(doc):
        doc.add_heading("UNDANGAN RAPAT", 0)
        for line in [
            "Kepada : Seluruh staf",
            "Perihal : Rapat koordinasi bulanan",
            "Tanggal : 3 Mei 2024",
        ]:
            doc.add_paragraph(line)
        doc.add_paragraph(
            "Dengan hormat, kami mengundang Bapak/Ibu untuk hadir dalam rapat koordinasi."
        )

    (record,) = _records(_docx(tmp_path / "memo.docx", build))
    assert record.record_type == "unknown"
    # confidence is that of the type given: most documents with no case-note evidence are not one
    assert record.confidence == round(type_calibration()["unknown_bare"], 3)
    assert record.status == "not_assessed"
    assert record.fields == {}


def test_unknown_keeps_only_values_of_listed_labels(tmp_path):
    def build(doc):
        doc.add_heading("DAFTAR TILIK PEMULANGAN PASIEN", 0)
        doc.add_paragraph("Nama Klien : Siti Aminah")  # a label the schemas list
        doc.add_paragraph("No. RM : 00-41-87-22")  # a code under a label nobody listed
        doc.add_paragraph("Beri tanda centang pada setiap butir yang sudah dilaksanakan.")

    (record,) = _records(_docx(tmp_path / "checklist.docx", build))
    assert record.record_type == "unknown"
    assert record.fields == {"client_name": "Siti Aminah"}


def test_case_record_then_process_record_are_two_records(tmp_path):
    def build(doc):
        doc.add_heading("CATATAN KASUS", 0)
        doc.add_paragraph("Nomor Kasus : K-01")
        doc.add_paragraph("Nama Klien : Siti Aminah")
        doc.add_paragraph("Identitas Klien").runs[0].bold = True
        doc.add_paragraph("Perempuan, 40 tahun.")
        doc.add_paragraph("Asesmen").runs[0].bold = True
        doc.add_paragraph("Klien membutuhkan dukungan ekonomi.")
        doc.add_page_break()
        doc.add_heading("CATATAN PROSES", 0)
        doc.add_paragraph("Nama Klien : Siti Aminah")
        doc.add_paragraph("Tanggal : 6 Mei 2024")
        doc.add_paragraph("Pendahuluan").runs[0].bold = True
        doc.add_paragraph("Kunjungan pertama.")

    records = _records(_docx(tmp_path / "folder.docx", build))
    assert [r.record_type for r in records] == ["case_record", "process_record"]
    assert records[0].pages == (1, 1)
    assert records[1].pages == (2, 2)
    assert records[1].fields["interview_date"] == "2024-05-06"
    assert "interview_narrative" in records[1].missing_required


def test_unknown_headings_are_reported_for_template_discovery(tmp_path):
    def build(doc):
        doc.add_heading("CATATAN PROSES", 0)
        doc.add_paragraph("Nama Klien : Budi")
        doc.add_heading("Pendahuluan", 2)
        doc.add_paragraph("Klien datang sendiri.")
        doc.add_heading("Rencana Anggaran Biaya", 2)
        doc.add_paragraph("Perlu pendampingan lebih lanjut.")

    (record,) = _records(_docx(tmp_path / "pr.docx", build))
    assert [u.text for u in record.unmatched] == ["Rencana Anggaran Biaya"]
    # The unknown section is not swallowed by the one before it.
    assert record.fields["introduction"] == "Klien datang sendiri."


@pytest.mark.parametrize(
    "heading", ["IDENTITAS KLIEN", "1.1 Identitas Klien", "ldentitas Klien:", "A. Data Diri Klien"]
)
def test_heading_variants_match_the_same_field(tmp_path, heading):
    def build(doc):
        doc.add_heading("CATATAN KASUS", 0)
        doc.add_paragraph(heading).runs[0].bold = True
        doc.add_paragraph("Laki-laki, 12 tahun, pelajar kelas 6.")

    (record,) = _records(_docx(tmp_path / "c.docx", build))
    assert record.fields["client_identity"] == "Laki-laki, 12 tahun, pelajar kelas 6."


def test_a_title_nobody_listed_still_names_the_type_when_fields_agree(tmp_path):
    def build(doc):
        doc.add_heading("Home Visit Process Note", 0)
        doc.add_paragraph("Client: Mrs. Rahayu")
        doc.add_heading("Introduction", 1)
        doc.add_paragraph("The visit was arranged by phone.")

    (record,) = _records(_docx(tmp_path / "note.docx", build))
    assert record.record_type == "process_record"
    assert 0.5 <= record.confidence < 0.95  # a guess from the title's words, not a known title
    assert record.fields["introduction"] == "The visit was arranged by phone."


def test_a_case_word_in_a_memo_title_does_not_make_a_case_record(tmp_path):
    def build(doc):
        doc.add_heading("Undangan Rapat Pembahasan Kasus", 0)
        doc.add_paragraph("Kepada : Seluruh pekerja sosial")
        doc.add_paragraph("Mohon hadir tepat waktu.")

    (record,) = _records(_docx(tmp_path / "memo.docx", build))
    assert record.record_type == "unknown"


def test_a_document_that_is_no_case_note_keeps_what_its_labels_say(tmp_path):
    """Contract 1.1: `unknown` has no completeness but still carries the shared header labels."""

    def build(doc):
        doc.add_heading("UNDANGAN PERTEMUAN KELUARGA", 0)
        for line in [
            "Nama Klien : Budi Santoso",
            "Pekerja Sosial : Rina Marlina",
            "Tanggal : 3 Mei 2024",
        ]:
            doc.add_paragraph(line)
        doc.add_paragraph("Dengan hormat, kami mengundang keluarga untuk hadir di kantor kami.")

    (record,) = _records(_docx(tmp_path / "undangan.docx", build))
    assert (record.record_type, record.status) == ("unknown", "not_assessed")
    # the date is not a shared header field: which date it would be depends on the type
    assert record.fields == {"client_name": "Budi Santoso", "worker_name": "Rina Marlina"}
    assert record.evidence["client_name"].label == "Nama Klien"
    assert (record.missing_required, record.needs_review) == ((), ())


def test_a_figure_under_a_column_named_like_a_label_names_no_agency(tmp_path: Path):
    """A procurement list's `Satuan | unit` column is no agency's label: a name has letters."""

    def build(doc):
        doc.add_paragraph("DAFTAR USULAN PENGADAAN BARANG").runs[0].bold = True
        _table(
            doc,
            [
                ["No", "Nama Barang", "Jumlah", "Satuan", "Harga Satuan (Rp)"],
                ["1", "Kompor gas dua tungku", "1", "unit", "850.000"],
                ["2", "Kasur busa", "10", "buah", "650.000"],
            ],
        )

    (record,) = _records(_docx(tmp_path / "list.docx", build))
    assert record.record_type == "unknown"
    assert "agency_name" not in record.fields

"""A letter's sign-off that no opener announces (pipeline/extract/prose.py, `closing_sign_off`).

Letters and memos often end with the writer's name and role on lines of their
own, after the last paragraph, with no `Yours sincerely,` above them. Those
lines are the sign-off: the name beside the worker's role is the worker's, and
neither line opens a section. Each case runs as DOCX and as a born-digital PDF.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.extractor import extract_records, get_extractor
from pipeline.extract.lines import document_items
from pipeline.extract.person_names import PersonNames
from pipeline.extract.prose import closing_sign_off
from pipeline.ingest import read_document
from tests.line_writers import Lines, write_docx, write_pdf


def _write(fmt: str, path: Path, lines: Lines) -> Path:
    """A letter's paragraphs set apart from each other, as letters are."""
    return write_docx(path, lines) if fmt == "docx" else write_pdf(path, lines, spaced=True)


LETTERS = [
    pytest.param(
        (
            "#Summary of Contacts",
            "Client: Rosa Delgado",
            "I met with Rosa Delgado on March 4, 2024 and again on March 11, 2024 at our office, "
            "after she was referred by the pantry coordinator.",
            "Between the two meetings she gathered her paperwork and we filed an appeal of the "
            "unemployment decision together.",
            "Marcus Bell",
            "Case Manager, Client Support Services",
        ),
        "Marcus Bell",
        "Case Manager",
        id="en",
    ),
    pytest.param(
        (
            "#Ringkasan Kunjungan",
            "Klien: Ibu Sri Rahayu",
            "Saya mengunjungi Ibu Sri Rahayu pada 4 Maret 2024 dan 11 Maret 2024 di rumahnya "
            "untuk membicarakan sekolah anaknya.",
            "Di antara dua kunjungan itu Ibu Sri mengurus surat keterangan tidak mampu dari "
            "kelurahan.",
            "Rina Wulandari",
            "Pekerja Sosial, Dinas Sosial Kota Bogor",
        ),
        "Rina Wulandari",
        "Pekerja Sosial",
        id="id",
    ),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("lines", "worker", "role"), LETTERS)
def test_a_name_and_role_after_the_last_paragraph_sign_the_letter(
    tmp_path: Path, fmt: str, lines: Lines, worker: str, role: str
) -> None:
    path = _write(fmt, tmp_path / f"letter.{fmt}", lines)
    (record,) = extract_records(read_document(path)).records
    assert record.fields.get("worker_name") == worker
    others = [v for k, v in record.fields.items() if k != "worker_name" and isinstance(v, str)]
    assert not [text for text in others if role in text or worker in text]


def test_short_answers_under_the_last_question_are_no_sign_off(tmp_path: Path) -> None:
    lines = (
        "#CATATAN KASUS",
        "No. Kasus: MDN/2024/031",
        "Nama Klien: Rian Saputra",
        "#Masalah yang Dihadapi",
        "Rian berjualan tisu di lampu merah sampai larut malam dan sering tidak masuk sekolah.",
        "#Dokumen apa saja yang sudah terkumpul?",
        "Fotokopi Kartu Keluarga; surat keterangan domisili",
        "Medan, 11 Maret 2024",
        "Petugas,",
        "Agustinus Bria",
    )
    doc = read_document(write_docx(tmp_path / "form.docx", lines))
    extractor = get_extractor()
    spec = extractor.schemas.records["case_record"]
    people = PersonNames(spec, extractor.vocabulary)
    assert closing_sign_off(document_items(doc), spec, people) is None


HEADLESS = {
    "en": (
        "Re: Rosa Delgado",
        "I met with Rosa Delgado on March 4, 2024 and again on March 11, 2024 at our client "
        "services office, after she was referred by the pantry coordinator at St. Luke's.",
        "At the first meeting she explained that she lost her job as a machine operator in "
        "January when the second shift was cut, and that her unemployment claim was denied.",
        "Between the two meetings she gathered her separation paperwork, and on March 11 we "
        "filed an appeal of the unemployment decision together online.",
        "She will bring the decision letter to our next meeting, and I will phone her on "
        "March 25 to check on the appeal.",
        "Marcus Bell",
        "Case Manager, Client Support Services",
    ),
    "id": (
        "Perihal: Ibu Sri Rahayu",
        "Saya mengunjungi Ibu Sri Rahayu pada 4 Maret 2024 dan 11 Maret 2024 di rumahnya "
        "setelah ia dirujuk oleh ketua RT karena anaknya tidak bersekolah.",
        "Pada kunjungan pertama Ibu Sri bercerita bahwa suaminya meninggal tahun lalu dan ia "
        "tidak mampu membayar seragam dan buku anaknya.",
        "Di antara dua kunjungan itu Ibu Sri mengurus surat keterangan tidak mampu dari "
        "kelurahan, dan kami mendaftarkan anaknya ke program bantuan sekolah.",
        "Saya akan mengunjungi keluarga ini lagi pada 25 Maret 2024 untuk memastikan anaknya "
        "sudah kembali bersekolah.",
        "Rina Wulandari",
        "Pekerja Sosial, Dinas Sosial Kota Bogor",
    ),
}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("lang", sorted(HEADLESS))
def test_a_letter_with_no_heading_shares_its_paragraphs_among_the_sections(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    lines = HEADLESS[lang]
    path = _write(fmt, tmp_path / f"letter.{fmt}", lines)
    (record,) = extract_records(read_document(path)).records
    assert record.record_type == "summarized_process_record"
    spec = get_extractor().schemas.records[record.record_type]
    sections = [f.name for f in spec.fields if f.kind == "narrative"]
    shared = [p for name in sections for p in record.fields.get(name, "").splitlines()]
    assert shared == list(lines[1:5])  # every paragraph, in order, in some section
    assert not set(sections) & set(record.missing_required)

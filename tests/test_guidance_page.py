"""A guidance page is not a case note (contract 1.1): prose about a kind of record (`A
process recording is a detailed written account …`) beside its blank form, or naming no case (no
person, number, date or entry: a handout on what goes in each column). Its record is
`unknown`, `not_assessed`, with the blank template warned of; a blank form alone stays its
type with its fields missing (tests/test_layouts.py). Each case runs as DOCX and as a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document
from tests.line_writers import WRITERS

PAGES = {
    "en": (
        "#Writing a Process Recording: Guidelines for Students",
        "A process recording is a detailed written account of one interaction with a client "
        "system. It helps you and your field instructor look at what happened and why.",
        "#Template",
        "Student name: ______________________",
        "Client (initials): __________",
        "Date of interview: ____/____/______",
        "#1. Introduction",
        "Describe the purpose of the interview and what you already knew about the client.",
        "#2. Dialogue",
        "Record what was said, as closely as you can remember.",
        "#3. Conclusion",
        "Summarise what you learned and what you plan to do next.",
    ),
    "id": (
        "#Panduan Menulis Catatan Proses bagi Mahasiswa Praktikum",
        "Catatan proses adalah uraian tertulis yang rinci tentang satu pertemuan dengan klien. "
        "Catatan ini membantu mahasiswa dan pembimbing melihat apa yang terjadi dan mengapa.",
        "#Format",
        "Nama mahasiswa: ______________________",
        "Nama klien (inisial): __________",
        "Tanggal wawancara: ____/____/______",
        "#1. Pendahuluan",
        "Tuliskan tujuan wawancara dan apa yang sudah diketahui tentang klien.",
        "#2. Isi Wawancara",
        "Tuliskan percakapan selengkap yang dapat diingat.",
        "#3. Kesimpulan",
        "Tuliskan kesimpulan dan rencana tindak lanjut.",
    ),
}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_guidance_page_with_its_blank_form_is_no_case_note(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    path = WRITERS[fmt](tmp_path / f"guidance.{fmt}", PAGES[lang])
    result = extract_records(read_document(path))
    (record,) = result.records
    assert record.record_type == "unknown"
    assert record.status == "not_assessed"
    assert [a.record_type for a in record.alternatives] == ["process_record"]
    assert any(w.startswith("a blank template") for w in result.warnings)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_letter_that_is_no_case_note_keeps_its_letterhead_s_agency(
    tmp_path: Path, fmt: str
) -> None:
    lines = (
        "#YAYASAN PELITA HATI",
        "Jl. Kemang Timur Raya No. 7, Jakarta Selatan 12730",
        "#UNDANGAN RAPAT KOORDINASI",
        "Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri rapat koordinasi jejaring "
        "perlindungan anak pada hari Senin, 5 Mei 2025 pukul 09.00 di aula yayasan.",
        "Atas perhatiannya kami ucapkan terima kasih.",
    )
    path = WRITERS[fmt](tmp_path / f"invitation.{fmt}", lines)
    (record,) = extract_records(read_document(path)).records
    assert record.record_type == "unknown"
    assert record.fields.get("agency_name") == "YAYASAN PELITA HATI"
    assert record.evidence["agency_name"].label == "letterhead"


HANDOUTS = {
    "en": (
        "#Writing a process recording: the basics",
        "A process recording is a learning tool. It slows an interview down so that you and your "
        "field educator can look at what happened, moment by moment.",
        "#The usual columns",
        "Dialogue: What was said, as close to word for word as you can recall.",
        "Feelings: Your own reactions at that moment, honestly.",
        "Analysis: The skill you were using, or what you now think was going on.",
        "#Common pitfalls",
        "Summarising instead of recording; leaving out the parts that went badly.",
    ),
    "id": (
        "#Menulis catatan proses: dasar-dasarnya",
        "Catatan proses adalah alat belajar. Catatan ini memperlambat wawancara agar mahasiswa "
        "dan pembimbing dapat melihat apa yang terjadi dari waktu ke waktu.",
        "#Kolom yang biasa dipakai",
        "Dialog: Apa yang dikatakan, sedekat mungkin dengan kata-kata aslinya.",
        "Perasaan: Reaksi Anda sendiri pada saat itu, dengan jujur.",
        "Analisis: Keterampilan yang Anda pakai, atau apa yang kini Anda pikir terjadi.",
    ),
}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("lang", sorted(HANDOUTS))
def test_a_handout_about_a_kind_of_record_naming_no_case_is_no_case_note(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    # What goes in each column is no case's content: no person, number, date or entry.
    path = WRITERS[fmt](tmp_path / f"handout.{fmt}", HANDOUTS[lang])
    (record,) = extract_records(read_document(path)).records
    assert record.record_type == "unknown"
    assert [a.record_type for a in record.alternatives] == ["process_record"]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_record_that_names_its_kind_and_a_case_stays_its_type(tmp_path: Path, fmt: str) -> None:
    lines = (
        "#Process Recording",
        "Client: Mr. Dale Fenwick",
        "Date of interview: 4 March 2024",
        "#Introduction",
        "This process recording is of my second home visit to Mr Fenwick, who asked for help "
        "with his budget after his wife's death.",
        "#Dialogue",
        "Worker: How have the last two weeks been?",
        "Client: Hard. The bills keep coming.",
    )
    path = WRITERS[fmt](tmp_path / f"note.{fmt}", lines)
    (record,) = extract_records(read_document(path)).records
    assert record.record_type == "process_record"

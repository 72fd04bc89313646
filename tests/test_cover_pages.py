"""A record after a cover page and a table of contents (first met in the thirty-third corpus
C), or after a report's cover, foreword and chapter on the agency (the thirty-second B),
rewritten in our own words, as DOCX and as a born-digital PDF, in both languages: the front
matter names no case, so it is no record of its own, and the file gives one record.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document
from tests.line_writers import WRITERS, records_of

FORMATS = ["docx", "pdf"]

PORTFOLIOS = {
    "en": (
        "##FIELD PRACTICE PORTFOLIO II",
        "##Individual Case Record",
        "Prepared by:",
        "#Hannah Okoro",
        "Student number 21.03.118",
        "\f",
        "#CONTENTS",
        "Cover 1",
        "Contents 2",
        "1. Client Information 3",
        "2. Presenting Problem 3",
        "3. Assessment 4",
        "\f",
        "##CASE RECORD",
        "Case Number: HF-2024-031",
        "Client: Mr Tomasz Wilk",
        "Worker: Hannah Okoro",
        "Date Opened: 5 February 2024",
        "#Client Information",
        "Mr Wilk is a 58-year-old former welder who has lived alone since his wife died.",
        "#Presenting Problem",
        "He was referred by his GP after missing three appointments and losing weight.",
        "#Assessment",
        "Grief and isolation, with early signs of self-neglect; no memory problems were seen.",
    ),
    "id": (
        "##PORTOFOLIO PRAKTIKUM LAPANGAN II",
        "##Catatan Kasus Individu",
        "Disusun oleh:",
        "#Nur Aisyah",
        "NIM 21.03.118",
        "\f",
        "#DAFTAR ISI",
        "Halaman Sampul 1",
        "Daftar Isi 2",
        "1. Identitas Klien 3",
        "2. Masalah yang Dihadapi 3",
        "3. Asesmen 4",
        "\f",
        "##CATATAN KASUS",
        "Nomor Kasus: LK-2024-031",
        "Nama Klien: Bapak Tarno",
        "Pekerja Sosial: Nur Aisyah",
        "Tanggal Dibuka: 5 Februari 2024",
        "#Identitas Klien",
        "Bapak Tarno berusia 58 tahun, mantan tukang las, dan tinggal sendiri sejak istrinya wafat.",
        "#Masalah yang Dihadapi",
        "Ia dirujuk puskesmas setelah tiga kali tidak datang kontrol dan berat badannya turun.",
        "#Asesmen",
        "Duka dan keterasingan, dengan tanda awal penelantaran diri; tidak tampak gangguan ingatan.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(PORTFOLIOS))
def test_a_cover_page_and_contents_are_no_record_of_their_own(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, PORTFOLIOS[lang])
    assert record.record_type == "case_record"
    assert record.pages[1] == 3
    assert record.fields["case_number"] in ("HF-2024-031", "LK-2024-031")
    assert record.fields["assessment"] == PORTFOLIOS[lang][-1]


REPORTS = {
    "en": (
        "##PRACTICE PLACEMENT REPORT I",
        "Placement at the Riverside Youth Trust",
        "Prepared by:",
        "Hannah Okoro",
        "\f",
        "#FOREWORD",
        "I thank my field educator and the staff of the trust for their patience during the "
        "six weeks of my placement.",
        "\f",
        "#CHAPTER I THE AGENCY",
        "The Riverside Youth Trust works with young people who have left school early and "
        "runs an evening learning club four days a week.",
        "\f",
        "#CHAPTER II PROCESS RECORDING",
        "Client: Tom Reilly",
        "Student: Hannah Okoro",
        "Date of interview: 14 March 2024",
        "#Introduction",
        "This was my second meeting with Tom, who is fifteen and has missed most Mondays since "
        "January.",
        "#Dialogue",
        "Student: How has this week been, Tom?",
        "Tom: Same as always. I had to take my brother to school again.",
        "#Conclusion",
        "Tom's absences follow his mother's early shifts; he carries a parent's load.",
    ),
    "id": (
        "##LAPORAN PRAKTIKUM PEKERJAAN SOSIAL I",
        "Praktikum di Yayasan Pelita Harapan",
        "Disusun oleh:",
        "Nadia Lestari",
        "\f",
        "#KATA PENGANTAR",
        "Puji syukur penulis panjatkan karena laporan praktikum ini dapat diselesaikan tepat "
        "waktu berkat bantuan pembimbing dan staf yayasan.",
        "\f",
        "#BAB I GAMBARAN UMUM LEMBAGA",
        "Yayasan Pelita Harapan mendampingi anak putus sekolah dan mengadakan kelompok belajar "
        "sore empat hari dalam seminggu.",
        "\f",
        "#BAB II CATATAN PROSES",
        "Nama Klien: Andi Rahmat",
        "Nama Praktikan: Nadia Lestari",
        "Tanggal Wawancara: 14 Maret 2024",
        "#Pendahuluan",
        "Wawancara ini merupakan pertemuan kedua dengan Andi, siswa kelas VIII yang sering tidak "
        "masuk sekolah sejak Januari.",
        "#Jalannya Wawancara",
        "Praktikan: Bagaimana minggu ini, Andi?",
        "Klien: Biasa saja, Kak. Saya harus antar adik ke sekolah lagi.",
        "#Kesimpulan",
        "Ketidakhadiran Andi mengikuti jadwal kerja ibunya; ia memikul tugas orang tua.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_a_report_s_chapters_before_the_record_are_no_records(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    """A practicum report's cover, foreword and chapter on the agency name no case: they are
    the front matter of the record in the chapter after them (first met in the thirty-second
    corpus B)."""
    result = extract_records(read_document(WRITERS[fmt](tmp_path / f"r.{fmt}", REPORTS[lang])))
    (record,) = result.records
    assert any(w.startswith("pages 1-") and "front matter" in w for w in result.warnings)
    assert record.record_type == "process_record"
    assert record.fields["interview_date"] == "2024-03-14"
    assert record.fields["conclusion"] == REPORTS[lang][-1]

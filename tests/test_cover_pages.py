"""A record after a cover page and a table of contents (first met in the thirty-third corpus
C, rewritten in our own words), as DOCX and as a born-digital PDF, in both languages: the
cover's title names the record's type and its author, but it is no record of its own, so
the file gives one record, the one after the contents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.line_writers import records_of

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

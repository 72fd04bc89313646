"""Normalisation of values as the contract writes them: dates, durations, placeholders, enums."""

import pytest

from pipeline.extract.normalize import (
    clean_value,
    fold_words,
    is_page_number,
    normalise_enum,
    parse_date,
    parse_dates,
    parse_duration,
    parse_integer,
    parse_period,
    parse_time,
    reads_month_first,
    split_numbering,
)
from pipeline.extract.prompts import is_placeholder, is_prompt, is_slot_tail
from pipeline.specs import load_schemas


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("5 Maret 2024", "2024-03-05"),
        ("Selasa, 5 Maret 2024", "2024-03-05"),
        ("05/03/2024", "2024-03-05"),
        ("2024-03-05", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("5th March 2024", "2024-03-05"),
        ("Hari/Tanggal: Kamis, 12 Desember 2023 pukul 10.00", "2023-12-12"),
        ("belum diisi", None),
        # wrapped in a narrow table cell after a separator
        ("2023-03-\n04", "2023-03-04"),
        ("12/03/\n2024", "2024-03-12"),
        ("1. 12.03.24", "2024-03-12"),
        # OCR dropped the spaces: a listed month between the figures is still a date
        ("4Mar 2025", "2025-03-04"),
        ("5Mar2025", "2025-03-05"),
        ("3kali2024", None),  # no month there
        ("Kelas 3A 2024", None),
        # the month in Roman numerals, as Indonesian forms write it
        ("Tgl. berdiri : 21-VIII-2006", "2006-08-21"),
        ("03/VII/2009", "2009-07-03"),
        ("No. 014/TKSK-KLW/III/2024", None),  # a letter's number: a month and a year, no day
        ("Kelas V 12 2024", None),
        # a year cut to two figures after an apostrophe: this century's, or a birth's
        ("Selasa, 12 Mar '24", "2024-03-12"),
        ("Mar. 12, '24", "2024-03-12"),
        ("born 3 June '58", "1958-06-03"),
        ("the client's 12 dogs", None),
    ],
)
def test_dates_become_iso(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "month_first"),
    [
        ("Summary period: 01/08/2024 - 03/29/2024", True),  # 29 can only be a day
        ("Tanggal: 29/03/2024", False),
        ("from 01/08/2024 to 02/09/2024", False),  # both orders fit: the day-first default
        ("seen 03/29/2024, then 29/03/2024", False),  # both: no order is proven
        ("no dates here", False),
    ],
)
def test_a_documents_dates_show_their_order(text: str, month_first: bool) -> None:
    assert reads_month_first(text) is month_first


def test_month_first_reads_numeric_dates_the_other_way():
    assert parse_date("05/03/2024", month_first=True) == "2024-05-03"


def test_several_dates_share_a_month():
    assert parse_dates("5, 12 dan 19 Maret 2024") == ["2024-03-05", "2024-03-12", "2024-03-19"]
    assert parse_dates("4 April 2024 and 11 April 2024") == ["2024-04-04", "2024-04-11"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("March 3 and March 10, 2025", ["2025-03-03", "2025-03-10"]),
        ("3 Maret dan 10 Maret 2025", ["2025-03-03", "2025-03-10"]),
        ("28 Februari dan 6 Maret 2025", ["2025-02-28", "2025-03-06"]),
        ("Room 3 and 12 May 2024", ["2024-05-12"]),  # a room's number is no day of a month
        ("I met him at home on 3 and 10 April 2024.", ["2024-04-03", "2024-04-10"]),
        ("Kunjungan pada 5, 12 dan 19 Maret 2024.", ["2024-03-05", "2024-03-12", "2024-03-19"]),
        ("Room 12 and 3 April 2024", ["2024-04-03"]),  # a later day lists nothing
        ("umur 3 tahun dan 10 April 2024", ["2024-04-10"]),
    ],
)
def test_listed_dates_share_the_last_ones_year(text: str, dates: list[str]) -> None:
    assert parse_dates(text) == dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Januari s.d. Maret 2024", "2024-01-01", "2024-03-31"),
        ("1 Jan – 31 Mar 2024", "2024-01-01", "2024-03-31"),
        ("1 Februari 2024 sampai dengan 30 April 2024", "2024-02-01", "2024-04-30"),
        ("January to June 2023", "2023-01-01", "2023-06-30"),
        # a period with no end written: its start, and no end guessed
        ("since 5 February 2024", "2024-02-05", None),
        ("sejak Maret 2024", "2024-03-01", None),
        ("5 Februari 2024", None, None),  # a day is no period
    ],
)
def test_one_line_period_gives_start_and_end(text, start, end):
    assert parse_period(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("45 menit", 45),
        ("1 jam 30 menit", 90),
        ("1.5 hours", 90),
        ("1,5 jam", 90),
        ("30 minutes", 30),
        ("2 jam", 120),
        ("sebentar", None),
        ("45'", 45),
        ("45’ di ruang konseling", 45),
        ("45 mnt", 45),
        ("09.15 (1,5 jam)", 90),
        ("1 hr 30", 90),
        ("1 hr 30 min", 90),
        ("1h30", 90),
        ("1½ hours", 90),
        ("½ jam", 30),
        ("satu setengah jam", 90),
        ("setengah jam", 30),
        ("dua jam", 120),
        ("for about 2 hours", 120),
        ("for about two hours", 120),
        ("half an hour", 30),
        ("an hour and a half", 90),
        ("one and a half hours", 90),
        ("l hr", 60),
        ("sejam", 60),
        ("semenit", 1),
        ("tiga puluh menit", 30),
        ("dua puluh lima menit", 25),
        ("forty-five minutes", 45),
        ("1:30 jam", 90),
        ("2 x 45 menit", 90),
        ("3×20'", 60),
        ("2jam15 menit", 135),  # OCR lost the spaces
        ('45"', 45),  # OCR read the minutes' mark as a double one
        ("45”", 45),
        ("9 am", None),
        ("selama 3 hari", None),
        ("Sesi ke-2", None),
    ],
)
def test_durations_become_minutes(text, minutes):
    assert parse_duration(text) == minutes


def test_clock_times_and_session_numbers():
    assert parse_time("09.00 WIB") == "09:00"
    assert parse_time("pukul 8:05") == "08:05"
    assert parse_time("3 pm, a quarter of an hour") == "15:00"  # an hour alone, with its meridiem
    assert parse_time("11 a.m.") == "11:00"
    assert parse_time("12 am") == "00:00"
    assert parse_time("3 among them") is None  # no meridiem, no time
    assert parse_time("Kelas 3") is None
    assert parse_time("Time: 14h30") == "14:30"
    assert parse_time("2.45p.m.") == "14:45"  # the meridiem against the minutes
    assert parse_time("9.15a.m.") == "09:15"  # South African and French usage
    assert parse_time("1h30") is None  # an hour and a half, not half past one
    assert parse_time("0930hrs") == "09:30"  # four figures marked as hours
    assert parse_time("1530 h") == "15:30"
    assert parse_time("Room 1530") is None  # four figures alone are no clock
    assert parse_integer("Sesi ke-3") == 3
    assert parse_integer("kedua") == 2


@pytest.mark.parametrize(
    "value", ["-", "....", "…", "N/A", "belum diisi", "Tidak ada data", "  ", "___"]
)
def test_placeholders_count_as_empty(value):
    assert is_placeholder(value)


@pytest.mark.parametrize("value", ["Budi", "0", "Ibu Sri Wahyuni"])
def test_real_values_are_not_placeholders(value):
    assert not is_placeholder(value)


def test_numbering_and_ocr_slips_are_folded_for_matching():
    assert split_numbering("II. RIWAYAT MASALAH") == ("II.", "RIWAYAT MASALAH")
    assert split_numbering("1.2 Latar belakang") == ("1.2", "Latar belakang")
    assert fold_words("ldentitas Klien:") == fold_words("IDENTITAS KLIEN")
    # British and American spellings meet
    assert fold_words("Organisation Profile") == fold_words("Organization Profile")
    assert fold_words("Summarised") == fold_words("Summarized")


def test_enumerations_use_the_schema_words():
    schemas = load_schemas()
    status = schemas.records["case_record"].field("case_status").values
    assert normalise_enum("Selesai (terminasi)", status) == "closed"
    assert normalise_enum("Masih berjalan", status) == "open"
    # the options listed alone, their tick boxes lost (a font without the glyphs), name none
    assert normalise_enum("\ufffd Open \ufffd Closed", status) is None
    assert normalise_enum("Aktif / Selesai", status) is None
    assert normalise_enum("Closed – returned to family", status) == "closed"
    agency = schemas.records["agency_record"]
    assert normalise_enum("Kabupaten/Kota", agency.field("service_authority").values) == "district"
    # the first option named is the value; a later one qualifies it
    authority = agency.field("service_authority").values
    assert normalise_enum("National (women referred from all provinces)", authority) == "national"
    assert normalise_enum("Provinsi (seluruh kabupaten/kota)", authority) == "province"
    assert (
        normalise_enum("Semi Panti", agency.field("agency_nature").values) == "semi_institutional"
    )
    assert (
        normalise_enum("Non-Panti (berbasis masyarakat)", agency.field("agency_nature").values)
        == "non_institutional"
    )


@pytest.mark.parametrize(
    ("text", "page_number"),
    [
        ("Halaman 1 dari 3", True),
        ("Halaman $ dari 2", True),  # the page's own number misread by OCR
        ("hal. 2/5", True),
        ("Page 2 of 5", True),
        ("page 10 of 12", True),
        ("Sesi 2 dari 5", False),
        ("Klien hadir di halaman 2 dari 3 rumah", False),
        # a footer's line ending with the page, or the page closing one of its parts
        ("Riverside Recovery Collective - clinical notes - do not copy Page 1 of 1", True),
        ("Greystone P&P - Supervision file - Page 1 of 1 - Printed: 05/12/2023", True),
        ("Page", False),
    ],
)
def test_page_number_lines_are_furniture(text, page_number):
    assert is_page_number(text) is page_number


@pytest.mark.parametrize(
    ("value", "tail"),
    [
        ("Jabatan)", True),  # OCR lost "[Nama," of "[Nama, Jabatan]"
        ("Role]", True),  # of "[Name, Role]"
        ("nama klien>", True),  # of "<nama klien>"
        ("Ayu Lestari", False),
        ("Ayu Lestari (PS)", False),  # the bracket opens in the value
        ("Rp 500.000)", False),  # a figure: a value OCR cut, not a slot
        ("Pak Budi, kepala desa dan istrinya)", False),  # too long for a slot
    ],
)
def test_the_tail_of_a_slot_ocr_cut_is_no_value(value, tail):
    assert is_slot_tail(value) is tail


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("Describe the client's situation.", True),  # opens with an instruction
        ("Student uses this space to record interaction", True),  # speaks of the template
        ("Tulis di kolom ini apa yang dikatakan klien", True),
        ("(diisi setelah pelaksanaan)", True),  # "to be filled in after": a form's word
        ("(to be filled in by the field instructor)", True),  # a placeholder opens it
        ("Kamar klien diisi barang bekas.", False),  # the same word inside a sentence
        ("Ibu Sari datang ke kantor bersama anaknya.", False),
        ("Klien menandatangani formulir ini di hadapan ibunya.", False),  # a form, not a slot
        ("(How was the interview arranged? What did you know beforehand?)", True),  # asks
        ("(Apa yang dirasakan klien saat itu?)", True),
        ("(klien diam) Apa kabar? tanya saya.", False),  # a question inside the text
        ("(sambil menangis)", False),  # a stage direction asks nothing
        (
            "Student uses this space to record interaction word-for-word. Include all others "
            "present, silences and interruptions, and what the student did in response to them.",
            True,  # the first sentence tells
        ),
    ],
)
def test_a_template_s_instructions_are_prompts(text, prompt):
    assert is_prompt(text) is prompt


@pytest.mark.parametrize(
    ("value", "clean"),
    [
        ("HAS-MDN-0219 .", "HAS-MDN-0219"),  # OCR's speck after a code, standing alone
        ("Jl. Merdeka No. 4 ,", "Jl. Merdeka No. 4"),
        ("Sdr. A.", "Sdr. A."),  # an initial's own full stop stays
        (": Budi Santoso", "Budi Santoso"),
    ],
)
def test_a_value_is_cleaned_of_marks_around_it(value: str, clean: str) -> None:
    assert clean_value(value) == clean

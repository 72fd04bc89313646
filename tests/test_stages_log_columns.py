"""A daily-log table's columns its header did not name, named by their cells
(pipeline/extract/log_columns.py, `columns_by_content`) as a decision table: the header's
mapping and the body rows in, the whole mapping out."""

from __future__ import annotations

import pytest

from pipeline.extract.log_columns import columns_by_content
from pipeline.extract.person_names import PersonNames
from pipeline.specs import load_schemas
from pipeline.vocabulary import load_vocabulary

ROWS_ID = [
    [
        "Jumat, 11 Maret 2022",
        "07.30 WIB",
        "30 menit",
        "Serah terima tugas dengan petugas jaga malam",
        "-",
    ],
    ["", "09.00 WIB", "45 menit", "Pemantauan makan pagi di ruang makan lansia", "Mbah Sukinem"],
    [
        "Sabtu, 12 Maret 2022",
        "08.00 WIB",
        "-",
        "Mendampingi pemeriksaan tekanan darah",
        "Mbah Sukinem",
    ],
]
ROWS_EN = [
    [
        "March 18, 2021",
        "09.00",
        "1 hour",
        "Home visit; checked the children's morning routine",
        "Mrs. Lina Hartono",
    ],
    [
        "March 18, 2021",
        "14.00",
        "30 minutes",
        "Phone call with the school about attendance",
        "Mrs. Lina Hartono",
    ],
]

TABLE: list[tuple[str, dict[int, str], list[list[str]], dict[int, str]]] = [
    ("every column named by its header", {0: "date", 1: "time", 2: "duration_minutes", 3: "description", 4: "client_name"},
     ROWS_ID, {0: "date", 1: "time", 2: "duration_minutes", 3: "description", 4: "client_name"}),
    ("clock times and the longest text by their cells", {0: "date", 2: "duration_minutes", 4: "client_name"},
     ROWS_ID, {0: "date", 1: "time", 2: "duration_minutes", 3: "description", 4: "client_name"}),
    ("dates, durations and names by their cells", {1: "time", 3: "description"},
     ROWS_EN, {0: "date", 1: "time", 2: "duration_minutes", 3: "description", 4: "client_name"}),
    ("names are no description: too short", {0: "date", 1: "time", 2: "duration_minutes"},
     ROWS_EN, {0: "date", 1: "time", 2: "duration_minutes", 3: "description", 4: "client_name"}),
    ("a `Who` column of names, initials and asides is the client's", {0: "date", 4: "description"},
     [["14 Jan 2025", "6:40 am", "45 min", "Denise K.", "Under the bridge; brought socks and water"],
      ["", "8:15 am", "1 hr", "Ray Oduya", "Drove Ray to the ID office for his birth certificate"],
      ["", "11:30 am", "20m", "Marco (no last name)", "New contact at the library steps"],
      ["", "1:00 pm", "1h 30", "", "Team huddle at the drop-in centre"]],
     {0: "date", 1: "time", 2: "duration_minutes", 3: "client_name", 4: "description"}),
    ("id: a column of honorific-led names is the client's", {0: "date", 1: "time", 3: "description"},
     [["4 Maret 2024", "09.00", "Sdr. Rizki", "Pendampingan ke puskesmas untuk kontrol luka"],
      ["", "13.00", "Ibu Sari", "Kunjungan rumah membahas rencana usaha warung"]],
     {0: "date", 1: "time", 2: "client_name", 3: "description"}),
    ("a column of activities is no one's name", {0: "date", 1: "time", 3: "description"},
     [["4 Maret 2024", "09.00", "Kunjungan rumah", "Membahas rencana usaha warung bersama klien"],
      ["", "13.00", "Rapat tim", "Membahas jadwal kunjungan minggu depan di kantor"]],
     {0: "date", 1: "time", 3: "description"}),
    ("a column of mixed cells stays unnamed", {0: "date", 3: "description"},
     [["4 Maret 2024", "09.00", "rapat", "Rapat tim membahas rencana kunjungan"],
      ["5 Maret 2024", "kunjungan", "10.00", "Kunjungan rumah klien di Desa Sukamaju"]],
     {0: "date", 3: "description"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("header", "rows", "expected"), [t[1:] for t in TABLE], ids=[t[0] for t in TABLE]
)
def test_unnamed_log_columns_are_named_by_their_cells(
    header: dict[int, str], rows: list[list[str]], expected: dict[int, str]
) -> None:
    daily_log = load_schemas().get("daily_log")
    assert daily_log is not None
    names = PersonNames(daily_log, load_vocabulary())
    assert columns_by_content(header, rows, names.is_person_name) == expected

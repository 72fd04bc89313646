"""Variants first met on the thirty-fourth corpora (written by authors who saw only the
contract), rewritten in our own words, each as DOCX and as a ruled born-digital PDF:

- a daily log kept as one table a day under the day's date heading, the table with no date
  column: each row is that day's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.line_writers import records_of

FORMATS = ["docx", "pdf"]

TABLES_BY_DAY = {
    "en": (
        "##DAILY LOG – OUTREACH TEAM",
        "Field worker: Grace Tumbelaka",
        "#Monday, 4 March 2024",
        "| Time | Duration | Client | Notes",
        "| 08:00 | 30 minutes | Mrs Lina Wowor | Follow-up on the food parcel she asked for.",
        "| 10:45 | 1 hr | Mr Ari Sondakh | Home visit; his roof still leaks after the storm.",
        "#Tuesday, 5 March 2024",
        "| Time | Duration | Client | Notes",
        "| 09:15 | 45 mins | Mrs Lina Wowor | Took her to the health post for her check-up.",
    ),
    "id": (
        "##CATATAN HARIAN TIM PENJANGKAUAN",
        "Pekerja lapangan: Grace Tumbelaka",
        "#Senin, 4 Maret 2024",
        "| Jam | Lama | Klien | Keterangan",
        "| 08.00 | 30 menit | Ibu Lina Wowor | Tindak lanjut paket sembako yang ia minta.",
        "| 10.45 | 1 jam | Bapak Ari Sondakh | Kunjungan rumah; atapnya masih bocor.",
        "#Selasa, 5 Maret 2024",
        "| Jam | Lama | Klien | Keterangan",
        "| 09.15 | 45 menit | Ibu Lina Wowor | Mengantar ke pustu untuk pemeriksaan.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(TABLES_BY_DAY))
def test_a_table_under_a_date_heading_is_that_days(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, TABLES_BY_DAY[lang])
    assert record.record_type == "daily_log"
    assert [(e.get("date"), e.get("time")) for e in record.fields["entries"]] == [
        ("2024-03-04", "08:00"),
        ("2024-03-04", "10:45"),
        ("2024-03-05", "09:15"),
    ]

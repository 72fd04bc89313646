"""Variants first met on the thirty-third corpora (written by authors who saw only the
contract), rewritten in our own words, each as DOCX and as a born-digital PDF:

- a log's rows opening with the word of the time's label before the clock (`Time 8.15 a.m. —
  duration 45 min — client: …`, `Waktu 09.00 — lama dua jam — klien: …`) are entries, the
  word data (the schema's one-word labels of an entry's time);
- a sentence's end wrapped alone into a paragraph of its own (`and waited.`) goes on with the
  entry's description: a line opening in lower case is no heading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.line_writers import records_of

FORMATS = ["docx", "pdf"]

TIME_WORD_LOGS = {
    "en": (
        "##DAILY LOG",
        "Social worker: Agnes Tefa",
        "#Monday, 3 June 2024",
        "Time 8.15 a.m. — duration 45 min — client: Rosa Ndolu",
        "Home visit; Rosa was at home with her grandmother and the school fees are still unpaid.",
        "Time 2 p.m. — duration 1½ hours",
        "Case conference with the health centre about two children not yet registered.",
        "#Tuesday, 4 June 2024",
        "Time 09.00 — duration two hours — client: Daniel Lake",
        "Counselling at the office; Daniel drew a map of the places he feels safe, then sat",
        "quietly and waited.",
    ),
    "id": (
        "##CATATAN HARIAN",
        "Pekerja sosial: Agnes Tefa",
        "#Senin, 3 Juni 2024",
        "Waktu 08.15 — lama 45 menit — klien: Rosa Ndolu",
        "Kunjungan rumah; Rosa ada di rumah bersama neneknya dan uang sekolah belum dibayar.",
        "Waktu 14.00 — lama 1½ jam",
        "Rapat kasus dengan puskesmas tentang dua anak yang belum terdaftar.",
        "#Selasa, 4 Juni 2024",
        "Waktu 09.00 — lama dua jam — klien: Daniel Lake",
        "Konseling di kantor; Daniel menggambar peta tempat yang membuatnya aman, lalu duduk",
        "diam dan menunggu.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(TIME_WORD_LOGS))
def test_rows_opening_with_the_time_label_word_are_entries(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, TIME_WORD_LOGS[lang])
    assert record.record_type == "daily_log"
    entries = record.fields["entries"]
    assert [(e["date"], e["time"], e.get("duration_minutes")) for e in entries] == [
        ("2024-06-03", "08:15", 45),
        ("2024-06-03", "14:00", 90),
        ("2024-06-04", "09:00", 120),
    ]
    assert [e.get("client_name") for e in entries] == ["Rosa Ndolu", None, "Daniel Lake"]
    assert entries[2]["description"].endswith(TIME_WORD_LOGS[lang][-1])

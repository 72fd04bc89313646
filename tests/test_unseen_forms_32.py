"""Variants first met on the thirty-second corpora (written by authors who saw only the
contract), rewritten in our own words, each as DOCX and as a born-digital PDF:

- a daily log kept in an email (`Sent: Monday, 4 March 2024` over bullets opening with a clock,
  a length in brackets and a dash) is a daily log; its rows take the header's day, and the
  header's labelled date (`Sent:`) opens no entry of its own;
- a weekday glued to its date by OCR's colon (`Friday:12 April 2024`) still opens the day.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.line_writers import records_of

FORMATS = ["docx", "pdf"]


EMAIL_LOGS = {
    "en": (
        "From: Grace Holt <g.holt@eastmere.example.org>",
        "Sent: Monday, 4 March 2024 18:02",
        "To: Duty Team <duty@eastmere.example.org>",
        "Subject: Activity log 4 March",
        "Hi all,",
        "My log for today is below so the duty worker has it tomorrow.",
        "• 08:45 (20 min) - Mrs Joan Pereira - Phoned to confirm the housing appointment.",
        "• 10:00 (60 min) - Mr Samuel Oke - Home visit; we went through his college form.",
        "• 15:45 (45 min) - Team meeting on the winter hardship fund.",
        "Thanks, Grace",
    ),
    "id": (
        "Dari: Rina Lestari <rina@lks-harapan.example.id>",
        "Terkirim: Senin, 4 Maret 2024 18.02",
        "Kepada: Tim Piket",
        "Perihal: Catatan kegiatan 4 Maret",
        "Rekan-rekan,",
        "Berikut catatan kegiatan saya hari ini.",
        "• 08.45 (20 menit) - Ibu Sumarni - Menelepon untuk memastikan jadwal ke kantor desa.",
        "• 10.00 (60 menit) - Sdr. Bayu - Kunjungan rumah; membahas pendaftaran sekolah.",
        "• 15.45 (45 menit) - Rapat tim tentang dana darurat.",
        "Salam, Rina",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(EMAIL_LOGS))
def test_a_log_kept_in_an_email_is_a_daily_log(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, EMAIL_LOGS[lang])
    assert record.record_type == "daily_log"
    entries = record.fields["entries"]
    assert [(e["date"], e["time"], e["duration_minutes"]) for e in entries] == [
        ("2024-03-04", "08:45", 20),
        ("2024-03-04", "10:00", 60),
        ("2024-03-04", "15:45", 45),
    ]


GLUED_WEEKDAY = (
    "##Caseworker Daily Log",
    "Caseworker: Hollie Brennan",
    "Thursday 11 April 2024",
    "9.00 am - 1 hr - team meeting: weekly allocation meeting.",
    "Friday:12 April 2024",
    "1.15 pm - 1.5 hours - Sienna Clarke: follow-up visit at her new flat.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_weekday_glued_to_its_date_still_opens_the_day(tmp_path: Path, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, GLUED_WEEKDAY)
    assert [e["date"] for e in record.fields["entries"]] == ["2024-04-11", "2024-04-12"]

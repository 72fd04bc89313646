"""Variants first met on the thirty-third corpora (written by authors who saw only the
contract), rewritten in our own words, each as DOCX and as a born-digital PDF:

- a log's rows opening with the word of the time's label before the clock (`Time 8.15 a.m. —
  duration 45 min — client: …`, `Waktu 09.00 — lama dua jam — klien: …`) are entries, the
  word data (the schema's one-word labels of an entry's time);
- a sentence's end wrapped alone into a paragraph of its own (`and waited.`) goes on with the
  entry's description: a line opening in lower case is no heading;
- tick-box options parted by column gaps (`[ ] Institutional   [x] Semi-institutional`) are
  one value, the ticked option, not cells of their own (the PDF writer's standard font has
  no `☐`, so the boxes are typed).
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


TICKED_OPTIONS = {
    "en": (
        "##AGENCY DATA RECORD",
        "Name of agency: Northgate Family Centre",
        "Nature of agency: [ ] Institutional   [x] Semi-institutional   [ ] Non-institutional",
        "Case status: [ ] Open   [x] Closed",
    ),
    "id": (
        "##BUKU DATA LEMBAGA",
        "Nama lembaga: LKS Harapan Bangsa",
        "Sifat lembaga: ( ) Panti   (v) Semi panti   ( ) Non panti",
        "Status kasus: ( ) Aktif   (v) Selesai",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(TICKED_OPTIONS))
def test_options_parted_by_column_gaps_are_one_value(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, TICKED_OPTIONS[lang])
    assert record.record_type == "agency_record"
    assert record.fields["agency_nature"] == "semi_institutional"


def test_a_word_footer_is_no_letterhead(tmp_path: Path) -> None:
    """A Word footer naming the form (`PPA-09 summary record hal. 1`, an agency's word in it)
    stands at the page's bottom: the agency is the letterhead's line above the address."""
    from docx import Document as WordDocument

    from pipeline.extract.extractor import extract_records
    from pipeline.ingest import read_document

    doc = WordDocument()
    doc.sections[0].footer.paragraphs[0].text = "PPA-09 summary record hal. 1"
    for line in (
        "SURAKARTA CITY GOVERNMENT",
        "UPTD PPA – WOMEN AND CHILD PROTECTION UNIT",
        "Jl. Slamet Riyadi No. 302, Surakarta",
        "SUMMARY RECORD",
        "Case number: PPA/SKA/2023/118",
        "Child's name: Bima Saputra",
        "Case worker: Theresia Nugraheni",
        "Period covered: 1 October 2023 - 31 December 2023",
    ):
        doc.add_paragraph().add_run(line).bold = line.isupper()
    path = tmp_path / "summary.docx"
    doc.save(path)
    (record,) = extract_records(read_document(path)).records
    assert record.fields["agency_name"] == "UPTD PPA – WOMEN AND CHILD PROTECTION UNIT"

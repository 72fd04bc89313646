"""A running header's labelled values (pipeline/extract/extractor.py): a form that prints
`No. Kasus: …` atop every page leaves it to the page furniture, where the reader sets it
apart. The record's short fields its body does not give come from there, and a case's
number closing a part of the header with no label (`… - File HH-FS-24-0193`); nothing else in
the furniture (`Printed: …`, a form's code, a telephone) is a value, and the body's own value
wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document
from tests.line_writers import WRITERS

BODY = {
    "id": ("##CATATAN PROSES", "Nama Klien: Fajar Nugroho", "Tanggal Wawancara: 9 Januari 2024",
           "#Pendahuluan", "Klien datang tepat waktu dan duduk di dekat jendela.",
           "#Jalannya Wawancara", "PS: Bagaimana minggu pertama di sini?",
           "K: Berat, Pak. Saya belum bisa tidur.", "\f", "#Kesimpulan",
           "Klien mulai terbuka tentang kecemasannya."),
    "en": ("##PROCESS RECORDING", "Client: Dana Pike", "Date of interview: 12 March 2024",
           "#Introduction", "Mr Pike was waiting in the day room when I arrived.",
           "#Interview", "SW: How have the nights been?", "Client: Long. I keep waking up.",
           "\f", "#Worker's assessment", "Mr Pike is more settled than last week."),
}  # fmt: skip

# (language, what the header says, the body's extra line or None, the case number read)
CASES = [
    ("id", "No. Kasus: RPBI/IPWL/2024/031", None, "RPBI/IPWL/2024/031"),
    ("en", "Case No.: HL-2024-0117", None, "HL-2024-0117"),
    ("en", "Printed: 14/03/2024", None, None),  # guard: no field's label, no value
    # no label: a case's number closing a part of the header
    ("en", "Hollybrook Hospice - Family Support - File HH-FS-24-0193", None, "HH-FS-24-0193"),
    ("id", 'SHELTER PMI "BERANDA" - Kasus No. SHB/PMI/2024/0117', None, "SHB/PMI/2024/0117"),
    ("en", "BHSS form CC-3 (process recording)", None, None),  # guard: a form's own code
    ("id", "Shelter Beranda - Telp. (0778) 555-0142", None, None),  # guard: a telephone
    ("id", "No. Kasus: LAMA/001", "No. Kasus: RPBI/IPWL/2024/031", "RPBI/IPWL/2024/031"),  # guard: the body's wins
]  # fmt: skip


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("lang", "header", "extra", "case_number"), CASES)
def test_a_running_headers_label_gives_the_records_short_field(
    tmp_path: Path, fmt: str, lang: str, header: str, extra: str | None, case_number: str | None
) -> None:
    title, *rest = BODY[lang]
    lines = (title, *([extra] if extra else []), *rest)
    path = WRITERS[fmt](tmp_path / f"note.{fmt}", lines, running_header=header)
    (record,) = extract_records(read_document(path)).records
    assert record.record_type == "process_record"
    assert record.fields.get("case_number") == case_number
    assert "interview_date" in record.fields  # the body's own labels still read

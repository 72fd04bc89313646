"""A dialogue whose speakers no vocabulary lists (pipeline/extract/field_matcher.py,
`learn_speakers`): the worker's initials and the client's first name as tags (`CR: …`,
`Tayla: …`). Short labels naming no field, each opening several lines, the lines switching
between them and a question among them, are a dialogue's speaker tags: their lines are the
interview's narrative, not labels nobody knows. Each case runs as DOCX and as a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document
from tests.line_writers import WRITERS

TURNS = {
    "en": (
        "CR: Hi Tayla, thanks for coming. How has this week been?",
        "Tayla: Not great. I didn't go to Maths again.",
        "CR: What made it hard to go?",
        "Tayla: Mia and I had a fight and she sits next to me.",
        "CR: That sounds really hard to sit through.",
    ),
    "id": (
        "RS: Selamat siang, Dimas. Bagaimana kabarmu minggu ini?",
        "Dimas: Biasa saja, Kak. Saya masih susah tidur.",
        "RS: Apa yang membuatmu susah tidur?",
        "Dimas: Saya takut gelap sejak pindah ke asrama.",
        "RS: Terima kasih sudah mau bercerita.",
    ),
}
FRAMES = {
    "en": ("#Process Recording", "Student: Callum Reid", "Date of session: 7 May 2024",
           "#The session"),
    "id": ("#Catatan Proses", "Praktikan: Rina Sari", "Tanggal Wawancara: 7 Mei 2024",
           "#Jalannya Wawancara"),
}  # fmt: skip


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("lang", sorted(TURNS))
def test_a_dialogue_s_unlisted_speaker_tags_open_its_turns(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    lines = (*FRAMES[lang], *TURNS[lang])
    path = WRITERS[fmt](tmp_path / f"pr.{fmt}", lines)
    (record,) = extract_records(read_document(path)).records
    assert record.record_type == "process_record"
    assert record.fields["interview_narrative"].splitlines() == list(TURNS[lang])
    assert not [u for u in record.unmatched if u.kind == "label"]


def test_a_journal_s_labels_repeated_each_day_are_no_speakers(tmp_path: Path) -> None:
    lines = (
        "#Catatan Harian",
        "Senin, 6 Mei 2024",
        "Kegiatan: Kunjungan rumah keluarga Dimas.",
        "Hasil: Ibu Dimas setuju mengurus kartu BPJS.",
        "Selasa, 7 Mei 2024",
        "Kegiatan: Rapat kasus dengan sekolah.",
        "Hasil: Sekolah memberi keringanan biaya.",
    )
    (record,) = extract_records(
        read_document(WRITERS["docx"](tmp_path / "log.docx", lines))
    ).records
    assert "interview_narrative" not in record.fields

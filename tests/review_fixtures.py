"""A small run for the review tests: a real process-recording PDF with a heading no schema
knows, processed by the real pipeline, plus a contract 1.1 file with a `needs_review` entry.

The PDF's introduction sits under `UNKNOWN_HEADING`, after the dialogue where no
introduction goes (so the order of sections does not place it either), so the
record lacks `introduction` and lists the heading as unmatched; a rerun with that heading
learned finds the introduction. The 1.1 file is written in the contract's
form (as `process` will write it once contract 1.1 lands).
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.cli import main

UNKNOWN_HEADING = "Permulaan Perjumpaan"
INTRODUCTION = "Pekerja sosial datang ke rumah klien untuk kunjungan rumah yang pertama."
CLIENT = "Budi Santoso"
LINES: tuple[tuple[str, bool], ...] = (
    ("CATATAN PROSES", True),
    (f"Nama Klien: {CLIENT}", False),
    ("Nama Pekerja Sosial: Rina Marlina", False),
    ("Tanggal Wawancara: 5 Maret 2024", False),
    ("Tempat: Rumah klien", False),
    ("JALANNYA WAWANCARA", True),
    ("Pekerja sosial: Selamat pagi, Pak Budi. Bagaimana kabar Bapak hari ini?", False),
    ("Klien: Baik, Bu. Saya senang Ibu datang.", False),
    (UNKNOWN_HEADING.upper(), True),
    (INTRODUCTION, False),
    ("KESIMPULAN", True),
    ("Klien bersedia mengikuti pertemuan berikutnya minggu depan.", False),
)
NEEDS_REVIEW_RECORD = {
    "record_type": "process_record",
    "confidence": 0.93,
    "language": "id",
    "pages": [1, 1],
    "fields": {
        "client_name": "Sri Wahyuni",
        "worker_name": "Ayu Lestari",
        "interview_date": "2024-03-07",
        "introduction": "Kunjungan kedua ke rumah klien.",
        "interview_narrative": "Klien bercerita tentang sekolah anaknya.",
    },
    "evidence": {"client_name": {"page": 1, "label": "Nama Klien"}},
    "alternatives": [{"record_type": "summarized_process_record", "confidence": 0.05}],
    "missing_required": [],
    "missing_recommended": ["case_number", "location"],
    "needs_review": [
        {
            "field": "conclusion",
            "reason": "not found; may be under an unknown heading",
            "candidates": [{"text": "Penutup Kunjungan", "page": 1}],
        }
    ],
    "status": "needs_review",
    "complete": False,
    "unmatched": [{"text": "Penutup Kunjungan", "kind": "heading", "page": 1}],
}


def write_note_pdf(path: Path) -> Path:
    """Write the one-page process recording, headings in bold capitals."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    y = 790.0
    for text, heading in LINES:
        if heading:
            y -= 10
        pdf.setFont("Helvetica-Bold" if heading else "Helvetica", 13 if heading else 11)
        pdf.drawString(64, y, text)
        y -= 20
    pdf.save()
    return path


def write_run(root: Path) -> tuple[Path, Path]:
    """Return (inputs, out): the PDF processed into out/, and a 1.1 file beside its JSON."""
    inputs = root / "in"
    write_note_pdf(inputs / "note.pdf")
    out = root / "out"
    result = CliRunner().invoke(main, ["process", str(inputs), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    later = {
        "contract_version": "1.1",
        "source": {
            "path": str(inputs / "visit2.pdf"),
            "sha256": "ab" * 32,
            "format": "pdf",
            "pages": 1,
            "ocr_pages": [],
        },
        "records": [NEEDS_REVIEW_RECORD],
        "warnings": [],
    }
    (out / "visit2.pdf.json").write_text(json.dumps(later), encoding="utf-8")
    return inputs, out

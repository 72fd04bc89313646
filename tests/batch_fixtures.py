"""Small real input files and helpers for the batch tests (process, resume, faults, privacy).

Each `write_*` writes one file and returns its path; the names and values it
places are module constants, so tests can look for them in outputs and logs.
`run_process` runs the real CLI in a subprocess (needed whenever a test sends
signals or changes the environment of the workers); `tree_bytes` reads an
output directory for byte comparisons.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import docx
import psutil
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

REPO = Path(__file__).resolve().parent.parent
# Values that must never show up in logs (they are the "case content").
CLIENT = "Budi Santoso Wiryawan"
WORKER = "Rina Marlina Kusumawati"
NARRATIVE = "Klien menceritakan bahwa ayahnya dirawat di rumah sakit sejak bulan lalu."
CONTENT_MARKERS = (CLIENT, WORKER, NARRATIVE, "ayahnya dirawat")
MANIFEST_DIR = ".casenotes"
# Set to a fresh value in a run's environment, so a test can find that run's processes.
RUN_MARK = "CASENOTES_TEST_RUN_MARK"
FIXED_TIME = dt.datetime(2024, 3, 5, 9, 0, 0)


def write_note(path: Path, variant: int = 0) -> Path:
    """Write a small process-recording DOCX; `variant` changes its bytes and client number."""
    path.parent.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    document.add_heading("CATATAN PROSES", level=1)
    document.add_paragraph(f"Nama Klien: {CLIENT} {variant}")
    document.add_paragraph(f"Nama Pekerja Sosial: {WORKER}")
    document.add_paragraph("Tanggal Wawancara: 5 Maret 2024")
    document.add_heading("Pendahuluan", level=2)
    document.add_paragraph(NARRATIVE)
    # Fixed timestamps: the same variant always has the same bytes (and sha256).
    document.core_properties.created = FIXED_TIME
    document.core_properties.modified = FIXED_TIME
    document.save(str(path))
    return path


def write_pdf(
    path: Path, lines: Sequence[str] = ("CATATAN KASUS", f"Nama Klien: {CLIENT}")
) -> Path:
    """Write a one-page text PDF with `lines`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    y = 780.0
    for line in lines:
        pdf.drawString(72, y, line)
        y -= 16
    pdf.save()
    return path


def write_not_a_document(path: Path) -> Path:
    """Write a plain-text file (with case content) that no reader accepts."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"RAHASIA {CLIENT}: {NARRATIVE}\n", encoding="utf-8")
    return path


def tree_bytes(out: Path) -> dict[str, bytes]:
    """Return every file under `out` (manifest directory excluded) by relative path."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and MANIFEST_DIR not in p.relative_to(out).parts
    }


def processes_marked(mark: str) -> list[psutil.Process]:
    """Return the live processes whose environment has `RUN_MARK=mark` (a run's CLI and workers)."""
    found = []
    for proc in psutil.process_iter():
        with contextlib.suppress(psutil.Error):
            if proc.environ().get(RUN_MARK) == mark and proc.status() != psutil.STATUS_ZOMBIE:
                found.append(proc)
    return found


def faults_env(**extra: str) -> dict[str, str]:
    """Return the environment with the test fault hook switched on."""
    return {**os.environ, "CASENOTES_TEST_FAULTS": "1", **extra}


def process_argv(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "pipeline", "process", *map(str, args)]


def run_process(
    *args: str | Path, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run `casenotes process ARGS` in a subprocess and return its result (text output)."""
    return subprocess.run(
        process_argv(*args),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )

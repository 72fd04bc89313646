"""Hostile PDFs end in a document or a one-line error, within bounded time and memory.

The files are written byte by byte here: a page tree that loops, a broken
cross-reference table, and an image that declares a gigapixel canvas.
"""

import json
import time
import zlib
from pathlib import Path

from click.testing import CliRunner
from docx import Document as WordDocument

from pipeline.cli import main
from pipeline.document import Document
from pipeline.errors import InputError
from pipeline.ingest import read_document

# Far above what these tiny files need; a reader that loops or parses forever exceeds it.
TIME_BUDGET_S = 20


def _pdf(objects: list[bytes], *, break_xref: bool = False) -> bytes:
    """Return a PDF of numbered `objects` (object 1 is the catalog) with a matching xref."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % (offset + 7 if break_xref else offset)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return bytes(out)


def _page_with_text(text: bytes) -> list[bytes]:
    stream = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def _read_within_budget(path: Path) -> Document | InputError:
    start = time.monotonic()
    try:
        result: Document | InputError = read_document(path)
    except InputError as error:
        result = error
    assert time.monotonic() - start < TIME_BUDGET_S
    if isinstance(result, InputError):
        assert "\n" not in result.message
        assert str(path) in result.message
    return result


def test_a_page_tree_that_loops_is_read_or_refused(tmp_path):
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        # The page tree lists itself among its kids: a naive walk never ends.
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ]
    path = tmp_path / "loop.pdf"
    path.write_bytes(_pdf(objects))
    _read_within_budget(path)


def test_a_broken_cross_reference_table_is_repaired_or_refused(tmp_path):
    path = tmp_path / "xref.pdf"
    path.write_bytes(_pdf(_page_with_text(b"Nama Klien : Budi"), break_xref=True))
    result = _read_within_budget(path)
    if isinstance(result, Document):
        assert "Budi" in result.text  # pdfium rebuilt the table from the objects themselves


def _gigapixel_image_pdf(path: Path, side: int) -> None:
    zeros = zlib.compressobj(9)
    data = b"".join(zeros.compress(bytes(side)) for _ in range(side)) + zeros.flush()
    content = b"q 612 0 0 792 0 0 cm /Im1 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % (side, side, len(data))
        + data
        + b"\nendstream",
    ]
    path.write_bytes(_pdf(objects))


def test_an_image_too_big_to_decode_is_not_rendered(tmp_path):
    path = tmp_path / "bomb.pdf"
    _gigapixel_image_pdf(path, side=13_000)  # 169 megapixels: over the reader's image limit
    document = _read_within_budget(path)
    assert isinstance(document, Document)
    assert document.ocr_pages == ()
    assert any("megapixels" in w for w in document.warnings)


def test_a_huge_image_is_contained_and_the_run_goes_on(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    _gigapixel_image_pdf(
        source / "huge.pdf", side=11_000
    )  # 121 megapixels: decoded, but within limits
    good = WordDocument()
    good.add_heading("CATATAN PROSES", 0)
    good.add_paragraph("Nama Klien : Budi")
    good.save(source / "good.docx")
    out = tmp_path / "out"
    start = time.monotonic()
    result = CliRunner().invoke(
        main,
        [
            "process",
            str(source),
            "--out",
            str(out),
            "--quiet",
            "--workers",
            "1",
            "--timeout",
            "60",
            "--max-memory-mb",
            "1500",
        ],
    )
    assert time.monotonic() - start < 90
    assert result.exit_code in (0, 1), result.output
    assert (out / "good.docx.json").exists()
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    produced = (out / "huge.pdf.json").exists()
    # Either the page was rendered within the reader's pixel budget, or the worker hit a limit
    # and the file got one line: never a stalled or crashed run.
    assert produced or [e["kind"] for e in errors] in (["memory"], ["timeout"], ["input"])

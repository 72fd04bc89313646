"""Bad files give one `InputError` line, `path: reason`, from `read_document`, never a traceback."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_document
from tests.ingest import docx_fixtures as fx

PASSWORD = "rahasia"


def _needs_pdf_reader() -> None:
    """Skip until the PDF reader exists: without it every PDF fails for the wrong reason."""
    pytest.importorskip(
        "pipeline.ingest.pdf", reason="the PDF reader (pipeline/ingest/pdf.py) is not there yet"
    )


def _reason(path: Path) -> str:
    """Return the reason part of the error `read_document` raises for `path`."""
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message.removeprefix(f"{path}: ")


def _truncated(build: Callable[[Path], object], path: Path, keep: float) -> Path:
    build(path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def _malformed_xml(path: Path) -> Path:
    fx.write_plain(path)
    with zipfile.ZipFile(path) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    members["word/document.xml"] = members["word/document.xml"][:-40]  # unclosed elements
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize("name", ["empty.pdf", "empty.docx"])
def test_an_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.touch()
    assert _reason(path) == "empty file (0 bytes)"


def test_a_missing_file(tmp_path: Path) -> None:
    assert _reason(tmp_path / "nowhere.docx").startswith("cannot open")


def test_a_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    assert _reason(folder) == "not a regular file"


def test_a_text_file_renamed_pdf(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("Nama Klien: Budi Santoso\nTanggal: 5 Maret 2024\n", encoding="utf-8")
    assert _reason(path) == "plain text file, not a PDF or Word document"


def test_a_broken_png_renamed_docx(tmp_path: Path) -> None:
    path = tmp_path / "scan.docx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert _reason(path).startswith("damaged or truncated image file")


def test_a_spreadsheet_zip(tmp_path: Path) -> None:
    assert _reason(fx.write_xlsx_like(tmp_path / "data.docx")).startswith("spreadsheet (xlsx)")


def test_a_truncated_docx(tmp_path: Path) -> None:
    path = _truncated(fx.write_plain, tmp_path / "cut.docx", keep=0.5)
    assert _reason(path).startswith("truncated or damaged ZIP")


def test_a_docx_with_malformed_xml(tmp_path: Path) -> None:
    assert "docx" in _reason(_malformed_xml(tmp_path / "broken.docx"))


def test_a_truncated_pdf(tmp_path: Path) -> None:
    _needs_pdf_reader()
    path = _truncated(fx.write_pdf, tmp_path / "cut.pdf", keep=0.3)
    assert _reason(path)


def test_an_encrypted_pdf(tmp_path: Path) -> None:
    _needs_pdf_reader()
    path = fx.write_encrypted_pdf(tmp_path / "locked.pdf", PASSWORD)
    reason = _reason(path).lower()
    assert "password" in reason or "encrypt" in reason

"""Format detection from bytes: every supported format, and a named reason for everything else."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest.sniff import detect_format
from tests.ingest import docx_fixtures as fx

_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _ole2(*streams: str) -> bytes:
    """Return a minimal OLE2 compound file (512-byte sectors: FAT, directory) with empty streams."""
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        bytes.fromhex("D0CF11E0A1B11AE1"), bytes(16), 0x3E, 3, 0xFFFE, 9, 6, bytes(6),
        0, 1, 1, 0, 4096, _END, 0, _END, 0,
    )  # fmt: skip
    header += struct.pack("<109I", 0, *([_FREE] * 108))
    fat = struct.pack("<128I", _FAT, _END, *([_FREE] * 126))
    entries = [_dir_entry("Root Entry", 5)] + [_dir_entry(name, 2) for name in streams]
    directory = b"".join(entries).ljust(512, b"\0")
    return header + fat + directory


def _dir_entry(name: str, kind: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return struct.pack(
        "<64sHBBIII16sIQQIII",
        encoded, len(encoded), kind, 1, _FREE, _FREE, _FREE, bytes(16), 0, 0, 0, _END, 0, 0,
    )  # fmt: skip


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            # A fixed timestamp: the bytes end up in test ids, which every
            # xdist worker must collect identically.
            zf.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


def _write(tmp_path: Path, data: bytes, name: str = "input.bin") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"%PDF-1.7\n%junk", "pdf"),
        (b"\x00" * 1000 + b"%PDF-1.4\n", "pdf"),  # junk before the header, as readers allow
        (b"{\\rtf1\\ansi hello}", "rtf"),
        (b"\xef\xbb\xbf  {\\rtf1 hello}", "rtf"),
        (
            _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<a/>"}),
            "odt",
        ),
        (_ole2("WordDocument", "1Table"), "doc"),
        (_ole2("SomethingElse"), "doc"),  # an unknown OLE2 file: LibreOffice gets a try
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "image"),
        (b"\xff\xd8\xff\xe0" + bytes(64), "image"),  # JPEG (JFIF)
        (b"II*\x00" + bytes(64), "image"),  # TIFF, little-endian
        (b"MM\x00*" + bytes(64), "image"),  # TIFF, big-endian
    ],
)
def test_detects_supported_formats(tmp_path: Path, data: bytes, fmt: str) -> None:
    assert detect_format(_write(tmp_path, data)) == fmt


def test_detects_a_real_docx_by_its_members(tmp_path: Path) -> None:
    assert detect_format(fx.write_plain(tmp_path / "renamed.pdf")) == "docx"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            b"Nama Klien: Budi\nTanggal: 5 Maret 2024\n",
            "plain text file, not a PDF or Word document",
        ),
        ("Catatan kasus – Ibu Sri".encode("cp1252"), "plain text file"),
        ("Catatan".encode("utf-16"), "plain text file"),
        (b"\x00" * 1100 + b"%PDF-1.4\n", "unrecognised binary file"),  # header too far in
        (b"GIF89a" + bytes(64), "image file (GIF), not a PDF or Word document"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image file (WebP)"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "HTML page"),
        (b"<?xml version='1.0'?><root/>", "XML file"),
        (_zip({"[Content_Types].xml": b"<T/>", "xl/workbook.xml": b"<w/>"}), "spreadsheet (xlsx)"),
        (
            _zip({"[Content_Types].xml": b"<T/>", "ppt/presentation.xml": b"<p/>"}),
            "presentation (pptx)",
        ),
        (
            _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
            "spreadsheet (ods)",
        ),
        (_zip({"notes.txt": b"hello"}), "ZIP archive"),
        (_zip({"word/document.xml": b"<w/>"})[:40], "truncated or damaged ZIP"),
        (_ole2("EncryptedInfo", "EncryptedPackage"), "encrypted Word document"),
        (_ole2("Workbook"), "spreadsheet (xls)"),
    ],
)
def test_names_what_an_unsupported_file_looks_like(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    with pytest.raises(InputError) as caught:
        detect_format(_write(tmp_path, data))
    assert reason in str(caught.value)


def test_ignores_the_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path, b"just some notes", "notes.pdf")
    with pytest.raises(InputError, match="plain text file"):
        detect_format(path)

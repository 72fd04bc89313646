"""Decide a file's format from its bytes, never from its name.

`detect_format` returns one of the formats `read_document` has a reader for
("pdf", "docx", "doc", "rtf", "odt", "image") or raises `InputError` saying what the
file looks like instead ("plain text file, …", "image file (PNG), …"), so a
renamed file gets a useful message rather than a parser's traceback.

Evidence, in order: the PDF marker anywhere in the first KB (PDF readers
tolerate leading junk), the ZIP directory's member names (DOCX, ODT, and other
Office ZIPs), the OLE2 directory's stream names (Word 97-2003, encrypted OOXML,
Excel/PowerPoint), the RTF marker, then the magic numbers of the page images scanners write (JPEG, PNG, TIFF), then
those of common non-documents, and finally a text/binary guess. Reads at most `_HEAD_BYTES` plus, for ZIPs,
the central directory and one tiny member, and for OLE2 a few sectors.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO, Literal

from pipeline.errors import InputError

Format = Literal["pdf", "docx", "doc", "rtf", "odt", "image"]

# PDF readers accept the header anywhere in the first 1024 bytes (PDF 1.7 annex H).
_PDF_MARKER = b"%PDF-"
_PDF_SEARCH_BYTES = 1024
_HEAD_BYTES = 4096

_ZIP_MAGIC = b"PK\x03\x04"
_ZIP_EMPTY_MAGIC = b"PK\x05\x06"
_OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_RTF_MARKER = b"{\\rtf"
_UTF8_BOM = b"\xef\xbb\xbf"

# An ODF package names its type in a stored "mimetype" member; it is tiny.
_ODF_MIMETYPE_MAX = 200
_ODF_KINDS: dict[str, str] = {
    "application/vnd.oasis.opendocument.spreadsheet": "spreadsheet (ods)",
    "application/vnd.oasis.opendocument.presentation": "presentation (odp)",
    "application/vnd.oasis.opendocument.graphics": "drawing (odg)",
}
_ODT_MIMETYPES = frozenset(
    {"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template"}
)

# Other OOXML / ZIP containers recognised by a member each always has.
_ZIP_KINDS: tuple[tuple[str, str], ...] = (
    ("xl/workbook.xml", "spreadsheet (xlsx)"),
    ("ppt/presentation.xml", "presentation (pptx)"),
    ("visio/document.xml", "drawing (vsdx)"),
    ("META-INF/container.xml", "e-book (epub)"),
)

# Page images as scanners write them: read as scanned documents.
_SCAN_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
)

# Magic numbers of files people mistake for documents; the message names the kind.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"GIF87a", "image file (GIF)"),
    (b"GIF89a", "image file (GIF)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "program file (ELF)"),
    (b"MZ", "program file (Windows executable)"),
)
_NOT_A_DOCUMENT = "not a PDF or Word document"
_ENCRYPTED_WORD = "encrypted Word document (password-protected); save an unprotected copy"

# OLE2 compound file layout (MS-CFB): 512-byte header, sector chains in the FAT.
_OLE_HEADER = struct.Struct("<8s16sHHHHH6sIIIIIIIII")
_OLE_SECTOR_SHIFT, _OLE_FAT_COUNT, _OLE_FIRST_DIR = 5, 9, 10  # field indexes in the header
_OLE_DIFAT_OFFSET = 76  # the first 109 FAT sector numbers follow the fixed header
_OLE_DIFAT_IN_HEADER = 109
_OLE_DIR_ENTRY = 128
_OLE_SECTOR_SHIFTS = (9, 12)  # 512- or 4096-byte sectors; anything else is damage
_OLE_STREAM = 2  # directory entry object type of a stream
_OLE_END_OF_CHAIN = 0xFFFFFFFE
# Word, Excel and PowerPoint put their main streams in the first directory
# sectors; reading more would only matter to a hostile file, so stop early.
_OLE_MAX_DIR_SECTORS = 16
_OLE_WORD_STREAM = "WordDocument"
_OLE_OTHER_STREAMS: dict[str, str] = {
    "Workbook": "spreadsheet (xls)",
    "Book": "spreadsheet (xls)",
    "PowerPoint Document": "presentation (ppt)",
}
_OLE_ENCRYPTED_OOXML = "EncryptedPackage"
# Streams smaller than this live in the mini stream; a Word FIB stream is always bigger.
_OLE_MINI_CUTOFF = 4096
# Word 97 FIB: flags word at offset 0x0A, bit fEncrypted (MS-DOC 2.5.2).
_FIB_FLAGS_OFFSET = 0x0A
_FIB_ENCRYPTED = 0x0100
_WORD_FIB_MAGIC = 0xA5EC

# Share of control bytes above which a file is binary rather than text.
_BINARY_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset(b"\t\n\r\f")


def detect_format(path: Path) -> Format:
    """Return the file's format, or raise `InputError` describing what it is instead."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD_BYTES)
            if _PDF_MARKER in head[: _PDF_SEARCH_BYTES + len(_PDF_MARKER)]:
                return "pdf"
            if head.startswith((_ZIP_MAGIC, _ZIP_EMPTY_MAGIC)):
                return _zip_format(fh)
            if head.startswith(_OLE2_MAGIC):
                return _ole_format(fh)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    stripped = head.removeprefix(_UTF8_BOM).lstrip()
    if stripped.startswith(_RTF_MARKER):
        return "rtf"
    if head.startswith(_SCAN_MAGIC):
        return "image"
    raise InputError(_describe_other(stripped, head))


def _zip_format(fh: BinaryIO) -> Format:
    """Return "docx" or "odt" for a ZIP container, or raise naming the other kind."""
    try:
        with zipfile.ZipFile(fh) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                mimetype = ""
                if info.file_size <= _ODF_MIMETYPE_MAX:
                    mimetype = zf.read(info).decode("ascii", "replace").strip()
                if mimetype in _ODT_MIMETYPES:
                    return "odt"
                if mimetype in _ODF_KINDS:
                    raise InputError(f"{_ODF_KINDS[mimetype]}, {_NOT_A_DOCUMENT}")
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, struct.error):
        # zipfile reports a cut-off or mangled central directory in all these ways.
        raise InputError(
            "truncated or damaged ZIP file (a DOCX is a ZIP); cannot read it"
        ) from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError) as exc:
        # RuntimeError: an encrypted member; NotImplementedError: an exotic compression.
        raise InputError(f"unreadable ZIP file ({exc})") from None
    for member, kind in _ZIP_KINDS:
        if member in names:
            raise InputError(f"{kind}, {_NOT_A_DOCUMENT}")
    if "[Content_Types].xml" in names:
        raise InputError(
            f"Office file without a Word body (no word/document.xml), {_NOT_A_DOCUMENT}"
        )
    raise InputError(f"ZIP archive, {_NOT_A_DOCUMENT} (unpack it first)")


def _ole_format(fh: BinaryIO) -> Format:
    """Return "doc" for an OLE2 file, or raise for encrypted Word or other Office kinds.

    An OLE2 file whose directory cannot be read is still handed to LibreOffice
    as "doc": it is the only reader that might cope.
    """
    ole = _OleFile.open(fh)
    streams = _ole_streams(ole) if ole else {}
    if _OLE_ENCRYPTED_OOXML in streams:
        raise InputError(_ENCRYPTED_WORD)
    if _OLE_WORD_STREAM in streams:
        if ole and _word_stream_encrypted(ole, streams[_OLE_WORD_STREAM]):
            raise InputError(_ENCRYPTED_WORD)
        return "doc"
    for name, kind in _OLE_OTHER_STREAMS.items():
        if name in streams:
            raise InputError(f"{kind}, {_NOT_A_DOCUMENT}")
    return "doc"


class _OleFile:
    """Just enough of MS-CFB to list root-level stream names; reads sectors on demand."""

    def __init__(
        self, fh: BinaryIO, sector_size: int, dir_start: int, fat_sectors: tuple[int, ...]
    ) -> None:
        self.fh = fh
        self.sector_size = sector_size
        self.dir_start = dir_start
        self.fat_sectors = fat_sectors

    @classmethod
    def open(cls, fh: BinaryIO) -> _OleFile | None:
        """Return the file's directory reader, or None when the header is damaged."""
        fh.seek(0)
        header = fh.read(512)
        try:
            fields = _OLE_HEADER.unpack_from(header)
            count = min(fields[_OLE_FAT_COUNT], _OLE_DIFAT_IN_HEADER)
            fat_sectors = struct.unpack_from(f"<{count}I", header, _OLE_DIFAT_OFFSET)
        except struct.error:
            return None
        shift = fields[_OLE_SECTOR_SHIFT]
        if shift not in _OLE_SECTOR_SHIFTS:
            return None
        return cls(fh, 1 << shift, fields[_OLE_FIRST_DIR], fat_sectors)

    def sector(self, number: int) -> bytes:
        self.fh.seek((number + 1) * self.sector_size)
        return self.fh.read(self.sector_size)

    def next_sector(self, number: int) -> int:
        per_fat_sector = self.sector_size // 4
        index, slot = divmod(number, per_fat_sector)
        if index >= len(self.fat_sectors):
            return _OLE_END_OF_CHAIN
        fat = self.sector(self.fat_sectors[index])
        if len(fat) < (slot + 1) * 4:
            return _OLE_END_OF_CHAIN
        return int(struct.unpack_from("<I", fat, slot * 4)[0])


def _ole_streams(ole: _OleFile) -> dict[str, tuple[int, int]]:
    """Return stream name -> (start sector, size) from the first directory sectors."""
    streams: dict[str, tuple[int, int]] = {}
    number, seen = ole.dir_start, 0
    while number < _OLE_END_OF_CHAIN and seen < _OLE_MAX_DIR_SECTORS:
        data = ole.sector(number)
        for offset in range(0, len(data) - _OLE_DIR_ENTRY + 1, _OLE_DIR_ENTRY):
            entry = data[offset : offset + _OLE_DIR_ENTRY]
            name_len = min(struct.unpack_from("<H", entry, 64)[0], 64)
            name = entry[: max(name_len - 2, 0)].decode("utf-16-le", "replace")
            start, size = struct.unpack_from("<II", entry, 116)
            if entry[66] == _OLE_STREAM:
                streams[name] = (start, size)
        number, seen = ole.next_sector(number), seen + 1
    return streams


def _word_stream_encrypted(ole: _OleFile, stream: tuple[int, int]) -> bool:
    """Return True when the WordDocument stream's FIB says the document is encrypted."""
    start, size = stream
    if size < _OLE_MINI_CUTOFF or start >= _OLE_END_OF_CHAIN:
        return False
    fib = ole.sector(start)
    if len(fib) < _FIB_FLAGS_OFFSET + 2:
        return False
    magic, flags = (
        struct.unpack_from("<H", fib, 0)[0],
        struct.unpack_from("<H", fib, _FIB_FLAGS_OFFSET)[0],
    )
    return bool(magic == _WORD_FIB_MAGIC and flags & _FIB_ENCRYPTED)


def _describe_other(stripped: bytes, head: bytes) -> str:
    """Return a reason naming what a file that is none of the supported formats looks like."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return f"{kind}, {_NOT_A_DOCUMENT}"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return f"image file (WebP), {_NOT_A_DOCUMENT}"
    lowered = stripped[:200].lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return f"HTML page, {_NOT_A_DOCUMENT}"
    if lowered.startswith(b"<?xml"):
        return f"XML file, {_NOT_A_DOCUMENT}"
    if _looks_like_text(head):
        return f"plain text file, {_NOT_A_DOCUMENT}"
    return f"unrecognised binary file, {_NOT_A_DOCUMENT}"


def _looks_like_text(head: bytes) -> bool:
    """Return True when the bytes decode as text with few control characters."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 with a byte-order mark
    controls = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    if controls > _BINARY_CONTROL_SHARE * len(head):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the read boundary is still text.
        return exc.start >= len(head) - 3 or _latin_text(head)
    return True


def _latin_text(head: bytes) -> bool:
    """Return True for single-byte text (Windows-1252 and friends): no bytes 0x80-0x9F runs."""
    return sum(1 for byte in head if 0x80 <= byte < 0xA0) < _BINARY_CONTROL_SHARE * len(head)

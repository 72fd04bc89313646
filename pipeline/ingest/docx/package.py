"""Open a DOCX package safely: size and DTD checks before python-docx parses anything.

Before python-docx parses anything, the ZIP directory is checked against
`IngestOptions.max_part_mb` (per part, twice that in total, and a compression
ratio no document reaches), and every XML part's prolog is scanned for a DTD:
no Office part has one, so a DTD can only be an entity attack (XXE, "billion
laughs") and the file is refused. python-docx's own parser already sets
`resolve_entities=False` and lxml loads no DTD and touches no network by
default; the scan keeps that guarantee independent of library versions.
"""

from __future__ import annotations

import codecs
import zipfile
import zlib
from pathlib import Path
from typing import Any

from docx.opc.part import PartFactory
from docx.package import Package
from docx.parts.document import DocumentPart

from pipeline.errors import InputError, ResourceLimit
from pipeline.options import IngestOptions

_MB = 1 << 20
# python-docx keeps every part in memory, so the whole package gets a budget too.
_TOTAL_LIMIT_FACTOR = 2
# Real XML parts compress 5-50:1; deflate tops out near 1000:1 on a part of zeros.
_MAX_COMPRESSION_RATIO = 200
_RATIO_CHECK_BYTES = 16 * _MB  # small parts may compress well without harm
_MAX_PARTS = 10_000  # a document has tens of parts, a picture album hundreds
# The prolog (declaration, comments) precedes the root element; Office writes ~60 bytes.
_PROLOG_BYTES = 64 * 1024
_XML_PART_SUFFIXES = (".xml", ".rels")

# Word variants python-docx would refuse by content type only; their body is the same WML.
_EXTRA_MAIN_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def open_main_part(path: Path, options: IngestOptions) -> Any:
    """Return the main document part of a checked package, or raise `InputError`."""
    check_package(path, options)
    for content_type in _EXTRA_MAIN_TYPES:
        PartFactory.part_type_for.setdefault(content_type, DocumentPart)
    main = Package.open(str(path)).main_document_part
    if not isinstance(main, DocumentPart):
        raise InputError(f"not a Word document (main part is {main.content_type})")
    return main


def check_package(path: Path, options: IngestOptions) -> None:
    """Raise `ResourceLimit` or `InputError` if the ZIP could exhaust memory or smuggle a DTD."""
    limit = options.max_part_mb * _MB
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > _MAX_PARTS:
                raise ResourceLimit(f"DOCX has {len(infos)} parts (limit {_MAX_PARTS})")
            total = 0
            for info in infos:
                _check_part_size(info, limit, options.max_part_mb)
                total += info.file_size
            if total > limit * _TOTAL_LIMIT_FACTOR:
                raise ResourceLimit(
                    f"DOCX parts expand to {total / _MB:.0f} MB in total (limit "
                    f"{options.max_part_mb * _TOTAL_LIMIT_FACTOR} MB; --max-part-mb)"
                )
            for info in infos:
                if info.filename.lower().endswith(_XML_PART_SUFFIXES) and _declares_dtd(zf, info):
                    raise InputError(
                        "DOCX part contains a DTD/entity declaration (refused for safety)"
                    )
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise InputError(f"damaged DOCX (ZIP: {exc})") from None
    except OSError as exc:  # a member offset before the start of the file: seek fails
        raise InputError(f"damaged DOCX (ZIP: {exc.strerror or exc})") from None


def _check_part_size(info: zipfile.ZipInfo, limit: int, limit_mb: int) -> None:
    """Raise `ResourceLimit` for a part too big once expanded or compressed like a bomb.

    zipfile stops reading a part at its declared size (and fails the CRC), so the
    declared sizes checked here bound what python-docx can ever expand.
    """
    if info.file_size > limit:
        raise ResourceLimit(
            f"part {info.filename} expands to {info.file_size / _MB:.0f} MB "
            f"(limit {limit_mb} MB; --max-part-mb)"
        )
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > _RATIO_CHECK_BYTES and ratio > _MAX_COMPRESSION_RATIO:
        raise ResourceLimit(
            f"part {info.filename} compresses {ratio:.0f}:1 (limit {_MAX_COMPRESSION_RATIO}:1), "
            "a likely ZIP bomb"
        )


def _declares_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Return True if the part's prolog holds a declaration (<!DOCTYPE …) or is implausibly long.

    Only the prolog can hold a DTD, and it ends where the root element starts.
    """
    with zf.open(info) as fh:
        raw = fh.read(_PROLOG_BYTES)
    text = _decode_prolog(raw)
    pos = 0
    while (pos := text.find("<", pos)) >= 0:
        if text.startswith("<?", pos):
            end = text.find("?>", pos)
        elif text.startswith("<!--", pos):
            end = text.find("-->", pos)
        else:
            return text.startswith("<!", pos)  # the root element, or a declaration
        if end < 0:
            # Unterminated within the window: a prolog longer than any real part's is
            # hostile; a part that simply ends here is malformed and the parser says so.
            return len(raw) >= _PROLOG_BYTES
        pos = end
    return False


def _decode_prolog(raw: bytes) -> str:
    """Return the bytes as text in the encoding an XML parser would detect (UTF-8 or UTF-16)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", "replace")
    if raw.startswith(b"<\x00"):
        return raw.decode("utf-16-le", "replace")
    if raw.startswith(b"\x00<"):
        return raw.decode("utf-16-be", "replace")
    return raw.decode("utf-8", "replace")

"""Read any supported file into a `Document`.

`read_document` is the one boundary where library exceptions become
`InputError`s with a `path: reason` message. The format comes from the file's
bytes (`sniff`), never its name; each format maps to one reader in `_READERS`,
imported only when a file of that format turns up.
"""

from __future__ import annotations

import hashlib
import importlib
import stat
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from pipeline.document import Document, SourceInfo
from pipeline.errors import CasenotesError, InputError
from pipeline.language import guess_language
from pipeline.options import IngestOptions


class Reader(Protocol):
    def __call__(self, path: Path, options: IngestOptions, source: SourceInfo) -> Document: ...


# format -> "module:function"; legacy formats go through LibreOffice to DOCX.
_READERS: dict[str, str] = {
    "pdf": "pipeline.ingest.pdf:read_pdf",
    "docx": "pipeline.ingest.docx:read_docx",
    "doc": "pipeline.ingest.legacy:read_legacy",
    "rtf": "pipeline.ingest.legacy:read_legacy",
    "odt": "pipeline.ingest.legacy:read_legacy",
    "image": "pipeline.ingest.image:read_image",
}

_HASH_CHUNK = 1 << 20


def _reader_for(fmt: str) -> Reader:
    module, _, name = _READERS[fmt].partition(":")
    reader: Reader = getattr(importlib.import_module(module), name)
    return reader


def sha256_of(path: Path) -> str:
    """Return the hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def read_document(path: str | Path, options: IngestOptions | None = None) -> Document:
    """Return the document model of one file, or raise `InputError` naming the file and reason.

    The input is only ever opened for reading.
    """
    from pipeline.ingest.sniff import detect_format

    options = options or IngestOptions()
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror or exc}", path) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file", path)
    if info.st_size == 0:
        raise InputError("empty file (0 bytes)", path)
    fmt = "unknown"
    try:
        fmt = detect_format(path)
        source = SourceInfo(str(path), sha256_of(path), fmt, info.st_size, 0)
        doc = _reader_for(fmt)(path, options, source)
    except CasenotesError as exc:
        raise exc.with_path(path) from None
    except MemoryError:
        raise InputError("ran out of memory while reading", path) from None
    except RecursionError:
        raise InputError("structure nested too deeply (possible object loop)", path) from None
    except Exception as exc:  # noqa: BLE001 - the boundary: any library failure is a bad file
        first_line = (str(exc).strip().splitlines() or [""])[0][:200]
        raise InputError(
            f"cannot read {fmt} file ({type(exc).__name__}: {first_line})", path
        ) from None
    return replace(
        doc,
        source=replace(doc.source, page_count=len(doc.pages)),
        language=doc.language or guess_language(doc.text),
    )

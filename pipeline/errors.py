"""One root for every error casenotes raises on purpose.

Third-party exceptions are translated to these at the reader boundary
(`pipeline.ingest.read_document`), so every message a user sees reads
`path: reason` on one line.
"""

from __future__ import annotations

from pathlib import Path


class CasenotesError(Exception):
    """Base of all expected failures; `str()` is the one-line message."""

    def __init__(self, reason: str, path: str | Path | None = None) -> None:
        self.reason = " ".join(reason.split())  # one line, whatever the library said
        self.path = str(path) if path is not None else None
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason

    def with_path(self, path: str | Path) -> CasenotesError:
        """Return a copy of this error that names `path`."""
        return type(self)(self.reason, path)


class InputError(CasenotesError):
    """The file cannot be read: encrypted, truncated, empty, unsupported, hostile."""


class SchemaError(CasenotesError):
    """Schema data (shipped or from --schema-dir) is malformed."""


class DependencyMissing(CasenotesError):
    """An optional system tool (tesseract, soffice) is not installed."""


class ResourceLimit(InputError):
    """The file exceeds a configured limit (pages, part size, characters, time)."""

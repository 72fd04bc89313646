"""casenotes: social-work case notes into structured records.

The stable Python API (documented in the README, "Python API"):

- `read_document(path, IngestOptions()) -> Document`: one file into the document model;
- `extract_records(doc, ExtractOptions()) -> FileResult`: its records, validated;
  `FileResult.to_json()` is the contract object of `docs/contract.md`;
- `process_batch(inputs, RunConfig(out_dir=...)) -> RunSummary`: what the
  `casenotes process` command does, outputs and manifest included.

Importing the package loads nothing heavy: each name is imported from its
module on first use, and the stages import their libraries when first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from pipeline.version import __version__

# name -> the module that defines it; the one table of what the API is.
_API = {
    "read_document": "pipeline.ingest",
    "extract_records": "pipeline.extract.extractor",
    "process_batch": "pipeline.batch.run",
    "RunConfig": "pipeline.batch.run",
    "RunSummary": "pipeline.batch.summary",
    "Document": "pipeline.document",
    "FileResult": "pipeline.records",
    "FileFailure": "pipeline.records",
    "Record": "pipeline.records",
    "IngestOptions": "pipeline.options",
    "ExtractOptions": "pipeline.options",
    "OutputOptions": "pipeline.options",
    "CasenotesError": "pipeline.errors",
    "InputError": "pipeline.errors",
    "DependencyMissing": "pipeline.errors",
}
__all__ = [
    "CasenotesError",
    "DependencyMissing",
    "Document",
    "ExtractOptions",
    "FileFailure",
    "FileResult",
    "IngestOptions",
    "InputError",
    "OutputOptions",
    "Record",
    "RunConfig",
    "RunSummary",
    "__version__",
    "extract_records",
    "process_batch",
    "read_document",
]

if TYPE_CHECKING:
    from pipeline.batch.run import RunConfig, process_batch
    from pipeline.batch.summary import RunSummary
    from pipeline.document import Document
    from pipeline.errors import CasenotesError, DependencyMissing, InputError
    from pipeline.extract.extractor import extract_records
    from pipeline.ingest import read_document
    from pipeline.options import ExtractOptions, IngestOptions, OutputOptions
    from pipeline.records import FileFailure, FileResult, Record


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)

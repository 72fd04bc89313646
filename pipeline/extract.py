"""From a `Document` to the records it holds: the stages after ingestion, in order.

segment -> classify -> sections/fields -> normalise -> validate. Each stage
reads values and returns new ones; the document is never changed.
"""

from __future__ import annotations

from pipeline.document import Document
from pipeline.options import ExtractOptions
from pipeline.records import FileResult, Record
from pipeline.specs import SchemaSet


def extract_records(doc: Document, schemas: SchemaSet, options: ExtractOptions) -> FileResult:
    """Return the records found in `doc`, validated, in document order."""
    records = (
        Record(
            record_type="unknown",
            confidence=0.0,
            language=doc.language,
            pages=(1, max(1, len(doc.pages))),
            fields={},
        ),
    )
    return FileResult(
        path=doc.source.path,
        sha256=doc.source.sha256,
        format=doc.source.format,
        pages=len(doc.pages),
        ocr_pages=doc.ocr_pages,
        records=records,
        warnings=doc.warnings,
    )

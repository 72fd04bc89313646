"""The audit as CSV: one row per record, a file of aggregates, and a file of unreadable inputs.

Each is UTF-8 with a byte-order mark (so Excel on Windows reads it as UTF-8), a
header row and RFC 4180 quoting (CRLF line ends). Each is one table, as a
spreadsheet opens it: the unreadable inputs have no record, so they get their
own file rather than half-empty rows among the records.
Column names are fixed English identifiers whatever `--lang`; the label columns
carry the chosen language.

Records CSV (`report.csv`), one row per record in file order:
    file, record_index (0-based), record_type, record_type_label, worker, client
    (masked unless --show-names), date (ISO), month (YYYY-MM), complete (yes|no,
    or n/a for a document that is not a case note),
    status (complete|incomplete|needs_review|not_assessed),
    missing_required, missing_required_fields, missing_recommended,
    missing_recommended_fields, needs_review, needs_review_fields (labels /
    field names, each joined by "; ").

Summary CSV (`report.summary.csv`, beside it; see `summary_path`):
    section, key, label, record_type, count, total, share
    - total:         key complete_rate (count complete of total records), files,
                     unreadable_files, skipped_outputs (count only)
    - record_type:   key the type; count complete of total records of the type
    - worker, month: key the worker / YYYY-MM, empty for "not recorded" / "no date"
    - field_missing: key the field (`entries[].date` for nested fields) and its
                     record_type; count records missing it of total records of that type
`share` is count/total with 4 decimals, the same text as the HTML's data-value.
Records that are not case notes are in no count but `not_assessed` (total section).

Unreadable CSV (`report.unreadable.csv`, beside it; see `unreadable_path`):
    file, kind, reason — one row per line of the run's errors.jsonl, in its order
    (kind: input, dependency, timeout, memory, crash or skipped).

A text cell that starts with = + - @ (or a tab or CR) gets a leading apostrophe:
spreadsheets would run it as a formula, and the cells hold case data.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.reports.audit import AuditReport, FieldRef, Rate, format_share

RECORD_COLUMNS = (
    "file",
    "record_index",
    "record_type",
    "record_type_label",
    "worker",
    "client",
    "date",
    "month",
    "complete",
    "status",
    "missing_required",
    "missing_required_fields",
    "missing_recommended",
    "missing_recommended_fields",
    "needs_review",
    "needs_review_fields",
)
SUMMARY_COLUMNS = ("section", "key", "label", "record_type", "count", "total", "share")
SUMMARY_SUFFIX = ".summary.csv"
UNREADABLE_COLUMNS = ("file", "kind", "reason")
UNREADABLE_SUFFIX = ".unreadable.csv"
NOT_ASSESSED = "n/a"  # the complete column of a document that is not a case note
LIST_SEPARATOR = "; "  # labels may hold commas ("Rina Marlina, S.Tr.Sos."), never semicolons
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


CSV_BOM = "\ufeff"  # written first in CSV files, so spreadsheet programs read them as UTF-8


def summary_path(records_csv: Path) -> Path:
    """Return where the summary CSV goes: `report.csv` -> `report.summary.csv`."""
    return records_csv.with_name(records_csv.stem + SUMMARY_SUFFIX)


def unreadable_path(records_csv: Path) -> Path:
    """Return where the unreadable-inputs CSV goes: `report.csv` -> `report.unreadable.csv`."""
    return records_csv.with_name(records_csv.stem + UNREADABLE_SUFFIX)


def _safe(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_safe(v) if isinstance(v, str) else v for v in row])
    return buffer.getvalue()


def _joined(refs: Sequence[FieldRef], attribute: str) -> str:
    return LIST_SEPARATOR.join(getattr(ref, attribute) for ref in refs)


def render_records_csv(report: AuditReport) -> str:
    """Return the records CSV: the header and one row per record."""
    return _csv(
        RECORD_COLUMNS,
        (
            (
                row.file,
                row.record_index,
                row.record_type,
                row.type_label,
                row.worker or "",
                row.client or "",
                row.date or "",
                row.month or "",
                ("yes" if row.complete else "no") if row.assessed else NOT_ASSESSED,
                row.status,
                _joined(row.missing_required, "label"),
                _joined(row.missing_required, "name"),
                _joined(row.missing_recommended, "label"),
                _joined(row.missing_recommended, "name"),
                _joined(row.needs_review, "label"),
                _joined(row.needs_review, "name"),
            )
            for row in report.rows
        ),
    )


def _rate_rows(section: str, rates: Sequence[Rate]) -> list[tuple[object, ...]]:
    return [
        (section, rate.key or "", rate.label or "", rate.key if section == "record_type" else "",
         rate.complete, rate.records, format_share(rate.share))
        for rate in rates
    ]  # fmt: skip


def render_summary_csv(report: AuditReport) -> str:
    """Return the summary CSV: totals, the three rate groupings, then field gaps."""
    total = report.total
    rows: list[tuple[object, ...]] = [
        (
            "total",
            "complete_rate",
            "",
            "",
            total.complete,
            total.records,
            format_share(total.share),
        ),
        ("total", "files", "", "", report.files, "", ""),
        ("total", "unreadable_files", "", "", report.unreadable, "", ""),
        ("total", "not_assessed", "", "", report.not_assessed, "", ""),
        ("total", "skipped_outputs", "", "", len(report.skipped), "", ""),
    ]
    rows += _rate_rows("record_type", report.by_type)
    rows += _rate_rows("worker", report.by_worker)
    rows += _rate_rows("month", report.by_month)
    rows += [
        ("field_missing", gap.key, gap.label, gap.record_type, gap.missing, gap.records,
         format_share(gap.share))
        for gap in report.field_gaps
    ]  # fmt: skip
    return _csv(SUMMARY_COLUMNS, rows)


def render_unreadable_csv(report: AuditReport) -> str:
    """Return the unreadable-inputs CSV: the header and one row per failure of the run."""
    return _csv(UNREADABLE_COLUMNS, ((f.path, f.kind, f.reason) for f in report.failures))

"""A small run output written by hand in the shape of the output contract, for the audit tests.

`write_out_dir` writes the tree below and returns its root; the numbers the
audit must find in it are module constants, worked out by hand from these
records (not by calling the audit), so the tests compare against independent
figures.

    out/a/pr1.json        process_record  Rina Marlina  Budi Santoso      2024-03-05  complete
    out/a/pr2.json        process_record  Rina Marlina  Ibu Sri Wahyuni   2024-03-20  incomplete
    out/b/case.json       case_record     Andi Wijaya   Siti Aminah       2024-02-10  complete
                          process_record  andi  wijaya  Siti Aminah       2024-02-12  incomplete
    out/b/log.json        daily_log       Rina Marlina  Budi Santoso      2024-03-01  incomplete
    out/agency.json       agency_record   -             -                 (founded 1998) complete
    out/unknown.json      unknown         -             -                 -           (not a case note)
    out/errors.jsonl      one unreadable input
    out/.casenotes/x.json run state, never read
    out/notes.txt         not an output, never read
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FILES = 6
RECORDS = 7
CASE_NOTES = 6  # records with a completeness: the unknown document has none
COMPLETE = 3
UNREADABLE = 1
# record type -> (complete, records)
BY_TYPE = {
    "agency_record": (1, 1),
    "case_record": (1, 1),
    "daily_log": (0, 1),
    "process_record": (1, 3),
}
# worker key (case folded) -> (label, complete, records); None: no worker named
BY_WORKER = {
    "andi wijaya": ("Andi Wijaya", 1, 2),
    "rina marlina": ("Rina Marlina", 1, 3),
    None: (None, 1, 1),
}
# The agency record's founding date is no casework month: its type names no main date.
BY_MONTH = {"2024-02": (1, 2), "2024-03": (1, 3)}
# (record type, field key) -> (missing, records of the type)
FIELD_MISSING = {
    ("process_record", "conclusion"): (2, 3),
    ("process_record", "location"): (2, 3),
    ("process_record", "introduction"): (1, 3),
    ("process_record", "worker_reflection"): (1, 3),
    ("process_record", "interview_date"): (0, 3),
    ("daily_log", "entries[].duration_minutes"): (1, 1),
    ("daily_log", "entries[].client_name"): (1, 1),
    ("daily_log", "worker_name"): (0, 1),
    ("case_record", "date_closed"): (0, 1),
}
HOSTILE_WORKER = '<script>alert("x")</script> & Co'


def _doc(path: str, *records: dict[str, Any]) -> dict[str, Any]:
    return {
        "contract_version": "1",
        "source": {"path": path, "sha256": "0" * 64, "format": "pdf", "pages": 1, "ocr_pages": []},
        "records": list(records),
        "warnings": [],
    }


def _record(
    record_type: str,
    fields: dict[str, Any],
    required: tuple[str, ...] = (),
    recommended: tuple[str, ...] = (),
) -> dict[str, Any]:
    return {
        "record_type": record_type,
        "confidence": 0.9,
        "language": "id",
        "pages": [1, 1],
        "fields": fields,
        "evidence": {},
        "missing_required": list(required),
        "missing_recommended": list(recommended),
        "complete": not required,
        "unmatched": [],
    }


def contract_docs() -> dict[str, dict[str, Any]]:
    """Return output path (under OUT) -> contract JSON of the run described above."""
    return {
        "a/pr1.json": _doc(
            "in/a/pr1.pdf",
            _record(
                "process_record",
                {"worker_name": "Rina Marlina", "client_name": "Budi Santoso",
                 "interview_date": "2024-03-05"},
                recommended=("location",),
            ),
        ),
        "a/pr2.json": _doc(
            "in/a/pr2.pdf",
            _record(
                "process_record",
                {"worker_name": "Rina Marlina", "client_name": "Ibu Sri Wahyuni",
                 "interview_date": "2024-03-20"},
                required=("conclusion",),
                recommended=("location", "worker_reflection"),
            ),
        ),
        "b/case.json": _doc(
            "in/b/case.pdf",
            _record(
                "case_record",
                {"worker_name": "Andi Wijaya", "client_name": "Siti Aminah",
                 "date_opened": "2024-02-10"},
            ),
            _record(
                "process_record",
                {"worker_name": "andi  wijaya", "client_name": "Siti Aminah",
                 "interview_date": "2024-02-12"},
                required=("introduction", "conclusion"),
            ),
        ),
        "b/log.json": _doc(
            "in/b/log.docx",
            _record(
                "daily_log",
                {"worker_name": "Rina Marlina",
                 "entries": [
                     {"date": "2024-03-01", "time": "09:00", "duration_minutes": 30,
                      "description": "Kunjungan rumah", "client_name": "Budi Santoso"},
                     {"date": "2024-03-02", "time": "10:00", "description": "Telepon"},
                 ]},
                required=("entries[1].duration_minutes",),
                recommended=("entries[1].client_name",),
            ),
        ),
        "agency.json": _doc(
            "in/agency.pdf",
            _record("agency_record", {"agency_name": "LKS Harapan", "founding_date": "1998-05-01"}),
        ),
        "unknown.json": _doc("in/unknown.pdf", _record("unknown", {})),
    }  # fmt: skip


def write_out_dir(root: Path) -> Path:
    """Write the run output described in the module docstring under `root`; return `root`."""
    for relative, doc in contract_docs().items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    (root / "errors.jsonl").write_text(
        json.dumps({"path": "in/broken.pdf", "reason": "encrypted", "kind": "input"}) + "\n",
        encoding="utf-8",
    )
    state = root / ".casenotes"
    state.mkdir()
    (state / "x.json").write_text("{not json", encoding="utf-8")
    (root / "notes.txt").write_text("not an output", encoding="utf-8")
    return root

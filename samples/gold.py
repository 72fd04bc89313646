"""Gold annotations: the output-contract JSON a perfect pipeline would write for a sample.

The gold is read off the same plain data the renderers draw, never off the
rendered file, so it always says what the document says. The field levels below
restate /work/shared/spec/records.md; samples must not import the pipeline, so the
gold stays an independent ground truth.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from samples.values import (
    DS,
    Bullets,
    D,
    DatedEntries,
    Dialogue3,
    E,
    EntryTable,
    Missing,
    N,
    Period,
    fold,
)

CONTRACT_VERSION = "1"
PAGEBREAK = "PAGEBREAK"  # a section-list entry that starts a new page

SPEC: dict[str, dict[str, tuple[str, ...]]] = {
    "process_record": {
        "required": (
            "client_name",
            "worker_name",
            "interview_date",
            "introduction",
            "interview_narrative",
            "conclusion",
        ),
        "recommended": (
            "case_number",
            "location",
            "interview_purpose",
            "nonverbal_observations",
            "worker_reflection",
        ),
        "optional": ("agency_name", "session_number", "supervisor_comments", "next_steps"),
    },
    "summarized_process_record": {
        "required": ("client_name", "worker_name", "interview_dates", "summary"),
        "recommended": ("case_number", "conclusion", "next_steps"),
        "optional": ("agency_name", "location", "introduction"),
    },
    "summarized_record": {
        "required": (
            "case_number",
            "client_name",
            "worker_name",
            "period_start",
            "period_end",
            "case_summary",
        ),
        "recommended": ("reports_summarized", "current_situation", "plan"),
        "optional": ("agency_name",),
    },
    "case_record": {
        "required": (
            "case_number",
            "client_name",
            "worker_name",
            "date_opened",
            "client_identity",
            "presenting_problem",
            "social_environment",
            "assessment",
            "intervention_plan",
        ),
        "recommended": (
            "referral_source",
            "case_status",
            "interventions",
            "evaluation",
            "attachments",
            "confidentiality",
        ),
        "optional": (
            "date_closed",
            "termination",
            "agency_name",
            "client_birth_date",
            "client_sex",
            "client_address",
        ),
    },
    "daily_log": {
        "required": ("worker_name", "entries"),
        "recommended": (),
        "optional": ("agency_name",),
    },
    "agency_record": {
        "required": (
            "agency_name",
            "address",
            "work_program",
            "service_procedures",
            "organizational_structure",
            "service_authority",
            "founding_date",
            "funding_sources",
            "legal_basis",
            "agency_nature",
        ),
        "recommended": (
            "policies",
            "service_process",
            "recording_and_reporting",
            "functional_areas",
            "special_limits",
            "professional_staff",
            "admin_staff",
        ),
        "optional": (),
    },
    "unknown": {"required": (), "recommended": (), "optional": ()},
}
CLOSED_REQUIRED = ("date_closed", "interventions", "evaluation", "termination")
ENTRY_REQUIRED = ("date", "time", "duration_minutes", "description")
ENTRY_RECOMMENDED = ("client_name",)
LIST_FIELDS = ("reports_summarized", "attachments")
UNKNOWN_CONFIDENCE = 0.0  # the contract wants unknown below 0.5; a sure type gets 1.0


def field_order(rtype: str) -> tuple[str, ...]:
    spec = SPEC[rtype]
    return spec["required"] + spec["recommended"] + spec["optional"]


def _paragraphs(body: list[Any]) -> list[str]:
    """Return the paragraphs of a section body: strings as they are, list items unmarked."""
    out: list[str] = []
    for part in body:
        if isinstance(part, Bullets):
            out.extend(fold(i) for i in part.items)
        else:
            out.append(fold(part))
    return [p for p in out if p]


def entries_gold(body: EntryTable | DatedEntries) -> list[dict[str, Any]]:
    out = []
    for e in body.entries:
        item: dict[str, Any] = {"date": e.date}
        if e.time is not None:
            item["time"] = e.time
        if e.minutes is not None:
            item["duration_minutes"] = e.minutes
        item["description"] = fold(e.description)
        if e.client:
            item["client_name"] = e.client
        out.append(item)
    return out


def _put(fields: dict[str, Any], name: str, value: Any) -> None:
    if name in fields:
        raise ValueError(f"field {name} given twice")
    fields[name] = value


def _header_value(fields: dict[str, Any], name: str, value: Any) -> None:
    if isinstance(value, Missing):
        return
    if isinstance(value, Period):
        _put(fields, "period_start", value.start)
        _put(fields, "period_end", value.end)
    elif isinstance(value, D | DS | E | N):
        _put(fields, name, value.gold())
    elif isinstance(value, str):
        if fold(value):
            _put(fields, name, fold(value))
    else:
        raise TypeError(f"{name}: unexpected header value {value!r}")


def _section_value(fields: dict[str, Any], name: str, body: Any) -> None:
    if isinstance(body, Missing):
        return
    if isinstance(body, Dialogue3):
        dialogue = [fold(r[0]) for r in body.rows if fold(r[0])]
        reflection = [fold(r[1]) for r in body.rows if fold(r[1])]
        reflection += [fold(r[2]) for r in body.rows if fold(r[2])]
        if dialogue:
            _put(fields, "interview_narrative", "\n".join(dialogue))
        if reflection:
            _put(fields, "worker_reflection", "\n".join(reflection))
    elif isinstance(body, EntryTable | DatedEntries):
        if body.entries:
            _put(fields, "entries", entries_gold(body))
    elif isinstance(body, list):
        paras = _paragraphs(body)
        if not paras:
            return
        _put(fields, name, paras if name in LIST_FIELDS else "\n".join(paras))
    else:
        raise TypeError(f"{name}: unexpected section body {body!r}")


def record_fields(rec: dict[str, Any], letterhead_agency: str | None = None) -> dict[str, Any]:
    """Return the gold `fields` of one record, in the spec's field order.

    `letterhead_agency` is the agency's own letterhead line, the fallback for `agency_name`.
    """
    fields: dict[str, Any] = {}
    if rec["type"] == "unknown":
        return fields
    for name, _label, value in rec.get("header", ()):
        if name:
            _header_value(fields, name, value)
    if letterhead_agency and "agency_name" not in fields:
        fields["agency_name"] = letterhead_agency
    if rec.get("marking"):
        _put(fields, "confidentiality", rec["marking"])
    for section in rec.get("sections", ()):
        if section == PAGEBREAK:
            continue
        name, _heading, body = section
        if name:
            _section_value(fields, name, body)
    order = field_order(rec["type"])
    unknown = set(fields) - set(order)
    if unknown:
        raise ValueError(f"{rec['type']}: fields outside the spec {sorted(unknown)}")
    return {k: fields[k] for k in order if k in fields}


def missing_lists(rtype: str, fields: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Return (missing_required, missing_recommended) for a record's gold fields."""
    spec = SPEC[rtype]
    required = list(spec["required"])
    recommended = list(spec["recommended"])
    if rtype == "case_record" and (
        fields.get("case_status") == "closed" or "date_closed" in fields
    ):
        required += [f for f in CLOSED_REQUIRED if f not in required]
        recommended = [f for f in recommended if f not in CLOSED_REQUIRED]
    miss_req = [f for f in required if f not in fields]
    miss_rec = [f for f in recommended if f not in fields]
    if rtype == "daily_log":
        for i, entry in enumerate(fields.get("entries", ())):
            miss_req += [f"entries[{i}].{f}" for f in ENTRY_REQUIRED if f not in entry]
            miss_rec += [f"entries[{i}].{f}" for f in ENTRY_RECOMMENDED if f not in entry]
    return miss_req, miss_rec


def record_gold(
    rec: dict[str, Any], lang: str, pages: tuple[int, int], letterhead_agency: str | None = None
) -> dict[str, Any]:
    fields = record_fields(rec, letterhead_agency)
    miss_req, miss_rec = missing_lists(rec["type"], fields)
    return {
        "record_type": rec["type"],
        "confidence": UNKNOWN_CONFIDENCE if rec["type"] == "unknown" else 1.0,
        "language": rec.get("lang", lang),
        "pages": list(pages),
        "fields": fields,
        "evidence": {},
        "missing_required": miss_req,
        "missing_recommended": miss_rec,
        "complete": not miss_req,
        "unmatched": [],
    }


def file_gold(
    doc: dict[str, Any],
    rel_path: str,
    data: bytes,
    fmt: str,
    pages: int,
    record_pages: list[tuple[int, int]],
    scanned: bool,
) -> dict[str, Any]:
    """Return the whole gold JSON for one generated file."""
    return {
        "contract_version": CONTRACT_VERSION,
        "source": {
            "path": rel_path,
            "sha256": hashlib.sha256(data).hexdigest(),
            "format": fmt,
            "pages": pages,
            "ocr_pages": list(range(1, pages + 1)) if scanned else [],
        },
        "records": [
            record_gold(rec, doc["lang"], rp, letterhead_agency(doc))
            for rec, rp in zip(doc["records"], record_pages, strict=True)
        ],
        "warnings": [],
    }


def letterhead_agency(doc: dict[str, Any]) -> str | None:
    """Return the agency's own line of the document's letterhead (its last organisation line)."""
    head = doc.get("letterhead")
    return head["lines"][-1] if head else None


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()

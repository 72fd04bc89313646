# ruff: noqa  (written by an independent author; kept as written so the corpus regenerates byte-identically)
"""Record types and field levels, transcribed by hand from docs/contract.md (v1.1).

Shared by make.py (to derive the missing lists of the gold) and check_gold.py
(to re-derive and verify them).
"""

CONTRACT_VERSION = "1.1"

HEADER = ["case_number", "client_name", "worker_name", "agency_name"]

# kind of every field (contract "Kinds")
KINDS = {
    "case_number": "text", "client_name": "text", "worker_name": "text", "agency_name": "text",
    # process_record
    "interview_date": "date", "introduction": "narrative", "interview_narrative": "narrative",
    "conclusion": "narrative", "location": "text", "interview_purpose": "narrative",
    "nonverbal_observations": "narrative", "worker_reflection": "narrative",
    "session_number": "integer", "supervisor_comments": "narrative", "next_steps": "narrative",
    # summarized_process_record
    "interview_dates": "dates", "summary": "narrative",
    # summarized_record
    "period_start": "date", "period_end": "date", "case_summary": "narrative",
    "reports_summarized": "list", "current_situation": "narrative", "plan": "narrative",
    # case_record
    "date_opened": "date", "client_identity": "narrative", "presenting_problem": "narrative",
    "social_environment": "narrative", "assessment": "narrative", "intervention_plan": "narrative",
    "date_closed": "date", "interventions": "narrative", "evaluation": "narrative",
    "termination": "narrative", "referral_source": "text", "case_status": "enum",
    "attachments": "list", "confidentiality": "text", "client_birth_date": "date",
    "client_sex": "text", "client_address": "text",
    # daily_log
    "entries": "entries",
    # agency_record
    "address": "text", "work_program": "narrative", "service_procedures": "narrative",
    "organizational_structure": "narrative", "service_authority": "enum",
    "founding_date": "date", "funding_sources": "narrative", "legal_basis": "narrative",
    "agency_nature": "enum", "policies": "narrative", "service_process": "narrative",
    "recording_and_reporting": "narrative", "functional_areas": "narrative",
    "special_limits": "narrative", "professional_staff": "narrative", "admin_staff": "narrative",
}

ENUMS = {
    "case_status": ["open", "closed"],
    "agency_nature": ["institutional", "semi_institutional", "non_institutional"],
    "service_authority": ["district", "province", "national", "international"],
}

ENTRY_KINDS = {"date": "date", "time": "time", "duration_minutes": "integer",
               "description": "narrative", "client_name": "text"}
ENTRY_REQUIRED = ["date", "time", "duration_minutes", "description"]
ENTRY_RECOMMENDED = ["client_name"]

TYPES = {
    "process_record": {
        "required": ["client_name", "worker_name", "interview_date", "introduction",
                     "interview_narrative", "conclusion"],
        "recommended": ["case_number", "location", "interview_purpose",
                        "nonverbal_observations", "worker_reflection"],
        "optional": ["agency_name", "session_number", "supervisor_comments", "next_steps"],
    },
    "summarized_process_record": {
        "required": ["client_name", "worker_name", "interview_dates", "summary"],
        "recommended": ["case_number", "conclusion", "next_steps"],
        "optional": ["agency_name", "location", "introduction"],
    },
    "summarized_record": {
        "required": ["case_number", "client_name", "worker_name", "period_start",
                     "period_end", "case_summary"],
        "recommended": ["reports_summarized", "current_situation", "plan"],
        "optional": ["agency_name"],
    },
    "case_record": {
        "required": ["case_number", "client_name", "worker_name", "date_opened",
                     "client_identity", "presenting_problem", "social_environment",
                     "assessment", "intervention_plan"],
        "required_if_closed": ["date_closed", "interventions", "evaluation", "termination"],
        "recommended": ["referral_source", "case_status", "interventions", "evaluation",
                        "attachments", "confidentiality"],
        "optional": ["agency_name", "client_birth_date", "client_sex", "client_address"],
    },
    "daily_log": {
        "required": ["worker_name", "entries"],
        "recommended": [],
        "optional": ["agency_name"],
    },
    "agency_record": {
        "required": ["agency_name", "address", "work_program", "service_procedures",
                     "organizational_structure", "service_authority", "founding_date",
                     "funding_sources", "legal_basis", "agency_nature"],
        "recommended": ["policies", "service_process", "recording_and_reporting",
                        "functional_areas", "special_limits", "professional_staff",
                        "admin_staff"],
        "optional": [],
    },
}

RECORD_TYPES = list(TYPES) + ["unknown"]
FORMATS = ["pdf", "docx", "doc", "rtf", "odt", "image"]
STATUSES = ["complete", "incomplete", "needs_review", "not_assessed"]


def field_names(rtype):
    if rtype == "unknown":
        names = set()
        for t in TYPES:
            names |= set(field_names(t))
        return sorted(names)
    t = TYPES[rtype]
    return list(dict.fromkeys(t["required"] + t.get("required_if_closed", []) +
                              t["recommended"] + t["optional"]))


def is_closed(rtype, fields):
    return rtype == "case_record" and (fields.get("case_status") == "closed"
                                        or "date_closed" in fields)


def missing_lists(rtype, fields):
    """(missing_required, missing_recommended) as the contract defines them."""
    if rtype == "unknown":
        return [], []
    t = TYPES[rtype]
    req = list(t["required"])
    rec = list(t["recommended"])
    if is_closed(rtype, fields):
        for f in t["required_if_closed"]:
            if f not in req:
                req.append(f)
        rec = [f for f in rec if f not in req]
    mreq = [f for f in req if f not in fields]
    mrec = [f for f in rec if f not in fields]
    if rtype == "daily_log" and fields.get("entries"):
        for i, e in enumerate(fields["entries"]):
            mreq += ["entries[%d].%s" % (i, k) for k in ENTRY_REQUIRED if k not in e]
            mrec += ["entries[%d].%s" % (i, k) for k in ENTRY_RECOMMENDED if k not in e]
    return mreq, mrec

# ruff: noqa  (written by an independent author; kept as written so the corpus regenerates byte-identically)
"""Self-check of the eleventh corpus gold files.

Usage: python check_gold.py OUTDIR [SPEC]
 * every gold file parses, has the envelope keys, sha256 matches the note file;
 * every field name exists in records.md for its record type (unknown: any
   schema's field); daily-log entry keys are the contract's entry subfields;
 * missing lists never share a field; status not_assessed for unknown;
 * for born-digital files (docx, text pdf) every text/narrative/list value
   (each narrative paragraph) occurs in the document text (whitespace folded).
"""
import hashlib
import json
import os
import re
import sys

SPEC = "/work/shared/spec/records.md"
ENTRY_KEYS = {"date", "time", "duration_minutes", "description", "client_name"}
NOT_TEXT = {"interview_date", "date_opened", "date_closed", "period_start", "period_end",
            "client_birth_date", "founding_date", "interview_dates", "session_number",
            "case_status", "agency_nature", "service_authority", "entries"}


def spec_fields(path):
    txt = open(path, encoding="utf-8").read()
    header = set(re.findall(r"`([a-z_]+)`", txt.split("## Header fields", 1)[1].split("\n## ", 1)[0]))
    out = {}
    for m in re.finditer(r"^## ([a-z_]+) — .*?$(.*?)(?=^## )", txt, re.S | re.M):
        rt, body = m.group(1), m.group(2)
        names = set(re.findall(r"`([a-z_]+)`", body))
        names -= {"open", "closed", "institutional", "semi_institutional", "non_institutional"}
        if rt != "agency_record":
            names |= header
        out[rt] = names
    out["unknown"] = set().union(*out.values())
    return out


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return fold("\n".join(parts))
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    parts = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        parts.append(tp.get_text_range())
    return fold("\n".join(parts))


def main():
    out = sys.argv[1]
    spec = sys.argv[2] if len(sys.argv) > 2 else SPEC
    known = spec_fields(spec)
    errors, nrec, nval = [], 0, 0
    notes = sorted(os.listdir(os.path.join(out, "notes")))
    for name in notes:
        gp = os.path.join(out, "gold", name + ".json")
        np_ = os.path.join(out, "notes", name)
        try:
            g = json.load(open(gp, encoding="utf-8"))
        except Exception as e:  # noqa
            errors.append("%s: gold does not parse: %s" % (name, e)); continue
        for k in ("contract_version", "source", "records", "warnings"):
            if k not in g:
                errors.append("%s: envelope lacks %s" % (name, k))
        src = g["source"]
        if src["path"] != "notes/" + name:
            errors.append("%s: source.path" % name)
        if src["sha256"] != hashlib.sha256(open(np_, "rb").read()).hexdigest():
            errors.append("%s: sha256 mismatch" % name)
        scanned = "pages" in src
        text = None if scanned else doc_text(np_)
        for ri, r in enumerate(g["records"]):
            nrec += 1
            rt = r["record_type"]
            if rt not in known:
                errors.append("%s[%d]: unknown record_type %s" % (name, ri, rt)); continue
            if r.get("language") not in ("id", "en"):
                errors.append("%s[%d]: language" % (name, ri))
            if rt == "unknown" and r.get("status") != "not_assessed":
                errors.append("%s[%d]: unknown without not_assessed" % (name, ri))
            mr, mo = r.get("missing_required", []), r.get("missing_recommended", [])
            if set(mr) & set(mo):
                errors.append("%s[%d]: field in both missing lists" % (name, ri))
            for fld, val in r["fields"].items():
                if fld not in known[rt]:
                    errors.append("%s[%d]: field %s not in spec for %s" % (name, ri, fld, rt))
                if fld in mr or fld in mo:
                    errors.append("%s[%d]: %s both present and missing" % (name, ri, fld))
                if fld == "entries":
                    for ei, e in enumerate(val):
                        nval += len(e)
                        bad = set(e) - ENTRY_KEYS
                        if bad:
                            errors.append("%s[%d]: entry %d keys %s" % (name, ri, ei, bad))
                        if "time" in e and not re.fullmatch(r"\d\d:\d\d", e["time"]):
                            errors.append("%s[%d]: entry %d time" % (name, ri, ei))
                        if "date" in e and not re.fullmatch(r"\d{4}-\d\d-\d\d", e["date"]):
                            errors.append("%s[%d]: entry %d date" % (name, ri, ei))
                        if text is not None:
                            for k in ("description", "client_name"):
                                if k in e and fold(e[k]) not in text:
                                    errors.append("%s[%d]: entry %d %s not in text" % (name, ri, ei, k))
                    continue
                nval += 1
                if fld in ("interview_date", "date_opened", "date_closed", "period_start",
                           "period_end", "client_birth_date", "founding_date"):
                    if not re.fullmatch(r"\d{4}-\d\d-\d\d", val):
                        errors.append("%s[%d]: %s not ISO" % (name, ri, fld))
                if text is None or fld in NOT_TEXT:
                    continue
                vals = val if isinstance(val, list) else str(val).split("\n\n")
                for v in vals:
                    if fold(v) not in text:
                        errors.append("%s[%d]: %s value not in text: %r" % (name, ri, fld, v[:60]))
    for e in errors:
        print("ERROR", e)
    print("%d files, %d records, %d labelled values, %d errors" % (len(notes), nrec, nval, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

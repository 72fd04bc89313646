#!/usr/bin/env python3
# ruff: noqa  (written by an independent author; kept as written so the corpus regenerates byte-identically)
"""Check a built corpus: python check_gold.py OUT [--ocr]

For every OUT/gold/<file>.json:
  * parses; follows the contract v1.1 envelope (source, records, warnings; every
    record key; enums; status/complete consistency; pages within the file);
  * source.sha256 equals the sha256 of OUT/<source.path>; format and page count
    match the file; ocr_pages is empty for born-digital files and lists every
    page for scans and images; scanned PDFs really have no text layer;
  * every field name exists for the record type (any known field for `unknown`),
    values have the right kind (ISO dates, HH:MM, integers, enum words, lists);
  * missing_required / missing_recommended equal what the contract derives from
    the fields (closed-case rule, entries[i].x paths), never overlap;
  * born-digital files (DOCX, text PDF): every text / narrative / list value
    (and every entry description / client name) occurs in the document text,
    whitespace folded; narratives are checked paragraph by paragraph.
With --ocr, also runs tesseract on scans and images and reports the share of
gold words that OCR recovers (informative only, never fails).
"""
import datetime
import glob
import hashlib
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import spec  # noqa: E402

REC_KEYS = ["record_type", "confidence", "language", "pages", "fields", "evidence", "alternatives",
            "missing_required", "missing_recommended", "needs_review", "status", "complete",
            "unmatched"]
errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


def fold(t):
    return re.sub(r"\s+", " ", t).strip()


def iso_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        datetime.date.fromisoformat(v)
        return True
    except ValueError:
        return False


# ----------------------------------------------------------------- text layers
def docx_text(path):
    import docx
    d = docx.Document(path)
    out = []

    def walk_cells(tbl):
        for row in tbl.rows:
            for c in row.cells:
                for p in c.paragraphs:
                    out.append(p.text)
                for t in c.tables:
                    walk_cells(t)

    body = d.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(child, d).text)
        elif tag == "tbl":
            walk_cells(Table(child, d))
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part.paragraphs:
                out.append(p.text)
            for t in part.tables:
                walk_cells(t)
    return "\n".join(out)


def pdf_texts(path):
    texts = []
    try:
        from pypdf import PdfReader
        texts.append("\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages))
    except Exception as e:  # pragma: no cover
        texts.append("")
        print("pypdf failed on %s: %s" % (path, e))
    try:
        from pdfminer.high_level import extract_text
        texts.append(extract_text(path))
    except Exception as e:  # pragma: no cover
        print("pdfminer failed on %s: %s" % (path, e))
    try:
        texts.append(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout)
    except Exception:
        pass
    return texts


def pdf_pages(path):
    from pypdf import PdfReader
    return len(PdfReader(path).pages)


def image_pages(path):
    from PIL import Image
    im = Image.open(path)
    return getattr(im, "n_frames", 1)


# ----------------------------------------------------------------- checks
def check_value(name, rtype, f, v):
    kind = spec.KINDS.get(f)
    if kind == "date":
        if not iso_date(v):
            err(name, "%s: not an ISO date: %r" % (f, v))
    elif kind == "dates":
        if not (isinstance(v, list) and v and all(iso_date(x) for x in v)):
            err(name, "%s: not a non-empty list of ISO dates: %r" % (f, v))
    elif kind == "integer":
        if not isinstance(v, int) or isinstance(v, bool):
            err(name, "%s: not an integer: %r" % (f, v))
    elif kind == "enum":
        if v not in spec.ENUMS[f]:
            err(name, "%s: %r not in %s" % (f, v, spec.ENUMS[f]))
    elif kind == "list":
        if not (isinstance(v, list) and v and all(isinstance(x, str) and x.strip() for x in v)):
            err(name, "%s: not a non-empty list of strings" % f)
    elif kind in ("text", "narrative"):
        if not (isinstance(v, str) and v.strip()):
            err(name, "%s: empty or not a string" % f)
        if kind == "text" and "\n" in v:
            err(name, "%s: text value spans lines" % f)
    elif kind == "entries":
        if not (isinstance(v, list) and v):
            err(name, "entries: must be a non-empty list")
            return
        for i, e in enumerate(v):
            if not isinstance(e, dict):
                err(name, "entries[%d] not an object" % i)
                continue
            for k, ev in e.items():
                ek = spec.ENTRY_KINDS.get(k)
                if ek is None:
                    err(name, "entries[%d]: unknown key %s" % (i, k))
                elif ek == "date" and not iso_date(ev):
                    err(name, "entries[%d].date not ISO: %r" % (i, ev))
                elif ek == "time" and not (isinstance(ev, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", ev)):
                    err(name, "entries[%d].time not HH:MM: %r" % (i, ev))
                elif ek == "integer" and not (isinstance(ev, int) and ev > 0):
                    err(name, "entries[%d].duration_minutes not a positive integer: %r" % (i, ev))
                elif ek in ("narrative", "text") and not (isinstance(ev, str) and ev.strip()):
                    err(name, "entries[%d].%s empty" % (i, k))
    else:
        err(name, "unknown field %s" % f)


def text_values(fields):
    """(field path, string) pairs that must occur verbatim in a born-digital document."""
    for f, v in fields.items():
        kind = spec.KINDS.get(f)
        if kind in ("text", "narrative"):
            for part in v.split("\n"):
                if part.strip():
                    yield f, part
        elif kind == "list":
            for i, x in enumerate(v):
                yield "%s[%d]" % (f, i), x
        elif kind == "entries":
            for i, e in enumerate(v):
                for k in ("description", "client_name"):
                    if k in e:
                        for part in e[k].split("\n"):
                            if part.strip():
                                yield "entries[%d].%s" % (i, k), part


def check_file(out, gpath, ocr, ocr_report):
    name = os.path.basename(gpath)
    try:
        with open(gpath, encoding="utf-8") as fh:
            g = json.load(fh)
    except Exception as e:
        err(name, "does not parse: %s" % e)
        return
    for k in ("contract_version", "source", "records", "warnings"):
        if k not in g:
            err(name, "envelope key missing: %s" % k)
            return
    extra = set(g) - {"contract_version", "source", "records", "warnings"}
    if extra:
        err(name, "unexpected envelope keys %s" % sorted(extra))
    if g["contract_version"] != spec.CONTRACT_VERSION:
        err(name, "contract_version %r" % g["contract_version"])
    src = g["source"]
    for k in ("path", "sha256", "format", "pages", "ocr_pages"):
        if k not in src:
            err(name, "source.%s missing" % k)
            return
    note = os.path.join(out, src["path"])
    if os.path.basename(note) + ".json" != name:
        err(name, "gold file name does not match source.path")
    if not os.path.exists(note):
        err(name, "note file missing: %s" % note)
        return
    with open(note, "rb") as fh:
        sha = hashlib.sha256(fh.read()).hexdigest()
    if sha != src["sha256"]:
        err(name, "sha256 mismatch")
    ext = note.rsplit(".", 1)[-1].lower()
    want_fmt = {"pdf": "pdf", "docx": "docx", "jpg": "image", "jpeg": "image", "png": "image",
                "tif": "image", "tiff": "image"}[ext]
    if src["format"] != want_fmt or src["format"] not in spec.FORMATS:
        err(name, "format %r, expected %r" % (src["format"], want_fmt))
    if not (isinstance(src["pages"], int) and src["pages"] >= 1):
        err(name, "source.pages must be a positive integer")
    born_digital = False
    doc_texts = []
    if ext == "pdf":
        n = pdf_pages(note)
        if n != src["pages"]:
            err(name, "source.pages %s but PDF has %d" % (src["pages"], n))
        texts = pdf_texts(note)
        has_text = any(fold(t) for t in texts)
        if src["ocr_pages"]:
            if has_text:
                err(name, "scanned PDF has a text layer")
            if src["ocr_pages"] != list(range(1, n + 1)):
                err(name, "ocr_pages should list every page of a scan")
        else:
            born_digital = True
            doc_texts = [fold(t) for t in texts]
            if not has_text:
                err(name, "text PDF without text")
    elif ext == "docx":
        born_digital = True
        doc_texts = [fold(docx_text(note))]
        if src["ocr_pages"]:
            err(name, "docx with ocr_pages")
    else:
        n = image_pages(note)
        if n != src["pages"]:
            err(name, "source.pages %s but image has %d frames" % (src["pages"], n))
        if src["ocr_pages"] != list(range(1, n + 1)):
            err(name, "ocr_pages should list every page of an image")
    if not isinstance(g["warnings"], list):
        err(name, "warnings must be a list")
    if not isinstance(g["records"], list) or not g["records"]:
        err(name, "records must be a non-empty list")
        return
    for ri, r in enumerate(g["records"]):
        rn = "%s#%d" % (name, ri)
        missing = [k for k in REC_KEYS if k not in r]
        if missing:
            err(rn, "record keys missing: %s" % missing)
            continue
        extra = set(r) - set(REC_KEYS)
        if extra:
            err(rn, "unexpected record keys %s" % sorted(extra))
        rt = r["record_type"]
        if rt not in spec.RECORD_TYPES:
            err(rn, "record_type %r" % rt)
            continue
        if not (isinstance(r["confidence"], (int, float)) and 0 <= r["confidence"] <= 1):
            err(rn, "confidence out of range")
        if r["language"] not in ("id", "en"):
            err(rn, "language %r" % r["language"])
        if not (r["pages"] and all(isinstance(p, int) and 1 <= p <= src["pages"] for p in r["pages"])):
            err(rn, "pages %r outside 1..%d" % (r["pages"], src["pages"]))
        for a in r["alternatives"]:
            if a.get("record_type") not in spec.RECORD_TYPES or a.get("record_type") == rt or \
                    not (0.05 <= a.get("confidence", 0) <= 1):
                err(rn, "bad alternative %r" % a)
        names = set(spec.field_names(rt))
        for f, v in r["fields"].items():
            if f not in names:
                err(rn, "field %s does not exist for %s" % (f, rt))
            else:
                check_value(rn, rt, f, v)
        for f, ev in r["evidence"].items():
            if f not in r["fields"]:
                err(rn, "evidence for absent field %s" % f)
            if not (isinstance(ev, dict) and isinstance(ev.get("page"), int) and "label" in ev):
                err(rn, "evidence %s malformed" % f)
        mreq, mrec = spec.missing_lists(rt, r["fields"])
        if r["missing_required"] != mreq:
            err(rn, "missing_required %r, contract derives %r" % (r["missing_required"], mreq))
        if r["missing_recommended"] != mrec:
            err(rn, "missing_recommended %r, contract derives %r" % (r["missing_recommended"], mrec))
        if set(r["missing_required"]) & set(r["missing_recommended"]):
            err(rn, "a field is in both missing lists")
        for path in r["missing_required"] + r["missing_recommended"]:
            base = path.split("[", 1)[0].split(".", 1)[0]
            if base not in names:
                err(rn, "missing-list path %s names no field of %s" % (path, rt))
        if rt == "unknown":
            want = "not_assessed"
            if r["missing_required"] or r["missing_recommended"]:
                err(rn, "unknown record with missing lists")
        elif r["missing_required"]:
            want = "incomplete"
        elif r["needs_review"]:
            want = "needs_review"
        else:
            want = "complete"
        if r["status"] != want:
            err(rn, "status %r, expected %r" % (r["status"], want))
        if r["complete"] is not (r["status"] == "complete"):
            err(rn, "complete flag inconsistent with status")
        for u in r["unmatched"]:
            if not (isinstance(u, dict) and u.get("text") and u.get("kind") in ("heading", "label")
                    and isinstance(u.get("page"), int)):
                err(rn, "unmatched item malformed: %r" % u)
        if born_digital:
            for path, val in text_values(r["fields"]):
                fv = fold(val)
                if not any(fv in t for t in doc_texts):
                    err(rn, "%s value not found in document text: %r" % (path, val[:70]))
        elif ocr:
            words = []
            for _, val in text_values(r["fields"]):
                words += re.findall(r"\w{4,}", val.lower())
            ocr_report.setdefault(name, [set(), []])
            ocr_report[name][1].extend(words)
    if ocr and not born_digital:
        txt = ""
        if ext == "pdf":
            tmp = "/tmp/_chk_%d" % os.getpid()
            subprocess.run(["pdftoppm", "-r", "200", "-gray", note, tmp], check=True)
            for p in sorted(glob.glob(tmp + "-*.pgm")):
                txt += subprocess.run(["tesseract", p, "-", "-l", "ind+eng"], capture_output=True,
                                      text=True).stdout
                os.remove(p)
        else:
            txt = subprocess.run(["tesseract", note, "-", "-l", "ind+eng"], capture_output=True,
                                 text=True).stdout
        ocr_report.setdefault(name, [set(), []])
        ocr_report[name][0] = set(re.findall(r"\w{4,}", txt.lower()))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    ocr = "--ocr" in sys.argv
    if len(args) != 1:
        sys.exit("usage: python check_gold.py OUT [--ocr]")
    out = args[0]
    golds = sorted(glob.glob(os.path.join(out, "gold", "*.json")))
    notes = sorted(os.listdir(os.path.join(out, "notes")))
    if len(golds) != len(notes):
        err("corpus", "%d gold files for %d notes" % (len(golds), len(notes)))
    for n in notes:
        if not os.path.exists(os.path.join(out, "gold", n + ".json")):
            err("corpus", "no gold for %s" % n)
    ocr_report = {}
    for gp in golds:
        check_file(out, gp, ocr, ocr_report)
    if ocr:
        for name, (got, want) in sorted(ocr_report.items()):
            if want:
                hit = sum(1 for w in want if w in got)
                print("OCR recall %-52s %5.1f%% of %d gold words" % (name, 100.0 * hit / len(want),
                                                                       len(want)))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s) in %d gold files" % (len(errors), len(golds)))
        sys.exit(1)
    print("OK: %d gold files, %d notes checked" % (len(golds), len(notes)))


if __name__ == "__main__":
    main()

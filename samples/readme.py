"""Write samples/README.md: one table row per sample, derived from the data and its gold."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

FORMAT_NAMES = {
    "docx": "DOCX",
    "pdf": "PDF (text, reportlab)",
    "word_pdf": "PDF (exported from Word)",
    "scan": "PDF (scanned, image only)",
}

INTRO = """\
# Sample corpus

Fictional social-work case notes (Indonesian and English) with gold annotations
in the output contract's shape (`/work/shared/spec/records.md`). Every person,
agency, address and case number is invented.

- `notes/` — the documents: DOCX, born-digital PDF, PDF exported from Word by
  LibreOffice, and scanned PDFs (page images only: 300 dpi render, 0.5–2° skew,
  grain, blur, stored as 200 dpi grayscale JPEG).
- `gold/<stem>.json` — what a perfect run of `casenotes process` would write for
  the file with the same stem.

## Regenerate

    .venv/bin/python samples/generate.py            # or: make samples
    .venv/bin/python samples/generate.py --out /tmp/s

Generation is deterministic: seeded randomness, reportlab `invariant=1`, fixed
DOCX core properties and zip times, and LibreOffice's export date and document id
overwritten. Gold is derived from the same plain data the renderers draw
(`content*.py`), never from the rendered file. The three Word-export PDFs need
`soffice`; without it they fall back to reportlab and their gold changes
accordingly (`pages`, `sha256`).

`samples.generate.make_archive(out_dir, n, seed=0, mix=None, *, gold_dir=None)`
writes `n` randomised documents (default mix 50% DOCX, 30% text PDF, 20% scanned;
names, dates, synonyms, layouts and missing fields varied; 1–6 pages, records
gathered into folders; about 3% damaged: truncated, empty, or text under a
document extension) from the same data and renderers, and returns their paths.
With `gold_dir` it writes their gold too (and `damaged.json`). Archive scans are
rendered straight at 200 dpi for speed (~60 mixed files in 9 s); archive DOCX
page numbers count explicit breaks only, so a long page can overflow by one.

## Code

| module | job |
|---|---|
| `generate.py` | the CLI; renders every document, writes notes, gold and this README |
| `content.py` | agencies, letterheads, workers, signature blocks; collects the documents |
| `content_process.py`, `content_summary.py`, `content_case.py`, `content_log.py`, `content_agency.py` | the documents as plain data, one module per family of record types |
| `values.py` | value types with a written face and a gold face (dates, periods, enumerations, placeholders, tables) |
| `compose.py` | document data → layout blocks shared by both renderers |
| `gold.py` | document data → contract JSON (field levels restated from the spec) |
| `render_docx.py`, `render_pdf.py`, `render_wordpdf.py`, `render_scan.py` | DOCX, reportlab PDF, LibreOffice export, image-only scan |
| `vocab.py`, `archive.py` | heading synonyms and name pools; `make_archive` for the benchmark |
| `readme.py` | this file |

Samples code never imports `pipeline`: the gold is independent ground truth.

## Gold conventions

- `confidence` is 1.0 for every typed record and 0.0 for `unknown` (the contract
  wants unknown below 0.5); `evidence` is `{}` and `unmatched` is `[]` (not
  annotated).
- DOCX `pages` counts explicit page breaks + 1 (each page was checked to fit when
  LibreOffice renders it); PDF `pages` is the real page count. `ocr_pages` lists
  every page of a scanned file and is empty otherwise.
- `agency_name` comes from a label, or else from the letterhead's own line (the
  last organisation line, not `PEMERINTAH …`). Unknown documents have no fields.
- Narratives are the section's paragraphs (or list items, marks stripped) joined
  by `\n` with whitespace folded; a 3-column process table gives
  `interview_narrative` (dialogue cells) and `worker_reflection` (feelings cells,
  then analysis cells); a blank daily-log date cell takes the date above, also
  across a page break (`dl02`).
- Missing lists follow the spec's levels, including the closed-case rule and
  nested daily-log paths such as `entries[3].duration_minutes`.

## Samples

| file | type | lang | format | layout features | missing (required / recommended) |
|---|---|---|---|---|---|
"""


def _types(gold: dict[str, Any]) -> str:
    if len(gold["records"]) == 1:
        return gold["records"][0]["record_type"]
    return " + ".join(
        f"{r['record_type']} (p. {r['pages'][0]}–{r['pages'][1]})" for r in gold["records"]
    )


def _missing(gold: dict[str, Any]) -> str:
    parts = []
    many = len(gold["records"]) > 1
    for i, rec in enumerate(gold["records"], 1):
        req = ", ".join(f"**{f}**" for f in rec["missing_required"])
        rec_ = ", ".join(rec["missing_recommended"])
        text = " / ".join(x for x in (req, rec_) if x) or "—"
        parts.append(f"#{i}: {text}" if many else text)
    return "; ".join(parts)


def write_readme(path: Path, docs: list[dict[str, Any]], golds: list[dict[str, Any]]) -> None:
    rows = []
    for doc, gold in zip(docs, golds, strict=True):
        name = gold["source"]["path"].rsplit("/", 1)[-1]
        rows.append(
            f"| `{name}` | {_types(gold)} | {doc['lang']} | {FORMAT_NAMES[doc['format']]} "
            f"({gold['source']['pages']} p.) | {doc.get('features', '').replace('|', '&#124;')} "
            f"| {_missing(gold)} |"
        )
    types = Counter(r["record_type"] for g in golds for r in g["records"])
    langs = Counter(d["lang"] for d in docs)
    formats = Counter(FORMAT_NAMES[d["format"]] for d in docs)
    incomplete = sum(1 for g in golds if any(not r["complete"] for r in g["records"]))
    summary = (
        f"\n{len(docs)} files, {sum(types.values())} records. "
        f"Records by type: {', '.join(f'{k} {v}' for k, v in sorted(types.items()))}. "
        f"Files by language: {', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}. "
        f"By format: {', '.join(f'{k} {v}' for k, v in sorted(formats.items()))}. "
        f"{incomplete} files hold at least one incomplete record (bold = missing required).\n"
    )
    path.write_text(INTRO + "\n".join(rows) + "\n" + summary, encoding="utf-8")

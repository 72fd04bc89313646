"""Regenerate the sample corpus and its gold annotations.

    python samples/generate.py [--out samples]

writes `notes/<stem>.docx|pdf`, `gold/<stem>.json` and `README.md` under the
output folder. Everything is derived from the plain data in `content*.py`, so
the gold always says what the documents say, and runs are byte-for-byte
repeatable (fixed seeds, fixed PDF and DOCX dates; LibreOffice exports get
their time stamps fixed). `make_archive()` builds randomised documents from the
same data and renderers for the benchmark.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `samples.*` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samples.archive import make_archive  # noqa: E402
from samples.content import documents  # noqa: E402
from samples.gold import file_gold  # noqa: E402
from samples.readme import write_readme  # noqa: E402
from samples.render_docx import render_docx  # noqa: E402
from samples.render_pdf import page_count, render_pdf  # noqa: E402
from samples.render_scan import scan_pdf  # noqa: E402
from samples.render_wordpdf import docx_to_pdf  # noqa: E402

__all__ = ["build_document", "generate", "main", "make_archive"]

SAMPLES_DIR = Path(__file__).resolve().parent
EXTENSIONS = {"docx": ".docx", "pdf": ".pdf", "word_pdf": ".pdf", "scan": ".pdf"}


def build_document(doc: dict[str, Any]) -> tuple[bytes, str, int, list[tuple[int, int]], bool]:
    """Return (file bytes, contract format, pages, per-record page ranges, scanned) for a doc."""
    kind = doc["format"]
    if kind == "docx":
        data, pages, ranges = render_docx(doc)
        return data, "docx", pages, ranges, False
    if kind == "word_pdf":
        docx, _pages, ranges = render_docx(doc)
        data = docx_to_pdf(docx, doc["stem"])
        if data is not None:
            pages = page_count(data)
            if len(doc["records"]) != 1:
                raise ValueError(f"{doc['stem']}: Word exports hold one record")
            return data, "pdf", pages, [(1, pages)], False
    data, pages, ranges = render_pdf(doc)
    if kind == "scan":
        data, pages = scan_pdf(data, doc.get("seed", 0))
        return data, "pdf", pages, ranges, True
    return data, "pdf", pages, ranges, False


def generate(out: Path, rel_root: str = "samples") -> list[dict[str, Any]]:
    """Write every sample and its gold under `out`; return the gold JSONs in order."""
    notes, gold_dir = out / "notes", out / "gold"
    notes.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    golds = []
    written: set[Path] = set()
    for doc in documents():
        data, fmt, pages, ranges, scanned = build_document(doc)
        name = doc["stem"] + EXTENSIONS[doc["format"]]
        (notes / name).write_bytes(data)
        gold = file_gold(doc, f"{rel_root}/notes/{name}", data, fmt, pages, ranges, scanned)
        gold_path = gold_dir / f"{doc['stem']}.json"
        gold_path.write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        written |= {notes / name, gold_path}
        golds.append(gold)
        print(f"{name:48s} {fmt:4s} {pages}p {[r['record_type'] for r in gold['records']]}")
    for folder in (notes, gold_dir):  # drop files of samples that no longer exist
        for stale in folder.iterdir():
            if (
                stale.is_file()
                and stale not in written
                and stale.suffix in (".docx", ".pdf", ".json")
            ):
                stale.unlink()
    write_readme(out / "README.md", documents(), golds)
    return golds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=SAMPLES_DIR, help="output folder (default: samples/)"
    )
    args = parser.parse_args(argv)
    out = args.out.resolve()
    rel_root = "samples" if out == SAMPLES_DIR else out.name
    generate(out, rel_root)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

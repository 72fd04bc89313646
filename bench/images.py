"""Page images against the PDF scans they came from: same records? (issue 11, item 6)

    python bench/images.py [--workers 2] [--keep DIR]

Builds 20 page images from the samples: the page images inside every scanned
sample (13 pages) and in scans made of six born-digital sample PDFs (seven
pages), written as JPEG, PNG, grey LZW TIFF or 1-bit CCITT G4 TIFF (a
multi-page record always as one multi-page TIFF: one file is one record's
pages). Each image file gets its reference PDF scan: the PDF the pages came
from, or for G4 a PDF holding the same 1-bit pages, as a scanner set to PDF
would write it (binarising loses grey, so the grey scan is no reference).

Both folders go through `casenotes process`; per file the records are
compared: record types, page ranges, missing_required, the set of fields,
and each value (identical, or similar at `MIN_VALUE_SIMILARITY`: a JPEG file
is saved again from the scan, so its pixels, and OCR, can differ by a
character). Both routes OCR the stored pixels of a page that is one scan, so
no file should differ. Printed: one line per file and the totals, and what
getting a scanned PDF page's pixels costs: rendering it at the scan's
resolution against taking the stored scan and checking it against a small
rendering (the route `read_pdf` takes).
"""

from __future__ import annotations

import argparse
import difflib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `samples` importable
    sys.path.insert(0, str(REPO))

from PIL import Image  # noqa: E402

from samples.render_image import SUFFIXES, ImageKind, page_images, write_pages  # noqa: E402
from samples.render_scan import scan_pdf  # noqa: E402

NOTES = REPO / "samples" / "notes"
MIN_VALUE_SIMILARITY = 0.9
PAGE_IMAGES = 20
# Born-digital samples scanned to reach 20 page images, each with a seed for its ageing.
TO_SCAN = (
    "cr02_catatan_kasus_wulan",
    "dl02_catatan_harian_fitri",
    "pr09_catatan_proses_dimas",
    "sr02_summary_record_hartono",
    "spr04_catatan_proses_ringkas_andi",
    "unk02_internal_memo",
)
ONE_PAGE_KINDS: tuple[ImageKind, ...] = ("jpeg", "png", "tiff-g4", "tiff")
MANY_PAGE_KINDS: tuple[ImageKind, ...] = ("tiff", "tiff-g4")


def build(images: Path, pdfs: Path) -> int:
    """Write the page images and their reference PDF scans; return the number of pages."""
    sources = [(p.stem, p.read_bytes()) for p in sorted(NOTES.glob("*_scan.pdf"))]
    for seed, stem in enumerate(TO_SCAN):
        data, _pages = scan_pdf((NOTES / f"{stem}.pdf").read_bytes(), seed)
        sources.append((f"{stem}_scanned", data))
    total = one = many = 0
    for stem, data in sources:
        if total >= PAGE_IMAGES:
            break
        pages = page_images(data)[: PAGE_IMAGES - total]
        if len(pages) == 1:
            kind, one = ONE_PAGE_KINDS[one % len(ONE_PAGE_KINDS)], one + 1
        else:
            kind, many = MANY_PAGE_KINDS[many % len(MANY_PAGE_KINDS)], many + 1
        image = write_pages(pages, images / f"{stem}{SUFFIXES[kind]}", kind)
        reference = pdfs / f"{stem}.pdf"
        if kind == "tiff-g4" or len(pages) < len(page_images(data)):
            frames = _frames(image)
            dpi = frames[0].info.get("dpi", (200, 200))[0]
            frames[0].save(
                reference, "PDF", save_all=True, append_images=frames[1:], resolution=dpi
            )
        else:
            reference.write_bytes(data)
        total += len(pages)
    return total


def _frames(path: Path) -> list[Image.Image]:
    image = Image.open(path)
    frames = []
    for index in range(getattr(image, "n_frames", 1)):
        image.seek(index)
        frames.append(image.copy())
    return frames


def _similar(a: object, b: object) -> bool:
    text_a, text_b = (json.dumps(v, ensure_ascii=False, sort_keys=True) for v in (a, b))
    return difflib.SequenceMatcher(None, text_a, text_b).ratio() >= MIN_VALUE_SIMILARITY


def compare(mine: dict[str, Any], theirs: dict[str, Any]) -> tuple[str, list[str]]:
    """Return ("identical" | "similar" | "different", what differs) for two outputs."""
    notes = []
    shape = [(r["record_type"], r["pages"], r["missing_required"]) for r in mine["records"]]
    if shape != [(r["record_type"], r["pages"], r["missing_required"]) for r in theirs["records"]]:
        return "different", [f"records {shape}"]
    for a, b in zip(mine["records"], theirs["records"], strict=True):
        if a["fields"].keys() != b["fields"].keys():
            return "different", [f"fields {sorted(set(a['fields']) ^ set(b['fields']))}"]
        for name in a["fields"]:
            if a["fields"][name] == b["fields"][name]:
                continue
            if not _similar(a["fields"][name], b["fields"][name]):
                return "different", [f"value of {name}"]
            notes.append(name)
    return ("similar" if notes else "identical"), notes


def acquisition_ms(pdfs: Path, passes: int = 3) -> tuple[float, float]:
    """Return median ms per page to render each one-scan page and to take its stored scan."""
    import pypdfium2 as pdfium

    from pipeline.ingest.page_objects import scan_image, scan_objects

    rendered: list[float] = []
    stored: list[float] = []
    for _ in range(passes):
        for path in sorted(pdfs.glob("*.pdf")):
            pdf = pdfium.PdfDocument(path)
            for page in pdf:
                objects = scan_objects(pdfium.raw, page)
                if objects.scan is None or not objects.image_dpi:
                    continue
                start = time.perf_counter()
                page.render(scale=objects.image_dpi / 72, grayscale=True).to_pil()
                rendered.append(time.perf_counter() - start)
                start = time.perf_counter()
                scan_image(pdfium, page, objects)
                stored.append(time.perf_counter() - start)
            pdf.close()
    return statistics.median(rendered) * 1000, statistics.median(stored) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="keep images, PDFs and outputs here")
    args = parser.parse_args(argv)
    work = Path(args.keep or tempfile.mkdtemp(prefix="casenotes-images-"))
    images, pdfs = work / "images", work / "pdfs"
    for folder in (images, pdfs):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    pages = build(images, pdfs)
    casenotes = Path(sys.executable).with_name("casenotes")
    for folder in (images, pdfs):
        subprocess.run(
            [
                str(casenotes),
                "process",
                str(folder),
                "--out",
                str(work / f"{folder.name}-out"),
                "--workers",
                str(args.workers),
                "--force",
                "-q",
            ],
            check=True,
        )
    counts = {"identical": 0, "similar": 0, "different": 0}
    for image in sorted(images.iterdir()):
        stem = image.name.rsplit(".", 1)[0]
        mine = json.loads((work / "images-out" / f"{image.name}.json").read_text())
        theirs = json.loads((work / "pdfs-out" / f"{stem}.pdf.json").read_text())
        verdict, notes = compare(mine, theirs)
        counts[verdict] += 1
        types = ",".join(r["record_type"] for r in mine["records"])
        print(
            f"{image.name:52} {mine['source']['pages']}p {types:28} {verdict:9} {' '.join(notes)}"
        )
    files = sum(counts.values())
    print(
        f"{files} image files, {pages} page images: "
        + ", ".join(f"{v} {k}" for k, v in counts.items())
    )
    rendered, stored = acquisition_ms(pdfs)
    print(f"a scanned PDF page's pixels: render {rendered:.0f} ms, stored scan {stored:.0f} ms")
    if not args.keep:
        shutil.rmtree(work)
    return 1 if counts["different"] else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A folder of page images is processed like the PDF scans it came from (issue 11, item 6).

The acceptance test builds 20 page images from the samples' scans
(`bench/images.py`: the scanned image of each page at the resolution it was
scanned, one multi-page TIFF per multi-page scan, JPEG, PNG or TIFF for
one-page scans) and compares the records of each image file with those of
the PDF scan holding the same pages: record types, pages, missing fields, the
fields found and their values (equal, or as close as OCR of a JPEG saved
again comes). Both routes OCR the same stored pixels, so no file may differ.
It OCRs about 40 pages, so it runs in `make bench` (CASENOTES_BENCH=1);
`make test` keeps three images in tests/ingest/test_image.py and the run
test below.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.images import PAGE_IMAGES, build, compare
from pipeline.batch.engines import EngineOptions
from pipeline.batch.run import RunConfig, process_batch
from pipeline.cli import main
from pipeline.ingest.pdf import MAX_IMAGE_PIXELS
from samples.render_image import page_images, write_pages
from tests.ingest.test_image import _png_header
from tests.ocr_marks import needs_ocr

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "notes"


@needs_ocr
def test_an_image_over_the_pixel_limit_is_refused_in_one_line_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    source = tmp_path / "in"
    source.mkdir()
    pages = page_images(SAMPLES / "pr04_catatan_proses_wulan_scan.pdf")
    write_pages(pages, source / "halaman.jpg", "jpeg")
    shutil.copy(SAMPLES / "pr01_catatan_proses_sumarni.docx", source)
    (source / "raksasa.png").write_bytes(_png_header(13_000, 12_000))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["process", str(source), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 1
    refused = [line for line in result.output.splitlines() if "raksasa.png" in line]
    assert len(refused) == 1
    limit = f"limit of {MAX_IMAGE_PIXELS // 1_000_000} megapixels"
    assert "13000x12000 pixels" in refused[0]
    assert limit in refused[0]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [(Path(e["path"]).name, limit in e["reason"]) for e in errors] == [("raksasa.png", True)]
    image = json.loads((out / "halaman.jpg.json").read_text())
    assert (image["source"]["format"], image["source"]["ocr_pages"]) == ("image", [1])
    assert [r["record_type"] for r in image["records"]] == ["process_record"]
    assert (out / "pr01_catatan_proses_sumarni.docx.json").exists()


@needs_ocr
@pytest.mark.skipif(
    not os.environ.get("CASENOTES_BENCH"), reason="about 40 pages of OCR: run by make bench"
)
def test_twenty_page_images_give_the_records_of_their_pdf_scans(tmp_path: Path) -> None:
    images, pdfs = tmp_path / "images", tmp_path / "pdfs"
    images.mkdir()
    pdfs.mkdir()
    assert build(images, pdfs) == PAGE_IMAGES
    suffixes = {p.suffix for p in images.iterdir()}
    assert suffixes == {".jpg", ".png", ".tif"}
    for folder in (images, pdfs):
        summary = process_batch(
            [folder],
            RunConfig(out_dir=tmp_path / f"{folder.name}-out", engine=EngineOptions(workers=2)),
        )
        assert summary.failed == 0
    verdicts = {}
    pages = 0
    for image in sorted(images.iterdir()):
        mine = json.loads((tmp_path / "images-out" / f"{image.name}.json").read_text())
        theirs = json.loads((tmp_path / "pdfs-out" / f"{image.stem}.pdf.json").read_text())
        assert mine["source"]["format"] == "image"
        count = mine["source"]["pages"]
        assert (count, mine["source"]["ocr_pages"]) == (
            theirs["source"]["pages"],
            list(range(1, count + 1)),
        )
        pages += count
        verdicts[image.name] = compare(mine, theirs)
    assert pages == PAGE_IMAGES
    # A PDF scan is OCR'd from its stored pixels, as the image file is: a value may
    # differ only where the image file was saved lossily again (JPEG).
    different = {
        name: notes for name, (verdict, notes) in verdicts.items() if verdict == "different"
    }
    assert different == {}

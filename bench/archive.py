"""Whole-archive throughput of `casenotes process`, beside raw extraction in the same run.

    python bench/archive.py [--n 200] [--seed 0] [--workers 1 2] [--passes 1] [--keep DIR]

1. Builds a synthetic archive of N files with `samples.generate.make_archive`
   (DOCX, born-digital PDF and scanned PDF, about 3% damaged).
2. Baseline, one process: raw extraction alone: pypdfium2 page text for PDF
   pages that have a text layer, the `tesseract` CLI (300 dpi, ind+eng,
   OMP_THREAD_LIMIT=1, the bitmap piped in as PPM) for pages without one, and
   python-docx paragraphs for DOCX. No structure, no records: the floor.
3. The pipeline (`pipeline.batch.run.process_batch`, the code behind `casenotes
   process`) with each --workers count, into a fresh output directory per
   pass. Worker RSS is sampled every `SAMPLE_S` with psutil: the peak per
   worker, and the growth from the second to the last quarter of each
   worker's life (a leak shows as steady growth; the first quarter is warm-up).

Printed: files/s, pages/s, OCR pages/s, peak worker RSS, RSS growth, the
pipeline/baseline time ratio (one worker against the one-process baseline:
what structure, classification and validation cost on top of raw text), and
the scaling from the first to the last --workers count. Times are medians
over --passes.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `pipeline` and `samples` importable
    sys.path.insert(0, str(REPO))

from pipeline.batch.engines import EngineOptions  # noqa: E402
from pipeline.batch.run import RunConfig, process_batch  # noqa: E402
from pipeline.batch.summary import RunSummary  # noqa: E402
from samples.generate import make_archive  # noqa: E402

SAMPLE_S = 0.2
OCR_DPI = 300
OCR_LANG = "ind+eng"
# A PDF page with fewer visible characters than this has no usable text layer.
MIN_TEXT_CHARS = 20
_MB = 1 << 20
_WORKER_MARK = "pipeline.batch.worker import serve"


@dataclass(frozen=True)
class Baseline:
    seconds: float
    files: int
    pages: int
    ocr_pages: int


@dataclass(frozen=True)
class PipelineRun:
    workers: int
    seconds: float
    summary: RunSummary
    peak_rss: int  # bytes, highest sample of any worker
    growth: int  # bytes, largest first-to-last-quarter median RSS change of any worker


def _ocr_page(page: object) -> str:
    image = page.render(scale=OCR_DPI / 72).to_pil().convert("L")  # type: ignore[attr-defined]
    buffer = io.BytesIO()
    image.save(buffer, format="PPM")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    done = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", OCR_LANG, "--dpi", str(OCR_DPI)],
        input=buffer.getvalue(),
        capture_output=True,
        env=env,
        check=False,
    )
    return done.stdout.decode("utf-8", "replace")


def raw_extract(files: Sequence[Path]) -> Baseline:
    """Return the time raw libraries take to get the text of every file, one process."""
    import docx
    import pypdfium2

    pages = ocr_pages = 0
    start = time.perf_counter()
    for path in files:
        try:
            if path.suffix == ".docx":
                _ = [p.text for p in docx.Document(str(path)).paragraphs]
                pages += 1
                continue
            pdf = pypdfium2.PdfDocument(str(path))
        except Exception:  # noqa: BLE001, S112 - damaged files fail here as they fail in the pipeline
            continue
        for page in pdf:
            pages += 1
            text = page.get_textpage().get_text_range()
            if len("".join(text.split())) < MIN_TEXT_CHARS:
                _ocr_page(page)
                ocr_pages += 1
        pdf.close()
    return Baseline(time.perf_counter() - start, len(files), pages, ocr_pages)


class RssSampler(threading.Thread):
    """Samples the RSS of this process's casenotes workers (and their children) until stopped."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.samples: dict[int, list[int]] = {}
        self.halt = threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        while not self.halt.wait(SAMPLE_S):
            for child in me.children(recursive=False):
                try:
                    if not any(_WORKER_MARK in part for part in child.cmdline()):
                        continue
                    rss = child.memory_info().rss + sum(
                        c.memory_info().rss for c in child.children(recursive=True)
                    )
                except psutil.Error:
                    continue
                self.samples.setdefault(child.pid, []).append(rss)

    def peak(self) -> int:
        return max((max(s) for s in self.samples.values()), default=0)

    def growth(self) -> int:
        """Return the largest change of median RSS from a worker's second to its last quarter.

        The first quarter is left out: the first files load tessdata and reader caches
        once, which is warm-up, not a leak.
        """
        changes = []
        for series in self.samples.values():
            quarter = len(series) // 4
            if quarter:
                second = series[quarter : 2 * quarter]
                changes.append(statistics.median(series[-quarter:]) - statistics.median(second))
        return int(max(changes, default=0))


def run_pipeline(archive: Path, work: Path, workers: int, passes: int) -> PipelineRun:
    """Return the median-time pass of the pipeline over `archive` with `workers` workers."""
    runs = []
    for number in range(passes):
        out = work / f"out-w{workers}-p{number}"
        config = RunConfig(out_dir=out, engine=EngineOptions(workers=workers))
        sampler = RssSampler()
        sampler.start()
        start = time.perf_counter()
        summary = process_batch([archive], config)
        seconds = time.perf_counter() - start
        sampler.halt.set()
        sampler.join()
        runs.append(PipelineRun(workers, seconds, summary, sampler.peak(), sampler.growth()))
        shutil.rmtree(out)
    runs.sort(key=lambda r: r.seconds)
    return runs[len(runs) // 2]


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:8.2f}" if seconds > 0 else "       -"


def report(base: Baseline | None, runs: Sequence[PipelineRun]) -> str:
    header = f"{'':22}{'seconds':>9}{'files/s':>9}{'pages/s':>9}{'OCR p/s':>9}{'peak RSS':>10}{'growth':>8}"
    if base is None:
        lines = ["archive: raw baseline not run (--no-baseline)", "", header]
    else:
        lines = [
            f"archive: {base.files} files, {base.pages} pages, {base.ocr_pages} without a text layer (OCR)",
            "",
            header,
            f"{'raw baseline (1 proc)':22}{base.seconds:9.1f}{_rate(base.files, base.seconds):>9}"
            f"{_rate(base.pages, base.seconds):>9}{_rate(base.ocr_pages, base.seconds):>9}",
        ]
    for run in runs:
        s = run.summary
        lines.append(
            f"{f'casenotes {run.workers} worker(s)':22}{run.seconds:9.1f}"
            f"{_rate(s.written + s.duplicates + s.failed, run.seconds):>9}"
            f"{_rate(s.pages, run.seconds):>9}{_rate(s.ocr_pages, run.seconds):>9}"
            f"{run.peak_rss // _MB:>7} MB{run.growth // _MB:>5} MB"
        )
    lines.append("")
    one = next((r for r in runs if r.workers == 1), None)
    if one is not None and base is not None:
        lines.append(f"pipeline / baseline time, 1 worker: {one.seconds / base.seconds:.2f}x")
    if len(runs) > 1:
        first, last = runs[0], runs[-1]
        lines.append(
            f"scaling {first.workers} -> {last.workers} workers: {first.seconds / last.seconds:.2f}x"
        )
    failed = {r.workers: r.summary.failed for r in runs}
    lines.append(f"files failed per run (damaged on purpose, ~3%): {failed}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="files in the archive (default 200)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--passes", type=int, default=1, help="passes per worker count (median)")
    parser.add_argument("--keep", type=Path, help="build the archive here and keep it")
    parser.add_argument(
        "--no-baseline",
        action="store_true",
        help="skip raw extraction (for long memory-growth runs of the pipeline alone)",
    )
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="casenotes-bench-"))
    try:
        archive = args.keep or work / "archive"
        start = time.perf_counter()
        files = make_archive(archive, args.n, seed=args.seed)
        print(f"built {len(files)} files in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        base = None if args.no_baseline else raw_extract(files)
        runs = [run_pipeline(archive, work, w, args.passes) for w in args.workers]
        print(report(base, runs))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

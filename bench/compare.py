"""casenotes against a peer, unstructured, on the same synthetic archive.

    pip install -e '.[bench]'        # unstructured with its PDF and DOCX extras
    python bench/compare.py [--n 100] [--seed 0] [--workers 1]

unstructured partitions a file into elements (text, titles, tables) and
stops there; casenotes also classifies records, extracts and normalises
fields, validates them and writes JSON. The comparison times both over the
same files, each with one process per worker:

- unstructured: `partition_pdf(strategy="fast")` for PDFs with a text layer,
  `partition_pdf(strategy="ocr_only", languages=["ind", "eng"])` for scans,
  `partition_docx` for Word files;
- casenotes: `process_batch`, the code behind `casenotes process`.

unstructured does not run offline as installed (its fast strategy loads an
English spaCy model from the network; see ../shared/PERFORMANCE.md): run this
where that model can be fetched once, or with it pre-installed. With
unstructured missing, the script says so and exits with status 2.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.archive import MIN_TEXT_CHARS, run_pipeline  # noqa: E402
from samples.generate import make_archive  # noqa: E402


def has_text_layer(path: Path) -> bool:
    """Return True when every page of the PDF has visible text (what `--ocr auto` checks)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return all(
            len("".join(page.get_textpage().get_text_range().split())) >= MIN_TEXT_CHARS
            for page in pdf
        )
    finally:
        pdf.close()


def run_unstructured(files: list[Path]) -> tuple[float, int]:
    """Return (seconds, files partitioned) for unstructured over `files`, one process."""
    from unstructured.partition.docx import partition_docx
    from unstructured.partition.pdf import partition_pdf

    done = 0
    start = time.perf_counter()
    for path in files:
        try:
            if path.suffix == ".docx":
                partition_docx(filename=str(path))
            elif has_text_layer(path):
                partition_pdf(filename=str(path), strategy="fast")
            else:
                partition_pdf(filename=str(path), strategy="ocr_only", languages=["ind", "eng"])
            done += 1
        except Exception as exc:  # noqa: BLE001 - a damaged file fails the peer too; count and go on
            print(f"unstructured: {path.name}: {type(exc).__name__}")
    return time.perf_counter() - start, done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    try:
        import unstructured  # noqa: F401
    except ImportError:
        print("unstructured is not installed: pip install -e '.[bench]' first")
        return 2
    with tempfile.TemporaryDirectory(prefix="casenotes-compare-") as tmp:
        archive = Path(tmp) / "archive"
        files = sorted(make_archive(archive, args.n, seed=args.seed))
        peer_s, peer_done = run_unstructured(files)
        ours = run_pipeline(archive, Path(tmp), args.workers, passes=1)
        print(f"{len(files)} files")
        print(
            f"unstructured (elements only)        {peer_s:8.1f} s  {peer_done / peer_s:6.2f} files/s"
        )
        print(
            f"casenotes (records, fields, JSON)   {ours.seconds:8.1f} s  {len(files) / ours.seconds:6.2f} files/s"
        )
        print(f"casenotes / unstructured time: {ours.seconds / peer_s:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

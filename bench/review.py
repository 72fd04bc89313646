"""How fast the review app opens a big run: the queue's first page over HTTP.

    python bench/review.py [--records 10000] [--per-file 2] [--requests 9]

Writes a run of generated contract JSON files (`--records` records, `--per-file`
to a file; types, statuses, confidences and workers varied by a seeded random
generator) into a temporary directory, then measures:
- opening: building the queue index from the run's JSON (the first `review`
  of a run) and reopening it (the fingerprint check alone);
- serving: the queue's first page (`GET /`, the HTML a reviewer sees first),
  the same page filtered by status and by worker, a page deep in the queue
  (offset 9,000), and `GET /api/records`, each the median of `--requests`
  requests after one warm-up, against a real uvicorn server on 127.0.0.1.
Aim (issue 13): the first page renders in under a second.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TYPES = (
    "process_record",
    "case_record",
    "daily_log",
    "summarized_record",
    "summarized_process_record",
)
WORKERS = tuple(f"Pekerja {i:02d}" for i in range(40))


def _record(rng: random.Random) -> dict[str, object]:
    record_type = rng.choice(TYPES)
    missing = ["introduction"] if rng.random() < 0.3 else []
    review = (
        [
            {
                "field": "conclusion",
                "reason": "not found",
                "candidates": [{"text": "Penutup", "page": 1}],
            }
        ]
        if not missing and rng.random() < 0.1
        else []
    )
    status = "incomplete" if missing else ("needs_review" if review else "complete")
    return {
        "record_type": record_type,
        "confidence": round(rng.uniform(0.4, 0.99), 3),
        "language": rng.choice(("id", "en")),
        "pages": [1, 2],
        "fields": {
            "client_name": f"Klien {rng.randrange(10**6)}",
            "worker_name": rng.choice(WORKERS),
            "interview_date": "2024-03-05",
            "interview_narrative": "Klien bercerita tentang keluarganya. " * 20,
        },
        "evidence": {"client_name": {"page": 1, "label": "Nama Klien"}},
        "missing_required": missing,
        "missing_recommended": ["location"],
        "needs_review": review,
        "status": status,
        "complete": status == "complete",
        "unmatched": [{"text": "Catatan Lain", "kind": "heading", "page": 2}],
    }


def write_run(out: Path, records: int, per_file: int, seed: int = 13) -> int:
    """Write the generated run; return the number of files."""
    rng = random.Random(seed)
    files = (records + per_file - 1) // per_file
    for n in range(files):
        count = min(per_file, records - n * per_file)
        data = {
            "contract_version": "1.1",
            "source": {
                "path": f"archive/{n // 1000:03d}/note{n:06d}.pdf",
                "sha256": f"{rng.getrandbits(256):064x}",
                "format": "pdf",
                "pages": 2,
                "ocr_pages": [],
            },
            "records": [_record(rng) for _ in range(count)],
            "warnings": [],
        }
        target = out / f"{n // 1000:03d}" / f"note{n:06d}.pdf.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(data), encoding="utf-8")
    return files


def _median_ms(client: object, url: str, requests: int) -> float:
    client.get(url).raise_for_status()  # type: ignore[attr-defined]
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        client.get(url).raise_for_status()  # type: ignore[attr-defined]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--per-file", type=int, default=2)
    parser.add_argument("--requests", type=int, default=9)
    args = parser.parse_args()

    import httpx2
    import uvicorn

    from pipeline.review.app import ReviewApp, ReviewConfig
    from pipeline.review.pages import Pages
    from pipeline.review.store import ReviewStore
    from pipeline.specs import load_schemas

    with tempfile.TemporaryDirectory(prefix="casenotes-bench-review-") as tmp:
        out = Path(tmp) / "out"
        files = write_run(out, args.records, args.per_file)
        print(f"run: {args.records:,} records in {files:,} files")

        store = ReviewStore(out)
        start = time.perf_counter()
        info = store.refresh_index()
        built = time.perf_counter() - start
        start = time.perf_counter()
        again = store.refresh_index()
        reopened = time.perf_counter() - start
        if not info.rebuilt or again.rebuilt or info.records != args.records:
            raise SystemExit(f"unexpected index state: {info}, then {again}")
        print(f"open: index built in {built:.2f} s; reopened (unchanged run) in {reopened:.3f} s")

        token = "bench"
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        config = ReviewConfig(out, token, "bench", "127.0.0.1", port)
        app = ReviewApp(config, store, Pages(out, None), load_schemas()).asgi()
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.02)
        base = f"http://127.0.0.1:{port}"
        with httpx2.Client(
            base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30
        ) as client:
            cases = (
                ("queue, first page (GET /)", "/"),
                ("queue, status=incomplete", "/?status=incomplete"),
                ("queue, worker filter", f"/?worker={WORKERS[7].replace(' ', '+')}"),
                ("queue, offset 9,000", "/?offset=9000"),
                ("API, first 50 records", "/api/records?limit=50"),
            )
            print(f"serving (median of {args.requests} requests after a warm-up):")
            for label, url in cases:
                print(f"  {label:<28} {_median_ms(client, url, args.requests):7.1f} ms")
        server.should_exit = True
        thread.join()
        store.close()


if __name__ == "__main__":
    main()

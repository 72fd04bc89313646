"""The vocabulary hold-out: how casenotes reads headings, labels and titles it was never given.

    python bench/holdout.py [--files 60] [--seed 10] [--keep DIR] [--json]

A fixed third of the schemas' words is held out: every field synonym (and
period label), record title and title word set whose folded words hash to 0
mod 3 (sha1). The schemas are copied without them to a temporary folder; a
corpus is generated from the sample data (`samples.archive.make_archive`) whose
headings, labels and titles use only held-out words (a field or type with no
held-out word in a language keeps the sample's own words, which the reduced
schemas may still know); and the corpus is read with the reduced schemas and
scored against its gold with `casenotes evaluate`'s scorer, once per step of
the mapping cascade: listed synonyms only, plus stems, plus the classifier
(trained here without the held-out words and without the samples' gold, at
several thresholds). The same documents read with the full schemas are scored
too: the gap is what the held-out words were worth to the rules.

This figure, not the tuned corpora's, is the one to improve; `docs/quality-log.md`
keeps its history. Runs are repeatable: same seed, same files, same figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `pipeline` and `samples` importable
    sys.path.insert(0, str(REPO))

from bench.train import examples, gold_dirs, train  # noqa: E402
from pipeline.errors import CasenotesError  # noqa: E402
from pipeline.extract.extractor import Extractor  # noqa: E402
from pipeline.extract.normalize import fold_words  # noqa: E402
from pipeline.ingest import read_document  # noqa: E402
from pipeline.options import ExtractOptions  # noqa: E402
from pipeline.reports.evaluate import (  # noqa: E402
    KindIndex,
    Metrics,
    Report,
    evaluate,
    pair_outputs,
    scorable,
)
from pipeline.reports.outputs import read_outputs  # noqa: E402
from pipeline.specs import load_schemas  # noqa: E402
from pipeline.vocabulary import load_vocabulary  # noqa: E402
from samples.archive import Wording, make_archive  # noqa: E402

HOLDOUT_MODULUS = 3  # a third of the words held out
DEFAULT_FILES = 60
DEFAULT_SEED = 10
# Thresholds the hold-out scores the classifier at (the shipped one is chosen from these).
THRESHOLDS = (0.3, 0.5, 0.7)
PHRASE_KEYS = ("x-synonyms", "x-titles")
FIELD_PARENTS = ("properties", "$defs")


def phrase_key(phrase: str) -> str:
    """Return the words a phrase is matched by: folded, without connectors ("of", "dan")."""
    connectors = load_vocabulary().heading_connectors
    words = fold_words(phrase)
    return " ".join(w for w in words if w not in connectors) or " ".join(words)


def held_out(phrase: str) -> bool:
    """Return whether a phrase belongs to the held-out third (the same for every run)."""
    digest = hashlib.sha1(phrase_key(phrase).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % HOLDOUT_MODULUS == 0


class Holdout:
    """The reduced copy of a schema set and the words taken out of it, by field and by type."""

    def __init__(self) -> None:
        # owner (field name or record type) -> language -> held-out phrases
        self.fields: dict[str, dict[str, set[str]]] = {}
        self.titles: dict[str, dict[str, set[str]]] = {}
        self.counts: dict[str, list[int]] = {}  # kind -> [held out, all]

    def _keep(self, phrases: list[str], kind: str, into: set[str] | None) -> list[str]:
        count = self.counts.setdefault(kind, [0, 0])
        kept = []
        for phrase in phrases:
            count[1] += 1
            if held_out(phrase):
                count[0] += 1
                if into is not None:
                    into.add(phrase)
            else:
                kept.append(phrase)
        return kept

    def reduce(self, data: Any, path: tuple[str, ...] = (), record_type: str = "") -> Any:
        """Return `data` (a schema file) without its held-out phrases, noting them by owner."""
        if isinstance(data, list):
            return [self.reduce(v, path, record_type) for v in data]
        if not isinstance(data, dict):
            return data
        record_type = data.get("x-record-type", record_type)
        out: dict[str, Any] = {}
        for key, value in data.items():
            if key in PHRASE_KEYS and isinstance(value, dict):
                table = self.titles if key == "x-titles" else self.fields
                owner = record_type if key == "x-titles" else _field_owner(path)
                kind = "titles" if key == "x-titles" else "field phrases"
                out[key] = {
                    lang: self._keep(
                        list(words),
                        kind,
                        table.setdefault(owner, {}).setdefault(lang, set()) if owner else None,
                    )
                    for lang, words in value.items()
                }
            elif key == "x-title-words":
                out[key] = [
                    ws for ws in value if self._keep([" ".join(ws)], "title word sets", None)
                ]
            else:
                out[key] = self.reduce(value, (*path, key), record_type)
        return out

    def wording(self) -> Wording:
        """Return the held-out words as the generator's wording."""

        def phrases(table: dict[str, dict[str, set[str]]]) -> dict[str, dict[str, tuple[str, ...]]]:
            return {
                owner: {lang: tuple(sorted(words)) for lang, words in sorted(langs.items())}
                for owner, langs in sorted(table.items())
            }

        return Wording(fields=phrases(self.fields), titles=phrases(self.titles))


def _field_owner(path: tuple[str, ...]) -> str | None:
    """Return the field whose synonyms sit at `path`; None for a period label (held out of
    the schemas, never written as a heading)."""
    if len(path) >= 2 and path[-2] in FIELD_PARENTS:
        return path[-1]
    return None


def reduced_schemas(out: Path) -> Holdout:
    """Write the shipped schemas without their held-out words to `out`; return what was held out."""
    holdout = Holdout()
    out.mkdir(parents=True, exist_ok=True)
    shipped = resources.files("pipeline.schemas")
    for file in sorted(shipped.iterdir(), key=lambda f: f.name):
        if not file.name.endswith(".json"):
            continue
        data = json.loads(file.read_text(encoding="utf-8"))
        data = holdout.reduce(data)
        (out / file.name).write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    return holdout


def _read_all(notes: Path, cache: Path | None) -> Iterator[tuple[str, Any]]:
    """Yield (stem, document) for every readable file; damaged files are left out, as the
    gold leaves them out. With `cache`, documents read before are loaded from there."""
    for path in sorted(notes.iterdir()):
        kept = cache / f"{path.name}.pickle" if cache else None
        if kept is not None and kept.is_file():
            yield path.stem, pickle.loads(kept.read_bytes())
            continue
        try:
            doc = read_document(path)
        except CasenotesError:
            continue
        if kept is not None:
            kept.parent.mkdir(parents=True, exist_ok=True)
            kept.write_bytes(pickle.dumps(doc))
        yield path.stem, doc


def predict(
    notes: Path, extractors: dict[str, Extractor], pred_root: Path, cache: Path | None = None
) -> dict[str, float]:
    """Write each extractor's predictions under `pred_root/<name>`; return seconds per stage."""
    seconds = {"ingest": 0.0, **{name: 0.0 for name in extractors}}
    clock = time.perf_counter()
    for stem, doc in _read_all(notes, cache):
        now = time.perf_counter()
        seconds["ingest"] += now - clock
        for name, extractor in extractors.items():
            start = time.perf_counter()
            result = extractor.extract(doc).to_json()
            seconds[name] += time.perf_counter() - start
            target = pred_root / name / f"{stem}.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
        clock = time.perf_counter()
    return seconds


def score(gold: Path, pred: Path) -> Report:
    kinds = KindIndex.from_schemas(load_schemas())
    gold_files, gold_skipped = scorable(read_outputs(gold))
    pred_files, pred_skipped = scorable(read_outputs(pred))
    return evaluate(pair_outputs(gold_files, pred_files), kinds, gold_skipped + pred_skipped)


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


COLUMNS: tuple[tuple[str, Callable[[Metrics], float | None]], ...] = (
    ("type", lambda m: m.type_accuracy),
    ("mr P", lambda m: m.missing_required_precision),
    ("mr R", lambda m: m.missing_required_recall),
    ("mr F1", lambda m: m.missing_required_f1),
    ("value", lambda m: m.value_accuracy),
    ("narr F1", lambda m: m.narrative_f1),
)


def rows(report: Report) -> dict[str, Metrics]:
    splits = report.by_split()
    return {"all": report.overall(), **{str(k): v for k, v in splits.items()}}


def print_table(title: str, report: Report) -> None:
    print(f"\n{title}")
    print(f"  {'split':14s} {'records':>7s} " + " ".join(f"{c:>7s}" for c, _ in COLUMNS))
    for split, metrics in rows(report).items():
        cells = " ".join(f"{_fmt(get(metrics)):>7s}" for _, get in COLUMNS)
        print(f"  {split:14s} {metrics.records:7d} {cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=DEFAULT_FILES, help="documents to generate")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed")
    parser.add_argument(
        "--keep", type=Path, help="write the corpus, gold, schemas and predictions here"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="with --keep: reuse the corpus and the documents read by an earlier run (no OCR)",
    )
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="casenotes-holdout-"))
    try:
        reuse = bool(args.keep and args.reuse and (work / "notes").is_dir())
        for part in ("schemas", "pred") if reuse else ("notes", "gold", "schemas", "pred", "docs"):
            shutil.rmtree(work / part, ignore_errors=True)
        holdout = reduced_schemas(work / "schemas")
        if not reuse:
            make_archive(
                work / "notes",
                args.files,
                args.seed,
                gold_dir=work / "gold",
                wording=holdout.wording(),
            )
        reduced = load_schemas(base=work / "schemas")
        # The model learns neither the held-out words nor the samples' texts (the corpus's).
        model = train(examples(reduced, gold_dirs(include_samples=False)))
        options = ExtractOptions()
        extractors = {
            "synonyms": Extractor(reduced, options, stems=False, model=False),
            "stems": Extractor(reduced, options, model=False),
            **{
                f"model@{t}": Extractor(reduced, options, model=model.with_threshold(t))
                for t in THRESHOLDS
            },
            "full": Extractor(load_schemas(), options, stems=False, model=False),
            "full+cascade": Extractor(load_schemas(), options),
        }
        cache = work / "docs" if args.keep else None
        seconds = predict(work / "notes", extractors, work / "pred", cache)
        reports = {name: score(work / "gold", work / "pred" / name) for name in extractors}
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        figures = {
            name: {
                split: {c: get(m) for c, get in COLUMNS} | {"records": m.records}
                for split, m in rows(report).items()
            }
            for name, report in reports.items()
        }
        print(json.dumps({"held_out": holdout.counts, "seconds": seconds, **figures}, indent=2))
        return 0
    held = ", ".join(f"{k} {n}/{total}" for k, (n, total) in holdout.counts.items())
    print(f"held out (sha1 mod {HOLDOUT_MODULUS} == 0): {held}")
    print(
        f"{args.files} files, seed {args.seed}; seconds: "
        + ", ".join(f"{k} {v:.1f}" for k, v in seconds.items())
    )
    titles = {
        "synonyms": "reduced schemas, listed synonyms only (the rules before the cascade)",
        "stems": "reduced schemas, + stems of the synonyms of any type",
        **{f"model@{t}": f"reduced schemas, + stems + classifier at p >= {t}" for t in THRESHOLDS},
        "full": "full schemas, synonyms only (every word known)",
        "full+cascade": "full schemas, whole cascade with the shipped model",
    }
    for name, report in reports.items():
        print_table(titles[name], report)
    if args.keep:
        print(f"\ncorpus, gold, schemas and predictions kept in {work}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the heading classifier (the mapping cascade's third step) and write it into the package.

    python bench/train.py [--out pipeline/models/fields.npz]      # = make train

Examples, all from what the repository holds (nothing downloaded):
- every synonym of every field in the schemas, as a heading with no text under it;
- every text, narrative and list value in the gold of the corpora
  (`samples/gold`, `tests/data/*_corpus/gold`, except those in `HELD_BACK`), as
  the text under a heading: once with no heading, and twice under one of the
  field's synonyms in the record's language (chosen by a hash of the text, so
  runs repeat).

The features are `pipeline.extract.fieldmodel.features` (hashed, the same at run
time); the model is scikit-learn's multinomial logistic regression (lbfgs,
deterministic). Only the weight rows of features seen in training are kept, as
float16, in an .npz written with fixed time stamps: the same inputs give the same
bytes. `bench/holdout.py` trains the same way without the held-out words and
without the samples' gold to score the model on words and texts it never saw.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `pipeline` importable
    sys.path.insert(0, str(REPO))

from pipeline.extract.fieldmodel import (  # noqa: E402
    DEFAULT_THRESHOLD,
    MODEL_FILE,
    N_FEATURES,
    FieldModel,
    features,
)
from pipeline.specs import SchemaSet, load_schemas  # noqa: E402

# The newest independent corpus stays out of training: it is scored, not learned from.
HELD_BACK = (
    "seventh_corpus",
    "tenth_corpus",
    "eleventh_corpus",
    "twelfth_corpus",
)  # scored, not learned from
BODY_KINDS = ("text", "narrative", "list")
HEADINGS_PER_BODY = 2
# Inverse regularisation strength: weaker fits the synonyms by heart and generalises worse.
C = 4.0
MAX_ITER = 2000
ZIP_DATE = (2024, 1, 1, 0, 0, 0)
Example = tuple[str, str, str]  # heading, text under it, field


def gold_dirs(include_samples: bool = True) -> list[Path]:
    """Return the gold folders of the corpora the model may learn from."""
    dirs = [REPO / "samples" / "gold"] if include_samples else []
    dirs += [
        d / "gold"
        for d in sorted((REPO / "tests" / "data").iterdir())
        if d.name.endswith("_corpus") and d.name not in HELD_BACK and (d / "gold").is_dir()
    ]
    return dirs


def _synonyms(schemas: SchemaSet) -> dict[str, dict[str, list[str]]]:
    """Return field -> language -> synonyms, pooled over record types, in a fixed order."""
    pooled: dict[str, dict[str, set[str]]] = {}
    for spec in schemas.records.values():
        for field in spec.fields:
            if field.kind == "entries":
                continue
            for lang, words in field.synonyms.items():
                pooled.setdefault(field.name, {}).setdefault(lang, set()).update(words)
    return {
        name: {lang: sorted(words) for lang, words in sorted(langs.items())}
        for name, langs in sorted(pooled.items())
    }


def _body(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return None


def examples(schemas: SchemaSet, golds: Iterable[Path]) -> list[Example]:
    """Return the training examples, in a fixed order."""
    synonyms = _synonyms(schemas)
    found: list[Example] = [
        (phrase, "", name)
        for name, langs in synonyms.items()
        for phrases in langs.values()
        for phrase in phrases
    ]
    for gold_dir in golds:
        for path in sorted(gold_dir.rglob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            for record in data.get("records", []) if isinstance(data, dict) else []:
                spec = schemas.get(record.get("record_type", ""))
                if spec is None:
                    continue
                lang = record.get("language") or "id"
                for name, value in sorted(record.get("fields", {}).items()):
                    body = _body(value)
                    if not body or not spec.has_field(name):
                        continue
                    if spec.field(name).kind not in BODY_KINDS:
                        continue
                    choices = synonyms.get(name, {}).get(lang, [])
                    # Alone as well: at run time the heading is one no synonym names, so
                    # the text under it must carry weight of its own.
                    found.append(("", body, name))
                    start = zlib.crc32(body.encode("utf-8"))
                    for i in range(min(HEADINGS_PER_BODY, len(choices))):
                        found.append((choices[(start + i) % len(choices)], body, name))
    return found


def train(found: Sequence[Example], threshold: float = DEFAULT_THRESHOLD) -> FieldModel:
    """Return a model fitted to the examples."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    classes = sorted({name for _, _, name in found})
    class_of = {name: i for i, name in enumerate(classes)}
    rows, cols = [], []
    for i, (heading, body, _) in enumerate(found):
        for index in set(features(heading, body)):
            rows.append(i)
            cols.append(index)
    x = csr_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(found), N_FEATURES)
    )
    y = np.array([class_of[name] for _, _, name in found])
    fitted = LogisticRegression(C=C, max_iter=MAX_ITER).fit(x, y)
    used = np.unique(np.array(cols, dtype=np.int64))
    return FieldModel(tuple(classes), used, fitted.coef_.T[used], fitted.intercept_, threshold)


def write_model(model: FieldModel, path: Path) -> None:
    """Write the model as an .npz whose bytes depend on the weights alone."""
    import numpy as np

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, array in sorted(model.to_arrays().items()):
            data = io.BytesIO()
            np.lib.format.write_array(data, np.asarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data.getvalue())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(buffer.getvalue())
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=REPO / "pipeline" / "models" / MODEL_FILE, help="model file"
    )
    args = parser.parse_args(argv)
    found = examples(load_schemas(), gold_dirs())
    model = train(found)
    write_model(model, args.out)
    print(
        f"{len(found)} examples, {len(model.classes)} fields -> {args.out} "
        f"({args.out.stat().st_size / 1e6:.2f} MB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

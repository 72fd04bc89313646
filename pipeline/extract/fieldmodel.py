"""The cascade's third step: a linear classifier from a heading and the text under it to a field.

Features are hashed (crc32, so the same in every process and on every
machine): the heading's folded words, their stems in both languages and
their character 3- and 4-grams, and the first words of the text under it.
The weights are trained by `make train` (`bench/train.py`, scikit-learn's
logistic regression) and ship as `pipeline/models/fields.npz`; only numpy is
needed here. The model is asked only about a line the layout already made a
heading or label and that no synonym or stem names, and its answer counts
only at or above `threshold`, among the fields of the record's type.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from pipeline.extract.normalize import fold_words
from pipeline.extract.stems import stem

N_FEATURES = 1 << 15
BODY_WORDS = 40  # the start of a section says what it is about
NGRAMS = (3, 4)
MODEL_FILE = "fields.npz"
# Below this probability the model's best field is no answer (measured on the hold-out).
DEFAULT_THRESHOLD = 0.5
# A heading's likeliest field this likely, short of the threshold, may still hint at a type.
MIN_TYPE_HINT = 0.3


def features(heading: str, body: str) -> list[int]:
    """Return the hashed feature indices of a heading and the text under it (with repeats)."""
    names: list[str] = []
    words = fold_words(heading)
    for word in words:
        names += (f"h:{word}", f"s:{stem(word, 'id')}", f"s:{stem(word, 'en')}")
        padded = f"<{word}>"
        names += [f"c:{padded[i : i + n]}" for n in NGRAMS for i in range(len(padded) - n + 1)]
    names += [f"b:{w}" for w in fold_words(body)[:BODY_WORDS] if w.isalpha()]
    if not body.strip():
        names.append("b:<none>")
    return [zlib.crc32(name.encode("utf-8")) % N_FEATURES for name in names]


@dataclass(frozen=True)
class Prediction:
    field: str
    probability: float


class FieldModel:
    """Weights over hashed features for each field name; rows only for features seen in training."""

    def __init__(
        self, classes: tuple[str, ...], rows: Any, weights: Any, bias: Any, threshold: float
    ) -> None:
        import numpy as np

        self.classes = classes
        self.threshold = threshold
        self._row_of = {int(r): i for i, r in enumerate(rows)}
        self._weights = np.asarray(weights, dtype=np.float32)
        self._bias = np.asarray(bias, dtype=np.float32)

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, Any]) -> FieldModel:
        return cls(
            tuple(str(c) for c in arrays["classes"]),
            arrays["rows"],
            arrays["weights"],
            arrays["bias"],
            float(arrays["threshold"]),
        )

    def to_arrays(self) -> dict[str, Any]:
        import numpy as np

        rows = sorted(self._row_of, key=self._row_of.__getitem__)
        return {
            "classes": np.array(self.classes),
            "rows": np.array(rows, dtype=np.int32),
            "weights": self._weights.astype(np.float16),
            "bias": self._bias,
            "threshold": np.array(self.threshold),
        }

    def with_threshold(self, threshold: float) -> FieldModel:
        """Return the same weights answering at another threshold."""
        arrays = self.to_arrays()
        arrays["threshold"] = threshold
        return FieldModel.from_arrays(arrays)

    def probabilities(self, heading: str, body: str) -> dict[str, float]:
        import numpy as np

        scores = self._bias.copy()
        for index in features(heading, body):
            row = self._row_of.get(index)
            if row is not None:
                scores += self._weights[row]
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return dict(zip(self.classes, (float(p) for p in scores), strict=True))

    def _best(self, heading: str, body: str, allowed: frozenset[str]) -> Prediction | None:
        """Return the likeliest of the `allowed` fields, its probability taken among them."""
        probabilities = self.probabilities(heading, body)
        ranked = sorted(
            ((probabilities[name], name) for name in allowed if name in probabilities),
            reverse=True,
        )
        total = sum(p for p, _ in ranked)
        return Prediction(ranked[0][1], ranked[0][0] / total) if ranked and total else None

    def predict(self, heading: str, body: str, allowed: Iterable[str]) -> Prediction | None:
        """Return the likeliest of the `allowed` fields (the record type's), or None.

        None below the threshold, and None when the text under the heading, read
        alone, points to another field: a heading's letters ("Rencana Anggaran
        Biaya" ~ "Rencana Tindak Lanjut") must not outvote what the section says.
        """
        fields = frozenset(allowed)
        best = self._best(heading, body, fields)
        if best is None or best.probability < self.threshold:
            return None
        if body.strip():
            alone = self._best("", body, fields)
            if alone is None or alone.field != best.field:
                return None
        return best

    def hint(self, heading: str, body: str, allowed: Iterable[str]) -> Prediction | None:
        """Return the likeliest of the `allowed` fields for a heading nobody listed when it is
        at least `MIN_TYPE_HINT` likely and the text read alone is likeliest that field too:
        short of naming the section, the agreement hints at the kind of record (`Who she is`
        over a client's description)."""
        fields = frozenset(allowed)
        best, alone = self._best(heading, body, fields), self._best("", body, fields)
        if best is None or alone is None or best.probability < MIN_TYPE_HINT:
            return None
        return best if alone.field == best.field else None

    def predict_agreed(
        self, heading: str, body: str, allowed: Iterable[str], among: Iterable[str]
    ) -> Prediction | None:
        """Return the likeliest of the `allowed` fields when the heading alone, read among the
        wider `among`, names the same one: a value or a text that only narrows the choice
        (a date, a name, a place) must not make a label name what its words do not."""
        prediction = self.predict(heading, body, allowed)
        if prediction is None:
            return None
        alone = self.predict(heading, "", among)
        return prediction if alone is not None and alone.field == prediction.field else None


@lru_cache(maxsize=1)
def shipped_model() -> FieldModel | None:
    """Return the model that ships in `pipeline/models/`, or None when it is absent."""
    import numpy as np

    file = resources.files("pipeline.models").joinpath(MODEL_FILE)
    if not file.is_file():
        return None
    with file.open("rb") as handle, np.load(handle, allow_pickle=False) as arrays:
        return FieldModel.from_arrays(dict(arrays))

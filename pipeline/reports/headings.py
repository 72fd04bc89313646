"""Headings and labels no schema field knows yet, by frequency, with a suggested field for each.

Reads the `unmatched` lists of the contract JSON under OUT_DIR
(`outputs.read_outputs`) and groups them by their matching key: numbering
stripped, then `normalize.fold_words` (case, accents, punctuation, OCR slips),
so `II. CATATAN SUPERVISOR:` and `Catatan supervisor` are one heading. A
group shows its most common spelling, its count, up to three example places
(file and page), and the record types it was seen in.

A suggestion is the field whose synonym (or label) is most similar to the
heading: the mean of the token-set Jaccard and the character-trigram Jaccard
of the folded texts. Fields of the heading's own record type are tried first;
a field of another type is suggested only when no own field reaches
`SUGGEST_THRESHOLD`. Only top-level fields are suggested: the snippet, a
`--schema-dir` file adding the heading as a synonym, must merge into the
field without replacing its definition (see the merge rules in `specs.py`).
Nothing under OUT_DIR is changed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.extract.normalize import fold_words, split_numbering
from pipeline.reports.outputs import RunOutputs
from pipeline.specs import LANGUAGES, SchemaSet

# Below this a "suggestion" is noise: about half the words and letters must be shared.
SUGGEST_THRESHOLD = 0.45
MAX_EXAMPLES = 3
TRIGRAM = 3
DEFAULT_LANGUAGE = "id"  # the snippet's language when no record said which it was
SCORE_DIGITS = 2


@dataclass(frozen=True)
class Occurrence:
    """One unmatched heading or label as one record listed it."""

    text: str
    kind: str
    file: str
    page: int | None
    record_type: str
    language: str | None


@dataclass(frozen=True)
class Suggestion:
    """The field a heading most resembles, with the synonym it resembles and the score."""

    field: str
    record_type: str
    score: float
    synonym: str


@dataclass(frozen=True)
class HeadingGroup:
    """All occurrences of one heading (one matching key), most common spelling first."""

    key: str
    text: str
    count: int
    kinds: tuple[str, ...]
    record_types: tuple[tuple[str, int], ...]  # most frequent first
    examples: tuple[tuple[str, int | None], ...]  # (file, page), at most MAX_EXAMPLES
    language: str
    suggestion: Suggestion | None

    def snippet(self) -> dict[str, Any] | None:
        """Return a --schema-dir file that adds this heading as a synonym of the suggested field."""
        if self.suggestion is None:
            return None
        return {
            "x-record-type": self.suggestion.record_type,
            "properties": {self.suggestion.field: {"x-synonyms": {self.language: [self.text]}}},
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "heading": self.text,
            "key": self.key,
            "count": self.count,
            "kinds": list(self.kinds),
            "record_types": dict(self.record_types),
            "examples": [{"file": f, "page": p} for f, p in self.examples],
            "suggestion": None
            if self.suggestion is None
            else {
                "field": self.suggestion.field,
                "record_type": self.suggestion.record_type,
                "score": self.suggestion.score,
                "synonym": self.suggestion.synonym,
            },
            "snippet": self.snippet(),
        }


def heading_key(text: str) -> str:
    """Return the matching key of a heading: numbering stripped, folded words joined by spaces."""
    return " ".join(fold_words(split_numbering(text)[1]))


def clean_heading(text: str) -> str:
    """Return a heading as an agency would add it: numbering, colons and extra spaces removed."""
    return " ".join(split_numbering(text)[1].split()).strip(" :.-")


def occurrences(outputs: RunOutputs) -> list[Occurrence]:
    """Return every unmatched heading and label of every record, in file and record order."""
    return [
        Occurrence(
            text=item.text,
            kind=item.kind,
            file=output.source_path,
            page=item.page,
            record_type=record.record_type or "unknown",
            language=record.language,
        )
        for output in outputs.files
        for record in output.result.records
        for item in record.unmatched
    ]


# --- similarity -------------------------------------------------------------------------------------


def _trigrams(text: str) -> set[str]:
    padded = f" {text} "
    return {padded[i : i + TRIGRAM] for i in range(len(padded) - TRIGRAM + 1)}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def similarity(a: str, b: str) -> float:
    """Return how alike two folded texts are, 0..1: mean of word-set and trigram Jaccard."""
    return (_jaccard(set(a.split()), set(b.split())) + _jaccard(_trigrams(a), _trigrams(b))) / 2


@dataclass(frozen=True)
class _Candidate:
    record_type: str
    field: str
    synonym: str
    key: str


class FieldIndex:
    """Every top-level field's synonyms and labels, folded, for suggesting a field."""

    def __init__(self, schemas: SchemaSet) -> None:
        candidates = []
        for record_type, spec in schemas.records.items():
            for field_spec in spec.fields:
                for synonym in dict.fromkeys(
                    [*field_spec.all_synonyms(), *field_spec.label.values()]
                ):
                    key = heading_key(synonym)
                    if key:
                        candidates.append(_Candidate(record_type, field_spec.name, synonym, key))
        self._candidates = tuple(candidates)

    def suggest(self, key: str, own_types: Iterable[str]) -> Suggestion | None:
        """Return the best field for a heading key: own record types first; None below the threshold."""
        own = set(own_types)
        scored = [(similarity(key, c.key), c) for c in self._candidates]
        for pool in ([s for s in scored if s[1].record_type in own], scored):
            if not pool:
                continue
            score, best = max(pool, key=lambda s: s[0])
            if score >= SUGGEST_THRESHOLD:
                return Suggestion(
                    best.field, best.record_type, round(score, SCORE_DIGITS), best.synonym
                )
        return None


def group_headings(
    found: Sequence[Occurrence], schemas: SchemaSet, min_count: int = 1
) -> tuple[HeadingGroup, ...]:
    """Return the headings seen at least `min_count` times, most frequent first (then by key)."""
    by_key: dict[str, list[Occurrence]] = {}
    for occurrence in found:
        key = heading_key(occurrence.text)
        if key:
            by_key.setdefault(key, []).append(occurrence)
    index = FieldIndex(schemas)
    groups = []
    for key, items in sorted(by_key.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(items) < min_count:
            continue
        spelling = Counter(clean_heading(o.text) for o in items).most_common(1)[0][0]
        types = Counter(o.record_type for o in items).most_common()
        languages = Counter(o.language for o in items if o.language in LANGUAGES).most_common(1)
        examples = tuple(dict.fromkeys((o.file, o.page) for o in items))[:MAX_EXAMPLES]
        groups.append(
            HeadingGroup(
                key=key,
                text=spelling,
                count=len(items),
                kinds=tuple(sorted({o.kind for o in items})),
                record_types=tuple(types),
                examples=examples,
                language=str(languages[0][0]) if languages else DEFAULT_LANGUAGE,
                suggestion=index.suggest(key, (t for t, _ in types if t in schemas.records)),
            )
        )
    return tuple(groups)


def render_text(groups: Sequence[HeadingGroup]) -> str:
    """Return the groups as a plain-text list for a terminal, each with its ready-to-paste snippet."""
    if not groups:
        return "No unmatched headings or labels.\n"
    total = sum(g.count for g in groups)
    lines = [f"{len(groups)} headings/labels no schema field knows ({total} occurrences):", ""]
    for group in groups:
        types = ", ".join(f"{t} {n}" for t, n in group.record_types)
        lines.append(f"{group.count:>5}x  {group.text}  [{'/'.join(group.kinds)}]  ({types})")
        places = "; ".join(f"{f} p.{p}" if p is not None else f for f, p in group.examples)
        lines.append(f"        seen in: {places}")
        if group.suggestion is None:
            lines.append("        suggestion: none (no field is similar enough)")
        else:
            s = group.suggestion
            lines.append(
                f'        suggestion: {s.field} ({s.record_type}), score {s.score:.2f}, like "{s.synonym}"'
            )
            lines.append(f"        snippet: {json.dumps(group.snippet(), ensure_ascii=False)}")
        lines.append("")
    return "\n".join(lines)

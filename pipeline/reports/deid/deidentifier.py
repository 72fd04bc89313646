"""Applying de-identification to records: person and case fields, every other string, paths."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from pipeline.reports.deid.dates import DateShifter
from pipeline.reports.deid.patterns import (
    PLACEHOLDERS,
    DeidPatterns,
    fold_name,
    name_key,
    split_honorifics,
)
from pipeline.reports.deid.people import KnownPeople
from pipeline.reports.deid.pseudonyms import PseudonymTable
from pipeline.reports.deid.recognizer import Recognizer

PSEUDONYM_PREFIX: Mapping[str, str] = {
    "client": "KLIEN",
    "worker": "PEKERJA",
    "other": "NAMA",
    "case": "KASUS",
}
# Counter keys of the de-identification report, one per kind of replacement.
REPORT_KEYS = (
    "name_client", "name_worker", "name_other", "nik", "phone", "email", "address", "birth_date",
    "case_number", "dates_shifted",
)  # fmt: skip


PATH_PUNCTUATION = re.compile(r"[_.-]")  # word separators in file names, read as spaces

# --- applying it to records ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordContext:
    """What the de-identifier knows about the record whose values it rewrites."""

    language: str | None
    birth_dates: frozenset[dt.date] = frozenset()
    shift_days: int | None = None  # None: dates are not shifted


@dataclass
class Replacements:
    """Counts of what was replaced, per `REPORT_KEYS` key (mutable: one per export run)."""

    counts: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, int]:
        return {key: self.counts.get(key, 0) for key in REPORT_KEYS}


class Deidentifier:
    """Rewrites record values: person fields become pseudonyms, every other string is scanned.

    Person fields (`person_fields` in the patterns) keep their leading
    honorific and become `Ibu [KLIEN-0007]`; case fields become `[KASUS-0042]`;
    `whole_value_fields` become their placeholder; every other string, list
    item and entry value is scanned by the `Recognizer` of the record's
    language. Dates move only when the context carries an offset. With
    `enabled` False only the date shift applies. Values are returned new; the
    input mapping is never changed.
    """

    def __init__(
        self,
        patterns: DeidPatterns,
        people: KnownPeople,
        recognizers: Mapping[str, Recognizer],
        pseudonyms: PseudonymTable | None,
        shifter: DateShifter | None = None,
    ) -> None:
        self.patterns = patterns
        self.people = people
        self.recognizers = recognizers
        self.pseudonyms = pseudonyms
        self.shifter = shifter
        self.replaced = Replacements()

    @property
    def enabled(self) -> bool:
        return self.pseudonyms is not None

    def pseudonym(self, role: str, key: str) -> str:
        """Return `[PREFIX-nnnn]` for `key`; people share one numbering whatever their role."""
        assert self.pseudonyms is not None, "pseudonyms are only asked for when de-identifying"
        namespace = "case" if role == "case" else "person"
        return f"[{PSEUDONYM_PREFIX[role]}-{self.pseudonyms.number(namespace, key):04d}]"

    def _name(self, text: str) -> tuple[str, str]:
        """Return (pseudonym, report key) for a name found in text: a known person's, or a new one."""
        key = name_key(text, self.patterns) or fold_name(text)
        person = self.people.match(key)
        if person is not None:
            return self.pseudonym(person.role, person.key), f"name_{person.role}"
        return self.pseudonym("other", key), "name_other"

    def text(self, text: str, context: RecordContext) -> str:
        """Return `text` with every identifying span replaced (and its dates shifted if asked)."""
        if self.enabled:
            text = self._replace(text, text, context)
        if self.shifter is not None and context.shift_days is not None:
            text, moved = self.shifter.shift(text, context.shift_days, context.language)
            self.replaced.counts["dates_shifted"] += moved
        return text

    def path(self, path: str, context: RecordContext) -> str:
        """Return a file path with the identifying spans of each part replaced.

        Each part is read with `_`, `-` and `.` as spaces (`Budi_Santoso.pdf`
        holds the name `Budi Santoso`); separators and the extension stay.
        """
        parts = path.split("/")
        return "/".join(
            self._replace(part, PATH_PUNCTUATION.sub(" ", part), context) for part in parts
        )

    def _replace(self, text: str, scanned: str, context: RecordContext) -> str:
        """Return `text` with the spans found in `scanned` (same length, same offsets) replaced."""
        recognizer = self.recognizers.get(context.language or "id") or self.recognizers["id"]
        for span in reversed(recognizer(scanned, context.birth_dates)):
            if span.kind == "name":
                replacement, report = self._name(scanned[span.start : span.end])
            else:
                replacement, report = PLACEHOLDERS[span.kind], span.kind
            self.replaced.counts[report] += 1
            text = text[: span.start] + replacement + text[span.end :]
        return text

    def shift_key(self, fields: Mapping[str, Any]) -> str | None:
        """Return what the dates of `fields` shift with: their client (a known person's full
        name when known), else their case number; None when they name neither."""
        for name, value in fields.items():
            key = name_key(value, self.patterns) if isinstance(value, str) else ""
            if self.patterns.person_fields.get(name) == "client" and key:
                person = self.people.match(key)
                return f"client:{person.key if person and person.role == 'client' else key}"
        for name in self.patterns.case_fields:
            value = fields.get(name)
            if isinstance(value, str) and fold_name(value):
                return f"case:{fold_name(value)}"
        return None

    def fields(self, fields: Mapping[str, Any], context: RecordContext) -> dict[str, Any]:
        """Return a de-identified copy of a record's `fields` (entries and lists included).

        An entry that names its own client shifts its dates with that client's offset.
        """
        if self.shifter is not None and context.shift_days is not None:
            key = self.shift_key(fields)
            if key is not None:
                context = replace(context, shift_days=self.shifter.offset(key))
        return {name: self._value(name, value, context) for name, value in fields.items()}

    def _value(self, name: str, value: Any, context: RecordContext) -> Any:
        if isinstance(value, list):
            return [self._value(name, item, context) for item in value]
        if isinstance(value, dict):
            return self.fields(value, context)
        if not isinstance(value, str):
            return value
        if self.enabled:
            role = self.patterns.person_fields.get(name)
            key = name_key(value, self.patterns)
            if role is not None and key:
                person = self.people.match(key)
                if person is not None and person.role == role:
                    key = person.key  # "Budi" in one record, "Budi Santoso" in another: one person
                honorific, _ = split_honorifics(value, self.patterns)
                self.replaced.counts[f"name_{role}"] += 1
                return f"{honorific} {self.pseudonym(role, key)}".strip()
            if name in self.patterns.case_fields and fold_name(value):
                self.replaced.counts["case_number"] += 1
                return self.pseudonym("case", fold_name(value))
            kind = self.patterns.whole_value_fields.get(name)
            if kind is not None:
                self.replaced.counts[kind] += 1
                return PLACEHOLDERS[kind]
        return self.text(value, context)

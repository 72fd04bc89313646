"""The people the exported records name in their person fields, and how a found name is matched to one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pipeline.reports.deid.patterns import DeidPatterns, fold_name, name_key, split_honorifics

MIN_PART_LETTERS = 3  # a known name's part shorter than this ("Ni", "A.") is not searched alone

# --- known people -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class KnownPerson:
    """Someone a record names in a person field: the role, the key, and the phrases searched for."""

    role: Literal["client", "worker"]
    key: str
    # The name as written (no honorific or degree), then each long enough word of it.
    phrases: tuple[str, ...]

    @property
    def parts(self) -> frozenset[str]:
        return frozenset(fold_name(p) for p in self.phrases[1:])


@dataclass(frozen=True)
class KnownPeople:
    """Everyone the exported records name in their person fields; clients before workers."""

    people: tuple[KnownPerson, ...] = ()

    @classmethod
    def from_fields(
        cls, records_fields: Iterable[Mapping[str, Any]], patterns: DeidPatterns
    ) -> KnownPeople:
        """Return the people named in the person fields of `records_fields` (entries included)."""
        found: dict[tuple[str, str], KnownPerson] = {}
        for fields in records_fields:
            for role, value in _person_values(fields, patterns):
                key = name_key(value, patterns)
                if not key or (role, key) in found:
                    continue
                core = split_honorifics(value, patterns)[1].split(",")[0].strip()
                words = tuple(
                    w
                    for w in core.split()
                    if sum(c.isalpha() for c in w) >= MIN_PART_LETTERS
                    and fold_name(w) not in patterns.never_parts
                )
                found[(role, key)] = KnownPerson(role, key, (core, *words))
        # "Budi" beside "Budi Santoso" in the same role is that person written short: keep one.
        keys = {(p.role, frozenset(p.key.split())) for p in found.values()}
        people = [
            p
            for p in found.values()
            if not any(r == p.role and set(p.key.split()) < words for r, words in keys)
        ]
        return cls(tuple(sorted(people, key=lambda p: (p.role != "client", p.key))))

    def match(self, key: str) -> KnownPerson | None:
        """Return the person a found name refers to: the same key, or one's words inside the other's.

        "Budi" and "Budi Santoso Putra" both refer to a known "Budi Santoso";
        clients are tried before workers, so a word two people share goes to the client.
        """
        words = set(key.split())
        if not words:
            return None
        for person in self.people:
            if person.key == key:
                return person
        for person in self.people:
            if person.parts and (words <= set(person.key.split()) or person.parts <= words):
                return person
        return None


def _person_values(
    fields: Mapping[str, Any], patterns: DeidPatterns
) -> Iterable[tuple[Literal["client", "worker"], str]]:
    for name, value in fields.items():
        role = patterns.person_fields.get(name)
        if role in ("client", "worker") and isinstance(value, str):
            yield role, value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    yield from _person_values(item, patterns)

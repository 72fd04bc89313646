"""Missing or to review (pipeline/extract/absence.py, `review_missing`) as a decision table:
the required fields not found and what no field took in, each field in exactly one of
`missing_required` and `needs_review` out, with the places to look.

Which single orphan could hold which field is tests/test_absence.py's table; this one
pins how a record's whole list is divided.
"""

from __future__ import annotations

import pytest

from pipeline.extract.absence import MAX_CANDIDATES, REASONS, review_missing
from pipeline.extract.assemble import Orphan
from pipeline.extract.extractor import get_extractor
from pipeline.specs import load_schemas

PROSE = (
    "Klien tampak lebih tenang di akhir sesi dan menyatakan ingin melanjutkan "
    "pertemuan minggu depan bersama ibunya di rumah."
)
CLOSING = Orphan("Penutup", "heading", 3, [PROSE])
DATE_LABEL = Orphan("Hari Kejadian", "label", 1, ["5 Maret 2024"])
CODE = Orphan("SK-LN-0042", "heading", 2, [PROSE])
PASSAGE = Orphan("Awal", "passage", 1, [PROSE])

Reviewed = tuple[str, str, list[tuple[str, int | None]]]  # field, reason, candidates
# (required fields not found, orphans, still missing, to review)
TABLE: list[tuple[list[str], list[Orphan], tuple[str, ...], list[Reviewed]]] = [
    (["conclusion"], [], ("conclusion",), []),
    (["conclusion"], [CLOSING], (), [("conclusion", REASONS["heading"], [("Penutup", 3)])]),
    (["conclusion"], [CODE, PASSAGE], ("conclusion",), []),  # a code and loose text hold nothing
    (
        ["conclusion", "interview_date"],
        [CLOSING, DATE_LABEL],
        (),
        [
            ("conclusion", REASONS["heading"], [("Penutup", 3)]),
            ("interview_date", REASONS["label"], [("Hari Kejadian", 1)]),
        ],
    ),
    (  # one field found a place, the other none: each in its own list
        ["interview_date", "conclusion"],
        [DATE_LABEL],
        ("conclusion",),
        [("interview_date", REASONS["label"], [("Hari Kejadian", 1)])],
    ),
    (["entries[2].date"], [DATE_LABEL], ("entries[2].date",), []),  # a nested path is no field
]


@pytest.mark.parametrize(("required", "orphans", "missing", "reviews"), TABLE)
def test_each_field_not_found_is_missing_or_to_review(
    required: list[str], orphans: list[Orphan], missing: tuple[str, ...], reviews: list[Reviewed]
) -> None:
    spec = load_schemas().records["process_record"]
    found_missing, found_reviews = review_missing(spec, required, orphans)
    assert found_missing == missing
    assert [
        (r.field, r.reason, [(c.text, c.page) for c in r.candidates]) for r in found_reviews
    ] == reviews


def test_at_most_three_places_are_named() -> None:
    spec = load_schemas().records["process_record"]
    places = [Orphan(f"Penutup {n}", "heading", n, [PROSE]) for n in range(1, 6)]
    _, (review,) = review_missing(spec, ["conclusion"], places)
    assert [c.page for c in review.candidates] == list(range(1, MAX_CANDIDATES + 1))


NEXT_TIME = Orphan(
    "NEXT SESSION",
    "heading",
    3,
    [
        "We agreed to meet again next Tuesday at the centre to fill in the housing form "
        "together and call the landlord."
    ],
)
CLOSING_THOUGHTS = Orphan(
    "Closing Thoughts",
    "heading",
    3,
    [
        "Overall the client seems more settled and able to name her worries; the main "
        "concern remains money and the housing situation."
    ],
)


# (an unknown heading over prose, still missing with the classifier's reading)
MODEL_READS = [
    (CLOSING_THOUGHTS, False),  # reads as a conclusion: to review
    (CLOSING, False),
    (NEXT_TIME, True),  # reads as next steps: it cannot hold the conclusion
]


@pytest.mark.parametrize(("orphan", "missing"), MODEL_READS, ids=lambda v: getattr(v, "text", v))
def test_the_classifier_rules_out_a_section_that_reads_as_another(
    orphan: Orphan, missing: bool
) -> None:
    extractor = get_extractor()
    spec = extractor.schemas.get("process_record")
    assert spec is not None
    assert extractor.cascade.model is not None
    found_missing, _ = review_missing(spec, ["conclusion"], [orphan])
    assert found_missing == ()  # by its form alone, any of them could hold it
    found_missing, _ = review_missing(spec, ["conclusion"], [orphan], extractor.cascade.model)
    assert (found_missing == ("conclusion",)) is missing

"""The scanned samples read back: OCR word accuracy against the text the scans were made from.

Every value in a sample's gold file was typed onto the page before it was
scanned, so the gold values are the reference text: the share of their words
(as a multiset) that the OCR'd document holds is the word accuracy.
"""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.ingest import read_document

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
MIN_WORD_ACCURACY = 0.95
_WORD = re.compile(r"\w+", re.UNICODE)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _words(text: str) -> Counter:
    return Counter(w.casefold() for w in _WORD.findall(text))


@pytest.mark.parametrize(
    "name",
    [
        "cr04_catatan_kasus_andi_scan",
        "pr08_process_recording_lake_scan",
        "dl05_catatan_harian_kadek_scan",
    ],
)
def test_scanned_sample_word_accuracy(name):
    gold = json.loads((SAMPLES / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    raw_values = [
        s for r in gold["records"] for s in _strings(r["fields"]) if not re.fullmatch(r"[\d-]+", s)
    ]
    expected = _words(" ".join(raw_values))
    document = read_document(SAMPLES / "notes" / f"{name}.pdf")
    assert document.ocr_pages == tuple(range(1, len(document.pages) + 1))
    page_text = " ".join([document.text, *(b.text for b in document.furniture)])
    found = _words(page_text)
    matched = sum(min(count, found[word]) for word, count in expected.items())
    assert matched / sum(expected.values()) >= MIN_WORD_ACCURACY

"""The mark of tests that run real tesseract: skipped where its Indonesian and English data
are not installed (a fresh machine gets them from the Makefile's apt packages)."""

from __future__ import annotations

import pytest

from pipeline.errors import DependencyMissing
from pipeline.ingest.ocr import find_tessdata


def ocr_available() -> bool:
    try:
        find_tessdata("ind+eng")
    except DependencyMissing:
        return False
    return True


needs_ocr = pytest.mark.skipif(not ocr_available(), reason="tesseract ind+eng not installed")

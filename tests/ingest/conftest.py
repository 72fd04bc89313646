"""Generated PDF fixtures for the ingest tests, written once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest import pdf_fixtures


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="session")
def headings_pdf(pdf_dir: Path) -> Path:
    return pdf_fixtures.write_headings_pdf(pdf_dir / "headings.pdf")


@pytest.fixture(scope="session")
def multipage_pdf(pdf_dir: Path) -> Path:
    return pdf_fixtures.write_multipage_pdf(pdf_dir / "multipage.pdf", pages=3)


@pytest.fixture(scope="session")
def page_number_pdf(pdf_dir: Path) -> Path:
    return pdf_fixtures.write_page_number_pdf(pdf_dir / "page_number.pdf")


@pytest.fixture(scope="session")
def table_pdf(pdf_dir: Path) -> Path:
    return pdf_fixtures.write_table_pdf(pdf_dir / "table.pdf")


@pytest.fixture(scope="session")
def two_column_pdf(pdf_dir: Path) -> Path:
    return pdf_fixtures.write_two_column_pdf(pdf_dir / "two_column.pdf")


@pytest.fixture(scope="session")
def scanned_pdf(pdf_dir: Path) -> Path:
    return pdf_fixtures.write_scanned_pdf(pdf_dir / "scanned.pdf")

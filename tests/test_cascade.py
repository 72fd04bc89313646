"""The mapping cascade: a heading no synonym lists is named by stems, then by the classifier,
and the evidence says which step named it."""

import io

import pytest
from docx import Document as WordDocument

from pipeline.extract.extractor import Extractor
from pipeline.extract.fieldmodel import features, shipped_model
from pipeline.extract.stems import stem
from pipeline.ingest import read_document
from pipeline.options import ExtractOptions
from pipeline.specs import load_schemas
from tests.line_writers import write_docx


@pytest.mark.parametrize(
    ("one", "other", "language"),
    [
        ("pelaksanaan", "dilaksanakan", "id"),
        ("penanganan", "menangani", "id"),
        ("assessment", "assessed", "en"),
    ],
)
def test_affixed_forms_share_a_stem(one, other, language):
    assert stem(one, language) == stem(other, language)


@pytest.mark.parametrize(
    ("agent", "other"),
    [
        ("pendamping", "dampingan"),  # the companion (the worker), the one accompanied
        ("pendamping", "pendampingan"),  # ... and accompanying, the act
        ("pembina", "binaan"),
        ("pelapor", "laporan"),
    ],
)
def test_an_indonesian_agent_noun_keeps_its_stem_apart(agent, other):
    assert stem(agent, "id") != stem(other, "id")
    assert stem(agent, "id") == stem(agent, "id").rstrip("*") + "*"


def test_the_accompanied_is_the_client_and_the_companion_the_worker(tmp_path):
    lines = ("#CATATAN PROSES", "Nama Dampingan : Muhammad Irfan Syam",
             "Pendamping : Andi Nurhalimah", "Tanggal : 4 Maret 2024", "#Pendahuluan",
             "Irfan baru mengetahui hasil tesnya seminggu yang lalu.")  # fmt: skip
    path = write_docx(tmp_path / "note.docx", lines)
    (record,) = Extractor(load_schemas(), ExtractOptions()).extract(read_document(path)).records
    assert (record.fields.get("client_name"), record.fields.get("worker_name")) == (
        "Muhammad Irfan Syam",
        "Andi Nurhalimah",
    )


def test_short_words_keep_their_letters():
    assert stem("ke", "id") == "ke"
    assert stem("ibu", "id") == "ibu"


def test_features_are_the_same_in_every_process():
    # crc32, not hash(): PYTHONHASHSEED must not change what the model reads.
    assert features("Kata Penutup", "Klien pulang.") == features("Kata Penutup", "Klien pulang.")
    assert features("Kata Penutup", "")[:3] == features("Kata Penutup", "x")[:3]


def _case_record(tmp_path, heading: str, body: str):
    document = WordDocument()
    document.add_heading("CASE RECORD", level=1)
    for label, value in (
        ("Case No.", "CR-2024-007"),
        ("Client Name", "Mrs. Ani Lestari"),
        ("Social Worker", "Budi Santoso"),
    ):
        document.add_paragraph(f"{label}: {value}")
    document.add_heading("Presenting Problem", level=2)
    document.add_paragraph("The client was evicted in March and sleeps at a relative's house.")
    document.add_heading(heading, level=2)
    document.add_paragraph(body)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "case.docx"
    path.write_bytes(buffer.getvalue())
    return read_document(path)


ASSESSMENT = (
    "The core problem is unresolved grief and isolation; her strengths are her faith and her "
    "sister, and the main risk is depression."
)


def test_a_heading_named_by_stems_says_so(tmp_path):
    doc = _case_record(tmp_path, "Assessing", ASSESSMENT)
    with_stems = Extractor(load_schemas(), ExtractOptions(), model=False).extract(doc)
    without = Extractor(load_schemas(), ExtractOptions(), stems=False, model=False).extract(doc)
    record = with_stems.records[0]
    assert record.fields["assessment"].startswith("The core problem")
    assert record.evidence["assessment"].to_json()["via"] == "stem"
    assert "assessment" not in without.records[0].fields


def test_a_heading_only_the_classifier_names_says_so(tmp_path):
    model = shipped_model()
    assert model is not None
    # (`Analysis` alone is named by rules now: `analysis` is a word only the assessment's
    # synonyms have.)
    doc = _case_record(tmp_path, "Professional judgement", ASSESSMENT)
    record = Extractor(load_schemas(), ExtractOptions(), model=model).extract(doc).records[0]
    rules_only = Extractor(load_schemas(), ExtractOptions(), model=False).extract(doc).records[0]
    assert "assessment" not in rules_only.fields
    assert record.evidence["assessment"].to_json() == {
        "page": 1,
        "label": "Professional judgement",
        "via": "model",
    }


def test_a_heading_the_text_under_it_contradicts_stays_unmatched(tmp_path):
    # "Rencana" leans to next steps; a budget under it does not: no guess.
    doc = _case_record(
        tmp_path, "Rencana Anggaran Biaya", "Transport Rp 150.000; konsumsi Rp 75.000."
    )
    record = Extractor(load_schemas(), ExtractOptions()).extract(doc).records[0]
    assert not any(ev.via == "model" for ev in record.evidence.values())
    assert [u.text for u in record.unmatched] == ["Rencana Anggaran Biaya"]


def test_a_listed_synonym_keeps_the_evidence_it_always_had(tmp_path):
    doc = _case_record(tmp_path, "Assessment", ASSESSMENT)
    record = Extractor(load_schemas(), ExtractOptions()).extract(doc).records[0]
    assert record.evidence["assessment"].to_json() == {"page": 1, "label": "Assessment"}


FUNDING = "APBD Provinsi Jawa Barat, dana CSR perusahaan dan donatur perorangan"


def _agency_record(tmp_path, line: str):
    document = WordDocument()
    document.add_heading("PROFIL LEMBAGA", level=1)
    for text in ("Nama Lembaga: Yayasan Pelita Kasih", "Tahun Berdiri: 2009", line):
        document.add_paragraph(text)
    path = tmp_path / "agency.docx"
    document.save(path)
    return read_document(path)


@pytest.mark.parametrize(
    ("line", "field"),
    [
        # a section written on its label's line, the label unlisted: the classifier names it
        (f"Dana Operasional: {FUNDING}", "funding_sources"),
        ("Dana Operasional: Rp 2.500.000", None),  # too short to be a section
        ("Dana Operasional: 1 Januari 2024 s.d. 31 Desember 2024", None),  # dates, no section
        ("Dana Operasional: Ibu Sari Wulandari", None),  # a person's name
    ],
)
def test_a_section_on_its_labels_line_is_named_by_the_classifier(tmp_path, line, field):
    (record,) = (
        Extractor(load_schemas(), ExtractOptions()).extract(_agency_record(tmp_path, line)).records
    )
    by_model = [name for name, ev in record.evidence.items() if ev.via == "model"]
    assert by_model == ([field] if field else [])
    if field:
        assert record.fields[field] == FUNDING

"""Record type from all the evidence: the evidence class, its calibrated confidence, alternatives."""

import json
from importlib import resources

import pytest
from docx import Document as WordDocument

from pipeline.extract.classify import EVIDENCE_CLASSES, classify, type_calibration
from pipeline.extract.extractor import get_extractor
from pipeline.extract.lines import document_items
from pipeline.extract.segment import segment
from pipeline.ingest import read_document


def _verdicts(path, paragraphs):
    doc = WordDocument()
    for text, heading in paragraphs:
        if heading:
            doc.add_paragraph(text).runs[0].bold = True
        else:
            doc.add_paragraph(text)
    doc.save(path)
    ex = get_extractor()
    segs = segment(document_items(read_document(path)), ex.index)
    return [classify(s, ex.index, ex.schemas, ex.vocabulary) for s in segs]


CASE_BODY = [
    ("No. Kasus: CK-2024-017", False),
    ("Nama Klien: Ani Lestari", False),
    ("Identitas Klien", True),
    ("Klien berusia 15 tahun dan tinggal bersama neneknya di Bandung.", False),
    ("Masalah yang Dihadapi", True),
    ("Klien sering membolos sekolah sejak orang tuanya bercerai.", False),
    ("Asesmen", True),
    ("Klien mengalami kehilangan figur orang tua.", False),
    ("Rencana Intervensi", True),
    ("Konseling individu setiap minggu dan mediasi keluarga.", False),
]


def test_the_shipped_table_names_only_known_classes_and_counts():
    data = json.loads(
        resources.files("pipeline.extract").joinpath("type_calibration.json").read_text("utf-8")
    )
    assert set(data["classes"]) <= set(EVIDENCE_CLASSES)
    for counts in data["classes"].values():
        assert 0 <= counts["right"] <= counts["records"]
    assert all(0 < p < 1 for p in type_calibration().values())


def test_a_title_the_fields_agree_with(tmp_path):
    (verdict,) = _verdicts(tmp_path / "a.docx", [("CATATAN KASUS", True), *CASE_BODY])
    assert (verdict.record_type, verdict.evidence) == ("case_record", "title")
    assert verdict.confidence == round(type_calibration()["title"], 3)


def test_a_title_the_fields_contest_is_less_sure_and_names_the_other_type(tmp_path):
    (verdict,) = _verdicts(tmp_path / "b.docx", [("CATATAN HARIAN", True), *CASE_BODY])
    assert (verdict.record_type, verdict.evidence) == ("daily_log", "title_contested")
    assert verdict.confidence < type_calibration()["title"]
    assert verdict.alternatives[0][0] == "case_record"
    assert sum(c for _, c in verdict.alternatives) == pytest.approx(1 - verdict.confidence)


def test_no_title_a_clear_vote(tmp_path):
    (verdict,) = _verdicts(tmp_path / "c.docx", CASE_BODY)
    assert (verdict.record_type, verdict.evidence) == ("case_record", "votes_clear")
    assert [t for t, _ in verdict.alternatives] == sorted(
        (t for t, _ in verdict.alternatives), key=lambda t: -dict(verdict.alternatives)[t]
    )

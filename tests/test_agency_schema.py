"""An agency's own headings are a data change: --schema-dir adds them, no code changes."""

import json

from docx import Document as WordDocument

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document
from pipeline.options import ExtractOptions


def _case_with_own_heading(path):
    doc = WordDocument()
    doc.add_heading("CATATAN KASUS", 0)
    doc.add_paragraph("Kisah Hidup Klien").runs[0].bold = True
    doc.add_paragraph("Klien lahir di Garut dan pindah ke Bandung pada usia tujuh tahun.")
    doc.save(path)
    return path


def test_a_new_heading_synonym_changes_extraction(tmp_path):
    document = read_document(_case_with_own_heading(tmp_path / "case.docx"))

    before = extract_records(document).records[0]
    assert "social_environment" not in before.fields
    # no synonym names it; the order of sections reads the life story as the client's identity
    assert before.evidence["client_identity"].via == "order"

    agency = tmp_path / "agency-schemas"
    agency.mkdir()
    (agency / "case_record.json").write_text(
        json.dumps(
            {
                "x-record-type": "case_record",
                "properties": {"social_environment": {"x-synonyms": {"id": ["Kisah Hidup Klien"]}}},
            }
        )
    )
    after = extract_records(document, options=ExtractOptions(schema_dirs=(agency,))).records[0]
    assert after.fields["social_environment"].startswith("Klien lahir di Garut")
    assert after.evidence["social_environment"].label == "Kisah Hidup Klien"
    assert after.unmatched == ()


def test_an_agency_record_type_needs_no_code(tmp_path):
    agency = tmp_path / "agency-schemas"
    agency.mkdir()
    (agency / "home_visit.json").write_text(
        json.dumps(
            {
                "x-record-type": "home_visit",
                "x-label": {"id": "Laporan Kunjungan Rumah", "en": "Home Visit Report"},
                "x-titles": {"id": ["Laporan Kunjungan Rumah"], "en": ["Home Visit Report"]},
                "properties": {
                    "client_name": {
                        "$ref": "common.json#/$defs/client_name",
                        "x-level": "required",
                    },
                    "observations": {
                        "type": "string",
                        "minLength": 1,
                        "x-kind": "narrative",
                        "x-level": "required",
                        "x-synonyms": {"id": ["Hasil Kunjungan"], "en": ["Findings"]},
                    },
                },
            }
        )
    )
    doc = WordDocument()
    doc.add_heading("LAPORAN KUNJUNGAN RUMAH", 0)
    doc.add_paragraph("Nama Klien : Ibu Warsini")
    doc.add_paragraph("Hasil Kunjungan").runs[0].bold = True
    doc.add_paragraph("Rumah klien bersih dan anak-anak bersekolah.")
    doc.save(tmp_path / "visit.docx")

    record = extract_records(
        read_document(tmp_path / "visit.docx"), options=ExtractOptions(schema_dirs=(agency,))
    ).records[0]
    assert record.record_type == "home_visit"
    assert record.fields == {
        "client_name": "Ibu Warsini",
        "observations": "Rumah klien bersih dan anak-anak bersekolah.",
    }
    assert record.complete

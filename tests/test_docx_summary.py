"""DOCX summaries: written from hand-built contract JSON, read back with python-docx.

Each result below is one kind of record the summary must handle: an Indonesian
case record closed with gaps, a complete English process record, a daily log
with entries, and an unknown document. Gold samples, when present, are all
summarised too. One test renders through LibreOffice to prove the file opens.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from docx import Document as read_docx
from docx.document import Document
from docx.table import Table

from pipeline.cli import main
from pipeline.records import FileResult
from pipeline.specs import SchemaSet, load_schemas
from pipeline.write.docx_summary import AMBER, GREEN, RED, write_summary

VERSION = "9.9.9"
SHA = "5f" * 32
GOLD_DIR = Path(__file__).resolve().parent.parent / "samples" / "gold"
SOFFICE_TIMEOUT_S = 120

# 12 sentences, ~190 words: long enough to be condensed.
LONG_PROBLEM = "\n".join(
    [
        "Klien datang ke kantor LKS pada tgl. 5 Maret 2024 bersama ibunya, Ny. Sri Wahyuni. "
        "Klien tampak cemas dan sering menunduk ketika ditanya tentang sekolahnya.",
        "Ibu klien menjelaskan bahwa klien sudah tiga minggu tidak masuk sekolah karena sering "
        "diejek oleh teman-temannya. Menurut ibu klien, ejekan itu berkaitan dengan kondisi "
        "ekonomi keluarga yang sulit sejak ayah klien kehilangan pekerjaan.",
        "Pekerja sosial menanyakan kepada klien apa yang dirasakan klien ketika berada di sekolah. "
        "Klien menjawab bahwa ia merasa malu dan takut, dan lebih suka membantu ibunya berjualan di pasar.",
        "Cuaca hari itu hujan deras. Ruang tunggu kantor penuh.",
        "Pekerja sosial dan ibu klien sepakat bahwa klien perlu didampingi untuk kembali ke sekolah, "
        "dan bahwa wali kelas klien akan dihubungi oleh pekerja sosial minggu depan. Klien setuju "
        "untuk mencoba kembali ke sekolah jika ada pendampingan.",
        "Sesi diakhiri pukul 11.00. Pekerja sosial memberikan nomor telepon kantor kepada ibu klien.",
    ]
)
DROPPED_SENTENCE = "Cuaca hari itu hujan deras."


def _result(
    *records: dict[str, Any], path: str = "in/berkas.pdf", ocr: tuple[int, ...] = ()
) -> FileResult:
    return FileResult.from_json(
        {
            "contract_version": "1",
            "source": {
                "path": path,
                "sha256": SHA,
                "format": "pdf",
                "pages": 3,
                "ocr_pages": list(ocr),
            },
            "records": list(records),
            "warnings": [],
        }
    )


def _record(
    record_type: str, language: str | None, fields: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    record = {
        "record_type": record_type,
        "confidence": 0.9 if record_type != "unknown" else 0.2,
        "language": language,
        "pages": [1, 3],
        "fields": fields,
        "evidence": {},
        "missing_required": [],
        "missing_recommended": [],
        "complete": True,
        "unmatched": [],
    }
    record.update(extra)
    record["complete"] = not record["missing_required"]
    return record


CASE_CLOSED_ID = _record(
    "case_record",
    "id",
    {
        "case_number": "LKS-2024/017",
        "client_name": "Budi Santoso",
        "worker_name": "Rina Marlina, S.Tr.Sos.",
        "date_opened": "2024-03-05",
        "date_closed": "2024-06-28",
        "case_status": "closed",
        "client_identity": "Budi Santoso, 12 tahun, kelas 6 SD Negeri 3 Bandung.",
        "presenting_problem": LONG_PROBLEM,
        "social_environment": "Klien tinggal bersama ibu dan dua saudaranya.",
        "assessment": "Penurunan motivasi sekolah akibat perundungan.",
        "intervention_plan": "Pendampingan kembali ke sekolah; konseling keluarga.",
        "interventions": "Tiga kali kunjungan rumah.",
        "attachments": ["Fotokopi rapor", "Surat keterangan dokter"],
    },
    missing_required=["evaluation", "termination"],
    missing_recommended=["referral_source"],
)

PROCESS_COMPLETE_EN = _record(
    "process_record",
    "en",
    {
        "case_number": "CR-88",
        "client_name": "Mary Jones",
        "worker_name": "Tom Baker",
        "interview_date": "2024-03-05",
        "location": "Client's home",
        "interview_purpose": "To review the school attendance plan.",
        "introduction": "The worker visited Mary at home after school.",
        "interview_narrative": "Worker: How was school this week?\nClient: Better. I went every day.",
        "nonverbal_observations": "Mary smiled and kept eye contact.",
        "worker_reflection": "I felt relieved; the plan seems to work.",
        "conclusion": "Attendance has improved; continue weekly visits.",
    },
)

DAILY_LOG_ID = _record(
    "daily_log",
    "id",
    {
        "worker_name": "Rina Marlina",
        "entries": [
            {"date": "2024-03-05", "time": "09:00", "duration_minutes": 45,
             "description": "Kunjungan rumah klien.", "client_name": "Budi Santoso"},
            {"date": "2024-03-06", "time": "13:30", "duration_minutes": 30,
             "description": "Koordinasi dengan wali kelas."},
        ],
    },
    missing_recommended=["entries[1].client_name"],
)  # fmt: skip

UNKNOWN_WITH_FIELD = _record("unknown", "id", {"client_name": "Siti Aminah"})


@pytest.fixture(scope="module")
def schemas() -> SchemaSet:
    return load_schemas()


def _write(
    result: FileResult, tmp_path: Path, schemas: SchemaSet, *, full_text: bool = False
) -> Document:
    out = tmp_path / "summary.docx"
    write_summary(result, out, schemas=schemas, full_text=full_text, version=VERSION)
    return read_docx(str(out))


def _texts(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs]


def _styled(document: Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == style]


def _table_rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _colored_runs(table: Table) -> dict[str, list[str]]:
    """Return the run texts of a one-cell table keyed by their hex colour."""
    runs: dict[str, list[str]] = {}
    for paragraph in table.cell(0, 0).paragraphs:
        for run in paragraph.runs:
            color = run.font.color.rgb
            if color is not None:
                runs.setdefault(str(color), []).append(run.text)
    return runs


def test_title_is_the_record_label_in_the_record_language(
    tmp_path: Path, schemas: SchemaSet
) -> None:
    document = _write(_result(CASE_CLOSED_ID), tmp_path, schemas)
    assert _styled(document, "Title") == ["Catatan Kasus"]
    english = _write(_result(PROCESS_COMPLETE_EN), tmp_path, schemas)
    assert _styled(english, "Title") == ["Process Record"]


def test_source_line_names_file_pages_and_ocr(tmp_path: Path, schemas: SchemaSet) -> None:
    document = _write(_result(CASE_CLOSED_ID, path="in/kasus.pdf", ocr=(2,)), tmp_path, schemas)
    assert "Berkas sumber: in/kasus.pdf · halaman 1–3 · teks halaman 2 dibaca dengan OCR" in _texts(
        document
    )


def test_incomplete_record_lists_required_in_red_and_recommended_in_amber(
    tmp_path: Path, schemas: SchemaSet
) -> None:
    document = _write(_result(CASE_CLOSED_ID), tmp_path, schemas)
    runs = _colored_runs(document.tables[0])
    assert "Belum lengkap" in runs[str(RED)]
    assert "Evaluasi, Terminasi" in runs[str(RED)]
    assert "Sumber Rujukan" in runs[str(AMBER)]
    assert str(GREEN) not in runs


def test_complete_record_says_so_in_green(tmp_path: Path, schemas: SchemaSet) -> None:
    document = _write(_result(PROCESS_COMPLETE_EN), tmp_path, schemas)
    runs = _colored_runs(document.tables[0])
    assert runs == {str(GREEN): ["Complete"]}


def test_record_to_review_names_the_field_and_where_to_look_in_amber(
    tmp_path: Path, schemas: SchemaSet
) -> None:
    review = {
        "field": "conclusion",
        "reason": "not found; may be under an unknown heading",
        "candidates": [{"text": "Closing Thoughts", "page": 2}],
    }
    record = {**PROCESS_COMPLETE_EN, "needs_review": [review], "status": "needs_review"}
    document = _write(_result(record), tmp_path, schemas)
    runs = _colored_runs(document.tables[0])
    assert "Needs review" in runs[str(AMBER)]
    assert "Conclusion (may be under “Closing Thoughts”)" in runs[str(AMBER)]
    assert str(GREEN) not in runs
    assert str(RED) not in runs


def test_nested_missing_path_is_labelled_with_entry_number(
    tmp_path: Path, schemas: SchemaSet
) -> None:
    document = _write(_result(DAILY_LOG_ID), tmp_path, schemas)
    assert "Catatan Kegiatan 2: Nama Klien" in _colored_runs(document.tables[0])[str(AMBER)]


@pytest.mark.parametrize(
    ("record", "rows"),
    [
        (
            CASE_CLOSED_ID,
            [["Nomor Kasus", "LKS-2024/017"], ["Nama Klien", "Budi Santoso"],
             ["Tanggal Kasus Dibuka", "5 Maret 2024"], ["Status Kasus", "Selesai (ditutup)"]],
        ),
        (
            PROCESS_COMPLETE_EN,
            [["Case number", "CR-88"], ["Client name", "Mary Jones"],
             ["Interview date", "5 March 2024"], ["Location", "Client's home"]],
        ),
    ],
    ids=["id", "en"],
)  # fmt: skip
def test_header_fields_table_uses_labels_in_record_language(
    tmp_path: Path, schemas: SchemaSet, record: dict[str, Any], rows: list[list[str]]
) -> None:
    table_rows = _table_rows(_write(_result(record), tmp_path, schemas).tables[1])
    for row in rows:
        assert row in table_rows


def test_narratives_are_heading_2_in_schema_order(tmp_path: Path, schemas: SchemaSet) -> None:
    document = _write(_result(PROCESS_COMPLETE_EN), tmp_path, schemas)
    assert _styled(document, "Heading 1") == ["Key Data", "Contents"]
    assert _styled(document, "Heading 2") == [
        "Purpose of the interview",
        "Introduction",
        "Interview narrative",
        "Non-verbal observations",
        "Worker's reflection",
        "Conclusion",
    ]
    texts = _texts(document)
    assert "Worker: How was school this week?" in texts  # one dialogue turn per paragraph
    assert "Client: Better. I went every day." in texts


def test_list_field_is_bulleted(tmp_path: Path, schemas: SchemaSet) -> None:
    document = _write(_result(CASE_CLOSED_ID), tmp_path, schemas)
    assert _styled(document, "List Bullet") == ["Fotokopi rapor", "Surat keterangan dokter"]


def test_long_narrative_is_condensed_and_marked(tmp_path: Path, schemas: SchemaSet) -> None:
    document = _write(_result(CASE_CLOSED_ID), tmp_path, schemas)
    assert "Masalah yang Dihadapi (ringkasan)" in _styled(document, "Heading 2")
    body = "\n".join(_texts(document))
    assert DROPPED_SENTENCE not in body
    assert "sepakat bahwa klien perlu didampingi" in body


def test_full_text_keeps_every_paragraph(tmp_path: Path, schemas: SchemaSet) -> None:
    document = _write(_result(CASE_CLOSED_ID), tmp_path, schemas, full_text=True)
    assert "Masalah yang Dihadapi" in _styled(document, "Heading 2")
    texts = _texts(document)
    for line in LONG_PROBLEM.split("\n"):
        assert line in texts
    assert not any("(ringkasan)" in t for t in texts)


def test_daily_log_entries_are_a_table(tmp_path: Path, schemas: SchemaSet) -> None:
    document = _write(_result(DAILY_LOG_ID), tmp_path, schemas)
    assert _styled(document, "Heading 2") == ["Catatan Kegiatan"]
    rows = _table_rows(document.tables[-1])
    assert rows == [
        ["Tanggal", "Waktu", "Durasi", "Uraian Kegiatan", "Nama Klien"],
        ["5 Maret 2024", "09:00", "45 menit", "Kunjungan rumah klien.", "Budi Santoso"],
        ["6 Maret 2024", "13:30", "30 menit", "Koordinasi dengan wali kelas.", "—"],
    ]


def test_case_record_header_is_marked_confidential(tmp_path: Path, schemas: SchemaSet) -> None:
    document = _write(_result(CASE_CLOSED_ID), tmp_path, schemas)
    assert document.sections[0].header.paragraphs[0].text == "RAHASIA"
    english_case = _record("case_record", "en", {"client_name": "Mary Jones"})
    assert (
        _write(_result(english_case), tmp_path, schemas).sections[0].header.paragraphs[0].text
        == "CONFIDENTIAL"
    )


def test_record_with_confidentiality_field_is_marked(tmp_path: Path, schemas: SchemaSet) -> None:
    marked = _record(
        "process_record", "en", {"client_name": "Mary Jones", "confidentiality": "CONFIDENTIAL"}
    )
    assert (
        _write(_result(marked), tmp_path, schemas).sections[0].header.paragraphs[0].text
        == "CONFIDENTIAL"
    )
    unmarked = _write(_result(PROCESS_COMPLETE_EN), tmp_path, schemas)
    assert unmarked.sections[0].header.paragraphs[0].text == ""


def test_footer_traces_version_and_hash(tmp_path: Path, schemas: SchemaSet) -> None:
    document = _write(_result(PROCESS_COMPLETE_EN), tmp_path, schemas)
    assert f"casenotes {VERSION} · sha256 {SHA}" in document.sections[0].footer.paragraphs[0].text


def test_several_records_get_one_section_each(tmp_path: Path, schemas: SchemaSet) -> None:
    document = _write(_result(CASE_CLOSED_ID, PROCESS_COMPLETE_EN), tmp_path, schemas)
    assert _styled(document, "Title") == ["Catatan Kasus", "Process Record"]
    first, second = document.sections
    assert first.header.paragraphs[0].text == "RAHASIA"
    assert not second.header.is_linked_to_previous
    assert second.header.paragraphs[0].text == ""
    assert f"sha256 {SHA}" in second.footer.paragraphs[0].text  # linked to the first footer


def test_unknown_record_says_so_and_lists_found_fields(tmp_path: Path, schemas: SchemaSet) -> None:
    document = _write(_result(UNKNOWN_WITH_FIELD), tmp_path, schemas)
    assert _styled(document, "Title") == ["Dokumen Tidak Dikenali"]
    assert any(t.startswith("Jenis catatan tidak dapat ditentukan") for t in _texts(document))
    assert _table_rows(document.tables[0]) == [["Nama Klien", "Siti Aminah"]]


def test_unknown_record_without_fields(tmp_path: Path, schemas: SchemaSet) -> None:
    document = _write(_result(_record("unknown", None, {})), tmp_path, schemas)
    assert _styled(document, "Title") == ["Unrecognised Document"]
    assert "No fields were found." in _texts(document)
    assert not document.tables


def test_file_is_private_and_written_whole(tmp_path: Path, schemas: SchemaSet) -> None:
    out = tmp_path / "nested" / "a.docx"
    write_summary(_result(PROCESS_COMPLETE_EN), out, schemas=schemas, version=VERSION)
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["a.docx"]  # no temporary left behind
    assert read_docx(str(out)).sections[0].page_width == 7560310  # A4, 210 mm in EMU


def _gold_files() -> list[Any]:
    found = sorted(GOLD_DIR.glob("*.json")) if GOLD_DIR.is_dir() else []
    if not found:
        return [
            pytest.param(
                None, marks=pytest.mark.skip(reason="no samples/gold/*.json (make samples)")
            )
        ]
    return [pytest.param(path, id=path.stem) for path in found]


@pytest.mark.parametrize("gold", _gold_files())
def test_every_gold_sample_summarises(tmp_path: Path, schemas: SchemaSet, gold: Path) -> None:
    result = FileResult.from_json(json.loads(gold.read_text(encoding="utf-8")))
    document = _write(result, tmp_path, schemas)
    assert len(_styled(document, "Title")) == max(1, len(result.records))
    assert f"sha256 {result.sha256}" in document.sections[0].footer.paragraphs[0].text


def test_cli_mirrors_names_and_skips_non_contract_json(tmp_path: Path) -> None:
    runs = tmp_path / "run"
    (runs / "sub").mkdir(parents=True)
    (runs / "a.json").write_text(json.dumps(_result(CASE_CLOSED_ID).to_json()), encoding="utf-8")
    (runs / "sub" / "b.json").write_text(
        json.dumps(_result(DAILY_LOG_ID).to_json()), encoding="utf-8"
    )
    (runs / "other.json").write_text('{"hello": 1}', encoding="utf-8")
    (runs / "errors.jsonl").write_text(
        '{"path": "x.pdf", "reason": "encrypted"}\n', encoding="utf-8"
    )
    out = tmp_path / "docs"

    outcome = CliRunner().invoke(main, ["summarize", str(runs), "--out", str(out)])

    assert outcome.exit_code == 0, outcome.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.docx")) == [
        "a.docx",
        "sub/b.docx",
    ]
    assert f"{runs / 'a.json'} -> {out / 'a.docx'}" in outcome.stdout
    assert "warning:" in outcome.stderr
    assert "other.json" in outcome.stderr


def test_cli_refuses_errors_jsonl_given_by_name(tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    errors.write_text('{"path": "x.pdf", "reason": "encrypted"}\n', encoding="utf-8")
    outcome = CliRunner().invoke(main, ["summarize", str(errors), "--out", str(tmp_path / "docs")])
    assert outcome.exit_code == 0
    assert "not a casenotes output" in outcome.stderr
    assert not (tmp_path / "docs").exists()


def test_libreoffice_renders_title_and_labels(tmp_path: Path, schemas: SchemaSet) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("soffice not installed (apt-get install libreoffice-writer)")
    pdfium = pytest.importorskip("pypdfium2")
    docx_path = tmp_path / "case.docx"
    write_summary(_result(CASE_CLOSED_ID), docx_path, schemas=schemas, version=VERSION)
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_path)],
        check=True, capture_output=True, timeout=SOFFICE_TIMEOUT_S,
    )  # fmt: skip
    pdf = pdfium.PdfDocument(str(tmp_path / "case.pdf"))
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    for expected in ("Catatan Kasus", "Nama Klien", "RAHASIA", "Belum lengkap"):
        assert expected in text


def test_daily_log_times_stay_on_one_line_in_word(tmp_path: Path, schemas: SchemaSet) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("soffice not installed (apt-get install libreoffice-writer)")
    pdfium = pytest.importorskip("pypdfium2")
    docx_path = tmp_path / "log.docx"
    write_summary(_result(DAILY_LOG_ID), docx_path, schemas=schemas, version=VERSION)
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_path)],
        check=True, capture_output=True, timeout=SOFFICE_TIMEOUT_S,
    )  # fmt: skip
    pdf = pdfium.PdfDocument(str(tmp_path / "log.pdf"))
    words = [
        word for i in range(len(pdf)) for word in pdf[i].get_textpage().get_text_range().split()
    ]
    pdf.close()
    # Wrapped in a narrow column, a time comes out as "09:0" and "0".
    assert "09:00" in words
    assert "13:30" in words

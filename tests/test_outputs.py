"""The one reader of a run: `FileResult.from_json` and `reports.outputs.read_outputs`.

Every reader of a run (audit, export, evaluate, summarize, headings) must give
the same result on a `--format jsonl` run as on a JSON-tree run of the same
inputs; each has its test here, on one pair of real runs over tiny files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from docx import Document as read_docx

from pipeline.cli import main
from pipeline.errors import InputError
from pipeline.records import FileResult
from pipeline.reports.audit import AuditOptions, build_report, collect
from pipeline.reports.evaluate import KindIndex, evaluate, pair_outputs, scorable
from pipeline.reports.export import ExportOptions, export_run
from pipeline.reports.headings import group_headings, occurrences
from pipeline.reports.outputs import read_outputs
from pipeline.specs import load_schemas
from tests.batch_fixtures import write_not_a_document, write_note, write_pdf

REPO = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted(
    [*(REPO / "samples" / "gold").glob("*.json"), *(REPO / "tests" / "data").glob("*/gold/*.json")]
)


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_from_json_reads_back_every_gold_file(gold: Path) -> None:
    data = json.loads(gold.read_text(encoding="utf-8"))
    written = FileResult.from_json(data).to_json()
    # Hand-written gold may leave out keys (they take defaults) and `complete`, which is
    # derived, never read: a gold author may have written false for a document that is
    # not a case note. A one-page `[1]` reads as `[1, 1]`. `contract_version` is the one
    # this version writes. Every other key reads back.
    assert _subset(written["source"], data["source"])
    assert _subset(written, data, skip=("contract_version", "source", "records"))
    assert len(written["records"]) == len(data["records"])
    for out, gold_record in zip(written["records"], data["records"], strict=True):
        if "pages" in gold_record:
            gold_record["pages"] = gold_record["pages"] * (3 - len(gold_record["pages"]))
        assert _subset(out, gold_record, skip=("complete",))


def _subset(written: dict[str, Any], data: dict[str, Any], skip: tuple[str, ...] = ()) -> bool:
    return {k: written[k] for k in data if k not in skip} == {
        k: v for k, v in data.items() if k not in skip
    }


BASE: dict[str, Any] = {
    "contract_version": "1",
    "source": {"path": "a.pdf", "sha256": "", "format": "pdf", "pages": 1, "ocr_pages": []},
    "records": [{"record_type": "unknown", "fields": {}}],
}


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"contract_version": None, "records": None}, "not a casenotes output"),
        ({"records": {"a": 1}}, "'records' is not a list of objects"),
        ({"records": ["x"]}, "'records' is not a list of objects"),
        ({"records": [{"fields": []}]}, "'fields' is not an object"),
        ({"records": [{"pages": [1, 2, 3]}]}, "'pages' is not [first, last]"),
        ({"records": [{"pages": [1, True]}]}, "'pages' is not a list of integers"),
        ({"records": [{"confidence": "high"}]}, "'confidence' is not a number"),
        ({"records": [{"missing_required": "date"}]}, "'missing_required' is not a list"),
        ({"records": [{"unmatched": [{"kind": "title"}]}]}, "unmatched kind 'title'"),
        ({"source": {"ocr_pages": ["1"]}}, "'ocr_pages' is not a list of integers"),
    ],
)
def test_from_json_names_what_is_wrong(change: dict[str, Any], reason: str) -> None:
    data = {k: v for k, v in {**BASE, **change}.items() if v is not None}
    with pytest.raises(InputError, match=reason.replace("[", r"\[").replace("]", r"\]")):
        FileResult.from_json(data)


def test_from_json_fills_what_a_hand_written_file_leaves_out() -> None:
    result = FileResult.from_json(BASE)
    record = result.records[0]
    assert (record.confidence, record.language, record.pages, record.status) == (
        0.0,
        None,
        (0, 0),
        "not_assessed",
    )
    assert (record.needs_review, record.alternatives, result.warnings) == ((), (), ())


# --- a JSON-tree run and a jsonl run of the same inputs ---------------------------------------


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("runs")
    inputs = root / "in"
    write_note(inputs / "a.docx", 0)
    write_note(inputs / "sub" / "b.docx", 1)
    lines = ("CATATAN KASUS", "Nama Klien: Sari", "CATATAN LURAH SETEMPAT", "Lurah datang.")
    write_pdf(inputs / "c.pdf", lines)
    write_not_a_document(inputs / "broken.pdf")
    made = []
    for fmt in ("json", "jsonl"):
        out = root / fmt
        outcome = CliRunner().invoke(
            main,
            ["process", str(inputs), "--out", str(out), "--format", fmt, "-q", "--workers", "1"],
        )
        assert outcome.exit_code == 1, outcome.output  # broken.pdf
        made.append(out)
    assert (made[1] / "records.jsonl").is_file()
    assert not list(made[1].glob("*.json"))
    return made[0], made[1]


def test_the_reader_reads_a_jsonl_run_as_its_tree(runs: tuple[Path, Path]) -> None:
    tree, jsonl = (read_outputs(out) for out in runs)
    for file in tree.files:  # what the pipeline wrote reads back exactly
        written = json.loads((runs[0] / file.label).read_text(encoding="utf-8"))
        assert file.result.to_json() == written
    assert [f.result for f in jsonl.files] == [f.result for f in tree.files]
    assert [f.relative for f in jsonl.files] == [f.relative for f in tree.files]
    assert [f.relative.as_posix() for f in tree.files] == [
        "a.docx.json",
        "c.pdf.json",
        "sub/b.docx.json",
    ]
    assert (jsonl.unreadable, tree.unreadable) == (1, 1)
    assert (jsonl.skipped, tree.skipped) == ((), ())


def test_audit_is_the_same_on_a_jsonl_run(runs: tuple[Path, Path]) -> None:
    schemas = load_schemas()
    tree, jsonl = (build_report(collect(out), schemas, AuditOptions()) for out in runs)
    assert jsonl.rows == tree.rows
    assert (jsonl.files, jsonl.unreadable, jsonl.total) == (3, 1, tree.total)
    assert jsonl.by_month == tree.by_month


def test_evaluate_gives_the_same_metrics_on_a_jsonl_run(runs: tuple[Path, Path]) -> None:
    kinds = KindIndex.from_schemas(load_schemas())
    gold, _ = scorable(read_outputs(runs[0]))
    reports = [evaluate(pair_outputs(gold, scorable(read_outputs(out))[0]), kinds) for out in runs]
    assert reports[1].overall() == reports[0].overall()
    assert reports[1].overall().type_accuracy == 1.0
    assert reports[1].by_record_type() == reports[0].by_record_type()
    assert not reports[1].gold_only


def test_export_is_the_same_on_a_jsonl_run(runs: tuple[Path, Path], tmp_path: Path) -> None:
    options = ExportOptions(format="jsonl", salt_file=tmp_path / "salt")
    datasets = [export_run(out, tmp_path / out.name, options).dataset.read_bytes() for out in runs]
    assert datasets[1] == datasets[0]
    assert len(datasets[0].splitlines()) == 3


def test_headings_are_the_same_on_a_jsonl_run(runs: tuple[Path, Path]) -> None:
    schemas = load_schemas()
    tree, jsonl = (group_headings(occurrences(read_outputs(out)), schemas, 1) for out in runs)
    assert [g.to_json() for g in jsonl] == [g.to_json() for g in tree]
    assert [g.to_json()["heading"] for g in tree] == ["CATATAN LURAH SETEMPAT"]


def test_summarize_writes_the_same_summaries_from_a_jsonl_run(
    runs: tuple[Path, Path], tmp_path: Path
) -> None:
    texts = []
    for out in (runs[0], runs[1] / "records.jsonl"):
        dest = tmp_path / out.name
        outcome = CliRunner().invoke(main, ["summarize", str(out), "--out", str(dest)])
        assert outcome.exit_code == 0, outcome.output
        assert "warning" not in outcome.stderr  # .casenotes/ is never read
        texts.append(
            {
                p.relative_to(dest).as_posix(): [q.text for q in read_docx(str(p)).paragraphs]
                for p in dest.rglob("*.docx")
            }
        )
    assert sorted(texts[0]) == ["a.docx.docx", "c.pdf.docx", "sub/b.docx.docx"]
    assert texts[1] == texts[0]

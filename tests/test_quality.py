"""The acceptance run: `casenotes process` over the samples meets the contract and the quality targets.

One run of the real CLI (worker processes, OCR included) over `samples/notes`,
scored against `samples/gold` with the same code as `casenotes evaluate`.
"""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from pipeline.cli import main
from pipeline.reports.evaluate import KindIndex, evaluate, pair_outputs, scorable
from pipeline.reports.outputs import read_outputs
from pipeline.specs import load_schemas

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(
        main, ["process", str(SAMPLES / "notes"), "--out", str(out), "--quiet", "--workers", "2"]
    )
    assert result.exit_code == 0, result.output
    return out


def test_every_sample_gives_a_contract_valid_json_and_no_errors(sample_run):
    schemas = load_schemas()
    envelope = Draft202012Validator(schemas.envelope)
    outputs = sorted(sample_run.rglob("*.json"))
    assert len(outputs) == len(list((SAMPLES / "notes").iterdir()))
    for path in outputs:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert not list(envelope.iter_errors(data)), path.name
        for record in data["records"]:
            spec = schemas.get(record["record_type"])
            if spec is not None:
                fields_validator = Draft202012Validator(spec.json_schema)
                type_errors = [
                    e
                    for e in fields_validator.iter_errors(record["fields"])
                    if e.validator != "required"
                ]
                assert not type_errors, (path.name, [e.message for e in type_errors])
            assert not set(record["missing_required"]) & set(record["missing_recommended"])
    assert (sample_run / "errors.jsonl").read_text() == ""


def test_quality_targets_are_met_on_the_samples(sample_run):
    gold, _ = scorable(read_outputs(SAMPLES / "gold"))
    pred, _ = scorable(read_outputs(sample_run))
    report = evaluate(pair_outputs(gold, pred), KindIndex.from_schemas(load_schemas()))
    assert not report.gold_only
    failed = [(t.split, t.metric, t.value, t.target) for t in report.targets() if t.passed is False]
    assert not failed
    assert all(t.passed for t in report.targets())


def test_a_bad_file_lands_in_errors_and_the_rest_are_processed(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    for name in ("pr01_catatan_proses_sumarni.docx", "cr02_catatan_kasus_wulan.pdf"):
        shutil.copy(SAMPLES / "notes" / name, source / name)
    (source / "rusak.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["process", str(source), "--out", str(out), "--quiet", "--workers", "1"]
    )
    assert result.exit_code == 1
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [Path(e["path"]).name for e in errors] == ["rusak.pdf"]
    assert sorted(p.name for p in out.glob("*.json")) == [
        "cr02_catatan_kasus_wulan.pdf.json",
        "pr01_catatan_proses_sumarni.docx.json",
    ]


CORPORA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize(
    ("corpus", "files"),
    [
        ("second_corpus", 24),
        ("third_corpus", 16),
        ("fourth_corpus", 16),
        ("fifth_corpus", 14),
        ("sixth_corpus", 12),
    ],
)
def test_quality_targets_hold_on_corpora_written_apart_from_the_samples(tmp_path, corpus, files):
    """Documents written by people who saw only the output contract (see each corpus's make.py)."""
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        [
            "process",
            str(CORPORA / corpus / "notes"),
            "--out",
            str(out),
            "--quiet",
            "--workers",
            "2",
        ],
    )
    assert result.exit_code == 0, result.output
    gold, _ = scorable(read_outputs(CORPORA / corpus / "gold"))
    pred, _ = scorable(read_outputs(out))
    report = evaluate(pair_outputs(gold, pred), KindIndex.from_schemas(load_schemas()))
    assert len(report.files) == len(gold) == files
    assert all(t.passed for t in report.targets())

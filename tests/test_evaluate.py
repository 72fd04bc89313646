"""Scoring predicted records against gold: hand-built gold/pred pairs with exact expected numbers.

Empty-set convention under test (documented in pipeline/reports/evaluate.py): a group
with nothing of a sort to score gives n/a (`None`); otherwise precision with no
predictions and recall with nothing to find are 1.0, and F1 = 2TP/(2TP+FP+FN)
is 1.0 only when both sets are empty.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.records import FileResult, Record
from pipeline.reports.evaluate import (
    KindIndex,
    Metrics,
    RecordScore,
    Report,
    SetCounts,
    Tally,
    evaluate,
    normalise_value,
    pair_outputs,
    scorable,
    score_file,
    score_record,
    source_parts,
    token_f1,
)
from pipeline.reports.outputs import OutputFile, Skipped, read_outputs
from pipeline.specs import load_schemas

KINDS = KindIndex.from_schemas(load_schemas())


def _record(
    record_type: str, fields: dict[str, Any], missing: Sequence[str] = ()
) -> dict[str, Any]:
    return {
        "record_type": record_type,
        "confidence": 0.9,
        "language": "id",
        "pages": [1, 1],
        "fields": fields,
        "evidence": {},
        "missing_required": list(missing),
        "missing_recommended": [],
        "complete": not missing,
        "unmatched": [],
    }


def _output(
    source: str, records: Sequence[dict[str, Any]], *, scanned: bool = False, fmt: str = "pdf"
) -> dict[str, Any]:
    return {
        "contract_version": "1",
        "source": {
            "path": source,
            "sha256": "0" * 64,
            "format": fmt,
            "pages": 1,
            "ocr_pages": [1] if scanned else [],
        },
        "records": list(records),
        "warnings": [],
    }


def _file(path: str, data: dict[str, Any]) -> OutputFile:
    return OutputFile(path, FileResult.from_json(data), PurePosixPath(path), data)


def _score(gold: dict[str, Any] | None, pred: dict[str, Any] | None) -> RecordScore:
    return score_record(
        Record.from_json(gold) if gold is not None else None,
        Record.from_json(pred) if pred is not None else None,
        KINDS,
    )


# --- normalisation and token F1 ------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("a b c d", "a b c e", 0.75),
        ("Budi, budi!", "budi", 2 / 3),  # tokens are a multiset: one of two "budi" matched
        ("Klien  MENUNDUK.", "klien menunduk", 1.0),
        ("", "", 1.0),
        ("kata", "", 0.0),
        ("anak-anak", "anak", 2 / 3),  # hyphenated words split into two tokens
    ],
)
def test_token_f1(gold: str, pred: str, expected: float) -> None:
    assert token_f1(gold, pred) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("kind", "gold", "pred", "equal"),
    [
        ("text", "Ibu Sri  Wahyuni", " ibu sri wahyuni", True),
        ("text", "Rina Marlina, S.Tr.Sos.", "Rina Marlina S.Tr.Sos.", False),  # punctuation is kept
        ("date", "2024-03-05", " 2024-03-05", True),
        ("date", "2024-03-05", "05/03/2024", False),  # dates compare as ISO, never re-parsed
        ("dates", ["2024-03-05", "2024-03-12"], ["2024-03-12", "2024-03-05"], True),
        ("dates", ["2024-03-05", "2024-03-12"], ["2024-03-05"], False),
        ("list", ["Ijazah", "Rapor"], ["rapor", " ijazah", "Rapor"], True),
        ("list", ["Ijazah"], ["Ijazah", "KK"], False),
        ("integer", 45, 45, True),
        ("integer", 45, "45", False),  # the contract says integer
        ("integer", 1, True, False),
    ],
)
def test_normalise_value(kind: str, gold: Any, pred: Any, equal: bool) -> None:
    assert (normalise_value(kind, gold) == normalise_value(kind, pred)) is equal


# --- counts and the empty-set convention ---------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "precision", "recall", "f1"),
    [
        (SetCounts(0, 0, 0), 1.0, 1.0, 1.0),  # both empty: perfect agreement
        (SetCounts(0, 0, 2), 1.0, 0.0, 0.0),  # nothing predicted, two to find
        (SetCounts(0, 3, 0), 0.0, 1.0, 0.0),  # three predicted, nothing to find
        (SetCounts(2, 1, 1), 2 / 3, 2 / 3, 2 / 3),
        (SetCounts(3, 0, 1), 1.0, 0.75, 6 / 7),
    ],
)
def test_set_counts(counts: SetCounts, precision: float, recall: float, f1: float) -> None:
    assert (counts.precision, counts.recall, counts.f1) == pytest.approx((precision, recall, f1))


def test_metrics_of_nothing_are_all_na() -> None:
    metrics = Metrics.of(Tally())
    assert metrics.records == 0
    assert all(
        getattr(metrics, name) is None
        for name in (
            "type_accuracy",
            "field_precision",
            "field_recall",
            "missing_required_precision",
            "missing_required_recall",
            "missing_required_f1",
            "value_accuracy",
            "narrative_f1",
        )
    )


def test_empty_records_score_one_where_defined_and_na_where_nothing_to_score() -> None:
    metrics = Metrics.of(_score(_record("unknown", {}), _record("unknown", {})).tally)
    assert (metrics.type_accuracy, metrics.field_precision, metrics.field_recall) == (1.0, 1.0, 1.0)
    assert (
        metrics.missing_required_precision,
        metrics.missing_required_recall,
        metrics.missing_required_f1,
    ) == (1.0, 1.0, 1.0)
    assert (metrics.value_accuracy, metrics.narrative_f1) == (None, None)


# --- one record pair -----------------------------------------------------------------------

GOLD_PROCESS = _record(
    "process_record",
    {
        "client_name": "Budi Santoso",
        "worker_name": "Rina Marlina",
        "interview_date": "2024-03-05",
        "introduction": "Pekerja sosial datang ke rumah klien",
        "interview_narrative": "Klien bercerita tentang sekolahnya",
    },
    missing=["conclusion"],
)
PRED_PROCESS = _record(
    "process_record",
    {
        "client_name": "budi   SANTOSO",
        "worker_name": "Rini Marlina",
        "introduction": "Pekerja sosial datang ke rumah",
        "location": "Rumah klien",
        "next_steps": "",  # empty: not found
    },
    missing=["interview_date", "conclusion"],
)


def test_process_record_scores_exactly() -> None:
    score = _score(GOLD_PROCESS, PRED_PROCESS)
    metrics = Metrics.of(score.tally)
    assert metrics.type_accuracy == 1.0
    # gold found 5, predicted found 4 (location spurious), 3 in common
    assert (metrics.field_precision, metrics.field_recall) == (0.75, 0.6)
    # client_name right after folding; worker_name wrong; interview_date missed
    assert metrics.value_accuracy == pytest.approx(1 / 3)
    # introduction: 5 of 6 gold tokens, all 5 predicted -> 10/11; interview_narrative missed -> 0
    assert metrics.narrative_f1 == pytest.approx((10 / 11 + 0) / 2)
    assert (
        metrics.missing_required_precision,
        metrics.missing_required_recall,
        metrics.missing_required_f1,
    ) == pytest.approx((0.5, 1.0, 2 / 3))
    assert [(e.kind, e.path) for e in score.errors] == [
        ("wrong_value", "worker_name"),
        ("missed_field", "interview_date"),
        ("missed_field", "interview_narrative"),
        ("spurious_field", "location"),
        ("missing_required_extra", "interview_date"),
    ]


def test_wrong_type_and_low_narrative_overlap_are_errors() -> None:
    gold = _record("case_record", {"assessment": "klien mengalami kesulitan ekonomi"})
    pred = _record("process_record", {"assessment": "rencana kunjungan rumah minggu depan"})
    score = _score(gold, pred)
    assert score.tally.type_correct == 0
    assert [(e.kind, e.path, e.gold, e.pred) for e in score.errors] == [
        ("record_type", "record_type", "case_record", "process_record"),
        (
            "narrative_overlap",
            "assessment",
            gold["fields"]["assessment"],
            pred["fields"]["assessment"],
        ),
    ]


GOLD_LOG = _record(
    "daily_log",
    {
        "worker_name": "Rina",
        "entries": [
            {
                "date": "2024-03-05",
                "time": "09:00",
                "duration_minutes": 30,
                "description": "home visit with Budi",
            },
            {
                "date": "2024-03-06",
                "time": "10:00",
                "duration_minutes": 45,
                "description": "phone call",
            },
        ],
    },
)
PRED_LOG = _record(
    "daily_log",
    {
        "worker_name": "rina ",
        "entries": [
            {
                "date": "2024-03-05",
                "time": "09:30",
                "duration_minutes": 30,
                "description": "home visit to Budi",
            },
        ],
    },
    missing=["entries[1].duration_minutes"],
)


def test_daily_log_entries_compare_entry_by_entry() -> None:
    score = _score(GOLD_LOG, PRED_LOG)
    tally = score.tally
    assert tally.fields == SetCounts(tp=2, fp=0, fn=0)  # worker_name and entries both found
    # worker_name, entries[0].date and .duration_minutes right; .time wrong; entry 1's three missed
    assert (tally.values_correct, tally.values_total) == (3, 7)
    # description 0: 3 of 4 tokens each way -> 0.75; description 1 missed -> 0
    assert Metrics.of(tally).narrative_f1 == pytest.approx(0.375)
    assert tally.missing_required == SetCounts(tp=0, fp=1, fn=0)
    assert [(e.kind, e.path) for e in score.errors] == [
        ("wrong_value", "entries[0].time"),
        ("missed_field", "entries[1].date"),
        ("missed_field", "entries[1].time"),
        ("missed_field", "entries[1].duration_minutes"),
        ("missed_field", "entries[1].description"),
        ("missing_required_extra", "entries[1].duration_minutes"),
    ]


def test_field_of_unknown_record_type_takes_its_kind_from_any_schema() -> None:
    # "assessment" is narrative in case_record, so an unknown record's assessment is token-scored.
    score = _score(
        _record("unknown", {"assessment": "a b c d"}), _record("unknown", {"assessment": "a b c e"})
    )
    assert (score.tally.narrative_fields, score.tally.narrative_f1_sum) == (1, 0.75)
    assert score.tally.values_total == 0


# --- files, alignment and pairing ----------------------------------------------------------


def test_records_align_in_order_and_absent_pads_the_shorter_side() -> None:
    gold = _file(
        "g/a.json",
        _output("notes/a.pdf", [GOLD_PROCESS, _record("case_record", {"case_number": "K-1"})]),
    )
    pred = _file("p/a.pdf.json", _output("notes/a.pdf", [GOLD_PROCESS]))
    scored = score_file(gold, pred, KINDS)
    assert [(r.gold_type, r.pred_type) for r in scored.records] == [
        ("process_record", "process_record"),
        ("case_record", "absent"),
    ]
    assert Metrics.of(scored.tally).type_accuracy == 0.5
    assert scored.records[1].tally.fields == SetCounts(tp=0, fp=0, fn=1)

    extra = score_file(pred, gold, KINDS)  # the other way round: an extra predicted record
    report = Report(files=(extra,))
    assert set(report.by_record_type()) == {"process_record", "absent"}
    assert report.by_record_type()["absent"].type_accuracy == 0.0


def test_pairing_uses_source_base_name_robustly() -> None:
    gold = [
        _file("gold/a.json", _output("samples/notes/a.pdf", [])),
        _file("gold/b.json", _output("samples\\notes\\b.docx", [])),  # written on Windows
        _file("gold/c.json", _output("samples/notes/c.pdf", [])),
    ]
    pred = [
        _file("out/a.pdf.json", _output("/home/u/casenotes/samples/notes/a.pdf", [])),
        _file("out/b.docx.json", _output("samples/notes/b.docx", [])),
        _file("out/z.pdf.json", _output("samples/notes/z.pdf", [])),
    ]
    pairing = pair_outputs(gold, pred)
    assert [(g.label, p.label if p else None) for g, p in pairing.pairs] == [
        ("gold/a.json", "out/a.pdf.json"),
        ("gold/b.json", "out/b.docx.json"),
        ("gold/c.json", None),
    ]
    assert [f.label for f in pairing.gold_only] == ["gold/c.json"]
    assert [f.label for f in pairing.pred_only] == ["out/z.pdf.json"]


def test_pairing_same_base_name_in_two_folders_takes_the_longest_common_tail() -> None:
    gold = [
        _file("g/x1.json", _output("in/2023/x.pdf", [])),
        _file("g/x2.json", _output("in/2024/x.pdf", [])),
    ]
    pred = [
        _file("o/2024/x.pdf.json", _output("/data/in/2024/x.pdf", [])),
        _file("o/2023/x.pdf.json", _output("/data/in/2023/x.pdf", [])),
    ]
    pairs = pair_outputs(gold, pred).pairs
    assert [(g.label, p.label if p else None) for g, p in pairs] == [
        ("g/x1.json", "o/2023/x.pdf.json"),
        ("g/x2.json", "o/2024/x.pdf.json"),
    ]


def test_source_parts_folds_separators_and_unicode() -> None:
    assert source_parts("./in\\sub//Cafe\u0301.pdf") == ("in", "sub", "Caf\u00e9.pdf")


def test_gold_without_prediction_scores_as_all_absent() -> None:
    gold = _file("g/a.json", _output("a.pdf", [GOLD_PROCESS]))
    report = evaluate(pair_outputs([gold], []), KINDS)
    metrics = report.overall()
    assert (metrics.records, metrics.type_accuracy, metrics.field_recall) == (1, 0.0, 0.0)
    assert metrics.missing_required_f1 == 0.0
    assert [f.label for f in report.gold_only] == ["g/a.json"]


def test_read_outputs_recurses_and_skips_what_is_not_an_output(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.pdf.json").write_text(
        json.dumps(_output("in/a.pdf", [])), encoding="utf-8"
    )
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    (tmp_path / "run.json").write_text(json.dumps({"files": 3}), encoding="utf-8")
    (tmp_path / "errors.jsonl").write_text("{}\n", encoding="utf-8")
    (tmp_path / "nameless.json").write_text(
        json.dumps({"contract_version": "1", "records": []}), encoding="utf-8"
    )
    files, skipped = scorable(read_outputs(tmp_path))
    assert [f.label for f in files] == ["sub/a.pdf.json"]
    assert skipped == (
        Skipped(
            "broken.json",
            "invalid JSON (line 1: Expecting property name enclosed in double quotes)",
        ),
        Skipped("run.json", "not a casenotes output (no contract_version)", damaged=False),
        Skipped("nameless.json", "not a casenotes output (no source.path)", damaged=False),
    )


# --- splits, targets, worst files ----------------------------------------------------------


def _report(*pairs: tuple[dict[str, Any], dict[str, Any] | None]) -> Report:
    gold = [_file(f"g/{i}.json", g) for i, (g, _) in enumerate(pairs)]
    pred = [_file(f"p/{i}.json", p) for i, (_, p) in enumerate(pairs) if p is not None]
    return evaluate(pair_outputs(gold, pred), KINDS)


def test_split_born_digital_and_scanned_and_check_targets() -> None:
    wrong_type = {**GOLD_PROCESS, "record_type": "summarized_process_record"}
    report = _report(
        (_output("a.pdf", [GOLD_PROCESS]), _output("a.pdf", [GOLD_PROCESS])),
        (_output("s1.pdf", [GOLD_PROCESS], scanned=True), _output("s1.pdf", [GOLD_PROCESS])),
        (_output("s2.pdf", [GOLD_PROCESS], scanned=True), _output("s2.pdf", [wrong_type])),
    )
    splits = report.by_split()
    assert (splits["born_digital"].records, splits["born_digital"].type_accuracy) == (1, 1.0)
    assert (splits["scanned"].records, splits["scanned"].type_accuracy) == (2, 0.5)
    assert report.overall().type_accuracy == pytest.approx(2 / 3)
    verdicts = {(t.split, t.metric): t.passed for t in report.targets()}
    assert verdicts == {
        ("born_digital", "type_accuracy"): True,
        ("born_digital", "missing_required_f1"): True,
        ("born_digital", "value_accuracy"): True,
        ("born_digital", "narrative_f1"): True,
        ("scanned", "type_accuracy"): False,
        ("scanned", "missing_required_f1"): True,
        ("scanned", "value_accuracy"): True,
        ("scanned", "narrative_f1"): True,
    }


def test_split_with_no_files_is_na_and_never_fails() -> None:
    report = _report((_output("a.pdf", [GOLD_PROCESS]), _output("a.pdf", [GOLD_PROCESS])))
    assert report.by_split()["scanned"].records == 0
    scanned = [t for t in report.targets() if t.split == "scanned"]
    assert [(t.value, t.passed) for t in scanned] == [(None, None)] * 4


def test_by_format_groups_by_gold_source_format() -> None:
    report = _report(
        (_output("a.pdf", [GOLD_PROCESS]), _output("a.pdf", [GOLD_PROCESS])),
        (
            _output("b.docx", [GOLD_PROCESS], fmt="docx"),
            _output("b.docx", [PRED_PROCESS], fmt="docx"),
        ),
    )
    formats = report.by_format()
    assert list(formats) == ["docx", "pdf"]
    assert (formats["pdf"].value_accuracy, formats["docx"].value_accuracy) == (
        1.0,
        pytest.approx(1 / 3),
    )


def test_worst_puts_wrong_types_first_then_most_errors() -> None:
    wrong_type = {**GOLD_PROCESS, "record_type": "case_record"}
    report = _report(
        (_output("perfect.pdf", [GOLD_PROCESS]), _output("perfect.pdf", [GOLD_PROCESS])),
        (_output("values.pdf", [GOLD_PROCESS]), _output("values.pdf", [PRED_PROCESS])),
        (_output("type.pdf", [GOLD_PROCESS]), _output("type.pdf", [wrong_type])),
    )
    assert [f.name for f in report.worst(10)] == ["type.pdf", "values.pdf"]
    assert [f.name for f in report.worst(1)] == ["type.pdf"]


# --- the command ---------------------------------------------------------------------------


def _write_dirs(
    tmp_path: Path, pairs: Sequence[tuple[str, dict[str, Any], dict[str, Any] | None]]
) -> tuple[Path, Path]:
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "out"
    gold_dir.mkdir()
    pred_dir.mkdir()
    for stem, gold, pred in pairs:
        (gold_dir / f"{stem}.json").write_text(json.dumps(gold), encoding="utf-8")
        if pred is not None:
            name = Path(pred["source"]["path"]).name
            (pred_dir / f"{name}.json").write_text(json.dumps(pred), encoding="utf-8")
    return gold_dir, pred_dir


def _evaluate(gold_dir: Path, pred_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(
        main, ["evaluate", "--gold", str(gold_dir), "--pred", str(pred_dir), *args]
    )


@pytest.fixture
def run_dirs(tmp_path: Path) -> tuple[Path, Path]:
    return _write_dirs(
        tmp_path,
        [
            (
                "a",
                _output("samples/notes/a.pdf", [GOLD_PROCESS]),
                _output("samples/notes/a.pdf", [PRED_PROCESS]),
            ),
            (
                "b",
                _output("samples/notes/b.docx", [GOLD_LOG], fmt="docx"),
                _output("samples/notes/b.docx", [GOLD_LOG], fmt="docx"),
            ),
            ("c", _output("samples/notes/c.pdf", [GOLD_PROCESS], scanned=True), None),
        ],
    )


def test_evaluate_json_report(run_dirs: tuple[Path, Path]) -> None:
    result = _evaluate(*run_dirs, "--json", "--by-format")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["files"]["scored"] == 3
    assert [Path(p).name for p in data["files"]["gold_only"]] == ["c.json"]
    assert data["overall"]["records"] == 3
    assert data["overall"]["type_accuracy"] == pytest.approx(2 / 3)
    assert data["splits"]["scanned"]["type_accuracy"] == 0.0
    assert set(data["formats"]) == {"docx", "pdf"}
    assert set(data["record_types"]) == {"daily_log", "process_record"}
    assert "targets" not in data
    worst = {w["file"]: w for w in data["worst"]}
    assert set(worst) == {"a.pdf", "c.pdf"}
    assert all(set(e) == {"record", "kind", "path"} for e in worst["a.pdf"]["errors"])


def test_evaluate_prints_no_case_values_unless_asked(run_dirs: tuple[Path, Path]) -> None:
    plain = _evaluate(*run_dirs)
    assert plain.exit_code == 0, plain.output
    assert "records[0]: wrong value: worker_name" in plain.stdout
    assert "c.pdf" in plain.stdout  # unpaired gold file is listed
    for value in ("Rina Marlina", "Rini Marlina", "Budi", "Rumah klien"):
        assert value not in plain.stdout
    assert "Budi" not in _evaluate(*run_dirs, "--json").stdout

    shown = _evaluate(*run_dirs, "--show-values")
    assert "gold='Rina Marlina' pred='Rini Marlina'" in shown.stdout


def test_evaluate_targets_fail_with_exit_1(run_dirs: tuple[Path, Path]) -> None:
    result = _evaluate(*run_dirs, "--targets")
    assert result.exit_code == 1
    assert any(
        line.split()[:2] == ["born-digital", "value_accuracy"] and line.split()[-1] == "FAIL"
        for line in result.stdout.splitlines()
    )


def test_evaluate_targets_pass_with_exit_0(tmp_path: Path) -> None:
    gold = _output("samples/notes/a.pdf", [GOLD_PROCESS])
    result = _evaluate(*_write_dirs(tmp_path, [("a", gold, gold)]), "--targets", "--json")
    assert result.exit_code == 0, result.output
    targets = json.loads(result.stdout)["targets"]
    assert [t["passed"] for t in targets] == [True] * 4 + [None] * 4  # no scanned file: n/a


def test_evaluate_without_gold_files_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "out").mkdir()
    result = _evaluate(tmp_path / "gold", tmp_path / "out")
    assert result.exit_code == 2
    assert "no casenotes output JSON" in result.stderr


def test_a_field_to_review_is_not_missing_and_is_counted_per_record() -> None:
    gold = _record("process_record", {}, missing=["conclusion"])
    pred = _record("process_record", {}, missing=[])
    pred["needs_review"] = [
        {"field": "conclusion", "reason": "r", "candidates": [{"text": "Penutup", "page": 1}]},
        {"field": "introduction", "reason": "r", "candidates": [{"text": "Awal", "page": 1}]},
    ]
    metrics = Metrics.of(_score(gold, pred).tally)
    # conclusion is truly missing: the review hid it (recall 0), and nothing was claimed wrongly
    assert (metrics.missing_required_precision, metrics.missing_required_recall) == (1.0, 0.0)
    assert (metrics.needs_review_per_record, metrics.review_gold_missing) == (2.0, 1)


def test_expected_calibration_error_over_ten_bins() -> None:
    def scored(confidence: float, right: bool) -> Tally:
        pred = _record("process_record" if right else "case_record", {})
        pred["confidence"] = confidence
        return _score(_record("process_record", {}), pred).tally

    # bin 0.9: two records at 0.9, one right (|0.5 - 0.9| = 0.4 each);
    # bin 0.3: one record at 0.3, wrong (|0 - 0.3| = 0.3)
    tally = scored(0.9, True) + scored(0.9, False) + scored(0.3, False)
    assert Metrics.of(tally).ece == pytest.approx((0.4 * 2 + 0.3) / 3)
    assert Metrics.of(scored(1.0, True)).ece == pytest.approx(0.0)  # 1.0 falls in the top bin

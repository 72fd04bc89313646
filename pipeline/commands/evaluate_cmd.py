"""`casenotes evaluate`: score a run's output JSON against gold output JSON.

The scoring lives in `pipeline.reports.evaluate`; this module reads the options,
calls it, and formats the report as rich tables on a terminal, as plain text
otherwise, or as JSON. Field values are case content: they are printed only
with --show-values.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pipeline.commands.common import load_schemas_or_exit, schema_dir_option

if TYPE_CHECKING:
    from rich.console import Console

    from pipeline.reports.evaluate import (
        FieldError,
        FileScore,
        KindIndex,
        Metrics,
        Report,
        TargetResult,
    )

# Column order of the scores table and of each group in --json.
_METRIC_COLUMNS: tuple[tuple[str, str], ...] = (
    ("type_accuracy", "type acc"),
    ("field_precision", "field P"),
    ("field_recall", "field R"),
    ("missing_required_precision", "req P"),
    ("missing_required_recall", "req R"),
    ("missing_required_f1", "req F1"),
    ("value_accuracy", "value acc"),
    ("narrative_f1", "narr F1"),
    ("needs_review_per_record", "review/rec"),
    ("ece", "ECE"),
)
_SPLIT_LABELS = {"born_digital": "born-digital", "scanned": "scanned"}
# Plain output is for files and pipes: wide enough that no table row wraps.
_PLAIN_WIDTH = 1000
# A badly wrong file can have dozens of errors; the first ones tell the story.
_ERRORS_PER_FILE = 12
# --show-values: enough of a value to recognise it, not a page of case notes.
_VALUE_CHARS = 60

_ERROR_TEXT = {
    "wrong_value": "wrong value",
    "missed_field": "missed",
    "spurious_field": "spurious",
    "narrative_overlap": "narrative mostly different",
    "missing_required_extra": "listed as missing_required, gold does not",
    "missing_required_missed": "not listed as missing_required, gold does",
}


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _metrics_json(metrics: Metrics) -> dict[str, Any]:
    return {"records": metrics.records} | {
        name: getattr(metrics, name) for name, _ in _METRIC_COLUMNS
    }


def _clip(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= _VALUE_CHARS else text[: _VALUE_CHARS - 1] + "…"


def _error_line(error: FieldError, show_values: bool) -> str:
    where = f"records[{error.record}]"
    if error.kind == "record_type":
        # Record type names are schema words, never case content.
        return f"{where}: record type {error.gold}, predicted {error.pred}"
    line = f"{where}: {_ERROR_TEXT[error.kind]}: {error.path}"
    if not show_values:
        return line
    values = []
    if error.kind in ("wrong_value", "narrative_overlap", "missed_field"):
        values.append(f"gold={_clip(error.gold)!r}")
    if error.kind in ("wrong_value", "narrative_overlap", "spurious_field"):
        values.append(f"pred={_clip(error.pred)!r}")
    return "  ".join([line, " ".join(values)]) if values else line


def _error_json(error: FieldError, show_values: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"record": error.record, "kind": error.kind, "path": error.path}
    if show_values or error.kind == "record_type":
        data |= {"gold": error.gold, "pred": error.pred}
    return data


def _report_json(
    report: Report,
    by_format: bool,
    targets: Sequence[TargetResult] | None,
    worst: Sequence[FileScore],
    show_values: bool,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "files": {
            "scored": len(report.files),
            "gold_only": [f.label for f in report.gold_only],
            "pred_only": [f.label for f in report.pred_only],
            "skipped": [{"path": s.label, "reason": s.reason} for s in report.skipped],
        },
        "overall": _metrics_json(report.overall()),
        "splits": {split: _metrics_json(m) for split, m in report.by_split().items()},
        "record_types": {rt: _metrics_json(m) for rt, m in report.by_record_type().items()},
    }
    if by_format:
        data["formats"] = {fmt: _metrics_json(m) for fmt, m in report.by_format().items()}
    if targets is not None:
        data["targets"] = [
            {
                "split": t.split,
                "metric": t.metric,
                "value": t.value,
                "target": t.target,
                "passed": t.passed,
            }
            for t in targets
        ]
    data["worst"] = [
        {
            "file": f.name,
            "gold": f.gold.label,
            "pred": f.pred.label if f.pred else None,
            "errors": [_error_json(e, show_values) for e in f.errors],
        }
        for f in worst
    ]
    return data


def _console() -> tuple[Console, bool]:
    """Return a console and whether it is a terminal (rich boxes and colour) or plain text."""
    from rich.console import Console

    console = Console(highlight=False)
    if console.is_terminal:
        return console, True
    return Console(highlight=False, no_color=True, width=_PLAIN_WIDTH), False


def _print_table(
    console: Console,
    terminal: bool,
    title: str,
    headers: Sequence[str],
    blocks: Sequence[Sequence[Sequence[str]]],
    text_columns: int = 1,
) -> None:
    """Print a table of row blocks: boxed, titled and ruled between blocks on a terminal,
    bare aligned columns otherwise. The first `text_columns` columns are left-aligned text."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    if not terminal:
        console.print(f"\n{title}")
    table = Table(
        title=title if terminal else None,
        box=box.SIMPLE_HEAD if terminal else None,
        show_edge=terminal,
        pad_edge=False,
        title_justify="left",
    )
    for i, header in enumerate(headers):
        table.add_column(
            header, justify="left" if i < text_columns else "right", no_wrap=not terminal
        )
    for block in blocks:
        for i, row in enumerate(block):
            # Text: a "[…]" in a cell is not markup.
            table.add_row(*(Text(cell) for cell in row), end_section=i == len(block) - 1)
    console.print(table)


def _print_report(
    report: Report,
    by_format: bool,
    targets: Sequence[TargetResult] | None,
    worst: Sequence[FileScore],
    show_values: bool,
) -> None:
    console, terminal = _console()
    console.print(
        f"{len(report.files)} gold files scored, {len(report.gold_only)} without prediction, "
        f"{len(report.pred_only)} predictions without gold, {len(report.skipped)} JSON files skipped"
    )
    blocks: list[list[tuple[str, Metrics]]] = [
        [("overall", report.overall())],
        [(_SPLIT_LABELS[s], m) for s, m in report.by_split().items()],
    ]
    if by_format:
        blocks.append([(f"format {fmt}", m) for fmt, m in report.by_format().items()])
    blocks.append(list(report.by_record_type().items()))
    rows = [
        [
            [name, str(m.records), *(_number(getattr(m, key)) for key, _ in _METRIC_COLUMNS)]
            for name, m in block
        ]
        for block in blocks
    ]
    headers = ["group", "records", *(label for _, label in _METRIC_COLUMNS)]
    _print_table(console, terminal, "Scores (req = missing_required)", headers, rows)

    if targets is not None:
        verdicts = {True: "PASS", False: "FAIL", None: "n/a"}
        target_rows = [
            [
                _SPLIT_LABELS[t.split],
                t.metric,
                _number(t.value),
                f">= {t.target:.2f}",
                verdicts[t.passed],
            ]
            for t in targets
        ]
        _print_table(
            console,
            terminal,
            "Targets",
            ["split", "metric", "value", "target", "result"],
            [target_rows],
            text_columns=2,
        )

    from pipeline.reports.evaluate import source_name

    for title, files in (
        ("Gold files without prediction", report.gold_only),
        ("Predictions without gold", report.pred_only),
    ):
        if files:
            console.print(f"\n{title}:")
            for output in files:
                console.print(f"  {source_name(output)} ({output.label})", soft_wrap=True)
    if report.skipped:
        console.print("\nSkipped JSON files:")
        for skipped in report.skipped:
            console.print(f"  {skipped.label}: {skipped.reason}", soft_wrap=True)
    if worst:
        console.print(
            "\nWorst files"
            + ("" if show_values else " (field names only; --show-values for values)")
            + ":"
        )
        for file in worst:
            console.print(
                f"  {file.name} ({file.gold.label}): {len(file.errors)} errors", soft_wrap=True
            )
            for error in file.errors[:_ERRORS_PER_FILE]:
                console.print(
                    f"    {_error_line(error, show_values)}", soft_wrap=True, markup=False
                )
            if len(file.errors) > _ERRORS_PER_FILE:
                console.print(f"    … {len(file.errors) - _ERRORS_PER_FILE} more", soft_wrap=True)


def _schema_kinds(schema_dirs: Sequence[Path]) -> KindIndex:
    from pipeline.reports.evaluate import KindIndex

    return KindIndex.from_schemas(load_schemas_or_exit(schema_dirs))


@click.command("evaluate")
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Directory of gold output JSON files (searched recursively).",
)
@click.option(
    "--pred",
    "pred_dir",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Directory of predicted output JSON files, e.g. the --out of `casenotes process`.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--by-format", is_flag=True, help="Also score each source format (pdf, docx, …) apart."
)
@click.option(
    "--targets",
    "check_targets",
    is_flag=True,
    help="Print PASS/FAIL per acceptance target; exit 1 if any fails.",
)
@click.option(
    "--show-values",
    is_flag=True,
    help="Print gold and predicted values in the error list (they are confidential case content).",
)
@click.option(
    "--worst",
    "worst_count",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="How many of the worst files to list.",
)
@schema_dir_option
def evaluate_command(
    gold_dir: Path,
    pred_dir: Path,
    as_json: bool,
    by_format: bool,
    check_targets: bool,
    show_values: bool,
    worst_count: int,
    schema_dirs: tuple[Path, ...],
) -> None:
    """Score predicted records against gold records.

    Files are paired by the base name of source.path; records in a file are
    compared in order. Reports record-type accuracy, field precision/recall,
    missing_required precision/recall/F1 (a field in needs_review is not
    missing), exact value accuracy, narrative token F1, needs_review entries
    per record and the expected calibration error of confidence (ECE, ten
    bins), overall, for born-digital and scanned files apart, and per
    record type, then the files with the most errors (field names only).

    Example: casenotes evaluate --gold samples/gold --pred out --targets
    """
    from pipeline.reports.evaluate import evaluate, pair_outputs, scorable
    from pipeline.reports.outputs import read_outputs

    kinds = _schema_kinds(schema_dirs)
    gold, gold_skipped = scorable(read_outputs(gold_dir, full_labels=True))
    if not gold:
        raise click.BadParameter(f"no casenotes output JSON under {gold_dir}", param_hint="--gold")
    pred, pred_skipped = scorable(read_outputs(pred_dir, full_labels=True))
    report = evaluate(pair_outputs(gold, pred), kinds, gold_skipped + pred_skipped)
    targets = report.targets() if check_targets else None
    worst = report.worst(worst_count)
    if as_json:
        click.echo(
            json.dumps(
                _report_json(report, by_format, targets, worst, show_values),
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        _print_report(report, by_format, targets, worst, show_values)
    if targets is not None and any(t.passed is False for t in targets):
        click.get_current_context().exit(1)

"""`casenotes export`: real contract JSON in, every format out, de-identified by default.

The hand fixtures are built in code from `pipeline.records` (the contract's
own model); when `samples/gold/*.json` exist they are exported too. The leak
check is the one the brief asks for: no client or worker name, nor any word of
one longer than 3 letters (honorifics and degrees aside), appears in any file
of the dataset.
"""

from __future__ import annotations

import csv
import io
import json
import re
import stat
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.records import FileResult, Record, Unmatched
from pipeline.reports.deid.dates import MAX_SHIFT_DAYS
from pipeline.reports.deid.patterns import fold_name, load_patterns, split_honorifics

SAMPLES_GOLD = Path(__file__).resolve().parent.parent / "samples" / "gold"
PLACEHOLDER = re.compile(r"\[(?:KLIEN|PEKERJA|NAMA|KASUS)-\d{4,}\]")

CASE = Record(
    "case_record", 0.9, "id", (1, 3),
    {
        "case_number": "045/LKS/III/2024",
        "client_name": "An. Budi Santoso",
        "worker_name": "Rina Marlina, S.Tr.Sos.",
        "date_opened": "2024-03-05",
        "client_birth_date": "2012-03-12",
        "client_address": "Jl. Merdeka No. 12, Bandung",
        "client_identity": "Budi Santoso, lahir di Garut 12 Maret 2012, NIK 3273011203120001, tinggal bersama Ibu Sri Wahyuni.",
        "presenting_problem": "Budi tidak bersekolah sejak 8 Januari 2024. Ibunya dapat dihubungi di 0812-3456-7890 atau sri.w@gmail.com.",
        "attachments": ["KTP Sri Wahyuni", "Rapor Budi"],
    },
    missing_required=("assessment",),
    unmatched=(Unmatched("Catatan Supervisor Lapangan", "heading", 2),),
)  # fmt: skip
PROCESS = Record(
    "process_record", 0.8, "id", (4, 5),
    {
        "client_name": "Budi",
        "worker_name": "Rina Marlina",
        "interview_date": "2024-03-12",
        "session_number": 2,
        "interview_narrative": "Pekerja sosial bertemu Budi pada Selasa, 12 Maret 2024 di rumah Nenek Sumarni.",
    },
)  # fmt: skip
LOG = Record(
    "daily_log", 0.9, "en", (1, 1),
    {
        "worker_name": "Andi Wijaya, S.Sos.",
        "entries": [
            {"date": "2024-04-01", "time": "09:00", "duration_minutes": 45, "client_name": "Mrs. Hana Wijaya",
             "description": "Home visit to Mrs Hana Wijaya; phone +62 857 2233 4455."},
            {"date": "2024-04-02", "time": "10:00", "duration_minutes": "about an hour",
             "description": "Phoned the school of Budi Santoso."},
        ],
    },
)  # fmt: skip
SUMMARY = Record(
    "summarized_record", 0.9, "en", (1, 2),
    {
        "case_number": "C-2024-17",
        "client_name": "Mr. Yohanes Lake",
        "worker_name": "Maria Goretti Sitanggang, S.Sos.",
        "period_start": "2024-01-01",
        "period_end": "2024-03-31",
        "case_summary": "Yohanes was born on 4 June 1961. He lives at 24 Baker Street with his son Kevin.",
        "reports_summarized": ["Visit 5 January 2024", "Call with Kevin"],
    },
    missing_recommended=("plan",),
)  # fmt: skip


def write_run(out: Path) -> Path:
    """Write a run's output tree: two JSON files, a records.jsonl, errors.jsonl and run state."""
    (out / "a").mkdir(parents=True)
    (out / "b").mkdir()
    (out / ".casenotes").mkdir()
    kasus = FileResult("in/Kasus Budi Santoso.pdf", "a" * 64, "pdf", 5, (), (CASE, PROCESS))
    (out / "a" / "kasus.json").write_text(json.dumps(kasus.to_json()), encoding="utf-8")
    log = FileResult("in/log.docx", "b" * 64, "docx", 1, (), (LOG,))
    (out / "b" / "log.json").write_text(json.dumps(log.to_json()), encoding="utf-8")
    summary = FileResult("in/summary.pdf", "c" * 64, "pdf", 2, (), (SUMMARY,))
    (out / "records.jsonl").write_text(json.dumps(summary.to_json()) + "\n", encoding="utf-8")
    (out / "errors.jsonl").write_text(
        '{"path": "in/x.pdf", "reason": "encrypted", "kind": "input"}\n'
    )
    (out / ".casenotes" / "state.json").write_text("{not json")  # run state: never read
    return out


def export(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["export", *map(str, args)])


@pytest.fixture
def run(tmp_path: Path) -> Path:
    return write_run(tmp_path / "out")


def person_names(fields_list: Iterable[Any]) -> set[str]:
    names: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("client_name", "worker_name") and isinstance(item, str):
                    names.add(item)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for fields in fields_list:
        walk(fields)
    return names


def name_words(names: Iterable[str]) -> set[str]:
    """Return every word longer than 3 letters of `names`, honorifics and degrees aside."""
    patterns = load_patterns()
    degrees = {fold_name(d) for d in patterns.degrees}
    words = set()
    for name in names:
        core = split_honorifics(name, patterns)[1].split(",")[0]
        for word in re.findall(r"[^\W\d_]+", core):
            if (
                len(word) > 3
                and fold_name(word) not in degrees
                and word.lower() not in patterns.honorific_words
            ):
                words.add(word)
    return words


def dataset_text(dest: Path) -> str:
    """Return the text of every file of a dataset; Parquet is read back as JSON."""
    parts = []
    for path in sorted(dest.iterdir()):
        if path.suffix == ".parquet":
            parts.append(
                json.dumps(pq.read_table(path).to_pylist(), default=str, ensure_ascii=False)
            )
        else:
            parts.append(path.read_text(encoding="utf-8"))
    return "\n".join(parts)


def assert_no_names(dest: Path, names: Iterable[str]) -> None:
    text = dataset_text(dest)
    for word in sorted(name_words(names)):
        for form in {word, word.upper(), word.capitalize()}:
            hit = re.search(rf"(?<![^\W\d_]){re.escape(form)}(?![^\W\d_])", text)
            assert hit is None, (
                f"{form!r} leaked: …{text[max(0, hit.start() - 60) : hit.end() + 30]}…"
            )


def jsonl_rows(dest: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for line in (dest / "records.jsonl").read_text(encoding="utf-8").splitlines()
    ]


ALL_FIELDS = [CASE.fields, PROCESS.fields, LOG.fields, SUMMARY.fields]


class TestDeidentifiedExport:
    @pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
    def test_leaks_no_name_in_any_format(self, run: Path, tmp_path: Path, fmt: str) -> None:
        result = export(
            run,
            "--out",
            tmp_path / "ds",
            "--format",
            fmt,
            "--salt-file",
            tmp_path / "keys" / "salt",
        )
        assert result.exit_code == 0, result.output
        assert {p.name for p in (tmp_path / "ds").iterdir()} == {
            f"records.{fmt}", "data_dictionary.json", "data_dictionary.md", "deid_report.json",
        }  # fmt: skip
        assert_no_names(tmp_path / "ds", person_names(ALL_FIELDS))
        for path in (tmp_path / "ds").iterdir():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert "Keep it secret" in result.stderr

    def test_replaces_every_kind_and_keeps_pseudonyms_consistent(
        self, run: Path, tmp_path: Path
    ) -> None:
        assert export(run, "--out", tmp_path / "ds").exit_code == 0
        rows = {row["record_type"]: row for row in jsonl_rows(tmp_path / "ds")}
        case, process, log = (
            rows["case_record"]["fields"],
            rows["process_record"]["fields"],
            rows["daily_log"]["fields"],
        )
        client = case["client_name"].removeprefix("An. ")
        assert client.startswith("[KLIEN-")
        assert process["client_name"] == client
        assert case["worker_name"] == process["worker_name"]
        assert case["worker_name"].startswith("[PEKERJA-")
        assert (
            case["client_identity"]
            == f"{client}, lahir di Garut [TGL-LAHIR], NIK [NIK], tinggal bersama Ibu {case['attachments'][0][4:]}."
        )
        assert "[TELEPON]" in case["presenting_problem"]
        assert "[EMAIL]" in case["presenting_problem"]
        assert (case["client_address"], case["client_birth_date"]) == ("[ALAMAT]", "[TGL-LAHIR]")
        assert case["case_number"].startswith("[KASUS-")
        assert log["entries"][1]["description"] == f"Phoned the school of {client}."  # another file
        assert case["date_opened"] == "2024-03-05"  # dates stay unless --shift-dates
        summary = rows["summarized_record"]["fields"]
        assert "[TGL-LAHIR]" in summary["case_summary"]
        assert "[ALAMAT]" in summary["case_summary"]
        assert summary["period_start"] == "2024-01-01"

    def test_writes_a_report_and_a_dictionary(self, run: Path, tmp_path: Path) -> None:
        assert (
            export(run, "--out", tmp_path / "ds", "--salt-file", tmp_path / "salt").exit_code == 0
        )
        report = json.loads((tmp_path / "ds" / "deid_report.json").read_text())
        assert (report["records"], report["files"], report["deidentified"]) == (4, 3, True)
        assert report["replaced"]["nik"] == 1
        assert report["replaced"]["email"] == 1
        assert report["replaced"]["name_client"] >= 6
        assert report["replaced"]["phone"] == 2
        salt = (tmp_path / "salt").read_bytes()
        assert report["salt_fingerprint"]
        assert salt.hex()[:16] not in json.dumps(report)
        dictionary = json.loads((tmp_path / "ds" / "data_dictionary.json").read_text())
        fields = {f["name"]: f for f in dictionary["fields"]}
        assert fields["client_name"]["non_empty"] == 3
        assert fields["client_name"]["levels"]["case_record"] == "required"
        assert fields["client_name"]["label"] == {"id": "Nama Klien", "en": "Client name"}
        assert fields["entries"]["kind"] == "entries"
        assert fields["interview_date"]["kind"] == "date"
        assert "KLIEN" in fields["client_name"]["deidentification"]
        assert (
            "| client_name | text | Nama Klien / Client name |"
            in (tmp_path / "ds" / "data_dictionary.md").read_text()
        )

    def test_gives_the_same_pseudonyms_in_a_later_export(self, run: Path, tmp_path: Path) -> None:
        salt = tmp_path / "keys" / "salt"
        assert export(run, "--out", tmp_path / "one", "--salt-file", salt).exit_code == 0
        assert export(run, "--out", tmp_path / "two", "--salt-file", salt).exit_code == 0
        first, second = jsonl_rows(tmp_path / "one"), jsonl_rows(tmp_path / "two")
        assert first == second
        assert (
            export(run, "--out", tmp_path / "three", "--salt-file", tmp_path / "other").exit_code
            == 0
        )
        assert (
            jsonl_rows(tmp_path / "three")[0]["fields"]["client_name"]
            != first[0]["fields"]["client_name"]
        )

    def test_replaces_paths_by_record_ids_unless_kept(self, run: Path, tmp_path: Path) -> None:
        assert export(run, "--out", tmp_path / "ds").exit_code == 0
        rows = jsonl_rows(tmp_path / "ds")
        assert all(
            row["source_path"] == row["record_id"] and len(row["record_id"]) == 16 for row in rows
        )
        assert len({row["record_id"] for row in rows}) == 4
        assert export(run, "--out", tmp_path / "kept", "--keep-paths").exit_code == 0
        paths = {row["source_path"] for row in jsonl_rows(tmp_path / "kept")}
        assert {"in/log.docx", "in/summary.pdf"} <= paths
        assert any(re.fullmatch(r"in/Kasus \[KLIEN-\d{4}\]\.pdf", p) for p in paths), paths


class TestFormats:
    def test_excel_csv_starts_with_a_bom_and_reads_the_same(
        self, run: Path, tmp_path: Path
    ) -> None:
        for name, extra in (("plain", []), ("excel", ["--excel"])):
            args = ["--out", tmp_path / name, "--format", "csv", "--no-deidentify", *extra]
            assert export(run, *args).exit_code == 0
        excel = (tmp_path / "excel" / "records.csv").read_bytes()
        plain = (tmp_path / "plain" / "records.csv").read_bytes()
        assert excel == b"\xef\xbb\xbf" + plain
        assert export(run, "--out", tmp_path / "x", "--excel").exit_code == 2  # jsonl: no

    def test_writes_one_csv_column_per_field_across_types(self, run: Path, tmp_path: Path) -> None:
        assert (
            export(run, "--out", tmp_path / "ds", "--format", "csv", "--no-deidentify").exit_code
            == 0
        )
        rows = list(
            csv.DictReader(
                io.StringIO((tmp_path / "ds" / "records.csv").read_text(encoding="utf-8"))
            )
        )
        header = set(rows[0])
        assert {
            "record_id",
            "page_first",
            "missing_required",
            "interview_date",
            "founding_date",
            "entries",
        } <= header
        case = next(r for r in rows if r["record_type"] == "case_record")
        assert case["attachments"] == "KTP Sri Wahyuni | Rapor Budi"
        assert case["missing_required"] == "assessment"
        assert case["complete"] == "false"
        log = next(r for r in rows if r["record_type"] == "daily_log")
        assert json.loads(log["entries"])[0]["duration_minutes"] == 45
        assert log["interview_date"] == ""

    def test_types_parquet_columns_by_kind(self, run: Path, tmp_path: Path) -> None:
        result = export(run, "--out", tmp_path / "ds", "--format", "parquet")
        assert result.exit_code == 0, result.output
        table = pq.read_table(tmp_path / "ds" / "records.parquet")
        schema = table.schema
        assert schema.field("interview_date").type == pa.date32()
        assert schema.field("interview_dates").type == pa.list_(pa.date32())
        assert schema.field("session_number").type == pa.int64()
        assert schema.field("attachments").type == pa.list_(pa.string())
        assert schema.field("complete").type == pa.bool_()
        assert schema.field("page_first").type == pa.int32()
        entry = schema.field("entries").type.value_type
        assert pa.types.is_struct(entry)
        assert entry.field("date").type == pa.date32()
        assert entry.field("duration_minutes").type == pa.int64()
        assert schema.field("client_birth_date").type == pa.string()  # it holds [TGL-LAHIR] now
        rows = {row["record_type"]: row for row in table.to_pylist()}
        assert rows["process_record"]["interview_date"] == date(2024, 3, 12)
        assert rows["daily_log"]["entries"][1]["duration_minutes"] is None
        assert "entries[].duration_minutes did not fit" in result.stderr

    def test_exports_as_written_only_when_asked(self, run: Path, tmp_path: Path) -> None:
        result = export(run, "--out", tmp_path / "ds", "--no-deidentify")
        assert result.exit_code == 0
        assert "WARNING: --no-deidentify" in result.stderr
        rows = {row["record_type"]: row for row in jsonl_rows(tmp_path / "ds")}
        assert rows["case_record"]["fields"] == CASE.fields
        assert rows["case_record"]["source_path"] == "in/Kasus Budi Santoso.pdf"
        assert not (run / ".casenotes" / "export.salt").exists()
        assert (
            json.loads((tmp_path / "ds" / "deid_report.json").read_text())["deidentified"] is False
        )


class TestShiftDates:
    def test_moves_a_cases_dates_by_one_offset_keeping_their_spelling(
        self, run: Path, tmp_path: Path
    ) -> None:
        assert export(run, "--out", tmp_path / "ds", "--shift-dates").exit_code == 0
        rows = {row["record_type"]: row["fields"] for row in jsonl_rows(tmp_path / "ds")}
        opened = date.fromisoformat(rows["case_record"]["date_opened"])
        offset = (opened - date(2024, 3, 5)).days
        assert 0 < abs(offset) <= MAX_SHIFT_DAYS
        interview = date.fromisoformat(rows["process_record"]["interview_date"])
        assert (interview - date(2024, 3, 12)).days == offset  # the same client: the same offset
        narrative = rows["process_record"]["interview_narrative"]
        assert re.search(
            r"pada (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \w+ 2\d{3} di", narrative
        )
        assert "12 Maret 2024" not in narrative
        report = json.loads((tmp_path / "ds" / "deid_report.json").read_text())
        assert report["dates_shifted"] is True
        assert report["replaced"]["dates_shifted"] >= 8


class TestRefusals:
    def test_refuses_a_salt_inside_the_dataset(self, run: Path, tmp_path: Path) -> None:
        result = export(run, "--out", tmp_path / "ds", "--salt-file", tmp_path / "ds" / "salt")
        assert result.exit_code == 1
        assert "must not be stored inside the dataset" in result.output

    def test_refuses_to_write_into_out_dir_itself(self, run: Path) -> None:
        result = export(run, "--out", run)
        assert result.exit_code == 1
        assert "must not be OUT_DIR itself" in result.output

    def test_names_a_spacy_model_that_is_not_installed(self, run: Path, tmp_path: Path) -> None:
        result = export(run, "--out", tmp_path / "ds", "--spacy-model", "xx_no_such_pipeline")
        assert result.exit_code == 1
        assert "'xx_no_such_pipeline' is not installed" in result.output
        assert not (tmp_path / "ds").exists()
        assert not (run / ".casenotes" / "export.salt").exists()

    def test_lists_a_damaged_output_and_exits_1(self, run: Path, tmp_path: Path) -> None:
        (run / "broken.json").write_text("{oops")
        result = export(run, "--out", tmp_path / "ds")
        assert result.exit_code == 1
        assert "error: broken.json: invalid JSON" in result.stderr
        assert len(jsonl_rows(tmp_path / "ds")) == 4

    def test_never_reads_back_a_dataset_written_inside_out_dir(self, run: Path) -> None:
        for _ in range(2):
            assert export(run, "--out", run / "dataset").exit_code == 0
        assert len(jsonl_rows(run / "dataset")) == 4


def test_samples_gold_exports_without_names(tmp_path: Path) -> None:
    gold = sorted(SAMPLES_GOLD.glob("*.json"))
    if not gold:
        pytest.skip("samples/gold/*.json not generated yet (make samples)")
    out = tmp_path / "out"
    out.mkdir()
    for path in gold:
        (out / path.name).write_bytes(path.read_bytes())
    result = export(out, "--out", tmp_path / "ds", "--format", "csv")
    assert result.exit_code == 0, result.output
    records = [r for path in gold for r in json.loads(path.read_text(encoding="utf-8"))["records"]]
    names = person_names(r["fields"] for r in records)
    assert names, "the sample gold names no client or worker"
    assert_no_names(tmp_path / "ds", names)
    assert PLACEHOLDER.search((tmp_path / "ds" / "records.csv").read_text(encoding="utf-8"))


def test_a_field_annotated_x_identifies_is_deidentified_with_no_code_change(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    fields = {**SUMMARY.fields, "guardian_name": "Wibisono"}
    guarded = FileResult(
        "in/g.pdf",
        "d" * 64,
        "pdf",
        1,
        (),
        (Record("summarized_record", 0.9, "id", (1, 1), fields),),
    )
    (out / "g.json").write_text(json.dumps(guarded.to_json()), encoding="utf-8")
    agency = tmp_path / "agency"
    agency.mkdir()
    guardian = {
        "type": "string",
        "x-kind": "text",
        "x-identifies": "person",
        "x-label": {"en": "Guardian"},
    }
    (agency / "summarized_record.json").write_text(
        json.dumps({"x-record-type": "summarized_record", "properties": {"guardian_name": guardian}})
    )  # fmt: skip

    assert export(out, "--out", tmp_path / "plain").exit_code == 0
    assert jsonl_rows(tmp_path / "plain")[0]["fields"]["guardian_name"] == "Wibisono"
    assert export(out, "--out", tmp_path / "ds", "--schema-dir", agency).exit_code == 0
    assert re.fullmatch(
        r"\[NAMA-\d{4}\]", jsonl_rows(tmp_path / "ds")[0]["fields"]["guardian_name"]
    )

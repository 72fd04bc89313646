"""`--engine dask` on a LocalCluster writes exactly what the local engine writes."""

from __future__ import annotations

from pathlib import Path

from tests.batch_fixtures import (
    faults_env,
    run_process,
    tree_bytes,
    write_not_a_document,
    write_note,
)


def test_dask_local_cluster_equals_local_engine(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    for i in range(4):
        write_note(inputs / f"n{i}.docx", variant=i)
    write_note(inputs / "sub" / "n0.docx", variant=0)  # a duplicate
    write_not_a_document(inputs / "bad.pdf")
    write_note(inputs / "c__crash__.docx", variant=9)  # crashes its worker under both engines
    outputs = {}
    for engine in ("local", "dask"):
        out = tmp_path / engine
        done = run_process(
            inputs,
            "--out",
            out,
            "--engine",
            engine,
            "--workers",
            "2",
            env=faults_env(),
            timeout=120,
        )
        assert done.returncode == 1, done.stderr  # bad.pdf and the crash
        outputs[engine] = tree_bytes(out)
    assert outputs["dask"] == outputs["local"]
    assert sorted(outputs["local"]) == [
        "errors.jsonl",
        "n0.docx.json",
        "n1.docx.json",
        "n2.docx.json",
        "n3.docx.json",
        "sub/n0.docx.json",
    ]
    assert b'"kind":"crash"' in outputs["dask"]["errors.jsonl"]

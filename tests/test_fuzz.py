"""Byte-mutation fuzzing: a damaged PDF or DOCX reads, or fails with one `InputError` line.

Three targets: the bytes of a small PDF, the bytes of a small DOCX (mostly
hits the ZIP layer), and the XML of the DOCX's document.xml re-zipped (reaches
python-docx, lxml and the body walker). `CASENOTES_FUZZ_EXAMPLES` sets the
examples per target: 60 by default so `make test` stays fast, thousands under
`make fuzz`.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.document import Document
from pipeline.errors import InputError
from pipeline.ingest import read_document
from pipeline.options import IngestOptions
from tests.ingest import docx_fixtures as fx

EXAMPLES = int(os.environ.get("CASENOTES_FUZZ_EXAMPLES", "60"))
# OCR would only make each example slow; the text-layer and DOCX paths are the target.
OPTIONS = IngestOptions(ocr="never")
_POSITION = st.integers(min_value=0, max_value=1 << 30)  # taken modulo the input length

Mutation = tuple[str, int, int, bytes]
MUTATION = st.one_of(
    st.tuples(st.just("flip"), _POSITION, st.integers(1, 255), st.just(b"")),
    st.tuples(st.just("insert"), _POSITION, st.just(0), st.binary(min_size=1, max_size=32)),
    st.tuples(st.just("delete"), _POSITION, st.integers(1, 256), st.just(b"")),
    st.tuples(st.just("truncate"), _POSITION, st.just(0), st.just(b"")),
)


def _mutate(data: bytes, mutations: list[Mutation]) -> bytes:
    """Return `data` with each mutation applied in turn (positions wrap around the length)."""
    buffer = bytearray(data)
    for kind, position, amount, payload in mutations:
        at = position % max(len(buffer), 1)
        if kind == "flip" and buffer:
            buffer[at] ^= amount
        elif kind == "insert":
            buffer[at:at] = payload
        elif kind == "delete":
            del buffer[at : at + amount]
        elif kind == "truncate":
            del buffer[at:]
    return bytes(buffer)


def _base_files() -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = fx.write_pdf(Path(tmp) / "base.pdf").read_bytes()
        docx = fx.write_lists(Path(tmp) / "base.docx").read_bytes()
    return {"pdf": pdf, "docx": docx}


BASE = _base_files()


def _with_document_xml(xml: bytes) -> bytes:
    """Return the base DOCX with word/document.xml replaced by `xml`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(BASE["docx"])) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(
                info.filename, xml if info.filename == "word/document.xml" else src.read(info)
            )
    return out.getvalue()


def _check(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzzed"
        path.write_bytes(data)
        try:
            doc = read_document(path, OPTIONS)
        except InputError as exc:
            message = str(exc)
            assert "\n" not in message
            assert message.startswith(f"{path}: ")
        else:
            assert isinstance(doc, Document)


_FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("target", ["pdf", "docx"])
@_FUZZ
@given(mutations=st.lists(MUTATION, min_size=1, max_size=4))
def test_mutated_bytes_read_or_fail_cleanly(target: str, mutations: list[Mutation]) -> None:
    _check(_mutate(BASE[target], mutations))


@_FUZZ
@given(mutations=st.lists(MUTATION, min_size=1, max_size=4))
def test_mutated_document_xml_reads_or_fails_cleanly(mutations: list[Mutation]) -> None:
    with zipfile.ZipFile(io.BytesIO(BASE["docx"])) as zf:
        xml = zf.read("word/document.xml")
    _check(_with_document_xml(_mutate(xml, mutations)))

"""A handout's table of what to write under each heading (first met in the thirty-third corpus
C, rewritten in our own words), as DOCX and as a ruled born-digital PDF, in both languages:
most of its value cells speak to the record's writer (`you`, `Anda`: the vocabulary's
`writer_pronouns`), so they are instructions, never values, and the handout is no case note.
A header slot whose label lost its own colon (`Client name: Date`) names nobody either, and a
handout whose sections mostly speak to their reader is no case note either.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.line_writers import records_of

FORMATS = ["docx", "pdf"]

HANDOUTS = {
    "en": (
        "##Seminar Handout 2: Your First Process Recording",
        "A process recording is a written account of one interview, made soon after it while "
        "you still remember the words.",
        "#Suggested layout",
        "| Heading | What to write",
        "| Introduction | Who you met, where, and why the interview took place.",
        "| Dialogue | The conversation as close to word for word as you can manage.",
        "| Feelings | What you felt during the interview and why you think you felt it.",
        "| Conclusion | What you now understand about the client's situation.",
        "#Header block",
        "Client name: Date",
        "Bring your recording to the seminar on 18 April 2024.",
    ),
    "id": (
        "##Lembar Panduan 2: Catatan Proses Pertama Anda",
        "Catatan proses adalah uraian tertulis tentang satu wawancara, dibuat segera sesudahnya "
        "selagi Anda masih ingat kata-katanya.",
        "#Susunan yang disarankan",
        "| Judul | Yang ditulis",
        "| Pendahuluan | Siapa yang Anda temui, di mana, dan mengapa wawancara dilakukan.",
        "| Dialog | Percakapan sedekat mungkin dengan kata-kata yang Anda ingat.",
        "| Perasaan | Apa yang Anda rasakan selama wawancara dan mengapa.",
        "| Kesimpulan | Apa yang kini Anda pahami tentang keadaan klien.",
        "#Bagian kepala",
        "Nama klien: Tanggal",
        "Bawa catatan Anda ke seminar tanggal 18 April 2024.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(HANDOUTS))
def test_a_table_speaking_to_the_writer_is_a_guide_not_a_record(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, HANDOUTS[lang])
    assert record.record_type == "unknown"
    assert not any(name in record.fields for name in ("client_name", "introduction", "conclusion"))


# (a record's sections, whether they are a handout's: most speak to their reader)
SECTIONS_SPEAKING = [
    ({"introduction": "You report when you suspect a child is at risk; you need no proof.",
      "conclusion": "Your identity as a reporter is protected by law."}, True),
    ({"introduction": "Anda melapor bila menduga anak dalam bahaya; Anda tidak perlu bukti.",
      "conclusion": "Identitas Anda sebagai pelapor dilindungi undang-undang."}, True),
    # a dialogue and a supervisor's comments speak to someone in any record
    ({"introduction": "The second meeting with Tom, at the youth club.",
      "interview_narrative": "Worker: How are you? Tom: Fine. You?",
      "supervisor_comments": "You handled the silence well.",
      "conclusion": "Tom's absences follow his mother's shifts."}, False),
    ({"introduction": "You report when you suspect a child is at risk."}, False),  # one alone
]  # fmt: skip


@pytest.mark.parametrize(("values", "handout"), SECTIONS_SPEAKING)
def test_sections_speaking_to_their_reader_are_a_handouts(
    values: dict[str, str], handout: bool
) -> None:
    """A staff handout whose question headings were read as a process record's sections, their
    text speaking to the reader (first met in the thirty-fourth corpus A), is no case note."""
    from pipeline.extract.assemble import RawRecord
    from pipeline.extract.extractor import _speaks_to_the_writer
    from pipeline.specs import load_schemas

    spec = load_schemas().records["process_record"]
    assert _speaks_to_the_writer(RawRecord(), spec, values) is handout

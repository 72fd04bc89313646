"""Run-in headings and sections after a dialogue (pipeline/ingest/form_rows.py,
pipeline/ingest/docx/blocks.py, pipeline/extract/sections.py).

A section's heading set in bold at the start of its paragraph and closed by a full stop
(`**Opening.** Tamsin is in week six…`) heads that paragraph: the paragraph is the section's
text and no part of the section above it. After the dialogue, a label worded as a phrase
over prose (`My reactions and thinking: I felt…`) ends the dialogue; a speaker's tag with a
role in it (`Istri pasien: "…"`) does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document

Paragraph = tuple[str, str]  # (bold opening, regular text)

NOTES: dict[str, list[Paragraph]] = {
    "en": [
        ("", "Client: Tamsin Rourke-Beale"), ("", "Worker: Joel Amani"),
        ("", "Date of interview: 7 May 2024"),
        ("Introduction.", "Tamsin is in week six of the program. She rang on Monday to say she had "
         "used over the weekend and nearly did not come in today."),
        ("", "Worker: Thanks for coming in. I know the call was not easy."),
        ("", "Client: I almost did not come. I figured you would say I had wrecked it."),
        ("", "Worker: You have not wrecked anything. What happened on Saturday?"),
        ("Conclusion.", "The lapse is linked to a family party. Tamsin remains engaged and "
         "the plan now has an exit time."),
    ],
    "id": [
        ("", "Nama Klien: Fajar Nugroho"), ("", "Pekerja Sosial: Yohanes Setiawan"),
        ("", "Tanggal Wawancara: 9 Januari 2024"),
        ("Pendahuluan.", "Wawancara pertama setelah masa orientasi. Klien datang tepat waktu "
         "dan duduk di dekat jendela."),
        ("", "PS: Mas Fajar, bagaimana minggu pertama di sini?"),
        ("", "Klien: Berat, Bu. Saya belum bisa tidur nyenyak."),
        ("", "PS: Apa yang paling mengganggu pikiran Mas Fajar?"),
        ("Kesimpulan.", "Klien mulai terbuka tentang kecemasannya dan bersedia mengikuti "
         "sesi kelompok minggu depan."),
    ],
}  # fmt: skip
TITLES = {"en": "PROCESS RECORDING", "id": "CATATAN PROSES"}
EXPECTED = {
    "en": ("Tamsin is in week six", "The lapse is linked to a family party"),
    "id": ("Wawancara pertama setelah masa orientasi", "Klien mulai terbuka"),
}


def _write_docx(path: Path, title: str, paragraphs: list[Paragraph]) -> Path:
    doc = WordDocument()
    doc.add_paragraph().add_run(title).bold = True
    for bold, regular in paragraphs:
        para = doc.add_paragraph()
        if bold:
            para.add_run(bold).bold = True
        if regular:
            para.add_run(f" {regular}" if bold else regular)
    doc.save(path)
    return path


def _write_pdf(path: Path, title: str, paragraphs: list[Paragraph]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph as Flowing
    from reportlab.platypus import SimpleDocTemplate

    styles = getSampleStyleSheet()
    flow = [Flowing(title, styles["Heading1"])]
    for bold, regular in paragraphs:
        flow.append(Flowing(f"<b>{bold}</b> {regular}" if bold else regular, styles["Normal"]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


WRITERS = {"docx": _write_docx, "pdf": _write_pdf}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_bold_run_in_heading_heads_its_paragraph(tmp_path: Path, fmt: str, lang: str) -> None:
    path = WRITERS[fmt](tmp_path / f"note.{fmt}", TITLES[lang], NOTES[lang])
    (record,) = extract_records(read_document(path)).records
    introduction, conclusion = EXPECTED[lang]
    assert record.record_type == "process_record"
    assert str(record.fields.get("introduction", "")).startswith(introduction)
    assert str(record.fields.get("conclusion", "")).startswith(conclusion)
    assert conclusion not in str(record.fields.get("interview_narrative"))
    assert record.missing_required == ()


# (what follows the dialogue, what the dialogue keeps of it)
AFTER_DIALOGUE = [
    ("My reactions and thinking: I felt a pull to reassure her too quickly and slowed down.",
     False),
    ('Istri pasien: "Saya sendiri yang akan merawat Bapak di rumah nanti."', True),  # guard
    ("Client: I said no twice and the third time I did not.", True),  # guard: a turn
]  # fmt: skip


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("line", "kept"), AFTER_DIALOGUE)
def test_a_phrases_label_over_prose_ends_the_dialogue(
    tmp_path: Path, fmt: str, line: str, kept: bool
) -> None:
    opening = [("Introduction", ""), ("", "Tamsin is in week six of the program.")]
    paragraphs = [*NOTES["en"][:3], *opening, *NOTES["en"][4:7], ("", line)]
    path = WRITERS[fmt](tmp_path / f"note.{fmt}", TITLES["en"], paragraphs)
    (record,) = extract_records(read_document(path)).records
    value = line.partition(":")[2].strip()
    assert (value in str(record.fields.get("interview_narrative"))) is kept


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_bold_next_heading_is_a_heading_not_a_web_pages_link(tmp_path: Path, fmt: str) -> None:
    # A printed web page's `Next` link is furniture; set in bold over the plan, it heads it.
    paragraphs = [*NOTES["en"][:3], ("Introduction", ""), ("", "Tamsin came in late."),
                  *NOTES["en"][4:7], ("Next", ""), ("", "Refer to chaplaincy today.")]  # fmt: skip
    path = WRITERS[fmt](tmp_path / f"note.{fmt}", TITLES["en"], paragraphs)
    (record,) = extract_records(read_document(path)).records
    assert record.fields.get("next_steps") == "Refer to chaplaincy today."

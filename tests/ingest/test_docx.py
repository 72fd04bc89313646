"""The DOCX reader on real files generated in code, and legacy formats via LibreOffice."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import zipfile
from pathlib import Path

import pytest

from pipeline.document import Block, Document
from pipeline.errors import DependencyMissing, InputError, ResourceLimit
from pipeline.ingest import read_document, sha256_of
from pipeline.options import IngestOptions
from tests.ingest import docx_fixtures as fx

SOFFICE = shutil.which("soffice")


def _block(doc: Document, text: str) -> Block:
    """Return the body block whose text is `text` (or starts with it)."""
    for block in doc.blocks:
        if block.text == text or block.text.startswith(text):
            return block
    raise AssertionError(f"no block {text!r} in {[b.text for b in doc.blocks]}")


@pytest.fixture(scope="module")
def headings(tmp_path_factory: pytest.TempPathFactory) -> Document:
    return read_document(fx.write_headings(tmp_path_factory.mktemp("docx") / "headings.docx"))


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> Document:
    return read_document(fx.write_lists(tmp_path_factory.mktemp("docx") / "lists.docx"))


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> Document:
    return read_document(fx.write_tables(tmp_path_factory.mktemp("docx") / "tables.docx"))


class TestHeadings:
    @pytest.mark.parametrize(
        ("text", "style_name"),
        [
            (fx.TITLE, "Title"),
            (fx.HEADING_1, "Heading 1"),
            (fx.STYLE_BOLD_HEADING, fx.STYLE_BOLD_NAME),
        ],
    )
    def test_reads_headings_by_style(self, headings: Document, text: str, style_name: str) -> None:
        block = _block(headings, text)
        assert (block.kind, block.style.style_name) == ("heading", style_name)

    def test_inherits_bold_from_the_style_chain(self, headings: Document) -> None:
        assert _block(headings, fx.STYLE_BOLD_HEADING).style.bold

    @pytest.mark.parametrize("text", [fx.BOLD_HEADING, fx.CAPS_HEADING, fx.BIG_HEADING])
    def test_reads_headings_by_look(self, headings: Document, text: str) -> None:
        assert _block(headings, text).kind == "heading"

    def test_measures_size_against_the_body_text(self, headings: Document) -> None:
        assert headings.body_font_size == 11
        assert _block(headings, fx.BIG_HEADING).style.size_ratio == round(16 / 11, 2)
        assert _block(headings, fx.BODY).style.size_ratio == 1.0

    @pytest.mark.parametrize("text", [fx.BOLD_SENTENCE, fx.BOLD_LABEL, fx.BODY])
    def test_keeps_sentences_and_label_lines_as_paragraphs(
        self, headings: Document, text: str
    ) -> None:
        assert _block(headings, text).kind == "paragraph"

    def test_calls_a_paragraph_bold_only_when_every_run_is(self, headings: Document) -> None:
        assert not _block(headings, "".join(fx.PARTLY_BOLD)).style.bold
        assert _block(headings, fx.BOLD_LABEL).style.bold

    def test_flags_all_caps(self, headings: Document) -> None:
        assert _block(headings, fx.CAPS_HEADING).style.all_caps
        assert not _block(headings, fx.HEADING_1).style.all_caps

    def test_keeps_document_order_on_one_page(self, headings: Document) -> None:
        assert [b.text for b in headings.blocks][:3] == [fx.TITLE, fx.HEADING_1, fx.BODY]
        assert len(headings.pages) == 1
        assert all(b.bbox is None for b in headings.blocks)


class TestNumbering:
    def test_numbers_the_list_number_style_from_numbering_xml(self, lists: Document) -> None:
        blocks = [_block(lists, text) for text in fx.LIST_NUMBER_ITEMS]
        assert [b.style.numbering for b in blocks] == ["1.", "2.", "3."]
        assert {b.kind for b in blocks} == {"list_item"}
        assert [b.text for b in blocks] == list(fx.LIST_NUMBER_ITEMS)  # number not in the text

    def test_marks_bullets(self, lists: Document) -> None:
        block = _block(lists, fx.LIST_BULLET_ITEM)
        assert (block.kind, block.style.numbering) == ("list_item", "•")

    def test_counts_each_level_and_restarts_deeper_levels(self, lists: Document) -> None:
        labels = tuple(_block(lists, text).style.numbering for _, text in fx.OUTLINE_ITEMS)
        assert labels == fx.OUTLINE_LABELS

    def test_continues_a_shared_definition_and_honours_start_override(
        self, lists: Document
    ) -> None:
        assert _block(lists, fx.CONTINUED_ITEM).style.numbering == "III."
        assert _block(lists, fx.RESTARTED_ITEM).style.numbering == "I."

    def test_makes_a_caps_numbered_line_a_heading(self, lists: Document) -> None:
        assert _block(lists, "PENDAHULUAN").kind == "heading"
        assert _block(lists, "Latar belakang").kind == "list_item"

    @pytest.mark.parametrize(
        ("text", "numbering", "kind"),
        [
            (fx.TYPED_ROMAN, "I.", "heading"),
            (fx.TYPED_DOTTED, "1.2", "list_item"),
            (fx.TYPED_LETTER, "a)", "list_item"),
            (fx.CLOCK_LINE, None, "paragraph"),
        ],
    )
    def test_reads_typed_numbering_and_keeps_the_text(
        self, lists: Document, text: str, numbering: str | None, kind: str
    ) -> None:
        block = _block(lists, text)
        assert (block.text, block.style.numbering, block.kind) == (text, numbering, kind)


class TestTables:
    def test_resolves_a_horizontal_merge(self, tables: Document) -> None:
        table = tables.blocks[1].table
        assert table is not None
        name_value, copy = table.rows[0][1], table.rows[0][2]
        assert (name_value.text, copy.text) == ("Budi Santoso", "Budi Santoso")
        assert copy.origin == (0, 1)
        assert copy.is_copy
        assert not name_value.is_copy

    def test_resolves_a_vertical_merge(self, tables: Document) -> None:
        table = tables.blocks[1].table
        assert table is not None
        assert table.rows[2][0].text == "Alamat"
        assert table.rows[2][0].origin == (1, 0)
        assert table.text_rows()[2] == ("Alamat", "Bandung", "Jawa Barat")

    def test_gives_the_block_the_table_text_without_copies(self, tables: Document) -> None:
        block = tables.blocks[1]
        assert block.kind == "table"
        assert block.text.splitlines() == [
            "Nama | Budi Santoso",
            "Alamat | Jl. Merdeka No. 1 | RT 02/RW 05",
            "Bandung | Jawa Barat",
        ]

    def test_keeps_a_nested_table_and_its_text(self, tables: Document) -> None:
        table = tables.blocks[2].table
        assert table is not None
        cell = table.rows[0][1]
        assert len(cell.nested) == 1
        assert cell.nested[0].text_rows() == fx.NESTED_ROWS
        assert "Senin | Sekolah" in cell.text
        assert table.rows[0][0].text == fx.NESTED_CELL_LABEL


class TestHiddenText:
    @pytest.fixture(scope="class")
    def doc(self, tmp_path_factory: pytest.TempPathFactory) -> Document:
        return read_document(fx.write_hidden_text(tmp_path_factory.mktemp("docx") / "hidden.docx"))

    def test_reads_content_controls_in_the_body_and_in_paragraphs(self, doc: Document) -> None:
        assert _block(doc, fx.SDT_BODY_TEXT).kind == "paragraph"
        assert _block(doc, fx.SDT_INLINE_PREFIX).text == fx.SDT_INLINE_PREFIX + fx.SDT_INLINE_TEXT

    def test_reads_a_text_box_once(self, doc: Document) -> None:
        assert doc.text.count(fx.TEXTBOX_TEXT) == 1

    def test_reads_hyperlinks_fields_and_smart_tags(self, doc: Document) -> None:
        assert _block(doc, fx.HYPERLINK_PREFIX).text == fx.HYPERLINK_PREFIX + fx.HYPERLINK_TEXT
        line = _block(doc, "Tanggal:").text
        assert fx.FIELD_RESULT in line
        assert fx.SMART_TAG_TEXT in line

    def test_leaves_out_deleted_text_and_field_instructions(self, doc: Document) -> None:
        assert fx.DELETED_TEXT not in doc.text
        assert "PAGE" not in doc.text


class TestPagesAndFurniture:
    @pytest.fixture(scope="class")
    def doc(self, tmp_path_factory: pytest.TempPathFactory) -> Document:
        path = fx.write_header_footer_pages(tmp_path_factory.mktemp("docx") / "pages.docx")
        return read_document(path)

    def test_starts_a_page_at_page_breaks_and_new_page_sections(self, doc: Document) -> None:
        assert [[b.text for b in p.blocks] for p in doc.pages] == [
            [fx.PAGE_TEXTS[0]],
            [fx.PAGE_TEXTS[1]],
            [fx.SECTION_TEXT],
        ]
        assert [b.page for b in doc.blocks] == [1, 2, 3]

    def test_sets_headers_and_footers_aside_on_every_page(self, doc: Document) -> None:
        for page in doc.pages:
            assert [b.text for b in page.furniture] == [fx.HEADER_TEXT, fx.FOOTER_TEXT]
            assert all(b.page == page.number for b in page.furniture)
        assert fx.HEADER_TEXT not in doc.text
        assert fx.FOOTER_TEXT not in doc.text

    def test_takes_the_page_size_from_the_section(self, doc: Document) -> None:
        assert doc.pages[0].width == 612
        assert doc.pages[0].height == 792


def test_reads_one_page_when_there_are_no_breaks(tmp_path: Path) -> None:
    doc = read_document(fx.write_plain(tmp_path / "plain.docx"))
    assert [p.number for p in doc.pages] == [1]
    assert doc.source.format == "docx"
    assert doc.source.page_count == 1


def test_reads_a_macro_enabled_document(tmp_path: Path) -> None:
    path = fx.write_plain(tmp_path / "form.docm")
    with zipfile.ZipFile(path) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    assert fx.BODY in read_document(path).text


def test_never_fetches_an_external_image(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = fx.write_external_image(tmp_path / "linked.docx")

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reader opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    doc = read_document(path)
    assert fx.BODY in doc.text


class TestHostileDocx:
    def test_refuses_a_part_over_the_size_limit(self, tmp_path: Path) -> None:
        path = fx.write_zip_bomb(tmp_path / "bomb.docx", part_mb=30)
        with pytest.raises(ResourceLimit) as caught:
            read_document(path, IngestOptions(max_part_mb=10))
        assert str(caught.value) == (
            f"{path}: part word/media/filler0.bin expands to 30 MB (limit 10 MB; --max-part-mb)"
        )

    def test_refuses_a_part_compressed_like_a_bomb(self, tmp_path: Path) -> None:
        path = fx.write_zip_bomb(tmp_path / "ratio.docx", part_mb=20)
        with pytest.raises(ResourceLimit, match=r"compresses \d+:1"):
            read_document(path)

    def test_refuses_parts_too_big_together(self, tmp_path: Path) -> None:
        path = fx.write_zip_bomb(tmp_path / "many.docx", part_mb=4, parts=3)
        with pytest.raises(ResourceLimit, match="in total"):
            read_document(path, IngestOptions(max_part_mb=5))

    def test_refuses_an_xxe_entity_and_leaks_nothing(self, tmp_path: Path) -> None:
        path = fx.write_xxe(tmp_path / "xxe.docx")
        with pytest.raises(InputError) as caught:
            read_document(path)
        message = str(caught.value)
        assert (
            message == f"{path}: DOCX part contains a DTD/entity declaration (refused for safety)"
        )
        assert "root:" not in message

    def test_parses_with_entities_off_even_without_the_scan(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """python-docx's own parser must not expand the entity either (defence in depth)."""
        monkeypatch.setattr("pipeline.ingest.docx.package._declares_dtd", lambda zf, info: False)
        path = fx.write_xxe(tmp_path / "xxe.docx")
        secret = Path(fx.XXE_SECRET_FILE).read_text(errors="replace")[:20]
        try:
            doc = read_document(path)
        except InputError:
            return
        assert secret not in doc.text


class TestLegacyFormats:
    @pytest.fixture(scope="class")
    def converted(self, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
        if SOFFICE is None:
            pytest.skip("LibreOffice (soffice) is not installed")
        work = tmp_path_factory.mktemp("legacy")
        source = fx.write_headings(work / "source.docx")
        profile = (work / "profile").as_uri()
        for fmt in ("odt", "rtf"):
            subprocess.run(
                [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt,
                 "--outdir", str(work), str(source)],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
        return {fmt: work / f"source.{fmt}" for fmt in ("odt", "rtf")}

    @pytest.mark.parametrize("fmt", ["odt", "rtf"])
    def test_reads_through_libreoffice_and_keeps_the_source(
        self, converted: dict[str, Path], fmt: str
    ) -> None:
        path = converted[fmt]
        before = (sha256_of(path), path.stat().st_mtime_ns)
        doc = read_document(path)
        assert doc.source.format == fmt
        assert doc.source.path == str(path)
        assert doc.source.sha256 == before[0]
        assert _block(doc, fx.HEADING_1).kind == "heading"
        assert fx.BODY in doc.text
        assert any("LibreOffice" in w for w in doc.warnings)
        assert (sha256_of(path), path.stat().st_mtime_ns) == before  # the input is never touched

    def test_names_the_package_when_soffice_is_missing(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr("pipeline.ingest.legacy.find_soffice", lambda: None)
        path = tmp_path / "note.rtf"
        path.write_bytes(b"{\\rtf1\\ansi Klien datang.}")
        with pytest.raises(DependencyMissing) as caught:
            read_document(path)
        assert str(caught.value) == (
            f"{path}: reading .rtf needs LibreOffice: apt-get install libreoffice-writer-nogui"
        )

    @pytest.mark.parametrize(
        ("script", "error", "reason"),
        [
            ("sleep 30", ResourceLimit, "took longer than 1 s"),
            ("echo 'Error: source file could not be loaded' >&2; exit 1", InputError,
             "could not convert the .rtf file: Error: source file could not be loaded"),
        ],
    )  # fmt: skip
    def test_reports_a_failed_or_hung_conversion(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        script: str,
        error: type[Exception],
        reason: str,
    ) -> None:
        fake = tmp_path / "soffice"
        fake.write_text(f"#!/bin/sh\n{script}\n")
        fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
        monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
        monkeypatch.setattr("pipeline.ingest.legacy.CONVERT_TIMEOUT_S", 1)
        path = tmp_path / "note.rtf"
        path.write_bytes(b"{\\rtf1\\ansi Klien datang.}")
        with pytest.raises(error) as caught:
            read_document(path)
        assert reason in str(caught.value)

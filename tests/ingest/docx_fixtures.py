"""DOCX (and tiny PDF / hostile ZIP) fixtures generated in code.

Each `write_*` function writes one real file at the given path with
python-docx (XML the API can't make is injected with lxml) and returns the
path. The texts placed are module constants, so tests compare what was read
with what was written. Nothing here reads `pipeline`.
"""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path
from typing import BinaryIO

import docx
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from reportlab.pdfgen import canvas

# --- headings -------------------------------------------------------------------------
TITLE = "CATATAN KASUS"
HEADING_1 = "Identitas Klien"
BODY = (
    "Klien datang ke kantor dinas sosial bersama ibunya pada pagi hari "
    "untuk menceritakan masalah yang dihadapi keluarganya."
)
BOLD_HEADING = "Riwayat Masalah"
CAPS_HEADING = "KESIMPULAN"
BIG_HEADING = "Rencana Intervensi"
STYLE_BOLD_HEADING = "Lingkungan Sosial"
STYLE_BOLD_NAME = "Judul Bagian"
BOLD_SENTENCE = "Klien datang sendiri."
BOLD_LABEL = "Nama Klien: Budi Santoso"
PARTLY_BOLD = ("Tanggal", " kunjungan berikutnya belum ditentukan")

# --- lists ----------------------------------------------------------------------------
LIST_NUMBER_ITEMS = (
    "Klien menceritakan masalahnya",
    "Pekerja sosial mendengarkan",
    "Rencana disepakati",
)
LIST_BULLET_ITEM = "Ibu klien ikut mendampingi"
# (level, text) in one custom multi-level list: upperRoman / upperLetter / lowerLetter.
OUTLINE_ITEMS = (
    (0, "PENDAHULUAN"),
    (1, "Latar belakang"),
    (1, "Tujuan"),
    (2, "tujuan umum"),
    (0, "ISI LAPORAN"),
    (1, "Jalannya wawancara"),
)
OUTLINE_LABELS = ("I.", "A.", "B.", "a)", "II.", "A.")
CONTINUED_ITEM = "PENUTUP"  # second list instance on the same definition: continues at III.
RESTARTED_ITEM = "LAMPIRAN"  # third instance with a startOverride: restarts at I.
TYPED_ROMAN = "I. IDENTITAS KLIEN"
TYPED_DOTTED = "1.2 Riwayat keluarga klien yang tinggal di Bandung sejak 2019."
TYPED_LETTER = "a) kunjungan rumah pertama dilakukan oleh pekerja sosial."
CLOCK_LINE = "10.30 Klien datang ke kantor bersama ibunya."

# --- tables ---------------------------------------------------------------------------
KV_ROWS = (
    ("Nama", "Budi Santoso", None),  # value spans two columns
    ("Alamat", "Jl. Merdeka No. 1", "RT 02/RW 05"),  # "Alamat" spans two rows
    (None, "Bandung", "Jawa Barat"),
)
NESTED_ROWS = (("Hari", "Kegiatan"), ("Senin", "Sekolah"))
NESTED_CELL_LABEL = "Jadwal"

# --- hidden text ----------------------------------------------------------------------
SDT_BODY_TEXT = "Nomor Kasus: 017/DS/2024"
SDT_INLINE_TEXT = "Siti Aminah"
SDT_INLINE_PREFIX = "Nama Pekerja Sosial: "
TEXTBOX_TEXT = "Catatan dalam kotak teks"
HYPERLINK_TEXT = "laman dinas"
HYPERLINK_PREFIX = "Lihat "
FIELD_RESULT = "5 Maret 2024"
SMART_TAG_TEXT = "Bandung"
DELETED_TEXT = "teks yang dihapus"

# --- furniture and pages --------------------------------------------------------------
HEADER_TEXT = "PEMERINTAH KOTA BANDUNG - RAHASIA"
FOOTER_TEXT = "Catatan Kasus Budi Santoso"
PAGE_TEXTS = ("Halaman pertama catatan kasus.", "Halaman kedua catatan kasus.")
SECTION_TEXT = "Bagian baru dimulai di halaman baru."

EXTERNAL_IMAGE_URL = "http://example.invalid/logo.png"
XXE_SECRET_FILE = "/etc/passwd"


def write_headings(path: Path) -> Path:
    """Headings by style (Title, Heading 1, a bold custom style) and by look (bold, caps, size)."""
    doc = docx.Document()
    doc.add_paragraph(TITLE, style="Title")
    doc.add_heading(HEADING_1, level=1)
    doc.add_paragraph(BODY)
    doc.add_paragraph().add_run(BOLD_HEADING).bold = True
    doc.add_paragraph(BODY)
    doc.add_paragraph(CAPS_HEADING)
    doc.add_paragraph(BODY)
    doc.add_paragraph().add_run(BIG_HEADING).font.size = Pt(16)
    style = doc.styles.add_style(STYLE_BOLD_NAME, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.font.bold = True
    doc.add_paragraph(STYLE_BOLD_HEADING, style=STYLE_BOLD_NAME)
    doc.add_paragraph().add_run(BOLD_SENTENCE).bold = True
    doc.add_paragraph().add_run(BOLD_LABEL).bold = True
    mixed = doc.add_paragraph()
    mixed.add_run(PARTLY_BOLD[0]).bold = True
    mixed.add_run(PARTLY_BOLD[1])
    for _ in range(3):  # enough body text that the body size is the Normal size
        doc.add_paragraph(BODY)
    doc.save(path)
    return path


def write_lists(path: Path) -> Path:
    """Word auto-numbering (List Number, List Bullet, a custom outline) and typed numbering."""
    doc = docx.Document()
    for item in LIST_NUMBER_ITEMS:
        doc.add_paragraph(item, style="List Number")
    doc.add_paragraph(LIST_BULLET_ITEM, style="List Bullet")
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(_OUTLINE_ABSTRACT))  # abstractNums precede nums
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="901"><w:abstractNumId w:val="900"/></w:num>')
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="902"><w:abstractNumId w:val="900"/></w:num>')
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="903"><w:abstractNumId w:val="900"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    for level, text in OUTLINE_ITEMS:
        _numbered(doc.add_paragraph(text), "901", level)
    _numbered(doc.add_paragraph(CONTINUED_ITEM), "902", 0)
    _numbered(doc.add_paragraph(RESTARTED_ITEM), "903", 0)
    doc.add_paragraph().add_run(TYPED_ROMAN).bold = True
    doc.add_paragraph(TYPED_DOTTED)
    doc.add_paragraph(TYPED_LETTER)
    doc.add_paragraph(CLOCK_LINE)
    doc.save(path)
    return path


_OUTLINE_ABSTRACT = f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="900">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>"""


def _numbered(paragraph: docx.text.paragraph.Paragraph, num_id: str, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def write_tables(path: Path) -> Path:
    """A key/value table with a horizontal and a vertical merge, and a cell holding a table."""
    doc = docx.Document()
    doc.add_paragraph(BODY)
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate(KV_ROWS):
        for c, text in enumerate(row):
            if text is not None:
                table.cell(r, c).text = text
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(1, 0).merge(table.cell(2, 0))
    outer = doc.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = NESTED_CELL_LABEL
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    for r, row in enumerate(NESTED_ROWS):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    doc.save(path)
    return path


def write_hidden_text(path: Path) -> Path:
    """Text python-docx's paragraph.text misses: content controls, a text box, links, fields."""
    doc = docx.Document()
    body = doc.element.body
    sect = body[-1]  # the body's sectPr stays last
    sect.addprevious(
        parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Nomor"/></w:sdtPr><w:sdtContent>'
            f"<w:p><w:r><w:t>{SDT_BODY_TEXT}</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        )
    )
    sect.addprevious(
        parse_xml(
            f'<w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">{SDT_INLINE_PREFIX}</w:t></w:r>'
            f"<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>{SDT_INLINE_TEXT}</w:t></w:r>"
            "</w:sdtContent></w:sdt></w:p>"
        )
    )
    sect.addprevious(parse_xml(_TEXTBOX_PARAGRAPH))
    link_id = doc.part.relate_to("https://example.invalid/", RT.HYPERLINK, is_external=True)
    sect.addprevious(
        parse_xml(
            f'<w:p {nsdecls("w", "r")}><w:r><w:t xml:space="preserve">{HYPERLINK_PREFIX}</w:t></w:r>'
            f'<w:hyperlink r:id="{link_id}"><w:r><w:t>{HYPERLINK_TEXT}</w:t></w:r></w:hyperlink></w:p>'
        )
    )
    sect.addprevious(
        parse_xml(
            f'<w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">Tanggal: </w:t></w:r>'
            f'<w:fldSimple w:instr=" DATE "><w:r><w:t>{FIELD_RESULT}</w:t></w:r></w:fldSimple>'
            f'<w:r><w:t xml:space="preserve"> di </w:t></w:r><w:smartTag w:uri="urn:x" w:element="City">'
            f"<w:r><w:t>{SMART_TAG_TEXT}</w:t></w:r></w:smartTag>"
            f'<w:del w:id="1" w:author="x"><w:r><w:delText>{DELETED_TEXT}</w:delText></w:r></w:del>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        )
    )
    doc.save(path)
    return path


# A floating text box as Word 2010+ writes it: DrawingML in mc:Choice, the same
# text again as VML in mc:Fallback for older readers.
_TEXTBOX_PARAGRAPH = f"""<w:p {nsdecls("w")}
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent>
  <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData
    uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>
    <w:txbxContent><w:p><w:r><w:t>{TEXTBOX_TEXT}</w:t></w:r></w:p></w:txbxContent>
  </wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{TEXTBOX_TEXT}</w:t>
  </w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r></w:p>"""


def write_header_footer_pages(path: Path) -> Path:
    """Two pages split by a page break, a header and a footer, then a new-page section."""
    doc = docx.Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = HEADER_TEXT
    section.footer.paragraphs[0].text = FOOTER_TEXT
    doc.add_paragraph(PAGE_TEXTS[0])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(PAGE_TEXTS[1])
    doc.add_section(WD_SECTION.NEW_PAGE)
    doc.add_paragraph(SECTION_TEXT)
    doc.save(path)
    return path


def write_plain(path: Path | BinaryIO, paragraphs: tuple[str, ...] = (BODY,)) -> Path | BinaryIO:
    """A minimal valid DOCX (to a path or a stream): one Heading 1 and the given paragraphs."""
    doc = docx.Document()
    doc.add_heading(HEADING_1, level=1)
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(path)
    return path


def write_external_image(path: Path) -> Path:
    """A DOCX whose picture is linked (TargetMode="External"), never embedded."""
    doc = docx.Document()
    doc.add_paragraph(BODY)
    rid = doc.part.relate_to(EXTERNAL_IMAGE_URL, RT.IMAGE, is_external=True)
    doc.element.body[-1].addprevious(
        parse_xml(
            f"<w:p {nsdecls('w', 'wp', 'a', 'pic', 'r')}><w:r><w:drawing><wp:inline>"
            '<wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="logo"/><a:graphic>'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="logo"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:link="{rid}"/></pic:blipFill><pic:spPr/></pic:pic>'
            "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
        )
    )
    doc.save(path)
    return path


def write_xxe(path: Path) -> Path:
    """A DOCX whose document.xml declares an external entity for a local file and uses it."""
    plain = io.BytesIO()
    write_plain(plain)
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{XXE_SECRET_FILE}">]>'.encode()
    replaced: dict[str, bytes] = {}
    with zipfile.ZipFile(plain) as zf:
        xml = zf.read("word/document.xml")
        head, sep, rest = xml.partition(b"?>")
        xml = head + sep + doctype + rest.replace(BODY.encode(), b"&xxe;", 1)
        replaced["word/document.xml"] = xml
    return _rewrite_zip(plain.getvalue(), path, replaced)


def write_zip_bomb(path: Path, part_mb: int, *, parts: int = 1) -> Path:
    """A valid DOCX plus `parts` extra parts of `part_mb` MB of zeros each, deflated.

    The zeros are streamed in 1 MB chunks, so writing costs no memory.
    """
    plain = io.BytesIO()
    write_plain(plain)
    _rewrite_zip(plain.getvalue(), path, {})
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        for index in range(parts):
            with zf.open(f"word/media/filler{index}.bin", "w") as out:
                for _ in range(part_mb):
                    out.write(chunk)
    return path


def write_xlsx_like(path: Path) -> Path:
    """A ZIP shaped like an Excel workbook."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    return path


def write_pdf(path: Path, pages: tuple[str, ...] = PAGE_TEXTS) -> Path:
    """A small text PDF, one line per page (reportlab)."""
    pdf = canvas.Canvas(str(path))
    for text in pages:
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return path


def write_encrypted_pdf(path: Path, password: str) -> Path:
    """A small PDF encrypted with a user password (pypdf)."""
    from pypdf import PdfReader, PdfWriter

    plain = write_pdf(path)
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def _rewrite_zip(data: bytes, path: Path, replaced: dict[str, bytes]) -> Path:
    """Write the ZIP in `data` to `path`, swapping the members named in `replaced`."""
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            dst.writestr(copy.copy(info), replaced.get(info.filename, src.read(info)))
    return path

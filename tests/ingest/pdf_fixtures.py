"""PDF fixtures generated in code: small, real files for the PDF and OCR readers.

Each `write_*` function writes one file at the given path and returns that
path; the texts they place are module constants, so tests can compare what
was read with what was written. `bench/ingest.py` uses the same generators to
make samples when none are given. Nothing here reads `pipeline`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

PAGE_W, PAGE_H = A4
MARGIN = 2.5 * cm
BODY_FONT = "Helvetica"
BOLD_FONT = "Helvetica-Bold"
BODY_SIZE = 11
LEADING = 14

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

LETTERHEAD = "YAYASAN PEDULI ANAK NUSANTARA"
TITLE = "CATATAN PROSES"
LABEL_LINES = (
    ("Nama Klien", "Budi Santoso"),
    ("Nama Pekerja Sosial", "Rina Marlina, S.Tr.Sos."),
    ("Tanggal Wawancara", "5 Maret 2024"),
    ("Tempat", "Rumah klien, Bandung"),
)
NUMBERED_CAPS_HEADING = "I. PENDAHULUAN"
BOLD_HEADING = "Isi Laporan"
SIZE_HEADING = "Kesimpulan"
BULLETS = (
    "Klien tampak tenang dan menjawab setiap pertanyaan dengan jelas.",
    "Ibu klien ikut mendampingi selama wawancara berlangsung dan sesekali menambahkan "
    "keterangan tentang kebiasaan klien di rumah.",
)
NUMBERED_ITEMS = (
    "1. Klien menyampaikan bahwa ia sudah kembali bersekolah. Ia merasa senang bertemu teman.",
    "2. Klien belum berani bercerita kepada guru. Pekerja sosial akan mendampingi.",
)
PARAGRAPH = (
    "Wawancara ini dilakukan untuk mengetahui perkembangan klien setelah kembali ke rumah "
    "orang tuanya. Pekerja sosial datang ke rumah klien pada pagi hari dan disambut oleh ibu "
    "klien. Suasana wawancara santai dan klien terlihat nyaman berbicara."
)
CONCLUSION = (
    "Klien menunjukkan kemajuan yang baik. Rencana berikutnya adalah kunjungan ke sekolah "
    "untuk bertemu wali kelas klien."
)

RUNNING_HEADER = "Catatan Kasus Budi Santoso - RAHASIA"
AGENCY_LINE = "DINAS SOSIAL KOTA BANDUNG"
PAGE_BODIES = (
    "Klien datang ke kantor bersama ibunya untuk pertama kali.",
    "Kunjungan rumah kedua berjalan lancar dan klien lebih terbuka.",
    "Pertemuan terakhir membahas rencana terminasi layanan.",
    "Catatan tambahan dari supervisor tentang tindak lanjut kasus.",
)

TABLE_ROWS = (
    ("Tanggal", "Waktu", "Kegiatan"),
    ("4 Maret 2024", "09:00", "Kunjungan rumah"),
    ("5 Maret 2024", "Libur nasional", ""),
    ("6 Maret 2024", "10:30", "Konseling individu"),
    ("", "13:00", "Diskusi dengan guru"),
)
TABLE_INTRO = "Jadwal kegiatan pendampingan klien minggu pertama:"
TABLE_OUTRO = "Semua kegiatan dicatat oleh pekerja sosial pendamping."

TWO_COLUMN_TITLE = "LAPORAN PERKEMBANGAN KLIEN"
LEFT_COLUMN = (
    "Kiri pertama: klien tinggal bersama nenek di sebuah rumah kecil di pinggir kota. "
    "Nenek bekerja sebagai pedagang sayur di pasar setiap pagi.",
    "Kiri kedua: klien bersekolah di sekolah dasar negeri dekat rumah dan duduk di kelas "
    "empat. Nilai rapor klien cukup baik.",
)
RIGHT_COLUMN = (
    "Kanan pertama: ayah klien bekerja di luar kota dan pulang sebulan sekali. Hubungan "
    "klien dengan ayah cukup dekat.",
    "Kanan kedua: pekerja sosial menyarankan agar keluarga mengikuti pertemuan kelompok "
    "orang tua setiap bulan.",
)

SCAN_LINES = (
    "CATATAN HARIAN PEKERJA SOSIAL",
    "Nama Klien : Budi Santoso",
    "Tanggal : 12 Maret 2024",
    "Klien datang ke kantor pada pukul sembilan pagi",
    "bersama ibunya untuk membicarakan sekolah.",
    "Pekerja sosial mencatat keluhan dan rencana",
    "kunjungan rumah pada minggu depan.",
)


def _text_lines(c: canvas.Canvas, x: float, y: float, lines: Sequence[str]) -> float:
    """Draw lines from baseline y downward in the body font; return the next baseline."""
    c.setFont(BODY_FONT, BODY_SIZE)
    for line in lines:
        c.drawString(x, y, line)
        y -= LEADING
    return y


def _wrap(text: str, width: float, font: str = BODY_FONT, size: float = BODY_SIZE) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return list(simpleSplit(text, font, size, width))


def write_headings_pdf(path: Path) -> Path:
    """Write one page with a letterhead, title, aligned label lines, headings, bullets, numbered items."""
    c = canvas.Canvas(str(path), pagesize=A4)
    width = PAGE_W - 2 * MARGIN
    y = PAGE_H - MARGIN
    c.setFont(BOLD_FONT, 14)
    c.drawCentredString(PAGE_W / 2, y, LETTERHEAD)
    y -= 30
    c.setFont(BOLD_FONT, 16)
    c.drawCentredString(PAGE_W / 2, y, TITLE)
    y -= 28
    # Labels with aligned colons: the colon column must not read as a column gutter.
    c.setFont(BODY_FONT, BODY_SIZE)
    for label, value in LABEL_LINES:
        c.drawString(MARGIN, y, label)
        c.drawString(MARGIN + 130, y, ":")
        c.drawString(MARGIN + 140, y, value)
        y -= LEADING
    y -= 14
    c.setFont(BODY_FONT, BODY_SIZE)
    c.drawString(MARGIN, y, NUMBERED_CAPS_HEADING)
    y -= 20
    y = _text_lines(c, MARGIN, y, _wrap(PARAGRAPH, width))
    y -= 10
    c.setFont(BOLD_FONT, BODY_SIZE)
    c.drawString(MARGIN, y, BOLD_HEADING)
    y -= 20
    for item in BULLETS:
        lines = _wrap(item, width - 15)
        c.setFont(BODY_FONT, BODY_SIZE)
        c.drawString(MARGIN, y, "\u2022")
        y = _text_lines(c, MARGIN + 15, y, lines)
    y -= 6
    for item in NUMBERED_ITEMS:
        number, _, rest = item.partition(" ")
        lines = _wrap(rest, width - 18)
        c.setFont(BODY_FONT, BODY_SIZE)
        c.drawString(MARGIN, y, number)
        y = _text_lines(c, MARGIN + 18, y, lines)
    y -= 14
    c.setFont(BODY_FONT, 14)
    c.drawString(MARGIN, y, SIZE_HEADING)
    y -= 22
    _text_lines(c, MARGIN, y, _wrap(CONCLUSION, width))
    c.showPage()
    c.save()
    return path


def write_multipage_pdf(path: Path, pages: int = 3) -> Path:
    """Write pages with a running header, `Halaman N dari M` footers and a page-1-only letterhead."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        c.setFont(BODY_FONT, 8)
        c.drawString(MARGIN, PAGE_H - 1.2 * cm, RUNNING_HEADER)
        y = PAGE_H - MARGIN - 10
        if number == 1:
            c.setFont(BOLD_FONT, 12)
            c.drawCentredString(PAGE_W / 2, y, AGENCY_LINE)
            y -= 16
            c.setFont(BOLD_FONT, 14)
            c.drawCentredString(PAGE_W / 2, y, LETTERHEAD)
            y -= 40
        c.setFont(BOLD_FONT, 12)
        c.drawString(MARGIN, y, f"Bagian {number}")
        y -= 20
        _text_lines(c, MARGIN, y, [PAGE_BODIES[(number - 1) % len(PAGE_BODIES)]])
        c.setFont(BODY_FONT, 9)
        c.drawCentredString(PAGE_W / 2, 1.2 * cm, f"Halaman {number} dari {pages}")
        c.showPage()
    c.save()
    return path


def write_page_number_pdf(path: Path) -> Path:
    """Write one page whose only furniture is a `- 1 -` page number at the bottom."""
    c = canvas.Canvas(str(path), pagesize=A4)
    _text_lines(c, MARGIN, PAGE_H - MARGIN, [PAGE_BODIES[0]])
    c.setFont(BODY_FONT, 9)
    c.drawCentredString(PAGE_W / 2, 1.2 * cm, "- 1 -")
    c.showPage()
    c.save()
    return path


def write_table_pdf(path: Path) -> Path:
    """Write a paragraph, a ruled table with a horizontal and a vertical merge, a paragraph."""
    body = ParagraphStyle("body", fontName=BODY_FONT, fontSize=BODY_SIZE, leading=LEADING)
    table = Table([list(row) for row in TABLE_ROWS], colWidths=[4 * cm, 3.5 * cm, 6 * cm])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.7, colors.black),
                ("FONT", (0, 0), (-1, -1), BODY_FONT, 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("SPAN", (1, 2), (2, 2)),  # "Libur nasional" spans Waktu and Kegiatan
                ("SPAN", (0, 3), (0, 4)),  # "6 Maret 2024" spans two rows
            ]
        )
    )
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN)
    frame = Frame(MARGIN, MARGIN, PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(
        [
            Paragraph(TABLE_INTRO, body),
            Spacer(1, 12),
            table,
            Spacer(1, 12),
            Paragraph(TABLE_OUTRO, body),
        ]
    )
    return path


def write_two_column_pdf(path: Path) -> Path:
    """Write a full-width title over two text columns (left read before right)."""
    body = ParagraphStyle(
        "body", fontName=BODY_FONT, fontSize=BODY_SIZE, leading=LEADING, spaceAfter=8
    )
    title = ParagraphStyle("title", fontName=BOLD_FONT, fontSize=16, leading=20, alignment=1)
    gutter = 1 * cm
    col_w = (PAGE_W - 2 * MARGIN - gutter) / 2
    title_h = 2 * cm
    top = PAGE_H - MARGIN
    frames = [
        Frame(MARGIN, top - title_h, PAGE_W - 2 * MARGIN, title_h, id="title"),
        Frame(MARGIN, MARGIN, col_w, top - title_h - MARGIN, id="left"),
        Frame(MARGIN + col_w + gutter, MARGIN, col_w, top - title_h - MARGIN, id="right"),
    ]
    doc = BaseDocTemplate(str(path), pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="cols", frames=frames)])
    story = [Paragraph(TWO_COLUMN_TITLE, title), FrameBreak()]
    story += [Paragraph(text, body) for text in LEFT_COLUMN]
    story.append(FrameBreak())
    story += [Paragraph(text, body) for text in RIGHT_COLUMN]
    doc.build(story)
    return path


# A header of bold labels in one column and their values in regular type in another, no colons.
WEIGHT_LABELS = [
    ("Case reference", "NFC-0388"),
    ("Client", "Mrs. Funmi Adebayo-Clarke"),
    ("Student social worker", "Hannah Lindqvist"),
    ("Agency", "Northgate Family Centre"),
]


def write_weight_labels_pdf(
    path: Path, rows: list[tuple[str, str]] = WEIGHT_LABELS, bold: bool = True
) -> Path:
    """Write a title over rows of a label at the margin (bold, or in the values' type) and its
    value in a column of its own."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = PAGE_H - MARGIN
    c.setFont(BOLD_FONT, 16)
    c.drawString(MARGIN, y, "Summary Record")
    y -= 2 * LEADING
    for label, value in rows:
        c.setFont(BOLD_FONT if bold else BODY_FONT, BODY_SIZE)
        c.drawString(MARGIN, y, label)
        c.setFont(BODY_FONT, BODY_SIZE)
        c.drawString(MARGIN + 5 * cm, y, value)
        y -= LEADING
    c.showPage()
    c.save()
    return path


def write_dense_pdf(path: Path, dense_chars: int) -> Path:
    """Write page 1 with a short line and page 2 with at least `dense_chars` characters."""
    c = canvas.Canvas(str(path), pagesize=A4)
    _text_lines(c, MARGIN, PAGE_H - MARGIN, [PAGE_BODIES[0]])
    c.showPage()
    line = "x" * 100
    c.setFont(BODY_FONT, 6)
    y = PAGE_H - MARGIN
    for _ in range(dense_chars // len(line) + 1):
        c.drawString(MARGIN, y, line)
        y -= 7
    c.showPage()
    c.save()
    return path


def encrypt_pdf(source: Path, target: Path, password: str) -> Path:
    """Write `source` encrypted (AES-256) with `password` as the user password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-256")
    with target.open("wb") as fh:
        writer.write(fh)
    return target


def truncate_pdf(source: Path, target: Path, keep: float = 0.5) -> Path:
    """Write the first `keep` fraction of `source`'s bytes: a PDF cut off mid-transfer."""
    data = source.read_bytes()
    target.write_bytes(data[: int(len(data) * keep)])
    return target


def render_text_image(
    lines: Sequence[str],
    *,
    dpi: int = 300,
    width_in: float = 6.0,
    font_pt: float = 12.0,
    angle: float = 1.5,
    noise: float = 0.02,
    seed: int = 7,
) -> Image.Image:
    """Return a grayscale 'scan' of `lines`: typed at `font_pt`, rotated by `angle`, salt-and-pepper noise."""
    px = dpi / 72
    font_px = round(font_pt * px)
    if DEJAVU.exists():
        font: ImageFont.FreeTypeFont | ImageFont.ImageFont = ImageFont.truetype(
            str(DEJAVU), font_px
        )
    else:
        font = ImageFont.load_default(font_px)
    margin = round(0.5 * dpi)
    line_h = round(font_px * 1.5)
    size = (round(width_in * dpi), 2 * margin + line_h * len(lines))
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((margin, margin + i * line_h), line, fill=20, font=font)
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    image = image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    rng = random.Random(seed)
    pixels = image.load()
    assert pixels is not None
    w, h = image.size
    for _ in range(int(w * h * noise)):
        pixels[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 255))
    return image


def write_image_pdf(
    path: Path, images: Sequence[Image.Image], dpi: int = 300, jpeg_quality: int | None = None
) -> Path:
    """Write an image-only PDF: one page per image, sized so the image is at `dpi`.

    With `jpeg_quality` the images are stored as JPEG, as scanners and phones do.
    """
    import io

    from reportlab.lib.utils import ImageReader

    c = canvas.Canvas(str(path))
    for image in images:
        w, h = image.size[0] * 72 / dpi, image.size[1] * 72 / dpi
        c.setPageSize((w, h))
        source: Image.Image | io.BytesIO = image
        if jpeg_quality is not None:
            source = io.BytesIO()
            image.save(source, "JPEG", quality=jpeg_quality)
            source.seek(0)
        c.drawImage(ImageReader(source), 0, 0, w, h)
        c.showPage()
    c.save()
    return path


def case_note_lines(seed: int, count: int, width_pt: float = 450) -> list[str]:
    """Return `count` lines of case-note prose wrapped to `width_pt` at the body size."""
    lines: list[str] = []
    for paragraph in case_paragraphs(seed, count):
        lines += _wrap(paragraph, width_pt)
        if len(lines) >= count:
            break
    return lines[:count]


def write_scan_page(
    path: Path,
    lines: Sequence[str],
    *,
    scan_dpi: int = 300,
    noise: float = 0.0,
    jpeg_quality: int | None = None,
    angle: float = 1.5,
    font_pt: float = BODY_SIZE,
) -> Path:
    """Write an A4-wide one-page scan of `lines`: typed at 300 dpi, skewed, stored at `scan_dpi`."""
    image = render_text_image(
        lines, width_in=PAGE_W / 72, font_pt=font_pt, angle=angle, noise=noise
    )
    if scan_dpi != 300:
        size = (round(image.width * scan_dpi / 300), round(image.height * scan_dpi / 300))
        image = image.resize(size, Image.Resampling.BILINEAR)
    return write_image_pdf(path, [image], scan_dpi, jpeg_quality)


def write_scanned_pdf(path: Path, lines: Sequence[str] = SCAN_LINES, **render: float) -> Path:
    """Write a one-page image-only PDF of `lines` rendered as a slightly skewed, noisy scan."""
    return write_image_pdf(path, [render_text_image(lines, **render)])  # type: ignore[arg-type]


CASE_SENTENCES = (
    "Klien menceritakan kegiatan sehari-hari di rumah dan di sekolah.",
    "Ibu klien menyampaikan kekhawatiran tentang pergaulan anak di lingkungan sekitar.",
    "Pekerja sosial menjelaskan tujuan pendampingan dan hak-hak klien.",
    "Klien tampak ragu ketika ditanya tentang hubungannya dengan ayah.",
    "Keluarga bersedia mengikuti pertemuan rutin setiap dua minggu.",
    "The worker noted that the client answered calmly and kept eye contact.",
    "Rencana tindak lanjut disepakati bersama keluarga dan pihak sekolah.",
    "Kondisi kesehatan klien baik dan tidak ada keluhan yang berarti.",
)
CASE_HEADINGS = ("Pendahuluan", "Isi Laporan", "Pengamatan Nonverbal", "Kesimpulan", "Rencana")


def case_paragraphs(seed: int, count: int) -> list[str]:
    """Return `count` deterministic paragraphs of case-note prose."""
    rng = random.Random(seed)
    return [" ".join(rng.choices(CASE_SENTENCES, k=rng.randint(3, 6))) for _ in range(count)]


def write_case_note_pdf(path: Path, *, pages: int = 3, seed: int = 0, table: bool = True) -> Path:
    """Write a realistic multi-page case note: letterhead, labels, headings, prose, a ruled table."""
    styles = {
        "title": ParagraphStyle("t", fontName=BOLD_FONT, fontSize=16, leading=20, alignment=1),
        "head": ParagraphStyle("h", fontName=BOLD_FONT, fontSize=12, leading=16, spaceBefore=8),
        "body": ParagraphStyle(
            "b", fontName=BODY_FONT, fontSize=BODY_SIZE, leading=LEADING, spaceAfter=6
        ),
    }

    def furniture(c: canvas.Canvas, doc: BaseDocTemplate) -> None:
        c.setFont(BODY_FONT, 8)
        c.drawString(MARGIN, PAGE_H - 1.2 * cm, RUNNING_HEADER)
        c.drawCentredString(PAGE_W / 2, 1.2 * cm, f"Halaman {doc.page} dari {pages}")

    doc = BaseDocTemplate(str(path), pagesize=A4)
    frame = Frame(MARGIN, MARGIN, PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN, id="body")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=furniture)])
    story: list[Flowable] = [Paragraph(LETTERHEAD, styles["title"]), Spacer(1, 8)]
    story += [Paragraph(f"{label} : {value}", styles["body"]) for label, value in LABEL_LINES]
    paragraphs = iter(case_paragraphs(seed, 6 * pages))
    for number in range(pages):
        for heading in CASE_HEADINGS:
            story.append(Paragraph(heading, styles["head"]))
            story.append(Paragraph(next(paragraphs), styles["body"]))
        if table and number == 0:
            grid = Table([list(r) for r in TABLE_ROWS], colWidths=[4 * cm, 3.5 * cm, 6 * cm])
            grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.7, colors.black)]))
            story += [Spacer(1, 6), grid]
        if number < pages - 1:
            story.append(PageBreak())
    doc.build(story)
    return path

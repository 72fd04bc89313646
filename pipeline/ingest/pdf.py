"""Read a PDF into the document model: pypdfium2 for text, drawings and rendering.

Contract: `read_pdf(path, options, source)` returns a `Document` whose pages
hold blocks in reading order, with repeated headers, footers and page numbers
moved to `Page.furniture`, or raises `InputError` (encrypted without or with a
wrong password, damaged, truncated, no pages) or `ResourceLimit` (more pages
than `options.max_pages`) or `DependencyMissing` (a page needs OCR and
tesserocr or a language pack of `options.ocr_lang` is missing: the record
would be empty, not merely incomplete). Other problems confined to one page
(too many characters, an unreadable page, OCR off, OCR unavailable for a text
page under `--ocr always`) become warnings on the document and leave that page
empty or as its text layer had it.

Per page, in order:
1. Characters are counted first; a page over `options.max_page_chars` is
   skipped before anything is built from it.
2. Words come from one bulk text call plus a few calls per word (the loose
   box of its first and last character, font size, font name, matrix): the
   per-character loop is what makes naive pdfium extraction slow. A word's
   size is its font size times the text matrix scale; it is bold when the font
   name says so (`-Bold`, `,Bold`, `Black`, `Heavy`, `Semibold`, ...) or the
   font forces bold; pdfium's weight is unreliable (PERFORMANCE.md).
3. Coordinates are turned so the page's dominant text direction reads left to
   right, top-left origin (a page whose text is upright only after its
   /Rotate is read as displayed; text set sideways on an unrotated page is
   read along the text). Words at other angles (stamps, watermarks) become a
   trailing block of their own.
4. A page needs OCR when its text layer is missing or garbage (`needs_ocr`).
   `auto` OCRs only those pages, `always` every page, `never` none (and warns).
   A page that is one scan and nothing else (`page_objects.scan_image`) is
   OCR'd from the scan's stored pixels at their own resolution, as the image
   file it came from would be; other pages are rendered at `options.ocr_dpi`
   (at most a large image's own resolution), lowered for huge pages so a
   render never exceeds `MAX_RENDER_PIXELS`; nothing else is ever rendered.
5. Tables: the page's path objects are walked once; when their axis-aligned
   segments give at least two horizontal and two vertical rules, pdfplumber's
   own table finder (snap, join, intersections, cells, tables) runs on those
   edges. It gets pdfium's edges rather than parsing the page again with
   pdfminer, which costs ~146 ms a page (PERFORMANCE.md), and its cells are
   filled with pdfium's words, so tables and text share one coordinate system.
"""

from __future__ import annotations

import ctypes
import math
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from pipeline.document import BBox, Cell, Document, Page, SourceInfo, Table
from pipeline.errors import DependencyMissing, InputError, ResourceLimit
from pipeline.ingest.furniture import split_furniture
from pipeline.ingest.layout import (
    Draft,
    TableItem,
    draft_page,
    finish_page,
    outside_tables,
    size_counts,
    text_in_box,
    weighted_median,
)
from pipeline.ingest.page_objects import (
    AXIS_TOLERANCE,
    Objects,
    ScanImage,
    scan_image,
    scan_objects,
)
from pipeline.ingest.words import Word
from pipeline.options import IngestOptions

if TYPE_CHECKING:
    from PIL import Image

# Font names that mean a bold face; subset prefixes ("ABCDEF+") do not matter.
BOLD_FONT_RE = re.compile(r"bold|black|heavy", re.I)  # also Semibold, ExtraBold, ...
FORCE_BOLD_FLAG = 1 << 18  # PDF font descriptor flag 19
FONT_NAME_BYTES = 128

# --- when a text layer is not usable
MIN_TEXT_CHARS = 20  # fewer non-space characters than this over a large image is a scan
MIN_IMAGE_SHARE = 0.5  # share of the page an image must cover to count as a scan
MIN_ALNUM_SHARE = 0.5  # a real text layer is mostly letters and digits (tables too)
LEADER_CHARS = frozenset("._-\u2026\u00b7")  # dot leaders of a table of contents are not text
MAX_BAD_SHARE = 0.1  # control, private-use and replacement characters in a broken layer

# --- drawings and tables
MIN_TABLE_ROWS = 2  # a one-row or one-column grid is a box around text, not a table
MIN_TABLE_COLS = 2
GRID_TOLERANCE = 1.0  # points between a cell border and a grid line

# An A4 page at 300 dpi is ~8.7 Mpx; a render this big costs ~40 MB of grey pixels, and
# tesseract's working copies several times that.
MAX_RENDER_PIXELS = 40_000_000
# Rendering decodes every image at full size: an A3 page scanned at 600 dpi is ~70 megapixels,
# an image declaring far more is a memory bomb, not a scan.
MAX_IMAGE_PIXELS = 150_000_000
# Scans stored below this are still rendered at it: tesseract wants text ~20 px high.
MIN_OCR_DPI = 200
RESIZE_TOLERANCE = 0.01  # resampling by less than 1% changes nothing tesseract sees

_ERR_FILE, _ERR_FORMAT, _ERR_PASSWORD, _ERR_SECURITY = 1, 3, 4, 5


class PageRead(NamedTuple):
    """What one page gave before the document's body size is known."""

    drafts: tuple[Draft, ...]
    sizes: Counter[float]
    width: float
    height: float
    ocr: bool = False
    ocr_confidence: float | None = None
    rotation: float = 0.0


def read_pdf(path: Path, options: IngestOptions, source: SourceInfo) -> Document:
    """Return the document model of a PDF (see the module docstring for the contract)."""
    import pypdfium2 as pdfium

    pdf = _open(pdfium, path, options.password)
    try:
        count = len(pdf)
        if count > options.max_pages:
            raise ResourceLimit(
                f"{count} pages, more than the limit of {options.max_pages} (--max-pages)"
            )
        if count == 0:
            raise InputError("PDF has no pages")
        warnings: list[str] = []
        ocr = _OcrState(options)
        reads = [_read_page(pdf, i, options, ocr, warnings) for i in range(count)]
    finally:
        pdf.close()
    return assemble(reads, source, tuple(warnings + ocr.warnings))


def assemble(reads: list[PageRead], source: SourceInfo, warnings: tuple[str, ...]) -> Document:
    """Return the document of pages read one by one, sized against the body text of all of them."""
    totals: Counter[float] = Counter()
    for read in reads:
        totals.update(read.sizes)
    body = weighted_median(totals) or None
    pages = tuple(
        Page(
            number=n,
            blocks=finish_page(read.drafts, n, body),
            width=round(read.width, 2),
            height=round(read.height, 2),
            ocr=read.ocr,
            ocr_confidence=read.ocr_confidence,
            rotation=read.rotation,
        )
        for n, read in enumerate(reads, start=1)
    )
    return Document(
        source=SourceInfo(source.path, source.sha256, source.format, source.size, len(reads)),
        pages=split_furniture(pages),
        body_font_size=body,
        warnings=warnings,
    )


def _open(pdfium: Any, path: Path, password: str | None) -> Any:
    """Return the open pdfium document, or raise `InputError` saying why it cannot open."""
    try:
        return pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == _ERR_PASSWORD:
            raise InputError(
                "encrypted PDF: pass --password"
                if password is None
                else "encrypted PDF: wrong password"
            ) from None
        if code == _ERR_SECURITY:
            raise InputError("PDF uses an unsupported security handler") from None
        if code == _ERR_FORMAT:
            raise InputError("damaged or truncated PDF (pdfium cannot parse it)") from None
        if code == _ERR_FILE:
            raise InputError("cannot open the file") from None
        raise InputError(f"cannot open PDF ({exc})") from None


class _OcrState:
    """OCR settings for one document, and why OCR proved unavailable (None until it does)."""

    def __init__(self, options: IngestOptions) -> None:
        self.mode = options.ocr
        self.lang = options.ocr_lang
        self.dpi = options.ocr_dpi
        self.unavailable: DependencyMissing | None = None
        self.warnings: list[str] = []

    def recognize(
        self, page: Any, number: int, image_dpi: float | None, scan: ScanImage | None
    ) -> PageRead | None:
        """Return the OCR'd page, or None (with one warning per document) if OCR is unavailable.

        A page that is one scan is OCR'd from the scan's own pixels (`scan`), as an
        image file is; another page holding a large image is rendered at no more
        than that image's resolution `image_dpi` (but at least `MIN_OCR_DPI`): more
        pixels add no detail, only OCR time.
        """
        if self.unavailable is not None:
            return None
        width, height = page.get_size()
        try:
            if scan is not None:
                return ocr_scan(scan, number, self.lang, self.dpi, self.warnings)
            wanted = self.dpi if image_dpi is None else max(MIN_OCR_DPI, min(self.dpi, image_dpi))
            scale = render_scale(width, height, wanted, MAX_RENDER_PIXELS)
            dpi = scale * 72
            if dpi < wanted - 1:
                self.warnings.append(f"page {number}: page too large, OCR'd at {dpi:.0f} dpi")
            image = page.render(scale=scale, grayscale=True, may_draw_forms=False).to_pil()
            return ocr_page(image, self.lang, dpi, width, height)
        except DependencyMissing as exc:
            self.unavailable = exc
            self.warnings.append(exc.reason)
            return None


def ocr_scan(scan: ScanImage, number: int, lang: str, max_dpi: int, notes: list[str]) -> PageRead:
    """Return one scanned page image OCR'd at its own resolution `scan.dpi`, kept within
    `MIN_OCR_DPI`, `max_dpi` and `MAX_RENDER_PIXELS`; a PDF scan and an image file meet here.

    Raises `DependencyMissing` when tesseract cannot run.
    """
    from PIL import Image

    frame, dpi = scan
    width, height = frame.width * 72 / dpi, frame.height * 72 / dpi
    wanted = max(MIN_OCR_DPI, min(max_dpi, dpi))
    ocr_dpi = render_scale(width, height, wanted, MAX_RENDER_PIXELS) * 72
    if ocr_dpi < wanted - 1:
        notes.append(f"page {number}: page too large, OCR'd at {ocr_dpi:.0f} dpi")
    if abs(ocr_dpi / dpi - 1) > RESIZE_TOLERANCE:
        factor = ocr_dpi / dpi
        # Averaging keeps thin strokes when shrinking; bilinear is what pdfium uses to enlarge.
        resample = Image.Resampling.BOX if factor < 1 else Image.Resampling.BILINEAR
        size = (max(1, round(frame.width * factor)), max(1, round(frame.height * factor)))
        frame = frame.resize(size, resample=resample)
    return ocr_page(frame, lang, ocr_dpi, width, height)


def ocr_page(image: Image.Image, lang: str, dpi: float, width: float, height: float) -> PageRead:
    """Return what OCR reads on one page image of `width` x `height` points, tables included.

    Raises `DependencyMissing` when tesseract cannot run.
    """
    from pipeline.ingest import ocr

    result = ocr.recognize(image, lang, dpi)
    words = list(result.words)
    tables = find_tables(list(result.edges), words) if result.edges else []
    text_words = outside_tables(words, tables)
    return PageRead(
        draft_page(text_words, tables, width),
        size_counts(text_words),
        width,
        height,
        ocr=True,
        ocr_confidence=result.confidence,
        rotation=result.skew,
    )


def render_scale(width_pt: float, height_pt: float, dpi: float, max_pixels: int) -> float:
    """Return pixels per point for `dpi`, lowered so the render stays within `max_pixels`."""
    scale = dpi / 72.0
    pixels = width_pt * height_pt * scale * scale
    return scale if pixels <= max_pixels else scale * math.sqrt(max_pixels / pixels)


def _read_page(
    pdf: Any, index: int, options: IngestOptions, ocr: _OcrState, warnings: list[str]
) -> PageRead:
    """Return one page's drafts, from its text layer or OCR; problems become warnings."""
    import pypdfium2 as pdfium

    number = index + 1
    try:
        page = pdf[index]
    except pdfium.PdfiumError as exc:
        warnings.append(f"page {number}: cannot be read ({exc})")
        return PageRead((), Counter(), 0.0, 0.0)
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            n_chars = pdfium.raw.FPDFText_CountChars(textpage)
            if n_chars > options.max_page_chars:
                warnings.append(
                    f"page {number}: skipped, {n_chars} characters is more than "
                    f"the limit of {options.max_page_chars}"
                )
                return PageRead((), Counter(), width, height)
            text = _page_text(pdfium.raw, textpage, n_chars)
            objects = scan_objects(pdfium.raw, page)
            scanned = needs_ocr(text, objects.image_area / max(width * height, 1.0))
            wants_ocr = ocr.mode == "always" or (scanned and ocr.mode == "auto")
            if wants_ocr and objects.image_pixels > MAX_IMAGE_PIXELS:
                warnings.append(
                    f"page {number}: not OCR'd, an embedded image of {objects.image_pixels / 1e6:.0f} "
                    f"megapixels is over the limit of {MAX_IMAGE_PIXELS / 1e6:.0f}"
                )
                wants_ocr = False
            if wants_ocr:
                scan_dpi = (
                    objects.image_dpi
                    if objects.image_area >= MIN_IMAGE_SHARE * width * height
                    else None
                )
                scan = scan_image(pdfium, page, objects) if scan_dpi is not None else None
                read = ocr.recognize(page, number, scan_dpi, scan)
                if read is not None:
                    return read
                if scanned and ocr.unavailable is not None:
                    raise ocr.unavailable
            if scanned:
                reason = "OCR is off (--ocr never)" if ocr.mode == "never" else "not OCR'd"
                warnings.append(f"page {number}: no usable text layer (scanned?); {reason}")
            return _text_layer(pdfium.raw, page, textpage, text, objects, number, warnings)
        finally:
            textpage.close()
    except pdfium.PdfiumError as exc:
        warnings.append(f"page {number}: cannot be read ({exc})")
        return PageRead((), Counter(), 0.0, 0.0)
    finally:
        page.close()


def needs_ocr(text: str, image_share: float) -> bool:
    """Return True if a page's text layer is unusable: missing, or mostly not text.

    Few characters count as missing only over an image covering `MIN_IMAGE_SHARE`
    of the page (a blank page or a page with one word is not a scan).
    """
    chars = [c for c in text if not c.isspace() and c not in LEADER_CHARS]
    if len(chars) < MIN_TEXT_CHARS:
        return image_share >= MIN_IMAGE_SHARE
    alnum = sum(c.isalnum() for c in chars)
    bad = sum(unicodedata.category(c) in ("Cc", "Co", "Cn", "Cs") or c == "\ufffd" for c in chars)
    return alnum < MIN_ALNUM_SHARE * len(chars) or bad > MAX_BAD_SHARE * len(chars)


def _page_text(raw: Any, textpage: Any, n_chars: int) -> str:
    """Return the page's characters, one per pdfium character index."""
    if n_chars <= 0:
        return ""
    buffer = (ctypes.c_ushort * (n_chars + 1))()
    written = raw.FPDFText_GetText(textpage, 0, n_chars, buffer)
    text = bytes(buffer)[: 2 * max(written - 1, 0)].decode("utf-16-le", errors="replace")
    if len(text) == n_chars:
        return text
    # Characters outside the BMP or dropped by pdfium shift the bulk text; ask one by one.
    return "".join(_char(raw.FPDFText_GetUnicode(textpage, i)) for i in range(n_chars))


def _char(code: int) -> str:
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


class _Frame(NamedTuple):
    """Maps PDF space to reading space: text left to right, origin top-left, in points."""

    quarter: int  # counter-clockwise quarter turns of the text direction: 0..3
    left: float
    bottom: float
    right: float
    top: float

    @property
    def size(self) -> tuple[float, float]:
        w, h = self.right - self.left, self.top - self.bottom
        return (w, h) if self.quarter % 2 == 0 else (h, w)

    def point(self, x: float, y: float) -> tuple[float, float]:
        if self.quarter == 1:  # text runs up the page
            return (y - self.bottom, x - self.left)
        if self.quarter == 2:
            return (self.right - x, y - self.bottom)
        if self.quarter == 3:  # text runs down the page
            return (self.top - y, self.right - x)
        return (x - self.left, self.top - y)

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        ax, ay = self.point(x0, y0)
        bx, by = self.point(x1, y1)
        return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


class _RawWord(NamedTuple):
    text: str
    box: tuple[float, float, float, float]  # PDF space: left, bottom, right, top
    size: float
    bold: bool
    quarter: int | None  # text direction in quarter turns; None when not a right angle


def _raw_words(raw: Any, textpage: Any, text: str) -> list[_RawWord]:
    """Return the page's words with their PDF-space boxes and font cues, a few calls per word."""
    rect = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    name = ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    words = []
    for match in re.finditer(r"\S+", text):
        first, last = match.start(), match.end() - 1
        raw.FPDFText_GetLooseCharBox(textpage, first, rect)
        l0, b0, r0, t0 = rect.left, rect.bottom, rect.right, rect.top
        if last != first:
            raw.FPDFText_GetLooseCharBox(textpage, last, rect)
        box = (
            min(l0, rect.left, r0, rect.right),
            min(b0, rect.bottom, t0, rect.top),
            max(l0, rect.left, r0, rect.right),
            max(b0, rect.bottom, t0, rect.top),
        )
        raw.FPDFText_GetMatrix(textpage, first, matrix)
        scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
        size = raw.FPDFText_GetFontSize(textpage, first) * scale
        raw.FPDFText_GetFontInfo(textpage, first, name, FONT_NAME_BYTES, flags)
        bold = bool(BOLD_FONT_RE.search(name.value.decode("latin-1"))) or bool(
            flags.value & FORCE_BOLD_FLAG
        )
        angle = math.degrees(math.atan2(matrix.b, matrix.a)) % 360
        quarter = round(angle / 90) % 4 if abs(angle - 90 * round(angle / 90)) < 1 else None
        words.append(_RawWord(match.group(), box, size, bold, quarter))
    return words


def _text_layer(
    raw: Any,
    page: Any,
    textpage: Any,
    text: str,
    objects: Objects,
    number: int,
    warnings: list[str],
) -> PageRead:
    """Return a page's drafts from its text layer, tables included."""
    raw_words = _raw_words(raw, textpage, text)
    quarters: Counter[int] = Counter()
    for rw in raw_words:
        if rw.quarter is not None:
            quarters[rw.quarter] += len(rw.text)
    quarter = quarters.most_common(1)[0][0] if quarters else (-page.get_rotation() // 90) % 4
    left, bottom, right, top = page.get_cropbox()
    frame = _Frame(quarter, left, bottom, right, top)
    words: list[Word] = []
    askew: list[Word] = []
    for rw in raw_words:
        x0, t, x1, b = frame.box(*rw.box)
        (words if rw.quarter == quarter else askew).append(
            Word(rw.text, x0, t, x1, b, rw.size, rw.bold)
        )
    tables: list[TableItem] = []
    if objects.overflow:
        warnings.append(f"page {number}: too many drawing objects to look for tables")
    elif objects.edges:
        tables = find_tables([frame.box(x0, y0, x1, y1) for x0, y0, x1, y1 in objects.edges], words)
    width, height = frame.size
    # Table text is left out of the body size: a long log table would otherwise set it.
    text_words = outside_tables(words, tables)
    drafts = draft_page(text_words, tables, width)
    if askew:
        drafts += (_askew_draft(askew),)
    return PageRead(drafts, size_counts(text_words), width, height)


def _askew_draft(words: list[Word]) -> Draft:
    """Return words set at an angle (stamps, watermarks) as one block, in content order."""
    box = BBox(
        round(min(w.x0 for w in words), 2),
        round(min(w.top for w in words), 2),
        round(max(w.x1 for w in words), 2),
        round(max(w.bottom for w in words), 2),
    )
    sizes = Counter({round(w.size, 1): len(w.text) for w in words})
    return Draft(
        text=" ".join(w.text for w in words),
        bbox=box,
        size=weighted_median(sizes),
        bold=False,
        n_lines=1,
        label=False,
        bullet=False,
        align=None,
        confidence=None,
    )


def find_tables(
    edges: list[tuple[float, float, float, float]], words: list[Word]
) -> list[TableItem]:
    """Return the ruled tables that pdfplumber's table finder sees in `edges` (reading space)."""
    horizontal = [e for e in edges if e[3] - e[1] <= AXIS_TOLERANCE]
    vertical = [e for e in edges if e[2] - e[0] <= AXIS_TOLERANCE]
    if len(horizontal) < MIN_TABLE_ROWS or len(vertical) < MIN_TABLE_COLS:
        return []
    from pdfplumber.table import (
        Table as PlumberTable,
    )
    from pdfplumber.table import (
        TableSettings,
        cells_to_tables,
        edges_to_intersections,
        intersections_to_cells,
        merge_edges,
    )
    from pdfplumber.utils.geometry import filter_edges

    settings = TableSettings()
    merged = merge_edges(
        [_edge_dict(e, "h") for e in horizontal] + [_edge_dict(e, "v") for e in vertical],
        settings.snap_x_tolerance,
        settings.snap_y_tolerance,
        settings.join_x_tolerance,
        settings.join_y_tolerance,
    )
    merged = filter_edges(merged, min_length=settings.edge_min_length)
    points = edges_to_intersections(
        merged, settings.intersection_x_tolerance, settings.intersection_y_tolerance
    )
    tables = []
    for cells in cells_to_tables(intersections_to_cells(points)):
        plumber = PlumberTable(None, cells)  # type: ignore[arg-type]  # rows need no page
        table = _grid(plumber.rows, words)
        if (
            table.n_rows >= MIN_TABLE_ROWS
            and table.n_cols >= MIN_TABLE_COLS
            and not _ruled_paper(table)
        ):
            x0, top, x1, bottom = plumber.bbox
            tables.append(
                TableItem(BBox(round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2)), table)
            )
    return tables


def _ruled_paper(table: Table) -> bool:
    """Return True for a grid whose text is all in its last column: a notebook's or a ledger's
    ruled lines and margin, photographed, which hold writing, not a table's cells."""
    return all(not cell.text.strip() for row in table.rows for cell in row[:-1])


def _edge_dict(edge: tuple[float, float, float, float], orientation: str) -> dict[str, Any]:
    x0, top, x1, bottom = edge
    if orientation == "h":
        top = bottom = (top + bottom) / 2
    else:
        x0 = x1 = (x0 + x1) / 2
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
        "object_type": "line",
    }


def _grid(rows: list[Any], words: list[Word]) -> Table:
    """Return pdfplumber's rows as a `Table`, a merged cell repeated over every position it spans."""
    n_cols = max((len(r.cells) for r in rows), default=0)
    tops = [r.bbox[1] for r in rows]
    lefts: list[float | None] = [None] * n_cols
    for row in rows:
        for c, cell in enumerate(row.cells):
            if cell is not None and lefts[c] is None:
                lefts[c] = cell[0]
    grid: list[list[Cell | None]] = [[None] * n_cols for _ in rows]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row.cells):
            if cell is None:
                continue
            x0, top, x1, bottom = cell
            text = text_in_box(words, BBox(x0, top, x1, bottom))
            spans_rows = [k for k in range(r, len(rows)) if tops[k] < bottom - GRID_TOLERANCE]
            spans_cols = [
                k
                for k in range(c, n_cols)
                if (lefts[k] if lefts[k] is not None else x0) < x1 - GRID_TOLERANCE
            ]
            for rr in spans_rows or [r]:
                for cc in spans_cols or [c]:
                    if grid[rr][cc] is None:
                        grid[rr][cc] = Cell(text, rr, cc, (r, c))
    return Table(
        tuple(
            tuple(
                cell if cell is not None else Cell("", r, c, (r, c)) for c, cell in enumerate(row)
            )
            for r, row in enumerate(grid)
        )
    )

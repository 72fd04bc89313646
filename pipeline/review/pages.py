"""The page beside a record: its image, or (for Word files without LibreOffice) its text.

A source is shown only when the file at `source.path` (relative paths are read
from the current directory, as `process` was given them) still has the sha256
the run recorded: a changed or moved file gives a reason, never another
document's page. PDF pages are rendered with pypdfium2 on first request and
cached as PNG under `OUT/.casenotes/review-pages/` (0600), named by the
source's sha256 and the page; images (JPEG, PNG, TIFF) are shown as they are,
one frame per page; DOCX, DOC, RTF and ODT go through LibreOffice to a cached
PDF when it is installed, else a DOCX is shown as its paragraphs, headings
marked by their Word style. The source is only ever opened for reading.
"""

from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pipeline.errors import CasenotesError
from pipeline.ingest import sha256_of
from pipeline.reports.outputs import RUN_STATE_DIR
from pipeline.write.atomic import PRIVATE, ensure_dir, write_atomic

CACHE_DIR = "review-pages"
# 110 dpi: a page is ~900 px wide, legible beside the form, and renders in ~50 ms.
RENDER_DPI = 110
POINTS_PER_INCH = 72
OFFICE_FORMATS = frozenset({"docx", "doc", "rtf", "odt"})
_HEADING_STYLES = ("heading", "title")

ViewKind = Literal["image", "text", "none"]


@dataclass(frozen=True)
class TextBlock:
    text: str
    heading: bool


@dataclass(frozen=True)
class PageView:
    """How the record page shows the source: page images, text, or nothing and why."""

    kind: ViewKind
    pages: tuple[int, ...] = ()  # 1-based page numbers that have an image
    blocks: tuple[TextBlock, ...] = ()
    note: str = ""


class Pages:
    """Finds, checks, renders and caches the pages of a run's sources."""

    def __init__(self, out_dir: Path, soffice: str | None) -> None:
        self.cache = out_dir / RUN_STATE_DIR / CACHE_DIR
        self.soffice = soffice
        self._checked: dict[tuple[str, int, int], str] = {}  # (path, size, mtime) -> sha256
        self._lock = threading.Lock()  # one render or conversion at a time: two cores

    def locate(self, source_path: str, sha256: str | None) -> Path:
        """Return the source file if it is the one the run read, else raise with the reason."""
        path = Path(source_path)
        try:
            stat = path.stat()
        except OSError:
            raise CasenotesError("source file not found here", source_path) from None
        if not path.is_file():
            raise CasenotesError("source is not a file", source_path)
        key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
        if key not in self._checked:
            self._checked[key] = sha256_of(path)
        if sha256 and self._checked[key] != sha256:
            raise CasenotesError("source file changed since the run (sha256 differs)", source_path)
        return path

    def view(self, source_path: str, fmt: str | None, sha256: str | None) -> PageView:
        """Return how the source can be shown, without rendering anything yet."""
        try:
            path = self.locate(source_path, sha256)
            if fmt in OFFICE_FORMATS and self.soffice is None:
                if fmt != "docx":
                    return PageView("none", note=f".{fmt} needs LibreOffice to be shown")
                return PageView(
                    "text",
                    blocks=docx_blocks(path),
                    note="LibreOffice is not installed: the document's text, headings in bold",
                )
            return PageView("image", pages=tuple(range(1, self._page_count(path, fmt) + 1)))
        except CasenotesError as exc:
            return PageView("none", note=exc.message)

    def image(self, source_path: str, fmt: str | None, sha256: str | None, page: int) -> Path:
        """Return the cached PNG of page `page` (1-based), rendering it on first request."""
        path = self.locate(source_path, sha256)
        digest = sha256 or self._checked_sha(path)
        target = self.cache / f"{digest}-{page}.png"
        if target.is_file():
            return target
        with self._lock:
            if not target.is_file():
                if fmt == "image":
                    data = _image_frame(path, page)
                else:
                    data = _pdf_page(self._as_pdf(path, fmt, digest), page)
                write_atomic(target, data, PRIVATE)
        return target

    def _checked_sha(self, path: Path) -> str:
        stat = path.stat()
        return self._checked[(str(path.resolve()), stat.st_size, stat.st_mtime_ns)]

    def _page_count(self, path: Path, fmt: str | None) -> int:
        if fmt == "image":
            from PIL import Image

            with Image.open(path) as image:
                return int(getattr(image, "n_frames", 1))
        import pypdfium2

        with self._lock:
            pdf_path = self._as_pdf(path, fmt, self._checked_sha(path))
        pdf = pypdfium2.PdfDocument(pdf_path)
        try:
            return len(pdf)
        finally:
            pdf.close()

    def _as_pdf(self, path: Path, fmt: str | None, digest: str) -> Path:
        """Return a PDF of the source: itself, or LibreOffice's conversion, cached (lock held)."""
        if fmt not in OFFICE_FORMATS:
            return path
        if self.soffice is None:
            raise CasenotesError(f".{fmt} needs LibreOffice to be shown as pages", path)
        cached = self.cache / f"{digest}.pdf"
        if not cached.is_file():
            from pipeline.ingest.legacy import convert

            ensure_dir(self.cache, PRIVATE)
            with tempfile.TemporaryDirectory(prefix="casenotes-review-") as tmp:
                converted = convert(self.soffice, path, fmt, Path(tmp), to="pdf")
                write_atomic(cached, converted.read_bytes(), PRIVATE)
        return cached


def _pdf_page(pdf_path: Path, page: int) -> bytes:
    import io

    import pypdfium2

    pdf = pypdfium2.PdfDocument(pdf_path)
    try:
        if not 1 <= page <= len(pdf):
            raise CasenotesError(f"no page {page} (the file has {len(pdf)})", pdf_path)
        bitmap = pdf[page - 1].render(scale=RENDER_DPI / POINTS_PER_INCH)
        buffer = io.BytesIO()
        bitmap.to_pil().save(buffer, format="PNG")
        return buffer.getvalue()
    finally:
        pdf.close()


def _image_frame(path: Path, page: int) -> bytes:
    import io

    from PIL import Image

    with Image.open(path) as image:
        frames = int(getattr(image, "n_frames", 1))
        if not 1 <= page <= frames:
            raise CasenotesError(f"no page {page} (the image has {frames})", path)
        image.seek(page - 1)
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="PNG")
        return buffer.getvalue()


def docx_blocks(path: Path) -> tuple[TextBlock, ...]:
    """Return a DOCX's non-empty paragraphs in order, those in a Heading or Title style marked."""
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many types for a damaged file
        raise CasenotesError(f"cannot read the Word file ({type(exc).__name__})", path) from None
    blocks = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        blocks.append(TextBlock(text, style.casefold().startswith(_HEADING_STYLES)))
    return tuple(blocks)


def find_soffice() -> str | None:
    """Return LibreOffice's executable, or None (Word files are then shown as text)."""
    from pipeline.ingest.legacy import find_soffice as find

    return find()

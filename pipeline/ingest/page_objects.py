"""What a PDF page draws besides text: rule segments for tables, and its images.

`scan_objects(raw, page)` walks the page's objects once, into form XObjects,
and returns the axis-aligned segments of its paths (table rules), the area
and resolution of its images, and, when the page is a scan and nothing else,
that scan's image object. `scan_image(pdfium, page, objects)` then returns
the scanner's own pixels for OCR, so a PDF scan is read from the same pixels
as the image file it was made from: rendering resamples them, and a 1-bit
page comes out grey, which OCR reads differently (issue 11).

A page counts as one scan only when nothing else would show in a rendering:
exactly one image, placed upright (no turn, no mirror) over the whole crop
box, no visible text, no filled or stroked path, no annotation and no
/Rotate. What the image object holds can still differ from what it shows (a
soft mask, a colour-key mask, a /Decode array), so the pixels are accepted
only when they agree with a small rendering of the page; otherwise the page
is rendered as before.
"""

from __future__ import annotations

import ctypes
import functools
import math
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from PIL import Image

MAX_PAGE_OBJECTS = 20_000  # objects walked per page looking for rules and images
MAX_PATH_SEGMENTS = 500  # a path with more segments is a drawing, not a table rule
MAX_TABLE_EDGES = 2_000  # the table finder pairs every horizontal with every vertical edge
AXIS_TOLERANCE = 0.5  # points a rule may lean and still be horizontal or vertical
MIN_RULE_LENGTH = 3.0  # pdfplumber's edge_min_length
# An image within this share of the page's width and height on every side covers the page:
# scanners and PDF makers place the scan on the page box, to the rounding of a point.
PAGE_FIT_SHARE = 0.01
CHECK_DPI = 36  # a rendering this small shows a mask or an inversion and costs a few ms
# Mean grey difference (0-255) between that rendering and the image scaled to it, above
# which the image is not what the page shows: resampling alone stays under 2 on the
# samples' scans, a mask or an inversion moves whole regions by 100 grey levels or more.
MAX_CHECK_DIFFERENCE = 10.0

_PAGEOBJ_TEXT, _PAGEOBJ_PATH, _PAGEOBJ_IMAGE, _PAGEOBJ_FORM = 1, 2, 3, 5
_SEGMENT_LINETO, _SEGMENT_MOVETO = 0, 2
_TEXT_INVISIBLE = 3  # text render mode 3: a scanner's hidden OCR layer draws nothing

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class Objects(NamedTuple):
    edges: list[tuple[float, float, float, float]]  # (x0, y0, x1, y1) in PDF space, axis-aligned
    image_area: float
    image_dpi: float | None  # resolution of the largest image, as placed on the page
    overflow: bool  # too many objects or edges to look for tables
    image_pixels: int = 0  # pixels of the biggest image: what rendering the page must decode
    scan: Any = None  # the image object, when the page shows that one image and nothing else


class ScanImage(NamedTuple):
    image: Image.Image  # grey, at the resolution it was stored
    dpi: float


def scan_objects(raw: Any, page: Any) -> Objects:
    """Return the page's axis-aligned rule segments, what its images cover, and its one scan."""
    edges: list[tuple[float, float, float, float]] = []
    image_area = largest = 0.0
    image_dpi: float | None = None
    image_pixels = 0
    seen = 0
    overflow = False
    images: list[tuple[Any, Matrix]] = []
    others = 0  # objects other than images that show in a rendering
    x, y = ctypes.c_float(), ctypes.c_float()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    px_w, px_h = ctypes.c_uint(), ctypes.c_uint()
    matrix = raw.FS_MATRIX()

    def walk(count: int, get: Callable[[int], Any], parent: Matrix) -> None:
        nonlocal image_area, largest, image_dpi, seen, overflow, image_pixels, others
        for k in range(count):
            seen += 1
            if seen > MAX_PAGE_OBJECTS or len(edges) > MAX_TABLE_EDGES:
                overflow = True
                return
            obj = get(k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == _PAGEOBJ_TEXT:
                others += raw.FPDFTextObj_GetTextRenderMode(obj) != _TEXT_INVISIBLE
                continue
            raw.FPDFPageObj_GetMatrix(obj, matrix)
            own = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), parent)
            if kind == _PAGEOBJ_FORM:
                walk(
                    raw.FPDFFormObj_CountObjects(obj),
                    functools.partial(raw.FPDFFormObj_GetObject, obj),
                    own,
                )
            elif kind == _PAGEOBJ_IMAGE:
                images.append((obj, own))
                # An image draws into the unit square of its matrix.
                corners = [_apply(own, cx, cy) for cx, cy in ((0, 0), (1, 0), (0, 1), (1, 1))]
                xs, ys = [p[0] for p in corners], [p[1] for p in corners]
                area = (max(xs) - min(xs)) * (max(ys) - min(ys))
                image_area += area
                placed_w, placed_h = math.hypot(own[0], own[1]), math.hypot(own[2], own[3])
                if raw.FPDFImageObj_GetImagePixelSize(obj, px_w, px_h):
                    image_pixels = max(image_pixels, px_w.value * px_h.value)
                if (
                    area > largest
                    and placed_w
                    and placed_h
                    and raw.FPDFImageObj_GetImagePixelSize(obj, px_w, px_h)
                ):
                    largest = area
                    image_dpi = max(px_w.value * 72 / placed_w, px_h.value * 72 / placed_h)
            elif kind == _PAGEOBJ_PATH:
                raw.FPDFPath_GetDrawMode(obj, fill, stroke)
                n_segments = raw.FPDFPath_CountSegments(obj)
                others += bool(fill.value or stroke.value)
                if (fill.value or stroke.value) and 0 < n_segments <= MAX_PATH_SEGMENTS:
                    edges.extend(_path_edges(raw, obj, n_segments, own, x, y))
            else:
                others += 1  # shading: drawn, and nothing OCR could take apart from the scan

    walk(raw.FPDFPage_CountObjects(page), lambda i: raw.FPDFPage_GetObject(page, i), _IDENTITY)
    scan = None
    if (
        not overflow
        and not others
        and len(images) == 1
        and page.get_rotation() == 0
        and raw.FPDFPage_GetAnnotCount(page) == 0
        and _covers_page(images[0][1], page.get_cropbox())
    ):
        scan = images[0][0]
    return Objects(edges, image_area, image_dpi, overflow, image_pixels, scan)


def _covers_page(m: Matrix, cropbox: tuple[float, float, float, float]) -> bool:
    """Return True if an image placed by `m` is upright and lies on the crop box."""
    a, b, c, d, e, f = m
    if b or c or a <= 0 or d <= 0:  # turned or mirrored: OCR would need the page's turn
        return False
    left, bottom, right, top = cropbox
    slack_x, slack_y = PAGE_FIT_SHARE * (right - left), PAGE_FIT_SHARE * (top - bottom)
    return (
        abs(e - left) <= slack_x
        and abs(e + a - right) <= slack_x
        and abs(f - bottom) <= slack_y
        and abs(f + d - top) <= slack_y
    )


def scan_image(pdfium: Any, page: Any, objects: Objects) -> ScanImage | None:
    """Return the page's one scan as stored, grey; None when the page is not one scan or
    the stored pixels are not what the page shows (then it must be rendered)."""
    from PIL import Image, ImageChops, ImageStat

    if objects.scan is None or not objects.image_dpi:
        return None
    handle = pdfium.raw.FPDFImageObj_GetBitmap(objects.scan)
    if not handle:
        return None
    # A copy in grey: pdfium's buffer goes with the bitmap's finalizer.
    image = pdfium.PdfBitmap.from_raw(handle).to_pil().convert("L")
    check = page.render(scale=CHECK_DPI / 72, grayscale=True, may_draw_forms=False).to_pil()
    small = image.resize(check.size, Image.Resampling.BOX)
    difference = ImageStat.Stat(ImageChops.difference(small, check.convert("L"))).mean[0]
    if difference > MAX_CHECK_DIFFERENCE:
        return None
    return ScanImage(image, objects.image_dpi)


def _path_edges(
    raw: Any, obj: Any, n_segments: int, matrix: Matrix, x: ctypes.c_float, y: ctypes.c_float
) -> Iterator[tuple[float, float, float, float]]:
    """Yield the axis-aligned straight segments of one path, in PDF page space."""
    start = prev = None
    for k in range(n_segments):
        segment = raw.FPDFPath_GetPathSegment(obj, k)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        point = _apply(matrix, x.value, y.value)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == _SEGMENT_MOVETO:
            start = prev = point
            continue
        if kind == _SEGMENT_LINETO and prev is not None:
            yield from _axis_edge(prev, point)
        prev = point
        if raw.FPDFPathSegment_GetClose(segment) and start is not None:
            yield from _axis_edge(point, start)
            prev = start


def _axis_edge(
    p: tuple[float, float], q: tuple[float, float]
) -> Iterator[tuple[float, float, float, float]]:
    dx, dy = abs(p[0] - q[0]), abs(p[1] - q[1])
    if (dy <= AXIS_TOLERANCE and dx >= MIN_RULE_LENGTH) or (
        dx <= AXIS_TOLERANCE and dy >= MIN_RULE_LENGTH
    ):
        yield (p[0], p[1], q[0], q[1])


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """Return the matrix applying `inner`, then `outer`."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer  # noqa: N806 - PDF's own names for the six numbers
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])

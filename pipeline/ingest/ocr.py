"""OCR of page images with tesseract, through tesserocr, kept loaded for the process.

`recognize(image, lang, dpi)` returns the words tesseract read, in PDF points
(pixels * 72 / dpi, top-left origin), each with its confidence and a font-size
hint, plus the page's mean confidence and the skew that was corrected.
`ocr_image(image, lang, dpi, page)` turns the same words into blocks with the
layout shared with PDF text layers, so any page image can be read the same way.

Both raise `DependencyMissing` when tesserocr cannot load or the tessdata
directory lacks a language; a file whose scanned pages cannot be read for that
reason fails as a `dependency` error, never a crash. `installed_languages()`
lets the CLI refuse an unknown language code before any file is read.
Nothing is imported until the first page needs OCR.

Choices measured on skewed, noisy A4 scans (see bench/ingest.py):
- The rendered bitmap goes straight to tesseract: no PNG in between.
- One `PyTessBaseAPI` per (languages, tessdata directory) is created once and
  reused: loading `ind+eng` costs a process start in the CLI route.
- A 3x3 median filter removes salt-and-pepper specks that tesseract otherwise
  reads as punctuation or merges into words (96.5% -> 100% of words on a
  specked 300 dpi page, and recognition gets faster). It runs only when the
  page has specks (`MAX_SPECKS`): on a clean or JPEG-grainy scan it changes
  nothing but costs ~0.12 s and erodes thin strokes at 200 dpi.
- Skew within +/-`MAX_SKEW_DEG` is estimated from the sharpness of the
  horizontal projection profile of a downscaled copy, and corrected when at
  least `MIN_DESKEW_DEG`. Word boxes are then in the deskewed frame, which
  differs from the page by at most a few points at the margins.
- A bilevel page (a 1-bit scan, CCITT G4 in a TIFF or a PDF) is blurred by
  `BILEVEL_BLUR` px first: its stair-step edges made tesseract split a label
  column from its values on a 200 dpi case record; grey edges, as tesseract
  was trained on, keep the lines whole.
- LSTM gives no font attributes, so a word's size hint is its text line's
  `row_height` (x-height plus ascenders, close to the font size). Now and then
  that is far too low (9.7 pt for a 14 pt bold title over a watermark); a line's
  tallest word, ascender to descender, is then the better measure.

Not thread-safe: one API serves one thread; the pipeline runs one process per core.
"""

from __future__ import annotations

import functools
import os
import statistics
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from pipeline.document import Block
from pipeline.errors import DependencyMissing
from pipeline.ingest.layout import (
    BULLET_RE,
    draft_page,
    finish_page,
    size_counts,
    weighted_median,
)
from pipeline.ingest.rulings import BAND_PX, Edge, ruling_edges
from pipeline.ingest.semicolons import ends_in_semicolon
from pipeline.ingest.stroke import bold_words
from pipeline.ingest.words import Word

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

# Tesseract's own threads are slower than one process per core (PERFORMANCE.md);
# the variable must be set before the library starts OpenMP.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)
APT_HINT = "install the apt packages tesseract-ocr {packages}"

MEDIAN_FILTER = 3  # pixels; removes specks up to about 1 px without eroding 300 dpi strokes
# Isolated ink pixels per 10,000: clean and JPEG scans have ~0, a specked one 20-90.
MAX_SPECKS = 1.0
_ALONE = (1, 1, 1, 1, 0, 1, 1, 1, 1)  # 3x3 kernel summing a pixel's eight neighbours
BILEVEL_BLUR = 0.6  # pixels: restores grey edges without merging 200 dpi strokes
MAX_SKEW_DEG = 5.0  # hand-fed scans stay within this; larger turns are orientation, not skew
COARSE_STEP_DEG = 0.5
FINE_STEP_DEG = 0.1
# A word box from ascender to descender is ~1.2 em; 0.75 of it stays under a line's
# `row_height` unless that was misjudged.
TALLEST_WORD_TO_SIZE = 0.75
MIN_DESKEW_DEG = 0.2  # below this, rotating costs more than it gains
SKEW_SAMPLE_WIDTH = 800  # pixels: ~100 dpi is enough to see text lines
INK_LEVEL = 128  # grey level below which a pixel counts as ink
MIN_WORD_CONF = 10.0  # words below this are noise read as text
# What tesseract reads a round bullet as, alone before a capitalised word opening a line.
MISREAD_BULLETS = frozenset(
    {"\u201c", "\u201d", "+", "\u00ab", "\u00bb", "\u00b0", "\u00a9", "\u00ae"}
)
MIN_SYMBOL_CONF = 50.0  # a word without letters or digits below this is a speck


# Glyphs tesseract makes of a table's vertical rules: never part of a word's text.
_RULE_GLYPHS = "|¦"
_APOSTROPHES = "'\u2019"
RULE_SLACK_PT = 1.0  # points between a glyph's box and a rule found in the pixels
RULE_MEET_PT = 4.0  # points a rule may fall short of the rules it meets
MIN_TABLE_COLUMN_RULES = 2  # a table's row rule meets its two sides at least
MIN_TABLE_LINES = 3  # rules across or down: two rows or two columns of cells


class OcrResult(NamedTuple):
    words: tuple[Word, ...]
    confidence: float | None  # mean word confidence 0-100; None when nothing was read
    skew: float  # degrees (counter-clockwise) the page was turned and corrected
    edges: tuple[tuple[float, float, float, float], ...] = ()  # table rules seen, in points


def _tessdata_dirs() -> list[Path]:
    """Return the directories tessdata is looked for in, $TESSDATA_PREFIX first."""
    dirs: list[Path] = []
    if prefix := os.environ.get("TESSDATA_PREFIX"):
        dirs += [Path(prefix), Path(prefix) / "tessdata"]
    return dirs + [Path(d) for d in TESSDATA_DIRS]


def installed_languages() -> tuple[str, ...]:
    """Return the language codes tesseract can load, sorted; () when tesserocr cannot load.

    Asks tesserocr (that is, libtesseract) for each tessdata directory, so the
    list is what OCR will actually find.
    """
    try:
        import tesserocr
    except ImportError:
        return ()
    found: set[str] = set()
    for directory in _tessdata_dirs():
        if directory.is_dir():
            found.update(tesserocr.get_languages(f"{directory}{os.sep}")[1])
    return tuple(sorted(found))


def find_tessdata(lang: str) -> Path:
    """Return the first tessdata directory holding every language of `lang` ("ind+eng").

    Looks in $TESSDATA_PREFIX (the directory itself or its `tessdata/`), then the
    Debian and common install locations; raises `DependencyMissing` naming the
    apt packages when none has them all.
    """
    langs = lang.split("+")
    for directory in _tessdata_dirs():
        if all((directory / f"{code}.traineddata").is_file() for code in langs):
            return directory
    packages = " ".join(f"tesseract-ocr-{code}" for code in langs)
    raise DependencyMissing(
        f"OCR unavailable: tesseract language data for {lang!r} not found "
        f"(TESSDATA_PREFIX, {', '.join(TESSDATA_DIRS)}); " + APT_HINT.format(packages=packages)
    )


@functools.lru_cache(maxsize=4)
def _api(lang: str, tessdata: str) -> object:
    """Return a loaded tesseract API for `lang`, created once per process."""
    packages = " ".join(f"tesseract-ocr-{code}" for code in lang.split("+"))
    try:
        import tesserocr
    except ImportError as exc:
        raise DependencyMissing(
            f"OCR unavailable: tesserocr cannot load ({exc}); " + APT_HINT.format(packages=packages)
        ) from None
    try:
        return tesserocr.PyTessBaseAPI(
            path=tessdata, lang=lang, psm=tesserocr.PSM.AUTO, oem=tesserocr.OEM.LSTM_ONLY
        )
    except RuntimeError as exc:
        raise DependencyMissing(
            f"OCR unavailable: tesseract cannot load {lang!r} from {tessdata} ({exc}); "
            + APT_HINT.format(packages=packages)
        ) from None


def _ink(gray: Image.Image) -> Image.Image:
    """Return the image as ink 255 on paper 0."""
    return gray.point([255 if v < INK_LEVEL else 0 for v in range(256)])


def speck_density(gray: Image.Image) -> float:
    """Return ink pixels with no inked neighbour per 10,000 pixels, in the middle half of the page."""
    from PIL import ImageChops, ImageFilter

    w, h = gray.size
    ink = _ink(gray.crop((0, h // 4, w, h - h // 4)))
    alone = ImageChops.subtract(ink, ink.filter(ImageFilter.Kernel((3, 3), _ALONE, scale=1)))
    return alone.histogram()[255] * 10_000 / max(ink.width * ink.height, 1)


def estimate_skew(gray: Image.Image) -> float:
    """Return the text's counter-clockwise skew in degrees (0.0 when no angle is better)."""
    from PIL import Image

    small = gray.copy()
    small.thumbnail((SKEW_SAMPLE_WIDTH, SKEW_SAMPLE_WIDTH * 4))
    ink = _ink(small)

    def sharpness(angle: float) -> float:
        turned = ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
        rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
        return float(sum((a - b) ** 2 for a, b in zip(rows, rows[1:], strict=False)))

    steps = int(MAX_SKEW_DEG / COARSE_STEP_DEG)
    best = max((k * COARSE_STEP_DEG for k in range(-steps, steps + 1)), key=sharpness)
    fine = int(COARSE_STEP_DEG / FINE_STEP_DEG)
    best = max((best + k * FINE_STEP_DEG for k in range(-fine, fine + 1)), key=sharpness)
    # Turning the image by `best` straightens it, so the text leans by -best.
    return round(-best, 2) if abs(best) > FINE_STEP_DEG / 2 else 0.0


def _prepare(image: Image.Image) -> tuple[Image.Image, Image.Image, float]:
    """Return the image despeckled and deskewed for tesseract, the same for finding table
    rules, and the skew corrected (the two differ only for a bilevel page, see the module doc).
    """
    from PIL import Image, ImageFilter

    gray = image if image.mode == "L" else image.convert("L")
    bilevel = sum(1 for count in gray.histogram() if count) <= 2
    if not bilevel and speck_density(gray) > MAX_SPECKS:
        gray = gray.filter(ImageFilter.MedianFilter(MEDIAN_FILTER))
    skew = estimate_skew(gray)
    ruled = gray
    if abs(skew) >= MIN_DESKEW_DEG:
        # Bilinear turning spreads a one-pixel rule over three half-grey rows, below the
        # rule finder's ink level; the nearest pixel keeps a rule as dark as it was.
        ruled = gray.rotate(-skew, resample=Image.Resampling.NEAREST, fillcolor=255)
        gray = gray.rotate(-skew, resample=Image.Resampling.BILINEAR, fillcolor=255)
    # The blur, too, thins a one-pixel rule to half-grey.
    text = gray.filter(ImageFilter.GaussianBlur(BILEVEL_BLUR)) if bilevel else gray
    return text, ruled, skew


def _without_rules(image: Image.Image, edges: tuple[Edge, ...], scale: float) -> Image.Image:
    """Return `image` with its ruled tables' rules painted over with paper, for tesseract
    alone: a rule beside a cell's first letter is read as one more (`|45 mnt` as `145 mnt`,
    `|1 jam` as `Il jam`, `{1,5 jam`), and two cells of a row run together (`07:302.130:`).
    A table's rule crosses or meets the rules of other columns: a horizontal one at least two
    vertical ones, a vertical one a horizontal rule at or above its top and one at or below its
    bottom. A letterhead's line or a logo's stroke is left. Word boxes, stroke widths and the
    table finder use the page as it is."""
    verticals = [e for e in edges if e[2] - e[0] < e[3] - e[1]]
    rows = [
        e
        for e in edges
        if e[2] - e[0] > e[3] - e[1]
        and _rule_count([v[0] for v in verticals if _meets(e, v)]) >= MIN_TABLE_COLUMN_RULES
    ]
    columns = [
        v
        for v in verticals
        if any(_spans(h, v[0]) and h[1] <= v[1] + RULE_MEET_PT for h in rows)
        and any(_spans(h, v[0]) and h[1] >= v[3] - RULE_MEET_PT for h in rows)
    ]
    rows, columns = _tables_rules(rows, columns)
    if not rows:
        return image
    from PIL import ImageDraw

    clean = image.copy()
    draw = ImageDraw.Draw(clean)
    # A run of rule ink starts a band `BAND_PX` thick that holds the rule: paint the band and
    # a pixel either side, where the rule's blurred edge is.
    for x0, y, x1, _ in rows:
        row = round(y / scale)
        draw.rectangle((round(x0 / scale), row - 1, round(x1 / scale), row + BAND_PX), fill=255)
    for x, top, _, bottom in columns:
        column = round(x / scale)
        draw.rectangle(
            (column - 1, round(top / scale), column + BAND_PX, round(bottom / scale)), fill=255
        )
    return clean


def _tables_rules(rows: list[Edge], columns: list[Edge]) -> tuple[list[Edge], list[Edge]]:
    """Return the rules of the grids of at least two rows or two columns of cells: rules that
    meet are one grid's, and one box alone (a stamp, a framed title) holds no cells to run
    together. A rule's ink is several runs a pixel apart: its rules are counted, not its runs."""
    rules = [*rows, *columns]
    grid = list(range(len(rules)))

    def root(k: int) -> int:
        while grid[k] != k:
            k = grid[k]
        return k

    for i, row in enumerate(rows):
        for j, column in enumerate(columns):
            if _meets(row, column):
                grid[root(len(rows) + j)] = root(i)
    kept = set()
    for top in {root(k) for k in range(len(rules))}:
        members = [k for k in range(len(rules)) if root(k) == top]
        across = _rule_count([rules[k][1] for k in members if k < len(rows)])
        down = _rule_count([rules[k][0] for k in members if k >= len(rows)])
        if max(across, down) >= MIN_TABLE_LINES:
            kept.update(members)
    return (
        [r for k, r in enumerate(rows) if k in kept],
        [c for k, c in enumerate(columns) if len(rows) + k in kept],
    )


def _meets(horizontal: Edge, vertical: Edge) -> bool:
    """Return True when a vertical rule crosses a horizontal one or ends on it."""
    return (
        _spans(horizontal, vertical[0])
        and vertical[1] - RULE_MEET_PT <= horizontal[1] <= vertical[3] + RULE_MEET_PT
    )


def _rule_count(positions: list[float]) -> int:
    """Return how many rules runs at these positions (points across them) make."""
    count, last = 0, None
    for position in sorted(positions):
        if last is None or position - last > RULE_MEET_PT:
            count += 1
        last = position
    return count


def _spans(horizontal: Edge, x: float) -> bool:
    return horizontal[0] - RULE_MEET_PT <= x <= horizontal[2] + RULE_MEET_PT


def _keep(text: str, conf: float, opens_line: bool) -> bool:
    """Return True for a word worth keeping; `opens_line`: it starts a line that goes on.

    A lone dash or dot is read with low confidence even when it is a list's bullet
    (30 for the third of three `-` bullets on a 200 dpi scan); a speck is rarely
    set at a line's start with a word after it, as a bullet is.
    """
    if conf < MIN_WORD_CONF:
        return False
    if conf >= MIN_SYMBOL_CONF or any(c.isalnum() for c in text):
        return True
    return opens_line and BULLET_RE.match(text + " ") is not None


def recognize(image: Image.Image, lang: str = "ind+eng", dpi: float = 300) -> OcrResult:
    """Return the words tesseract reads in `image` (rendered at `dpi`), in PDF points."""
    api = _api(lang, str(find_tessdata(lang)))
    import numpy as np
    from tesserocr import RIL  # loads: `_api` has imported it

    prepared, ruled, skew = _prepare(image)
    scale = 72.0 / dpi
    edges = tuple(ruling_edges(ruled, scale))
    api.SetImage(_without_rules(prepared, edges, scale))  # type: ignore[attr-defined]
    api.SetSourceResolution(round(dpi))  # type: ignore[attr-defined]
    api.Recognize()  # type: ignore[attr-defined]
    read: list[_Read] = []
    iterator = api.GetIterator()  # type: ignore[attr-defined]
    size = 0.0
    line = -1
    while iterator is not None and not iterator.Empty(RIL.WORD):
        if iterator.IsAtBeginningOf(RIL.TEXTLINE):
            size = iterator.RowAttributes()["row_height"] * scale
            line += 1
        x0, top, x1, bottom = iterator.BoundingBox(RIL.WORD)
        read.append(
            _Read(
                (iterator.GetUTF8Text(RIL.WORD) or "").strip(),
                iterator.Confidence(RIL.WORD),
                (x0 * scale, top * scale, x1 * scale, bottom * scale),
                size,
                iterator.IsAtBeginningOf(RIL.TEXTLINE),
                iterator.IsAtFinalElement(RIL.TEXTLINE, RIL.WORD),
                line,
                _baseline_at_right(iterator.Baseline(RIL.WORD), x1),
            )
        )
        if not iterator.Next(RIL.WORD):
            break
    api.Clear()  # type: ignore[attr-defined]
    verticals = [e for e in edges if e[2] - e[0] < e[3] - e[1]]
    tallest: dict[int, float] = {}
    for r in read:
        tallest[r.line] = max(tallest.get(r.line, 0.0), r.box[3] - r.box[1])
    gray = np.asarray(prepared)
    ink = ink_threshold(gray)
    kept: list[tuple[_Read, str, float, tuple[int, int, int, int]]] = []
    for k, r in enumerate(read):
        following = read[k + 1].text if k + 1 < len(read) and not r.last_in_line else ""
        text = _pronoun_i(r, following, verticals) or r.text.strip(_RULE_GLYPHS)
        text = misread_bullet(text, following, r.first_in_line)
        if text and _keep(text, r.conf, r.first_in_line and not r.last_in_line):
            size = max(r.size, TALLEST_WORD_TO_SIZE * tallest[r.line])
            x0, top, x1, bottom = (round(v / scale) for v in r.box)
            pixels = (x0, top, x1, bottom)
            if (
                len(text) > 1
                and text.endswith(":")
                and r.baseline is not None
                and ends_in_semicolon(gray, pixels, r.baseline, size / scale, ink)
            ):
                text = text[:-1] + ";"
            kept.append((r, text, size, pixels))
    bold = bold_words(
        gray,
        ink,
        [pixels for *_, pixels in kept],
        [size / scale for _, _, size, _ in kept],
        [text for _, text, _, _ in kept],
        [r.line for r, *_ in kept],
    )
    words = [
        Word(text, *r.box, size, is_bold, r.conf, r.line)
        for (r, text, size, _), is_bold in zip(kept, bold, strict=True)
    ]
    confidence = round(statistics.fmean(w.conf or 0.0 for w in words), 1) if words else None
    return OcrResult(tuple(words), confidence, skew, edges)


def ink_threshold(gray: np.ndarray) -> float:
    """Return the grey level halfway between a page's paper and its darkest ink."""
    import numpy as np

    sample = gray[::4, ::4]
    return (float(np.median(sample)) + float(np.percentile(sample, 1))) / 2


def _baseline_at_right(
    baseline: tuple[tuple[int, int], tuple[int, int]] | None, right: int
) -> float | None:
    """Return the height in pixels of a word's baseline under its right end, or None."""
    if not baseline:
        return None
    (bx0, by0), (bx1, by1) = baseline
    if bx1 == bx0:
        return float(by1)
    return by0 + (by1 - by0) * (right - bx0) / (bx1 - bx0)


def misread_bullet(text: str, following: str, first_in_line: bool) -> str:
    """Return `•` for what tesseract made of a round bullet (`“ Notice to quit (copy)`,
    `+ Pay stubs`): one of `MISREAD_BULLETS` alone opening a line before a capitalised word."""
    if first_in_line and text in MISREAD_BULLETS and following[:1].isupper():
        return "\u2022"
    return text


class _Read(NamedTuple):
    text: str  # as tesseract read it
    conf: float
    box: tuple[float, float, float, float]  # points
    size: float
    first_in_line: bool
    last_in_line: bool
    line: int  # the text line's number on the page
    baseline: float | None  # pixels, under the word's right end


def _pronoun_i(
    word: _Read, following: str, verticals: list[tuple[float, float, float, float]]
) -> str | None:
    """Return the English pronoun tesseract read as a rule glyph (`|`, `|'m`), or None.

    A lone capital I in a sans-serif face is a bare stroke, as a table's rule is.
    It is the pronoun when no vertical rule of the page runs through it and a
    lower-case word follows on its line (`| felt nervous`) or a contraction is
    glued to it (`|'m`); a rule between cells stands beside any word.
    """
    text = word.text
    if text[:1] not in _RULE_GLYPHS:
        return None
    rest = text[1:]
    contraction = rest[:1] in _APOSTROPHES and rest[1:].isalpha()
    if not contraction and (rest or not following[:1].islower()):
        return None
    x0, top, x1, bottom = word.box
    middle = (top + bottom) / 2
    for v in verticals:
        if x0 - RULE_SLACK_PT <= v[0] <= x1 + RULE_SLACK_PT and v[1] <= middle <= v[3]:
            return None
    return "I" + rest


def ocr_image(
    image: Image.Image, lang: str = "ind+eng", dpi: float = 300, page: int = 1
) -> tuple[Block, ...]:
    """Return the blocks of one page image, sized relative to the page's own body text."""
    words = recognize(image, lang, dpi).words
    body = weighted_median(size_counts(words)) or None
    return finish_page(draft_page(words, (), image.width * 72 / dpi), page, body)

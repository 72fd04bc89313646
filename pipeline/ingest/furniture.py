"""Set repeated page headers, footers and page numbers aside, into `Page.furniture`.

Works on any pages whose blocks have boxes and whose height is known, so text
layers and OCR'd scans are treated alike; pages without geometry (Word input)
come back unchanged.

Candidates are the blocks (tables excepted) that start in the top `BAND` of a
page or end in its bottom `BAND`, at most `MAX_BAND_BLOCKS` from each edge.
A candidate is furniture when, in order of evidence:
1. its whole text is a page number (`Halaman 2 dari 5`, `Page 2 of 5`, `2`,
   `- 2 -`, `2/5`): on any document, a single page included;
2. on a document of two or more pages, a candidate in the same band of another
   page has the same text once case, spacing and punctuation are folded, or
   nearly the same (`SIMILARITY`, for OCR slips) within `FUZZY_WINDOW` pages;
3. texts that differ only in their numbers (`Sesi 2` / `Sesi 3`) count as
   repeats when they name a page (`Hal. 2`) or recur on `MIN_NUMBERED_PAGES`
   pages: a numbered section heading that happens to open two pages is not
   a running header.
Whatever its place, a block is furniture when every line of it is the furniture
of a web page or document site (`is_site_furniture`): a bare address, a line
opening with `Printed:` or `Posted on` (a page's publication date), share and
view-count lines, a site's name or banner; except `Comments (2)` and the like,
which stay in the body, where they mark the end of the article's text.
A repeat is no running header when it is a title (set larger than the body) atop some
pages with others between them that it does not head, or atop later pages when another form
opens the first: a folder's forms, each under its own title. A letterhead printed on page 1 only is not repeated, so it stays in the body
where the extractor looks for the agency name. Blocks are only moved, never
changed or reordered; furniture keeps its page order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

from pipeline.document import Block, Page
from pipeline.vocabulary import active_vocabulary

# Share of the page height at the top and bottom where headers and footers start or end.
# Body text begins at the margin, 2.5 cm or 1 inch (8.4-9.1% of A4 or Letter height);
# headers and footers sit in the margin, and a section heading opening a page stays out.
BAND = 0.08
MAX_BAND_BLOCKS = 3  # a header or footer is one of the few outermost blocks
SIMILARITY = 0.85  # difflib ratio of folded texts that still counts as the same line
MIN_TITLE_RATIO = 1.2  # a form's title is set this much larger than the body; a header is not
FUZZY_WINDOW = 3  # pages either side compared for near repeats (exact repeats: all pages)
MIN_NUMBERED_PAGES = 3  # pages a text varying only in its numbers must recur on

PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:halaman|hal\.?|page|pg\.?|p\.)\s*)?[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?"
    r"(?:\s*(?:dari|of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_PAGE_WORD = re.compile(r"\b(?:halaman|hal|page|pg)\b", re.IGNORECASE)
_NOT_WORD = re.compile(r"[^\w#]+")
# A line that is only a web address: "https://…", "www.…", "example.org/path".
_ADDRESS = re.compile(
    r"^(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|id|io|info)(?:/\S*)?)$",
    re.IGNORECASE,
)
# A menu bar: three items or more between bars or middle dots.
_MENU_SEPARATOR = re.compile(r"\s[|\u00b7\u2022]\s")
MIN_MENU_ITEMS = 3
# Furniture lines are short; a long line with one such word is prose.
MAX_FURNITURE_WORDS = 12
MAX_BANNER_WORDS = 25
MAX_OPENER_WORDS = 3
# "March 3, 2019 by admin", "3 Maret 2019 oleh Admin": a post's date and author.
_DATED_BYLINE = re.compile(
    r"^(?:\d{1,2}\s+[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}[/.-]\d{1,2}[/.-])"
    r"\s*\d{2,4}\s+(?:by|oleh)\s+\S",
    re.IGNORECASE,
)

Band = Literal["top", "bottom"]


def fold(text: str) -> str:
    """Return text folded for comparison: lower case, punctuation as spaces."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


@lru_cache(maxsize=16)
def _folded(words: frozenset[str]) -> frozenset[str]:
    # Asked of every line of every page: fold the vocabulary's words once.
    return frozenset(fold(word) for word in words)


def is_page_number(text: str) -> bool:
    """Return True if the text is only a page number, with or without `Halaman`/`Page ... of N`."""
    return bool(PAGE_NUMBER_RE.match(" ".join(text.split())))


def is_site_furniture(text: str) -> bool:
    """Return True for a line a web page or document site prints around the text: an address,
    `Printed: …`, `Posted on …` (the page's own date), `Share`, `1,234 views`, a site's banner.
    """
    line = " ".join(text.split())
    if not line:
        return False
    if _ADDRESS.match(line) or _DATED_BYLINE.match(line):
        return True
    words = fold(line).split()
    if not words or len(words) > MAX_BANNER_WORDS:
        return False
    vocabulary = active_vocabulary()
    folded = f" {' '.join(words)} "
    if any(f" {site} " in folded for site in _folded(vocabulary.furniture_sites)):
        return True
    if len(words) > MAX_FURNITURE_WORDS:
        return False
    openers = _folded(vocabulary.furniture_openers)
    if any(" ".join(words[:n]) in openers for n in range(1, MAX_OPENER_WORDS + 1)):
        return True
    if _menu(line, vocabulary.furniture_words, vocabulary.furniture_fillers):
        return True
    return _only_furniture_words(words, vocabulary.furniture_words, vocabulary.furniture_fillers)


def _only_furniture_words(words: list[str], known: frozenset[str], fillers: frozenset[str]) -> bool:
    content = [w for w in words if not w.isdigit() and w not in fillers]
    return bool(content) and all(w in known for w in content)


def _menu(line: str, known: frozenset[str], fillers: frozenset[str]) -> bool:
    """Return True for a site's menu bar: items between bars or dots, most of them site words
    (`Home | Articles | Forum | Log in`)."""
    items = [fold(item).split() for item in _MENU_SEPARATOR.split(line)]
    items = [item for item in items if item]
    if len(items) < MIN_MENU_ITEMS:
        return False
    known_items = sum(_only_furniture_words(item, known, fillers) for item in items)
    return 2 * known_items >= len(items)


def ends_article(text: str) -> bool:
    """Return True for the line after which a web page's text is the site's, not the article's:
    `Comments (2)`, `Leave a reply`, `Related posts`."""
    words = [w for w in fold(text).split() if not w.isdigit()]
    endings = _folded(active_vocabulary().furniture_endings)
    return bool(words) and " ".join(words) in endings


def _candidates(page: Page) -> list[tuple[int, Band]]:
    """Return (block index, band) of the blocks near the top and bottom edges of a page."""
    if not page.height:
        return []
    boxed = [(i, b) for i, b in enumerate(page.blocks) if b.bbox is not None and b.kind != "table"]
    top = sorted(
        (i for i, b in boxed if b.bbox and b.bbox.top < BAND * page.height),
        key=lambda i: page.blocks[i].bbox.top,  # type: ignore[union-attr]
    )[:MAX_BAND_BLOCKS]
    bottom = sorted(
        (i for i, b in boxed if b.bbox and b.bbox.bottom > (1 - BAND) * page.height),
        key=lambda i: -page.blocks[i].bbox.bottom,  # type: ignore[union-attr]
    )[:MAX_BAND_BLOCKS]
    return [(i, "top") for i in top] + [(i, "bottom") for i in bottom if i not in top]


def split_furniture(pages: Sequence[Page]) -> tuple[Page, ...]:
    """Return the pages with headers, footers and page numbers moved to `Page.furniture`."""
    found: list[tuple[int, int, Band, str]] = []  # page index, block index, band, folded text
    for p, page in enumerate(pages):
        for i, band in _candidates(page):
            key = fold(page.blocks[i].text)
            if key:
                found.append((p, i, band, key))
    furniture: set[tuple[int, int]] = {
        (p, i) for p, i, _, _ in found if is_page_number(pages[p].blocks[i].text)
    }
    furniture |= {
        (p, i)
        for p, page in enumerate(pages)
        for i, block in enumerate(page.blocks)
        # a heading set in bold (`Next` over the plan) heads the record's text, not a link
        if block.kind not in ("table", "heading")
        and all(is_site_furniture(line) for line in block.text.split("\n") if line.strip())
        and block.text.strip()
        and not ends_article(block.text)  # stays in the body, where it ends the record's text
    }
    if len(pages) > 1:
        furniture |= _repeated(found) - _form_titles(found, pages)
    if not furniture:
        return tuple(pages)
    out = []
    for p, page in enumerate(pages):
        moved = [i for i in range(len(page.blocks)) if (p, i) in furniture]
        if not moved:
            out.append(page)
            continue
        body = tuple(b for i, b in enumerate(page.blocks) if (p, i) not in furniture)
        extra: tuple[Block, ...] = tuple(page.blocks[i] for i in moved)
        out.append(replace(page, blocks=body, furniture=page.furniture + extra))
    return tuple(out)


def _form_titles(
    found: Sequence[tuple[int, int, Band, str]], pages: Sequence[Page]
) -> set[tuple[int, int]]:
    """Return the top blocks set as titles (larger than the body) whose text opens some pages
    with others between them that it does not open, or pages after a first page that another
    form opens: a folder's forms, each under its title (`CATATAN PROSES` atop pages 3 and 5 of
    a case file, or atop pages 2 and 3 after an intake form), not a running header, which heads
    every page from its first to its last in the body's size."""
    pages_by_text: dict[str, set[int]] = defaultdict(set)
    for p, _, band, key in found:
        if band == "top":
            pages_by_text[key].add(p)
    return {
        (p, i)
        for p, i, band, key in found
        if band == "top"
        and (pages[p].blocks[i].style.size_ratio or 0.0) >= MIN_TITLE_RATIO
        and (
            len(pages_by_text[key]) < max(pages_by_text[key]) - min(pages_by_text[key]) + 1
            or 0 not in pages_by_text[key]
        )
    }


def _repeated(found: Sequence[tuple[int, int, Band, str]]) -> set[tuple[int, int]]:
    """Return the candidates whose folded text recurs in the same band on another page."""
    pages_by_text: dict[tuple[Band, str], set[int]] = defaultdict(set)
    pages_by_shape: dict[tuple[Band, str], set[int]] = defaultdict(set)
    for p, _, band, key in found:
        pages_by_text[band, key].add(p)
        pages_by_shape[band, _DIGITS.sub("#", key)].add(p)

    def recurs(p: int, band: Band, key: str) -> bool:
        if len(pages_by_text[band, key]) > 1:
            return True
        shape = pages_by_shape[band, _DIGITS.sub("#", key)]
        return len(shape) >= MIN_NUMBERED_PAGES or (len(shape) > 1 and bool(_PAGE_WORD.search(key)))

    repeated = {(p, i) for p, i, band, key in found if recurs(p, band, key)}
    rest = [c for c in found if (c[0], c[1]) not in repeated]
    for a, (p, i, band, key) in enumerate(rest):
        for q, j, other_band, other_key in rest[a + 1 :]:
            if q > p + FUZZY_WINDOW:
                break  # candidates come in page order
            if (
                q != p
                and other_band == band
                # Texts differing only in numbers were judged above.
                and _DIGITS.sub("#", key) != _DIGITS.sub("#", other_key)
                and SequenceMatcher(None, key, other_key).ratio() >= SIMILARITY
            ):
                repeated |= {(p, i), (q, j)}
    return repeated

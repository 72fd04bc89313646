"""A record's title by its type size: the cue for a new record whose title no schema lists.

A folder of forms starts each form on a new page under a title set larger
than its section headings. When the title's words are listed, `classify`
names the record type from them; when they are not ("Gambaran Umum Lokasi
Praktikum"), the title still says that a new record starts: a line at the
top of a page, set as large as the open record's own title and larger than
its section headings, whose words are not those of a title-sized line seen
before (a letterhead repeats on every page; a new form's title does not).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from pipeline.extract.lines import Line
from pipeline.extract.normalize import fold_words
from pipeline.heading import HEADING_SIZE_RATIO

# A second title is set as large as the first, give or take the reader's rounding.
SIZE_TOLERANCE = 0.05
# ... or over a new form's labels, give or take what OCR makes of a line's height.
FORM_SIZE_TOLERANCE = 0.1
# A record's title is among its first lines.
RECORD_TOP_LINES = 8
# A title is a word at least: fewer letters set large are a scrawl or a stamp OCR read.
MIN_TITLE_LETTERS = 4
# Titles longer than this are sentences set large, not titles.
MAX_TITLE_WORDS = 10
# Two title-sized lines this alike, letter by letter, are the same line: a letterhead as OCR
# reads it page after page differs by a letter or a word; another form's title sharing
# words with the first ("Laporan Proses Ringkas", "Laporan Ringkas Wawancara") is less alike.
SAME_LINE_LIKENESS = 0.8


def title_sized(line: Line) -> bool:
    """Return True for a heading set larger than the body, short, with no label or numbering,
    and a word's letters at least: OCR reads a signature's scrawl as a large `ena`."""
    return (
        line.heading_like
        and (line.size_ratio or 0.0) >= HEADING_SIZE_RATIO
        and line.n_words <= MAX_TITLE_WORDS
        and not line.numbered
        and ":" not in line.text
        and sum(c.isalpha() for c in line.text) >= MIN_TITLE_LETTERS
    )


class TitleStyle:
    """What the open record's title looks like, and the title-sized lines seen so far."""

    def __init__(self) -> None:
        self._seen: list[str] = []  # every title-sized line of the document, folded
        self._titles: list[str] = []  # the records' own titles among them
        self._title = ""  # the open record's title, folded (not a letterhead set nearly as large)
        self.open_record()

    def open_record(self) -> None:
        if self._title:
            self._titles.append(self._title)
        self._title = ""
        self.size: float | None = None  # the open record's title size
        self.headings = 0.0  # the largest heading under that title
        self._lines = 0  # lines of the open record so far
        self._labelled = False  # a `Label: value` line seen in it

    def take(self, line: Line) -> None:
        """Note a line of the open record: its title (the largest title-sized line among its
        first lines, before its labels: a letterhead above it may be set nearly as large), or
        a heading."""
        self._lines += 1
        if title_sized(line):
            words = " ".join(fold_words(line.text))
            seen = self._seen_before(words)  # a letterhead again, or the next copy of a form
            if not seen:
                self._seen.append(words)
            if self._lines <= RECORD_TOP_LINES and not self._labelled:
                if (line.size_ratio or 0.0) > (self.size or 0.0):
                    self.size, self._title = line.size_ratio or 0.0, words
                return
            if seen:
                return
        if line.heading_like:
            self.headings = max(self.headings, line.size_ratio or 1.0)
        # A title comes before the record's labels; a large line after them is a heading.
        self._labelled = self._labelled or line.label_value() is not None

    def starts_record(self, line: Line, opens_form: bool = False) -> bool:
        """Return True for a line that titles a new record: as large as the open record's
        title, which stands out from its headings, and not seen before. Over a block of
        labels (`opens_form`: a new form's header), a title need not stand out from the
        headings of the record before, which may be set nearly as large, and may be read a
        little smaller than the first (OCR estimates a size from a line's height)."""
        if not title_sized(line):
            return False
        size = line.size_ratio or 0.0
        if self.size is None:
            # A record whose own title went to the page furniture (the same title atop each
            # of its copies): a page-top line over a new form, set larger than its headings.
            return opens_form and size >= self.headings + FORM_SIZE_TOLERANCE
        if size < self.size - (FORM_SIZE_TOLERANCE if opens_form else SIZE_TOLERANCE):
            return False
        if self.headings >= self.size - SIZE_TOLERANCE and not opens_form:
            return False
        # Over a new header block, a record's own title again is the next copy of its form (a
        # folder of two case records); a letterhead repeats, over a title or the text going on.
        words = " ".join(fold_words(line.text))
        if opens_form and any(_same(words, title) for title in (*self._titles, self._title)):
            return True
        return not self._seen_before(words)

    def _seen_before(self, words: str) -> bool:
        return any(_same(words, seen) for seen in self._seen)


def _same(a: str, b: str) -> bool:
    return bool(a and b) and SequenceMatcher(None, a, b).ratio() >= SAME_LINE_LIKENESS

"""The letterhead: the agency's name and address above a record.

`letterhead_agency` reads the agency's own line for `agency_name` when no label
gives it; `top_letterhead` finds the letterhead of a record whose title nobody
named, so that its lines (and their repeats on later pages) open no section.
"""

from __future__ import annotations

import re

from pipeline.document import Block
from pipeline.extract.addresses import is_place_list
from pipeline.extract.lines import Item, Line, TableItem
from pipeline.extract.normalize import fold_whitespace, fold_words, folded_phrases
from pipeline.extract.prompts import is_prompt
from pipeline.heading import ends_sentence, in_title_case
from pipeline.ingest.furniture import is_site_furniture
from pipeline.vocabulary import Vocabulary

# Letterhead lines are short and at the very top.
MAX_LETTERHEAD_LINES = 6
MAX_LETTERHEAD_WORDS = 12
# An address with its telephone (`Jl. Candi Gebang No. 5, Beran, … Telp. (0274) 868 337`).
MAX_ADDRESS_WORDS = 24
# The agency's own line is set at least this much larger than the body, and than every line
# above it in its letterhead (size ratios against the body's type).
MIN_PROMINENT_RATIO = 1.1
PROMINENT_MARGIN = 0.2
# A letterhead with no address line: the agency's name and the line set under it.
MIN_UNADDRESSED_LINES = 2
# A street's name between its house number and its suffix (`1200 Martin Luther King Avenue`).
STREET_NAME_WORDS = 4
# Furniture below this (points from the top of the page) is a footer, not a letterhead.
LETTERHEAD_BAND_PT = 250.0


def top_letterhead(items: tuple[Item, ...], vocabulary: Vocabulary) -> set[tuple[str, ...]]:
    """Return the folded words of the lines down to an address line at the top of a record,
    before any label or table (`DINAS SOSIAL KABUPATEN SLEMAN` / `Jl. Candi Gebang No. 5, …`):
    the letterhead, whatever the title under it is called. The lines above the address are
    names set apart (short headings or capitals), not the first sentences of a note; there
    may be none, where the agency's name repeats on every page and went to the furniture."""
    skip_words = folded_phrases(vocabulary.letterhead_skip_words)
    top: list[Line] = []
    for item in items[:MAX_LETTERHEAD_LINES]:
        if isinstance(item, TableItem) or item.label_value() is not None:
            return set()
        address = _is_address(item.text, fold_words(item.text), skip_words, vocabulary)
        if address and item.n_words <= MAX_ADDRESS_WORDS and not ends_sentence(item.text):
            return {line.letterhead_key for line in (*top, item)}
        named = (item.heading_like or item.text.isupper()) and not ends_sentence(item.text)
        if item.n_words > MAX_LETTERHEAD_WORDS or not named:
            return set()
        top.append(item)
    return set()


def letterhead_agency(
    items: tuple[Item, ...],
    furniture: tuple[Block, ...],
    title: str | None,
    vocabulary: Vocabulary,
    markings: frozenset[str] = frozenset(),
) -> tuple[str, int] | None:
    """Return (agency line, page) from the letterhead: its last agency line, the most specific.

    A letterhead reads from the parent body down to the unit that keeps the
    record (`PEMERINTAH KOTA` / `DINAS SOSIAL` / `UPTD PANTI …`), then the
    address: the last line with an agency word, before any address or title,
    is the agency's own; a line under it whose only agency words name a part
    (`Family Support Program`, `Emergency Department`) is the agency's unit. A form with no letterhead often names its agency on
    the line under the title (`Quarterly Case Summary` / `Brackenford County
    Council — Adult Social Care`): that line, before any label, is read the same way,
    when it is written as a name (capitalised words), not as a sentence. A marking
    (`CONFIDENTIAL`, `RAHASIA`) under the agency's line is no part of its name.
    """
    top = [b for b in furniture if _in_top_half(b)]
    above: list[tuple[str, int]] = [(b.text, b.page) for b in top]
    sizes: list[float | None] = [b.style.size_ratio for b in top]
    below: list[tuple[str, int]] = []
    seen_title = False
    skip_words = folded_phrases(vocabulary.letterhead_skip_words)
    for item in items:
        # The letterhead ends where the record's first label begins, unless that label gives
        # the letterhead's address (`Field office: Jl. Batoro Katong 21, Ponorogo`).
        if isinstance(item, TableItem) or (
            ":" in item.text
            and (
                seen_title
                or not _is_address(item.text, fold_words(item.text), skip_words, vocabulary)
            )
        ):
            break
        if seen_title:
            below.append((item.text, item.page))
            break
        if item.text == title:
            seen_title = True
        elif len(above) < MAX_LETTERHEAD_LINES + len(furniture):
            above.append((item.text, item.page))
            sizes.append(item.size_ratio)
        else:
            break
    named = [(text, page) for text, page in below if _name_shaped(text, vocabulary)]
    # A blank line between the furniture's lines and the page's: no name wraps across them.
    parted = [*above[: len(top)], ("", 0), *above[len(top) :]] if top else above
    return (
        _prominent_line(above, sizes, vocabulary, markings, titled_below=seen_title)
        or _agency_line(parted, vocabulary, markings)
        or _agency_line(named, vocabulary, markings)
        or (_top_name(above, sizes, vocabulary, markings) if seen_title else None)
    )


# A number standing alone (`Quick Guide 5.6`, `1. Catatan`), a placeholder's bracket, a comma.
_NOT_A_NAME = re.compile(r"(?:^|\s)[\d.]+(?:\s|$)|[\[\],\u00b7]")


def _top_name(
    lines: list[tuple[str, int]],
    sizes: list[float | None],
    vocabulary: Vocabulary,
    markings: frozenset[str],
) -> tuple[str, int] | None:
    """Return the letterhead's opening line, when no line has an agency's word and a title the
    schemas list is under it (`LK3 SEHATI LOMBOK TIMUR` over `Layanan Konseling …` and
    `CATATAN PROSES`): a letterhead opens with who keeps the record. A line written as a name
    only: no parent body, marking, document's name, number, placeholder (`[AGENCY LOGO]`)
    or comma (`Beverly O. Ford, PhD`), and set no smaller than the lines under it (`TIM
    RELAWAN` over `Pelita Kasih` set large names neither)."""
    known = [size for size in sizes if size is not None]
    if not lines or sizes[0] is None or sizes[0] < max(known):
        return None
    text, page = lines[0]
    words = fold_words(text)
    folded = " ".join(words)
    skip_words = folded_phrases(vocabulary.letterhead_skip_words)
    named = (
        0 < len(words) <= MAX_LETTERHEAD_WORDS
        and "\n" not in text.strip()
        and text.strip().casefold() not in markings
        and not _is_address(text, words, skip_words, vocabulary)
        and not _parent_body(folded, vocabulary)
        and not names_a_document(folded, vocabulary)
        and _name_shaped(text, vocabulary)
        and not is_site_furniture(text)
        and not _NOT_A_NAME.search(text)
    )
    return (fold_whitespace(text), page) if named else None


def _prominent_line(
    lines: list[tuple[str, int]],
    sizes: list[float | None],
    vocabulary: Vocabulary,
    markings: frozenset[str],
    *,
    titled_below: bool,
) -> tuple[str, int] | None:
    """Return the letterhead's line set in clearly larger type than every other: the agency
    that keeps the record, named most prominently, whatever its words (`Instalasi Pelayanan
    Sosial Medis …` under `RUMAH SAKIT UMUM DAERAH …`, `Tri-County Community Food Bank`
    over `Client Support Services`). A parent body's line set largest (`NORTHFIELD BOROUGH
    COUNCIL` over `Northfield Family Placement Service`) is not the agency: the words then
    decide (`_agency_line`). The letterhead is the lines above its address, or with no address
    the lines above the record's title (`Lincoln Park Middle School` over `Student Services
    Office · Room 114` and `Contact Log`)."""
    letterhead: list[tuple[str, int, float]] = []
    skip_words = folded_phrases(vocabulary.letterhead_skip_words)
    for at, ((text, page), size) in enumerate(zip(lines, sizes, strict=True)):
        if size is None or "\n" in text.strip():
            return None
        if _is_address(text, fold_words(text), skip_words, vocabulary):
            addressed = True
            # A line set large under the address is a title nobody listed (`DAY SHIFT LOG`).
            titled_below = titled_below or any(
                (later or 0.0) >= MIN_PROMINENT_RATIO for later in sizes[at + 1 :]
            )
            break
        letterhead.append((text.strip(), page, size))
    else:
        addressed = False
        # No address closes it: the lines may be a title's, not a letterhead's; over the title,
        # one line alone may be a running head or a misplaced heading (`7. Evaluation`), and a
        # sentence is the text's opening.
        if (
            not titled_below
            or len(letterhead) < MIN_UNADDRESSED_LINES
            or any(ends_sentence(text) for text, _, _ in letterhead)
        ):
            return None
    if not letterhead or (len(letterhead) == 1 and not titled_below):
        return None  # one large line over an address, no title under it, may be the title
    sizes_set = [size for _, _, size in letterhead]
    at = max(range(len(letterhead)), key=lambda k: sizes_set[k])
    if not addressed and at > 0:
        return None  # with no address, the name heads its letterhead; lower, it may be a title
    text, page, size = letterhead[at]
    others = sizes_set[:at] + sizes_set[at + 1 :]
    folded = " ".join(fold_words(text))
    if (
        size < MIN_PROMINENT_RATIO
        or any(size - other < PROMINENT_MARGIN for other in others)
        or len(folded.split()) > MAX_LETTERHEAD_WORDS
        or text.casefold() in markings
        or is_site_furniture(text)
        or is_prompt(text)
        or _parent_body(folded, vocabulary)
        or names_a_document(folded, vocabulary)
        or (at < len(letterhead) - 1 and _government_body(folded, vocabulary))
    ):
        return None
    return fold_whitespace(text), page


def _government_body(folded: str, vocabulary: Vocabulary) -> bool:
    """Return True for a government department's line (`DINAS SOSIAL KABUPATEN …`): over a
    unit's line (`UPT Rumah Perlindungan …`), the body the unit belongs to."""
    bodies = folded_phrases(frozenset(vocabulary.letterhead_government_bodies))
    return any(folded.startswith(b) for b in bodies)


def _parent_body(folded: str, vocabulary: Vocabulary) -> bool:
    """Return True for a government or parent body's line (`PEMERINTAH KOTA BANDUNG`,
    `NORTHFIELD BOROUGH COUNCIL`): the body above the unit that keeps the record."""
    parents = folded_phrases(frozenset(vocabulary.letterhead_parent_words))
    endings = folded_phrases(frozenset(vocabulary.letterhead_parent_endings))
    return any(folded.startswith(p) for p in parents) or any(folded.endswith(e) for e in endings)


def names_a_document(folded: str, vocabulary: Vocabulary) -> bool:
    """Return True for a line opening or ending with a document's word (`Outreach Log`,
    `CATATAN HARIAN PENDAMPING`): a record's title set large, not the agency that keeps it."""
    words = folded.split()
    documents = folded_phrases(vocabulary.letterhead_document_words)
    return bool(words) and (words[0] in documents or words[-1] in documents)


def _name_shaped(text: str, vocabulary: Vocabulary) -> bool:
    """Return True for a line written as a name: its words capitalised but for joining words."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and in_title_case(" ".join(words), vocabulary.heading_connectors)


def _agency_line(
    candidates: list[tuple[str, int]], vocabulary: Vocabulary, markings: frozenset[str]
) -> tuple[str, int] | None:
    agency_words = folded_phrases(vocabulary.letterhead_agency_words)
    skip_words = folded_phrases(vocabulary.letterhead_skip_words)
    unit_words = folded_phrases(vocabulary.letterhead_unit_words)
    lines = [
        (line.strip(), page)
        for text, page in candidates
        for line in text.split("\n")
        # a blank line is kept: it parts two lines no name wraps across
        if not line.strip() or not (is_site_furniture(line) or is_prompt(line))
    ]
    found: tuple[str, int] | None = None
    found_at = -1
    for index, (line, page) in enumerate(lines):
        words = fold_words(line)
        if not words:
            continue
        if _is_address(line, words, skip_words, vocabulary):
            if found:
                return found  # the address line, however long, ends the letterhead
            continue
        if len(words) > MAX_LETTERHEAD_WORDS:
            continue
        # A long name wrapped onto a second capitalised line ("… NETRA" / "CAHAYA BATHIN"), its
        # place (`… (UPSAT)` / `KABUPATEN LEMBAH HIJAU`) or its initials (`… DAN ANAK` /
        # `(P2TP2A) KOTA SUKAMULYA`) included: under the agency's line, not above it as its
        # parent body's.
        wraps = (
            found is not None
            and found_at == index - 1
            and line.isupper()
            and found[0].isupper()
            and line.casefold() not in markings
        )
        if _parent_body(" ".join(words), vocabulary) and not wraps:
            continue
        named = [w for w in words if w in agency_words]
        if named and names_a_document(" ".join(words), vocabulary):
            continue
        if named and found and any(w in unit_words for w in words):
            continue  # `Harbor Light Community Services` / `Family Support Program`: its part
        if named and not (wraps and line.startswith("(")):
            found, found_at = (fold_whitespace(line), page), index
        elif wraps and found is not None:
            found, found_at = (f"{found[0]} {fold_whitespace(line)}", page), index
    return found


def _is_address(
    line: str, words: list[str], skip_words: frozenset[str], vocabulary: Vocabulary
) -> bool:
    """Return True for a letterhead's address or contact line: street words, numbers among
    commas, or places listed by their units (`Kel. Balaroa, Kec. Palu Barat, Kota Palu`)."""
    if "@" in line:
        return True
    # A street's word is an address's beside a number or a comma (`Pier 4 Road`, `Kingsmead
    # Road, Brookfield`), not inside a name (`Drop-in Center for Street Children`).
    placed = "," in line or any(c.isdigit() for c in line)
    if any(w in skip_words and (placed or w not in vocabulary.street_suffixes) for w in words):
        return True
    if _numbered_street(line, vocabulary.street_suffixes):
        return True
    if line.count(",") < 1:
        return False
    return any(c.isdigit() for c in line) or is_place_list(line, vocabulary)


def _numbered_street(line: str, suffixes: frozenset[str]) -> bool:
    """Return True for a house number a few words before a street's suffix (`1200 Hollis
    Avenue`, `12 Kingsmead Close`), however the line around it runs (`Care Management · …`)."""
    words = [w.strip(".,;:()").casefold() for w in line.split()]
    return any(
        word in suffixes
        and any(w.isdigit() for w in words[max(0, at - STREET_NAME_WORDS - 1) : at])
        for at, word in enumerate(words)
    )


def _in_top_half(block: Block) -> bool:
    return block.bbox is None or block.bbox.top < LETTERHEAD_BAND_PT

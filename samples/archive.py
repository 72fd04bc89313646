"""Build a randomised archive of case notes for the benchmark, from the sample data.

Each document starts from a hand-written sample and is varied with a seeded
generator: new client and worker names, dates moved by whole years, headings
swapped for synonyms, date spellings, fonts and layouts changed, sections and
labels dropped or left as placeholders, several records gathered into one file
to reach 1–6 pages, and about 3% of files damaged (truncated, empty, or text
under a PDF/DOCX name). Gold is derived exactly as for the corpus.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from samples import vocab
from samples.compose import KV
from samples.content import documents
from samples.gold import PAGEBREAK, file_gold
from samples.render_docx import render_docx
from samples.render_pdf import render_pdf
from samples.render_scan import scan_pdf
from samples.values import (
    DS,
    EN_DATE_FORMATS,
    ID_DATE_FORMATS,
    TIME_FORMATS,
    D,
    DatedEntries,
    EntryTable,
    Missing,
)

DEFAULT_MIX = {"docx": 0.5, "pdf": 0.3, "scan": 0.2}
DAMAGED_SHARE = 0.03
ARCHIVE_SCAN_DPI = 200  # render straight at the stored resolution: ~2x faster than 300 -> 200
FONTS = ("times", "helvetica", "dejavu_sans", "dejavu_serif")
HEADINGS = (
    {"kind": "word"},
    {"bold": True},
    {"upper": True},
    {"colon": True},
    {"bold": True, "underline": True},
    {"numbering": "roman", "upper": True},
    {"numbering": "decimal"},
    {"numbering": "alpha", "bold": True},
    {"kind": "word", "numbering": "roman", "upper": True},
)
DROP_SECTION, PLACEHOLDER_SECTION, DROP_LABEL, SWAP_HEADING = 0.12, 0.08, 0.08, 0.5
OLD_YEARS = ("2023", "2024")
TITLE_UPPER = 0.5  # share of swapped titles written in capitals, as agencies often do


@dataclass(frozen=True)
class Wording:
    """Words to write every heading, label and title in, instead of the samples' own.

    `fields` maps a field name to its phrases per language, `titles` a record type
    to its titles per language; a field or type with no phrase in a language keeps
    the sample's words. The vocabulary hold-out (`bench/holdout.py`) passes the
    words it took out of the schemas.
    """

    fields: Mapping[str, Mapping[str, tuple[str, ...]]]
    titles: Mapping[str, Mapping[str, tuple[str, ...]]]

    def phrase(self, field: str, lang: str, rng: random.Random) -> str | None:
        choices = self.fields.get(field, {}).get(lang, ())
        return rng.choice(choices) if choices else None

    def title(self, record_type: str, lang: str, rng: random.Random) -> list[str] | None:
        choices = self.titles.get(record_type, {}).get(lang, ())
        if not choices:
            return None
        title = rng.choice(choices)
        return [title.upper() if rng.random() < TITLE_UPPER else title]


def _walk(obj: Any, on_str: Callable[[str], str], on_obj: Callable[[Any], Any]) -> Any:
    """Return a copy of `obj` with every string passed through `on_str` and values through `on_obj`."""
    if isinstance(obj, str):
        return on_str(obj)
    if isinstance(obj, KV):
        return KV(_walk(x, on_str, on_obj) for x in obj)
    if isinstance(obj, tuple | list):
        return type(obj)(_walk(x, on_str, on_obj) for x in obj)
    if isinstance(obj, dict):
        return {k: _walk(v, on_str, on_obj) for k, v in obj.items()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {
            f.name: _walk(getattr(obj, f.name), on_str, on_obj) for f in dataclasses.fields(obj)
        }
        return on_obj(dataclasses.replace(obj, **changes))
    return obj


def _people(doc: dict[str, Any]) -> list[str]:
    names = []
    for rec in doc["records"]:
        for field, _label, value in rec.get("header", ()):
            if field in ("client_name", "worker_name") and isinstance(value, str):
                names.append(value)
    return sorted(set(names), key=len, reverse=True)


def _rename_and_redate(doc: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    lang = doc["lang"]
    swaps: dict[str, str] = {}
    for name in _people(doc):
        is_worker = "," in name or "S.Sos" in name
        swaps[name] = vocab.worker_name(rng) if is_worker else vocab.client_name(rng, lang)
    shift = rng.randint(-3, 1)
    years = {y: str(int(y) + shift) for y in OLD_YEARS}
    fmts = EN_DATE_FORMATS if lang == "en" else ID_DATE_FORMATS

    def on_str(s: str) -> str:
        for old, new in swaps.items():
            s = s.replace(old, new)
        for old, new in years.items():
            s = s.replace(old, new)
        return s

    def on_obj(v: Any) -> Any:
        if isinstance(v, D | DS):
            return dataclasses.replace(v, fmt=rng.choice(fmts))
        if isinstance(v, EntryTable | DatedEntries):
            return dataclasses.replace(
                v, date_fmt=rng.choice(fmts), time_fmt=rng.choice(TIME_FORMATS)
            )
        return v

    return _walk(doc, on_str, on_obj)


def _reworded(
    field: str, words: str, lang: str, rng: random.Random, wording: Wording | None
) -> str:
    """Return the heading or label to write for `field`: swapped for a synonym half the
    time, or always for a phrase of `wording` when it has one."""
    if wording is not None:
        return (wording.phrase(field, lang, rng) or words) if words else words
    if field in vocab.SYNONYMS and rng.random() < SWAP_HEADING:
        return rng.choice(vocab.SYNONYMS[field][lang])
    return words


def _vary_record(
    rec: dict[str, Any], lang: str, rng: random.Random, wording: Wording | None = None
) -> dict[str, Any]:
    rec = copy.copy(rec)
    if wording is not None and rec.get("title"):
        rec["title"] = wording.title(rec["type"], lang, rng) or rec["title"]
    header = []
    for field, label, value in rec.get("header", ()):
        if field and rng.random() < DROP_LABEL:
            if field == "worker_name":
                rec["sign"] = None  # a signed name gives the worker: none is left to give it
            continue
        header.append((field, _reworded(field, label, lang, rng, wording), value))
    rec["header"] = header
    sections = []
    for section in rec.get("sections", ()):
        if section == PAGEBREAK:
            continue
        field, heading, body = section
        if field and field != "entries" and heading:
            roll = rng.random()
            if roll < DROP_SECTION:
                continue
            if roll < DROP_SECTION + PLACEHOLDER_SECTION:
                body = Missing(rng.choice(vocab.PLACEHOLDERS))
            heading = _reworded(field, heading, lang, rng, wording)
        sections.append((field, heading, body))
    rec["sections"] = sections
    return rec


def _with_breaks(rec: dict[str, Any], breaks: int, rng: random.Random) -> dict[str, Any]:
    sections = list(rec["sections"])
    slots = sorted(rng.sample(range(1, len(sections)), min(breaks, max(len(sections) - 1, 0))))
    for offset, at in enumerate(slots):
        sections.insert(at + offset, PAGEBREAK)
    return {**rec, "sections": sections}


def random_document(
    rng: random.Random, kind: str, index: int, wording: Wording | None = None
) -> dict[str, Any]:
    """Return a varied sample document of 1–6 pages aimed at format `kind`, in `wording`."""
    pool = [d for d in documents() if d["format"] != "word_pdf"]
    base = rng.choice(pool)
    doc = _rename_and_redate(copy.deepcopy(base), rng)
    pages = rng.randint(1, 6)
    lang = doc["lang"]
    records = [_vary_record(r, lang, rng, wording) for r in doc["records"]]
    same_lang = [d for d in pool if d["lang"] == lang and d["records"][0]["type"] != "unknown"]
    while records[0]["type"] != "unknown" and len(records) < pages // 2:
        extra = _rename_and_redate(copy.deepcopy(rng.choice(same_lang)), rng)
        records += [_vary_record(r, lang, rng, wording) for r in extra["records"]]
    spare = max(pages - len(records), 0)
    records = [_with_breaks(r, spare // len(records), rng) for r in records]
    style = {
        "font": rng.choice(FONTS),
        "size": rng.choice((10.5, 11, 11.5, 12)),
        "header": rng.choice(("lines", "lines", "table", "inline")),
        "heading": rng.choice(HEADINGS),
        "bold_speakers": rng.random() < 0.4,
        "word_lists": rng.random() < 0.5,
    }
    if rng.random() < 0.5:
        style["footer"] = (
            "Halaman {page} dari {pages}" if lang == "id" else "Page {page} of {pages}"
        )
    letterhead = doc.get("letterhead")
    if letterhead:
        letterhead = {
            **letterhead,
            "mode": "every" if len(records) > 1 else rng.choice(("every", "first")),
        }
    return {
        "stem": f"doc_{index:05d}",
        "format": kind,
        "lang": lang,
        "letterhead": letterhead,
        "style": style,
        "records": records,
        "seed": rng.randrange(2**31),
    }


def _render(doc: dict[str, Any]) -> tuple[bytes, str, int, list[tuple[int, int]], bool]:
    if doc["format"] == "docx":
        data, pages, ranges = render_docx(doc)
        return data, "docx", pages, ranges, False
    data, pages, ranges = render_pdf(doc)
    if doc["format"] == "scan":
        data, pages = scan_pdf(data, doc["seed"], ARCHIVE_SCAN_DPI, ARCHIVE_SCAN_DPI)
        return data, "pdf", pages, ranges, True
    return data, "pdf", pages, ranges, False


def _damage(data: bytes, ext: str, rng: random.Random) -> tuple[bytes, str, str]:
    """Return (bytes, extension, reason) of a damaged version of a rendered file."""
    how = rng.choice(("truncated", "empty", "text"))
    if how == "truncated":
        return data[: int(len(data) * rng.uniform(0.2, 0.7))], ext, "truncated"
    if how == "empty":
        return b"", ext, "zero bytes"
    text = "Notulen rapat staf 12 Maret 2024\nBukan dokumen PDF atau Word.\n"
    return text.encode("utf-8"), ext, "plain text under a document extension"


def make_archive(
    out_dir: Path,
    n: int,
    seed: int = 0,
    mix: dict[str, float] | None = None,
    *,
    gold_dir: Path | None = None,
    wording: Wording | None = None,
) -> list[Path]:
    """Write `n` randomised documents to `out_dir` and return their paths, in order.

    `mix` weights the formats `docx`, `pdf` (born-digital) and `scan` (image-only
    PDF); it defaults to 50/30/20. About 3% of the files are damaged. With
    `gold_dir`, each readable file gets its gold JSON there and `damaged.json`
    lists the damaged ones with the reason. With `wording`, every heading, label
    and title is written in its words (where it has some for the field or type).
    """
    rng = random.Random(seed)
    weights = mix or DEFAULT_MIX
    kinds, shares = zip(*weights.items(), strict=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    if gold_dir is not None:
        gold_dir.mkdir(parents=True, exist_ok=True)
    paths, damaged = [], {}
    for i in range(n):
        kind = rng.choices(kinds, shares)[0]
        doc = random_document(rng, kind, i, wording)
        data, fmt, pages, ranges, scanned = _render(doc)
        ext = ".docx" if fmt == "docx" else ".pdf"
        name = doc["stem"] + ext
        if rng.random() < DAMAGED_SHARE:
            data, ext, reason = _damage(data, ext, rng)
            damaged[name] = reason
        elif gold_dir is not None:
            gold = file_gold(doc, f"{out_dir.name}/{name}", data, fmt, pages, ranges, scanned)
            (gold_dir / f"{doc['stem']}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        path = out_dir / name
        path.write_bytes(data)
        paths.append(path)
    if gold_dir is not None:
        (gold_dir / "damaged.json").write_text(
            json.dumps(damaged, indent=2) + "\n", encoding="utf-8"
        )
    return paths

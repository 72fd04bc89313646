"""The audit as one self-contained HTML page: inline CSS and JS, no network, bilingual UI.

The page opens from a USB stick in any current browser: nothing is fetched (a
Content-Security-Policy forbids it), fonts are the system's. Every value from the
records (names, paths, labels) is escaped; the script reads only the DOM.

Stable hooks for tests and for anyone scraping the page: `data-metric` on each
number (`files`, `records`, `complete-rate`, `complete-records`, `unreadable-files`,
`reviewed` and `corrections` when the run was reviewed (`casenotes review`),
`type-rate`, `worker-rate`, `month-rate`, `field-missing`, `visible-rows`,
`visible-workers`, `not-assessed`) with the exact value in `data-value`,
`data-key` on group rates, and ids `heatmap`, `records`, `filter-text`,
`filter-type`, `filter-incomplete`, `show-all-fields`, `filter-worker`,
`show-earlier-months`, `unreadable` (the list of inputs the run could not read).
Shares in `data-value` are written as in the summary CSV (4 decimals).

Bounded for a big run: the workers list shows the WORKERS_SHOWN with the most
incomplete records (a filter box finds any other), and the months chart the
latest RECENT_MONTHS months, older ones summed in one column until asked for.
"""

from __future__ import annotations

import functools
import html
import json
import math
import posixpath
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any

from pipeline.reports.audit import (
    RECENT_MONTHS,
    AuditReport,
    FieldGap,
    FieldRef,
    Lang,
    Rate,
    format_share,
    workers_by_need,
)
from pipeline.version import __version__

# A group at or above GOOD_RATE is drawn green, at or above FAIR_RATE amber, else red.
# Complete records are the norm; under 60% is a pattern to discuss, not an occasional slip.
GOOD_RATE = 0.9
FAIR_RATE = 0.6

# Heatmap colour stops (share missing -> RGB), from pale green (nothing missing)
# through yellow to dark red (always missing). Dark cells take white text.
HEAT_STOPS: tuple[tuple[float, tuple[int, int, int]], ...] = (
    (0.0, (237, 247, 237)),
    (0.01, (255, 243, 196)),
    (0.35, (253, 174, 97)),
    (0.7, (215, 48, 39)),
    (1.0, (140, 16, 32)),
)
DARK_CELL_SHARE = 0.55
# Twenty bars fit a screen beside the by-type chart; the rest are a filter away.
WORKERS_SHOWN = 20
NOT_ASSESSED_MARK = "—"  # the Complete cell of a document that is not a case note
LEGEND_SHARES = (0.0, 0.25, 0.5, 0.75, 1.0)

# The page's words in both languages are data (audit_ui.json); its style and script are
# plain files (static/), inlined into the page so that it loads nothing.
UI_FILE = "audit_ui.json"
STATIC = "static"


@functools.cache
def _ui() -> Mapping[str, Mapping[str, str]]:
    data: dict[str, Any] = json.loads(
        resources.files("pipeline.reports").joinpath(UI_FILE).read_text("utf-8")
    )
    return {key: words for key, words in data.items() if not key.startswith("_")}


@functools.cache
def _static(name: str) -> str:
    return resources.files("pipeline.reports").joinpath(STATIC, name).read_text("utf-8")


def _t(key: str, lang: Lang) -> str:
    return _ui()[key][lang]


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def format_percent(share: float) -> str:
    """Return a share as a whole percent; only exactly none or all reads 0% or 100%.

    199 of 200 rounds to 100%, which would hide the one incomplete record from a
    supervisor, so a share strictly between 0 and 1 is kept within 1%..99%.
    """
    percent = math.floor(share * 100 + 0.5)
    if 0 < share < 1:
        percent = min(max(percent, 1), 99)
    return f"{percent}%"


def _rate_class(share: float) -> str:
    return "good" if share >= GOOD_RATE else "fair" if share >= FAIR_RATE else "poor"


def heat_colour(share: float) -> tuple[str, str]:
    """Return (background, text) CSS colours for a missing share in [0, 1]."""
    share = min(max(share, 0.0), 1.0)
    rgb = HEAT_STOPS[-1][1]
    for (low, low_rgb), (high, high_rgb) in zip(HEAT_STOPS, HEAT_STOPS[1:], strict=False):
        if share <= high:
            t = (share - low) / (high - low)
            rgb = (
                round(low_rgb[0] + (high_rgb[0] - low_rgb[0]) * t),
                round(low_rgb[1] + (high_rgb[1] - low_rgb[1]) * t),
                round(low_rgb[2] + (high_rgb[2] - low_rgb[2]) * t),
            )
            break
    background = "#{:02x}{:02x}{:02x}".format(*rgb)
    return background, "#ffffff" if share >= DARK_CELL_SHARE else "#1f2328"


# --- page parts --------------------------------------------------------------------------------


def _card(metric: str, value: str, label: str, data_value: str, extra: str = "") -> str:
    return (
        f'<div class="card card-{_e(metric)}">'
        f'<span class="card-value" data-metric="{_e(metric)}" data-value="{_e(data_value)}">'
        f"{_e(value)}</span>"
        f'<span class="card-label">{_e(label)}</span>{extra}</div>'
    )


def _summary(report: AuditReport, lang: Lang) -> str:
    total = report.total
    of = _t("complete_of", lang).format(complete=total.complete, records=total.records)
    rate_extra = (
        f'<span class="card-sub" data-metric="complete-records" data-value="{total.complete}">'
        f"{_e(of)}</span>"
    )
    return (
        '<section class="cards" aria-label="summary">'
        + _card("complete-rate", format_percent(total.share), _t("complete", lang),
                format_share(total.share), rate_extra)
        + _card("records", str(total.records), _t("records", lang), str(total.records),
                _not_assessed_sub(report, lang))
        + _card("files", str(report.files), _t("files", lang), str(report.files))
        + _card("unreadable-files", str(report.unreadable), _t("unreadable", lang),
                str(report.unreadable))
        + _review_card(report, lang)
        + "</section>"
    )  # fmt: skip


def _not_assessed_sub(report: AuditReport, lang: Lang) -> str:
    n = report.not_assessed
    if not n:
        return ""
    return (
        f'<span class="card-sub" data-metric="not-assessed" data-value="{n}">'
        f"{_e(_t('not_assessed_sub', lang).format(n=n))}</span>"
    )


def _unreadable(report: AuditReport, lang: Lang) -> str:
    """Return the section naming each input the run could not read, or "" when there is none."""
    if not report.failures:
        return ""
    rows = "".join(
        f'<tr data-kind="{_e(f.kind)}"><td class="file">{_e(f.path)}</td>'
        f'<td title="{_e(f.kind)}">{_e(_t("kind_" + f.kind, lang))}</td>'
        f"<td>{_e(f.reason)}</td></tr>"
        for f in report.failures
    )
    table = (
        f'<p class="note">{_e(_t("unreadable_note", lang))}</p>'
        f'<div class="scroll tall"><table id="unreadable"><thead><tr>'
        f'<th scope="col">{_e(_t("col_file", lang))}</th>'
        f'<th scope="col">{_e(_t("col_kind", lang))}</th>'
        f'<th scope="col">{_e(_t("col_reason", lang))}</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )
    return _section(_t("unreadable_list", lang), table, "unreadable-files")


def _review_card(report: AuditReport, lang: Lang) -> str:
    review = report.review
    if review is None:
        return ""
    text = _t("corrections", lang).format(
        corrections=review.corrections, records=review.corrected_records
    )
    extra = (
        f'<span class="card-sub" data-metric="corrections" data-value="{review.corrections}">'
        f"{_e(text)}</span>"
    )
    return _card(
        "reviewed", str(review.reviewed), _t("reviewed", lang), str(review.reviewed), extra
    )


def _skipped(report: AuditReport, lang: Lang) -> str:
    if not report.skipped:
        return ""
    items = "".join(f"<li><code>{_e(s.label)}</code>: {_e(s.reason)}</li>" for s in report.skipped)
    return (
        f'<details class="warning" id="skipped"><summary>{_e(_t("skipped", lang))}: '
        f'<span data-metric="skipped-outputs" data-value="{len(report.skipped)}">'
        f"{len(report.skipped)}</span></summary><ul>{items}</ul></details>"
    )


def _group_label(rate: Rate, lang: Lang, none_key: str) -> str:
    return rate.label if rate.label is not None else _t(none_key, lang)


def _bars(
    rates: Sequence[Rate], metric: str, lang: Lang, none_key: str, shown: int | None = None
) -> str:
    """Return one bar per rate; past the first `shown` (None: all) they start hidden."""
    rows = []
    for rank, rate in enumerate(rates):
        label = _group_label(rate, lang, none_key)
        of = _t("complete_of", lang).format(complete=rate.complete, records=rate.records)
        width = f"{rate.share * 100:.1f}%"
        hidden = " hidden" if shown is not None and rank >= shown else ""
        rows.append(
            f'<div class="bar-row" data-rank="{rank}"{hidden} '
            f'data-metric="{metric}" data-key="{_e(rate.key or "")}" '
            f'data-value="{format_share(rate.share)}" data-complete="{rate.complete}" '
            f'data-records="{rate.records}" title="{_e(of)}">'
            f'<span class="bar-label">{_e(label)}</span>'
            f'<span class="bar-track"><span class="bar-fill {_rate_class(rate.share)}" '
            f'style="width:{width}"></span></span>'
            f'<span class="bar-value"><b>{format_percent(rate.share)}</b> '
            f"<small>{rate.complete}/{rate.records}</small></span></div>"
        )
    return f'<div class="bars">{"".join(rows)}</div>'


def _workers(report: AuditReport, lang: Lang) -> str:
    """Return the workers' bars, most incomplete first, the first WORKERS_SHOWN visible."""
    ranked = workers_by_need(report.by_worker)
    more = max(len(ranked) - WORKERS_SHOWN, 0)
    note = (
        _t("workers_more", lang).format(shown=WORKERS_SHOWN, more=more)
        if more
        else _t("workers_order", lang)
    )
    shown = min(len(ranked), WORKERS_SHOWN)
    return (
        '<div class="controls">'
        f'<input type="search" id="filter-worker" placeholder="{_e(_t("find_worker", lang))}" '
        f'aria-label="{_e(_t("find_worker", lang))}">'
        f'<span class="count"><span id="visible-workers" data-metric="visible-workers" '
        f'data-value="{shown}">{shown}</span> / {len(ranked)}</span></div>'
        f'<p class="note" id="workers-note">{_e(note)}</p>'
        f'<div id="workers">{_bars(ranked, "worker-rate", lang, "not_recorded", WORKERS_SHOWN)}</div>'
    )


def _months(report: AuditReport, lang: Lang) -> str:
    """Return the by-month chart: the latest months, older ones summed first until asked for."""
    view = report.months
    earlier = ""
    toggle = ""
    if view.earlier_total is not None:
        n = len(view.earlier)
        summed = Rate(view.earlier_total.key, _t("earlier_months", lang).format(n=n),
                      view.earlier_total.records, view.earlier_total.complete)  # fmt: skip
        earlier = _columns((summed,), lang, "month-earlier", "month-sum") + _columns(
            view.earlier, lang, "month-rate", "month-old", hidden=True
        )
        toggle = (
            f'<label class="toggle"><input type="checkbox" id="show-earlier-months"> '
            f"{_e(_t('show_earlier_months', lang).format(n=n))}</label>"
            f'<p class="note">{_e(_t("months_note", lang).format(n=RECENT_MONTHS))}</p>'
        )
    undated = (view.undated,) if view.undated is not None else ()
    recent = _columns((*view.recent, *undated), lang, "month-rate", "")
    return f'<div class="columns" id="months">{earlier}{recent}</div>{toggle}'


def _columns(
    rates: Sequence[Rate], lang: Lang, metric: str, css: str, *, hidden: bool = False
) -> str:
    """Return one column per month, oldest first, so a trend reads left to right."""
    columns = []
    for rate in rates:
        label = _group_label(rate, lang, "no_date")
        of = _t("complete_of", lang).format(complete=rate.complete, records=rate.records)
        columns.append(
            f'<div class="col {css}"{" hidden" if hidden else ""} '
            f'data-metric="{metric}" data-key="{_e(rate.key or "")}" '
            f'data-value="{format_share(rate.share)}" data-complete="{rate.complete}" '
            f'data-records="{rate.records}" title="{_e(label)}: {_e(of)}">'
            f'<span class="col-value">{format_percent(rate.share)}</span>'
            f'<span class="col-track"><span class="col-fill {_rate_class(rate.share)}" '
            f'style="height:{rate.share * 100:.1f}%"></span></span>'
            f'<span class="col-label">{_e(label)}</span>'
            f'<span class="col-count">{rate.complete}/{rate.records}</span></div>'
        )
    return "".join(columns)


def _heat_cell(gap: FieldGap | None, lang: Lang) -> str:
    if gap is None:
        return '<td class="na" aria-label="-">·</td>'
    background, colour = heat_colour(gap.share)
    of = _t("missing_of", lang).format(missing=gap.missing, records=gap.records)
    return (
        f'<td class="heat {gap.level}" data-metric="field-missing" data-type="{_e(gap.record_type)}" '
        f'data-field="{_e(gap.key)}" data-value="{format_share(gap.share)}" '
        f'data-missing="{gap.missing}" data-records="{gap.records}" title="{_e(of)}" '
        f'style="background:{background};color:{colour}">{format_percent(gap.share)}</td>'
    )


def _heatmap(report: AuditReport, lang: Lang) -> str:
    """Return the fields x record types table; fields never missing start hidden."""
    by_field: dict[str, dict[str, FieldGap]] = {}
    for gap in report.field_gaps:
        by_field.setdefault(gap.key, {})[gap.record_type] = gap
    # A type with no audited field (`unknown`) would be a column of dots.
    audited = {gap.record_type for gap in report.field_gaps}
    types = [r.key for r in report.by_type if r.key in audited]
    head = "".join(
        f'<th scope="col" data-type="{_e(r.key)}"><span>{_e(r.label)}</span>'
        f"<small>n = {r.records}</small></th>"
        for r in report.by_type
        if r.key in audited
    )
    body = []
    never_missing = 0
    for key, gaps in by_field.items():
        quiet = all(g.missing == 0 for g in gaps.values())
        never_missing += quiet
        label = next(iter(gaps.values())).label
        cells = "".join(_heat_cell(gaps.get(t or ""), lang) for t in types)
        hidden = ' class="never-missing" hidden' if quiet else ""
        body.append(
            f'<tr data-field="{_e(key)}"{hidden}><th scope="row">{_e(label)}</th>{cells}</tr>'
        )
    toggle = (
        f'<label class="toggle"><input type="checkbox" id="show-all-fields"> '
        f"{_e(_t('show_all_fields', lang).format(n=never_missing))}</label>"
        if never_missing
        else ""
    )
    all_good = bool(by_field) and never_missing == len(by_field)
    empty = f'<p class="all-good">{_e(_t("none_missing", lang))}</p>' if all_good else ""
    legend = "".join(
        f'<span style="background:{heat_colour(s)[0]};color:{heat_colour(s)[1]}">{format_percent(s)}</span>'
        for s in LEGEND_SHARES
    )
    return (
        f'<p class="note">{_e(_t("heatmap_note", lang))}</p>'
        f'<div class="legend" aria-hidden="true">{legend}'
        f'<span class="legend-required">{_e(_t("required", lang))}</span></div>{empty}'
        f'<div class="scroll"><table class="heatmap" id="heatmap"><thead><tr>'
        f'<th scope="col">{_e(_t("field", lang))}</th>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>{toggle}"
    )


def missing_text(refs: Sequence[FieldRef]) -> str:
    """Return the missing fields as one line, a nested field once with its entry numbers.

    "Entries › Client name (#1, #6, #13)" reads better in a table cell than one
    "Entries N › Client name" per entry; the CSV keeps one label per entry.
    """
    entries: dict[str, list[int]] = {}
    labels: dict[str, str] = {}
    for ref in refs:
        labels.setdefault(ref.key, ref.key_label if ref.entry is not None else ref.label)
        if ref.entry is not None:
            entries.setdefault(ref.key, []).append(ref.entry + 1)
    return ", ".join(
        f"{label} ({', '.join(f'#{n}' for n in entries[key])})" if key in entries else label
        for key, label in labels.items()
    )


# Sorting the status column puts what needs a supervisor first.
_STATUS_ORDER = {"incomplete": 0, "needs_review": 1, "complete": 2, "not_assessed": 3}


def _badge(status: str, lang: Lang) -> str:
    css = {"complete": "yes", "needs_review": "check"}.get(status, "no")
    return f'<span class="badge {css}">{_e(_t("status_" + status, lang))}</span>'


def _missing_cell(refs: Sequence[FieldRef]) -> str:
    # Sort key is the count: "most gaps first" is what a supervisor sorts this column for.
    return f'<td class="missing" data-sort="{len(refs)}">{_e(missing_text(refs))}</td>'


def common_folder(files: Sequence[str]) -> str:
    """Return the folder all `files` lie in ("samples/notes"), or "" when they share none."""
    try:
        return posixpath.commonpath([posixpath.dirname(f) for f in files]) if files else ""
    except ValueError:  # absolute and relative paths mixed
        return ""


def _records_table(report: AuditReport, lang: Lang) -> str:
    rows = report.rows
    per_file = Counter(row.file for row in rows)
    # The folder every file shares is said once above the table, not in each row.
    folder = common_folder([row.file for row in rows])
    cut = len(folder) + 1 if folder else 0
    columns = (
        ("col_file", "text"),
        ("col_type", "text"),
        ("col_worker", "text"),
        ("col_client", "text"),
        ("col_date", "text"),
        ("col_complete", "number"),
        ("col_missing_required", "number"),
        ("col_missing_recommended", "number"),
        ("col_needs_review", "number"),
    )
    head = "".join(
        f'<th scope="col" data-column="{key.removeprefix("col_")}" data-sort-type="{kind}">'
        f'<button type="button">{_e(_t(key, lang))}</button></th>'
        for key, kind in columns
    )
    body = []
    for order, row in enumerate(rows):
        number = (
            f' <span class="idx">#{row.record_index + 1}</span>' if per_file[row.file] > 1 else ""
        )
        badge = _badge(row.status, lang)
        if not row.assessed:
            badge = (
                f'<span class="badge na" title="{_e(_t("not_assessed_title", lang))}">'
                f"{NOT_ASSESSED_MARK}</span>"
            )
        complete = ("yes" if row.complete else "no") if row.assessed else "n/a"
        body.append(
            f'<tr data-order="{order}" data-type="{_e(row.record_type)}" '
            f'data-complete="{complete}" data-status="{row.status}">'
            f'<td class="file" title="{_e(row.file)}">{_e(row.file[cut:])}{number}</td>'
            f"<td>{_e(row.type_label)}</td>"
            f"<td>{_e(row.worker or '')}</td>"
            f"<td>{_e(row.client or '')}</td>"
            f'<td class="date">{_e(row.date or "")}</td>'
            f'<td data-sort="{_STATUS_ORDER[row.status]}">{badge}</td>'
            f"{_missing_cell(row.missing_required)}{_missing_cell(row.missing_recommended)}"
            f"{_missing_cell(row.needs_review)}</tr>"
        )
    options = "".join(
        f'<option value="{_e(rate.key)}">{_e(rate.label)}</option>' for rate in report.by_type
    )
    caption = (
        f'<p class="note" id="folder">{_e(_t("folder", lang))}: <code>{_e(folder)}/</code></p>'
        if folder
        else ""
    )
    shown = _e(_t("shown", lang)).format(
        shown=f'<span id="visible-rows" data-metric="visible-rows" data-value="{len(rows)}">'
        f"{len(rows)}</span>",
        total=len(rows),
    )
    return (
        '<div class="controls">'
        f'<input type="search" id="filter-text" placeholder="{_e(_t("search", lang))}" '
        f'aria-label="{_e(_t("search", lang))}">'
        f'<select id="filter-type" aria-label="{_e(_t("col_type", lang))}">'
        f'<option value="">{_e(_t("all_types", lang))}</option>{options}</select>'
        f'<label class="toggle"><input type="checkbox" id="filter-incomplete"> '
        f"{_e(_t('only_incomplete', lang))}</label>"
        f'<span class="count">{shown}</span></div>{caption}'
        f'<div class="scroll"><table id="records"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def _notes(report: AuditReport, lang: Lang) -> str:
    dates = "".join(
        f"<li>{_e(s.type_label)}: {_e(s.field_label)}{' ' + _e(_t('first', lang)) if s.first else ''}</li>"
        for s in report.date_sources
    )
    names = _t("names_shown" if report.options.show_names else "names_masked", lang)
    undated = (
        f"<li>{_e(_t('note_undated', lang))} {_e(', '.join(report.undated_types))}</li>"
        if report.undated_types
        else ""
    )
    return (
        f"<footer><h2>{_e(_t('notes', lang))}</h2><ul>"
        f"<li>{_e(_t('note_complete', lang))}</li><li>{_e(_t('note_review', lang))}</li>"
        f"<li>{_e(_t('note_unreadable', lang))}</li>"
        f"<li>{_e(_t('note_not_assessed', lang).format(n=report.not_assessed))}</li>"
        f"{undated}"
        f"<li>{_e(names)}</li>"
        f"<li>{_e(_t('note_dates', lang))}<ul>{dates}</ul></li></ul>"
        f'<p class="version">casenotes {_e(__version__)}</p></footer>'
    )


def _section(title: str, content: str, section_id: str) -> str:
    return f'<section id="{section_id}"><h2>{_e(title)}</h2>{content}</section>'


def render_html(report: AuditReport, generated: str) -> str:
    """Return the whole report page; `generated` is the time to print under the title."""
    lang = report.options.lang
    names = _t("names_shown" if report.options.show_names else "names_masked", lang)
    parts: Iterable[str] = (
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # Belt and braces for "no network": even a stray URL in case data cannot load.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">",
        f"<title>{_e(_t('title', lang))}</title><style>{_static('audit.css')}</style></head><body>",
        f"<header><h1>{_e(_t('title', lang))}</h1>",
        f'<p class="meta">{_e(_t("generated", lang))}: {_e(generated)} · {_e(names)}</p></header>',
        "<main>",
        _summary(report, lang),
        _skipped(report, lang),
        _unreadable(report, lang),
        '<div class="grid">',
        _section(_t("by_type", lang), _bars(report.by_type, "type-rate", lang, "not_recorded"),
                 "by-type"),
        _section(_t("by_worker", lang), _workers(report, lang), "by-worker"),
        "</div>",
        _section(_t("by_month", lang), _months(report, lang), "by-month"),
        _section(_t("heatmap", lang), _heatmap(report, lang), "missing-fields"),
        _section(_t("records_table", lang), _records_table(report, lang),
                 "record-list"),
        "</main>",
        _notes(report, lang),
        f"<script>{_static('audit.js').replace('WORKERS_SHOWN', str(WORKERS_SHOWN))}</script>",
        "</body></html>",
    )  # fmt: skip
    return "\n".join(parts) + "\n"

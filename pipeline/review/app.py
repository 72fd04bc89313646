"""The review app: Starlette routes over one run's review store, pages and schemas.

Every request must carry the session token: as `Authorization: Bearer …`, as
`?token=…`, or in the cookie the first page visit sets (HttpOnly,
SameSite=Strict; the page then drops the token from its address). Without a
token a request gets 401, with a wrong one 403. A write (PUT, POST) needs the
token in the Authorization header, which another site's page cannot set, and
is refused (403) when its `Origin` or `Sec-Fetch-Site` says it came from
another origin. When bound to a loopback address, a `Host` that is not a
loopback name is refused too (DNS rebinding). Refusals write nothing.

Every response carries a strict Content-Security-Policy: the page's script and
style come from this server only, nothing from the network, no inline code.
Values are checked by `corrections.parse_value` (422 with a one-line reason).
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pipeline.errors import CasenotesError
from pipeline.records import STATUSES, UNKNOWN_TYPE, status_of
from pipeline.reports.headings import FieldIndex, heading_key
from pipeline.review.corrections import (
    RESOLUTIONS,
    Change,
    ValueRefused,
    corrected,
    field_spec,
    parse_value,
    review_entries,
)
from pipeline.review.pages import Pages
from pipeline.review.store import QueueFilter, QueueRow, ReviewStore
from pipeline.review.teach import assignment, learned_dir, rerun_command, write_learned
from pipeline.specs import FieldSpec, SchemaSet

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)
_STATIC = {"review.js": "text/javascript", "review.css": "text/css"}
_WRITE_METHODS = frozenset({"PUT", "POST", "PATCH", "DELETE"})
_FOREIGN_FETCH_SITES = frozenset({"cross-site", "same-site"})
_NO_BOXES = (
    "The run's evidence names a page and the heading or label, not a position on the page: "
    "nothing is outlined."
)


@dataclass(frozen=True)
class ReviewConfig:
    out_dir: Path
    token: str
    reviewer: str
    host: str = "127.0.0.1"
    port: int = 8765

    @property
    def cookie(self) -> str:
        # Cookies are per host, not per port: two review servers must not share one.
        return f"casenotes_review_{self.port}"


class _SecurityHeaders:
    """Adds the CSP and its companions to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *_SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


Handler = Callable[[Request], Awaitable[Response]]


class ReviewApp:
    """Holds what the routes share; `asgi()` returns the Starlette application."""

    def __init__(
        self, config: ReviewConfig, store: ReviewStore, pages: Pages, schemas: SchemaSet
    ) -> None:
        self.config = config
        self.store = store
        self.pages = pages
        self.schemas = schemas
        self.suggester = FieldIndex(schemas)
        self.templates = Environment(
            loader=PackageLoader("pipeline.review", "templates"),
            autoescape=select_autoescape(default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def asgi(self) -> ASGIApp:
        g = self._guard
        routes = [
            Route("/", g(self.queue_page, write=False)),
            Route("/records/{id}", g(self.record_page, write=False)),
            Route("/pages/{id}/{page:int}", g(self.page_image, write=False)),
            Route("/static/{name}", g(self.static, write=False)),
            Route("/favicon.ico", _no_icon),
            Route("/api/records", g(self.api_records, write=False)),
            Route("/api/records/{id}", g(self.api_record, write=False)),
            Route("/api/records/{id}/fields/{name}", g(self.put_field, True), methods=["PUT"]),
            Route("/api/records/{id}/type", g(self.put_type, True), methods=["PUT"]),
            Route("/api/records/{id}/reviewed", g(self.post_reviewed, True), methods=["POST"]),
            Route("/api/headings", g(self.post_heading, True), methods=["POST"]),
        ]
        return _SecurityHeaders(Starlette(routes=routes))

    # --- the token and where a request comes from -----------------------------------------------

    def _guard(self, handler: Handler, write: bool) -> Handler:
        async def endpoint(request: Request) -> Response:
            refusal = self._refusal(request, write)
            if refusal is not None:
                status, reason = refusal
                return _error(request, status, reason)
            return await handler(request)

        return endpoint

    def _valid(self, token: str | None) -> bool:
        return token is not None and hmac.compare_digest(token.encode(), self.config.token.encode())

    def _refusal(self, request: Request, write: bool) -> tuple[int, str] | None:
        if self.config.host in LOOPBACK_HOSTS:
            host = request.headers.get("host", "").rsplit(":", 1)[0]
            if host not in LOOPBACK_HOSTS:
                return 403, "unexpected Host header (this server answers on loopback only)"
        auth = request.headers.get("authorization", "")
        header = auth[7:].strip() if auth[:7].lower() == "bearer " else None
        supplied = (
            header or request.query_params.get("token") or request.cookies.get(self.config.cookie)
        )
        if write or request.method in _WRITE_METHODS:
            origin = request.headers.get("origin")
            own = f"{request.url.scheme}://{request.headers.get('host', '')}"
            if origin is not None and origin != own:
                return 403, f"cross-site write refused (Origin {origin})"
            if request.headers.get("sec-fetch-site") in _FOREIGN_FETCH_SITES:
                return 403, "cross-site write refused (Sec-Fetch-Site)"
            if header is None:
                if self._valid(supplied):
                    return 403, "writes need the token in the Authorization header"
                return 401, "no token (send Authorization: Bearer TOKEN)"
            return None if self._valid(header) else (403, "wrong token")
        if not supplied:
            return 401, "no token (open the address casenotes review printed)"
        return None if self._valid(supplied) else (403, "wrong token")

    # --- pages -------------------------------------------------------------------------------

    def _render(self, name: str, **context: Any) -> HTMLResponse:
        html = self.templates.get_template(name).render(
            token=self.config.token, reviewer=self.config.reviewer, **context
        )
        return HTMLResponse(html, headers={"cache-control": "no-store"})

    def _with_cookie(self, request: Request) -> Response | None:
        """Return a redirect that moves a `?token=` into the cookie, or None when there is none."""
        if "token" not in request.query_params:
            return None
        rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
        target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(
            self.config.cookie,
            self.config.token,
            httponly=True,
            samesite="strict",
            path="/",
        )
        return response

    async def queue_page(self, request: Request) -> Response:
        if (redirect := self._with_cookie(request)) is not None:
            return redirect
        where, offset, limit = _queue_args(request)
        rows, total = self.store.queue(where, offset, limit)
        args = _filter_args(where)
        return self._render(
            "queue.html",
            rows=rows,
            total=total,
            offset=offset,
            limit=limit,
            where=where,
            facets=self.store.facets(),
            statuses=STATUSES,
            query=urlencode(args),
            prev_page=urlencode({**args, "offset": max(offset - limit, 0)}) if offset else None,
            next_page=urlencode({**args, "offset": offset + limit})
            if offset + limit < total
            else None,
            type_label=self._type_label,
        )

    async def record_page(self, request: Request) -> Response:
        if (redirect := self._with_cookie(request)) is not None:
            return redirect
        row = self.store.row(request.path_params["id"])
        if row is None:
            return _error(request, 404, "no record with this id in the run")
        where, _, _ = _queue_args(request)
        previous, following = self.store.neighbours(row, where)
        original, current = self._current(row.id)
        spec = self.schemas.get(str(current.get("record_type")))
        language = current.get("language") if isinstance(current.get("language"), str) else None
        view = await run_in_threadpool(
            self.pages.view, row.source_path, row.source_format, row.source_sha256
        )
        first_page = _first_page(current)
        return self._render(
            "record.html",
            row=row,
            record=current,
            fields=_form_fields(spec, current, original, language),
            unmatched=self._unmatched(current, spec),
            review=review_entries(current),
            view=view,
            first_page=first_page,
            boxes_note=_NO_BOXES,
            types=[*self.schemas.records, UNKNOWN_TYPE],
            type_label=self._type_label,
            query=urlencode(_filter_args(where)),
            previous=previous,
            following=following,
            history=self.store.history(row.id),
            reviewed=row.reviewed_by is not None,
            rerun_dir=learned_dir(self.config.out_dir),
            rerun=rerun_command(self.config.out_dir, [row.source_path]),
        )

    async def page_image(self, request: Request) -> Response:
        row = self.store.row(request.path_params["id"])
        if row is None:
            return _error(request, 404, "no record with this id in the run")
        try:
            path = await run_in_threadpool(
                self.pages.image,
                row.source_path,
                row.source_format,
                row.source_sha256,
                request.path_params["page"],
            )
        except CasenotesError as exc:
            return _error(request, 404, exc.message)
        return FileResponse(path, media_type="image/png", headers={"cache-control": "private"})

    async def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in _STATIC:
            return _error(request, 404, "no such file")
        text = resources.files("pipeline.review").joinpath("static", name).read_text("utf-8")
        return Response(text, media_type=_STATIC[name], headers={"cache-control": "no-cache"})

    # --- the JSON API ------------------------------------------------------------------------

    async def api_records(self, request: Request) -> Response:
        where, offset, limit = _queue_args(request)
        rows, total = self.store.queue(where, offset, limit)
        return JSONResponse(
            {
                "total": total,
                "offset": offset,
                "limit": limit,
                "records": [r.to_json() for r in rows],
            }
        )

    async def api_record(self, request: Request) -> Response:
        row = self.store.row(request.path_params["id"])
        if row is None:
            return _error(request, 404, "no record with this id in the run")
        return JSONResponse(self._record_json(row))

    async def put_field(self, request: Request) -> Response:
        row, body = await self._row_and_body(request)
        if row is None or body is None:
            return _error(request, 404 if row is None else 400, _bad_request(row))
        name = request.path_params["name"]
        original, current = self._current(row.id)
        resolution = body.get("resolution")
        pending = {e["field"] for e in review_entries(current)}
        try:
            if "value" not in body:
                raise ValueRefused('give {"value": …} (null clears the field)')
            spec = field_spec(self.schemas.get(str(current.get("record_type"))), name)
            new = None if body["value"] is None else parse_value(spec, body["value"])
            if resolution is not None and resolution not in RESOLUTIONS:
                raise ValueRefused(f"resolution: one of {', '.join(RESOLUTIONS)}")
            if resolution is not None and name not in pending:
                raise ValueRefused(f"{name}: nothing to resolve (not under needs_review)")
            if resolution == "missing" and new is not None:
                raise ValueRefused(f"{name}: a field found missing has no value (send null)")
            if resolution == "present" and new is None:
                raise ValueRefused(f"{name}: give the value found there")
        except ValueRefused as exc:
            return _error(request, 422, str(exc))
        fields = current.get("fields") or {}
        old = fields.get(name)
        changes: list[Change] = []
        if old != new:
            changes.append(Change("field", name, old, new))
        if name in pending and (resolution or new is not None):
            changes.append(Change("resolve", name, None, resolution or "present"))
        return self._save(row, original, changes)

    async def put_type(self, request: Request) -> Response:
        row, body = await self._row_and_body(request)
        if row is None or body is None:
            return _error(request, 404 if row is None else 400, _bad_request(row))
        new = body.get("type", body.get("record_type"))
        known = [*self.schemas.records, UNKNOWN_TYPE]
        if new not in known:
            return _error(request, 422, f"type: one of {', '.join(known)}")
        original, current = self._current(row.id)
        old = current.get("record_type")
        return self._save(row, original, [Change("type", None, old, new)] if old != new else [])

    async def post_reviewed(self, request: Request) -> Response:
        row = self.store.row(request.path_params["id"])
        if row is None:
            return _error(request, 404, "no record with this id in the run")
        original, _ = self._current(row.id)
        return self._save(row, original, [Change("reviewed", None, None, True)])

    async def post_heading(self, request: Request) -> Response:
        body = await _json_body(request)
        if body is None:
            return _error(request, 400, "the body must be a JSON object")
        row = self.store.row(str(body["record"])) if body.get("record") else None
        if body.get("record") and row is None:
            return _error(request, 404, "no record with this id in the run")
        record: Mapping[str, Any] = self._current(row.id)[1] if row else {}
        try:
            learned = assignment(
                str(body.get("heading") or ""),
                str(body.get("field") or ""),
                str(body.get("record_type") or record.get("record_type") or ""),
                body.get("language") or record.get("language"),
                self.schemas,
            )
        except ValueRefused as exc:
            return _error(request, 422, str(exc))
        self.store.learn(learned, self.config.reviewer)
        directory = write_learned(self.config.out_dir, self.store.learned())
        sources = [row.source_path] if row else []
        return JSONResponse(
            {
                "heading": learned.heading,
                "field": learned.field,
                "record_type": learned.record_type,
                "language": learned.language,
                "schema_dir": str(directory),
                "file": str(directory / f"{learned.record_type}.json"),
                "rerun": rerun_command(self.config.out_dir, sources),
            }
        )

    # --- helpers -----------------------------------------------------------------------------

    def _current(self, record_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        original = self.store.original(record_id) or {}
        return original, corrected(original, self.store.changes(record_id), self.schemas)

    def _record_json(self, row: QueueRow) -> dict[str, Any]:
        original, current = self._current(row.id)
        return {
            **row.to_json(),
            "record": current,
            "original": original,
            "history": self.store.history(row.id),
        }

    def _save(self, row: QueueRow, original: dict[str, Any], changes: list[Change]) -> Response:
        if changes:
            every = [*self.store.changes(row.id), *changes]
            status = status_of(corrected(original, every, self.schemas))
            self.store.add(row.id, changes, self.config.reviewer, status)
        fresh = self.store.row(row.id)
        return JSONResponse({**self._record_json(fresh or row), "saved": len(changes)})

    async def _row_and_body(
        self, request: Request
    ) -> tuple[QueueRow | None, dict[str, Any] | None]:
        row = self.store.row(request.path_params["id"])
        return row, await _json_body(request)

    def _type_label(self, record_type: str, language: str | None = None) -> str:
        spec = self.schemas.get(record_type)
        return spec.human_label(language) if spec else record_type

    def _unmatched(self, record: Mapping[str, Any], spec: Any) -> list[dict[str, Any]]:
        items = record.get("unmatched")
        if not isinstance(items, list):
            return []
        own = [spec.record_type] if spec else []
        learned = {(e.record_type, e.key): e.field for e in self.store.learned()}
        shown = []
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                continue
            key = heading_key(item["text"])
            suggestion = self.suggester.suggest(key, own)
            shown.append(
                {
                    "assigned": learned.get((own[0], key)) if own else None,
                    "text": item["text"],
                    "kind": item.get("kind") or "heading",
                    "page": item.get("page"),
                    "suggested": suggestion.field
                    if suggestion and suggestion.record_type in own
                    else None,
                }
            )
        return shown


async def _no_icon(request: Request) -> Response:
    # Browsers ask for it unprompted; an empty answer keeps the console free of 404s.
    return Response(status_code=204)


async def _json_body(request: Request) -> dict[str, Any] | None:
    try:
        body = json.loads(await request.body() or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) else None


def _bad_request(row: QueueRow | None) -> str:
    return "no record with this id in the run" if row is None else "the body must be a JSON object"


def _error(request: Request, status: int, reason: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": reason}, status_code=status)
    return PlainTextResponse(reason + "\n", status_code=status)


def _queue_args(request: Request) -> tuple[QueueFilter, int, int]:
    q = request.query_params
    reviewed = {"yes": True, "no": False}.get(q.get("reviewed", ""))
    where = QueueFilter(
        status=q.get("status") or None,
        record_type=q.get("type") or None,
        worker=q.get("worker") or None,
        file=q.get("file") or None,
        reviewed=reviewed,
    )
    offset = _int(q.get("offset"), 0)
    limit = min(max(_int(q.get("limit"), PAGE_SIZE), 1), MAX_PAGE_SIZE)
    return where, max(offset, 0), limit


def _int(text: str | None, default: int) -> int:
    return int(text) if text and text.isdigit() else default


def _filter_args(where: QueueFilter) -> dict[str, str]:
    args = {
        "status": where.status or "",
        "type": where.record_type or "",
        "worker": where.worker or "",
        "file": where.file or "",
        "reviewed": {True: "yes", False: "no"}.get(where.reviewed, "")
        if where.reviewed is not None
        else "",
    }
    return {k: v for k, v in args.items() if v}


def _first_page(record: Mapping[str, Any]) -> int:
    pages = record.get("pages")
    if isinstance(pages, list) and pages and isinstance(pages[0], int) and pages[0] > 0:
        return pages[0]
    return 1


def display_value(spec: FieldSpec | None, value: Any) -> str:
    """Return a field value as the form shows it: lists one item a line, entries as JSON."""
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, indent=1)
    return str(value)


def _missing_by_field(listed: Any) -> dict[str, list[str]]:
    """Return the listed missing paths by top-level field: `entries[2].date` under `entries`."""
    found: dict[str, list[str]] = {}
    for path in listed if isinstance(listed, list) else []:
        name = str(path).split("[")[0]
        found.setdefault(name, [])
        if name != path:
            found[name].append(str(path))
    return found


def _form_fields(
    spec: Any, current: Mapping[str, Any], original: Mapping[str, Any], language: str | None
) -> list[dict[str, Any]]:
    """Return the rows of the form: the type's fields in schema order, then any others present."""
    fields: Mapping[str, Any] = current.get("fields") or {}
    before: Mapping[str, Any] = original.get("fields") or {}
    evidence: Mapping[str, Any] = current.get("evidence") or {}
    missing_required = _missing_by_field(current.get("missing_required"))
    missing_recommended = _missing_by_field(current.get("missing_recommended"))
    pending = {e["field"]: e for e in review_entries(current)}
    specs: list[FieldSpec] = list(spec.fields) if spec else []
    names = [s.name for s in specs] + [n for n in fields if spec is None or not spec.has_field(n)]
    rows = []
    for name in names:
        field = next((s for s in specs if s.name == name), None)
        value = fields.get(name)
        ev = evidence.get(name) if isinstance(evidence.get(name), dict) else None
        rows.append(
            {
                "name": name,
                "label": field.human_label(language) if field else name,
                "kind": field.kind if field else "text",
                "level": field.level if field else "optional",
                "value": display_value(field, value),
                "present": name in fields,
                "changed": fields.get(name) != before.get(name),
                "missing": "required"
                if name in missing_required
                else ("recommended" if name in missing_recommended else None),
                "missing_paths": missing_required.get(name) or missing_recommended.get(name) or [],
                "review": pending.get(name),
                "evidence": ev,
                "choices": list(field.values) if field and field.values else [],
                "multiline": bool(
                    field and field.kind in ("narrative", "list", "dates", "entries")
                ),
            }
        )
    return rows

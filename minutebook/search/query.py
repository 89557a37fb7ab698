"""The one search interface: ``search(query, user, ...)`` over items, minutes, resolutions, actions, documents.

Whatever the user types is taken apart into plain words, quoted phrases, ``-word`` exclusions and
``word*`` prefixes, and the backend query is built from those alone, so no input can be a syntax
error. Rows are limited to what ``minutebook.store.visibility`` lets the user see before any snippet
is made, so Part 2 or draft text never reaches a snippet.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import CharField, Q, Value
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from minutebook.search import backends
from minutebook.search.models import SearchEntry
from minutebook.store import visibility
from minutebook.store.models import (
    Action, ActionOwner, AgendaItem, Attendance, Body, Document, Minute, Organisation, Person, Resolution,
)

MAX_QUERY_CHARS = 300
MAX_TERMS = 12
MAX_LIMIT = 100
# relevance is ranked among the newest CANDIDATES matches the user may see; with more, the count
# is a lower bound ("more than 200"). Matches are read newest first in chunks of CHUNK.
CANDIDATES = 200
CHUNK = 250
MAX_CHUNKS = 8
_WORD = re.compile(r"[^\W_]+")
_CHUNK = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    negate: bool = False
    prefix: bool = False


def parse_query(text: str) -> list[Term]:
    """Safe terms from anything a user may type: only letters and digits survive; AND, OR, NOT, NEAR are dropped."""
    terms: list[Term] = []
    for m in _CHUNK.finditer((text or "")[:MAX_QUERY_CHARS]):
        if m.group(3) is not None:
            chunk = m.group(3)
            negate = chunk.startswith("-") and len(chunk) > 1
            prefix = chunk.rstrip('"').endswith("*")
            if chunk in _OPERATORS:
                continue
        else:
            chunk, negate, prefix = m.group(2), bool(m.group(1)), False
        words = tuple(w.lower() for w in _WORD.findall(chunk))
        if not words:
            continue
        terms.append(Term(words, negate, prefix and len(words) == 1 and len(words[0]) >= 2))
        if len(terms) >= MAX_TERMS:
            break
    return terms if any(not t.negate for t in terms) else []


@dataclass
class Result:
    kind: str
    kind_label: str
    title: SafeString           # highlighted, escaped
    snippet: SafeString         # highlighted, escaped
    url: str
    date: dt.date | None
    body: str
    meeting_id: int | None
    document_id: int | None
    entry_id: int


@dataclass
class Results:
    query: str
    terms: list[Term]
    total: int = 0
    capped: bool = False        # more matches than CANDIDATES: total is a lower bound
    limit: int = 20
    offset: int = 0
    results: list[Result] = field(default_factory=list)

    @property
    def has_next(self) -> bool:
        return self.offset + len(self.results) < self.total

    @property
    def has_previous(self) -> bool:
        return self.offset > 0


def highlighted(text: str | None) -> SafeString:
    """Escape text from snippet()/ts_headline() and turn its match markers into <mark>."""
    html = escape(text or "")
    opened = html.count(backends.START)
    html = html.replace(backends.START, "<mark>").replace(backends.STOP, "</mark>")
    return mark_safe(html + "</mark>" * max(0, opened - (text or "").count(backends.STOP)))


def _url(name: str, pk: int, fallback: str) -> str:
    try:
        return reverse(name, args=[pk])
    except NoReverseMatch:
        return fallback


def meeting_url(meeting_id: int) -> str:
    return _url("meeting", meeting_id, f"/meetings/{meeting_id}")


def document_url(document_id: int) -> str:
    return _url("document", document_id, f"/documents/{document_id}")


_SOURCES = {
    # kind: (the entry's source field, the visibility function, the source model)
    SearchEntry.ITEM: ("agenda_item_id", visibility.visible_agenda_items, AgendaItem),
    SearchEntry.MINUTE: ("minute_id", visibility.visible_minutes, Minute),
    SearchEntry.RESOLUTION: ("resolution_id", visibility.visible_resolutions, Resolution),
    SearchEntry.ACTION: ("action_id", visibility.visible_actions, Action),
    SearchEntry.DOCUMENT: ("document_id", visibility.visible_documents, Document),
}
_ROW = ["id", "date", "kind", *(field for field, _, _ in _SOURCES.values())]


def visible_rows(user, rows: list[dict]) -> list[dict]:
    """The index rows (dicts of ``_ROW``) whose source the user may see, in the order given.

    visibility.py decides, asked about just these sources (a few indexed look-ups), so nothing
    here repeats its rules."""
    if visibility.is_clerk(user):
        return rows
    parts = []
    for kind, (field, visible, model) in _SOURCES.items():
        ids = {r[field] for r in rows if r["kind"] == kind and r[field] is not None}
        if ids:
            parts.append(visible(user, model.objects.filter(pk__in=ids)).order_by()
                         .values_list("pk", Value(kind, output_field=CharField())))
    allowed: dict[str, set] = {}
    if parts:    # one round trip for all kinds
        for pk, kind in (parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]):
            allowed.setdefault(kind, set()).add(pk)
    return [r for r in rows if r[_SOURCES[r["kind"]][0]] in allowed.get(r["kind"], ())]


def _get(model, value, *keys):
    if value in (None, ""):
        return None
    if isinstance(value, model):
        return value
    for key in keys:
        if key == "pk" and not str(value).isdigit():
            continue
        obj = model.objects.filter(**{key: value}).first()
        if obj:
            return obj
    return model.objects.none()          # named but unknown: matches nothing


def _filters(qs, body, date_from, date_to, person, organisation, kind):
    body, person, organisation = (_get(Body, body, "slug", "pk"), _get(Person, person, "slug", "pk"),
                                  _get(Organisation, organisation, "slug", "pk"))
    for value in (body, person, organisation):
        if value is not None and not hasattr(value, "pk"):
            return qs.none()
    if body is not None:
        qs = qs.filter(body=body)
    if date_from:
        qs = qs.filter(date__gte=date_from)
    if date_to:
        qs = qs.filter(date__lte=date_to)
    if person is not None:
        # the meetings they attended, and the actions they own
        qs = qs.filter(Q(meeting_id__in=Attendance.objects.filter(person=person).values("meeting_id"))
                       | Q(action_id__in=ActionOwner.objects.filter(person=person).values("action_id")))
    if organisation is not None:
        qs = qs.filter(meeting_id__in=Attendance.objects.filter(
            Q(organisation=organisation) | Q(person__organisation=organisation)).values("meeting_id"))
    if kind:
        qs = qs.filter(kind__in=[kind] if isinstance(kind, str) else list(kind))
    return qs


def _below(matches, last: dict, vendor: str):
    """The matches after ``last`` in newest-first order: a row comparison (date, id) < (…), which the
    (date, id) index walks on from (PostgreSQL: 3 ms where "date <= … and not (date = … and id >= …)"
    took 30 ms on 150,000 entries, reading every match). Rows without a date come last in SQLite's
    descending order and first in PostgreSQL's."""
    if last["date"] is None:
        rest = Q(date__isnull=True, id__lt=last["id"])
        if vendor == "postgresql":
            rest |= Q(date__isnull=False)
        return matches.filter(rest)
    below = f"({backends.TABLE}.date, {backends.TABLE}.id) < (%s, %s)"
    if vendor != "postgresql":
        below = f"({below} OR {backends.TABLE}.date IS NULL)"
    return matches.extra(where=[below], params=[last["date"], last["id"]])


def search(query: str, user=None, body=None, date_from: dt.date | None = None, date_to: dt.date | None = None,
           person=None, organisation=None, kind=None, limit: int = 20, offset: int = 0) -> Results:
    """Search what ``user`` may see. ``body``/``person``/``organisation`` are objects, slugs or ids."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    offset = max(0, int(offset))
    terms = parse_query(query)
    out = Results(query=query or "", terms=terms, limit=limit, offset=offset)
    if not terms:
        return out
    vendor = connection.vendor
    qs = _filters(SearchEntry.objects.all(), body, date_from, date_to, person, organisation, kind)
    matches = backends.annotate(qs, vendor, terms).order_by("-date", "-id").values(*_ROW)
    # the newest matches, a chunk at a time, kept where the user may see them, up to CANDIDATES + 1
    candidates: list[dict] = []
    rest = matches
    for _ in range(MAX_CHUNKS):
        chunk = list(rest[:CHUNK])
        candidates += visible_rows(user, chunk)
        if len(chunk) < CHUNK:
            break
        if len(candidates) > CANDIDATES:
            out.capped = True
            break
        rest = _below(matches, chunk[-1], vendor)
    else:
        out.capped = True
    out.capped = out.capped or len(candidates) > CANDIDATES
    candidates = candidates[:CANDIDATES]
    out.total = len(candidates)
    if not out.total or offset >= out.total:
        return out
    # the most relevant of those first
    window = SearchEntry.objects.filter(id__in=[r["id"] for r in candidates])
    ranked = backends.annotate(window, vendor, terms, rank=True).order_by("rank", "-date", "-id")
    ids = list(ranked.values_list("id", flat=True)[offset:offset + limit])
    rows = {e.id: e for e in backends.annotate(SearchEntry.objects.filter(id__in=ids), vendor, terms,
                                               snippets=True).select_related("body")}
    labels = dict(SearchEntry.KINDS)
    for pk in ids:
        e = rows.get(pk)
        if e is None:
            continue
        if e.kind == SearchEntry.DOCUMENT:
            url = document_url(e.document_id)
        else:
            url = meeting_url(e.meeting_id) + (f"#{e.anchor}" if e.anchor else "")
        out.results.append(Result(
            kind=e.kind, kind_label=labels.get(e.kind, e.kind), title=highlighted(e.title_hl),
            snippet=highlighted(e.snippet), url=url, date=e.date, body=e.body.name if e.body else "",
            meeting_id=e.meeting_id, document_id=e.document_id, entry_id=e.id))
    return out

"""The JSON API at /api/ (OpenAPI at /api/openapi.json, docs at /api/docs).

Reads are open and show what the caller may see: every read goes through
``minutebook.store.visibility`` (the public sees only published things). A caller may name
themselves with ``Authorization: Bearer <token>`` (see ``minutebook token create``); a browser
session counts too. Writes need a clerk's token: no token is 401, another user's token is 403.
"""
from __future__ import annotations

import datetime as dt
import logging
import uuid
from typing import Annotated, Generic, Literal, Optional, TypeVar
from zoneinfo import ZoneInfo

from django.db import DataError, IntegrityError, transaction
from django.db.models import F, Max, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import NinjaAPI, Path, Query, Schema, Swagger

try:
    from ninja import Status
except ImportError:          # django-ninja before 1.5: a (status, body) tuple
    def Status(code, value):  # noqa: N802
        return code, value
from ninja.errors import HttpError
from ninja.security import HttpBearer
from pydantic import Field, StringConstraints

from minutebook.ingest.readers.tables import INITIALS_TEXT
from minutebook.record import MAX_ID, MAX_POSITION, STORABLE, LondonDateTime, Text
from minutebook.search.query import document_url, meeting_url, search as run_search
from minutebook.store import visibility
from minutebook.store.models import (
    Action, ActionOwner, ActionUpdate, AgendaItem, Attendance, Body, Document, Meeting, Membership, Minute,
    Organisation, Person, Resolution,
)
from minutebook.store.people import split_title
from minutebook.web import locks
from minutebook.web.models import ApiToken

LONDON = ZoneInfo("Europe/London")
MAX_LIMIT = 500
MAX_OFFSET = 10**9


# the value lists of the record's choices, as enums in the OpenAPI schema
MeetingStatus = Literal[tuple(k for k, _ in Meeting.STATUSES)]
MinutesStatus = Literal[tuple(k for k, _ in Meeting.MINUTES_STATUSES)]
ActionStatus = Literal[tuple(k for k, _ in Action.STATUSES)]
AttendanceKind = Literal[tuple(k for k, _ in Attendance.KINDS)]
DocumentKind = Literal[tuple(k for k, _ in Document.KINDS)]
# text the record can store (minutebook.record): no control characters but tab and line breaks, and no
# longer than its column (SQLite would store it silently) -- refused with 422; ids and positions in range
Slug = Text(90)
# a webcast or video: an http(s) address with a host, or "" for none
RecordingURL = Annotated[str, StringConstraints(max_length=500, pattern=r"^(?:https?://[^\s/?#]+[^\s]*)?$")]
SlugPath = Annotated[str, Path(..., max_length=90, pattern=STORABLE)]
PK = Annotated[int, Path(..., ge=1, le=MAX_ID)]
Version = Optional[Annotated[int, Field(ge=1, le=locks.MAX_VERSION)]]
OCD_NAMESPACE = uuid.UUID("5b0c1a52-6f0e-4c1e-9d55-6d696e757465")   # fixed: the ids must never change

class AccessibleSwagger(Swagger):
    """Swagger UI from the local static files, in a page with a language, a main landmark and colours of
    AA contrast; without deep links, whose link inside each operation's button is a control nested in a
    control (and a touch target under 24px)."""
    template = "web/api_docs.html"


ERRORS = {
    400: "the request cannot be read",
    401: "no token, or a token that is not valid",
    403: "the token's user may not do this",
    404: "no such thing, or not one the caller may see",
    409: "the record changed since the version given, or the change would clash with it",
    422: "the request's values cannot be stored (too long, out of range, unknown choice, control characters)",
}


class MinutebookAPI(NinjaAPI):
    """The OpenAPI schema declares the error responses every operation may give: ``{"detail": …}``, a
    sentence or (for a request that does not fit the schema) a list of problems."""

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        error = {"content": {"application/json": {"schema": {
            "type": "object", "required": ["detail"],
            "properties": {"detail": {"anyOf": [{"type": "string"}, {"type": "array", "items": {}}]}}}}}}
        for path in schema.get("paths", {}).values():
            for method, operation in path.items():
                write = method.lower() in ("post", "put", "patch", "delete")
                for code in (400, 401, 404, 422) + ((403, 409) if write else ()):
                    operation.setdefault("responses", {}).setdefault(
                        code, {"description": ERRORS[code].capitalize(), **error})
        return schema


api = MinutebookAPI(title="minutebook API", version="1", docs_url="/docs", docs=AccessibleSwagger(settings={"deepLinking": False}),
               description="Meetings, agendas, minutes, resolutions, actions, people and documents of "
                           "partnership bodies. Reads show what the caller may see; writes need a clerk's token.")
log = logging.getLogger(__name__)


@api.exception_handler(DataError)
@api.exception_handler(OverflowError)
def unstorable(request, exc):
    """A backstop behind the schemas' checks: a value the database refused (too long, out of range) is 422, not
    a 500; it is still logged with its traceback, as a check the schemas lack."""
    log.error("%s %s: the database refused a value", request.method, request.path, exc_info=exc)
    return api.create_response(request, {"detail": "a value cannot be stored (too long or out of range)"}, status=422)


# ---------------------------------------------------------------- who is asking

class ClerkToken(HttpBearer):
    """A bearer token issued by ``minutebook token create``."""

    def authenticate(self, request, token):
        return ApiToken.user_for(token)


token_auth = ClerkToken()


def caller(request):
    """The user a read is for: a bearer token's user, else the session's. A bad token is refused."""
    header = request.headers.get("Authorization", "")
    if header:
        scheme, _, token = header.partition(" ")
        user = ApiToken.user_for(token.strip()) if scheme.lower() == "bearer" else None
        if user is None:
            raise HttpError(401, "Unauthorized")
        return user
    return request.user


def clerk_of(request):
    user = request.auth
    if not visibility.can_edit(user):
        raise HttpError(403, "Only a clerk may change the record")
    return user


def _page(qs, limit: int, offset: int):
    limit = max(1, min(limit, MAX_LIMIT))
    offset = max(0, offset)
    return {"count": qs.count(), "limit": limit, "offset": offset, "items": list(qs[offset:offset + limit])}


def with_offset(date: dt.date, time: dt.time | None) -> str | None:
    """A meeting's time with its Europe/London offset on that day ("10:00:00+01:00" in summer)."""
    if time is None:
        return None
    offset = dt.datetime.combine(date, time, tzinfo=LONDON).utcoffset()
    return time.replace(tzinfo=dt.timezone(offset)).isoformat()


def local_time(date: dt.date, time: dt.time | None) -> dt.time | None:
    """A time given with an offset ("09:00:00Z") as Europe/London wall-clock time on the meeting's day;
    a time without one is London time already. One that falls on another day in London is refused (422)."""
    if time is None or time.tzinfo is None:
        return time
    london = dt.datetime.combine(date, time).astimezone(LONDON)
    if london.date() != date:
        raise HttpError(422, f"{time.isoformat()} on {date.isoformat()} is {london:%H:%M} on another day in London "
                             f"({london.date().isoformat()}): give the time in Europe/London")
    return london.time()


T = TypeVar("T")


class Page(Schema, Generic[T]):
    count: int
    limit: int
    offset: int
    items: list[T]


class Paging(Schema):
    limit: int = Field(50, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


# ---------------------------------------------------------------- schemas

class OrganisationOut(Schema):
    slug: str
    name: str


class BodyOut(Schema):
    slug: str
    name: str
    parent: Optional[str] = None
    description: str = ""
    default_venue: str = ""
    organisation_name: str = ""

    @staticmethod
    def resolve_parent(obj):
        return obj.parent.slug if obj.parent_id else None


class PersonOut(Schema):
    slug: str
    name: str
    title: str = ""
    role: str = ""
    organisation: Optional[str] = None

    @staticmethod
    def resolve_organisation(obj):
        return obj.organisation.name if obj.organisation_id else None


class MembershipOut(Schema):
    person: PersonOut
    role: str = ""
    organisation: Optional[str] = None
    position: str
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None

    @staticmethod
    def resolve_organisation(obj):
        return obj.organisation.name if obj.organisation_id else None


class MeetingOut(Schema):
    id: int
    body: str
    body_name: str
    date: dt.date
    start: Optional[str] = Field(None, description="Europe/London time with its offset that day, 10:00:00+01:00",
                                 json_schema_extra={"format": "time"})
    end: Optional[str] = Field(None, json_schema_extra={"format": "time"})
    venue: str = ""
    recording_url: str = Field("", description="the meeting's webcast or video, an http or https address")
    status: MeetingStatus
    published: bool
    minutes_status: MinutesStatus
    minutes_published: bool
    version: int
    url: str

    @staticmethod
    def resolve_body(obj):
        return obj.body.slug

    @staticmethod
    def resolve_body_name(obj):
        return obj.body.name

    @staticmethod
    def resolve_start(obj):
        return with_offset(obj.date, obj.start)

    @staticmethod
    def resolve_end(obj):
        return with_offset(obj.date, obj.end)

    @staticmethod
    def resolve_url(obj):
        return meeting_url(obj.pk)


class AgendaItemOut(Schema):
    id: int
    number: str
    title: str
    pages: str = ""
    presenter: str = ""
    description: str = ""
    position: int
    source_minute: Optional[str] = None

    @staticmethod
    def resolve_source_minute(obj):
        return obj.source_minute.number if obj.source_minute_id else None


class AttendanceOut(Schema):
    person: str
    name: str
    kind: AttendanceKind
    role: str = ""
    organisation: Optional[str] = None
    substitute_for: Optional[str] = None
    is_chair: bool = False

    @staticmethod
    def resolve_person(obj):
        return obj.person.slug

    @staticmethod
    def resolve_name(obj):
        return obj.person.name

    @staticmethod
    def resolve_organisation(obj):
        return obj.organisation.name if obj.organisation_id else None

    @staticmethod
    def resolve_substitute_for(obj):
        return obj.substitute.name if obj.substitute_id else None


class OwnerOut(Schema):
    initials: str
    person: Optional[str] = None
    name: Optional[str] = None

    @staticmethod
    def resolve_person(obj):
        return obj.person.slug if obj.person_id else None

    @staticmethod
    def resolve_name(obj):
        return obj.person.name if obj.person_id else None


class ActionUpdateOut(Schema):
    id: int
    date: LondonDateTime
    status: ActionStatus
    note: str = ""


class ActionOut(Schema):
    id: int
    text: str
    status: ActionStatus
    due_date: Optional[dt.date] = None
    minute: str
    minute_id: int
    meeting_id: int
    owners: list[OwnerOut]
    updates: list[ActionUpdateOut]
    version: int = Field(..., description="give it back with a PATCH or an update: a stale one is refused with 409")

    @staticmethod
    def resolve_minute(obj):
        return obj.minute.number

    @staticmethod
    def resolve_meeting_id(obj):
        return obj.minute.meeting_id

    @staticmethod
    def resolve_owners(obj):
        return list(obj.owners.all())

    @staticmethod
    def resolve_updates(obj):
        return list(obj.updates.all())


class ResolutionOut(Schema):
    id: int
    minute: str
    minute_id: int
    meeting_id: int
    position: int
    text: str

    @staticmethod
    def resolve_minute(obj):
        return obj.minute.number

    @staticmethod
    def resolve_meeting_id(obj):
        return obj.minute.meeting_id


class MinuteOut(Schema):
    id: int
    meeting_id: int
    number: str
    title: str
    report_ref: str = ""
    text: str = ""
    position: int
    post_meeting_notes: list = []
    resolutions: list[str]
    actions: list[ActionOut]
    url: str

    @staticmethod
    def resolve_resolutions(obj):
        return [r.text for r in obj.resolutions.all()]

    @staticmethod
    def resolve_actions(obj):
        return list(obj.actions.all())

    @staticmethod
    def resolve_url(obj):
        return f"{meeting_url(obj.meeting_id)}#minute-{obj.pk}"


class DocumentOut(Schema):
    id: int
    filename: str
    title: str = ""
    kind: DocumentKind
    content_type: str
    size: int
    body: Optional[str] = None
    meeting_id: Optional[int] = None
    created: LondonDateTime
    url: str
    download_url: str

    @staticmethod
    def resolve_body(obj):
        return obj.body.slug if obj.body_id else None

    @staticmethod
    def resolve_url(obj):
        return document_url(obj.pk)

    @staticmethod
    def resolve_download_url(obj):
        return f"/api/documents/{obj.pk}/download"


class MeetingDetailOut(MeetingOut):
    agenda: list[AgendaItemOut]
    attendance: list[AttendanceOut]
    minutes: list[MinuteOut]
    documents: list[DocumentOut]


class SearchHit(Schema):
    kind: str
    title: str
    snippet: str
    url: str
    date: Optional[dt.date] = None
    body: str = ""
    meeting_id: Optional[int] = None
    document_id: Optional[int] = None


class SearchOut(Schema):
    query: str
    total: int
    capped: bool = Field(False, description="more matches than total: the results are the most relevant of "
                                            "the latest total matches")
    limit: int
    offset: int
    results: list[SearchHit]


class Message(Schema):
    detail: str


# ---------------------------------------------------------------- reads

def _body(slug: str) -> Body:
    return get_object_or_404(Body, slug=slug)


def _meeting(user, pk: int) -> Meeting:
    return get_object_or_404(visibility.visible_meetings(user, Meeting.objects.select_related("body")), pk=pk)


def _minutes_qs(user, qs=None):
    return (visibility.visible_minutes(user, qs)
            .prefetch_related("resolutions", "actions__owners__person", "actions__updates", "actions__minute"))


def _actions_qs(user, qs=None):
    return visibility.visible_actions(user, qs).select_related("minute").prefetch_related("owners__person", "updates")


@api.get("/bodies", response=list[BodyOut], tags=["bodies"])
def bodies(request):
    return list(visibility.visible_bodies(caller(request)).select_related("parent"))


@api.get("/bodies/{slug}", response=BodyOut, tags=["bodies"])
def body(request, slug: SlugPath):
    return get_object_or_404(visibility.visible_bodies(caller(request)).select_related("parent"), slug=slug)


@api.get("/bodies/{slug}/members", response=list[MembershipOut], tags=["bodies"])
def body_members(request, slug: SlugPath, current: bool = True):
    """The body's members; ``current=false`` includes past ones."""
    qs = Membership.objects.filter(body=_body(slug)).select_related("person__organisation", "organisation")
    if current:
        today = timezone.localdate()
        qs = qs.filter(Q(end__isnull=True) | Q(end__gte=today))
    return list(qs)


class MeetingFilter(Schema):
    body: Optional[Slug] = None
    date_from: Optional[dt.date] = None
    date_to: Optional[dt.date] = None
    status: Optional[MeetingStatus] = None


@api.get("/meetings", response=Page[MeetingOut], tags=["meetings"])
def meetings(request, filters: Query[MeetingFilter], paging: Query[Paging]):
    qs = visibility.visible_meetings(caller(request), Meeting.objects.select_related("body"))
    if filters.body:
        qs = qs.filter(body__slug=filters.body)
    if filters.date_from:
        qs = qs.filter(date__gte=filters.date_from)
    if filters.date_to:
        qs = qs.filter(date__lte=filters.date_to)
    if filters.status:
        qs = qs.filter(status=filters.status)
    return _page(qs.order_by("-date", "body__name"), paging.limit, paging.offset)


class _With:
    """An object with some extra attributes (a meeting and the parts of it the caller may see)."""

    def __init__(self, obj, **extra):
        self.__dict__.update(extra)
        self._obj = obj

    def __getattr__(self, name):
        return getattr(self._obj, name)


@api.get("/meetings/{int:pk}", response=MeetingDetailOut, tags=["meetings"])
def meeting(request, pk: PK):
    user = caller(request)
    m = _meeting(user, pk)
    return _With(
        m,
        agenda=list(visibility.visible_agenda_items(user, m.agenda_items.select_related("source_minute"))),
        attendance=list(visibility.visible_attendance(user, m.attendance.select_related(
            "person", "organisation", "substitute"))),
        minutes=list(_minutes_qs(user, m.minutes.all())),
        documents=list(visibility.visible_documents(user, m.documents.defer("content", "parsed")
                                                    .select_related("body"))))


@api.get("/meetings/{int:pk}/agenda", response=list[AgendaItemOut], tags=["meetings"])
def meeting_agenda(request, pk: PK):
    user = caller(request)
    return list(visibility.visible_agenda_items(user, _meeting(user, pk).agenda_items.select_related("source_minute")))


@api.get("/meetings/{int:pk}/attendance", response=list[AttendanceOut], tags=["meetings"])
def meeting_attendance(request, pk: PK):
    user = caller(request)
    qs = _meeting(user, pk).attendance.select_related("person", "organisation", "substitute")
    return list(visibility.visible_attendance(user, qs))


@api.get("/meetings/{int:pk}/minutes", response=list[MinuteOut], tags=["minutes"])
def meeting_minutes(request, pk: PK):
    user = caller(request)
    return list(_minutes_qs(user, _meeting(user, pk).minutes.all()))


@api.get("/minutes/{int:pk}", response=MinuteOut, tags=["minutes"])
def minute(request, pk: PK):
    return get_object_or_404(_minutes_qs(caller(request)), pk=pk)


class ResolutionFilter(Schema):
    meeting: Optional[int] = Field(None, ge=1, le=MAX_ID)
    body: Optional[Slug] = None


@api.get("/resolutions", response=Page[ResolutionOut], tags=["minutes"])
def resolutions(request, filters: Query[ResolutionFilter], paging: Query[Paging]):
    qs = visibility.visible_resolutions(caller(request), Resolution.objects.select_related("minute"))
    if filters.meeting:
        qs = qs.filter(minute__meeting_id=filters.meeting)
    if filters.body:
        qs = qs.filter(minute__meeting__body__slug=filters.body)
    return _page(qs.order_by("-minute__meeting__date", "minute__position", "position"), paging.limit, paging.offset)


class ActionFilter(Schema):
    status: Optional[Literal["open", "in_progress", "done", "dropped"]] = None
    body: Optional[Slug] = None
    owner: Optional[Slug] = Field(None, description="a person's slug")
    meeting: Optional[int] = Field(None, ge=1, le=MAX_ID)
    live: bool = Field(False, description="only open and in-progress actions")


@api.get("/actions", response=Page[ActionOut], tags=["actions"])
def actions(request, filters: Query[ActionFilter], paging: Query[Paging]):
    qs = _actions_qs(caller(request))
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.live:
        qs = qs.filter(status__in=Action.LIVE)
    if filters.body:
        qs = qs.filter(minute__meeting__body__slug=filters.body)
    if filters.meeting:
        qs = qs.filter(minute__meeting_id=filters.meeting)
    if filters.owner:
        qs = qs.filter(id__in=ActionOwner.objects.filter(person__slug=filters.owner).values("action_id"))
    return _page(qs, paging.limit, paging.offset)


@api.get("/actions/{int:pk}", response=ActionOut, tags=["actions"])
def action(request, pk: PK):
    return get_object_or_404(_actions_qs(caller(request)), pk=pk)


@api.get("/people", response=Page[PersonOut], tags=["people"])
def people(request, paging: Query[Paging], organisation: Optional[Slug] = None, q: Optional[Text(300)] = None):
    qs = visibility.visible_people(caller(request), Person.objects.select_related("organisation"))
    if organisation:
        qs = qs.filter(organisation__slug=organisation)
    if q:
        qs = qs.filter(name__icontains=q[:100])
    return _page(qs.order_by("name", "id"), paging.limit, paging.offset)


@api.get("/people/{slug}", response=PersonOut, tags=["people"])
def person(request, slug: SlugPath):
    return get_object_or_404(visibility.visible_people(caller(request), Person.objects.select_related("organisation")),
                             slug=slug)


@api.get("/organisations", response=list[OrganisationOut], tags=["people"])
def organisations(request):
    return list(Organisation.objects.all())


class DocumentFilter(Schema):
    meeting: Optional[int] = Field(None, ge=1, le=MAX_ID)
    body: Optional[Slug] = None
    kind: Optional[DocumentKind] = None


def _documents_qs(user):
    return visibility.visible_documents(user, Document.objects.defer("content", "parsed").select_related("body"))


@api.get("/documents", response=Page[DocumentOut], tags=["documents"])
def documents(request, filters: Query[DocumentFilter], paging: Query[Paging]):
    qs = _documents_qs(caller(request))
    if filters.meeting:
        qs = qs.filter(meeting_id=filters.meeting)
    if filters.body:
        qs = qs.filter(Q(body__slug=filters.body) | Q(meeting__body__slug=filters.body))
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    return _page(qs.order_by("-created", "-id"), paging.limit, paging.offset)


@api.get("/documents/{int:pk}", response=DocumentOut, tags=["documents"])
def document(request, pk: PK):
    return get_object_or_404(_documents_qs(caller(request)), pk=pk)


@api.get("/documents/{int:pk}/download", tags=["documents"],
         openapi_extra={"responses": {200: {"description": "the file"}}})
def document_download(request, pk: PK):
    doc = get_object_or_404(visibility.visible_documents(caller(request)), pk=pk)
    response = HttpResponse(bytes(doc.content), content_type=doc.content_type or "application/octet-stream")
    safe_name = "".join(c for c in doc.filename if c.isalnum() or c in "._- ") or f"document-{doc.pk}"
    response["Content-Disposition"] = f'attachment; filename="{safe_name}"'
    response["Content-Security-Policy"] = "sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return response


class SearchParams(Schema):
    q: str = Field("", max_length=300)     # what a reader types: search leaves out what it cannot use
    body: Optional[Slug] = None
    date_from: Optional[dt.date] = None
    date_to: Optional[dt.date] = None
    person: Optional[Slug] = None
    organisation: Optional[Slug] = None
    kind: Optional[Text(20)] = None
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


@api.get("/search", response=SearchOut, tags=["search"])
def search(request, params: Query[SearchParams]):
    """Full-text search; ``title`` and ``snippet`` are HTML with matches in ``<mark>``."""
    res = run_search(params.q, caller(request), body=params.body, date_from=params.date_from,
                     date_to=params.date_to, person=params.person, organisation=params.organisation,
                     kind=params.kind, limit=params.limit, offset=params.offset)
    return {"query": res.query, "total": res.total, "capped": res.capped, "limit": res.limit, "offset": res.offset,
            "results": [{"kind": r.kind, "title": str(r.title), "snippet": str(r.snippet), "url": r.url,
                         "date": r.date, "body": r.body, "meeting_id": r.meeting_id, "document_id": r.document_id}
                        for r in res.results]}


# ---------------------------------------------------------------- Open Civic Data events

def ocd_event_id(meeting: Meeting) -> str:
    return f"ocd-event/{uuid.uuid5(OCD_NAMESPACE, f'meeting/{meeting.pk}')}"


def london(date: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(date, time, tzinfo=LONDON)


def _ocd_status(m: Meeting) -> str:
    if m.status == Meeting.CANCELLED:
        return "cancelled"
    if m.status == Meeting.HELD or m.date < timezone.localdate():
        return "passed"
    return "confirmed" if m.published else "tentative"


def ocd_event(request, user, m: Meeting) -> dict:
    absolute = request.build_absolute_uri
    page = absolute(meeting_url(m.pk))
    if m.start:
        start, end = london(m.date, m.start).isoformat(), london(m.date, m.end).isoformat() if m.end else None
    else:
        start, end = m.date.isoformat(), None
    participants = [{"name": m.body.name, "entity_type": "organization", "entity_name": m.body.name,
                     "entity_id": None, "note": "host"}]
    for a in visibility.visible_attendance(user, m.attendance.select_related("person")):
        if a.kind == Attendance.APOLOGIES:
            continue
        participants.append({"name": a.person.name, "entity_type": "person", "entity_name": a.person.name,
                             "entity_id": None, "note": "chair" if a.is_chair else a.get_kind_display().lower()})
    agenda = []
    for i, item in enumerate(visibility.visible_agenda_items(user, m.agenda_items.all()), 1):
        notes = [f"Presented by {item.presenter}"] if item.presenter else []
        if item.pages:
            notes.append(f"Pages {item.pages}")
        agenda.append({"description": item.title, "order": item.number or str(i), "subjects": [],
                       "notes": notes, "related_entities": [], "media": [], "classification": []})
    documents = []
    for d in visibility.visible_documents(user, m.documents.defer("content", "parsed")):
        url = absolute(document_url(d.pk))
        documents.append({"note": d.title or d.filename, "date": d.created.date().isoformat(),
                          "media_type": d.content_type, "url": url,
                          "links": [{"media_type": d.content_type, "url": url}]})
    return {
        "_type": "event",
        "id": ocd_event_id(m),
        "name": f"{m.body.name} meeting",
        "description": f"Meeting of the {m.body.name} on {m.date:%A} {m.date.day} {m.date:%B %Y}",
        "classification": "committee-meeting",
        "start_date": start,
        "end_date": end,
        "all_day": m.start is None,
        "timezone": "Europe/London",
        "status": _ocd_status(m),
        "location": {"name": m.venue or m.body.default_venue or "", "note": "", "url": "", "coordinates": None},
        "participants": participants,
        "agenda": agenda,
        "documents": documents,
        "media": [],
        "links": [{"note": "Meeting page", "url": page}],
        "sources": [{"url": page, "note": "minutebook"}],
        "extras": {"minutebook_id": m.pk, "body": m.body.slug},
    }


class OcdFilter(Schema):
    body: Optional[Slug] = None
    date_from: Optional[dt.date] = None
    date_to: Optional[dt.date] = None


@api.get("/ocd/events", tags=["open data"])
def ocd_events(request, filters: Query[OcdFilter], paging: Query[Paging]):
    """Meetings as Open Civic Data events (``classification`` "committee-meeting", times in Europe/London)."""
    user = caller(request)
    qs = visibility.visible_meetings(user, Meeting.objects.select_related("body"))
    if filters.body:
        qs = qs.filter(body__slug=filters.body)
    if filters.date_from:
        qs = qs.filter(date__gte=filters.date_from)
    if filters.date_to:
        qs = qs.filter(date__lte=filters.date_to)
    page = _page(qs.order_by("-date", "body__name"), paging.limit, paging.offset)
    return {"meta": {"count": page["count"], "limit": page["limit"], "offset": page["offset"]},
            "results": [ocd_event(request, user, m) for m in page["items"]]}


# ---------------------------------------------------------------- writes (clerks, with a token)

class MeetingIn(Schema):
    body: Slug = Field(..., description="the body's slug")
    date: dt.date
    start: Optional[dt.time] = None
    end: Optional[dt.time] = None
    venue: Text(300) = ""
    recording_url: RecordingURL = ""
    status: MeetingStatus = Meeting.PLANNED
    published: bool = False
    minutes_published: bool = False


class MeetingPatch(Schema):
    date: Optional[dt.date] = None
    start: Optional[dt.time] = None
    end: Optional[dt.time] = None
    venue: Optional[Text(300)] = None
    recording_url: Optional[RecordingURL] = None
    status: Optional[MeetingStatus] = None
    published: Optional[bool] = Field(None, description="true publishes the agenda: refused (422) while it has no "
                                                        "items; the agenda and pack are made from the record")
    minutes_status: Optional[MinutesStatus] = None
    minutes_published: Optional[bool] = None
    version: Version = Field(None, description="the meeting's version this edit started from (see "
                                                     "MeetingOut.version); a stale version is refused with 409")


def _no_nulls(changes: dict, nullable=()) -> None:
    """A PATCH may leave a field out, but may not empty one the record needs (422, not a 500)."""
    nulls = [k for k, v in changes.items() if v is None and k not in nullable and k != "version"]
    if nulls:
        raise HttpError(422, f"{', '.join(nulls)} cannot be null")


def _check_choice(value, choices, what):
    if value is not None and value not in dict(choices):
        raise HttpError(422, f"{what} must be one of: {', '.join(dict(choices))}")


def _save_meeting(m: Meeting) -> Meeting:
    m.start, m.end = local_time(m.date, m.start), local_time(m.date, m.end)
    try:
        with transaction.atomic():
            m.save()
    except IntegrityError:
        raise HttpError(409, f"{m.body} already has a meeting on {m.date.isoformat()}") from None
    return m


@api.post("/meetings", response={201: MeetingOut}, auth=token_auth, tags=["write"])
def create_meeting(request, data: MeetingIn):
    clerk_of(request)
    _check_choice(data.status, Meeting.STATUSES, "status")
    if data.published:      # a new meeting has no agenda items yet: nothing to publish
        raise HttpError(422, "a new meeting has no agenda items: add them, then publish the agenda")
    m = Meeting(body=_body(data.body), **data.dict(exclude={"body"}))
    return Status(201, _save_meeting(m))


def _publish_agenda(user, m: Meeting) -> None:
    """Publishing an agenda makes its agenda and pack from the record (``web.publishing``); an agenda with
    no items is refused with 422."""
    from minutebook.web.publishing import CannotPublish, check_publishable

    try:
        check_publishable(m)
    except CannotPublish as exc:
        raise HttpError(422, str(exc)) from None


@api.patch("/meetings/{int:pk}", response=MeetingOut, auth=token_auth, tags=["write"])
def update_meeting(request, pk: PK, data: MeetingPatch):
    user = clerk_of(request)
    m = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
    changes = data.dict(exclude_unset=True)
    _check_choice(changes.get("status"), Meeting.STATUSES, "status")
    _check_choice(changes.get("minutes_status"), Meeting.MINUTES_STATUSES, "minutes_status")
    _no_nulls(changes, nullable=("start", "end"))
    publishing = changes.get("published") is True and not m.published
    if publishing:
        _publish_agenda(user, m)
        changes.pop("published")        # published below, with its papers made from the record
    with transaction.atomic():
        _bump(m, changes.pop("version", None))          # a stale version is refused with 409
        m.refresh_from_db(fields=["version"])
        for key, value in changes.items():
            setattr(m, key, value)
        m = _save_meeting(m)
    if publishing:
        from minutebook.web.publishing import publish_agenda

        publish_agenda(m, user)
        m.refresh_from_db()
    return m


class AttendanceIn(Schema):
    person: Optional[Slug] = Field(None, description="a person's slug")
    name: Optional[Text(200)] = Field(None, description="or a name as printed; a new person is made if none matches")
    kind: AttendanceKind = Attendance.PRESENT
    role: Text(300) = ""
    organisation: Optional[Text(200)] = Field(None, description="an organisation's name")
    substitute_for: Optional[Slug] = Field(None, description="slug of the member this person stood in for")
    is_chair: bool = False


def _person(slug: str | None, name: str | None) -> Person:
    if slug:
        found = Person.objects.filter(slug=slug).first()
        if found is None:
            raise HttpError(422, f"no person {slug!r}")
        return found
    if not name or not name.strip():
        raise HttpError(422, "each attendee needs a person (slug) or a name")
    title, clean = split_title(name)
    found = Person.objects.filter(name__iexact=clean, merged_into__isnull=True).first()
    return found or Person.objects.create(name=clean, title=title)


@api.put("/meetings/{int:pk}/attendance", response=list[AttendanceOut], auth=token_auth, tags=["write"])
def set_attendance(request, pk: PK, data: list[AttendanceIn]):
    """Replace the meeting's attendance list."""
    clerk_of(request)
    m = get_object_or_404(Meeting, pk=pk)
    with transaction.atomic():
        rows = []
        for a in data:
            _check_choice(a.kind, Attendance.KINDS, "kind")
            org = Organisation.objects.get_or_create(name=a.organisation.strip())[0] if a.organisation else None
            rows.append(Attendance(meeting=m, person=_person(a.person, a.name), kind=a.kind, role=a.role,
                                   organisation=org, is_chair=a.is_chair,
                                   substitute=_person(a.substitute_for, None) if a.substitute_for else None))
        _bump(m, None)                      # an attendance form opened before this is stale
        m.attendance.all().delete()
        Attendance.objects.bulk_create(rows)
    return list(m.attendance.select_related("person", "organisation", "substitute"))


class MinuteIn(Schema):
    number: Text(10)
    title: Text(400)
    text: Text(100_000) = ""
    report_ref: Text(40) = ""
    exempt: bool = False
    resolutions: list[Text(10_000)] = []
    position: Optional[int] = Field(None, ge=0, le=MAX_POSITION)


class MinutePatch(Schema):
    number: Optional[Text(10)] = None
    title: Optional[Text(400)] = None
    text: Optional[Text(100_000)] = None
    report_ref: Optional[Text(40)] = None
    exempt: Optional[bool] = None
    resolutions: Optional[list[Text(10_000)]] = None
    version: Version = Field(None, description="the meeting's version this edit started from; "
                                                     "a stale version is refused with 409")


def _set_resolutions(minute: Minute, texts: list[str]) -> None:
    minute.resolutions.all().delete()
    for i, text in enumerate(t for t in texts if t.strip()):
        Resolution.objects.create(minute=minute, position=i, text=text.strip())


def _bump(obj, version: int | None) -> None:
    """The optimistic lock the web forms have (minutebook.web.locks): an edit may name the version it started
    from; a stale one is 409. Every write moves the version on, so a form opened before it is stale."""
    if not locks.claim(obj, version):
        what = "action" if isinstance(obj, Action) else "meeting"
        raise HttpError(409, f"the {what} was changed by someone else since that version; reload and try again")


def _minute_out(pk: int) -> Minute:
    return Minute.objects.prefetch_related("resolutions", "actions__owners__person", "actions__updates").get(pk=pk)


@api.post("/meetings/{int:pk}/minutes", response={201: MinuteOut}, auth=token_auth, tags=["write"])
def create_minute(request, pk: PK, data: MinuteIn):
    clerk_of(request)
    m = get_object_or_404(Meeting, pk=pk)
    with transaction.atomic():
        position = data.position
        if position is None:
            position = (m.minutes.aggregate(p=Max("position"))["p"] or 0) + 1
        minute = Minute.objects.create(meeting=m, position=position, number=data.number.strip(),
                                       title=data.title.strip(), text=data.text, report_ref=data.report_ref,
                                       exempt=data.exempt)
        _set_resolutions(minute, data.resolutions)
        _bump(m, None)
    return Status(201, _minute_out(minute.pk))


@api.patch("/minutes/{int:pk}", response=MinuteOut, auth=token_auth, tags=["write"])
def update_minute(request, pk: PK, data: MinutePatch):
    clerk_of(request)
    minute = get_object_or_404(Minute.objects.select_related("meeting"), pk=pk)
    changes = data.dict(exclude_unset=True)
    _no_nulls(changes)
    with transaction.atomic():
        _bump(minute.meeting, changes.pop("version", None))
        texts = changes.pop("resolutions", None)
        for key, value in changes.items():
            setattr(minute, key, value)
        minute.save()
        if texts is not None:
            _set_resolutions(minute, texts)
    return _minute_out(minute.pk)


class ActionIn(Schema):
    text: Text(10_000)
    owners: list[Text(90)] = Field([], description="initials, or people's slugs")
    status: ActionStatus = Action.OPEN
    due_date: Optional[dt.date] = None


def _owner(minute: Minute, given: str) -> tuple[str, Optional[Person]]:
    """(initials, person) for an owner given as a person's slug or as initials; initials stand for the
    body's member who has them, where exactly one does (else they stay unsettled, as in the minutes)."""
    given = given.strip()
    person = Person.objects.filter(slug=given).first()
    if person is not None:
        return person.initials, person
    if not INITIALS_TEXT.match(given):      # one set of initials, as an Action column prints them
        raise HttpError(422, f"unknown owner {given!r}: give a person's slug or their initials (e.g. LG)")
    members = [m.person for m in Membership.objects.filter(body_id=minute.meeting.body_id).select_related("person")
               if m.person.initials == given]
    return given, (members[0] if len({p.pk for p in members}) == 1 else None)


class ActionPatch(Schema):
    text: Optional[Text(10_000)] = None
    status: Optional[ActionStatus] = None
    due_date: Optional[dt.date] = None
    version: Version = Field(None, description="the action's version this edit started from (ActionOut.version); "
                                               "a stale version is refused with 409")


@api.post("/minutes/{int:pk}/actions", response={201: ActionOut}, auth=token_auth, tags=["write"])
def create_action(request, pk: PK, data: ActionIn):
    clerk_of(request)
    minute = get_object_or_404(Minute.objects.select_related("meeting"), pk=pk)
    _check_choice(data.status, Action.STATUSES, "status")
    owners = [_owner(minute, o) for o in data.owners]
    with transaction.atomic():
        a = Action.objects.create(minute=minute, text=data.text.strip(), status=data.status, due_date=data.due_date)
        for initials, person in owners:
            ActionOwner.objects.create(action=a, person=person, initials=initials)
    return Status(201, _actions_qs(request.auth).get(pk=a.pk))


@api.patch("/actions/{int:pk}", response=ActionOut, auth=token_auth, tags=["write"])
def update_action(request, pk: PK, data: ActionPatch):
    clerk_of(request)
    a = get_object_or_404(Action, pk=pk)
    changes = data.dict(exclude_unset=True)
    _no_nulls(changes, nullable=("due_date",))
    _check_choice(changes.get("status"), Action.STATUSES, "status")
    status_changed = "status" in changes and changes["status"] != a.status
    with transaction.atomic():
        _bump(a, changes.pop("version", None))
        for key, value in changes.items():
            setattr(a, key, value)
        a.save(update_fields=[*changes, "version"])
        if status_changed:     # the update log says when it changed (Matters Arising reports a closing once)
            ActionUpdate.objects.create(action=a, status=a.status, author=request.auth, date=timezone.now())
    return _actions_qs(request.auth).get(pk=a.pk)


class ActionUpdateIn(Schema):
    status: ActionStatus
    note: Text(4000) = ""
    version: Version = Field(None, description="the action's version the update was written against; a stale "
                                               "version is refused with 409")


@api.post("/actions/{int:pk}/updates", response={201: ActionUpdateOut}, auth=token_auth, tags=["write"])
def add_action_update(request, pk: PK, data: ActionUpdateIn):
    """An update on an action (its owners may post these too); the action takes the update's status."""
    a = get_object_or_404(Action, pk=pk)
    if not visibility.can_update_action(request.auth, a):
        raise HttpError(404, "Not Found")     # as for an id that does not exist: ids are not confirmed
    _check_choice(data.status, Action.STATUSES, "status")
    with transaction.atomic():
        _bump(a, data.version)
        update = ActionUpdate.objects.create(action=a, status=data.status, note=data.note,
                                             author=request.auth, date=timezone.now())
        a.status = data.status
        a.save(update_fields=["status"])
    return Status(201, update)


# the referral hub's routes (minutebook/hub/api.py), in the same OpenAPI document
from minutebook.hub.api import router as hub_router  # noqa: E402

api.add_router("/hub/", hub_router)

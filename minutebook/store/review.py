"""What an upload would put into the record, for the clerk to review before anything is stored.

:func:`findings` reads a parsed document (and the provenance of its fields, ``ingest.provenance.sources``)
against the record as it is now: each body the document names (matched to a stored body, or new, with the
stored bodies ranked by similarity), each meeting (date, time, venue; new or already stored), each person
(matched as ingest matches them, or new, with the stored people most like them) and each organisation,
each with the source line it was read from. Nothing is written here. :func:`choices` turns the clerk's
answers into the ``bodies`` and ``people`` maps that :func:`minutebook.store.ingest.store_parsed` applies.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Optional

from minutebook import record as R
from minutebook.store.ingest import (
    _date, _long, body_key, find_body, organisation_from_role, smart_title, subgroup_items,
)
from minutebook.store.people import clean_name, name_key, name_similarity, resolve, stored_person

NEW = "new"


@dataclass
class Source:
    where: str = ""
    lines: list[str] = field(default_factory=list)

    def __bool__(self):
        return bool(self.where or self.lines)


@dataclass
class BodyFinding:
    key: str
    name: str
    role: str                           # "named by the document", "sub-group of …"
    source: Source
    existing: object = None             # the stored Body this name is, or None (new)
    candidates: list = field(default_factory=list)     # [(Body, score)] best first

    @property
    def field_name(self) -> str:
        return "body-" + hashlib.sha1(self.key.encode()).hexdigest()[:12]

    @property
    def near(self):
        """The best stored body of a similar name, where the name itself is new."""
        return self.candidates[0] if self.existing is None and self.candidates else None


@dataclass
class MeetingFinding:
    kind: str                           # agenda | minutes | report
    body: str
    date: Optional[dt.date]
    start: Optional[str] = None
    end: Optional[str] = None
    venue: Optional[str] = None
    sources: dict = field(default_factory=dict)         # "date" | "start" | "end" | "venue" → Source
    existing: object = None                             # the stored Meeting, or None (new)
    replaces: str = ""                                  # "the stored minutes (12 minutes)"
    counts: str = ""                                    # "19 minutes, 2 actions"

    @property
    def label(self) -> str:
        return _long(self.date) if self.date else "date not stated"


@dataclass
class PersonFinding:
    key: str
    name: str
    listed: list[str]                   # "present", "apologies", "member", "chair", "action owner"
    role: str = ""
    organisation: str = ""
    source: Source = field(default_factory=Source)
    existing: object = None             # the stored Person (merged ones followed), or None (new)
    candidates: list = field(default_factory=list)     # [(Person, score, reason)]

    @property
    def field_name(self) -> str:
        return "person-" + hashlib.sha1(self.key.encode()).hexdigest()[:12]


@dataclass
class OrganisationFinding:
    name: str
    existing: object = None
    source: Source = field(default_factory=Source)


@dataclass
class Findings:
    bodies: list[BodyFinding] = field(default_factory=list)
    meetings: list[MeetingFinding] = field(default_factory=list)
    people: list[PersonFinding] = field(default_factory=list)
    organisations: list[OrganisationFinding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def new_bodies(self):
        return [b for b in self.bodies if b.existing is None]

    @property
    def new_people(self):
        return [p for p in self.people if p.existing is None]


def _source(src: dict, field_name: str, value: Optional[str] = None) -> Source:
    notes = (src or {}).get("fields", {}).get(field_name, [])
    if value is not None:
        notes = [n for n in notes if (n.get("value") or "") == value] or \
            [n for n in notes if name_key(n.get("value") or "") == name_key(value)]
    if not notes:
        return Source()
    return Source(notes[0].get("where", ""), list(notes[0].get("lines") or []))


def find_person(name: str):
    """The stored person a name is, as ingest matches it (titles removed; merged people followed), or None."""
    clean = clean_name(name)[:200]
    key = name_key(clean)
    return stored_person(clean, key) if key else None


def similar_people(name: str, people: list, limit: int = 5) -> list[tuple[object, float, str]]:
    """The stored people most like ``name``: the duplicate rules of ``people.name_similarity`` first, then
    names rapidfuzz finds close (a spelling, a dropped word)."""
    from rapidfuzz import fuzz

    key = name_key(name)
    out = []
    for p in people:
        score, why = name_similarity(name, p.name)
        if not score:
            ratio = fuzz.token_sort_ratio(key, name_key(p.name))
            if ratio >= 75:
                score, why = round(ratio * 0.8, 1), "a similar name"
        if score:
            out.append((p, score, why))
    out.sort(key=lambda x: (-x[1], x[0].name))
    return out[:limit]


def findings(parsed: R.ParsedDocument | dict, sources: Optional[list] = None) -> Findings:
    from minutebook.store.bodies import similar_bodies
    from minutebook.store.models import Meeting, Organisation, Person

    if isinstance(parsed, dict):
        parsed = R.ParsedDocument.model_validate(parsed)
    sources = list(sources or [])
    from minutebook.store.ingest import not_given

    out = Findings(warnings=list(parsed.warnings))
    if not_given(parsed):
        out.warnings.append(f"The document does not give {not_given(parsed)}: confirmed, only the file is stored, "
                            f"with no meeting.")
    records = [(i, r) for i, r in enumerate(parsed.records) if r.kind in ("agenda", "minutes", "report")]
    primary = next((r for _, r in records if r.kind == "agenda"), None) or \
        next((r for _, r in records if r.kind == "minutes"), None) or (records[0][1] if records else None)
    default_body = (primary.body if primary else None) or next((r.body for _, r in records if r.body), None)
    src_of = lambda i: sources[i] if i < len(sources) else {}  # noqa: E731

    bodies: dict[str, BodyFinding] = {}

    def add_body(name, role, source):
        key = body_key(name)
        if not key or key in bodies:
            return
        existing = find_body(name)
        shown = smart_title(" ".join(name.split()))[:200]
        bodies[key] = BodyFinding(key, shown, role, source, existing,
                                  similar_bodies(shown, exclude={existing.pk} if existing else ()))

    for i, r in records:
        name = r.body or default_body
        if name:
            add_body(name, "named by the document", _source(src_of(i), "body") if r.body else Source())
    for i, r in records:
        if r.kind == "agenda":
            for name, item, head in subgroup_items(r.agenda):
                spot = (src_of(i).get("items") or {}).get(item.number) or {}
                add_body(name, f"a sub-group reporting under “{head.title}”",
                         Source(spot.get("where", ""), list(spot.get("lines") or [])))
    out.bodies = list(bodies.values())

    for i, r in records:
        src = src_of(i)
        name = r.body or default_body or ""
        date = _date(r.meeting.date) or (_date(getattr(r, "for_meeting", None)) if r.kind == "report" else None)
        m = MeetingFinding(r.kind, smart_title(name), date, r.meeting.start, r.meeting.end, r.meeting.venue,
                           {k: _source(src, f"meeting.{k}") for k in ("date", "start", "end", "venue")})
        body = find_body(name) if name else None
        if body is not None and date:
            m.existing = Meeting.objects.filter(body=body, date=date).first()
        if r.kind == "minutes":
            m.counts = f"{len(r.items)} minutes, {sum(len(x.actions) for x in r.items)} actions"
            if m.existing is not None and m.existing.minutes.exists():
                m.replaces = f"the minutes stored now ({m.existing.minutes.count()} minutes)"
        elif r.kind == "agenda":
            m.counts = f"{len(r.agenda)} agenda items"
            if m.existing is not None and m.existing.agenda_items.exists():
                m.replaces = f"the agenda stored now ({m.existing.agenda_items.count()} items)"
        else:
            m.counts = f"report {r.report_no or r.title or '(untitled)'}"
        out.meetings.append(m)

    people: dict[str, PersonFinding] = {}
    orgs: dict[str, OrganisationFinding] = {}

    def add_person(name, listed, src, group, role=None, organisation=None):
        key = name_key(name or "")
        if not key:
            return
        p = people.get(key)
        if p is None:
            p = people[key] = PersonFinding(key, clean_name(name), [], source=_source(src, group, name))
        if listed not in p.listed:
            p.listed.append(listed)
        if role and not p.role:
            p.role = role.strip()
        org = organisation or organisation_from_role(role)
        if org and not p.organisation:
            p.organisation = org.strip().strip("()").strip()
        if org:
            o = " ".join(org.split()).strip("()").strip()[:200]
            if o.casefold() not in orgs:
                orgs[o.casefold()] = OrganisationFinding(o, Organisation.objects.filter(name__iexact=o).first(),
                                                         p.source)

    for i, r in records:
        src = src_of(i)
        if r.kind == "minutes":
            if r.chair:
                add_person(r.chair, "chair", src, "chair")
            for ref in r.present:
                add_person(ref.name, "present", src, "present", ref.role, ref.organisation)
            for ref in r.also_present:
                add_person(ref.name, "in attendance", src, "also_present", ref.role, ref.organisation)
            for ap in r.apologies:
                add_person(ap.name, "apologies", src, "apologies", ap.role)
                if ap.substitute:
                    add_person(ap.substitute, "substitute", src, "apologies")
            for item in r.items:
                for a in item.actions:
                    for n in a.owner_names:
                        if n:
                            add_person(n, "action owner", src, "present")
        elif r.kind == "agenda":
            for ref in r.members:
                add_person(ref.name, "member", src, "members", ref.role, ref.organisation)
            for label, value in (("chair", r.chair), ("vice-chair", r.vice_chair)):
                if value:
                    add_person(value, label, src, "chair" if label == "chair" else "vice_chair")
    pool = list(Person.objects.filter(merged_into__isnull=True).select_related("organisation"))
    for p in people.values():
        p.existing = find_person(p.name)
        if p.existing is None:
            p.candidates = similar_people(p.name, pool)
    out.people = list(people.values())
    out.organisations = list(orgs.values())
    return out


class ChoiceError(ValueError):
    pass


def choices(found: Findings, data) -> tuple[dict, dict]:
    """The clerk's answers (``data``: the review form's POST) as ``store_parsed``'s ``bodies`` and ``people``
    maps. A field left out keeps what the review proposed (the matched body or person, else new)."""
    from minutebook.store.models import Body, Person

    bodies, people = {}, {}
    for b in found.bodies:
        value = (data.get(b.field_name) or (str(b.existing.pk) if b.existing else NEW)).strip()
        if value == NEW:
            continue        # a name stored meanwhile is that body: ingest matches it by name
        chosen = Body.objects.filter(pk=int(value) if value.isdigit() else -1, merged_into__isnull=True).first()
        if chosen is None:
            raise ChoiceError(f"the body chosen for “{b.name}” is no longer in the record: choose again")
        bodies[b.key] = chosen
    for p in found.people:
        value = (data.get(p.field_name) or (str(p.existing.pk) if p.existing else NEW)).strip()
        if value == NEW:
            continue
        chosen = Person.objects.filter(pk=int(value) if value.isdigit() else -1).first()
        if chosen is None:
            raise ChoiceError(f"the person chosen for “{p.name}” is no longer in the record: choose again")
        people[p.key] = resolve(chosen)
    return bodies, people

"""Import from a ModernGov site's web service (:mod:`minutebook.ingest.moderngov`) into the store.

Rules:

* **One meeting, one transaction.** A meeting's GetMeeting reply is stored as a document (its sha256 is
  the meeting's identity, as for any ingested file): its agenda items, minutes and decisions, attendance,
  declarations and linked documents go in together or not at all. The same reply twice changes nothing;
  a changed reply replaces what the earlier one stored (``store.ingest``'s corrected-version rules). A run
  that stops part way leaves the meetings it finished; the next run skips those and carries on.
* **Through the ingest path.** The reply becomes a :class:`~minutebook.record.ParsedDocument` (an agenda
  record, and a minutes record when there are minutes) stored by ``store_parsed``. Each linked document on
  the site is downloaded (size- and time-limited) and read by the ordinary readers; what they find is
  stored where it is the record of an earlier meeting the web service did not give (the minutes approved
  at this one) or a report to a known meeting; otherwise, and when they cannot read it, the file is kept
  as a document of its meeting. Links to other sites and web pages are not followed.
* **Attendance.** "Expected" → expected, "Present"/"Attended"/"Virtual" → present, "In attendance" → also
  present, "Present as substitute" (or a substitute's role) → substitute, "Apologies" → apologies (with
  the substitute sent, where one is listed); "Absent" is not stored.
* **Restricted items stay exempt.** An item marked ``isrestricted`` becomes an exempt agenda item and
  minute, its documents exempt documents (stored, never read into records, never public).
* **Published as the site had it.** ``agendapublished``/``minutepublished`` set the meeting's agenda and
  minutes published (never unset); linked documents that were public on the site are published.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from minutebook import record as R
from minutebook.ingest import moderngov as mg
from minutebook.ingest.errors import InputError

FILENAME = "moderngov-meeting-{id}.xml"


@dataclass
class MeetingResult:
    meeting_id: int
    committee: str
    date: Optional[dt.date] = None
    status: str = "stored"        # stored | replaced | unchanged | failed
    error: str = ""
    items: int = 0
    minutes: int = 0
    attendance: int = 0
    documents: int = 0
    declarations: int = 0
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        when = f"{self.date.day} {self.date:%B %Y}" if self.date else "undated"
        head = f"{self.committee}, {when} (meeting {self.meeting_id})"
        if self.status == "failed":
            return f"{head}: failed: {self.error}"
        if self.status == "unchanged":
            return f"{head}: already imported"
        return (f"{head}: {self.status}: {self.items} items, {self.minutes} minutes, {self.attendance} attendance, "
                f"{self.documents} documents, {self.declarations} declarations"
                + (f" ({len(self.warnings)} warnings)" if self.warnings else ""))


@dataclass
class ImportSummary:
    meetings: list[MeetingResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for m in self.meetings if m.status == status)

    @property
    def failed(self) -> list[MeetingResult]:
        return [m for m in self.meetings if m.status == "failed"]

    def lines(self) -> list[str]:
        out = [f"meetings: {self.count('stored')} imported, {self.count('replaced')} updated, "
               f"{self.count('unchanged')} already imported, {self.count('failed')} failed",
               f"stored: {sum(m.items for m in self.meetings)} agenda items, "
               f"{sum(m.minutes for m in self.meetings)} minutes, {sum(m.attendance for m in self.meetings)} attendance, "
               f"{sum(m.documents for m in self.meetings)} documents, "
               f"{sum(m.declarations for m in self.meetings)} declarations"]
        warnings = [f"{m.committee} {m.date or ''} (meeting {m.meeting_id}): {w}" for m in self.meetings for w in m.warnings]
        if warnings:
            out.append(f"warnings ({len(warnings)}):")
            out += [f"  {w}" for w in warnings]
        return out


# ---------------------------------------------------------------- choosing what to import

def choose_committees(committees: list[mg.Committee], wanted: Iterable[str]) -> list[mg.Committee]:
    """The committees named (by id, or by title: exact, else the one whose title contains it), or all."""
    wanted = [w.strip() for w in wanted if w and w.strip()]
    if not wanted:
        return [c for c in committees if not c.deleted]
    out = []
    for w in wanted:
        if w.isdigit():
            hits = [c for c in committees if c.id == int(w)]
        else:
            hits = [c for c in committees if c.title.casefold() == w.casefold()] or \
                [c for c in committees if w.casefold() in c.title.casefold()]
        if not hits:
            raise mg.ServiceError(f"no committee {w!r} on the site (minutebook import moderngov URL --list "
                                  "shows them)")
        if len(hits) > 1:
            raise mg.ServiceError(f"{w!r} names {len(hits)} committees: "
                                  + "; ".join(f"{c.title} ({c.id})" for c in hits[:6]) + " — give the id")
        out += [c for c in hits if c not in out]
    return out


def import_site(client: mg.Client, committees: Iterable[str] = (), start: Optional[dt.date] = None,
                end: Optional[dt.date] = None,
                progress: Optional[Callable[[int, int, MeetingResult], None]] = None) -> ImportSummary:
    """Every meeting of the chosen committees between ``start`` and ``end`` (inclusive). A site that cannot
    be read at all raises :class:`~minutebook.ingest.moderngov.ServiceError`; a meeting that cannot be
    read is reported in the summary (status "failed", nothing of it stored) and the others go on."""
    start = start or dt.date(2000, 1, 1)
    end = end or dt.date.today() + dt.timedelta(days=366)
    chosen = choose_committees(client.committees(), committees)
    stubs: list[tuple[mg.Committee, mg.MeetingStub]] = []
    for committee in chosen:
        seen = set()
        for stub in client.meetings(committee.id, start, end):
            if stub.id not in seen and (stub.date is None or start <= stub.date <= end):
                seen.add(stub.id)
                stubs.append((committee, stub))
    stubs.sort(key=lambda cs: (cs[1].date or dt.date.min, cs[0].title, cs[1].id))
    summary = ImportSummary()
    for i, (committee, stub) in enumerate(stubs):
        result = import_meeting(client, committee, stub)
        summary.meetings.append(result)
        if progress:
            progress(i, len(stubs), result)
    return summary


# ---------------------------------------------------------------- one meeting

@dataclass
class _Download:
    doc: mg.LinkedDocument
    item: Optional[int]            # position of its agenda item
    data: bytes
    content_type: str
    filename: str
    parsed: Optional[R.ParsedDocument] = None
    problem: str = ""              # why it was not read into records


def import_meeting(client: mg.Client, committee: mg.Committee, stub: mg.MeetingStub) -> MeetingResult:
    result = MeetingResult(stub.id, committee.title, stub.date)
    try:
        data = client.meeting_xml(stub.id)
        meeting = mg.parse_meeting(data)
        result.date = meeting.date
        sha = hashlib.sha256(data).hexdigest()
        from minutebook.store.models import Document

        if Document.objects.filter(sha256=sha).exists():
            result.status = "unchanged"
            return result
        downloads = _download(client, meeting, result)       # before the transaction: no lock held meanwhile
        from django.db import transaction

        with transaction.atomic():
            _store(committee, meeting, data, sha, downloads, result)
    except (mg.ServiceError, InputError) as exc:
        result.status, result.error = "failed", str(exc)
    except Exception as exc:              # a bug or a database error: still one line, nothing of it stored
        import os
        import traceback

        if os.environ.get("MINUTEBOOK_DEBUG") == "1":
            traceback.print_exc()
        result.status = "failed"
        result.error = f"could not be stored ({type(exc).__name__}: {exc})".splitlines()[0]
    return result


_EXT = {"application/pdf": ".pdf", "text/html": ".html", "text/plain": ".txt",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}


def _filename(doc: mg.LinkedDocument, data: bytes, content_type: str) -> str:
    ext = ".pdf" if data[:5] == b"%PDF-" else ".docx" if data[:4] == b"PK\x03\x04" else \
        _EXT.get(content_type) or mimetypes.guess_extension(content_type or "") or ".bin"
    title = re.sub(r"[^\w\s.,()&'-]+", " ", doc.title or "").strip()
    title = re.sub(r"\s+", " ", title)[:150] or f"document {doc.id or ''}".strip()
    return f"{title}{ext}"


def _download(client: mg.Client, meeting: mg.Meeting, result: MeetingResult) -> list[_Download]:
    """The meeting's linked documents on the site, read by the ordinary readers (within their limits). A
    server that does not answer fails the meeting (the next run tries again); a missing or refused
    document is a warning."""
    from minutebook.ingest.bounded import parse_data

    out, seen = [], set()
    for pos, item in enumerate(meeting.items):
        for doc in item.documents:
            url = client.absolute(doc.url)
            if url in seen:
                continue
            seen.add(url)
            if doc.is_url:
                result.warnings.append(f"{doc.title or url}: a link to a web page, not followed")
                continue
            if not client.on_site(url):
                result.warnings.append(f"{doc.title or url}: on another site ({url}), not downloaded")
                continue
            try:
                data, content_type = client.document(url)
            except mg.ServiceError as exc:
                if exc.transient:
                    raise
                result.warnings.append(f"{doc.title or url}: not downloaded ({exc})")
                continue
            d = _Download(doc, pos, data, content_type, _filename(doc, data, content_type))
            restricted = doc.restricted or item.restricted
            if restricted:
                d.problem = "restricted"
            else:
                from minutebook.store.models import Document

                sha = hashlib.sha256(data).hexdigest()
                if not Document.objects.filter(sha256=sha).exists():
                    try:
                        d.parsed = parse_data(d.filename, data, sha)
                    except InputError as exc:
                        d.problem = exc.problem
            out.append(d)
    return out


def _attendance_kind(a: mg.Attendee) -> Optional[str]:
    from minutebook.store.models import Attendance

    state, role = a.attendance.casefold(), a.role.casefold()
    if state.startswith("absent") or state in ("not required", "not expected"):
        return None
    if "apolog" in state:
        return Attendance.APOLOGIES
    if "substitut" in state or ("substitut" in role and re.match(r"present|attended|virtual|remote", state)):
        return Attendance.SUBSTITUTE
    if state.startswith("in attendance"):
        return Attendance.ALSO_PRESENT
    if re.match(r"present|attended|virtual|remote", state):
        return Attendance.PRESENT
    return Attendance.EXPECTED


_CHAIR = re.compile(r"^\s*(chair|chairman|chairwoman|chairperson|chair of the \w+)\s*$", re.I)
_VICE = re.compile(r"^\s*(vice|deputy)[- ]?(chair|chairman|chairwoman|chairperson)\b", re.I)
_MEMBERISH = re.compile(r"\b(member|chair|chairman|chairwoman|chairperson|councillor)\b", re.I)
_DECIDED = re.compile(r"^\s*(RESOLVED|DECIDED|AGREED|DECISION|Resolved|Decided|Decision|Agreed)\b\s*[:.,–-]?\s*")


def split_decisions(text: str) -> tuple[str, list[str]]:
    """Minutes text → (narrative, decisions): the decisions are what follows "RESOLVED (that)" or "Decision:"."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _DECIDED.match(line)
        if m and (line[m.end():].strip() or i + 1 < len(lines)):
            first = line[m.end():].strip()
            decisions = ([first] if first else []) + [x.strip() for x in lines[i + 1:] if x.strip()]
            if decisions:       # kept as the store keeps them: what follows "RESOLVED that"
                decisions[0] = re.sub(r"^that\s+(?=\S)", "", decisions[0], flags=re.I)
            return "\n".join(lines[:i]).strip(), decisions
    return text.strip(), []


def parsed_record(committee: str, meeting: mg.Meeting, sha: str) -> R.ParsedDocument:
    """A GetMeeting reply as the meeting record: the agenda, and the minutes where there are minutes."""
    info = R.MeetingInfo(date=meeting.date.isoformat(), start=meeting.start, end=meeting.end,
                         venue=meeting.venue or None)
    members, chair, vice = [], None, None
    for a in meeting.attendees:
        clean = _person_name(a.name)
        if _CHAIR.match(a.role):
            chair = chair or clean
        elif _VICE.match(a.role):
            vice = vice or clean
        if _MEMBERISH.search(a.role) and "substitut" not in a.role.casefold() and not a.attendance.casefold() \
                .startswith(("in attendance", "present as substitute")):
            members.append(R.PersonRef(name=clean, role=a.role or None))
    agenda = R.AgendaRecord(body=committee, meeting=info, chair=chair, vice_chair=vice, members=members,
                            agenda=[R.AgendaItem(number=item.number or str(i + 1), title=item.title[:400],
                                                 exempt=item.restricted)
                                    for i, item in enumerate(meeting.items)])
    records: list = [agenda]
    items = []
    for i, item in enumerate(meeting.items):
        text, decisions = split_decisions(mg.html_text(item.minutes_html)) if item.minutes_html else ("", [])
        if item.decision_html:
            decided = mg.html_text(item.decision_html)
            decisions = decisions or split_decisions(decided)[1] or [decided]
        if text or decisions:
            items.append(R.MinuteItem(number=item.minute_number or item.number or str(i + 1), title=item.title[:400],
                                      text=text, resolutions=decisions, exempt=item.restricted))
    if (meeting.minutes_published or meeting.decisions_published or items) and not meeting.cancelled:
        kinds = {a.name: _attendance_kind(a) for a in meeting.attendees}
        from minutebook.store.models import Attendance as A

        records.append(R.MinutesRecord(
            body=committee, meeting=info, chair=chair, items=items,
            present=[R.PersonRef(name=_person_name(a.name), role=a.role or None) for a in meeting.attendees
                     if kinds[a.name] in (A.PRESENT, A.SUBSTITUTE)],
            also_present=[R.PersonRef(name=_person_name(a.name), role=a.role or None) for a in meeting.attendees
                          if kinds[a.name] == A.ALSO_PRESENT],
            apologies=[R.Apology(name=_person_name(a.name), role=a.role or None) for a in meeting.attendees
                       if kinds[a.name] == A.APOLOGIES]))
    return R.ParsedDocument(source=FILENAME.format(id=meeting.id), sha256=sha, records=records)


def _person_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


def _store(committee: mg.Committee, meeting: mg.Meeting, data: bytes, sha: str, downloads: list[_Download],
           result: MeetingResult) -> None:
    from minutebook.store import models as M
    from minutebook.store.ingest import _Store, store_parsed

    parsed = parsed_record(committee.title, meeting, sha)
    stored = store_parsed(parsed, data, FILENAME.format(id=meeting.id))
    result.status = "replaced" if stored.status == "replaced" else "stored"
    result.warnings += stored.warnings
    source = M.Document.objects.get(pk=stored.document_id)
    source.content_type = "application/xml"
    source.title = f"ModernGov record of meeting {meeting.id}"[:300]
    source.save(update_fields=["content_type", "title"])
    m = source.meeting
    if m is None:
        raise InputError(source.filename, "the meeting could not be filed (no committee or date)")
    people = _Store(parsed, data, source.filename, sha)
    people.doc = source
    # the meeting as the site had it
    changed = []
    if meeting.cancelled and m.status != M.Meeting.CANCELLED:
        m.status = M.Meeting.CANCELLED
        changed.append("status")
    for f, value in (("published", meeting.agenda_published),
                     ("minutes_published", meeting.minutes_published or meeting.decisions_published)):
        if value and not getattr(m, f):
            setattr(m, f, True)
            changed.append(f)
    if changed:
        m.save(update_fields=changed)
    items = list(M.AgendaItem.objects.filter(meeting=m, source=source).order_by("position"))
    for agenda_item, item in zip(items, meeting.items):
        description = mg.html_text(item.agenda_html)
        if description and agenda_item.description != description:
            agenda_item.description = description
            agenda_item.save(update_fields=["description"])
    result.items = len(items)
    result.minutes = M.Minute.objects.filter(meeting=m, source=source).count()
    # attendance: every kind the site records (the minutes record holds only present and apologies)
    M.Attendance.objects.filter(meeting=m).delete()
    subs, sent = [], []
    seen: set[int] = set()
    for a in meeting.attendees:
        kind = _attendance_kind(a)
        if kind is None:
            continue
        p = people.person(a.name, a.role or None, when=meeting.date)
        if p is None or p.pk in seen:
            continue
        seen.add(p.pk)
        row = M.Attendance.objects.create(meeting=m, person=p, kind=kind, role=a.role[:300],
                                          is_chair=bool(_CHAIR.match(a.role)), source=source)
        if kind == M.Attendance.SUBSTITUTE:
            subs.append(row)
        elif kind == M.Attendance.APOLOGIES and "substitut" in a.attendance.casefold():
            sent.append(row)
        result.attendance += 1
    if len(sent) == len(subs) == 1:      # who came in whose place, where the site leaves no doubt
        sent[0].substitute = subs[0].person
        sent[0].save(update_fields=["substitute"])
    # declarations of interest
    M.Declaration.objects.filter(meeting=m).delete()
    for agenda_item, item in zip(items, meeting.items):
        for d in item.declarations:
            p = people.person(d.name, when=meeting.date)
            if p is not None:
                M.Declaration.objects.create(meeting=m, item=agenda_item, person=p, type=d.type[:100], text=d.text,
                                             source=source)
                result.declarations += 1
        if item.declaration_count > len(item.declarations):
            result.warnings.append(f"item {item.number} {item.title}: the site counts {item.declaration_count} "
                                   f"declarations but gives {len(item.declarations)}")
    # linked documents
    for d in downloads:
        result.documents += _store_document(d, m, committee, meeting, result)


def _imported_meeting_dates() -> set:
    from minutebook.store.models import Meeting

    return set(Meeting.objects.filter(documents__filename__startswith="moderngov-meeting-")
               .values_list("date", flat=True))


def _store_document(d: _Download, m, committee: mg.Committee, meeting: mg.Meeting, result: MeetingResult) -> int:
    """One linked document: its records through ``store_parsed`` (but not over a meeting the web service gave),
    or the file alone as an attachment of the meeting. 1 if newly stored, 0 if it was already."""
    from minutebook.store import models as M
    from minutebook.store.ingest import store_parsed

    sha = hashlib.sha256(d.data).hexdigest()
    restricted = d.problem == "restricted"
    existing = M.Document.objects.filter(sha256=sha).first()
    if existing is not None:
        if existing.meeting_id is None:
            existing.meeting = m
            existing.save(update_fields=["meeting"])
        return 0
    doc = None
    if d.parsed is not None:
        from minutebook.store.ingest import _date

        given = _imported_meeting_dates()

        def kept(r) -> bool:
            """A meeting's papers may hold the minutes of an earlier meeting, never the record of a later one,
            nor of a meeting the web service gave (its structured record wins); a report goes to its meeting."""
            when = _date(getattr(r, "for_meeting", None)) or _date(r.meeting.date)
            if r.kind == "report":
                return when is None or when in given or when < meeting.date
            return r.kind not in ("agenda", "minutes") or when is None or (when < meeting.date and when not in given)

        records = [r for r in d.parsed.records if kept(r)]
        dropped = len(d.parsed.records) - len(records)
        kept = d.parsed.model_copy(update={"records": records})
        try:
            stored = store_parsed(kept, d.data, d.filename)
        except InputError as exc:
            d.problem = "it holds no record of an earlier meeting" if dropped else exc.problem
        else:
            doc = M.Document.objects.get(pk=stored.document_id)
            result.warnings += [f"{d.filename}: {w}" for w in stored.warnings]
    if doc is None:
        if d.problem and not restricted:
            result.warnings.append(f"{d.filename}: kept as a file only ({d.problem})")
        doc = M.Document.objects.create(
            sha256=sha, filename=d.filename[:300], kind=M.Document.ATTACHMENT, size=len(d.data), content=d.data,
            content_type=d.content_type or mimetypes.guess_type(d.filename)[0] or "application/octet-stream",
            body=m.body)
    doc.title = (d.doc.title or doc.title)[:300]
    doc.meeting = doc.meeting or m
    doc.body = doc.body or m.body
    doc.exempt = restricted
    doc.published = not restricted and meeting.agenda_published
    doc.save(update_fields=["title", "meeting", "body", "exempt", "published"])
    # a meeting's paper: public only while that meeting's agenda is, and what it gave is
    from minutebook.store import contents
    contents.hold(doc, contents.of_sources(doc) + contents.of_meeting_upload(m))
    return 1

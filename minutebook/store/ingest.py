"""Ingest: parsed documents → the store. One file is one transaction; the same bytes twice change nothing.

Rules (each a plain function below, so the reasons are in one place):

* **Identity.** A file is known by the sha256 of its bytes. Bytes already stored → "unchanged".
* **Records.** Each record of a :class:`~minutebook.record.ParsedDocument` belongs to one meeting
  (body + date). An agenda gives the meeting's details, agenda items and the membership list;
  minutes give attendance, minutes, resolutions, actions and post-meeting notes and make the meeting
  "held"; a report gives a :class:`Report` (its JSON kept whole, matters-arising rows included: they
  never create or reopen actions). Attachments stay in the stored document's parsed JSON.
* **Corrected versions.** A record replaces what is stored for the same meeting and kind (minutes
  replace that meeting's minutes and attendance; an agenda its agenda items; a report the report of
  the same number). User-recorded action status and updates carry over to the action with the same
  minute number and owners. An older document all of whose records are replaced is marked
  ``superseded_by`` the new one.
* **Clerk's choices.** From the web an upload waits for a clerk's review (``minutebook.web.tasks``) and is
  stored with the clerk's choices: a body name filed under an existing body, a new person mapped to an
  existing one (``store_parsed(..., bodies=, people=)``). The CLI stores at once (the clerk is at the shell).
  A body merged into another (``Body.merged_into``) files its name under the body it was merged into.
* **People.** One person per name after removing titles (``people.name_key``); no fuzzy merging.
  An organisation is taken from the record, or from the role text where the role is plainly an
  agency ("London Ambulance Service", "Safer Neighbourhood Board-Vice Chairman"), never guessed
  from a job title ("Bromley Fire Commander").
* **Planned meetings.** A stated next meeting date creates a planned meeting. When a later meeting
  states (or its pack shows) which meeting came before it, an empty planned meeting in between was
  moved: its due actions go to the later meeting and the placeholder is removed.
* **Actions.** Open, due at the next meeting of the body (the stated next meeting if any).
* **Body settings** are filled only where empty and not in ``Body.settings_locked``; running
  numbers (next minute, next report) only move up.
* **Approvals.** :func:`apply_approvals`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional
from zoneinfo import ZoneInfo

from minutebook import record as R
from minutebook.cycle.deadlines import is_working_day
from minutebook.cycle.numbering import minute_key, report_parts
from minutebook.ingest.errors import InputError
from minutebook.store.people import clean_name, name_key, resolve, split_title, stored_person

LONDON = ZoneInfo("Europe/London")
SUFFIXES = {".pdf", ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx"}


# ---- results ---------------------------------------------------------------------------------

@dataclass
class FileResult:
    path: str
    status: str = "ingested"          # ingested | unchanged | replaced | failed
    error: str = ""
    warnings: list[str] = field(default_factory=list)
    meetings: int = 0
    minutes: int = 0
    actions: int = 0
    people: int = 0
    found: list[str] = field(default_factory=list)     # "minutes of 9 March 2017 (19 minutes, 2 actions)"
    document_id: Optional[int] = None


@dataclass
class IngestSummary:
    files: list[FileResult] = field(default_factory=list)

    def _count(self, status):
        return sum(1 for f in self.files if f.status == status)

    ingested = property(lambda self: self._count("ingested"))
    unchanged = property(lambda self: self._count("unchanged"))
    replaced = property(lambda self: self._count("replaced"))
    failed = property(lambda self: self._count("failed"))
    meetings = property(lambda self: sum(f.meetings for f in self.files))
    minutes = property(lambda self: sum(f.minutes for f in self.files))
    actions = property(lambda self: sum(f.actions for f in self.files))
    people = property(lambda self: sum(f.people for f in self.files))

    @property
    def warnings(self) -> list[str]:
        return [f"{Path(f.path).name}: {w}" for f in self.files for w in f.warnings]

    @property
    def errors(self) -> list[str]:
        return [f.error for f in self.files if f.status == "failed"]

    def file_lines(self) -> list[str]:
        """One line per file: what it held, or why it was skipped or failed."""
        out = []
        for f in self.files:
            what = "; ".join(f.found) if f.found else ("already stored" if f.status == "unchanged" else
                                                       f.error if f.status == "failed" else "no meeting records")
            out.append(f"{Path(f.path).name}: {f.status}: {what}")
        return out

    def lines(self) -> list[str]:
        out = [f"files: {self.ingested} ingested, {self.replaced} replaced an earlier version, "
               f"{self.unchanged} unchanged, {self.failed} failed",
               f"stored: {self.meetings} meetings, {self.minutes} minutes, {self.actions} actions, "
               f"{self.people} new people"]
        if self.warnings:
            out.append(f"warnings ({len(self.warnings)}):")
            out += [f"  {w}" for w in self.warnings]
        return out


# ---- entry points ----------------------------------------------------------------------------

NO_RECORD = "no agenda, minutes or report found in the document"


def expand(paths: Iterable) -> list[Path]:
    """Files named, and the meeting documents in folders named (recursive, sorted; hidden skipped)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                          and not any(part.startswith(".") for part in f.relative_to(p).parts))
        else:
            out.append(p)
    return out


def ingest_paths(paths, progress: Optional[Callable[[int, int, Path], None]] = None) -> IngestSummary:
    files = expand(paths)
    summary = IngestSummary()
    for i, path in enumerate(files):
        if progress:
            progress(i, len(files), path)
        summary.files.append(ingest_file(path))
    return summary


def ingest_file(path) -> FileResult:
    """Parse and store one file. Failures come back as status "failed" with a one-line error."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(path, "is a folder (ingest folders through ingest_paths)")
        from minutebook.ingest.readers import load, sha256_of
        from minutebook.store.models import Document

        data = load(path)      # refuses a missing, unreadable or oversized file before reading it
        digest = sha256_of(data)
        if Document.objects.filter(sha256=digest).exists():
            return FileResult(str(path), status="unchanged")
        from minutebook.ingest.bounded import parse_data

        parsed = parse_data(path, data, digest)     # in a child process, within the limits
        return store_parsed(parsed, data, str(path))
    except InputError as exc:
        return FileResult(str(path), status="failed", error=str(exc))
    except Exception as exc:
        from django.db import IntegrityError
        from minutebook.store.models import Document

        if isinstance(exc, IntegrityError) and 'data' in locals() and \
                Document.objects.filter(sha256=hashlib.sha256(data).hexdigest()).exists():
            return FileResult(str(path), status="unchanged")   # stored meanwhile by another process
        # a bug or a database error: still one line, and nothing stored
        import os
        if os.environ.get("MINUTEBOOK_DEBUG") == "1":
            traceback.print_exc()
        return FileResult(str(path), status="failed",
                          error=f"{path}: could not be stored ({type(exc).__name__}: {exc})".splitlines()[0])


def store_parsed(parsed: R.ParsedDocument, data: bytes, filename, *, bodies: Optional[dict] = None,
                 people: Optional[dict] = None) -> FileResult:
    """Store one parsed document in one transaction (all or nothing).

    ``bodies`` (``body_key(name)`` → Body) and ``people`` (``name_key(name)`` → Person) are a reviewing
    clerk's choices: the document's names filed under existing bodies and people instead of new ones."""
    from django.db import transaction

    from minutebook.store.models import Document

    sha = hashlib.sha256(data).hexdigest()
    if Document.objects.filter(sha256=sha).exists():
        return FileResult(str(filename), status="unchanged")
    parsed = R.printable_record(parsed)      # control characters a document held are not stored (as in forms)
    with transaction.atomic():
        return _Store(parsed, data, str(filename), sha, bodies=bodies, people=people).run()


def not_given(parsed: R.ParsedDocument) -> str:
    """What a document with records lacks to be filed under a meeting ("the committee or group", "the
    meeting date"), or "" when it can be: such a file is stored as the file only."""
    records = [r for r in parsed.records if r.kind in ("agenda", "minutes", "report")]
    if not records:
        return ""
    primary = next((r for r in records if r.kind == "agenda"), None) or \
        next((r for r in records if r.kind == "minutes"), None) or records[0]
    if not (primary.body or any(r.body for r in records)):
        return "the committee or group"
    if not (_date(primary.meeting.date) or _date(getattr(primary, "for_meeting", None))):
        return "the meeting date"
    return ""


# ---- small rules -----------------------------------------------------------------------------

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE_DMY = re.compile(r"\b(\d{1,2})\s*(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r"\.?,?\s+(\d{4})\b", re.I)
_DATE_MDY = re.compile(r"\b" + _MON + r"\.?\s+(\d{1,2})\s*(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)


def _month(word: str) -> int:
    return next(i + 1 for i, m in enumerate(_MONTHS) if m.startswith(word.lower()[:3]))


def dates_in(text: str) -> list[dt.date]:
    """UK written dates in running text: "9th March 2017", "16 th October 2017", "March 8th 2018"."""
    text = re.sub(r"<[^>]+>", " ", text or "")
    found = []
    for m in _DATE_DMY.finditer(text):
        found.append((m.start(), m.group(1), m.group(2), m.group(3)))
    for m in _DATE_MDY.finditer(text):
        found.append((m.start(), m.group(2), m.group(1), m.group(3)))
    out = []
    for _, d, mon, y in sorted(found):
        try:
            out.append(dt.date(int(y), _month(mon), int(d)))
        except ValueError:
            pass
    return out


def _long(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def _date(value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _time(value: Optional[str]) -> Optional[dt.time]:
    if not value:
        return None
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        return None


_SMALL = {"and", "of", "the", "for", "from", "on", "in", "to", "at", "by", "with", "a", "an", "or"}
_WORDS3 = {"sub", "new", "all", "any", "key", "age", "our", "one", "two", "met", "law", "war", "day", "way",
           "use", "act", "aid", "art", "arts", "bus", "car", "job", "pay", "tax", "hub", "map", "end", "top"}


def smart_title(text: str) -> str:
    """"ASB AND ENVIROCRIME SUB GROUP" → "ASB and Envirocrime Sub Group" (short all-capital words that
    are not ordinary words stay as acronyms). Text that is not all capitals is left as it is."""
    if text != text.upper():
        return text
    words = []
    for i, w in enumerate(text.split()):
        low = w.lower()
        if i and low in _SMALL:
            words.append(low)
        elif len(w) <= 3 and w.isalpha() and low not in _WORDS3 and low not in _SMALL:
            words.append(w)
        else:
            words.append("-".join(p.capitalize() for p in low.split("-")))
    return " ".join(words)


# Words that make a role text a job, not an agency.
_JOB = re.compile(r"\b(manager|director|officer|commander|head|chair(?:man|woman|person)?|holder|secretary|"
                  r"commissioner|executive|leader|member|councillor|coordinator|co-ordinator|advisor|adviser|"
                  r"analyst|lead|inspector|superintendent|chief|deputy|assistant|clerk|trustee|representative|"
                  r"engineer|practitioner|worker|specialist|consultant|mayor(?!')|portfolio|vice|interim|acting|"
                  r"president|governor|principal|planner|administrator|support officer)\b", re.I)
_AGENCY = re.compile(r"\b(service|services|trust|company|board|office|police|council|partnership|nhs|crc|"
                     r"agency|association|housing|brigade|authority|college|school|university|charity|"
                     r"foundation|support|ccg|group|forum|society|network|watch|probation|ambulance|"
                     r"constabulary|department|ministry|limited|ltd|plc|cic|team|unit|centre|church)\b", re.I)


def organisation_from_role(role: Optional[str]) -> Optional[str]:
    """The agency a role text names, where it plainly names one: "London Ambulance Service",
    "Safer Neighbourhood Board-Vice Chairman" → "Safer Neighbourhood Board". None otherwise."""
    if not role:
        return None
    role = role.strip().strip("()").strip()
    parts = [p.strip() for p in re.split(r"\s*(?:--|—|–|-(?=[A-Z]))\s*|\s+-\s+", role) if p.strip()]
    if len(parts) == 2:
        for org, job in (parts, parts[::-1]):
            if not _JOB.search(org) and _AGENCY.search(org) and _JOB.search(job):
                return org
        return None
    if len(parts) == 1 and _AGENCY.search(role) and not _JOB.search(role) and len(role.split()) <= 8:
        return role
    return None


def _minute_number(number: str) -> Optional[int]:
    k = minute_key(number)
    return k[0] if k[0] < 10 ** 9 else None


_SUBGROUP_HEAD = re.compile(r"\bsub[- ]?groups?\b", re.I)
_SUFFIX = re.compile(r"(\s*[-–:]?\s*(update|updates|report|reports))+\s*$", re.I)


def subgroup_name(title: str) -> str:
    """"DOMESTIC ABUSE SUB GROUP UPDATE" → "Domestic Abuse Sub Group"."""
    name = _SUFFIX.sub("", title.strip()).strip(" -–:")
    return smart_title(name or title.strip())


def _body_key(name: str) -> str:
    return re.sub(r"[\s\-–]+", " ", name.casefold()).strip()


def body_key(name: str) -> str:
    """What a body's name as printed must share with a stored body's to be that body."""
    return _body_key(smart_title(re.sub(r"\s+", " ", name or "").strip())[:200])


def merged_body(body):
    """The body a merged body now stands for (follows ``merged_into``)."""
    return resolve(body)


def find_body(name: str):
    """The stored body of a name as printed (merged bodies followed), or None."""
    from minutebook.store.models import Body

    name = smart_title(re.sub(r"\s+", " ", name or "").strip())[:200]
    key = _body_key(name)
    for b in Body.objects.filter(name__iexact=name) or Body.objects.all():
        if _body_key(b.name) == key:
            return merged_body(b)
    return None


def subgroup_items(items: list[R.AgendaItem]) -> list[tuple[str, R.AgendaItem, R.AgendaItem]]:
    """(name, item, head item) of each sub-item of a "REPORTS FROM SUB-GROUPS" item: the sub-groups an
    agenda names, each a body of its own."""
    out, head, head_no = [], None, None
    for item in items:
        m = re.match(r"^\s*(\d+)\s*([a-z]?)\s*$", item.number or "", re.I)
        if not m:
            continue
        if not m.group(2):
            head = item if _SUBGROUP_HEAD.search(item.title) else None
            head_no = m.group(1)
            continue
        if head is None or m.group(1) != head_no:
            continue
        out.append((subgroup_name(item.title), item, head))
    return out


_APPROVED = r"(agreed|approved|confirmed|signed|accepted|adopted)"
_APPROVAL = re.compile(r"\b(correct record|" + _APPROVED[1:-1] + r")\b", re.I)
_NOT_APPROVED = re.compile(r"\b(not|deferred)\s+(be\s+|been\s+)?" + _APPROVED, re.I)
_MINUTES_TITLE = re.compile(
    r"^\W*(to\s+)?(approve|approval|confirm|confirmation|sign|signing|agree|adopt|adoption|receive)\b.*\bminutes\b"
    r"|\bminutes\b.*\b(previous|last|meeting held)\b|\bminutes of (the |a )?meeting\b"
    r"|^\W*(the\s+)?minutes\W*$", re.I)
_NOT_THESE_MINUTES = re.compile(r"\bmatters arising\b|\bsub[- ]?groups?\b|\bforum\b", re.I)
_MINUTES_SENTENCE = re.compile(
    r"\bminutes (of|from)\b[^.;]{0,60}?\bmeeting\b[^.;]*?\b(were|was|be|are|is|been|meeting)\b[^.;]*?\b" + _APPROVED + r"\b"
    r"|\b" + _APPROVED + r"\b[^.;]*\bminutes of the (previous |last )?meeting\b", re.I)


def approved_meeting_date(title: str, text: str, resolutions: list[str],
                          previous: Optional[dt.date], held: dt.date) -> Optional[dt.date]:
    """If a minute records that earlier minutes were agreed, the date of that earlier meeting.

    Either the minute is headed as the minutes of the previous meeting and its text or resolution
    says agreed/approved/confirmed/signed ("as a correct record"), or one sentence says that "the
    minutes of the (previous) meeting" were agreed; "not agreed"/"deferred" never counts. The date
    is the one printed in the heading or text, else the stated previous meeting date.
    """
    body = " ".join([text or ""] + [f"{r}." for r in resolutions])
    sentences = [s for s in re.split(r"(?<=[.;])\s+", body) if s]
    if _MINUTES_TITLE.search(title or "") and not _NOT_THESE_MINUTES.search(title or ""):
        relevant = [s for s in sentences if _APPROVAL.search(s)]
    else:
        relevant = [s for s in sentences if _MINUTES_SENTENCE.search(s)]
    if not relevant or any(_NOT_APPROVED.search(s) for s in relevant):
        return None
    for d in dates_in(title or "") + [d for s in relevant for d in dates_in(s)] + dates_in(body):
        if d < held:
            return d
    return previous if previous and previous < held else None


# ---- the store step --------------------------------------------------------------------------

class _Store:
    def __init__(self, parsed: R.ParsedDocument, data: bytes, filename: str, sha: str, *,
                 bodies: Optional[dict] = None, people: Optional[dict] = None):
        from minutebook.store import models as M

        self.M = M
        self.chosen_bodies = dict(bodies or {})      # body_key → Body: a reviewing clerk's choices
        self.chosen_people = dict(people or {})      # name_key → Person
        self.parsed, self.data, self.filename, self.sha = parsed, data, filename, sha
        self.result = FileResult(filename, warnings=list(parsed.warnings))
        self.meetings: set[int] = set()
        self.bodies: dict[int, object] = {}
        self.keys: set[tuple] = set()
        self._people: dict[str, object] = {}
        self.replaced_from: set[int] = set()    # documents whose rows this one replaced

    # -- helpers
    def warn(self, text: str):
        self.result.warnings.append(text)

    def body(self, name: str):
        M = self.M
        name = smart_title(re.sub(r"\s+", " ", name).strip())[:200]
        key = _body_key(name)
        b = merged_body(self.chosen_bodies.get(key)) or find_body(name)
        if b is not None:
            self.bodies[b.pk] = b
            return b
        b = M.Body.objects.create(name=name)
        self.bodies[b.pk] = b
        return b

    def organisation(self, name: Optional[str]):
        if not name or not name.strip():
            return None
        name = re.sub(r"\s+", " ", name).strip().strip("()").strip()[:200]
        org = self.M.Organisation.objects.filter(name__iexact=name).first()
        return org or self.M.Organisation.objects.create(name=name)

    def person(self, name: str, role: Optional[str] = None, organisation: Optional[str] = None,
               when: Optional[dt.date] = None):
        """The person of a name (titles removed; merged people followed), created when new.
        Role and organisation are updated from the newest document that states them."""
        title, clean = split_title(name)
        title, clean = title[:60], clean[:200]
        key = name_key(clean)
        if not key:
            return None
        p = self._people.get(key)
        if p is None:
            chosen = self.chosen_people.get(key)
            p = resolve(chosen) if chosen is not None else stored_person(clean, key)
            if p is None:
                p = self.M.Person.objects.create(name=clean, title=title)
                self.result.people += 1
                p._latest = None
            else:
                p._latest = self.M.Attendance.objects.filter(person=p).order_by("-meeting__date") \
                    .values_list("meeting__date", flat=True).first()
            self._people[key] = p
        org_name = organisation or organisation_from_role(role)
        newer = when is None or p._latest is None or when >= p._latest
        changed = []
        if role and (newer or not p.role) and p.role != role.strip()[:300]:
            p.role = role.strip()[:300]
            changed.append("role")
        if org_name and (newer or not p.organisation_id):
            org = self.organisation(org_name)
            if p.organisation_id != org.pk:
                p.organisation = org
                changed.append("organisation")
        if title and not p.title:
            p.title = title
            changed.append("title")
        if changed:
            p.save(update_fields=changed)
        if when and newer:
            p._latest = when
        return p

    def meeting(self, body, date: dt.date):
        m, created = self.M.Meeting.objects.get_or_create(body=body, date=date)
        if m.pk not in self.meetings:
            self.meetings.add(m.pk)
        return m

    def planned(self, body, date: Optional[dt.date]):
        if not date:
            return None
        m, created = self.M.Meeting.objects.get_or_create(body=body, date=date,
                                                          defaults={"status": self.M.Meeting.PLANNED})
        return m

    def set_body(self, body, field_name: str, value, *, only_up: bool = False):
        """A body setting from a document: where empty (or higher, for running numbers), never if locked."""
        if value in (None, "", []) or field_name in (body.settings_locked or []):
            return
        current = getattr(body, field_name)
        if only_up:
            if current is not None and current >= value:
                return
        elif current not in (None, "", []):
            return
        setattr(body, field_name, value)
        body.save(update_fields=[field_name])

    # -- the run
    def run(self) -> FileResult:
        M, parsed = self.M, self.parsed
        records = [r for r in parsed.records if r.kind in ("agenda", "minutes", "report")]
        if not records:
            raise InputError(self.filename, NO_RECORD)
        primary = next((r for r in records if r.kind == "agenda"), None) or \
            next((r for r in records if r.kind == "minutes"), None) or records[0]
        body_name = primary.body or next((r.body for r in records if r.body), None)
        main_date = _date(primary.meeting.date) or _date(getattr(primary, "for_meeting", None))
        main_body = self.body(body_name) if body_name else None
        fname = Path(self.filename).name
        doc = M.Document.objects.create(
            sha256=self.sha, filename=fname, kind=M.Document.ORIGINAL, size=len(self.data), content=self.data,
            content_type=mimetypes.guess_type(fname)[0] or "application/octet-stream",
            body=main_body, title=self._title(primary), warnings=list(parsed.warnings),
            parsed=parsed.model_dump(mode="json"))
        if not (main_body and main_date):
            # kept as a document (nothing is lost), but it cannot be filed under a meeting
            missing = "the committee or group" if not main_body else "the meeting date"
            self.warn(f"the document does not give {missing}: stored the file only, with no meeting")
            doc.warnings = self.result.warnings
            doc.save(update_fields=["warnings"])
            self.result.document_id = doc.pk
            return self.result
        self.doc = doc
        self.result.document_id = doc.pk
        agenda_meeting = None
        for rec in records:
            body = self.body(rec.body) if rec.body else main_body
            if rec.kind == "agenda":
                date = _date(rec.meeting.date)
                if not date:
                    self.warn("an agenda without a meeting date was not stored")
                    continue
                agenda_meeting = self.store_agenda(body, date, rec)
            elif rec.kind == "minutes":
                date = _date(rec.meeting.date)
                if not date:
                    self.warn("minutes without a meeting date were not stored")
                    continue
                self.store_minutes(body, date, rec)
        for rec in records:
            if rec.kind == "report":
                body = self.body(rec.body) if rec.body else main_body
                date = _date(rec.for_meeting) or _date(rec.meeting.date) or \
                    (agenda_meeting.date if agenda_meeting else main_date)
                self.store_report(body, date, rec)
        # a pack carries the minutes of the meeting before: that is the agenda meeting's previous one
        if agenda_meeting and not agenda_meeting.previous_meeting_date:
            earlier = [d for r in records if r.kind == "minutes" for d in [_date(r.meeting.date)]
                       if d and d < agenda_meeting.date]
            if earlier:
                agenda_meeting.previous_meeting_date = max(earlier)
                agenda_meeting.save(update_fields=["previous_meeting_date"])
        doc.meeting = agenda_meeting or M.Meeting.objects.filter(body=main_body, date=main_date).first()
        doc.save(update_fields=["meeting"])
        from minutebook.store import contents

        contents.hold(doc, contents.of_sources(doc))
        self.supersede()
        if self.result.warnings != doc.warnings:
            doc.warnings = self.result.warnings
            doc.save(update_fields=["warnings"])
        for body in list(self.bodies.values()):
            reconcile(body)
            membership_starts(body)
        for m in M.Meeting.objects.filter(pk__in=self.meetings):
            apply_approvals(m)
        self.result.meetings = len(self.meetings)
        return self.result

    def _title(self, rec) -> str:
        kind = {"agenda": "Agenda", "minutes": "Minutes", "report": "Report"}[rec.kind]
        date = _date(rec.meeting.date) or _date(getattr(rec, "for_meeting", None))
        return f"{kind}{' ' + date.strftime('%-d %B %Y') if date else ''}"[:300]

    # -- agenda
    def store_agenda(self, body, date: dt.date, rec: R.AgendaRecord):
        M = self.M
        self.keys.add((body.pk, date, "agenda", ""))
        self.result.found.append(f"agenda of {_long(date)} ({len(rec.agenda)} items)")
        m = self.meeting(body, date)
        changed = self._meeting_info(m, rec.meeting, authoritative=not m.minutes.exists())
        if rec.published and _date(rec.published):
            m.agenda_published_on = _date(rec.published)
            changed.add("agenda_published_on")
        if rec.question_deadline:
            try:
                qd = dt.datetime.fromisoformat(rec.question_deadline)
                m.question_deadline = qd if qd.tzinfo else qd.replace(tzinfo=LONDON)
                changed.add("question_deadline")
            except ValueError:
                self.warn(f"question deadline {rec.question_deadline!r} is not a date and time")
        nxt = _date(rec.next_meeting_date)
        if nxt and nxt > date:
            m.next_meeting_date = nxt
            changed.add("next_meeting_date")
            self.planned(body, nxt)
        for item in rec.agenda:
            if re.search(r"minutes of the (last|previous) meeting", item.title, re.I) and not m.previous_meeting_date:
                ds = [d for d in dates_in(item.title) if d < date]
                if ds:
                    m.previous_meeting_date = ds[0]
                    changed.add("previous_meeting_date")
        if changed:
            m.save(update_fields=sorted(changed))
        # agenda items: replace this meeting's
        self._replacing(M.AgendaItem.objects.filter(meeting=m))
        M.AgendaItem.objects.filter(meeting=m).delete()
        for pos, item in enumerate(rec.agenda):
            M.AgendaItem.objects.create(
                meeting=m, position=pos, number=item.number[:10], title=item.title[:400],
                pages=(item.pages or "")[:20], presenter=(item.presenter or "")[:200], exempt=item.exempt,
                source_minute=self._minute_ref(body, date, item.source_minute), source=self.doc)
        self.memberships(body, date, rec)
        # settings
        if rec.contact:
            self.set_body(body, "contact_name", (rec.contact.name or "")[:200])
            self.set_body(body, "contact_phone", (rec.contact.phone or "")[:60])
            self.set_body(body, "contact_email", (rec.contact.email or "")[:254])
        self.set_body(body, "default_venue", (rec.meeting.venue or "")[:300])
        self.set_body(body, "default_start", _time(rec.meeting.start))
        self.set_body(body, "standing_items", standing_items(rec.agenda))
        if m.question_deadline and "question_deadline_days" not in body.settings_locked:
            local = m.question_deadline.astimezone(LONDON)
            days = working_days_between(local.date(), date)
            if 0 < days <= 20 and (body.question_deadline_days, body.question_deadline_time) != (days, local.time()):
                if "question_deadline_time" not in body.settings_locked:
                    body.question_deadline_time = local.time().replace(second=0, microsecond=0)
                body.question_deadline_days = days
                body.save(update_fields=["question_deadline_days", "question_deadline_time"])
        self.subgroups(body, rec.agenda)
        return m

    def _meeting_info(self, m, info: R.MeetingInfo, authoritative: bool) -> set:
        changed = set()
        for f, value in (("start", _time(info.start)), ("end", _time(info.end)), ("venue", info.venue)):
            if value and (authoritative or not getattr(m, f)) and getattr(m, f) != value:
                setattr(m, f, value[:300] if isinstance(value, str) else value)
                changed.add(f)
        return changed

    def _minute_ref(self, body, before: dt.date, number: Optional[str]):
        if not number:
            return None
        return self.M.Minute.objects.filter(meeting__body=body, meeting__date__lt=before, number__iexact=number) \
            .order_by("-meeting__date").first()

    def memberships(self, body, date: dt.date, rec: R.AgendaRecord):
        M = self.M
        newest = not M.Meeting.objects.filter(body=body, date__gt=date, agenda_items__isnull=False).exists()
        chair, vice = name_key(rec.chair or ""), name_key(rec.vice_chair or "")
        people = list(rec.members)
        keys = {name_key(p.name) for p in people}
        if rec.members:
            # a corrected agenda: memberships that began with this meeting's earlier version and are
            # not on the corrected list were never real
            for ms in M.Membership.objects.filter(body=body, start=date, end__isnull=True).select_related("person"):
                if name_key(ms.person.name) not in keys | {chair, vice}:
                    ms.delete()
        for extra in (rec.chair, rec.vice_chair):
            if extra and name_key(extra) not in keys:
                people.append(R.PersonRef(name=extra))
        for ref in people:
            p = self.person(ref.name, ref.role, ref.organisation, when=date)
            if p is None:
                continue
            key = name_key(ref.name)
            position = M.Membership.CHAIR if key == chair else M.Membership.VICE_CHAIR if key == vice \
                else M.Membership.MEMBER
            org = self.organisation(ref.organisation)
            ms = M.Membership.objects.filter(body=body, person=p, end__isnull=True).first()
            if ms is None:
                M.Membership.objects.create(body=body, person=p, role=(ref.role or "")[:300], organisation=org,
                                            position=position, start=date)
                continue
            changed = []
            if ms.start is None or ms.start > date:
                ms.start = date
                changed.append("start")
            if newest:
                for f, v in (("role", (ref.role or "")[:300]), ("position", position), ("organisation", org)):
                    if getattr(ms, f) != v:
                        setattr(ms, f, v)
                        changed.append(f)
            if changed:
                ms.save(update_fields=changed)
        if newest:   # one chair and one vice-chair: the newest agenda's
            for pos, key in ((M.Membership.CHAIR, chair), (M.Membership.VICE_CHAIR, vice)):
                if key:
                    for ms in M.Membership.objects.filter(body=body, position=pos, end__isnull=True) \
                            .select_related("person"):
                        if name_key(ms.person.name) != key:
                            ms.position = M.Membership.MEMBER
                            ms.save(update_fields=["position"])

    def subgroups(self, body, items: list[R.AgendaItem]):
        """Sub-items of a "REPORTS FROM SUB-GROUPS" item are sub-groups: bodies of their own."""
        M = self.M
        for name, item, head in subgroup_items(items):
            key = _body_key(name)
            chosen = merged_body(self.chosen_bodies.get(key))
            existing = ([chosen] if chosen else []) or \
                [merged_body(b) for b in M.Body.objects.filter(parent=body) if _body_key(b.name) == key] or \
                [merged_body(b) for b in M.Body.objects.filter(name__iexact=name)]
            if existing:
                child = existing[0]
                if child.parent_id is None and child.pk != body.pk:
                    child.parent = body
                    child.save(update_fields=["parent"])
            else:
                M.Body.objects.create(name=name, parent=body, report_title=head.title[:200])

    # -- minutes
    def store_minutes(self, body, date: dt.date, rec: R.MinutesRecord):
        M = self.M
        self.keys.add((body.pk, date, "minutes", ""))
        self.result.found.append(f"minutes of {_long(date)} ({len(rec.items)} minutes, "
                                 f"{sum(len(i.actions) for i in rec.items)} actions)")
        m = self.meeting(body, date)
        changed = self._meeting_info(m, rec.meeting, authoritative=True)
        m.status = M.Meeting.HELD
        changed.add("status")
        prev, nxt = _date(rec.previous_meeting_date), _date(rec.next_meeting_date)
        if prev and prev < date:
            m.previous_meeting_date = prev
            changed.add("previous_meeting_date")
        if nxt and nxt > date:
            m.next_meeting_date = nxt
            changed.add("next_meeting_date")
        if rec.chair:
            m.chair = self.person(rec.chair, when=date)
            changed.add("chair")
        if M.Minute.objects.filter(meeting=m).exists():
            m.version += 1          # an editor holding the old minutes must not save over the new ones
            changed.add("version")
        m.save(update_fields=sorted(changed))
        next_meeting = self.planned(body, nxt) if nxt and nxt > date else None

        # what users added to the old version of these minutes: kept for the surviving actions
        carried = {}
        for a in M.Action.objects.filter(minute__meeting=m).prefetch_related("owners", "updates"):
            key = (a.minute.number.lower(), tuple(sorted(o.initials.upper() for o in a.owners.all())))
            carried.setdefault(key, []).append(
                (a.status, a.due_meeting_id, [(u.date, u.status, u.note, u.author_id) for u in a.updates.all()]))
        linked = list(M.AgendaItem.objects.filter(source_minute__meeting=m).values_list("pk", "source_minute__number"))
        self._replacing(M.Minute.objects.filter(meeting=m), M.Attendance.objects.filter(meeting=m))
        M.Minute.objects.filter(meeting=m).delete()
        M.Attendance.objects.filter(meeting=m).delete()

        self.attendance(m, date, rec)
        numbers = []
        for pos, item in enumerate(rec.items):
            minute = M.Minute.objects.create(
                meeting=m, position=pos, number=item.number[:10], title=item.title[:400],
                report_ref=(item.report_ref or "")[:40], text=item.text, post_meeting_notes=list(item.post_meeting_notes),
                exempt=item.exempt, source=self.doc)
            numbers.append(item.number)
            self.result.minutes += 1
            owners = [o for a in item.actions for o in a.owners]
            for i, text in enumerate(item.resolutions):
                M.Resolution.objects.create(minute=minute, position=i, text=clean_resolution(text, item.text, owners))
            for action in item.actions:
                self.action(minute, m, action, next_meeting, carried)
            if item.report_ref:
                self.report_number(body, item.report_ref)
        for (number, owners), left in carried.items():
            for status, _, updates in left:
                if updates or status != M.Action.OPEN:
                    self.warn(f"the action of minute {number} ({'/'.join(owners) or 'no owner'}, {status}, "
                              f"{len(updates)} update(s)) is not in this version: its status and updates were dropped")
        for pk, number in linked:
            target = M.Minute.objects.filter(meeting=m, number__iexact=number).first()
            if target:
                M.AgendaItem.objects.filter(pk=pk).update(source_minute=target)
        highest = [n for n in (_minute_number(x) for x in numbers) if n is not None]
        if highest:
            self.set_body(body, "next_minute_number", max(highest) + 1, only_up=True)
        self.set_body(body, "default_start", _time(rec.meeting.start))
        self.set_body(body, "default_venue", (rec.meeting.venue or "")[:300])
        return m

    def attendance(self, m, date: dt.date, rec: R.MinutesRecord):
        M = self.M
        chair = name_key(rec.chair or "")
        seen: dict[int, object] = {}
        for kind, refs in ((M.Attendance.PRESENT, rec.present), (M.Attendance.ALSO_PRESENT, rec.also_present)):
            for ref in refs:
                p = self.person(ref.name, ref.role, ref.organisation, when=date)
                if p is None or p.pk in seen:
                    continue
                seen[p.pk] = M.Attendance.objects.create(
                    meeting=m, person=p, kind=kind, role=(ref.role or "")[:300],
                    organisation=self.organisation(ref.organisation),
                    is_chair=bool(chair) and name_key(ref.name) == chair, source=self.doc)
        for ref in rec.apologies:
            p = self.person(ref.name, ref.role, None, when=date)
            if p is None or p.pk in seen:
                if p is not None:
                    self.warn(f"{ref.name} is listed both as present and as sending apologies")
                continue
            sub = self.person(ref.substitute, when=date) if ref.substitute else None
            seen[p.pk] = M.Attendance.objects.create(
                meeting=m, person=p, kind=M.Attendance.APOLOGIES, role=(ref.role or "")[:300],
                substitute=sub, source=self.doc)
            if sub is not None and sub.pk not in seen:   # attended in their place without being listed
                seen[sub.pk] = M.Attendance.objects.create(meeting=m, person=sub, kind=M.Attendance.SUBSTITUTE,
                                                           source=self.doc)

    def action(self, minute, meeting, action: R.Action, next_meeting, carried):
        M = self.M
        a = M.Action.objects.create(minute=minute, text=to_be_done(action.text), due_date=_date(action.due),
                                    due_meeting=next_meeting, status=M.Action.OPEN)
        self.result.actions += 1
        initials = []
        for i, ini in enumerate(action.owners):
            name = action.owner_names[i] if i < len(action.owner_names) else None
            candidates = list(action.ambiguous.get(ini, []))
            person = self.person(name, when=None) if name else None
            if person is None and not candidates:
                person = self.by_initials(meeting, ini)
            M.ActionOwner.objects.create(action=a, initials=ini[:10], person=person,
                                         candidates=[] if person else candidates)
            initials.append(ini.upper())
        key = (minute.number.lower(), tuple(sorted(initials)))
        if carried.get(key):
            status, due_id, updates = carried[key].pop(0)
            a.status = status
            if due_id and M.Meeting.objects.filter(pk=due_id).exists():
                a.due_meeting_id = due_id
            a.save(update_fields=["status", "due_meeting"])
            for date, st, note, author in updates:
                M.ActionUpdate.objects.create(action=a, date=date, status=st, note=note, author_id=author)
        return a

    def by_initials(self, meeting, initials: str):
        """The one person at the meeting (or member of the body) with these initials, if exactly one."""
        M = self.M
        ini = initials.upper()
        pool = [x.person for x in M.Attendance.objects.filter(meeting=meeting).select_related("person")
                if x.kind != M.Attendance.APOLOGIES]
        hits = {p.pk: p for p in pool if p.initials == ini}
        if not hits:
            hits = {ms.person.pk: ms.person for ms in
                    M.Membership.objects.filter(body=meeting.body, end__isnull=True).select_related("person")
                    if ms.person.initials == ini}
        return next(iter(hits.values())) if len(hits) == 1 else None

    # -- reports
    def store_report(self, body, date: dt.date, rec: R.ReportRecord):
        M = self.M
        self.keys.add((body.pk, date, "report", (rec.report_no or rec.title or "").casefold()))
        self.result.found.append(f"report {rec.report_no or rec.title or '(untitled)'} for {_long(date)}")
        m = self.meeting(body, date)
        old = M.Report.objects.filter(meeting=m)
        old = old.filter(report_no=rec.report_no) if rec.report_no else old.filter(title=rec.title or "", report_no="")
        self._replacing(old)
        old.delete()
        M.Report.objects.create(meeting=m, report_no=(rec.report_no or "")[:40], title=(rec.title or "")[:300],
                                data=rec.model_dump(mode="json"), source=self.doc)
        if rec.report_no:
            self.report_number(body, rec.report_no)
        self.set_body(body, "chief_officer", (rec.chief_officer or "")[:200])

    def report_number(self, body, report_no: str):
        parts = report_parts(report_no)
        if not parts:
            return
        prefix, number = parts
        if body.report_prefix and body.report_prefix.upper() != prefix:
            return
        self.set_body(body, "report_prefix", prefix)
        self.set_body(body, "report_next_number", number + 1, only_up=True)

    # -- corrected versions
    def _replacing(self, *querysets):
        for qs in querysets:
            self.replaced_from.update(x for x in qs.values_list("source_id", flat=True).distinct() if x)

    def supersede(self):
        """Earlier documents whose rows this one replaced: "replaced"; all their records replaced →
        ``superseded_by`` this one."""
        M = self.M
        olds = M.Document.objects.filter(pk__in=self.replaced_from - {self.doc.pk}, superseded_by__isnull=True)
        bodies = {_body_key(b.name): merged_body(b).pk for b in M.Body.objects.select_related("merged_into")}
        for old in olds:
            self.result.status = "replaced"
            if document_keys(old, bodies) <= self.keys:
                old.superseded_by = self.doc
                old.save(update_fields=["superseded_by"])


def clean_resolution(text: str, narrative: str, owners) -> str:
    """A resolution without the Action column's initials that the source's text layer interleaved with
    it ("the update LS/JB should be fed back"), where the narrative holds the clean sentence."""
    from minutebook.documents.narrative import find_in, without_initials

    clean = without_initials(text, owners)
    if clean != text and find_in(narrative, clean) and not find_in(narrative, text, ()):
        return clean
    return text


_NOTED_AND = re.compile(r"^.{0,200}?\bbe\s+(?:noted|received)\s*,?\s+and\s+that\s+(?=\S)", re.I)


def to_be_done(text: str) -> str:
    """An action's text is the thing to be done: "the Prevent update be noted and that an update … be
    brought to the next meeting" → "an update … be brought to the next meeting"."""
    text = (text or "").strip()
    rest = _NOTED_AND.sub("", text, count=1)
    return rest if len(rest) >= 12 else text


def document_keys(doc, bodies: dict[str, int]) -> set[tuple]:
    """(body id, meeting date, kind, report number) of each record a stored document holds;
    ``bodies`` maps body keys (``_body_key``) to ids."""
    out = set()
    parsed = doc.parsed or {}
    records = parsed.get("records", [])
    primary = next((r for r in records if r.get("kind") == "agenda"), None) or \
        next((r for r in records if r.get("kind") == "minutes"), None)
    default_body = (primary or {}).get("body") or next((r.get("body") for r in records if r.get("body")), None)
    agenda_date = _date(((primary or {}).get("meeting") or {}).get("date")) if primary and primary.get("kind") == "agenda" else None
    for r in records:
        kind = r.get("kind")
        if kind not in ("agenda", "minutes", "report"):
            continue
        body = bodies.get(_body_key(smart_title(r.get("body") or default_body or "")))
        date = _date((r.get("meeting") or {}).get("date"))
        extra = ""
        if kind == "report":
            date = _date(r.get("for_meeting")) or date or agenda_date
            extra = (r.get("report_no") or r.get("title") or "").casefold()
        if body and date:
            out.add((body, date, kind, extra))
    return out


def standing_items(items: list[R.AgendaItem]) -> list[str]:
    """The items an agenda has every time: top-level titles in order, without one-off items
    (presentations, items carried forward by a resolution, Part 2) and without meeting dates."""
    out = []
    for item in items:
        if re.search(r"\d\s*[a-z]$", item.number or "", re.I) or item.source_minute or item.exempt:
            continue
        if re.match(r"\s*presentation\b", item.title, re.I):
            continue
        title = re.sub(r"\s+(held\s+)?on\s+.*\d{4}\s*$", "", item.title, flags=re.I).strip()
        if title and title not in out:
            out.append(title)
    return out


def working_days_between(deadline: dt.date, meeting: dt.date) -> int:
    """Working days from ``deadline`` (counted) up to the meeting day (not counted)."""
    n, day = 0, deadline
    while day < meeting:
        if is_working_day(day):
            n += 1
        day += dt.timedelta(days=1)
    return n


# ---- after each file: the body's meetings and actions hang together ------------------------------

def _is_empty(meeting) -> bool:
    return not (meeting.agenda_items.exists() or meeting.minutes.exists() or meeting.reports.exists()
                or meeting.attendance.exists() or meeting.documents.exists())


def membership_starts(body) -> None:
    """A membership begins no later than the first meeting its member attended as one: an agenda lists the
    membership of its day, and minutes of earlier meetings (in the same pack, or stored since) show who sat
    on the body then. Only attendance as present counts (not in attendance, apologies or substitute)."""
    from django.db.models import Min

    from minutebook.store.models import Attendance, Membership

    first = dict(Attendance.objects.filter(meeting__body=body, kind=Attendance.PRESENT)
                 .values_list("person_id").annotate(first=Min("meeting__date")))
    for ms in Membership.objects.filter(body=body, person_id__in=list(first)):
        if ms.start and first[ms.person_id] < ms.start and (ms.end is None or first[ms.person_id] <= ms.end):
            earlier = Membership.objects.filter(body=body, person_id=ms.person_id, start__lt=ms.start).exists()
            if not earlier:
                ms.start = first[ms.person_id]
                ms.save(update_fields=["start"])


def reconcile(body) -> None:
    """Moved meetings and due meetings.

    * A meeting that states (or whose pack shows) its previous meeting: an empty planned meeting
      strictly between the two was moved to it; its due actions follow and the placeholder goes.
    * Live actions without a due meeting are due at the next meeting of the body after theirs.
    """
    from minutebook.store.models import Action, Meeting

    meetings = list(Meeting.objects.filter(body=body).order_by("date"))
    for m in meetings:
        if not m.previous_meeting_date or m.status == Meeting.PLANNED and _is_empty(m):
            continue
        for x in meetings:
            if x.pk and m.previous_meeting_date < x.date < m.date and x.status == Meeting.PLANNED and _is_empty(x):
                Action.objects.filter(due_meeting=x).update(due_meeting=m)
                x.delete()
                x.pk = None
    live = Meeting.objects.filter(body=body).exclude(status=Meeting.CANCELLED)
    for a in Action.objects.filter(minute__meeting__body=body, due_meeting__isnull=True,
                                   status__in=Action.LIVE).select_related("minute__meeting"):
        held = a.minute.meeting
        due = live.filter(date=held.next_meeting_date).first() if held.next_meeting_date else None
        due = due or live.filter(date__gt=held.date).order_by("date").first()
        if due:
            a.due_meeting = due
            a.save(update_fields=["due_meeting"])


def apply_approvals(meeting) -> list:
    """Minutes agreed as a correct record at a later meeting become approved.

    Looks both ways: the minutes of ``meeting`` that approve an earlier meeting's minutes, and a
    later stored meeting whose minutes approve ``meeting``'s. Returns the meetings marked approved.
    """
    from minutebook.store.models import Meeting, Minute

    marked = []

    def approvals_in(b):
        for minute in Minute.objects.filter(meeting=b).prefetch_related("resolutions"):
            d = approved_meeting_date(minute.title, minute.text, [r.text for r in minute.resolutions.all()],
                                      b.previous_meeting_date, b.date)
            if d:
                yield d

    def mark(a, b):
        if a.minutes_status != Meeting.APPROVED or a.minutes_approved_at_id != b.pk:
            a.minutes_status = Meeting.APPROVED
            a.minutes_approved_at = b
            a.save(update_fields=["minutes_status", "minutes_approved_at"])
            marked.append(a)

    for d in approvals_in(meeting):
        earlier = Meeting.objects.filter(body=meeting.body, date=d).first()
        if earlier:
            mark(earlier, meeting)
    for later in Meeting.objects.filter(body=meeting.body, date__gt=meeting.date, minutes__isnull=False) \
            .distinct().order_by("date"):
        if meeting.date in set(approvals_in(later)):
            mark(meeting, later)
            break
    return marked

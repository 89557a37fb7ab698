"""The meeting cycle against the store: action register, Matters Arising, draft agenda, approval.

This is the Django side of :mod:`minutebook.cycle` (which stays pure): queries here turn stored
meetings into the pydantic records that :mod:`minutebook.documents` renders.

* :func:`open_actions` — every action of earlier meetings still open or in progress; an action is
  carried forward meeting after meeting until it is done or dropped.
* :func:`matters_arising` — the Matters Arising report for a meeting: one row per open action with
  its source minute, owners, due meeting, status and latest update (marked where it was written for an
  earlier meeting), and each action closed since the last meeting, once, as completed; its number the
  next of the body's series for the meeting's year, reserved for the meeting (``ReportNumber``).
* :func:`draft_agenda` — the next agenda in house order: opening standing items, regular updates,
  items carried forward by resolutions, the sub-group reports (12a–12d), closing standing items.
  Works for a meeting that is only planned (nothing is created unless ``save=True``).
* :func:`draft_minutes` — a minutes skeleton for a meeting not yet minuted, numbered on from the
  last minute of the body.
* :func:`meeting_pack` — the agenda pack (agenda, previous minutes, Matters Arising, attachments).
* :func:`approve` — the clerk marks minutes approved ("agreed as a correct record" in a later
  meeting's minutes does the same through ``minutebook.store.ingest.apply_approvals``).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Optional

from django.db import transaction
from rapidfuzz import fuzz
from django.db.models import Q

from minutebook import record as R
from minutebook.cycle.carry import SourceMinute, carried_to
from minutebook.cycle.deadlines import publication_date, question_deadline
from minutebook.cycle.numbering import next_minute_number, next_report_no, number_minutes
from minutebook.documents.text import ordinal
from minutebook.store.models import (Action, ActionUpdate, AgendaItem, Body, Meeting, Membership, Minute, Report,
                                     ReportNumber)
from minutebook.store.records import agenda_record, members_at, minutes_record

MA_TITLE = "MATTERS ARISING"
DEFAULT_DECISION_TYPE = "Non Urgent Non Executive Non Key"


class NotFound(LookupError):
    """An unknown or ambiguous body or meeting (the message says which)."""


# ---- finding things --------------------------------------------------------------------------

def find_body(text: str) -> Body:
    """A body by name, slug or an unambiguous part of its name (case-insensitive)."""
    text = (text or "").strip()
    if not text:
        raise NotFound("no body given")
    from minutebook.store.ingest import merged_body

    exact = Body.objects.filter(Q(name__iexact=text) | Q(slug__iexact=text))
    if exact.count() == 1:
        return merged_body(exact.get())     # a merged body's name is the kept body's
    part = list(Body.objects.filter(name__icontains=text, merged_into__isnull=True))
    if len(part) == 1:
        return part[0]
    if not part:
        raise NotFound(f"no body matches {text!r}")
    raise NotFound(f"{text!r} matches {len(part)} bodies: " + "; ".join(b.name for b in part[:5]))


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise NotFound(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def find_meeting(body: Body, date: dt.date) -> Meeting:
    meeting = Meeting.objects.filter(body=body, date=date).first()
    if not meeting:
        raise NotFound(f"{body.name} has no meeting on {date.isoformat()}")
    return meeting


# ---- the action register ---------------------------------------------------------------------

def open_actions(body: Body, before_meeting: dt.date):
    """Actions from the body's meetings before ``before_meeting`` that are still open or in progress."""
    return (Action.objects.filter(minute__meeting__body=body, minute__meeting__date__lt=before_meeting,
                                  status__in=Action.LIVE)
            .select_related("minute__meeting")
            .prefetch_related("owners__person", "updates")
            .order_by("minute__meeting__date", "minute__position", "id"))


def _row_title(title: str, context: str = "") -> str:
    """"RESILIENCE OVERVIEW" → "Resilience Overview"; acronyms the minutes print in capitals stay."""
    small = {"of", "and", "the", "on", "from", "for", "to", "in", "or", "a", "an", "with", "by", "at"}
    known = set(re.findall(r"\b[A-Z]{2,}\b", context or ""))
    words = []
    for i, w in enumerate(title.split()):
        core = re.sub(r"[^A-Za-z]", "", w)
        if core.isupper() and core in known and len(core) <= 6:
            words.append(w)
        elif i and w.lower() in small:
            words.append(w.lower())
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(words)


def _stored_matters_arising(body: Body, on_or_before: dt.date) -> list[Report]:
    return list(Report.objects.filter(meeting__body=body, meeting__date__lte=on_or_before,
                                      title__icontains="matters arising")
                .select_related("meeting").order_by("-meeting__date", "-id"))


def _previous_updates(reports: list[Report]) -> dict[tuple[str, str], tuple[str, str]]:
    """(minute, meeting date) → (the latest update printed in an earlier Matters Arising report, the date of
    the meeting it was written for)."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for rep in reports:                      # newest first: the first update found wins
        for row in (rep.data or {}).get("matters_arising") or []:
            key = (str(row.get("minute") or "").lower(), str(row.get("meeting_date") or ""))
            if row.get("update") and key not in out:
                out[key] = (row["update"], str(row.get("update_for") or rep.meeting.date.isoformat()))
    return out


CLOSED = (Action.DONE, Action.DROPPED)


def _day(value) -> dt.date:
    from django.utils import timezone

    if isinstance(value, dt.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def closing_update(updates):
    """The update that last set an action done or dropped, where nothing reopened it since; None where no
    update says so (closed before updates were kept)."""
    closing = None
    for u in updates:                        # oldest first
        if u.status in CLOSED:
            closing = closing or u
        else:
            closing = None
    return closing


def _reporting_meeting(dates: list[dt.date], held: dt.date, closed: Optional[dt.date]) -> Optional[dt.date]:
    """The meeting whose Matters Arising report gives an action as closed: the first meeting after the day it
    was closed (and after the meeting it came from); the latest meeting where none is later than that day
    (the one being prepared); the first meeting after its own where the day is not known."""
    after = [d for d in dates if d > held]
    if not after:
        return None
    if closed is None:
        return after[0]
    return next((d for d in after if d > closed), after[-1])


def report_actions(body: Body, meeting_date: dt.date):
    """The actions a Matters Arising report for ``meeting_date`` carries: every action of earlier meetings
    still open or in progress, and each action closed (done or dropped) since the last meeting, once: at the
    first meeting after it was closed (:func:`_reporting_meeting`). The closing update keeps the meeting
    whose report gave it (``ActionUpdate.reported_at``): that report made again gives it again, no other does."""
    meeting = Meeting.objects.filter(body=body, date=meeting_date).first()
    dates = sorted(set(Meeting.objects.filter(body=body).exclude(status=Meeting.CANCELLED)
                       .values_list("date", flat=True)) | {meeting_date})
    qs = (Action.objects.filter(minute__meeting__body=body, minute__meeting__date__lt=meeting_date)
          .filter(Q(status__in=Action.LIVE) | Q(status__in=CLOSED))
          .select_related("minute__meeting", "due_meeting")
          .prefetch_related("owners__person", "updates")
          .order_by("minute__meeting__date", "minute__position", "id"))
    out = []
    for a in qs:
        if a.status in CLOSED:
            closing = closing_update(sorted(a.updates.all(), key=lambda u: (u.date, u.id)))
            if closing is not None and closing.reported_at_id:
                if meeting is None or closing.reported_at_id != meeting.pk:
                    continue
            else:
                day = _day(closing.date) if closing is not None else None
                if _reporting_meeting(dates, a.minute.meeting.date, day) != meeting_date:
                    continue
                if closing is not None and meeting is not None:
                    claimed = ActionUpdate.objects.filter(pk=closing.pk, reported_at__isnull=True).update(
                        reported_at=meeting)
                    if not claimed and ActionUpdate.objects.filter(pk=closing.pk).exclude(
                            reported_at=meeting).exists():
                        continue            # another meeting's report gave it meanwhile
        out.append(a)
    return out


def _written_for(body: Body, day: dt.date) -> Optional[dt.date]:
    """The meeting an update written on ``day`` was written for: the body's next meeting on or after it."""
    return (Meeting.objects.filter(body=body, date__gte=day).exclude(status=Meeting.CANCELLED)
            .order_by("date").values_list("date", flat=True).first())


def matters_arising_rows(body: Body, meeting_date: dt.date) -> list[R.MattersArisingRow]:
    reports = _stored_matters_arising(body, meeting_date)
    printed = _previous_updates(reports)
    rows = []
    for a in report_actions(body, meeting_date):
        minute = a.minute
        held = minute.meeting.date.isoformat()
        owners = list(a.owners.all())
        updates = sorted(a.updates.all(), key=lambda u: (u.date, u.id))
        latest = next((u for u in reversed(updates) if u.note), None)
        update, written_for = None, None
        if latest is not None:
            update, written_for = latest.note, _written_for(body, _day(latest.date))
        elif (minute.number.lower(), held) in printed:
            update, written = printed[(minute.number.lower(), held)]
            written_for = dt.date.fromisoformat(written[:10])
        stale = written_for is not None and written_for < meeting_date
        rows.append(R.MattersArisingRow(
            minute=minute.number, meeting_date=held, title=_row_title(minute.title, " ".join([minute.text, a.text])),
            resolution=a.text, update=update, owners=[o.initials for o in owners],
            owner_names=[o.person.name if o.person_id else None for o in owners], status=a.status,
            due_meeting=a.due_meeting.date.isoformat() if a.due_meeting_id else None,
            due=a.due_date.isoformat() if a.due_date else None,
            update_for=written_for.isoformat() if stale else None))
    return rows


def _cited_number(meeting: Meeting) -> Optional[str]:
    """The report number the meeting's own Matters Arising minute cites ("178 MATTERS ARISING: CSD 18003")."""
    return (Minute.objects.filter(meeting=meeting, title__icontains="matters arising").exclude(report_ref="")
            .values_list("report_ref", flat=True).first())


def _taken_numbers(body: Body) -> list[str]:
    """Every report number of the body printed, cited or reserved so far."""
    return [*Report.objects.filter(meeting__body=body).exclude(report_no="").values_list("report_no", flat=True),
            *Minute.objects.filter(meeting__body=body).exclude(report_ref="").values_list("report_ref", flat=True),
            *ReportNumber.objects.filter(body=body).values_list("report_no", flat=True)]


def report_number(body: Body, meeting_date: dt.date, meeting: Optional[Meeting] = None,
                  stored: Optional[Report] = None) -> Optional[str]:
    """The Matters Arising report's number for the meeting: the one reserved for it, printed on its stored
    report or cited by its minutes; else the next of the body's series for the meeting's year
    (:func:`minutebook.cycle.numbering.next_report_no`), reserved for the meeting where it is stored, so that
    no other meeting is given it and making the report again keeps it."""
    from django.db import IntegrityError

    if meeting is not None:
        kept = (ReportNumber.objects.filter(meeting=meeting, kind=ReportNumber.MATTERS_ARISING)
                .values_list("report_no", flat=True).first())
        if kept:
            return kept
        if stored and stored.report_no:
            return stored.report_no
        cited = _cited_number(meeting)
        if cited:
            return cited
    for _ in range(5):
        number = next_report_no(body.report_prefix or None, _taken_numbers(body), body.report_next_number,
                                year=meeting_date.year)
        if number is None or meeting is None:
            return number
        try:
            with transaction.atomic():
                ReportNumber.objects.create(body=body, meeting=meeting, kind=ReportNumber.MATTERS_ARISING,
                                            report_no=number[:40])
            return number
        except IntegrityError:          # another process took it (or reserved this meeting's) first
            kept = (ReportNumber.objects.filter(meeting=meeting, kind=ReportNumber.MATTERS_ARISING)
                    .values_list("report_no", flat=True).first())
            if kept:
                return kept
    raise RuntimeError(f"no free report number for {body.name} {meeting_date.isoformat()}")


def _group_word(body: Body) -> str:
    last = (body.name.split() or ["Group"])[-1]
    return last[:1].upper() + last[1:] if last.lower() in {"group", "board", "committee", "panel", "partnership",
                                                         "forum", "council"} else "Group"


def matters_arising(body: Body, meeting_date: dt.date) -> R.ReportRecord:
    """The Matters Arising report for the meeting on ``meeting_date`` (planned or held)."""
    meeting = Meeting.objects.filter(body=body, date=meeting_date).first()
    stored = next((r for r in _stored_matters_arising(body, meeting_date)
                   if meeting and r.meeting_id == meeting.pk), None)
    latest = next(iter(_stored_matters_arising(body, meeting_date)), None)
    cover = dict((latest.data if latest else None) or {})
    report_no = report_number(body, meeting_date, meeting, stored)
    contact = cover.get("contact_officer") or body.contact_name or None
    return R.ReportRecord(
        body=body.name, meeting=R.MeetingInfo(date=meeting_date.isoformat(),
                                              start=meeting.start.strftime("%H:%M") if meeting and meeting.start else None,
                                              venue=(meeting.venue if meeting else "") or body.default_venue or None),
        report_no=report_no, title=MA_TITLE, decision_maker=body.name,
        decision_type=cover.get("decision_type") or DEFAULT_DECISION_TYPE,
        contact_officer=contact, chief_officer=cover.get("chief_officer") or body.chief_officer or None,
        ward=cover.get("ward") or "N/A", for_meeting=meeting_date.isoformat(),
        recommendations=cover.get("recommendations") or [
            f"The {_group_word(body)} is asked to review progress on matters arising from previous meetings."],
        matters_arising=matters_arising_rows(body, meeting_date))


# ---- the agenda ------------------------------------------------------------------------------

OPENING = re.compile(r"apolog|declarations? of interest|minutes of the (previous|last)|^minutes\b|question|"
                     r"matters arising", re.I)
CLOSING = re.compile(r"communications|any other business|next meeting|emerging issues|non-standard items|"
                     r"date of (the )?next|forward plan|work programme", re.I)
SUBGROUP_HEAD = re.compile(r"reports? from (the )?sub[- ]?groups?", re.I)
SUBGROUP = re.compile(r"sub[- ]?group", re.I)
# a body with no agenda or minutes yet: the standing items of the primer's house order
DEFAULT_STANDING = ["APOLOGIES FOR ABSENCE", "MINUTES OF THE PREVIOUS MEETING",
                    "QUESTIONS FROM COUNCILLORS OR MEMBERS OF THE PUBLIC", "MATTERS ARISING",
                    "ANY OTHER BUSINESS", "DATE OF NEXT MEETING"]
MINUTES_ITEM = re.compile(r"^minutes of the (previous|last) meeting", re.I)


def _undated(title: str) -> str:
    return re.sub(r"\s+(held\s+)?on\s+.*\d{4}\s*$", "", title.strip(), flags=re.I).strip()


def _template_titles(body: Body, before: dt.date) -> list[tuple[str, bool]]:
    """The body's usual items (title, is-sub-item): its standing items setting where set, else the
    last agenda (or minutes) before the meeting, without one-off items and dates."""
    last_agenda = (Meeting.objects.filter(body=body, date__lt=before, agenda_items__isnull=False)
                   .distinct().order_by("-date").first())
    last_minutes = (Meeting.objects.filter(body=body, date__lt=before, minutes__isnull=False)
                    .distinct().order_by("-date").first())
    source: list[tuple[str, str, bool]] = []   # (number, title, carried/one-off)
    if last_agenda and (not last_minutes or last_agenda.date >= last_minutes.date):
        source = [(i.number, i.title, bool(i.source_minute_id) or i.exempt)
                  for i in last_agenda.agenda_items.order_by("position", "id")]
    elif last_minutes:
        source = [(m.number, m.title, m.exempt) for m in last_minutes.minutes.order_by("position", "id")]
    out: list[tuple[str, bool]] = []
    seen = set()
    standing = [s for s in (body.standing_items or []) if isinstance(s, str) and s.strip()]
    for number, title, one_off in source:
        if one_off or re.match(r"\s*presentation\b", title, re.I):
            continue
        sub = bool(SUBGROUP.search(title) and not SUBGROUP_HEAD.search(title))
        title = _undated(title)
        if title.upper() in seen:
            continue
        seen.add(title.upper())
        out.append((title, sub))
    if standing:
        # the setting decides the top-level items and their order; sub-group items come from the last meeting
        subs = [(t, True) for t, s in out if s]
        top = [(t, False) for t in standing if not (SUBGROUP.search(t) and not SUBGROUP_HEAD.search(t))]
        out = []
        for t, s in top:
            out.append((t, s))
            if SUBGROUP_HEAD.search(t):
                out.extend(subs)
                subs = []
        out.extend(subs)
    if not out:
        out = [(t, False) for t in DEFAULT_STANDING]
    for child in body.subgroups.all():
        label = (child.report_title or f"{child.name} update").upper()
        if not any(fuzz.token_set_ratio(child.name.upper(), t.upper()) >= 85 for t, s in out if s):
            out.append((label, True))
    return out


def _meeting_dates(body: Body) -> list[dt.date]:
    cancelled = set(Meeting.objects.filter(body=body, status=Meeting.CANCELLED).values_list("date", flat=True))
    dates = set(Meeting.objects.filter(body=body).exclude(status=Meeting.CANCELLED).values_list("date", flat=True))
    dates.update(d for d in Meeting.objects.filter(body=body).values_list("next_meeting_date", flat=True) if d)
    return sorted(dates - cancelled)


def carried_items(body: Body, meeting_date: dt.date):
    minutes = (Minute.objects.filter(meeting__body=body, meeting__date__lt=meeting_date)
               .select_related("meeting").prefetch_related("resolutions").order_by("meeting__date", "position", "id"))
    sources = [SourceMinute(m.number, m.title, m.meeting.date, tuple(r.text for r in m.resolutions.all()),
                            exempt=m.exempt) for m in minutes]
    return carried_to(meeting_date, sources, _meeting_dates(body))


def previous_meeting(body: Body, date: dt.date) -> Optional[Meeting]:
    return (Meeting.objects.filter(body=body, date__lt=date).exclude(status=Meeting.CANCELLED)
            .filter(Q(status=Meeting.HELD) | Q(minutes__isnull=False)).distinct().order_by("-date").first())


def draft_items(body: Body, meeting_date: dt.date) -> list[R.AgendaItem]:
    template = _template_titles(body, meeting_date)
    previous = previous_meeting(body, meeting_date)
    opening, regular, subs, closing = [], [], [], []
    sub_head = None
    for title, sub in template:
        if sub:
            subs.append(title)
        elif SUBGROUP_HEAD.search(title):
            sub_head = title
        elif not regular and not closing and OPENING.search(title) and not CLOSING.search(title):
            opening.append(title)
        elif CLOSING.search(title) or (sub_head and subs):
            closing.append(title)
        else:
            regular.append(title)
    if subs and not sub_head:
        sub_head = "REPORTS FROM SUB-GROUPS"
    if previous:
        opening = [f"{t} HELD ON {ordinal(previous.date.day)} {previous.date:%B %Y}".upper()
                   if MINUTES_ITEM.match(t) else t for t in opening]
    # title, source minute, presenter, sub-item, exempt (carried from a Part 2 minute)
    entries: list[tuple[str, Optional[str], Optional[str], bool, bool]] = []
    entries += [(t, None, None, False, False) for t in opening + regular]
    have = {t.upper() for t in opening + regular}
    for c in carried_items(body, meeting_date):
        if c.title.upper() not in have:
            have.add(c.title.upper())
            entries.append((c.title, c.source_minute, c.presenter, False, c.exempt))
    if sub_head:
        entries.append((sub_head, None, None, False, False))
        entries += [(t, None, None, True, False) for t in subs]
    entries += [(t, None, None, False, False) for t in closing]
    out, n, letter = [], 0, 0
    for title, source, presenter, sub, exempt in entries:
        if sub and n:
            number = f"{n}{chr(ord('a') + letter)}"
            letter += 1
        else:
            n, letter = n + 1, 0
            number = str(n)
        out.append(R.AgendaItem(number=number, title=title.upper(), source_minute=source, presenter=presenter,
                                exempt=exempt))
    return out


def draft_agenda(body: Body, meeting_date: dt.date, save: bool = False) -> R.AgendaRecord:
    """The agenda for the meeting on ``meeting_date`` drafted from the body's cycle."""
    meeting = Meeting.objects.filter(body=body, date=meeting_date).first()
    last = (Meeting.objects.filter(body=body, date__lt=meeting_date).exclude(status=Meeting.CANCELLED)
            .order_by("-date").first())
    members = members_at(body, meeting_date)
    chair = next((m.person.name for m in members if m.position == Membership.CHAIR), None)
    vice = next((m.person.name for m in members if m.position == Membership.VICE_CHAIR), None)
    start = (meeting.start if meeting and meeting.start else None) or body.default_start or (last.start if last else None)
    venue = (meeting.venue if meeting else "") or body.default_venue or (last.venue if last else "")
    deadline = question_deadline(meeting_date, body.question_deadline_days, body.question_deadline_time)
    published = (meeting.agenda_published_on if meeting and meeting.agenda_published_on else None) or \
        publication_date(meeting_date, body.publication_lead_days)
    later = (Meeting.objects.filter(body=body, date__gt=meeting_date).exclude(status=Meeting.CANCELLED)
             .order_by("date").first())
    next_date = (meeting.next_meeting_date if meeting else None) or (later.date if later else None)
    contact = None
    if body.contact_name or body.contact_phone or body.contact_email:
        contact = R.Contact(name=body.contact_name or None, phone=body.contact_phone or None,
                            email=body.contact_email or None)
    items = draft_items(body, meeting_date)
    record = R.AgendaRecord(
        body=body.name,
        meeting=R.MeetingInfo(date=meeting_date.isoformat(), start=start.strftime("%H:%M") if start else None,
                              venue=venue or None),
        published=published.isoformat(), question_deadline=deadline.strftime("%Y-%m-%dT%H:%M"),
        chair=chair, vice_chair=vice,
        members=[R.PersonRef(name=m.person.name, role=m.role or None,
                             organisation=m.organisation.name if m.organisation_id else None) for m in members],
        agenda=items, next_meeting_date=next_date.isoformat() if next_date else None, contact=contact)
    if save:
        save_agenda(body, record)
    return record


@transaction.atomic
def save_agenda(body: Body, record: R.AgendaRecord) -> Meeting:
    """Store a drafted agenda: the meeting (planned, if new) and its items, replacing stored ones."""
    from zoneinfo import ZoneInfo

    date = dt.date.fromisoformat(record.meeting.date)
    meeting, _ = Meeting.objects.get_or_create(body=body, date=date)
    if record.meeting.start and not meeting.start:
        meeting.start = dt.time.fromisoformat(record.meeting.start)
    meeting.venue = meeting.venue or record.meeting.venue or ""
    if record.question_deadline:
        meeting.question_deadline = dt.datetime.fromisoformat(record.question_deadline).replace(
            tzinfo=ZoneInfo("Europe/London"))
    meeting.save()
    sources = {m.number: m for m in Minute.objects.filter(meeting__body=body, meeting__date__lt=date)
               .order_by("meeting__date")}
    meeting.agenda_items.all().delete()
    AgendaItem.objects.bulk_create([
        AgendaItem(meeting=meeting, position=i, number=item.number, title=item.title, pages=item.pages or "",
                   presenter=item.presenter or "", source_minute=sources.get(item.source_minute), exempt=item.exempt)
        for i, item in enumerate(record.agenda)])
    from minutebook.search.index import reindex_meeting   # bulk_create sends no signals

    reindex_meeting(meeting)
    return meeting


def agenda(body: Body, meeting_date: dt.date) -> R.AgendaRecord:
    """The stored agenda where the meeting has one, else the drafted one."""
    meeting = Meeting.objects.filter(body=body, date=meeting_date).first()
    if meeting and meeting.agenda_items.exists():
        record = agenda_record(meeting)
        if not record.question_deadline:
            qd = question_deadline(meeting_date, body.question_deadline_days, body.question_deadline_time)
            record.question_deadline = qd.strftime("%Y-%m-%dT%H:%M")
        return record
    return draft_agenda(body, meeting_date)


# ---- minutes -----------------------------------------------------------------------------------

def first_minute_number(body: Body, meeting_date: dt.date) -> Optional[int]:
    numbers = Minute.objects.filter(meeting__body=body, meeting__date__lt=meeting_date).values_list("number", flat=True)
    computed = next_minute_number(numbers)
    return computed if computed is not None else body.next_minute_number


def draft_minutes(body: Body, meeting_date: dt.date) -> R.MinutesRecord:
    """A minutes skeleton for a meeting not yet minuted: the agenda's items, numbered on."""
    ag = agenda(body, meeting_date)
    first = first_minute_number(body, meeting_date) or 1
    numbers = number_minutes(first, [i.number[-1:].isalpha() for i in ag.agenda])
    return R.MinutesRecord(
        body=body.name, meeting=ag.meeting, chair=ag.chair,
        previous_meeting_date=(p.date.isoformat() if (p := previous_meeting(body, meeting_date)) else None),
        next_meeting_date=ag.next_meeting_date,
        items=[R.MinuteItem(number=n, title=i.title) for n, i in zip(numbers, ag.agenda)], draft=True)


def minutes(body: Body, meeting_date: dt.date) -> R.MinutesRecord:
    """The stored minutes of the meeting, or a numbered skeleton where it has none yet."""
    meeting = Meeting.objects.filter(body=body, date=meeting_date).first()
    if meeting and meeting.minutes.exists():
        return minutes_record(meeting)
    return draft_minutes(body, meeting_date)


@transaction.atomic
def approve(meeting: Meeting) -> Meeting:
    """The clerk marks a meeting's minutes approved (agreed as a correct record)."""
    if not meeting.minutes.exists():
        raise NotFound(f"{meeting.body.name} has no minutes for {meeting.date.isoformat()} to approve")
    later = (Meeting.objects.filter(body=meeting.body, date__gt=meeting.date).exclude(status=Meeting.CANCELLED)
             .order_by("date").first())
    meeting.minutes_status = Meeting.APPROVED
    if later and not meeting.minutes_approved_at_id:
        meeting.minutes_approved_at = later
    meeting.version += 1
    meeting.save(update_fields=["minutes_status", "minutes_approved_at", "version"])
    return meeting


def body_options(body: Body) -> dict:
    """What the documents print that is not in a record: the organisation and the contact box."""
    contact = None
    if body.contact_name or body.contact_phone or body.contact_email:
        contact = R.Contact(name=body.contact_name or None, phone=body.contact_phone or None,
                            email=body.contact_email or None)
    from minutebook import identity

    who = identity.current()
    return {"organisation": identity.organisation_for(body.organisation_name, who), "contact": contact,
            "logo": who.logo_data_uri}


def meeting_pack(body: Body, meeting_date: dt.date, attachments: Iterable[tuple[str, bytes]] = (),
                 blank_pages: bool = False, progress=None) -> bytes:
    """The agenda pack of a meeting: the agenda (stored or drafted), the previous meeting's minutes
    under the "minutes of the previous meeting" item, the Matters Arising report under its item,
    and ``attachments`` ((item number, PDF bytes)) under theirs, in agenda order."""
    from minutebook.documents import render
    from minutebook.documents.pack import Part, build_pack

    say = progress or (lambda msg: None)
    opts = body_options(body)
    record = agenda(body, meeting_date)
    numbers = {i.number for i in record.agenda}
    attachments = list(attachments)
    unknown = [n for n, _ in attachments if n not in numbers]
    if unknown:
        raise NotFound(f"the agenda has no item {unknown[0]!r}")
    previous = previous_meeting(body, meeting_date)
    parts = []
    for item in record.agenda:
        title = item.title.upper()
        if MINUTES_ITEM.match(title) and previous and previous.minutes.exists():
            say(f"item {item.number}: minutes of {previous.date.isoformat()}")
            parts.append(Part(item.number, render(minutes_record(previous), "pdf", page_numbers=False, **opts)))
        elif title.startswith("MATTERS ARISING"):
            say(f"item {item.number}: Matters Arising report")
            parts.append(Part(item.number, render(matters_arising(body, meeting_date), "pdf", page_numbers=False,
                                                  **opts)))
        parts += [Part(n, data) for n, data in attachments if n == item.number]

    def agenda_pdf(ranges):
        rec = record.model_copy(deep=True)
        for it in rec.agenda:
            it.pages = ranges.get(it.number)      # only papers in this pack have pages
        return render(rec, "pdf", page_numbers=False, **opts)

    from minutebook.documents.text import long_date

    return build_pack(agenda_pdf, parts, blank_pages=blank_pages, progress=say,
                      title=f"Agenda pack: {record.body or body.name} {long_date(meeting_date)}")

"""Store → record: the stored meeting as the same pydantic records the parser produces.

Documents (agenda, minutes, packs) are rendered from these, and the round-trip test compares them
with the parse of the original, so each field means exactly what it means in ``minutebook.record``.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional
from zoneinfo import ZoneInfo

from minutebook import record as R

LONDON = ZoneInfo("Europe/London")


def _d(value: Optional[dt.date]) -> Optional[str]:
    return value.isoformat() if value else None


def _t(value: Optional[dt.time]) -> Optional[str]:
    return value.strftime("%H:%M") if value else None


def meeting_info(meeting) -> R.MeetingInfo:
    return R.MeetingInfo(date=_d(meeting.date), start=_t(meeting.start), end=_t(meeting.end),
                         venue=meeting.venue or None)


def source_pages(doc, kind: str, date: dt.date, report_no: str = "") -> Optional[str]:
    """The pages a record occupied in the pack it came from (from the stored parse), where printed."""
    if doc is None or not doc.parsed:
        return None
    for r in doc.parsed.get("records", []):
        if r.get("kind") != kind:
            continue
        d = (r.get("meeting") or {}).get("date") or r.get("for_meeting")
        if d == date.isoformat() and (kind != "report" or (r.get("report_no") or "") == report_no):
            return r.get("pages")
    return None


def _ref(row) -> R.PersonRef:
    return R.PersonRef(name=row.person.name, role=row.role or None,
                       organisation=row.organisation.name if row.organisation_id else None)


def minutes_record(meeting) -> R.MinutesRecord:
    """The minutes of a meeting: attendance, numbered minutes with resolutions, actions (owners'
    initials and names; candidates where unsettled) and post-meeting notes. ``draft`` until the
    minutes are approved."""
    from minutebook.store.models import Attendance, Meeting, Minute

    rows = list(Attendance.objects.filter(meeting=meeting)
                .select_related("person", "organisation", "substitute").order_by("id"))
    present = [_ref(a) for a in rows if a.kind == Attendance.PRESENT]
    also = [_ref(a) for a in rows if a.kind == Attendance.ALSO_PRESENT]
    apologies = [R.Apology(name=a.person.name, role=a.role or None,
                           substitute=a.substitute.name if a.substitute_id else None)
                 for a in rows if a.kind == Attendance.APOLOGIES]
    items = []
    minutes = list(Minute.objects.filter(meeting=meeting).order_by("position", "id").select_related("source")
                   .prefetch_related("resolutions", "actions__owners__person"))
    for m in minutes:
        actions = []
        for a in m.actions.all():
            owners = list(a.owners.all())
            actions.append(R.Action(
                text=a.text, owners=[o.initials for o in owners],
                owner_names=[o.person.name if o.person_id else None for o in owners],
                due=_d(a.due_date),
                ambiguous={o.initials: list(o.candidates) for o in owners if not o.person_id and o.candidates}))
        items.append(R.MinuteItem(
            number=m.number, title=m.title, report_ref=m.report_ref or None, text=m.text,
            resolutions=[r.text for r in m.resolutions.all()], actions=actions,
            post_meeting_notes=list(m.post_meeting_notes or []), exempt=m.exempt))
    return R.MinutesRecord(
        body=meeting.body.name, meeting=meeting_info(meeting),
        chair=meeting.chair.name if meeting.chair_id else None,
        present=present, also_present=also, apologies=apologies,
        previous_meeting_date=_d(meeting.previous_meeting_date), next_meeting_date=_d(meeting.next_meeting_date),
        items=items, draft=meeting.minutes_status != Meeting.APPROVED,
        pages=source_pages(minutes[0].source if minutes else None, "minutes", meeting.date))


def members_at(body, date: dt.date):
    """Memberships current on a date: chair, vice-chair, then members in the order they were listed.

    A body whose membership no document has stated (only its minutes were ingested) is taken to
    consist of those its latest earlier minutes list as present or as sending apologies, chair
    first; these stand-ins are not saved, so a real membership list replaces them as soon as one
    is stored.
    """
    from django.db.models import Q

    from minutebook.store.models import Attendance, Membership

    order = {Membership.CHAIR: 0, Membership.VICE_CHAIR: 1, Membership.MEMBER: 2}
    if Membership.objects.filter(body=body).exists():
        rows = Membership.objects.filter(body=body).filter(Q(start__isnull=True) | Q(start__lte=date)) \
            .filter(Q(end__isnull=True) | Q(end__gte=date)).select_related("person", "organisation")
        return sorted(rows, key=lambda m: (order.get(m.position, 3), m.pk))
    last = body.meetings.filter(date__lt=date, attendance__kind=Attendance.PRESENT).order_by("-date").first()
    if last is None:
        return []
    seen, rows = set(), []
    for a in last.attendance.filter(kind__in=[Attendance.PRESENT, Attendance.APOLOGIES]) \
            .select_related("person", "organisation").order_by("id"):
        if a.person_id in seen:
            continue
        seen.add(a.person_id)
        rows.append(Membership(body=body, person=a.person, role=a.role, organisation=a.organisation,
                               position=Membership.CHAIR if a.is_chair else Membership.MEMBER))
    return sorted(rows, key=lambda m: order.get(m.position, 3))


def agenda_record(meeting) -> R.AgendaRecord:
    """The agenda of a meeting: front sheet (members current on the day, contact), items in order."""
    from minutebook.store.models import Membership

    body = meeting.body
    members = members_at(body, meeting.date)
    chair = next((m.person.name for m in members if m.position == Membership.CHAIR), None)
    vice = next((m.person.name for m in members if m.position == Membership.VICE_CHAIR), None)
    qd = None
    if meeting.question_deadline:
        qd = meeting.question_deadline.astimezone(LONDON).strftime("%Y-%m-%dT%H:%M")
    contact = None
    if body.contact_name or body.contact_phone or body.contact_email:
        contact = R.Contact(name=body.contact_name or None, phone=body.contact_phone or None,
                            email=body.contact_email or None)
    rows = list(meeting.agenda_items.select_related("source_minute", "source").order_by("position", "id"))
    items = [R.AgendaItem(number=i.number, title=i.title, pages=i.pages or None, presenter=i.presenter or None,
                          source_minute=i.source_minute.number if i.source_minute_id else None, exempt=i.exempt)
             for i in rows]
    return R.AgendaRecord(
        body=body.name, meeting=meeting_info(meeting), published=_d(meeting.agenda_published_on),
        question_deadline=qd, chair=chair, vice_chair=vice,
        members=[R.PersonRef(name=m.person.name, role=m.role or None,
                             organisation=m.organisation.name if m.organisation_id else None) for m in members],
        agenda=items, next_meeting_date=_d(meeting.next_meeting_date), contact=contact,
        pages=source_pages(rows[0].source if rows else None, "agenda", meeting.date))


def report_records(meeting) -> list[R.ReportRecord]:
    """The reports presented to a meeting, as stored (a parsed cover sheet, or a generated report)."""
    out = []
    for r in meeting.reports.order_by("id"):
        data = dict(r.data or {})
        if data.get("kind") == "report":
            out.append(R.ReportRecord.model_validate({k: v for k, v in data.items() if k in R.ReportRecord.model_fields}))
        else:
            out.append(R.ReportRecord(body=meeting.body.name, meeting=meeting_info(meeting),
                                      report_no=r.report_no or None, title=r.title or None,
                                      for_meeting=_d(meeting.date)))
    return out

"""Public pages: bodies, calendar, meetings, people, organisations, the action register, downloads.

Every query goes through :mod:`minutebook.store.visibility`; nothing here decides access by itself.
"""
from __future__ import annotations

import re
from collections import OrderedDict

from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from minutebook.store import visibility as vis
from minutebook.store.models import (
    Action, ActionOwner, AgendaItem, Attendance, Body, Meeting, Membership, Minute,
    Organisation, Person, Resolution,
)


def _today():
    return timezone.localdate()


def home(request):
    bodies = vis.visible_bodies(request.user).filter(parent__isnull=True).prefetch_related("subgroups")
    meetings = vis.visible_meetings(request.user).select_related("body")
    upcoming = meetings.filter(date__gte=_today()).exclude(status=Meeting.CANCELLED).order_by("date")[:5]
    recent = meetings.filter(date__lt=_today()).order_by("-date")[:5]
    return render(request, "web/home.html", {"bodies": bodies, "upcoming": upcoming, "recent": recent,
                                             "nav": "bodies"})


def body_detail(request, slug):
    merged = Body.objects.filter(slug=slug, merged_into__isnull=False).first()
    if merged is not None:
        from minutebook.store.ingest import merged_body

        return redirect("body", slug=merged_body(merged).slug, permanent=False)
    body = get_object_or_404(vis.visible_bodies(request.user), slug=slug)
    today = _today()
    current = (vis.current_memberships_of_body(body, today)
               .select_related("person", "organisation", "person__organisation"))
    meetings = vis.visible_meetings(request.user, body.meetings.all())
    upcoming = meetings.filter(date__gte=today).order_by("date")
    past = meetings.filter(date__lt=today).order_by("-date")
    organisations = Organisation.objects.filter(memberships__in=current).distinct()
    open_actions = (vis.visible_actions(request.user, Action.objects.filter(minute__meeting__body=body,
                                                                             status__in=Action.LIVE))
                    .count())
    return render(request, "web/body.html", {
        "body": body, "members": current, "upcoming": upcoming, "past": past,
        "organisations": organisations, "subgroups": body.subgroups.all(), "open_actions": open_actions,
        "nav": "bodies", "is_member": vis.is_member_of(request.user, body),
    })


def calendar(request):
    meetings = vis.visible_meetings(request.user).select_related("body")
    body_slug = request.GET.get("body") or ""
    if not re.fullmatch(r"[-\w]{1,90}", body_slug):
        body_slug = ""
    if body_slug:
        meetings = meetings.filter(body__slug=body_slug)
    today = _today()
    upcoming = meetings.filter(date__gte=today).order_by("date")
    past = meetings.filter(date__lt=today).order_by("-date")
    by_year: "OrderedDict[int, list]" = OrderedDict()
    for m in past:
        by_year.setdefault(m.date.year, []).append(m)
    return render(request, "web/calendar.html", {
        "upcoming": upcoming, "past_by_year": by_year, "bodies": vis.visible_bodies(request.user), "body_slug": body_slug,
        "nav": "calendar",
    })


def _meeting_or_404(request, pk) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("body", "chair"), pk=pk)
    if not vis.can_see_meeting(request.user, meeting):
        raise Http404("No such meeting")
    return meeting


def meeting_context(user, meeting: Meeting) -> dict:
    """What a user may see of one meeting (shared by the public page and the clerk's view)."""
    can_agenda = vis.can_see_agenda(user, meeting)
    can_minutes = vis.can_see_minutes(user, meeting)
    agenda = (vis.visible_agenda_items(user, meeting.agenda_items.all()) if can_agenda
              else AgendaItem.objects.none())
    minutes = Minute.objects.none()
    if can_minutes:
        # the minutes with everything shown under them, actions with their owners and latest updates:
        # the action table is made from the same objects rather than asked for again
        # (lists in to_attr: Django makes no queryset per minute for them, a few ms on a long meeting)
        minutes = list(vis.visible_minutes(user, meeting.minutes.all()).prefetch_related(
            Prefetch("resolutions", queryset=Resolution.objects.order_by("position"), to_attr="resolution_list"),
            # every action of a minute the user may see is visible (visibility.visible_actions)
            Prefetch("actions", queryset=Action.objects.order_by("id").prefetch_related(
                Prefetch("owners", queryset=ActionOwner.objects.select_related("person")),
                Prefetch("updates", queryset=vis.visible_action_updates(user).order_by("-date", "-id"))),
                to_attr="action_list"),
        ))
    attendance = (vis.visible_attendance(user, meeting.attendance.all())
                  .select_related("person", "organisation", "substitute") if can_minutes
                  else Attendance.objects.none())
    groups = {k: [a for a in attendance if a.kind == k] for k, _ in Attendance.KINDS}
    documents = (vis.visible_documents(user, meeting.documents.filter(superseded_by__isnull=True))
                 .defer("content", "parsed"))
    reports = vis.visible_reports(user, meeting.reports.all()) if can_agenda else []
    actions = [action for minute in minutes for action in minute.action_list]    # minute order, then id
    return {
        "meeting": meeting, "body": meeting.body, "agenda": agenda, "minutes": minutes, "actions": actions,
        "present": groups[Attendance.PRESENT] + groups[Attendance.SUBSTITUTE],
        "also_present": groups[Attendance.ALSO_PRESENT], "apologies": groups[Attendance.APOLOGIES],
        "documents": documents, "reports": reports, "can_agenda": can_agenda, "can_minutes": can_minutes,
        "minutes_are_draft": meeting.minutes_status != Meeting.APPROVED,
        "has_minutes": can_minutes and bool(minutes),
    }


def meeting_detail(request, pk):
    meeting = _meeting_or_404(request, pk)
    ctx = meeting_context(request.user, meeting)
    ctx["nav"] = "calendar"
    return render(request, "web/meeting.html", ctx)


def person_detail(request, slug):
    person = Person.objects.filter(slug=slug).select_related("merged_into").first()
    if person is not None and person.merged_into_id:
        person = person.merged_into
    if person is None or not vis.visible_people(request.user, Person.objects.filter(pk=person.pk)).exists():
        raise Http404("No such person")
    memberships = person.memberships.select_related("body", "organisation").order_by("-start", "body__name")
    attendance = (vis.visible_attendance(request.user, person.attendance.all())
                  .select_related("meeting", "meeting__body", "substitute").order_by("-meeting__date"))
    subbed_for = (vis.visible_attendance(request.user, Attendance.objects.filter(substitute=person))
                  .select_related("meeting", "meeting__body", "person").order_by("-meeting__date"))
    actions = (vis.visible_actions(request.user, Action.objects.filter(owners__person=person))
               .select_related("minute", "minute__meeting", "minute__meeting__body").distinct())
    summary = {k: 0 for k, _ in Attendance.KINDS}
    for a in attendance:
        summary[a.kind] += 1
    return render(request, "web/person.html", {
        "person": person, "memberships": memberships, "attendance": attendance, "subbed_for": subbed_for,
        "actions": actions, "summary": summary,
    })


def organisation_attendance(user, organisation: Organisation):
    """Per meeting: the organisation's expected seats and who came, sent a substitute, or gave apologies.

    "Expected" counts the organisation's current memberships of the body on the meeting date; where no
    membership is recorded, the people the organisation sent count as expected.
    """
    rows = (vis.visible_attendance(user, Attendance.objects.filter(organisation=organisation))
            | vis.visible_attendance(user, Attendance.objects.filter(person__organisation=organisation,
                                                                      organisation__isnull=True)))
    rows = rows.select_related("meeting", "meeting__body", "person", "substitute").order_by("-meeting__date")
    meetings: "OrderedDict[int, dict]" = OrderedDict()
    for a in rows:
        m = meetings.setdefault(a.meeting_id, {"meeting": a.meeting, "present": [], "substitute": [],
                                               "apologies": [], "also_present": []})
        if a.kind != Attendance.EXPECTED:      # on the list, attendance not recorded: neither came nor sent apologies
            m[a.kind].append(a)
    # a seat is the organisation's when the membership names it, or names none and the member belongs to it
    memberships = list(Membership.objects.filter(Q(organisation=organisation)
                                                 | Q(organisation__isnull=True, person__organisation=organisation)))
    # meetings of those bodies where the organisation was not represented at all are part of the record too
    seated_bodies = {ms.body_id for ms in memberships}
    recorded = vis.visible_attendance(user).filter(meeting__body_id__in=seated_bodies).values("meeting")
    for meeting in Meeting.objects.filter(pk__in=recorded).exclude(pk__in=list(meetings)).select_related("body"):
        meetings[meeting.pk] = {"meeting": meeting, "present": [], "substitute": [], "apologies": [],
                                "also_present": []}
    out = []
    for m in sorted(meetings.values(), key=lambda r: r["meeting"].date, reverse=True):
        d = m["meeting"].date
        expected = sum(1 for ms in memberships if ms.body_id == m["meeting"].body_id
                       and (ms.start is None or ms.start <= d) and (ms.end is None or ms.end >= d))
        if not expected:
            expected = len(m["present"]) + len(m["substitute"]) + len(m["apologies"])
        m["expected"] = expected
        m["attended"] = len(m["present"]) + len(m["substitute"])
        out.append(m)
    return out


def organisation_detail(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    rows = organisation_attendance(request.user, organisation)
    people = vis.visible_people(request.user, organisation.people.all())
    memberships = organisation.memberships.select_related("body", "person")
    totals = {"expected": sum(r["expected"] for r in rows), "present": sum(len(r["present"]) for r in rows),
              "substitute": sum(len(r["substitute"]) for r in rows),
              "apologies": sum(len(r["apologies"]) for r in rows)}
    return render(request, "web/organisation.html", {"organisation": organisation, "rows": rows,
                                                     "people": people, "memberships": memberships,
                                                     "totals": totals})


def action_register(request):
    from minutebook.web.forms import ActionFilterForm

    form = ActionFilterForm(request.GET or None, user=request.user)
    actions = (vis.visible_actions(request.user)
               .select_related("minute", "minute__meeting", "minute__meeting__body")
               .prefetch_related(Prefetch("owners", queryset=ActionOwner.objects.select_related(
                   "person", "person__organisation")),
                   Prefetch("updates", queryset=vis.visible_action_updates(request.user)
                            .order_by("-date", "-id"))))
    if form.is_valid():
        d = form.cleaned_data
        if d.get("body"):
            actions = actions.filter(minute__meeting__body=d["body"])
        if d.get("owner"):
            actions = actions.filter(owners__person=d["owner"])
        if d.get("organisation"):
            actions = actions.filter(owners__person__organisation=d["organisation"])
        if d.get("status") == "live":
            actions = actions.filter(status__in=Action.LIVE)
        elif d.get("status"):
            actions = actions.filter(status=d["status"])
    actions = actions.distinct().order_by("-minute__meeting__date", "minute__position", "id")
    page = Paginator(actions, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "web/actions.html", {"form": form, "page": page, "nav": "actions",
                                                "query": query.urlencode()})


# ---------------------------------------------------------------- downloads

def document_download(request, pk, filename=None):
    doc = get_object_or_404(vis.visible_documents(request.user), pk=pk)
    response = HttpResponse(bytes(doc.content), content_type=doc.content_type or "application/octet-stream")
    inline = doc.content_type in ("application/pdf", "text/plain")
    response["Content-Disposition"] = (f'{"inline" if inline else "attachment"}; '
                                       f'filename="{_safe_filename(doc.filename)}"')
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    return response


def _safe_filename(name: str) -> str:
    return "".join(c if c.isalnum() or c in "._- " else "_" for c in name)[:150] or "document"


FORMATS = {"pdf": "application/pdf",
           "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "html": "text/html; charset=utf-8"}


def minutes_download(request, pk, fmt):
    """The minutes as PDF, Word or HTML, made on demand from what this user may see."""
    meeting = _meeting_or_404(request, pk)
    if fmt not in FORMATS or not vis.can_see_minutes(request.user, meeting):
        raise Http404("No minutes")
    if not vis.visible_minutes(request.user, meeting.minutes.all()).exists():
        raise Http404("No minutes")
    from minutebook.web import rendering

    data = rendering.minutes_file(request.user, meeting, fmt)
    return _file_response(data, fmt, f"minutes-{meeting.body.slug}-{meeting.date:%Y-%m-%d}.{fmt}")


def agenda_download(request, pk, fmt):
    meeting = _meeting_or_404(request, pk)
    if fmt not in FORMATS or not vis.can_see_agenda(request.user, meeting):
        raise Http404("No agenda")
    from minutebook.web import rendering

    data = rendering.agenda_file(request.user, meeting, fmt)
    return _file_response(data, fmt, f"agenda-{meeting.body.slug}-{meeting.date:%Y-%m-%d}.{fmt}")


def pack_download(request, pk):
    """The agenda pack, made on demand as the public sees the meeting (the clerk can also store one)."""
    meeting = _meeting_or_404(request, pk)
    if not vis.can_see_agenda(request.user, meeting) or not meeting.agenda_items.exists():
        raise Http404("No agenda")
    from minutebook.web import rendering

    data = rendering.pack_pdf(meeting)
    return _file_response(data, "pdf", f"pack-{meeting.body.slug}-{meeting.date:%Y-%m-%d}.pdf")


def _file_response(data: bytes, fmt: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=FORMATS[fmt])
    disposition = "inline" if fmt in ("pdf", "html") else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"     # a paper runs no script, whatever it holds
    return response

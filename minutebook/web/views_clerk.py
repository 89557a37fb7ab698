"""The clerk workspace: bodies, memberships, meetings, agenda, attendance, minutes, publication,
uploads and generated papers. Every view needs a clerk (group "clerk" or superuser)."""
from __future__ import annotations

import functools
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.db.models import Count, F, Prefetch
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from minutebook.store import visibility as vis
from minutebook.store.models import (
    Action, ActionOwner, AgendaItem, Attendance, Body, Document, Meeting, Membership, Minute, Person, Report,
    Resolution,
)
from minutebook.web import forms as f
from minutebook.web import locks
from minutebook.web.models import Job


def clerk_required(view):
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not vis.is_clerk(request.user):
            raise Http404("Not found")   # the workspace does not exist for anyone else
        return view(request, *args, **kwargs)
    return wrapped


def _meeting(pk) -> Meeting:
    return get_object_or_404(Meeting.objects.select_related("body"), pk=pk)


# ---------------------------------------------------------------- home, bodies, memberships

@clerk_required
def clerk_home(request):
    today = timezone.localdate()
    bodies = Body.objects.filter(merged_into__isnull=True)
    meetings = Meeting.objects.select_related("body").annotate(minute_count=Count("minutes"))
    upcoming = meetings.filter(date__gte=today).order_by("date")[:10]
    recent = meetings.filter(date__lt=today).order_by("-date")[:10]
    drafts = (Meeting.objects.filter(minutes__isnull=False, minutes_published=False).distinct()
              .select_related("body").order_by("-date")[:10])
    jobs = Job.objects.select_related("meeting", "meeting__body")[:10]
    from minutebook.web.models import IngestReview

    reviews = list(IngestReview.objects.filter(status=IngestReview.PENDING).defer("content", "parsed", "sources")
                   .select_related("uploaded_by"))
    return render(request, "web/clerk/home.html", {"bodies": bodies, "upcoming": upcoming, "recent": recent,
                                                   "drafts": drafts, "jobs": jobs, "reviews": reviews,
                                                   "nav": "clerk"})


@clerk_required
def body_edit(request, slug=None):
    body = get_object_or_404(Body, slug=slug) if slug else None
    form = f.BodyForm(request.POST or None, instance=body)
    stale = None
    if request.method == "POST" and form.is_valid():
        saved = locks.save_form(form, fields=["standing_items", "settings_locked"])
        if saved is not None:
            messages.success(request, f"{saved.name} is saved.")
            return redirect("body", slug=saved.slug)
        body = Body.objects.get(pk=body.pk)
        stale = locks.differences(form, body)
        if form.cleaned_data.get("standing_items_text", "").split() != " ".join(body.standing_items or []).split():
            stale.append(("Standing items", "; ".join(body.standing_items or []) or "(none)"))
        form = locks.rebind(f.BodyForm, request.POST, body.version, instance=body)
    memberships = body.memberships.select_related("person", "organisation") if body else []
    ctx = {"form": form, "body": body, "memberships": memberships,
           "form_errors": [form] if form.errors else [], "nav": "clerk"}
    if stale is not None:
        return locks.refuse(request, "web/clerk/body_form.html", ctx, saved=stale, message=(
            f"Someone else saved {body.name}'s settings after you opened this page, so your changes were not "
            f"saved. What you entered is kept below: check it against what is saved now, then save again."))
    return render(request, "web/clerk/body_form.html", ctx)


@clerk_required
def membership_edit(request, slug=None, pk=None):
    membership = get_object_or_404(Membership.objects.select_related("body"), pk=pk) if pk else None
    body = membership.body if membership else get_object_or_404(Body, slug=slug)
    form = f.MembershipForm(request.POST or None, instance=membership)
    if request.method == "POST" and form.is_valid():
        ms = locks.save_form(form, body=body)
        if ms is not None:
            messages.success(request, f"{ms.person.name}'s membership of {body.name} is saved.")
            return redirect("clerk-body-edit", slug=body.slug)
        membership = Membership.objects.select_related("person").get(pk=membership.pk)
        saved = locks.differences(form, membership)
        form = locks.rebind(f.MembershipForm, request.POST, membership.version, instance=membership)
        return locks.refuse(request, "web/clerk/membership_form.html",
                            {"form": form, "body": body, "membership": membership, "nav": "clerk"}, saved=saved,
                            message=f"Someone else saved {membership.person.name}'s membership after you opened "
                                    f"this page, so your changes were not saved. What you entered is kept below: "
                                    f"check it against what is saved now, then save again.")
    return render(request, "web/clerk/membership_form.html", {"form": form, "body": body,
                                                              "membership": membership, "nav": "clerk"})


# ---------------------------------------------------------------- meetings

@clerk_required
def meeting_edit(request, slug=None, pk=None):
    meeting = _meeting(pk) if pk else None
    body = meeting.body if meeting else get_object_or_404(Body, slug=slug)
    initial = {} if meeting else {"start": body.default_start, "venue": body.default_venue}
    form = f.MeetingForm(request.POST or None, instance=meeting, body=body, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = locks.save_form(form, body=body)
        if saved is not None:
            messages.success(request, f"The meeting on {saved.date:%d %B %Y} is saved.")
            return redirect("clerk-meeting", pk=saved.pk)
        meeting = _meeting(pk)
        differences = locks.differences(form, meeting)
        form = locks.rebind(f.MeetingForm, request.POST, meeting.version, instance=meeting, body=body)
        return locks.refuse(request, "web/clerk/meeting_form.html",
                            {"form": form, "body": body, "meeting": meeting, "nav": "clerk"}, saved=differences,
                            message=_CHANGED.format(what="the meeting's details"))
    return render(request, "web/clerk/meeting_form.html", {"form": form, "body": body, "meeting": meeting,
                                                           "nav": "clerk"})


# the meeting's version covers its details, agenda, attendance and minutes, and publishing
_CHANGED = ("Someone else changed this meeting after you opened {what}, so your changes were not saved. "
            "What you entered is kept below: check it against what is saved now, then save again.")


def _workspace(request, meeting: Meeting, problems=(), status=200):
    from minutebook.web.views_public import meeting_context

    ctx = meeting_context(request.user, meeting)
    ctx.update({
        "jobs": Job.objects.filter(meeting=meeting)[:10],
        "all_documents": _with_versions(meeting.documents.defer("content", "parsed").select_related("made_by")),
        "problems": list(problems),
        "nav": "clerk",
    })
    return render(request, "web/clerk/meeting.html", ctx, status=status)


def _with_versions(documents) -> list[Document]:
    """The meeting's documents, each paper made from the record numbered as a version of its kind (1 the
    first made) with ``latest`` on the one the public may see; earlier versions are kept for the clerk."""
    import re

    from minutebook.web.rendering import PAPER_NAMES

    docs = list(documents)
    by_kind: dict[str, list[Document]] = {}
    for doc in docs:
        doc.version, doc.latest = None, doc.superseded_by_id is None
        if doc.kind in PAPER_NAMES and re.match(PAPER_NAMES[doc.kind], doc.filename):
            by_kind.setdefault(doc.kind, []).append(doc)
    for made in by_kind.values():
        made.sort(key=lambda d: (d.created, d.pk))
        for n, doc in enumerate(made, 1):
            doc.version = n
    return docs


@clerk_required
def meeting_workspace(request, pk):
    return _workspace(request, _meeting(pk))


@clerk_required
@require_POST
def meeting_publish(request, pk):
    meeting = _meeting(pk)
    what = request.POST.get("do", "")
    changes = {
        "publish_agenda": ({"published": True}, "The agenda and papers are published."),
        "unpublish_agenda": ({"published": False}, "The agenda and papers are withdrawn from the public."),
        "approve_minutes": ({"minutes_status": Meeting.APPROVED}, "The minutes are approved."),
        "unapprove_minutes": ({"minutes_status": Meeting.DRAFT}, "The minutes are a draft again."),
        # minutes of a meeting are of a meeting that took place (not of one still to come)
        "publish_minutes": ({"minutes_published": True,
                             **({"status": Meeting.HELD} if meeting.date <= timezone.localdate() else {})},
                            "The minutes are published."),
        "unpublish_minutes": ({"minutes_published": False}, "The minutes are withdrawn from the public."),
    }
    if what not in changes:
        messages.error(request, "Choose what to publish.")
        return redirect("clerk-meeting", pk=meeting.pk)
    fields, message = changes[what]
    if what == "publish_agenda":
        # the agenda and pack are made from the record as it is published (background jobs)
        from minutebook.web.publishing import CannotPublish, publish_agenda

        try:
            publish_agenda(meeting, request.user)
        except CannotPublish as exc:
            return _workspace(request, meeting, problems=[str(exc)], status=400)
        messages.success(request, "The agenda is published. The agenda and the agenda pack are being made from "
                                  "the record: their progress is under Background jobs.")
        return redirect("clerk-meeting", pk=meeting.pk)
    if what == "approve_minutes":
        from minutebook.store.cycle import NotFound, approve

        try:
            approve(meeting)
        except NotFound as exc:
            messages.error(request, f"There are no minutes to approve ({exc}).")
            return redirect("clerk-meeting", pk=meeting.pk)
    else:
        Meeting.objects.filter(pk=meeting.pk).update(version=F("version") + 1, **fields)
    if what in ("approve_minutes", "publish_minutes"):
        # draft minutes are for members and officers only: public once both published and approved
        meeting.refresh_from_db()
        if vis.minutes_are_public(meeting):
            message = "The minutes are approved and public."
        elif what == "publish_minutes":
            message = "The minutes are published; the public will see them once they are approved."
        else:
            message = "The minutes are approved; publish them for the public to see them."
    messages.success(request, message)
    return redirect("clerk-meeting", pk=meeting.pk)


# ---------------------------------------------------------------- agenda

def _draft_agenda(meeting: Meeting) -> list[dict]:
    """The generated draft (standing items, carried-forward items, sub-group reports) as form rows."""
    from minutebook.store.cycle import draft_agenda

    return [{"number": i.number, "title": i.title, "presenter": i.presenter or "", "exempt": i.exempt,
             "source_minute": i.source_minute or ""} for i in draft_agenda(meeting.body, meeting.date).agenda]


@clerk_required
def agenda_edit(request, pk):
    """Build the agenda from the cycle's draft, or change the stored one. Saving goes through the cycle's
    ``save_agenda`` (items, question deadline, start and venue where unset)."""
    from minutebook import record as R
    from minutebook.store.cycle import draft_agenda, save_agenda

    meeting = _meeting(pk)
    existing = list(meeting.agenda_items.select_related("source_minute"))
    if request.method == "POST":
        formset = f.AgendaFormSet(request.POST, prefix="a")
        version_form = f.VersionForm(request.POST)
        try:
            valid = formset.is_valid()
        except Exception:
            valid = False
        valid = version_form.is_valid() and valid
        if valid:
            items = [R.AgendaItem(number=d["number"].strip(), title=d["title"].strip(),
                                  presenter=d.get("presenter") or None, exempt=d.get("exempt", False),
                                  source_minute=d.get("source_minute") or None)
                     for d in (form.cleaned_data for form in formset.forms)
                     if d and not d.get("DELETE") and (d.get("title") or "").strip()]
            record = draft_agenda(meeting.body, meeting.date)
            record.agenda = items
            with transaction.atomic():
                saved = locks.claim(meeting, version_form.cleaned_data["version"])
                if saved:
                    save_agenda(meeting.body, record)
            if saved:
                messages.success(request, "The agenda is saved.")
                return redirect("clerk-meeting", pk=meeting.pk)
            meeting.refresh_from_db()
            return locks.refuse(
                request, "web/clerk/agenda_form.html",
                {"meeting": meeting, "formset": formset, "drafted": False, "nav": "clerk",
                 "version_form": locks.rebind(f.VersionForm, request.POST, meeting.version)},
                message=_CHANGED.format(what="the agenda"), saved_title="The agenda as saved now",
                saved=[(i.number, i.title + (" (exempt)" if i.exempt else ""))
                       for i in meeting.agenda_items.all()] or [("", "No agenda items saved.")])
        drafted = False
    else:
        drafted = not existing or request.GET.get("draft") == "1"
        initial = _draft_agenda(meeting) if drafted else [
            {"number": i.number, "title": i.title, "presenter": i.presenter, "exempt": i.exempt,
             "source_minute": i.source_minute.number if i.source_minute_id else ""} for i in existing]
        formset = f.AgendaFormSet(prefix="a", initial=initial)
        version_form = f.VersionForm(initial={"version": meeting.version})
    return render(request, "web/clerk/agenda_form.html", {"meeting": meeting, "formset": formset,
                                                          "version_form": version_form, "drafted": drafted,
                                                          "nav": "clerk"})


# ---------------------------------------------------------------- attendance

@clerk_required
def attendance_edit(request, pk):
    meeting = _meeting(pk)
    if request.method == "POST":
        formset = f.AttendanceFormSet(request.POST, prefix="p")
        version_form = f.VersionForm(request.POST)
        if formset.is_valid() and version_form.is_valid():
            with transaction.atomic():
                if not locks.claim(meeting, version_form.cleaned_data["version"]):
                    meeting.refresh_from_db()
                    _share_choices(formset, "person", "substitute")
                    return locks.refuse(
                        request, "web/clerk/attendance_form.html",
                        {"meeting": meeting, "formset": formset, "nav": "clerk",
                         "version_form": locks.rebind(f.VersionForm, request.POST, meeting.version)},
                        message=_CHANGED.format(what="the attendance"), saved_title="The attendance as saved now",
                        saved=[(a.person.name, a.get_kind_display() + (" (chair)" if a.is_chair else ""))
                               for a in meeting.attendance.select_related("person")]
                        or [("", "No attendance saved.")])
                meeting.attendance.all().delete()
                seen = set()
                for form in formset.forms:
                    d = form.cleaned_data
                    if not d or not d.get("kind"):
                        continue
                    person = d.get("person") or _person(d.get("new_person", ""))
                    if person.pk in seen:
                        continue
                    seen.add(person.pk)
                    Attendance.objects.create(meeting=meeting, person=person, kind=d["kind"],
                                              role=d.get("role", "") or person.role,
                                              organisation=person.organisation, substitute=d.get("substitute"),
                                              is_chair=d.get("is_chair", False))
                    if d.get("is_chair"):
                        Meeting.objects.filter(pk=meeting.pk).update(chair=person)
                # a substitute is present for someone: record them too
                for a in list(meeting.attendance.filter(substitute__isnull=False)):
                    if a.substitute_id not in seen:
                        seen.add(a.substitute_id)
                        Attendance.objects.create(meeting=meeting, person=a.substitute, kind=Attendance.SUBSTITUTE,
                                                  role=a.substitute.role, organisation=a.organisation)
            messages.success(request, "The attendance is saved.")
            return redirect("clerk-meeting", pk=meeting.pk)
    else:
        rows = [{"person": a.person, "kind": a.kind, "role": a.role, "substitute": a.substitute,
                 "is_chair": a.is_chair} for a in meeting.attendance.select_related("person", "substitute")]
        if not rows:
            rows = [{"person": m.person, "kind": "", "role": m.role,
                     "is_chair": m.position == Membership.CHAIR}
                    for m in vis.current_memberships_of_body(meeting.body, meeting.date).select_related("person")]
        formset = f.AttendanceFormSet(prefix="p", initial=rows)
        version_form = f.VersionForm(initial={"version": meeting.version})
    _share_choices(formset, "person", "substitute")
    return render(request, "web/clerk/attendance_form.html", {"meeting": meeting, "formset": formset,
                                                              "version_form": version_form, "nav": "clerk"})


def _share_choices(formset, *names) -> None:
    """Evaluate each people list once for the whole formset, not once a row."""
    if not formset.forms:
        return
    for name in names:
        field = formset.forms[0].fields[name]
        choices = list(field.choices)
        for form in formset.forms:
            form.fields[name].choices = choices


def _person(name: str) -> Person:
    name = " ".join(name.split())
    person = Person.objects.filter(name__iexact=name, merged_into__isnull=True).first()
    return person or Person.objects.create(name=name)


# ---------------------------------------------------------------- minutes (optimistic lock)

def _next_number(meeting: Meeting) -> str:
    from minutebook.cycle.numbering import next_minute_number

    numbers = list(Minute.objects.filter(meeting__body=meeting.body).values_list("number", flat=True))
    n = next_minute_number(numbers, meeting.body.next_minute_number)
    return str(n or len(meeting.minutes.all()) + 1)


@clerk_required
def minutes_edit(request, pk):
    meeting = _meeting(pk)
    queryset = meeting.minutes.prefetch_related("resolutions")
    stale = None
    if request.method == "POST":
        formset = f.MinuteFormSet(request.POST, queryset=queryset, prefix="m")
        version_form = f.VersionForm(request.POST)
        try:
            valid = formset.is_valid() and version_form.is_valid()
        except Exception:  # a tampered management form: treat as form errors, never a 500
            valid = False
        if valid:
            with transaction.atomic():
                saved = locks.claim(meeting, version_form.cleaned_data["version"])
                if saved:
                    _save_minutes(meeting, formset)
            if not saved:
                # the clerk's text stays in the form; the minutes as saved now are shown above it
                meeting.refresh_from_db()
                version_form = locks.rebind(f.VersionForm, request.POST, meeting.version)
                stale = locks.Stale("Someone else saved these minutes after you opened them, so your changes were "
                                    "not saved. Your text is kept below: compare it with the saved minutes, then "
                                    "save again.", anchor="saved-minutes")
            else:
                messages.success(request, "The minutes are saved.")
                return redirect(reverse("clerk-minutes", args=[meeting.pk]) + "#saved")
    else:
        formset = f.MinuteFormSet(queryset=queryset, prefix="m", initial=[{"number": _next_number(meeting)}])
        version_form = f.VersionForm(initial={"version": meeting.version})
    actions = (Action.objects.filter(minute__meeting=meeting)
               .prefetch_related(Prefetch("owners", queryset=ActionOwner.objects.select_related("person"))))
    by_minute = {}
    for a in actions:
        by_minute.setdefault(a.minute_id, []).append(a)
    for form in formset.forms:
        form.existing_actions = by_minute.get(form.instance.pk, []) if form.instance.pk else []
    _share_choices(formset, "action_owners")
    ctx = {"meeting": meeting, "formset": formset, "version_form": version_form, "nav": "clerk"}
    if stale:
        ctx.update(stale=stale, saved_minutes=meeting.minutes.prefetch_related("resolutions"))
        return render(request, "web/clerk/minutes_form.html", ctx, status=409)
    return render(request, "web/clerk/minutes_form.html", ctx)


def _save_minutes(meeting: Meeting, formset) -> None:
    position = 0
    for form in formset.forms:
        d = form.cleaned_data
        if not d:
            continue
        if d.get("DELETE"):
            if form.instance.pk:
                form.instance.delete()
            continue
        if not form.instance.pk and form.is_blank():
            continue
        position += 1
        minute = form.save(commit=False)
        minute.meeting = meeting
        minute.position = position
        minute.save()
        wanted = form.resolutions()
        if [r.text for r in minute.resolutions.all()] != wanted:
            minute.resolutions.all().delete()
            Resolution.objects.bulk_create(Resolution(minute=minute, position=i, text=t)
                                           for i, t in enumerate(wanted))
        if d.get("action_text", "").strip():
            action = Action.objects.create(minute=minute, text=d["action_text"].strip(), due_date=d.get("action_due"))
            _set_owners(action, d.get("action_owners") or [])


def _set_owners(action: Action, people) -> None:
    action.owners.all().delete()
    ActionOwner.objects.bulk_create(ActionOwner(action=action, initials=p.initials, person=p) for p in people)


@clerk_required
def action_edit(request, pk):
    action = get_object_or_404(Action.objects.select_related("minute", "minute__meeting"), pk=pk)
    meeting = action.minute.meeting
    form = f.ActionForm(request.POST or None, instance=action)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            if not locks.claim(action, form.cleaned_data["version"]):
                # an owner's update or another clerk's edit came first: theirs stands, this form is shown again
                action = Action.objects.select_related("minute").get(pk=pk)
                saved = locks.differences(form, action)
                owners = sorted(o.person_id for o in action.owners.all() if o.person_id)
                if sorted(p.pk for p in form.cleaned_data["owners"]) != owners:
                    saved.append(("Owners", ", ".join(o.initials for o in action.owners.all()) or "(none)"))
                latest = action.updates.order_by("-date", "-id").first()
                if latest is not None and latest.note:
                    saved.append(("Latest update", f"{latest.get_status_display()}: {latest.note}"))
                form = locks.rebind(f.ActionForm, request.POST, action.version, instance=action)
                return locks.refuse(
                    request, "web/clerk/action_form.html",
                    {"form": form, "action": action, "meeting": meeting, "nav": "clerk"}, saved=saved,
                    message="Someone else changed this action after you opened it (its owner may have updated "
                            "it), so your changes were not saved. What you entered is kept below: check it "
                            "against what is saved now, then save again.")
            if request.POST.get("delete") == "1":
                action.delete()
                messages.success(request, "The action is deleted.")
            else:
                action = form.save(commit=False)
                action.save(update_fields=["text", "status", "due_date", "version"])
                _set_owners(action, form.cleaned_data["owners"])
                messages.success(request, "The action is saved.")
        return redirect("clerk-minutes", pk=meeting.pk)
    return render(request, "web/clerk/action_form.html", {"form": form, "action": action, "meeting": meeting,
                                                          "nav": "clerk"})


# ---------------------------------------------------------------- users

@clerk_required
def users(request):
    """Users and their roles; add one (the new password is shown once, on this response only)."""
    from django.contrib.auth.models import User

    from minutebook.web.accounts import AccountError, ensure_user

    form = f.UserForm(request.POST or None)
    created = None
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            user, password = ensure_user(d["username"], d["role"], d.get("person"))
        except AccountError as exc:
            form.add_error(None, str(exc)[:1].upper() + str(exc)[1:] + ".")
        else:
            created = {"user": user, "password": password}
            form = f.UserForm()
    people = {p.user_id: p for p in Person.objects.filter(user__isnull=False)}
    rows = [{"user": u, "clerk": vis.is_clerk(u), "person": people.get(u.pk)}
            for u in User.objects.order_by("username").prefetch_related("groups")]
    response = render(request, "web/clerk/users.html", {"form": form, "rows": rows, "created": created,
                                                        "nav": "clerk"})
    response["Cache-Control"] = "no-store"
    return response


# ---------------------------------------------------------------- exempt, documents, uploads, jobs

EXEMPTABLE = {"minute": Minute, "agendaitem": AgendaItem, "document": Document, "report": Report}


@clerk_required
@require_POST
def toggle_exempt(request, kind, pk):
    model = EXEMPTABLE.get(kind)
    if model is None:
        raise Http404("Nothing of that kind")
    obj = get_object_or_404(model, pk=pk)
    obj.exempt = request.POST.get("exempt") == "1"
    fields = ["exempt"]
    if isinstance(obj, Document) and obj.exempt:
        obj.published = False
        fields.append("published")
    obj.save(update_fields=fields)
    meeting_id = getattr(obj, "meeting_id", None)
    if meeting_id and isinstance(obj, (Minute, AgendaItem)):
        # an open minutes form must not silently undo this: its save is now stale
        Meeting.objects.filter(pk=meeting_id).update(version=F("version") + 1)
    if obj.exempt and meeting_id and not isinstance(obj, Document):
        # papers that hold it are withheld by visibility (store.contents) until they are made again
        part = {Minute: "minutes", AgendaItem: "agenda", Report: "report"}[model]
        held = (Document.objects.filter(published=True, contents__meeting_id=meeting_id, contents__part=part,
                                        contents__number=getattr(obj, "number", None) or getattr(obj, "report_no", ""))
                .distinct().count())
        if held:
            messages.info(request, f"{held} paper{'s' if held != 1 else ''} holding it {'are' if held != 1 else 'is'} "
                                   f"withheld from the public: make {'them' if held != 1 else 'it'} again.")
    label = "exempt (Part 2): not for publication" if obj.exempt else "no longer exempt"
    messages.success(request, f"The {model._meta.verbose_name} is marked {label}.")
    return redirect("clerk-meeting", pk=meeting_id) if meeting_id else redirect("clerk-home")


@clerk_required
@require_POST
def document_publish(request, pk):
    doc = get_object_or_404(Document.objects.defer("content"), pk=pk)
    publish = request.POST.get("published") == "1"
    if publish and doc.exempt:
        messages.error(request, "An exempt (Part 2) document cannot be published.")
    else:
        Document.objects.filter(pk=doc.pk).update(published=publish)
        messages.success(request, f"{doc.filename} is {'published' if publish else 'withdrawn'}.")
    return redirect("clerk-meeting", pk=doc.meeting_id) if doc.meeting_id else redirect("clerk-home")


@clerk_required
def upload(request):
    from minutebook.web import tasks

    meeting_id = request.GET.get("meeting", "")
    meeting = Meeting.objects.filter(pk=int(meeting_id)).first() if meeting_id.isdigit() else None
    form = f.UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        job = Job.objects.create(kind=Job.INGEST, user=request.user, meeting=meeting,
                                 params={"exempt": form.cleaned_data["exempt"],
                                         "publish": form.cleaned_data["publish"]},
                                 total=len(form.cleaned_data["files"]))
        folder = tasks.upload_dir(job)
        folder.mkdir(parents=True, exist_ok=True)
        for n, upload in enumerate(form.cleaned_data["files"]):
            name = Path(upload.name).name.replace("/", "_") or f"upload-{n}"
            with open(folder / f"{n:03d}_{name}", "wb") as out:
                for chunk in upload.chunks():
                    out.write(chunk)
        tasks.start(job)
        return redirect("clerk-job", pk=job.pk)
    return render(request, "web/clerk/upload.html", {"form": form, "meeting": meeting, "nav": "clerk"})


GENERATE = {"pack": Job.PACK, "agenda": Job.AGENDA, "matters-arising": Job.MATTERS_ARISING,
            "minutes": Job.MINUTES}


@clerk_required
def generate(request, pk, what):
    from minutebook.web import tasks

    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    meeting = _meeting(pk)
    kind = GENERATE.get(what)
    if kind is None:
        raise Http404("Nothing of that kind")
    job = Job.objects.create(kind=kind, user=request.user, meeting=meeting)
    tasks.start(job)
    return redirect("clerk-job", pk=job.pk)


@clerk_required
def job_status(request, pk):
    job = get_object_or_404(Job.objects.select_related("meeting", "meeting__body"), pk=pk)
    template = "web/clerk/job.html#progress" if request.htmx else "web/clerk/job.html"
    return render(request, template, {"job": job, "nav": "clerk"})


# ---------------------------------------------------------------- reviewing uploads, merging

def _review(pk):
    from minutebook.web.models import IngestReview

    return get_object_or_404(IngestReview.objects.select_related("job", "job__meeting", "decided_by", "document"),
                             pk=pk)


@clerk_required
def review_list(request):
    from minutebook.web.models import IngestReview

    pending = IngestReview.objects.filter(status=IngestReview.PENDING).defer("content").select_related("uploaded_by")
    decided = IngestReview.objects.exclude(status=IngestReview.PENDING).defer("content") \
        .select_related("decided_by", "document")[:20]
    return render(request, "web/clerk/review_list.html", {"pending": pending, "decided": decided, "nav": "clerk"})


@clerk_required
def review(request, pk):
    """What an upload found, beside its source lines; Confirm stores it with the clerk's choices, Discard
    drops it. Until then nothing of it is in the record."""
    from minutebook.store.review import ChoiceError, choices, findings
    from minutebook.web import tasks
    from minutebook.web.models import IngestReview

    item = _review(pk)
    error = None
    if request.method == "POST":
        do = request.POST.get("do", "")
        try:
            if do == "discard":
                tasks.discard(item, request.user)
                messages.success(request, f"{item.filename} is discarded: nothing of it was stored.")
                return redirect("clerk-reviews")
            if do != "confirm":
                raise ChoiceError("choose Confirm or Discard")
            if item.status != IngestReview.PENDING:
                raise tasks.Refused(tasks._decided(item))
            bodies, people = choices(findings(item.parsed, item.sources), request.POST)
            result = tasks.confirm(item, request.user, bodies, people)
        except tasks.Refused as exc:
            messages.error(request, str(exc))
            return redirect("clerk-review", pk=item.pk)
        except ChoiceError as exc:
            error = str(exc)[:1].upper() + str(exc)[1:] + "."
        except Exception as exc:  # a store failure: nothing stored, the review still waits
            error = f"{item.filename} could not be stored ({type(exc).__name__}: {exc})".splitlines()[0]
        else:
            found = "; ".join(result.found) or "the file only, with no meeting"
            messages.success(request, f"{item.filename} is stored: {found}.")
            item.refresh_from_db()
            doc = item.document
            if doc is not None and doc.meeting_id:
                return redirect("clerk-meeting", pk=doc.meeting_id)
            return redirect("clerk-reviews")
    ctx = {"review": item, "nav": "clerk", "error": error}
    if item.status == IngestReview.PENDING:
        ctx["found"] = findings(item.parsed, item.sources)
        ctx["people_pool"] = _person_choices() if ctx["found"].new_people else []
    return render(request, "web/clerk/review.html", ctx, status=400 if error else 200)


def _person_choices():
    return Person.objects.filter(merged_into__isnull=True).select_related("organisation").order_by("name")


def _merge(request, model, merge, *, one: str, what: str, moved: str, choices, pairs, back: str):
    """The merge form of bodies and people: the duplicate chosen goes into the one kept (``merge``), or the
    clerk is told why not (a ValueError from ``merge``, one line); ``moved`` says what moved; ``pairs()`` the
    likely duplicates shown, worked out only when the page is."""
    error = None
    if request.method == "POST":
        ids = [request.POST.get(k) or "" for k in ("duplicate", "keep")]
        other, keep = (model.objects.filter(pk=int(i), merged_into__isnull=True).first() if i.isdigit() else None
                       for i in ids)
        if other is None or keep is None:
            error = f"Choose the duplicate {one} and the {one} to keep."
        else:
            try:
                merge(keep, other)
            except ValueError as exc:
                error = str(exc)[:1].upper() + str(exc)[1:] + "."
            else:
                messages.success(request, f"{other.name} is merged into {keep.name}: {moved} now {keep.name}'s.")
                return redirect(back)
    return render(request, "web/clerk/merge.html", {
        "what": what, "one": one, "choices": choices, "error": error, "post": request.POST, "pairs": pairs(),
        "nav": "clerk"}, status=400 if error else 200)


@clerk_required
def merge_bodies(request):
    """Merge a duplicate body into the one kept: its meetings, members, sub-groups and papers move there."""
    from minutebook.store.bodies import likely_duplicates, merge

    return _merge(request, Body, merge, one="body", what="bodies",
                  moved="its meetings, members and papers are",
                  choices=Body.objects.filter(merged_into__isnull=True).order_by("name"),
                  pairs=lambda: [(a, b, f"{score:g}% alike") for a, b, score in likely_duplicates()],
                  back="clerk-merge-bodies")


@clerk_required
def merge_people(request):
    """Merge a duplicate person into the one kept: memberships, attendance, actions and chairing move."""
    from minutebook.store.people import likely_duplicates, merge

    return _merge(request, Person, merge, one="person", what="people",
                  moved="memberships, attendance and actions are", choices=_person_choices(),
                  pairs=lambda: [(d.a, d.b, f"{d.score:g}: {d.reason}") for d in likely_duplicates()[:30]],
                  back="clerk-merge-people")

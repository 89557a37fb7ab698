"""CLI commands of the store: ingest, people, body settings, the action register.

Django is set up inside each command (``minutebook --help`` stays fast).
"""
from __future__ import annotations

import datetime as dt
import json
import sys

import click

from minutebook.cli import Failure, main


def _django():
    from minutebook import django_env

    django_env.setup()
    django_env.migrate()


# ---------------------------------------------------------------- ingest

@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--quiet", "-q", is_flag=True, help="Only the summary and errors.")
def ingest(paths, quiet):
    """Read agenda packs, minutes and reports (files or folders) into the store.

    Each file is stored whole or not at all; a file already stored is skipped; a corrected
    version replaces the records of the earlier one. Bad files get one line on stderr
    ("Error: PATH: problem") and exit code 2; the good files of a folder still go in.

    This stores at once (the clerk is at the shell). An upload from the web waits instead for a
    clerk to review what it found and confirm it (/clerk/reviews/): see docs/web.md.
    """
    _django()
    from minutebook.store.ingest import ingest_paths

    def progress(i, total, path):
        if not quiet:
            click.echo(f"[{i + 1}/{total}] {path}", err=True)

    summary = ingest_paths(paths, progress=progress)
    if not quiet:
        for line in summary.file_lines():
            if not line.split(": ")[1] == "failed":
                click.echo(line)
    for line in summary.lines():
        click.echo(line)
    for error in summary.errors:
        click.echo(f"Error: {error}", err=True)
    if summary.failed:
        sys.exit(2)


# ---------------------------------------------------------------- people

@main.command()
@click.option("--duplicates", is_flag=True, help="List people who may be one person, with the evidence.")
@click.option("--merge", nargs=2, type=int, metavar="KEEP_ID OTHER_ID",
              help="Merge OTHER into KEEP: attendance, memberships and actions move to KEEP.")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def people(duplicates, merge, as_json):
    """People in the store; likely duplicates; merging two records of one person."""
    _django()
    from minutebook.store.models import Person
    from minutebook.store.people import likely_duplicates, merge as do_merge

    if merge:
        keep_id, other_id = merge
        try:
            keep, other = Person.objects.get(pk=keep_id), Person.objects.get(pk=other_id)
        except Person.DoesNotExist:
            raise Failure(f"no person with id {keep_id if not Person.objects.filter(pk=keep_id).exists() else other_id}")
        try:
            do_merge(keep, other)
        except ValueError as exc:
            raise Failure(str(exc))
        click.echo(f"merged {other.name} (#{other.pk}) into {keep.name} (#{keep.pk})")
        return
    if duplicates:
        dups = likely_duplicates()
        if as_json:
            click.echo(json.dumps([{"keep": d.a.pk, "other": d.b.pk, "names": [d.a.name, d.b.name], "score": d.score,
                                    "reasons": d.reasons} for d in dups], indent=2))
            return
        if not dups:
            click.echo("no likely duplicates")
        for d in dups:
            click.echo(f"{d.score:5.1f}  #{d.a.pk} {d.a.name}  ~  #{d.b.pk} {d.b.name}  ({d.reason})")
        return
    rows = Person.objects.filter(merged_into__isnull=True).select_related("organisation")
    if as_json:
        click.echo(json.dumps([{"id": p.pk, "name": p.name, "title": p.title, "role": p.role,
                                "organisation": p.organisation.name if p.organisation_id else None} for p in rows],
                              indent=2))
        return
    for p in rows:
        org = f" [{p.organisation}]" if p.organisation_id else ""
        click.echo(f"#{p.pk:<4} {p.name}{' (' + p.role + ')' if p.role else ''}{org}")


# ---------------------------------------------------------------- bodies

def _body(name):
    """A body by id, name, slug or an unambiguous part of its name (as the cycle commands take it)."""
    from minutebook.store.cycle import NotFound, find_body
    from minutebook.store.models import Body

    if str(name).isdigit() and Body.objects.filter(pk=int(name)).exists():
        return Body.objects.get(pk=int(name))
    try:
        return find_body(name)
    except NotFound as exc:
        raise Failure(f"{exc} (see: minutebook body list)") from None


def _person(name):
    from minutebook.store.models import Person
    from minutebook.store.people import clean_name, resolve

    if str(name).isdigit():
        p = Person.objects.filter(pk=int(name)).first()
    else:
        p = Person.objects.filter(name__iexact=clean_name(name)).order_by("merged_into", "pk").first()
    return resolve(p) if p else None


@main.group()
def body():
    """Bodies (committees, groups, sub-groups) and their settings."""


@body.command("list")
def body_list():
    """Bodies, with their sub-groups indented."""
    _django()
    from minutebook.store.models import Body

    def show(b, depth):
        click.echo(f"{'  ' * depth}{b.name}  [{b.slug}]  {b.meetings.count()} meetings")
        for child in Body.objects.filter(parent=b):
            show(child, depth + 1)

    for b in Body.objects.filter(parent__isnull=True, merged_into__isnull=True):
        show(b, 0)


SETTINGS = ["question_deadline_days", "question_deadline_time", "publication_lead_days", "default_venue",
            "default_start", "contact_name", "contact_phone", "contact_email", "organisation_name", "chief_officer",
            "report_prefix", "report_next_number", "next_minute_number", "standing_items", "description",
            "report_title"]


@body.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True)
def body_show(name, as_json):
    """A body's settings, members and sub-groups."""
    _django()
    b = _body(name)
    data = {"name": b.name, "parent": b.parent.name if b.parent_id else None}
    for f in SETTINGS:
        v = getattr(b, f)
        data[f] = v.strftime("%H:%M") if isinstance(v, dt.time) else v
    data["settings_locked"] = b.settings_locked
    from minutebook.store.records import members_at

    data["members"] = [{"name": m.person.name, "position": m.position, "role": m.role,
                        "start": m.start.isoformat() if m.start else None}
                       for m in members_at(b, dt.date.today())]
    data["subgroups"] = [c.name for c in b.subgroups.all()]
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    for k, v in data.items():
        if k == "members":
            click.echo("members:")
            for m in v:
                click.echo(f"  {m['name']} ({m['position']}){' - ' + m['role'] if m['role'] else ''}")
        elif isinstance(v, list):
            click.echo(f"{k}:" + ("" if v else " -"))
            for x in v:
                click.echo(f"  {x}")
        else:
            click.echo(f"{k}: {'' if v is None else v}")


def _hhmm(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.time.fromisoformat(value.replace(".", ":").zfill(5))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a time like 17:00")


@body.command("set")
@click.argument("name")
@click.option("--question-days", type=click.IntRange(0, 60), help="Working days before the meeting that questions close.")
@click.option("--question-time", callback=_hhmm, help="Hour questions close (HH:MM).")
@click.option("--publication-days", type=click.IntRange(0, 60), help="Clear working days the agenda is published before.")
@click.option("--contact-name")
@click.option("--contact-phone")
@click.option("--contact-email")
@click.option("--organisation", "organisation_name", help="The authority, e.g. London Borough of Bromley.")
@click.option("--chief-officer")
@click.option("--report-prefix")
@click.option("--next-report-number", type=click.IntRange(1))
@click.option("--next-minute-number", type=click.IntRange(1))
@click.option("--standing-item", "standing_items", multiple=True, help="Repeat, in order; replaces the list.")
@click.option("--venue")
@click.option("--start", callback=_hhmm, help="Usual start time (HH:MM).")
@click.option("--description")
@click.option("--unlock", multiple=True, metavar="FIELD", help="Let ingest fill FIELD again.")
def body_set(name, unlock, **opts):
    """Change a body's settings. Changed settings are locked: a re-ingest never overwrites them."""
    _django()
    b = _body(name)
    fields = {"question_days": "question_deadline_days", "question_time": "question_deadline_time",
              "publication_days": "publication_lead_days", "next_report_number": "report_next_number",
              "venue": "default_venue", "start": "default_start"}
    changed = []
    for opt, value in opts.items():
        if value is None or value == ():
            continue
        f = fields.get(opt, opt)
        if f == "standing_items":
            value = list(value)
        if f == "report_prefix":
            value = value.strip().upper()
        setattr(b, f, value)
        changed.append(f)
    locked = [f for f in (b.settings_locked or []) if f not in unlock]
    locked += [f for f in changed if f not in locked]
    b.settings_locked = locked
    from django.core.exceptions import ValidationError
    try:
        b.full_clean(exclude=["slug", "parent"])
    except ValidationError as exc:
        raise Failure("; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items()))
    b.save()
    click.echo(f"{b.name}: " + (", ".join(changed) if changed else "nothing changed") +
               (f"; unlocked {', '.join(unlock)}" if unlock else ""))


@body.group("member")
def body_member():
    """Add or end memberships."""


@body_member.command("add")
@click.argument("body_name")
@click.argument("person_name")
@click.option("--role", default="")
@click.option("--organisation", default="")
@click.option("--position", type=click.Choice(["member", "chair", "vice_chair"]), default="member")
@click.option("--start", type=click.DateTime(["%Y-%m-%d"]), help="YYYY-MM-DD (default today).")
def member_add(body_name, person_name, role, organisation, position, start):
    """Add PERSON_NAME to BODY_NAME (the person is created if new)."""
    _django()
    from minutebook.store.models import Membership, Organisation, Person
    from minutebook.store.people import split_title

    b = _body(body_name)
    p = _person(person_name)
    if p is None:
        title, clean = split_title(person_name)
        p = Person.objects.create(name=clean, title=title, role=role)
    org = None
    if organisation:
        org = Organisation.objects.filter(name__iexact=organisation).first() or \
            Organisation.objects.create(name=organisation)
    if Membership.objects.filter(body=b, person=p, end__isnull=True).exists():
        raise Failure(f"{p.name} is already a member of {b.name}")
    if position != "member":
        Membership.objects.filter(body=b, position=position, end__isnull=True).update(position="member")
    Membership.objects.create(body=b, person=p, role=role or p.role, organisation=org or p.organisation,
                              position=position, start=(start.date() if start else dt.date.today()))
    click.echo(f"{p.name} (#{p.pk}) joins {b.name} as {position.replace('_', '-')}")


@body_member.command("end")
@click.argument("body_name")
@click.argument("person_name")
@click.option("--end", type=click.DateTime(["%Y-%m-%d"]), help="YYYY-MM-DD (default today).")
def member_end(body_name, person_name, end):
    """End PERSON_NAME's membership of BODY_NAME."""
    _django()
    from django.db.models import F

    from minutebook.store.models import Membership

    b = _body(body_name)
    p = _person(person_name)
    ms = Membership.objects.filter(body=b, person=p, end__isnull=True).first() if p else None
    if ms is None:
        raise Failure(f"{person_name!r} is not a current member of {b.name}")
    ms.end = end.date() if end else dt.date.today()
    ms.version = F("version") + 1         # a membership form opened before this is stale (web.locks)
    ms.save(update_fields=["end", "version"])
    click.echo(f"{p.name} left {b.name} on {ms.end:%d %B %Y}")


@body.group("subgroup")
def body_subgroup():
    """Sub-groups: bodies of their own that report to a parent."""


@body_subgroup.command("add")
@click.argument("parent_name")
@click.argument("name")
@click.option("--report-title", default="", help="The parent's agenda item it reports under.")
def subgroup_add(parent_name, name, report_title):
    """Add sub-group NAME under PARENT_NAME."""
    _django()
    from minutebook.store.models import Body

    parent = _body(parent_name)
    existing = Body.objects.filter(name__iexact=name).first()
    if existing:
        if existing.parent_id and existing.parent_id != parent.pk:
            raise Failure(f"{existing.name} is already a sub-group of {existing.parent}")
        existing.parent = parent
        existing.report_title = report_title or existing.report_title
        existing.save()
        click.echo(f"{existing.name} is a sub-group of {parent.name}")
        return
    b = Body.objects.create(name=name, parent=parent, report_title=report_title)
    click.echo(f"{b.name} [{b.slug}] added under {parent.name}")


# ---------------------------------------------------------------- actions

STATUS_CHOICES = ["open", "in_progress", "done", "dropped"]


def action_rows(body=None, owner=None, organisation=None, status=None):
    """The action register, filtered; each row a plain dict."""
    from django.db.models import Q

    from minutebook.store.models import Action

    qs = Action.objects.select_related("minute__meeting__body", "due_meeting") \
        .prefetch_related("owners__person__organisation", "updates")
    if body:
        b = _body(body)
        qs = qs.filter(minute__meeting__body=b)
    if status == "live":
        qs = qs.filter(status__in=Action.LIVE)
    elif status:
        qs = qs.filter(status=status)
    if owner:
        from minutebook.store.people import clean_name
        q = Q(owners__initials__iexact=owner) | Q(owners__person__name__iexact=clean_name(owner))
        q |= Q(owners__person__merged_into__name__iexact=clean_name(owner))
        qs = qs.filter(q)
    if organisation:
        qs = qs.filter(owners__person__organisation__name__icontains=organisation)
    rows = []
    for a in qs.distinct():
        owners = list(a.owners.all())
        updates = list(a.updates.all())
        latest = updates[-1] if updates else None
        m = a.minute.meeting
        rows.append({
            "id": a.pk, "body": m.body.name, "meeting": m.date.isoformat(), "minute": a.minute.number,
            "minute_title": a.minute.title, "text": a.text,
            "owners": [{"initials": o.initials, "name": o.person.name if o.person_id else None,
                        "candidates": o.candidates} for o in owners],
            "status": a.status,
            "due_meeting": a.due_meeting.date.isoformat() if a.due_meeting_id else None,
            "due_date": a.due_date.isoformat() if a.due_date else None,
            "latest_update": ({"date": latest.date.date().isoformat() if latest.date else None,
                               "status": latest.status, "note": latest.note} if latest else None),
        })
    return rows


@main.command("actions")
@click.option("--body", help="Body name or slug.")
@click.option("--owner", help="Owner's name or initials.")
@click.option("--organisation", help="Owner's organisation (part of the name).")
@click.option("--status", type=click.Choice(STATUS_CHOICES + ["live"]), help="live = open or in progress.")
@click.option("--json", "as_json", is_flag=True)
def actions_cmd(body, owner, organisation, status, as_json):
    """The action register: id, body, meeting, minute, owners, status, due, latest update."""
    _django()
    rows = action_rows(body, owner, organisation, status)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("no actions")
        return
    for r in rows:
        owners = ", ".join(o["initials"] + (f" {o['name']}" if o["name"] else " (unresolved)") for o in r["owners"]) or "-"
        due = r["due_meeting"] or r["due_date"] or "-"
        latest = f"  latest: {r['latest_update']['note']}" if r["latest_update"] and r["latest_update"]["note"] else ""
        click.echo(f"#{r['id']:<4} {r['body']} {r['meeting']} min {r['minute']}  [{r['status']}]  "
                   f"owners: {owners}  due: {due}{latest}")
        click.echo(f"      {r['text'][:150]}")


@main.group("action")
def action_group():
    """One action: record progress."""


@action_group.command("update")
@click.argument("action_id", type=int)
@click.option("--status", type=click.Choice(STATUS_CHOICES), help="New status (default: unchanged).")
@click.option("--note", default="", help="What happened.")
def action_update(action_id, status, note):
    """Record an update on action ACTION_ID and set its status."""
    _django()
    from django.db import transaction
    from django.db.models import F
    from django.utils import timezone

    from minutebook.store.models import Action, ActionUpdate

    a = Action.objects.filter(pk=action_id).first()
    if a is None:
        raise Failure(f"no action with id {action_id}")
    if not status and not note:
        raise Failure("give --status or --note")
    with transaction.atomic():
        status = status or a.status
        ActionUpdate.objects.create(action=a, status=status, note=note, date=timezone.now())
        a.status = status
        a.version = F("version") + 1       # an action form opened before this update is stale (web.locks)
        a.save(update_fields=["status", "version"])
    click.echo(f"action #{a.pk} (minute {a.minute.number}): {status}{' - ' + note if note else ''}")

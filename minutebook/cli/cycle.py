"""CLI commands of the meeting cycle: matters-arising, agenda, minutes, pack, approve, publish.

Each takes ``--body`` (name, slug or an unambiguous part of the name) and ``--meeting`` (YYYY-MM-DD).
Documents go to ``--output FILE``, or to stdout for html and json; pdf and docx need ``--output``.
"""
from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import click

from minutebook.cli import Failure, main

FORMATS = ["pdf", "docx", "html", "json"]


def _setup():
    from minutebook import django_env, identity

    django_env.setup()
    try:
        identity.current()          # the authority's name and logo, printed on every paper
    except identity.IdentityError as exc:
        raise Failure(str(exc)) from None


def _body_and_date(body: str, meeting: str, planned_ok: bool = True):
    """The body and meeting date; a date the body has no meeting on is accepted only as a planned
    meeting after all its stored ones."""
    from minutebook.store.cycle import NotFound, find_body, parse_date
    from minutebook.store.models import Meeting

    try:
        b = find_body(body)
        date = parse_date(meeting)
    except NotFound as exc:
        raise Failure(str(exc)) from None
    stored = Meeting.objects.filter(body=b, date=date).exists()
    if not stored:
        latest = Meeting.objects.filter(body=b).order_by("-date").values_list("date", flat=True).first()
        if not planned_ok or (latest and date < latest):
            raise Failure(f"{b.name} has no meeting on {date.isoformat()}")
    return b, date


def _emit(content, fmt: str, output: str | None) -> None:
    """Write to --output atomically (nothing partial), or text formats to stdout."""
    if output is None:
        if fmt in ("pdf", "docx"):
            raise Failure(f"--format {fmt} needs --output FILE")
        click.echo(content, nl=not content.endswith("\n"))
        return
    path = Path(output)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        raise Failure(f"{output}: cannot write ({exc.strerror or exc})") from None


def _render(record, fmt: str, body):
    from minutebook.documents import render
    from minutebook.store.cycle import body_options

    return render(record, fmt, **body_options(body))


def _options(f):
    f = click.option("--output", "-o", type=click.Path(dir_okay=False), help="write to FILE (else stdout for html/json)")(f)
    f = click.option("--format", "fmt", type=click.Choice(FORMATS), default="html", show_default=True)(f)
    f = click.option("--meeting", required=True, help="the meeting date, YYYY-MM-DD")(f)
    f = click.option("--body", required=True, help="body name, slug or unambiguous part of the name")(f)
    return f


def matters_arising_json(report) -> str:
    return json.dumps({"report_no": report.report_no, "for_meeting": report.for_meeting,
                       "rows": [{"minute": r.minute, "meeting_date": r.meeting_date, "title": r.title,
                                 "resolution": r.resolution, "owners": r.owners, "owner_names": r.owner_names,
                                 "status": r.status, "due_meeting": r.due_meeting, "due": r.due, "update": r.update,
                                 "update_for": r.update_for} for r in report.matters_arising]},
                      indent=2)


@main.command("matters-arising")
@_options
def matters_arising_cmd(body, meeting, fmt, output):
    """The Matters Arising report: every action from earlier meetings still open, and those closed since the
    last meeting (once), with owner, due meeting, status and latest update; numbered for the meeting's year."""
    _setup()
    from minutebook.store.cycle import matters_arising

    b, date = _body_and_date(body, meeting)
    report = matters_arising(b, date)
    _emit(matters_arising_json(report) if fmt == "json" else _render(report, fmt, b), fmt, output)


@main.command("agenda")
@_options
@click.option("--save", is_flag=True, help="store the drafted agenda as the meeting's agenda")
def agenda_cmd(body, meeting, fmt, output, save):
    """The agenda: the stored one, or one drafted from the cycle (standing items, carried-forward items,
    sub-group reports, question deadline)."""
    _setup()
    from minutebook.store.cycle import agenda, draft_agenda

    b, date = _body_and_date(body, meeting)
    record = draft_agenda(b, date, save=True) if save else agenda(b, date)
    _emit(_render(record, fmt, b), fmt, output)


@main.command("minutes")
@_options
def minutes_cmd(body, meeting, fmt, output):
    """The minutes of a meeting (marked DRAFT until approved); a numbered skeleton where none are stored."""
    _setup()
    from minutebook.store.cycle import minutes

    b, date = _body_and_date(body, meeting)
    _emit(_render(minutes(b, date), fmt, b), fmt, output)


@main.command("approve")
@click.option("--body", required=True, help="body name, slug or unambiguous part of the name")
@click.option("--meeting", required=True, help="the meeting date, YYYY-MM-DD")
def approve_cmd(body, meeting):
    """Mark a meeting's minutes approved (agreed as a correct record)."""
    _setup()
    from minutebook.store.cycle import NotFound, approve, find_meeting

    b, date = _body_and_date(body, meeting, planned_ok=False)
    try:
        m = approve(find_meeting(b, date))
    except NotFound as exc:
        raise Failure(str(exc)) from None
    click.echo(f"approved: minutes of {b.name} {m.date.isoformat()}")


@main.command("publish")
@click.option("--body", required=True, help="body name, slug or unambiguous part of the name")
@click.option("--meeting", required=True, help="the meeting date, YYYY-MM-DD")
def publish_cmd(body, meeting):
    """Publish a meeting's agenda and papers: the agenda and the agenda pack are made from the record as it
    is now, as new versions (earlier ones are kept for the clerk). An agenda with no items is refused."""
    _setup()
    from minutebook.store.cycle import NotFound, find_meeting
    from minutebook.web.publishing import CannotPublish, publish_agenda
    from minutebook.web.rendering import versions

    b, date = _body_and_date(body, meeting, planned_ok=False)
    try:
        m = find_meeting(b, date)
        made = publish_agenda(m, run=lambda msg: click.echo(f"publish: {msg}", err=True))
    except (NotFound, CannotPublish) as exc:
        raise Failure(str(exc)) from None
    for doc in made:
        click.echo(f"made: {doc.title} (version {versions(m, doc.kind).count()})")
    click.echo(f"published: agenda of {b.name} {date.isoformat()}")


def _attachments(values, agenda_numbers):
    from pypdf import PdfReader

    out = []
    for value in values:
        if "=" not in value:
            raise Failure(f"--attach {value}: expected ITEM=FILE.pdf")
        item, _, path = value.partition("=")
        item = item.strip()
        if item not in agenda_numbers:
            raise Failure(f"--attach {value}: the agenda has no item {item!r}")
        try:
            data = Path(path).read_bytes()
            if not PdfReader(io.BytesIO(data)).pages:
                raise ValueError("no pages")
        except OSError as exc:
            raise Failure(f"{path}: cannot read ({exc.strerror or exc})") from None
        except Exception:
            raise Failure(f"{path}: not a readable PDF") from None
        out.append((item, data))
    return out


@main.command("pack")
@click.option("--body", required=True, help="body name, slug or unambiguous part of the name")
@click.option("--meeting", required=True, help="the meeting date, YYYY-MM-DD")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False), help="the pack PDF to write")
@click.option("--format", "fmt", type=click.Choice(["pdf"]), default="pdf", show_default=True)
@click.option("--attach", multiple=True, metavar="ITEM=FILE.pdf", help="a report or attachment for an agenda item")
@click.option("--blank-pages", is_flag=True, help="start every item on a right-hand page")
def pack_cmd(body, meeting, output, fmt, attach, blank_pages):
    """The agenda pack: agenda, previous minutes, Matters Arising report and attachments, paged throughout."""
    _setup()
    from minutebook.store.cycle import NotFound, agenda, meeting_pack

    say = lambda msg: click.echo(f"pack: {msg}", err=True)  # noqa: E731
    b, date = _body_and_date(body, meeting)
    attached = _attachments(attach, [i.number for i in agenda(b, date).agenda])
    try:
        pdf = meeting_pack(b, date, attached, blank_pages=blank_pages, progress=say)
    except NotFound as exc:
        raise Failure(str(exc)) from None
    _emit(pdf, "pdf", output)
    say(f"written {output}")

"""Papers of a meeting for the web: the documents helper's renderers fed with what a user may see.

Exempt (Part 2) items are removed before rendering for anyone who may not see them, so a download
never carries more than the meeting page shows. Papers stored for publication (packs, agendas,
Matters Arising reports) are always rendered as the public sees the meeting.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Optional

from minutebook.store import contents, visibility as vis
from minutebook.store.models import Document, Meeting, Minute, Report

MIME = {"pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "html": "text/html"}


def _options(meeting: Meeting) -> dict:
    from minutebook.store.cycle import body_options

    return body_options(meeting.body)


def _bytes(value) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def minutes_for(user, meeting: Meeting):
    from minutebook.store.records import minutes_record

    record = minutes_record(meeting)
    if not vis.can_see_minutes(user, meeting):
        record.items, record.present, record.also_present, record.apologies = [], [], [], []
    elif not vis.can_see_exempt(user, meeting.body_id):
        record.items = [item for item in record.items if not item.exempt]
    return record


def agenda_for(user, meeting: Meeting):
    from minutebook.store.records import agenda_record

    record = agenda_record(meeting)
    if not vis.can_see_agenda(user, meeting):
        record.agenda = []
    elif not vis.can_see_exempt(user, meeting.body_id):
        record.agenda = [item for item in record.agenda if not item.exempt]
    return record


def matters_arising_for(user, meeting: Meeting):
    from minutebook.store.cycle import matters_arising

    record = matters_arising(meeting.body, meeting.date)
    # only rows from minutes this user may see: not Part 2, not unpublished drafts
    visible = {(n.lower(), d.isoformat()) for n, d in vis.visible_minutes(
        user, Minute.objects.filter(meeting__body=meeting.body)).values_list("number", "meeting__date")}
    record.matters_arising = [r for r in record.matters_arising
                              if (r.minute.lower(), r.meeting_date or "") in visible]
    return record


def minutes_file(user, meeting: Meeting, fmt: str) -> bytes:
    from minutebook.documents import render

    return _bytes(render(minutes_for(user, meeting), fmt, **_options(meeting)))


def agenda_file(user, meeting: Meeting, fmt: str) -> bytes:
    from minutebook.documents import render

    return _bytes(render(agenda_for(user, meeting), fmt, **_options(meeting)))


_PREVIOUS_MINUTES = re.compile(r"^minutes\b|minutes of the (previous|last)", re.I)
_MATTERS_ARISING = re.compile(r"matters arising", re.I)


def pack_pdf(meeting: Meeting, progress: Optional[Callable[[str], None]] = None) -> bytes:
    """The public agenda pack: agenda, the previous meeting's minutes, the Matters Arising report."""
    return _pack(meeting, progress)[0]


def _pack(meeting: Meeting, progress: Optional[Callable[[str], None]] = None) -> tuple[bytes, list]:
    """The public agenda pack and what it holds (``store.contents``)."""
    from minutebook.documents import render
    from minutebook.documents.pack import Part, build_pack

    options = _options(meeting)
    record = agenda_for(None, meeting)
    held = contents.of_agenda(meeting, record)
    parts = []
    previous = (Meeting.objects.filter(body=meeting.body, date__lt=meeting.date, minutes__isnull=False)
                .exclude(status=Meeting.CANCELLED).order_by("-date").first())
    if previous is not None and not vis.can_see_minutes(None, previous):
        previous = None          # draft minutes go in the public pack only once published
    for item in record.agenda:
        if previous is not None and _PREVIOUS_MINUTES.search(item.title):
            prev = minutes_for(None, previous)
            if prev.items:
                parts.append(Part(item.number, render(prev, "pdf", page_numbers=False, **options), item.title))
                held += contents.of_minutes(previous, prev)
        elif _MATTERS_ARISING.search(item.title):
            report = matters_arising_for(None, meeting)
            held += contents.of_matters_arising(meeting, report)
            parts.append(Part(item.number, render(report, "pdf", page_numbers=False, **options), item.title))

    def agenda_pdf(ranges: dict[str, str]) -> bytes:
        for item in record.agenda:
            item.pages = ranges.get(item.number) or None
        return render(record, "pdf", page_numbers=False, **options)

    from minutebook.documents.text import long_date

    return build_pack(agenda_pdf, parts, progress=progress,
                      title=f"Agenda pack: {meeting.body.name} {long_date(meeting.date)}"), held


# the file names of the papers made from the record, by kind: each made again is a new version of it
PAPER_NAMES = {Document.PACK: r"^pack-\d{4}-\d{2}-\d{2}\.pdf$", Document.AGENDA: r"^agenda-\d{4}-\d{2}-\d{2}\.pdf$",
               Document.REPORT: r"^matters-arising-\d{4}-\d{2}-\d{2}\.pdf$",
               Document.MINUTES: r"^minutes-\d{4}-\d{2}-\d{2}\.pdf$"}


# the paper of each kind a job or command names
PAPER_KINDS = {"pack": Document.PACK, "agenda": Document.AGENDA, "matters_arising": Document.REPORT,
               "minutes": Document.MINUTES}


def versions(meeting: Meeting, kind: str):
    """Every stored version of a paper of the meeting made from the record, the latest first."""
    return (Document.objects.filter(meeting=meeting, kind=kind, filename__regex=PAPER_NAMES[kind])
            .order_by("-created", "-pk"))


def _stamped(data: bytes, made, version: int) -> bytes:
    """The PDF with when it was made and its version in its information dictionary (an incremental update:
    the rendered bytes are kept as they are), so that each version made is a file of its own."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter(io.BytesIO(data), incremental=True)
    # keys of its own (the standard dates would have to match the XMP metadata the renderer wrote)
    writer.add_metadata({"/MinutebookMade": made.astimezone(dt.timezone.utc).isoformat(),
                         "/MinutebookVersion": str(version)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def store_paper(meeting: Meeting, kind: str, progress: Optional[Callable[[str], None]] = None,
                made_by=None) -> Document:
    """Render a paper of the meeting from the record as the public sees it and keep it as a new version of
    the meeting's Document of that kind (earlier versions are kept, superseded: the public sees the latest
    only), made by ``made_by`` (a user, or None), noting what it holds (``store.contents``): it is public
    only while all of that is. Published when the meeting's agenda is."""
    import hashlib

    from django.db import transaction
    from django.utils import timezone

    from minutebook.documents import render

    say = progress or (lambda msg: None)
    stamp = f"{meeting.date:%Y-%m-%d}"
    if kind == "pack":
        (data, held), doc_kind, filename, title = _pack(meeting, say), Document.PACK, f"pack-{stamp}.pdf", \
            "Agenda pack"
    elif kind == "agenda":
        say("rendering the agenda")
        record = agenda_for(None, meeting)
        data, doc_kind, filename, title = render(record, "pdf", **_options(meeting)), Document.AGENDA, \
            f"agenda-{stamp}.pdf", "Agenda"
        held = contents.of_agenda(meeting, record)
    elif kind == "matters_arising":
        say("gathering open actions and their latest updates")
        record = matters_arising_for(None, meeting)
        data = render(record, "pdf", **_options(meeting))
        held = contents.of_matters_arising(meeting, record)
        doc_kind, filename = Document.REPORT, f"matters-arising-{stamp}.pdf"
        title = f"Matters Arising{' (' + record.report_no + ')' if record.report_no else ''}"
        report = Report.objects.filter(meeting=meeting, title__iexact=record.title).first() or \
            Report(meeting=meeting, title=record.title or "MATTERS ARISING")
        report.report_no = record.report_no or report.report_no
        report.data = record.model_dump(mode="json")
        report.save()
    elif kind == "minutes":
        say("rendering the minutes")
        record = minutes_for(None, meeting)
        data, doc_kind, filename, title = render(record, "pdf", **_options(meeting)), Document.MINUTES, \
            f"minutes-{stamp}.pdf", "Minutes"
        held = contents.of_minutes(meeting, record)
    else:
        raise ValueError(f"unknown paper {kind!r}")
    say("saving")
    with transaction.atomic():
        earlier = list(versions(meeting, doc_kind).select_for_update().values_list("pk", flat=True))
        made = timezone.now()
        data = _stamped(data, made, len(earlier) + 1)
        doc = Document.objects.create(sha256=hashlib.sha256(data).hexdigest(), filename=filename, kind=doc_kind,
                                      content_type="application/pdf", content=data, size=len(data),
                                      body=meeting.body, meeting=meeting, made_by=made_by,
                                      title=f"{title}, {meeting.date.day} {meeting.date:%B %Y}",
                                      published=Meeting.objects.filter(pk=meeting.pk, published=True).exists())
        contents.hold(doc, held)
        Document.objects.filter(pk__in=earlier, superseded_by__isnull=True).update(superseded_by=doc)
    return doc

"""What each stored paper holds (``DocumentContent``), noted when it is stored: by ingest from the records a
file gave, by the paper renderers from the records they printed, by uploads from the meeting they were made
for. ``visibility`` reads these rows to decide whether the paper may be public now; nothing else does."""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from minutebook.store.models import AgendaItem, Document, DocumentContent, Meeting, Minute, Report

Row = tuple  # (meeting id, part, number, exempt)


def hold(doc: Document, rows: Iterable[Row]) -> None:
    """Note that ``doc`` holds ``rows`` (replacing what was noted). A part held by any of its items is also
    held as a whole, so that withdrawing the meeting's agenda or minutes withdraws the paper. A row with no
    meeting holds what the record no longer has: the paper stays withheld."""
    seen: dict[tuple, bool] = {}
    for meeting_id, part, number, exempt in rows:
        for key in ((meeting_id, part, ""), (meeting_id, part, (number or "")[:40])):
            seen[key] = seen.get(key, False) or bool(exempt and key[2])
    DocumentContent.objects.filter(document=doc).delete()
    DocumentContent.objects.bulk_create(
        DocumentContent(document=doc, meeting_id=m, part=part, number=number, exempt=exempt)
        for (m, part, number), exempt in seen.items())


def of_sources(doc: Document) -> list[Row]:
    """What an ingested file holds: the agenda items, minutes and reports stored from it."""
    rows: list[Row] = []
    for model, part, field in ((AgendaItem, DocumentContent.AGENDA, "number"),
                               (Minute, DocumentContent.MINUTES, "number"),
                               (Report, DocumentContent.REPORT, "report_no")):
        rows += [(m, part, n, e) for m, n, e in model.objects.filter(source=doc).values_list("meeting_id", field, "exempt")]
    return rows


def of_agenda(meeting: Meeting, record) -> list[Row]:
    return [(meeting.pk, DocumentContent.AGENDA, "", False)] + \
        [(meeting.pk, DocumentContent.AGENDA, item.number, item.exempt) for item in record.agenda]


def of_minutes(meeting: Meeting, record) -> list[Row]:
    return [(meeting.pk, DocumentContent.MINUTES, "", False)] + \
        [(meeting.pk, DocumentContent.MINUTES, item.number, item.exempt) for item in record.items]


def of_matters_arising(meeting: Meeting, record) -> list[Row]:
    """A Matters Arising report holds the minutes its rows come from, of this meeting's body."""
    dates = {r.meeting_date for r in record.matters_arising if r.meeting_date}
    meetings = {m.date.isoformat(): m.pk for m in Meeting.objects.filter(
        body=meeting.body, date__in=[dt.date.fromisoformat(d) for d in dates])}
    rows: list[Row] = [(meeting.pk, DocumentContent.AGENDA, "", False)]
    for r in record.matters_arising:
        # a row whose meeting cannot be found holds what the record no longer has: a meeting-less row
        rows.append((meetings.get(r.meeting_date or ""), DocumentContent.MINUTES, r.minute, False))
    return rows


def of_meeting_upload(meeting: Meeting) -> list[Row]:
    """A file uploaded from a meeting's page belongs to its agenda papers: public only when they are."""
    return [(meeting.pk, DocumentContent.AGENDA, "", False)]

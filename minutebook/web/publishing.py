"""Publishing what was ingested: legacy agendas and minutes were public papers when they were issued."""
from __future__ import annotations

from django.db.models import F

from minutebook.store.models import Document, Meeting


def show_issued_minutes_as_approved() -> int:
    """For a demonstration on documents a council itself issued to the public (the seeds): their
    published minutes are shown as the council's record (approved). Minutes still in draft are for
    members and officers only (``visibility``). Returns how many meetings' minutes were marked."""
    return (Meeting.objects.filter(minutes_published=True, minutes_status=Meeting.DRAFT)
            .update(minutes_status=Meeting.APPROVED, version=F("version") + 1))


def publish_document(doc: Document) -> list[Meeting]:
    """Publish an ingested document and what it holds: the agenda of the meetings whose agenda items it
    gave, the minutes of the meetings whose minutes it gave. Exempt documents are never published;
    exempt items inside stay hidden by ``visibility``. Returns the meetings touched."""
    if doc.exempt:
        return []
    Document.objects.filter(pk=doc.pk).update(published=True)
    if doc.kind == Document.ATTACHMENT:
        return []       # a meeting's own paper: public when that meeting's papers are (visibility)
    agenda = set(Meeting.objects.filter(agenda_items__source=doc).values_list("pk", flat=True))
    # a report for a meeting was one of its agenda papers; a file that gave no record (an upload filed
    # under the meeting whose page it came from) publishes nothing but itself
    agenda |= set(Meeting.objects.filter(reports__source=doc).values_list("pk", flat=True))
    minutes = set(Meeting.objects.filter(minutes__source=doc).values_list("pk", flat=True))
    Meeting.objects.filter(pk__in=agenda).update(published=True)
    Meeting.objects.filter(pk__in=minutes).update(minutes_published=True)
    return list(Meeting.objects.filter(pk__in=agenda | minutes))


# ---- publishing a meeting's agenda: the papers are made from the record as it is published

class CannotPublish(ValueError):
    """Publishing refused for a reason the clerk can put right (the message is one line)."""


# the papers made afresh whenever the agenda is published, in this order
MADE_ON_PUBLISHING = ("agenda", "pack")


def check_publishable(meeting: Meeting) -> None:
    """An agenda with no items is no agenda: it cannot be published."""
    if not meeting.agenda_items.exists():
        from minutebook.documents.text import long_date

        raise CannotPublish(f"The agenda of the meeting on {long_date(meeting.date)} has no items: "
                            f"build the agenda before publishing it.")


def publish_agenda(meeting: Meeting, user=None, *, run=None) -> list:
    """Publish the meeting's agenda and papers: refused (``CannotPublish``) for an agenda with no items;
    the agenda and the pack are made again from the record as it is now, as new versions (the public never
    gets a stale or empty paper made earlier: those are withdrawn until the new ones are made); the other
    papers made for the public (the latest Matters Arising report) go out with it. ``run``: make the papers
    here, reporting each step to ``run(message)`` (the CLI), instead of as background jobs. Returns the jobs
    started, or the documents made with ``run``."""
    from django.db import transaction
    from django.db.models import F

    from minutebook.web import rendering

    check_publishable(meeting)
    with transaction.atomic():
        Meeting.objects.filter(pk=meeting.pk).update(published=True, version=F("version") + 1)
        fresh = [rendering.PAPER_KINDS[k] for k in MADE_ON_PUBLISHING]
        for kind in fresh:
            rendering.versions(meeting, kind).filter(published=True).update(published=False)
        for kind in (Document.REPORT, Document.MINUTES):
            rendering.versions(meeting, kind).filter(exempt=False, superseded_by__isnull=True).update(published=True)
    meeting.refresh_from_db()
    if run is not None:
        return [rendering.store_paper(meeting, kind, progress=run, made_by=user) for kind in MADE_ON_PUBLISHING]
    from minutebook.web import tasks
    from minutebook.web.models import Job

    jobs = [Job.objects.create(kind=kind, user=user, meeting=meeting, params={"on_publishing": True})
            for kind in (Job.AGENDA, Job.PACK)]
    return [tasks.start(job) for job in jobs]

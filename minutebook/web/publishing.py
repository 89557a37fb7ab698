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

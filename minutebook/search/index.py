"""Keeping the search index in step with the record.

Saves of agenda items, minutes, resolutions, actions, documents and meetings update their rows through
signals (connected in ``SearchConfig.ready``); deletes follow by cascade. Bulk writes skip signals, so
whoever writes in bulk calls :func:`reindex_meeting` / :func:`reindex_document` afterwards, or
:func:`rebuild` for everything.
"""
from __future__ import annotations

import logging

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_save

from minutebook.search.models import SearchEntry
from minutebook.store.models import Action, AgendaItem, Document, Meeting, Minute, Resolution

log = logging.getLogger(__name__)

BATCH = 2000
MAX_DOCUMENT_CHARS = 400_000     # what of a very long document is indexed


# the ids of places on the meeting page (minutebook/web/templates/web/includes/meeting_body.html)
AGENDA_ANCHOR = "agenda"


def minute_anchor(minute) -> str:
    """"minute-<pk>": the heading of the minute on its meeting's page."""
    return f"minute-{minute.pk}"


def _minute_title(minute: Minute) -> str:
    return f"{minute.number} {minute.title}".strip()


# ---- one entry per object (unsaved) -------------------------------------------------------------

def item_entry(item: AgendaItem, meeting: Meeting) -> SearchEntry:
    text = "\n".join(t for t in (item.description, item.presenter) if t)
    return SearchEntry(kind=SearchEntry.ITEM, agenda_item_id=item.pk, meeting_id=meeting.pk, body_id=meeting.body_id,
                       date=meeting.date, title=item.title[:500], text=text, anchor=AGENDA_ANCHOR)


def minute_entry(minute: Minute, meeting: Meeting) -> SearchEntry:
    return SearchEntry(kind=SearchEntry.MINUTE, minute_id=minute.pk, meeting_id=meeting.pk, body_id=meeting.body_id,
                       date=meeting.date, title=_minute_title(minute)[:500],
                       text="\n".join([minute.text, *[str(n) for n in minute.post_meeting_notes or []]]).strip(),
                       anchor=minute_anchor(minute))


def resolution_entry(resolution: Resolution, minute: Minute, meeting: Meeting) -> SearchEntry:
    return SearchEntry(kind=SearchEntry.RESOLUTION, resolution_id=resolution.pk, meeting_id=meeting.pk,
                       body_id=meeting.body_id, date=meeting.date, title=_minute_title(minute)[:500],
                       text=resolution.text, anchor=minute_anchor(minute))


def action_entry(action: Action, minute: Minute, meeting: Meeting) -> SearchEntry:
    return SearchEntry(kind=SearchEntry.ACTION, action_id=action.pk, meeting_id=meeting.pk, body_id=meeting.body_id,
                       date=meeting.date, title=_minute_title(minute)[:500], text=action.text,
                       anchor=minute_anchor(minute))


def document_text(doc: Document) -> str:
    """The words of a document: from its parsed record (leaving out Part 2 items), else from its reader (also
    where the parse found no item at all: a report or appendix uploaded for a meeting)."""
    if doc.parsed and _has_items(doc.parsed):
        return _parsed_text(doc.parsed)[:MAX_DOCUMENT_CHARS]
    if not doc.content:
        return ""
    from pathlib import Path

    from minutebook.ingest.readers import read

    try:
        return read(Path(doc.filename or "document"), bytes(doc.content)).plain()[:MAX_DOCUMENT_CHARS]
    except Exception as exc:      # an unreadable upload is still listed, just not by its words
        log.info("search: cannot read %s: %s", doc.filename, exc)
        return ""


def _has_items(parsed: dict) -> bool:
    return any(rec.get(key) for rec in parsed.get("records") or []
               for key in ("agenda", "items", "matters_arising", "recommendations"))


def _parsed_text(parsed: dict) -> str:
    out: list[str] = []
    add = out.append
    for rec in parsed.get("records") or []:
        for key in ("body", "title", "report_no"):
            if rec.get(key):
                add(str(rec[key]))
        for item in rec.get("agenda") or []:
            if not item.get("exempt"):
                add(f"{item.get('number', '')} {item.get('title', '')}")
        for item in rec.get("items") or []:
            if item.get("exempt"):
                continue
            add(f"{item.get('number', '')} {item.get('title', '')}")
            add(item.get("text") or "")
            out.extend(item.get("resolutions") or [])
            out.extend(a.get("text", "") for a in item.get("actions") or [])
            out.extend(item.get("post_meeting_notes") or [])
        out.extend(rec.get("recommendations") or [])
        for row in rec.get("matters_arising") or []:
            out.extend(str(row[k]) for k in ("minute", "title", "resolution", "update") if row.get(k))
        if rec.get("kind") == "attachment" and rec.get("text"):
            add(rec["text"])
    return "\n".join(t for t in out if t)


def document_entry(doc: Document, text: str | None = None) -> SearchEntry:
    """The document's row; ``text`` skips reading its words again where they are known not to change."""
    meeting = doc.meeting if doc.meeting_id else None
    return SearchEntry(kind=SearchEntry.DOCUMENT, document_id=doc.pk, meeting_id=doc.meeting_id,
                       body_id=doc.body_id or (meeting.body_id if meeting else None),
                       date=meeting.date if meeting else doc.created.date() if doc.created else None,
                       title=(doc.title or doc.filename)[:500],
                       text=document_text(doc) if text is None else text, anchor="")


# ---- writing -------------------------------------------------------------------------------------

_FIELDS = ["kind", "body_id", "meeting_id", "date", "title", "text", "anchor"]


def _upsert(entry: SearchEntry, key: str) -> None:
    value = getattr(entry, key)
    SearchEntry.objects.update_or_create(**{key: value}, defaults={f: getattr(entry, f) for f in _FIELDS})


def _meeting_entries(meeting: Meeting) -> list[SearchEntry]:
    entries = [item_entry(i, meeting) for i in AgendaItem.objects.filter(meeting=meeting)]
    minutes = {m.pk: m for m in Minute.objects.filter(meeting=meeting)}
    entries += [minute_entry(m, meeting) for m in minutes.values()]
    entries += [resolution_entry(r, minutes[r.minute_id], meeting)
                for r in Resolution.objects.filter(minute__meeting=meeting)]
    entries += [action_entry(a, minutes[a.minute_id], meeting) for a in Action.objects.filter(minute__meeting=meeting)]
    return entries


@transaction.atomic
def reindex_meeting(meeting: Meeting) -> int:
    """Rebuild the rows of one meeting's items, minutes, resolutions, actions and documents. Returns the count."""
    SearchEntry.objects.filter(meeting=meeting).delete()
    entries = _meeting_entries(meeting)
    entries += [document_entry(d) for d in Document.objects.filter(meeting=meeting).select_related("meeting")]
    SearchEntry.objects.bulk_create(entries, batch_size=BATCH)
    return len(entries)


def reindex_document(doc: Document) -> None:
    _upsert(document_entry(doc), "document_id")


def rebuild(verbose: bool = False) -> int:
    """Empty the index and write every row again, in batches (for bulk loads and repairs)."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
    total = 0

    def flush(batch):
        nonlocal total
        SearchEntry.objects.bulk_create(batch, batch_size=BATCH)
        total += len(batch)
        batch.clear()

    batch: list[SearchEntry] = []
    sources = [
        (AgendaItem.objects.select_related("meeting"), lambda o: item_entry(o, o.meeting)),
        (Minute.objects.select_related("meeting"), lambda o: minute_entry(o, o.meeting)),
        (Resolution.objects.select_related("minute__meeting"),
         lambda o: resolution_entry(o, o.minute, o.minute.meeting)),
        (Action.objects.select_related("minute__meeting"), lambda o: action_entry(o, o.minute, o.minute.meeting)),
        (Document.objects.select_related("meeting").defer("content"), document_entry),
    ]
    for qs, make in sources:
        for obj in qs.order_by("pk").iterator(chunk_size=BATCH):
            batch.append(make(obj))
            if len(batch) >= BATCH:
                flush(batch)
        flush(batch)
        if verbose:
            print(f"search: {total} rows", flush=True)
    return total


# ---- signals -----------------------------------------------------------------------------------

def _on_item(sender, instance: AgendaItem, raw=False, **kw):
    if not raw:
        _upsert(item_entry(instance, instance.meeting), "agenda_item_id")


def _on_minute(sender, instance: Minute, raw=False, **kw):
    if raw:
        return
    meeting = instance.meeting
    _upsert(minute_entry(instance, meeting), "minute_id")
    # resolutions and actions carry the minute's number and title
    title, anchor = _minute_title(instance)[:500], minute_anchor(instance)
    (SearchEntry.objects.filter(Q(resolution__minute=instance) | Q(action__minute=instance))
     .exclude(title=title, anchor=anchor).update(title=title, anchor=anchor))


def _on_resolution(sender, instance: Resolution, raw=False, **kw):
    if not raw:
        minute = instance.minute
        _upsert(resolution_entry(instance, minute, minute.meeting), "resolution_id")


def _on_action(sender, instance: Action, raw=False, **kw):
    if not raw:
        minute = instance.minute
        _upsert(action_entry(instance, minute, minute.meeting), "action_id")


_DOCUMENT_WORDS = {"content", "parsed", "filename"}


def _on_document(sender, instance: Document, raw=False, update_fields=None, **kw):
    if raw or not instance.pk:
        return
    if update_fields and not _DOCUMENT_WORDS & set(update_fields):
        # publishing, marking exempt, moving: the words stay, so the file is not read again
        entry = document_entry(instance, text="")
        fields = {f: getattr(entry, f) for f in ("body_id", "meeting_id", "date", "title")}
        if SearchEntry.objects.filter(document_id=instance.pk).update(**fields):
            return
    reindex_document(instance)


def _on_meeting(sender, instance: Meeting, raw=False, created=False, **kw):
    if raw or created:
        return
    (SearchEntry.objects.filter(meeting=instance).exclude(body_id=instance.body_id, date=instance.date)
     .update(body_id=instance.body_id, date=instance.date))


def connect() -> None:
    for model, handler in ((AgendaItem, _on_item), (Minute, _on_minute), (Resolution, _on_resolution),
                           (Action, _on_action), (Document, _on_document), (Meeting, _on_meeting)):
        post_save.connect(handler, sender=model, dispatch_uid=f"search-{model.__name__}")

"""When the public could first read each meeting's agenda and minutes: the dates the Atom feed gives.

Publishing happens in many places (the clerk's page, the API, ingest of legacy papers, approval at a later
meeting), so rather than each of them noting the time, :func:`note_publication` compares what the public may
read now (``visibility``) with what was noted, and notes the difference: the time for what has become public,
nothing for what has been withdrawn. It runs after every change to the record, in the background task that
renders the public's pages again (``web.prerender``), and before the feed is read.
"""
from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.utils import timezone

from minutebook.store.models import Meeting
from minutebook.store.visibility import public_minutes


def note_publication(now: dt.datetime | None = None) -> int:
    """Note the time for agendas and minutes that have become public, forget it for those withdrawn.
    Returns how many were changed (nothing is written when nothing changed)."""
    now = now or timezone.now()
    changed = 0
    for field, public in (("agenda_public_at", Q(published=True)), ("minutes_public_at", public_minutes())):
        became = Meeting.objects.filter(public, **{f"{field}__isnull": True})
        if became.exists():
            changed += became.update(**{field: now})
        withdrawn = Meeting.objects.exclude(public).filter(**{f"{field}__isnull": False})
        if withdrawn.exists():
            changed += withdrawn.update(**{field: None})
    return changed

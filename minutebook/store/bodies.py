"""Bodies: near-duplicate names for a clerk to review, and merging a duplicate body into the one kept.

An upload may name a body as the document prints it ("Bromley Domestic Abuse Sub Group") where the record
already holds it under another name ("Domestic Abuse Sub Group"). The upload's review offers the stored
bodies ranked by :func:`similar_bodies`; a body created before that can be merged (:func:`merge`).
"""
from __future__ import annotations

from minutebook.store.ingest import _body_key, merged_body, smart_title


def similarity(a: str, b: str) -> float:
    """0-100: how alike two body names are (rapidfuzz; one name holding the other's words counts high,
    never as high as the same name)."""
    from rapidfuzz import fuzz

    ka, kb = _body_key(smart_title(a)), _body_key(smart_title(b))
    if ka == kb:
        return 100.0
    return round(min(99.0, max(fuzz.token_set_ratio(ka, kb) * 0.95, fuzz.ratio(ka, kb))), 1)


def similar_bodies(name: str, limit: int = 5, min_score: float = 50.0, exclude=()) -> list[tuple[object, float]]:
    """The stored bodies (not merged ones) most like ``name``, best first: [(Body, score)]."""
    from minutebook.store.models import Body

    scored = [(b, similarity(name, b.name)) for b in Body.objects.filter(merged_into__isnull=True)
              if b.pk not in exclude]
    scored = [x for x in scored if x[1] >= min_score]
    scored.sort(key=lambda x: (-x[1], x[0].name))
    return scored[:limit]


def likely_duplicates(min_score: float = 80.0) -> list[tuple[object, object, float]]:
    """Pairs of stored bodies whose names look like one body's: [(a, b, score)], best first."""
    from minutebook.store.models import Body

    bodies = list(Body.objects.filter(merged_into__isnull=True))
    out = []
    for i, a in enumerate(bodies):
        for b in bodies[i + 1:]:
            score = similarity(a.name, b.name)
            if score >= min_score:
                out.append((a, b, score))
    out.sort(key=lambda x: (-x[2], x[0].name))
    return out


class MergeProblem(ValueError):
    """Two bodies that cannot be merged as they are (one line, for the clerk)."""


def _long(d) -> str:
    return f"{d.day} {d:%B %Y}"


def merge(keep, other) -> None:
    """Move everything of ``other`` to ``keep``: meetings (with their agenda, minutes, attendance, actions,
    reports and papers), memberships, sub-groups, documents, report numbers and search rows.

    Where both bodies have a meeting on one day the two become one, unless both hold minutes (or both an
    agenda): then nothing is merged and :class:`MergeProblem` says which meeting to sort out first.
    ``other`` stays (so its address redirects) with ``merged_into = keep``; ingest then files its name
    under ``keep``. Transactional: all or nothing."""
    from django.db import transaction

    from minutebook.store import models as M
    from minutebook.store.ingest import membership_starts, reconcile

    if keep.pk == other.pk:
        raise MergeProblem("a body cannot be merged into itself")
    if merged_body(keep).pk == other.pk:
        raise MergeProblem(f"{keep.name} is already merged into {other.name}")
    if other.merged_into_id:
        raise MergeProblem(f"{other.name} is already merged into {other.merged_into.name}")
    kept_meetings = {m.date: m for m in M.Meeting.objects.filter(body=keep)}
    pairs = []
    for m in M.Meeting.objects.filter(body=other).order_by("date"):
        k = kept_meetings.get(m.date)
        if k is None:
            continue
        for what, rel in (("minutes", "minutes"), ("an agenda", "agenda_items")):
            if getattr(m, rel).exists() and getattr(k, rel).exists():
                raise MergeProblem(f"both bodies have {what} of the meeting on {_long(m.date)}: delete or move "
                                   f"one of them first, then merge")
        pairs.append((k, m))
    with transaction.atomic():
        for k, m in pairs:
            _combine(k, m)
        M.Meeting.objects.filter(body=other).update(body=keep)
        for ms in M.Membership.objects.filter(body=other):
            if ms.end is None and M.Membership.objects.filter(body=keep, person_id=ms.person_id,
                                                              end__isnull=True).exists():
                ms.delete()
        taken = set(M.ReportNumber.objects.filter(body=keep).values_list("report_no", flat=True))
        M.ReportNumber.objects.filter(body=other, report_no__in=taken).delete()
        M.Body.objects.filter(parent=other).exclude(pk=keep.pk).update(parent=keep)
        if keep.parent_id == other.pk:
            keep.parent = other.parent if other.parent_id != keep.pk else None
            keep.save(update_fields=["parent"])
        _repoint(M.Body, other, keep, skip={"parent", "merged_into"})
        M.Body.objects.filter(merged_into=other).update(merged_into=keep)
        changed = []
        for f in ("description", "report_title", "default_venue", "default_start", "contact_name", "contact_phone",
                  "contact_email", "organisation_name", "chief_officer", "report_prefix"):
            if getattr(keep, f) in (None, "") and getattr(other, f) not in (None, ""):
                setattr(keep, f, getattr(other, f))
                changed.append(f)
        if not keep.standing_items and other.standing_items:
            keep.standing_items, changed = other.standing_items, changed + ["standing_items"]
        for f in ("report_next_number", "next_minute_number"):
            if getattr(other, f) and (getattr(keep, f) or 0) < getattr(other, f):
                setattr(keep, f, getattr(other, f))
                changed.append(f)
        keep.version += 1
        keep.save(update_fields=changed + ["version"])
        other.merged_into, other.parent = keep, None
        other.version += 1
        other.save(update_fields=["merged_into", "parent", "version"])
        reconcile(keep)
        membership_starts(keep)
        from minutebook.search.index import reindex_meeting

        for m in M.Meeting.objects.filter(body=keep):
            reindex_meeting(m)


def _repoint(model, old, new, skip=()) -> None:
    """Every foreign key to ``old`` (of any app: search rows, jobs) now points at ``new``."""
    for rel in model._meta.get_fields(include_hidden=True):     # related_name="+" ones too
        if not (rel.auto_created and not rel.concrete and (rel.one_to_many or rel.one_to_one)) \
                or rel.field.name in skip:
            continue
        rel.related_model._base_manager.filter(**{rel.field.name: old}).update(**{rel.field.name: new})


def _combine(keep, other) -> None:
    """Two meetings of one day become ``keep``: ``other``'s agenda, minutes, attendance, reports, papers and
    everything that points at it move there, its details fill what ``keep`` lacks, and it goes."""
    from minutebook.store import models as M

    people = set(M.Attendance.objects.filter(meeting=keep).values_list("person_id", flat=True))
    M.Attendance.objects.filter(meeting=other, person_id__in=people).delete()
    kinds = set(M.ReportNumber.objects.filter(meeting=keep).values_list("kind", flat=True))
    M.ReportNumber.objects.filter(meeting=other, kind__in=kinds).delete()
    fields = []
    took_minutes = other.minutes.exists() and not keep.minutes.exists()
    took_agenda = other.agenda_items.exists() and not keep.agenda_items.exists()
    for f in ("start", "end", "venue", "chair", "previous_meeting_date", "next_meeting_date", "question_deadline",
              "agenda_published_on"):
        if getattr(keep, f) in (None, "") and getattr(other, f) not in (None, ""):
            setattr(keep, f, getattr(other, f))
            fields.append(f)
    if took_minutes:
        keep.minutes_published, keep.minutes_status = other.minutes_published, other.minutes_status
        keep.status, keep.minutes_public_at = other.status, other.minutes_public_at
        fields += ["minutes_published", "minutes_status", "status", "minutes_public_at"]
    if took_agenda and other.published and not keep.published:
        keep.published, keep.agenda_public_at = True, other.agenda_public_at
        fields += ["published", "agenda_public_at"]
    keep.version += 1
    keep.save(update_fields=fields + ["version"])
    _repoint(M.Meeting, other, keep, skip={"body"})
    other.delete()

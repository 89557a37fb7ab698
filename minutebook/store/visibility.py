"""Who may see what: the one place that decides it. Pages, downloads, search, API and feeds all ask here.

Three roles:

- **clerk**: a superuser or a member of the Django group ``clerk``. Sees everything.
- **member**: a signed-in user linked to a :class:`Person` (``Person.user``) with a current
  :class:`Membership` of a body. Sees what the public sees, plus everything of their own bodies:
  draft minutes, unpublished meetings and papers, and exempt (Part 2) business of those bodies.
- **public**: anyone else, signed in or not. Sees

  - meetings whose agenda is published (``published``) or whose minutes are public;
  - agenda items and reports of published meetings, minutes (with resolutions and actions) and
    attendance of meetings whose minutes are public: published (``minutes_published``) *and approved*
    (``minutes_status``). Draft minutes are for members and officers only, published or not: a clerk
    may publish them before they are approved, and the public sees them once they are;
  - documents marked ``published``, not superseded (a paper made again is a new version: only the latest
    is public, and a withdrawn latest version does not bring an earlier one back), whose meeting (if any) is public and everything
    they hold (``DocumentContent``: agenda, minutes and reports of meetings, by item) public now; never
    a document that is the source of an exempt minute, agenda item or report (the original holds the
    Part 2 text);

  and never anything marked ``exempt`` (Part 2).

An upload from the web is not in the record until a clerk confirms its review (``web.IngestReview``): before
that it has created no body, person, meeting or document, so no page, search, feed or API answer can show it.
A body merged into another (``Body.merged_into``) is no longer listed anywhere; its address leads to the body
kept, as a merged person's does.

Every function takes the request's user (``None`` and ``AnonymousUser`` mean public) and returns a
queryset to filter further, or a bool for one object.
"""
from __future__ import annotations

import datetime as dt

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from minutebook.store.models import (
    Action, ActionOwner, ActionUpdate, AgendaItem, Attendance, Body, Document, DocumentContent, Meeting, Membership,
    Minute, Person, Report, Resolution,
)

CLERK_GROUP = "clerk"
CLERK, MEMBER, PUBLIC = "clerk", "member", "public"


# ---------------------------------------------------------------- roles

def _signed_in(user) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and user.is_active)


def is_clerk(user) -> bool:
    if not _signed_in(user):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_minutebook_is_clerk", None)
    if cached is None:
        cached = user.groups.filter(name=CLERK_GROUP).exists()
        user._minutebook_is_clerk = cached
    return cached


def person_of(user) -> Person | None:
    """The Person a signed-in user is, or None."""
    if not _signed_in(user):
        return None
    try:
        return user.person
    except Person.DoesNotExist:
        return None


def current_memberships(person: Person | None, on: dt.date | None = None) -> QuerySet:
    if person is None:
        return Membership.objects.none()
    on = on or timezone.localdate()
    return (Membership.objects.filter(person=person)
            .filter(Q(start__isnull=True) | Q(start__lte=on))
            .filter(Q(end__isnull=True) | Q(end__gte=on)))


def current_memberships_of_body(body: Body, on: dt.date | None = None) -> QuerySet:
    on = on or timezone.localdate()
    return (Membership.objects.filter(body=body)
            .filter(Q(start__isnull=True) | Q(start__lte=on))
            .filter(Q(end__isnull=True) | Q(end__gte=on)))


def member_body_ids(user) -> set[int]:
    """Ids of the bodies the user currently belongs to (empty for the public)."""
    if not _signed_in(user):
        return set()
    cached = getattr(user, "_minutebook_body_ids", None)
    if cached is None:
        cached = set(current_memberships(person_of(user)).values_list("body_id", flat=True))
        user._minutebook_body_ids = cached
    return cached


def role(user) -> str:
    if is_clerk(user):
        return CLERK
    if member_body_ids(user):
        return MEMBER
    return PUBLIC


def is_member_of(user, body: Body | int) -> bool:
    body_id = body if isinstance(body, int) else body.pk
    return body_id in member_body_ids(user)


def can_edit(user) -> bool:
    """Only clerks change the record (members update their own actions, see ``can_update_action``)."""
    return is_clerk(user)


# ---------------------------------------------------------------- meetings

def public_minutes(path: str = "") -> Q:
    """Minutes the public may read: published and approved (``path``: the way to the meeting, e.g. "minute__meeting__")."""
    return Q(**{f"{path}minutes_published": True, f"{path}minutes_status": Meeting.APPROVED})


def minutes_are_public(meeting: Meeting) -> bool:
    return meeting.minutes_published and meeting.minutes_status == Meeting.APPROVED


PUBLIC_MEETING = Q(published=True) | public_minutes()


def visible_meetings(user, qs: QuerySet | None = None) -> QuerySet:
    qs = Meeting.objects.all() if qs is None else qs
    if is_clerk(user):
        return qs
    bodies = member_body_ids(user)
    return qs.filter(PUBLIC_MEETING | Q(body_id__in=bodies)) if bodies else qs.filter(PUBLIC_MEETING)


def can_see_meeting(user, meeting: Meeting) -> bool:
    return (is_clerk(user) or meeting.published or minutes_are_public(meeting)
            or meeting.body_id in member_body_ids(user))


def can_see_agenda(user, meeting: Meeting) -> bool:
    """The agenda and papers of a meeting (not its minutes)."""
    return is_clerk(user) or meeting.published or meeting.body_id in member_body_ids(user)


def can_see_minutes(user, meeting: Meeting) -> bool:
    """The minutes of a meeting as a whole (its non-exempt items for the public)."""
    return is_clerk(user) or minutes_are_public(meeting) or meeting.body_id in member_body_ids(user)


def can_see_exempt(user, body: Body | int) -> bool:
    """Part 2 business of a body: its members and the clerks."""
    return is_clerk(user) or is_member_of(user, body)


# ---------------------------------------------------------------- minutes and what hangs off them

def _scoped(user, qs: QuerySet, public: Q, body_path: str) -> QuerySet:
    if is_clerk(user):
        return qs
    bodies = member_body_ids(user)
    if bodies:
        return qs.filter(public | Q(**{f"{body_path}__in": bodies}))
    return qs.filter(public)


def visible_minutes(user, qs: QuerySet | None = None) -> QuerySet:
    qs = Minute.objects.all() if qs is None else qs
    return _scoped(user, qs, public_minutes("meeting__") & Q(exempt=False), "meeting__body_id")


def can_see_minute(user, minute: Minute) -> bool:
    meeting = minute.meeting
    if is_clerk(user) or meeting.body_id in member_body_ids(user):
        return True
    return minutes_are_public(meeting) and not minute.exempt


def visible_resolutions(user, qs: QuerySet | None = None) -> QuerySet:
    qs = Resolution.objects.all() if qs is None else qs
    return _scoped(user, qs, public_minutes("minute__meeting__") & Q(minute__exempt=False),
                   "minute__meeting__body_id")


def visible_actions(user, qs: QuerySet | None = None) -> QuerySet:
    """Actions of visible minutes, and any action the user owns."""
    qs = Action.objects.all() if qs is None else qs
    public = public_minutes("minute__meeting__") & Q(minute__exempt=False)
    if is_clerk(user):
        return qs
    person = person_of(user)
    if person is not None:
        public |= Q(owners__person=person)
    bodies = member_body_ids(user)
    if bodies:
        public |= Q(minute__meeting__body_id__in=bodies)
    return qs.filter(public).distinct() if person is not None else qs.filter(public)


def can_see_action(user, action: Action) -> bool:
    if can_see_minute(user, action.minute):
        return True
    person = person_of(user)
    return person is not None and action.owners.filter(person=person).exists()


def visible_action_updates(user, qs: QuerySet | None = None) -> QuerySet:
    qs = ActionUpdate.objects.all() if qs is None else qs
    return qs.filter(action__in=visible_actions(user))


def can_update_action(user, action: Action) -> bool:
    """Owners update their own actions; clerks any."""
    if is_clerk(user):
        return True
    person = person_of(user)
    return person is not None and action.owners.filter(person=person).exists()


def visible_attendance(user, qs: QuerySet | None = None) -> QuerySet:
    """Attendance is part of the minutes: public once the minutes are."""
    qs = Attendance.objects.all() if qs is None else qs
    return _scoped(user, qs, public_minutes("meeting__"), "meeting__body_id")


# ---------------------------------------------------------------- agenda, reports, documents

def visible_agenda_items(user, qs: QuerySet | None = None) -> QuerySet:
    qs = AgendaItem.objects.all() if qs is None else qs
    return _scoped(user, qs, Q(meeting__published=True, exempt=False), "meeting__body_id")


def visible_reports(user, qs: QuerySet | None = None) -> QuerySet:
    qs = Report.objects.all() if qs is None else qs
    return _scoped(user, qs, Q(meeting__published=True, exempt=False), "meeting__body_id")


_PUBLIC_DOCUMENT = (
    Q(published=True, exempt=False, superseded_by__isnull=True)
    & (Q(meeting__isnull=True) | Q(meeting__published=True) | public_minutes("meeting__"))
    & (~Q(kind=Document.MINUTES) | Q(meeting__isnull=True) | public_minutes("meeting__"))
    & (~Q(kind__in=[Document.PACK, Document.AGENDA, Document.REPORT]) | Q(meeting__isnull=True)
       | Q(meeting__published=True))
)


def _withheld_content() -> Q:
    """A row of what a paper holds (``DocumentContent``) that the public may not read now: Part 2 when it
    was stored; of a meeting no longer in the record; an agenda or report of a meeting not published;
    minutes not public (draft, withdrawn); an item by number that is now exempt or no longer there (the
    record was replaced by a re-ingest, or the item deleted)."""
    C = DocumentContent

    def present(model, field):
        return Exists(model.objects.filter(meeting=OuterRef("meeting"), exempt=False, **{field: OuterRef("number")}))

    item = ~Q(number="")
    return (Q(exempt=True) | Q(meeting__isnull=True)
            | Q(part__in=[C.AGENDA, C.REPORT], meeting__published=False)
            | (Q(part=C.MINUTES) & ~public_minutes("meeting__"))
            | (Q(part=C.AGENDA) & item & ~present(AgendaItem, "number"))
            | (Q(part=C.MINUTES) & item & ~present(Minute, "number"))
            | (Q(part=C.REPORT) & item & ~present(Report, "report_no")))


def _public_documents() -> Q:
    """Published, not exempt, the latest version, and everything it holds public now
    (``DocumentContent``): a paper follows the record through any change, by any path. Also never the
    source of anything since marked exempt (an original that holds a Part 2 minute, agenda item or
    report)."""
    withheld = Exists(DocumentContent.objects.filter(document=OuterRef("pk")).filter(_withheld_content()))
    holds_exempt = (Q(pk__in=Minute.objects.filter(exempt=True, source__isnull=False).values("source"))
                    | Q(pk__in=AgendaItem.objects.filter(exempt=True, source__isnull=False).values("source"))
                    | Q(pk__in=Report.objects.filter(exempt=True, source__isnull=False).values("source")))
    return _PUBLIC_DOCUMENT & ~withheld & ~holds_exempt


def visible_documents(user, qs: QuerySet | None = None) -> QuerySet:
    qs = Document.objects.all() if qs is None else qs
    if is_clerk(user):
        return qs
    bodies = member_body_ids(user)
    if bodies:
        return qs.filter(_public_documents() | Q(body_id__in=bodies) | Q(meeting__body_id__in=bodies))
    return qs.filter(_public_documents())


def can_see_document(user, document: Document) -> bool:
    return visible_documents(user, Document.objects.filter(pk=document.pk)).exists()


# ---------------------------------------------------------------- bodies and people

def visible_bodies(user, qs: QuerySet | None = None) -> QuerySet:
    """Bodies, their members and organisations are public; a body merged into another is not listed."""
    qs = Body.objects.all() if qs is None else qs
    return qs.filter(merged_into__isnull=True)


def visible_people(user, qs: QuerySet | None = None) -> QuerySet:
    """People the record shows this user: members of bodies, and anyone in attendance or owning an action
    the user may see. Someone named only in Part 2 or unpublished business stays unknown to the public."""
    qs = Person.objects.all() if qs is None else qs
    qs = qs.filter(merged_into__isnull=True)
    if is_clerk(user):
        return qs
    seen = (Q(pk__in=Membership.objects.values("person"))
            | Q(pk__in=visible_attendance(user).values("person"))
            | Q(pk__in=visible_attendance(user).filter(substitute__isnull=False).values("substitute"))
            | Q(pk__in=ActionOwner.objects.filter(action__in=visible_actions(user)).values("person")))
    person = person_of(user)
    if person is not None:
        seen |= Q(pk=person.pk)
    return qs.filter(seen)


# ---------------------------------------------------------------- the referral hub (minutebook/hub)
#
# Roles are Django groups. A referrer sees the status and dates of their own referrals, never a case;
# a coordinator opens every referral and case; a practitioner only the cases allocated to them; a
# supervisor the cases of their spoke; the evaluation team no case at all (anonymised figures only).
# Anyone else, clerks and superusers included, gets no hub case: every path answers 404.

REFERRER, COORDINATOR, PRACTITIONER, SUPERVISOR, EVALUATION = (
    "referrer", "coordinator", "practitioner", "supervisor", "evaluation")
HUB_GROUPS = (REFERRER, COORDINATOR, PRACTITIONER, SUPERVISOR, EVALUATION)


def hub_roles(user) -> frozenset[str]:
    if not _signed_in(user):
        return frozenset()
    cached = getattr(user, "_minutebook_hub_roles", None)
    if cached is None:
        cached = frozenset(user.groups.filter(name__in=HUB_GROUPS).values_list("name", flat=True))
        user._minutebook_hub_roles = cached
    return cached


def hub_cases(user) -> QuerySet:
    """The referrals (and their cases) a user may open: never more than their role and spoke allow."""
    from minutebook.hub.models import Referral

    roles = hub_roles(user)
    if COORDINATOR in roles:
        return Referral.objects.all()
    allowed = []
    if PRACTITIONER in roles:
        allowed.append(Q(case__practitioner__user=user, case__practitioner__active=True))
    if SUPERVISOR in roles:
        allowed.append(Q(case__spoke__supervisors__user=user))
    if not allowed:
        return Referral.objects.none()
    q = allowed[0]
    for more in allowed[1:]:
        q |= more
    return Referral.objects.filter(q).distinct()


def can_open_case(user, referral) -> bool:
    return hub_cases(user).filter(pk=referral.pk).exists()


def hub_own_referrals(user) -> QuerySet:
    """A referrer's own referrals (status and dates only are shown of them)."""
    from minutebook.hub.models import Referral

    if REFERRER not in hub_roles(user):
        return Referral.objects.none()
    return Referral.objects.filter(referrer=user)


def hub_may(user, referral, step: str) -> bool:
    """Whether the user may take a step on a referral they can open (``can_open_case`` first)."""
    roles = hub_roles(user)
    if COORDINATOR in roles:
        return True
    case = getattr(referral, "case", None)
    if step in ("approve_risk", "return_risk"):
        return SUPERVISOR in roles and case is not None and case.spoke.supervisors.filter(user=user).exists()
    return (PRACTITIONER in roles and case is not None and case.practitioner is not None
            and case.practitioner.user_id == user.pk)

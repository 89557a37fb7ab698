"""The Victims' Code deadlines of referrals on the database (the rules are ``rules/deadlines.py``): each
referral's deadlines, the coordinator's list of those near or past, and the reminders to their owners
(a :class:`~minutebook.hub.models.Message` each, one per referral, deadline and state, e-mailed by the
background worker; see ``tasks.remind_deadlines``)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from minutebook.hub.models import Message, Referral
from minutebook.hub.rules import deadlines as D
from minutebook.hub.rules import stages as S


def dates_of(referral: Referral) -> D.Dates:
    """The information is taken to be given by the referral's receipt at the latest (a partner refers a victim
    who was told about restorative justice), unless the referral gives an earlier day."""
    received = timezone.localdate(referral.received)
    case = referral.case if hasattr(referral, "case") else None
    return D.Dates(reported=None if referral.self_referral else referral.reported_date,
                   enhanced_rights=referral.enhanced_rights,
                   informed=referral.informed_date or received, asked=referral.asked_date, received=received,
                   allocated=timezone.localdate(case.opened) if case else None,
                   first_contact=case.first_contact if case else None,
                   closed=referral.status in S.FINAL)


def deadlines_of(referral: Referral, today: dt.date | None = None) -> list[D.Deadline]:
    today = today or timezone.localdate()
    return D.for_referral(dates_of(referral), today, referral.service.first_contact_working_days)


@dataclass
class Due:
    referral: Referral
    deadline: D.Deadline
    emailed: dt.datetime | None = None      # when the owner's reminder of this state went out

    @property
    def owner(self):
        """The practitioner of the case; the coordinators while there is none."""
        case = self.referral.case if hasattr(self.referral, "case") else None
        return case.practitioner if case is not None and case.practitioner_id else None


def attention(today: dt.date | None = None) -> list[Due]:
    """Open referrals with a deadline near or past, overdue first. (Closed ones have no deadline left running;
    the information and referral deadlines are met or missed by the time a referral is received.)"""
    today = today or timezone.localdate()
    rows = (Referral.objects.exclude(status__in=S.FINAL).filter(case__isnull=False, case__first_contact__isnull=True)
            .select_related("service", "case__practitioner__user", "case__spoke"))
    out = []
    for r in rows:
        for d in D.needs_attention(deadlines_of(r, today)):
            out.append(Due(r, d))
    sent = {(m.referral_id, m.kind): m.sent for m in Message.objects.filter(
        referral__in=[x.referral.pk for x in out], kind__startswith="deadline:", sent__isnull=False)}
    for x in out:
        x.emailed = sent.get((x.referral.pk, kind_of(x.deadline)))
    out.sort(key=lambda x: (x.deadline.state != D.OVERDUE, x.deadline.due, x.referral.pk))
    return out


def kind_of(deadline: D.Deadline) -> str:
    return f"deadline:{deadline.kind}:{deadline.state}"


def _coordinator_emails() -> list[str]:
    return sorted(set(User.objects.filter(groups__name="coordinator", is_active=True).exclude(email="")
                      .values_list("email", flat=True)))


def _body(due: Due, today: dt.date) -> str:
    r, d = due.referral, due.deadline
    when = f"{d.due:%A} {d.due.day} {d.due:%B %Y}"
    if d.state == D.OVERDUE:
        head = f"{d.label} for referral {r.reference} was due on {when}: it is {d.late} working day" \
               f"{'' if d.late == 1 else 's'} overdue."
    else:
        head = f"{d.label} for referral {r.reference} is due on {when}."
    return (f"{head}\n\nStage: {r.status_label}\n"
            f"Open the case: /hub/referrals/{r.pk}/\n\n"
            f"Working days exclude weekends and the bank holidays of England and Wales. This message names no one: "
            f"the details stay in the case.\n")


def remind(today: dt.date | None = None) -> int:
    """E-mail each owner once when a deadline comes near and once when it is past. Returns the messages made."""
    from minutebook.hub.tasks import send_message

    today = today or timezone.localdate()
    made = 0
    for due in attention(today):
        kind = kind_of(due.deadline)
        if Message.objects.filter(referral=due.referral, kind=kind).exists():
            continue
        owner = due.owner
        to = [owner.email] if owner is not None and owner.email else _coordinator_emails()
        state = "overdue" if due.deadline.state == D.OVERDUE else "due soon"
        subject = f"Referral {due.referral.reference}: {due.deadline.label.lower()} {state}"
        with transaction.atomic():
            for address in to:
                message = Message.objects.create(referral=due.referral, kind=kind, to=address, subject=subject,
                                                 body=_body(due, today), created=timezone.now())
                transaction.on_commit(lambda pk=message.pk: send_message.enqueue(pk))
                made += 1
    return made

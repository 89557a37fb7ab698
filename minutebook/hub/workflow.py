"""Every change to a referral or case goes through here: it checks the rules, records who, when and why
(a CaseEvent, and an AccessLog entry with the purpose given), and tells the referrer of each change of
status (a Message, e-mailed by the background worker once the change is committed).

Functions raise :class:`HubError` (one line) and write nothing when a step cannot be taken."""
from __future__ import annotations

import datetime as dt
import uuid

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from minutebook.hub import config
from minutebook.hub.models import (
    AccessLog, AgreementItem, Case, CaseEvent, ConflictOfInterest, Consent, Message, OutcomeAgreement, Party,
    Practitioner, Questionnaire, Referral, Service, Sharing, Spoke,
)
from minutebook.hub.rules import allocation as A
from minutebook.hub.rules import consent as C
from minutebook.hub.rules import duplicates as D
from minutebook.hub.rules import eligibility as E
from minutebook.hub.rules import stages as S


class HubError(ValueError):
    """A one-line reason a step cannot be taken."""


def default_service() -> Service:
    service = Service.objects.order_by("id").first()
    if service is None:
        raise HubError("no referral service is configured: run `minutebook hub load-config FILE`")
    return service


def log_access(referral, user, action: str, purpose: str, path: str = "") -> None:
    AccessLog.objects.create(at=timezone.now(), user=user if getattr(user, "pk", None) else None,
                             referral=referral, action=action, purpose=(purpose or "")[:300], path=path[:300])


# ---------------------------------------------------------------- status changes

def _set_status(referral: Referral, to: str, user, what: str, reason: str = "") -> CaseEvent:
    old = referral.status
    now = timezone.now()
    referral.status, referral.status_changed = to, now
    if to in (S.WAITING, S.INELIGIBLE, S.WITHDRAWN):
        referral.status_reason = reason
    referral.save(update_fields=["status", "status_changed", "status_reason"])
    event = CaseEvent.objects.create(referral=referral, at=now, user=user if getattr(user, "pk", None) else None,
                                     what=what, reason=reason, from_status=old, to_status=to)
    if hasattr(referral, "case") and to in S.FINAL:
        Case.objects.filter(referral=referral).update(closed=now)
    _tell_referrer(referral, event)
    return event


def _note(referral, user, what: str, reason: str = "") -> CaseEvent:
    return CaseEvent.objects.create(referral=referral, at=timezone.now(), what=what, reason=reason,
                                    user=user if getattr(user, "pk", None) else None)


def _tell_referrer(referral: Referral, event: CaseEvent) -> None:
    """What the referrer may know: the reference, the status and its date (and a closure's reason), never notes."""
    to = referral.referrer_email
    if referral.self_referral:
        victim = referral.referred
        if not victim or victim.safe_to_contact != "yes" or victim.contact_by != "email" or not victim.email:
            return
        to = victim.email
    if not to:
        return
    when = timezone.localtime(event.at)
    hour = when.hour % 12 or 12
    body = (f"Referral {referral.reference} ({referral.offence_type}, received "
            f"{timezone.localtime(referral.received):%-d %B %Y})\n\n"
            f"Status: {event.status_label}\n"
            f"Since: {when:%A} {when.day} {when:%B %Y}, {hour}.{when.minute:02d} {'am' if when.hour < 12 else 'pm'}\n")
    if event.to_status in (S.INELIGIBLE, S.WAITING) and event.reason:
        body += f"\nReason: {event.reason}\n"
    if not referral.self_referral:
        body += "\nSee all your referrals: /hub/referrals/mine\n"
    body += "\nThis message is about the status only: the case notes stay with the service.\n"
    message = Message.objects.create(referral=referral, to=to, subject=f"Referral {referral.reference}: {event.status_label}",
                                     body=body, created=event.at)
    from minutebook.hub.tasks import send_message

    transaction.on_commit(lambda: send_message.enqueue(message.pk))


# ---------------------------------------------------------------- intake

def intake(service: Service, fields: dict, parties: list[dict], user=None, self_referral: bool = False) -> Referral:
    """A new referral with its parties (the referred person first). Flags a duplicate; the referrer is told."""
    if not parties or not (parties[0].get("name") or "").strip():
        raise HubError("give the name of the person referred")
    if parties[0].get("role") not in (Party.VICTIM, Party.OFFENDER):
        raise HubError("say whether the person referred is the victim or the offender")
    if not (fields.get("offence_type") or "").strip():
        raise HubError("give the type of offence")
    if fields.get("cj_stage") not in dict(Referral.STAGE_CHOICES):
        raise HubError("choose the criminal-justice stage")
    for day in ("offence_date", "reported_date"):
        if fields.get(day) and fields[day] > timezone.localdate():
            raise HubError(f"the {day.replace('_', ' ')} cannot be in the future")
    victim = next((p for p in parties if p.get("role") == Party.VICTIM), {})
    offender = next((p for p in parties if p.get("role") == Party.OFFENDER), {})
    now = timezone.now()
    with transaction.atomic():
        referral = Referral(service=service, received=now, status_changed=now, self_referral=self_referral,
                            referrer=user if (user is not None and user.pk and not self_referral) else None,
                            reference=f"new-{uuid.uuid4().hex[:14]}", **fields)
        referral.duplicate_key = D.key(victim.get("name", ""), offender.get("name", ""), referral.offence_date,
                                       referral.offence_type)[:400]
        referral.duplicate_of = _find_duplicate(referral)
        referral.save()
        referral.reference = f"RJ-{referral.pk:06d}"
        referral.save(update_fields=["reference"])
        for i, p in enumerate(parties):
            Party.objects.create(referral=referral, referred=(i == 0), **p)
        why = "Self-referral from the public form" if self_referral else f"Referred by {referral.referrer_name}"
        if referral.duplicate_of:
            why += f"; possibly the same as {referral.duplicate_of.reference}"
        event = CaseEvent.objects.create(referral=referral, at=now, user=referral.referrer, what="Referral received",
                                         reason=why, to_status=S.RECEIVED)
        _tell_referrer(referral, event)
        if referral.referrer is not None:
            log_access(referral, referral.referrer, "change", "making the referral", "intake")
    return referral


def _find_duplicate(referral: Referral):
    ref = D.crime_key(referral.crime_reference)
    q = Q(duplicate_key=referral.duplicate_key) if referral.duplicate_key.split("|")[0] and referral.offence_date else Q(pk__in=[])
    found = Referral.objects.filter(service=referral.service).filter(q).order_by("id").first()
    if found is None and ref:
        for other in Referral.objects.filter(service=referral.service, crime_reference__iexact=referral.crime_reference.strip()).order_by("id")[:5]:
            if D.crime_key(other.crime_reference) == ref:
                return other
    return found


# ---------------------------------------------------------------- eligibility and allocation

def _tri(value: str):
    return {"yes": True, "no": False}.get(value)


def records_of(referral: Referral) -> list[C.Record]:
    return [c.as_rule() for c in Consent.objects.filter(party__referral=referral)]


def eligibility(referral: Referral, shape=None) -> list[E.Criterion]:
    shape = shape or config.shape_of(referral.service)
    referred = referral.referred
    consent = None
    if referred is not None:
        latest = C.current(records_of(referral), str(referred.pk), C.TAKE_PART)
        consent = None if latest is None else latest.state == C.GIVEN
    facts = E.Facts(direct_victim=_tri(referral.direct_victim), offence_area=referral.offence_area,
                    home_area=referral.home_area, offender_admits=_tri(referral.offender_admits), consent=consent)
    return E.assess(facts, shape.areas, shape.region)


def loads(spoke: Spoke) -> list[A.Load]:
    counts = dict(Case.objects.filter(practitioner__spoke=spoke, referral__status__in=S.CASE_STAGES)
                  .values_list("practitioner").annotate(n=Count("id")).values_list("practitioner", "n"))
    return [A.Load(p.pk, p.name, p.capacity, counts.get(p.pk, 0))
            for p in Practitioner.objects.filter(spoke=spoke, active=True)]


def load_of(practitioner: Practitioner) -> A.Load:
    n = Case.objects.filter(practitioner=practitioner, referral__status__in=S.CASE_STAGES).count()
    return A.Load(practitioner.pk, practitioner.name, practitioner.capacity, n)


def proposal(referral: Referral) -> A.Allocation:
    shape = config.shape_of(referral.service)
    spoke, _ = A.spoke_for(shape, referral.offence_area, referral.home_area)
    by_spoke = {}
    if spoke is not None:
        by_spoke[spoke.slug] = loads(Spoke.objects.get(service=referral.service, slug=spoke.slug))
    conflicts = ConflictOfInterest.objects.filter(referral=referral).values_list("practitioner_id", flat=True)
    return A.allocate(shape, referral.offence_area, referral.home_area, by_spoke, conflicts)


def screen(referral: Referral, user, direct_victim: str, offender_admits: str, note: str = "") -> Referral:
    """The coordinator's screening: record what is known, then close it if not eligible or allocate it."""
    with transaction.atomic():
        referral = Referral.objects.select_for_update().get(pk=referral.pk)
        if referral.status not in S.QUEUE:
            raise HubError(f"{referral.reference} is already screened ({referral.status_label})")
        referral.direct_victim, referral.offender_admits = direct_victim, offender_admits
        referral.save(update_fields=["direct_victim", "offender_admits"])
        _note(referral, user, "Screened", note)
        criteria = eligibility(referral)
        if E.outcome(criteria) == E.INELIGIBLE:
            S.step(referral.status, "close_ineligible", reason="x")
            _set_status(referral, S.INELIGIBLE, user, "Closed: not eligible", E.reasons_not_met(criteria))
            return referral
        return allocate(referral, user)


def allocate(referral: Referral, user, practitioner: Practitioner | None = None, reason: str = "") -> Referral:
    """By the rules (``practitioner`` None), or the coordinator's own choice with a reason."""
    with transaction.atomic():
        referral = Referral.objects.select_for_update().get(pk=referral.pk)
        try:
            S.step(referral.status, "allocate")
        except S.StageError as exc:
            raise HubError(str(exc)) from None
        if E.outcome(eligibility(referral)) == E.INELIGIBLE:
            raise HubError("the referral is not eligible: close it with its reason")
        conflicts = set(ConflictOfInterest.objects.filter(referral=referral).values_list("practitioner_id", flat=True))
        if practitioner is not None:
            Spoke.objects.select_for_update().filter(pk=practitioner.spoke_id).first()
            try:
                why = A.override(load_of(practitioner), reason, conflicts)
            except A.AllocationError as exc:
                raise HubError(str(exc)) from None
            spoke, chosen = practitioner.spoke, practitioner
        else:
            shape = config.shape_of(referral.service)
            rule_spoke, _ = A.spoke_for(shape, referral.offence_area, referral.home_area)
            spoke = (Spoke.objects.select_for_update().get(service=referral.service, slug=rule_spoke.slug)
                     if rule_spoke else None)
            result = A.allocate(shape, referral.offence_area, referral.home_area,
                                {spoke.slug: loads(spoke)} if spoke else {}, conflicts)
            why = result.reason
            if result.practitioner is None:
                referral.spoke = spoke
                referral.save(update_fields=["spoke"])
                if referral.status == S.WAITING:
                    if referral.status_reason != why:
                        Referral.objects.filter(pk=referral.pk).update(status_reason=why)
                        _note(referral, user, "Still waiting", why)
                    return referral
                _set_status(referral, S.WAITING, user, "Waiting for a practitioner", why)
                return referral
            chosen = Practitioner.objects.get(pk=result.practitioner)
        referral.spoke = spoke
        referral.save(update_fields=["spoke"])
        Case.objects.create(referral=referral, spoke=spoke, practitioner=chosen, opened=timezone.now(),
                            allocation_reason=why)
        _set_status(referral, S.ASSESSMENT, user, f"Allocated to {chosen.name} ({spoke.name})", why)
    referral.refresh_from_db()
    return referral


def retry_waiting(spoke: Spoke, user=None) -> int:
    """Offer the spoke's waiting referrals again (after a case closes or capacity grows), oldest first."""
    n = 0
    for referral in Referral.objects.filter(spoke=spoke, status=S.WAITING).order_by("received", "id"):
        if allocate(referral, user).status == S.ASSESSMENT:
            n += 1
        else:
            break
    return n


def declare_conflict(referral: Referral, practitioner: Practitioner, reason: str, user=None) -> None:
    if not reason.strip():
        raise HubError("give the reason for the conflict of interest")
    ConflictOfInterest.objects.update_or_create(referral=referral, practitioner=practitioner,
                                                defaults={"reason": reason.strip(), "declared": timezone.now()})
    _note(referral, user, f"Conflict of interest declared by {practitioner.name}", reason.strip())


def close_ineligible(referral: Referral, user, reason: str) -> None:
    _step(referral, user, "close_ineligible", "Closed: not eligible", reason)


# ---------------------------------------------------------------- the case

def facts(referral: Referral) -> S.CaseFacts:
    case = referral.case
    parties = list(referral.parties.all())
    records = records_of(referral)
    return S.CaseFacts(
        parties=[str(p) for p in parties],
        consenting={str(p) for p in parties if C.takes_part(records, str(p.pk))},
        risk_assessment=case.risk_assessment, risk_reviewed=case.risk_reviewed_at is not None,
        intervention=case.intervention, mode=case.mode,
        has_agreement=OutcomeAgreement.objects.filter(case=case).exists(),
        questionnaires={str(q.party) for q in case.questionnaires.select_related("party")})


def _step(referral: Referral, user, action: str, what: str, reason: str = "", update=None) -> Referral:
    with transaction.atomic():
        referral = Referral.objects.select_for_update().get(pk=referral.pk)
        if update:
            update(referral)
        try:
            to = S.step(referral.status, action, facts(referral) if hasattr(referral, "case") else None, reason)
        except S.StageError as exc:
            raise HubError(str(exc)) from None
        _set_status(referral, to, user, what, reason.strip())
        if to in S.FINAL and hasattr(referral, "case"):
            transaction.on_commit(lambda: retry_waiting(referral.case.spoke))
    return referral


def save_assessment(referral, user, assessment: str, risk_assessment: str, risk_level: str) -> None:
    if referral.status != S.ASSESSMENT:
        raise HubError("the assessment can be changed only at the assessment stage")
    Case.objects.filter(referral=referral).update(assessment=assessment, risk_assessment=risk_assessment,
                                                  risk_level=risk_level)
    _note(referral, user, "Assessment saved")


def submit_risk(referral, user, assessment: str, risk_assessment: str, risk_level: str) -> Referral:
    def update(r):
        if risk_level not in ("low", "medium", "high"):
            raise HubError("choose the level of risk")
        Case.objects.filter(referral=r).update(assessment=assessment, risk_assessment=risk_assessment,
                                               risk_level=risk_level, risk_reviewed_at=None, risk_reviewed_by=None)
        r.case.refresh_from_db()
    return _step(referral, user, "submit_risk", "Risk assessment sent to the supervisor", "", update)


def review_risk(referral, user, approve: bool, note: str) -> Referral:
    def update(r):
        if approve:
            Case.objects.filter(referral=r).update(risk_reviewed_by=user, risk_reviewed_at=timezone.now(),
                                                   risk_review_note=note)
        else:
            Case.objects.filter(referral=r).update(risk_review_note=note)
        r.case.refresh_from_db()
    if approve:
        return _step(referral, user, "approve_risk", "Risk assessment reviewed by the supervisor", note, update)
    return _step(referral, user, "return_risk", "Risk assessment returned to the practitioner", note, update)


def record_consent(party: Party, user, purpose: str, state: str, on: dt.date, lawful_basis: str = "consent",
                   agency: str = "", note: str = "") -> Consent:
    record = C.Record(str(party.pk), purpose, state, on, agency.strip(), lawful_basis)
    try:
        C.validate(record, timezone.localdate())
    except C.ConsentError as exc:
        raise HubError(str(exc)) from None
    referral = party.referral
    with transaction.atomic():
        row = Consent.objects.create(party=party, purpose=purpose, state=state, on=on, lawful_basis=lawful_basis,
                                     agency=agency.strip(), recorded=timezone.now(), recorded_by=user, note=note)
        what = f"Consent {C.PURPOSES[purpose].lower()}{' (' + agency.strip() + ')' if agency.strip() else ''}: {state}, {party}"
        _note(referral, user, what, note)
        referral.refresh_from_db()
        if C.withdrawal_stops(record) and referral.status in S.CASE_STAGES:
            reason = f"{party} {'withdrew' if state == C.WITHDRAWN else 'refused'} consent to take part" + \
                     (f": {note}" if note else "")
            Case.objects.filter(referral=referral).update(withdrawn_by=party)
            _step(referral, user, "withdraw", "Withdrawn", reason)
    return row


def share(party: Party, user, agency: str, what: str) -> Sharing:
    """Record information passed to an agency: refused unless the person consented to sharing with it."""
    try:
        C.require_share(records_of(party.referral), str(party.pk), str(party), agency.strip())
    except C.ConsentError as exc:
        raise HubError(str(exc)) from None
    if not what.strip():
        raise HubError("say what was shared")
    row = Sharing.objects.create(party=party, agency=agency.strip(), what=what.strip(), at=timezone.now(), by=user)
    _note(party.referral, user, f"Information shared with {agency.strip()} about {party}", what.strip())
    return row


def start_intervention(referral, user, intervention: str, mode: str, on: dt.date | None, note: str = "") -> Referral:
    def update(r):
        Case.objects.filter(referral=r).update(intervention=intervention, mode=mode, intervention_date=on,
                                               intervention_note=note)
        r.case.refresh_from_db()
    label = S.INTERVENTIONS.get(intervention, intervention)
    return _step(referral, user, "start_intervention", f"Intervention arranged: {label} ({mode})", "", update)


def intervention_held(referral, user, on: dt.date, note: str = "") -> Referral:
    def update(r):
        Case.objects.filter(referral=r).update(intervention_date=on, intervention_note=note)
    return _step(referral, user, "intervention_held", "Intervention held", "", update)


def record_agreement(referral, user, agreed_on: dt.date, summary: str, items: list[dict]) -> Referral:
    items = [i for i in items if (i.get("text") or "").strip()]
    for i in items:
        if not (i.get("owner") or "").strip():
            raise HubError(f"say who owns \"{i['text'].strip()}\"")

    def update(r):
        agreement, _ = OutcomeAgreement.objects.update_or_create(case=r.case, defaults={"agreed_on": agreed_on,
                                                                                        "summary": summary})
        agreement.items.all().delete()
        AgreementItem.objects.bulk_create([AgreementItem(agreement=agreement, text=i["text"].strip(),
                                                         owner=i["owner"].strip(), due=i.get("due")) for i in items])
    return _step(referral, user, "record_agreement", "Outcome agreement recorded", "", update)


def record_questionnaire(referral, user, party: Party, on: dt.date, declined: bool, satisfaction=None,
                         felt_safe=None, would_recommend=None, comments: str = "") -> Questionnaire:
    if party.referral_id != referral.pk:
        raise HubError("that person is not a party to this case")
    if referral.status != S.FOLLOW_UP:
        raise HubError("the questionnaires are taken at follow-up, before the case closes")
    if not declined and satisfaction not in (1, 2, 3, 4, 5):
        raise HubError("choose how satisfied they are, or record that they declined")
    row, _ = Questionnaire.objects.update_or_create(case=referral.case, party=party, defaults={
        "on": on, "declined": declined, "satisfaction": None if declined else satisfaction,
        "felt_safe": felt_safe, "would_recommend": would_recommend, "comments": comments})
    _note(referral, user, f"Satisfaction questionnaire {'declined' if declined else 'answered'}: {party}")
    return row


def close(referral, user, note: str = "") -> Referral:
    return _step(referral, user, "close", "Case closed", note)


def withdraw(referral, user, party: Party, reason: str) -> Referral:
    def update(r):
        if party.referral_id != r.pk:
            raise HubError("that person is not a party to this case")
        Case.objects.filter(referral=r).update(withdrawn_by=party)
    return _step(referral, user, "withdraw", f"Withdrawn by {party}", f"{party}: {reason.strip()}" if reason.strip() else "",
                 update)


def record_first_contact(referral, user, on: dt.date, party: Party, how: str, note: str = "") -> Referral:
    """The practitioner's first contact with a party (the Victims' Code first-contact deadline is met by it)."""
    if not hasattr(referral, "case"):
        raise HubError("the referral is not allocated yet")
    if party.referral_id != referral.pk:
        raise HubError("that person is not a party to this case")
    if on is None or on > timezone.localdate():
        raise HubError("give the day of the contact (not in the future)")
    if on < timezone.localdate(referral.case.opened):
        raise HubError("the first contact cannot be before the case was allocated")
    if referral.case.first_contact is not None:
        raise HubError(f"the first contact is already recorded ({referral.case.first_contact:%-d %B %Y})")
    how = how.strip() or "contact"
    with transaction.atomic():
        Case.objects.filter(referral=referral, first_contact__isnull=True).update(first_contact=on)
        _note(referral, user, f"First contact with {party} ({how}) on {on:%-d %B %Y}", note)
    referral.case.refresh_from_db()
    return referral

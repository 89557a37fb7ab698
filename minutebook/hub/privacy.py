"""Data protection on the database (the rules are ``rules/privacy.py``):

* :func:`subject_access`: everything held on one person (the referrals they are in, their details, the case
  events, consents, sharing, questionnaires, messages to them and the access log of those referrals) as one
  dict for a JSON file, with nothing on anyone else: other parties' and referrers' names, e-mail addresses
  and telephone numbers are replaced in every text, and their own fields are left out;
* :func:`retention_review`: anonymises the cases closed more than the configured number of years ago,
  keeping every figure (statuses, dates, boroughs, agencies, spokes, offence types, scores);
* :func:`rectify`: corrects a person's details, with a case event and an access-log entry saying who, when,
  which fields and why (the old values are not kept: they were wrong);
* :func:`records_of_processing`: the records of processing from the service's configuration.
"""
from __future__ import annotations

import datetime as dt
import re

from django.db import transaction
from django.utils import timezone

from minutebook.hub.models import (
    AccessLog, AgreementItem, Case, CaseEvent, ConflictOfInterest, Consent, Message, OutcomeAgreement, Party,
    Questionnaire, Referral, Service, Sharing,
)
from minutebook.hub.rules import duplicates as DUP
from minutebook.hub.rules import privacy as P
from minutebook.hub.rules import stages as S


class PrivacyError(ValueError):
    """A one-line reason a step cannot be taken."""


# ---------------------------------------------------------------- the person

def _digits(value: str) -> str:
    return re.sub(r"\D", "", value or "")


def _name(value: str) -> str:
    return " ".join((value or "").casefold().split())


def same_person(party: Party) -> list[Party]:
    """The party and every other party with the same name and the same e-mail address or telephone number
    (a name alone is not enough to say two records are one person)."""
    found = [party]
    if not _name(party.name):
        return found
    email, phone = (party.email or "").strip().casefold(), _digits(party.phone)
    for other in Party.objects.filter(name__iexact=party.name.strip()).exclude(pk=party.pk).select_related("referral"):
        if _name(other.name) != _name(party.name):
            continue
        if (email and (other.email or "").strip().casefold() == email) or (phone and _digits(other.phone) == phone):
            found.append(other)
    return sorted(found, key=lambda p: (p.referral.received, p.pk))


PARTY_FIELDS = ("role", "referred", "name", "email", "phone", "address", "safe_to_contact", "contact_by",
                "contact_notes", "language", "interpreter", "access_needs", "other_needs", "in_custody", "establishment")


def _others(referral: Referral, party: Party) -> list[str]:
    """What identifies anyone else in the referral: the other parties and the referrer."""
    out = [referral.referrer_name, referral.referrer_email, referral.referrer_phone]
    for p in referral.parties.exclude(pk=party.pk):
        out += [p.name, p.email, p.phone]
    return [x for x in out if x and x.strip() and (len(_digits(x)) >= 6 or not _digits(x))]


def subject_access(party: Party, user=None, purpose: str = "subject access request") -> dict:
    """Everything on the person ``party`` is (in every referral they are in), and nothing on anyone else.
    Each referral's access log gets an export entry."""
    people = same_person(party)
    out = {"subject": {"name": party.name, "emails": sorted({p.email for p in people if p.email}),
                       "phones": sorted({p.phone for p in people if p.phone})},
           "made": timezone.now().isoformat(), "controller": "", "referrals": []}
    for p in people:
        r = Referral.objects.select_related("service", "agency", "spoke").get(pk=p.referral_id)
        out["controller"] = out["controller"] or records_of(r.service).controller
        others = _others(r, p)

        def red(text, others=others):
            return P.redact(text or "", others)

        victim = p.role == Party.VICTIM
        entry = {
            "reference": r.reference, "received": r.received.isoformat(), "status": r.status_label,
            "since": r.status_changed.isoformat(), "self_referral": r.self_referral,
            "agency": r.agency.name if r.agency_id else None, "offence_type": r.offence_type,
            "offence_date": _iso(r.offence_date), "reported_date": _iso(r.reported_date),
            "crime_reference": r.crime_reference, "offence_area": r.offence_area,
            "cj_stage": r.get_cj_stage_display(), "summary": red(r.summary),
            "status_reason": red(r.status_reason),
            "you": {f: getattr(p, f) for f in PARTY_FIELDS},
        }
        if victim:
            entry.update(home_area=r.home_area, enhanced_rights=r.enhanced_rights,
                         informed_date=_iso(r.informed_date), asked_date=_iso(r.asked_date))
        case = Case.objects.filter(referral=r).select_related("spoke", "practitioner").first()
        if case is not None:
            agreement = OutcomeAgreement.objects.filter(case=case).first()
            entry["case"] = {
                "opened": case.opened.isoformat(), "closed": case.closed.isoformat() if case.closed else None,
                "first_contact": _iso(case.first_contact), "spoke": case.spoke.name,
                "practitioner": case.practitioner.name if case.practitioner_id else None,
                "assessment": red(case.assessment), "risk_assessment": red(case.risk_assessment),
                "risk_level": case.risk_level, "risk_review_note": red(case.risk_review_note),
                "intervention": case.get_intervention_display(), "mode": case.get_mode_display(),
                "intervention_date": _iso(case.intervention_date), "intervention_note": red(case.intervention_note),
                "withdrawn_by_you": case.withdrawn_by_id == p.pk,
                "agreement": None if agreement is None else {
                    "agreed_on": _iso(agreement.agreed_on), "summary": red(agreement.summary),
                    "items": [{"text": red(i.text), "owner": red(i.owner), "due": _iso(i.due), "done": i.done}
                              for i in agreement.items.all()]},
            }
            entry["questionnaires"] = [
                {"on": _iso(q.on), "declined": q.declined, "satisfaction": q.satisfaction, "felt_safe": q.felt_safe,
                 "would_recommend": q.would_recommend, "comments": red(q.comments)}
                for q in Questionnaire.objects.filter(case=case, party=p)]
        entry["consents"] = [{"purpose": c.purpose, "agency": c.agency, "state": c.state, "on": _iso(c.on),
                              "lawful_basis": c.lawful_basis, "note": red(c.note)}
                             for c in Consent.objects.filter(party=p).order_by("on", "id")]
        entry["sharing"] = [{"agency": s.agency, "what": red(s.what), "at": s.at.isoformat()}
                            for s in Sharing.objects.filter(party=p).order_by("at", "id")]
        entry["events"] = [{"at": e.at.isoformat(), "what": red(e.what), "reason": red(e.reason),
                            "status": S.LABELS.get(e.to_status, "") if e.to_status else ""}
                           for e in CaseEvent.objects.filter(referral=r).order_by("at", "id")]
        mine = {x.casefold() for x in (p.email,) if x}
        entry["messages"] = [{"to": m.to, "subject": m.subject, "body": red(m.body), "sent": _iso(m.sent)}
                             for m in Message.objects.filter(referral=r).order_by("created", "id")
                             if m.to.casefold() in mine]
        entry["access_log"] = [{"at": a.at.isoformat(), "by": red(_staff(a.user)), "action": a.action,
                                "purpose": red(a.purpose)}
                               for a in AccessLog.objects.filter(referral=r).select_related("user").order_by("at", "id")]
        out["referrals"].append(entry)
    from minutebook.hub.workflow import log_access

    for p in people:
        log_access(p.referral, user, "export", purpose, "subject access")
    return out


def _staff(user) -> str:
    if user is None:
        return "the service"
    return (user.get_full_name() or user.get_username()).strip()


def _iso(value):
    return value.isoformat() if value else None


# ---------------------------------------------------------------- rectification

RECTIFIABLE = ("name", "email", "phone", "address", "safe_to_contact", "contact_by", "contact_notes", "language",
               "interpreter", "access_needs", "other_needs", "in_custody", "establishment")


def rectify(party: Party, user, changes: dict, reason: str) -> list[str]:
    """Correct a person's details. Returns the fields changed; logs them (not their old values)."""
    from minutebook.hub.workflow import _note, log_access

    if not (reason or "").strip():
        raise PrivacyError("give the reason for the correction (for example, the person asked for it)")
    unknown = sorted(set(changes) - set(RECTIFIABLE))
    if unknown:
        raise PrivacyError(f"{', '.join(unknown)} cannot be corrected here")
    changed = [f for f in RECTIFIABLE if f in changes and getattr(party, f) != changes[f]]
    if not changed:
        raise PrivacyError("nothing is different from what is held")
    with transaction.atomic():
        for f in changed:
            setattr(party, f, changes[f])
        party.full_clean(exclude=["referral"])
        party.save(update_fields=changed)
        referral = party.referral
        if "name" in changed:
            names = {p.role: p.name for p in referral.parties.all()}
            Referral.objects.filter(pk=referral.pk).update(duplicate_key=DUP.key(
                names.get(Party.VICTIM, ""), names.get(Party.OFFENDER, ""), referral.offence_date,
                referral.offence_type)[:400])
        fields = ", ".join(Party._meta.get_field(f).verbose_name for f in changed)
        _note(referral, user, f"Personal data corrected ({party.get_role_display().lower()}): {fields}",
              reason.strip())
        log_access(referral, user, "rectify", f"{reason.strip()} ({fields})", "rectification")
    return changed


# ---------------------------------------------------------------- retention

def records_of(service: Service) -> P.Records:
    return P.records(service.config or "", service.name)


def records_of_processing(service: Service) -> str:
    return P.report(records_of(service), service.name)


def closed_on(referral: Referral) -> dt.date | None:
    if referral.status not in S.FINAL:
        return None
    case = Case.objects.filter(referral=referral).only("closed").first()
    when = case.closed if case is not None and case.closed else referral.status_changed
    return timezone.localdate(when)


def due_for_review(service: Service, today: dt.date | None = None) -> list[Referral]:
    today = today or timezone.localdate()
    years = records_of(service).retention_years
    cutoff = timezone.make_aware(dt.datetime.combine(P.years_before(today, years), dt.time()))
    rows = (Referral.objects.filter(service=service, status__in=S.FINAL, anonymised__isnull=True,
                                    status_changed__lt=cutoff + dt.timedelta(days=1))
            .select_related("case").order_by("id"))
    return [r for r in rows if P.due_for_anonymising(closed_on(r), today, years)]


def retention_review(service: Service, today: dt.date | None = None, dry_run: bool = False) -> list[str]:
    """Anonymise each case closed more than the retention period ago. Returns their references."""
    done = []
    for referral in due_for_review(service, today):
        if not dry_run:
            anonymise(referral)
        done.append(referral.reference)
    return done


X = P.ANONYMISED


@transaction.atomic
def anonymise(referral: Referral) -> None:
    """Remove every name, contact detail and free text; keep what the figures are made of."""
    r = Referral.objects.select_for_update().get(pk=referral.pk)
    Referral.objects.filter(pk=r.pk).update(
        referrer_name=X, referrer_email="", referrer_phone="", crime_reference="", offence_date=None, summary="",
        status_reason=X if r.status_reason else "", duplicate_key="", anonymised=timezone.now())
    Party.objects.filter(referral=r).update(
        name=X, email="", phone="", address="", contact_notes="", language="", access_needs="", other_needs="",
        establishment="")
    Case.objects.filter(referral=r).update(
        allocation_reason="", assessment="", risk_assessment="", risk_review_note="", intervention_note="")
    for e in CaseEvent.objects.filter(referral=r):
        what = f"Status: {S.LABELS.get(e.to_status, e.to_status)}" if e.to_status else "Note"
        CaseEvent.objects.filter(pk=e.pk).update(what=what, reason="")
    Consent.objects.filter(party__referral=r).update(note="")
    Sharing.objects.filter(party__referral=r).update(what=X)
    ConflictOfInterest.objects.filter(referral=r).update(reason=X)
    OutcomeAgreement.objects.filter(case__referral=r).update(summary="")
    AgreementItem.objects.filter(agreement__case__referral=r).update(text=X, owner=X)
    Questionnaire.objects.filter(case__referral=r).update(comments="")
    Message.objects.filter(referral=r).update(to="", subject=X, body="", error="")
    AccessLog.objects.filter(referral=r).update(purpose=X)

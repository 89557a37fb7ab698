"""The hub's JSON routes at /api/hub/ (in the same OpenAPI as the rest of /api/).

The same access rules as the pages (``minutebook.store.visibility``, hub section): a case another user may
not open is a 404. Reading a case needs ``purpose`` (logged with who and when). Writes take a bearer token
(``minutebook token create USER``): a session alone cannot write, so no cross-site request can."""
from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Router, Schema

try:
    from ninja import Status
except ImportError:          # django-ninja before 1.5: a (status, body) tuple
    def Status(code, value):  # noqa: N802
        return code, value
from ninja.errors import HttpError
from pydantic import Field

from minutebook.hub import workflow as W
from minutebook.hub.models import Agency, Party, Practitioner, Referral
from minutebook.hub.rules import stages as S
from minutebook.record import LondonDateTime, Text
from minutebook.store import visibility as vis

router = Router(tags=["referral hub"])


def _caller(request):
    from minutebook.web.api import caller

    return caller(request)


def _token_user(request):
    from minutebook.web.models import ApiToken

    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    user = ApiToken.user_for(token.strip()) if scheme.lower() == "bearer" else None
    if user is None:
        raise HttpError(401, "Unauthorized: writes need a bearer token")
    return user


def _not_for_evaluation(request):
    """The evaluation team sees the outcomes and nothing else: a 404 (not a 401 or 403) on every other route."""
    if vis.hub_roles(_caller(request)) == {vis.EVALUATION}:
        raise Http404("Not found")


class StatusChange(Schema):
    status: str
    label: str
    at: LondonDateTime


class ReferralStatus(Schema):
    """What a referrer may see: status and dates, never case notes."""
    id: int
    reference: str
    offence_type: str
    received: LondonDateTime
    status: str
    label: str
    since: LondonDateTime
    history: list[StatusChange]


class PartyIn(Schema):
    role: Literal["victim", "offender"]
    name: Text(200) = ""
    email: Text(254) = ""
    phone: Text(40) = ""
    address: Text(1000) = ""
    safe_to_contact: Literal["yes", "no", "unknown"] = "unknown"
    contact_by: Literal["phone", "email", "letter", "referrer", "none", ""] = ""
    contact_notes: Text(1000) = ""
    language: Text(100) = ""
    interpreter: bool = False
    access_needs: Text(1000) = ""
    other_needs: Text(1000) = ""
    in_custody: bool = False
    establishment: Text(200) = ""


class ReferralIn(Schema):
    agency: Text(200) = Field(..., description="the referring agency's name, as configured")
    referrer_phone: Text(40) = ""
    offence_type: Text(200) = Field(..., min_length=1)
    offence_date: Optional[dt.date] = None
    reported_date: Optional[dt.date] = None
    informed_date: Optional[dt.date] = Field(None, description="the victim was told about restorative justice")
    asked_date: Optional[dt.date] = Field(None, description="the victim asked to be referred")
    crime_reference: Text(60) = ""
    offence_area: Text(100) = ""
    home_area: Text(100) = ""
    cj_stage: Literal[tuple(k for k, _ in Referral.STAGE_CHOICES)]
    enhanced_rights: bool = False
    summary: Text(5000) = ""
    parties: list[PartyIn] = Field(..., min_length=1, max_length=2, description="the person referred first")


class QueueItem(Schema):
    id: int
    reference: str
    received: LondonDateTime
    status: str
    label: str
    reason: str
    spoke: Optional[str]
    offence_type: str
    offence_area: str
    duplicate_of: Optional[str]


class CaseItem(Schema):
    id: int
    reference: str
    status: str
    label: str
    since: LondonDateTime
    received: LondonDateTime
    offence_type: str
    offence_area: str


class AllocateIn(Schema):
    practitioner: Optional[Text(150)] = Field(None, description="username, for the coordinator's own choice")
    reason: Text(1000) = ""


def _status(r: Referral) -> dict:
    history = [{"status": e.to_status, "label": S.LABELS.get(e.to_status, e.to_status), "at": e.at}
               for e in r.events.exclude(to_status="").order_by("at", "id")]
    return {"id": r.pk, "reference": r.reference, "offence_type": r.offence_type, "received": r.received, "status": r.status,
            "label": r.status_label, "since": r.status_changed, "history": history}


@router.get("/referrals/mine", response=list[ReferralStatus], summary="A referrer's referrals: status and dates")
def my_referrals(request):
    user = _caller(request)
    if vis.REFERRER not in vis.hub_roles(user):
        raise Http404("Not found")
    return [_status(r) for r in vis.hub_own_referrals(user).order_by("-received")[:500]]


@router.post("/referrals", response={201: ReferralStatus}, summary="Refer a case (a referrer's token)")
def create_referral(request, data: ReferralIn):
    _not_for_evaluation(request)
    user = _token_user(request)
    if vis.REFERRER not in vis.hub_roles(user):
        raise HttpError(403, "Only a referrer may refer through the API")
    service = W.default_service()
    agency = Agency.objects.filter(service=service, name__iexact=data.agency.strip()).first()
    if agency is None:
        raise HttpError(422, f"no agency {data.agency!r}: see the service's configuration")
    fields = data.dict(exclude={"parties", "agency"})
    fields.update(agency=agency, referrer_name=(user.get_full_name() or user.get_username()), referrer_email=user.email)
    try:
        referral = W.intake(service, fields, [p.dict() for p in data.parties], user=user)
    except W.HubError as exc:
        raise HttpError(422, str(exc)) from None
    return Status(201, _status(referral))


@router.get("/queue", response=list[QueueItem], summary="The coordinator's queue")
def queue(request):
    user = _caller(request)
    if vis.COORDINATOR not in vis.hub_roles(user):
        raise Http404("Not found")
    rows = Referral.objects.filter(status__in=S.QUEUE).select_related("spoke", "duplicate_of").order_by("received")[:500]
    return [{"id": r.pk, "reference": r.reference, "received": r.received, "status": r.status, "label": r.status_label,
             "reason": r.status_reason, "spoke": r.spoke.name if r.spoke_id else None, "offence_type": r.offence_type,
             "offence_area": r.offence_area, "duplicate_of": r.duplicate_of.reference if r.duplicate_of_id else None}
            for r in rows]


@router.post("/referrals/{pk}/allocate", response=QueueItem, summary="Allocate by the rules, or to a practitioner with a reason")
def allocate(request, pk: int, data: AllocateIn):
    _not_for_evaluation(request)
    user = _token_user(request)
    if vis.COORDINATOR not in vis.hub_roles(user):
        raise Http404("Not found")
    referral = get_object_or_404(Referral, pk=pk)
    chosen = None
    if data.practitioner:
        chosen = Practitioner.objects.filter(service=referral.service, user__username=data.practitioner, active=True).first()
        if chosen is None:
            raise HttpError(422, f"no practitioner {data.practitioner!r}")
    try:
        r = W.allocate(referral, user, chosen, data.reason)
    except W.HubError as exc:
        raise HttpError(409, str(exc)) from None
    W.log_access(r, user, "change", data.reason or "allocation", request.path)
    return queue_item(r)


def queue_item(r):
    return {"id": r.pk, "reference": r.reference, "received": r.received, "status": r.status, "label": r.status_label,
            "reason": r.status_reason, "spoke": r.spoke.name if r.spoke_id else None, "offence_type": r.offence_type,
            "offence_area": r.offence_area, "duplicate_of": r.duplicate_of.reference if r.duplicate_of_id else None}


@router.get("/cases", response=list[CaseItem], summary="A practitioner's open cases")
def cases(request):
    from minutebook.hub.views import practitioner_cases

    user = _caller(request)
    mine = Practitioner.objects.filter(user=user, active=True).first() if getattr(user, "pk", None) else None
    if mine is None:
        raise Http404("Not found")
    return [{"id": r.pk, "reference": r.reference, "status": r.status, "label": r.status_label, "since": r.status_changed,
             "received": r.received, "offence_type": r.offence_type, "offence_area": r.offence_area}
            for r in practitioner_cases(mine)]


def case_detail(r: Referral) -> dict:
    """Everything held on one case (the case page, the API and the export file show the same)."""
    case = getattr(r, "case", None)
    out = {
        "reference": r.reference, "status": r.status, "label": r.status_label, "since": r.status_changed,
        "received": r.received, "self_referral": r.self_referral, "referrer": r.referrer_name,
        "referrer_email": r.referrer_email, "agency": r.agency.name if r.agency_id else None,
        "offence_type": r.offence_type, "offence_date": r.offence_date, "reported_date": r.reported_date,
        "informed_date": r.informed_date, "asked_date": r.asked_date,
        "crime_reference": r.crime_reference, "offence_area": r.offence_area, "home_area": r.home_area,
        "cj_stage": r.get_cj_stage_display(), "enhanced_rights": r.enhanced_rights, "summary": r.summary,
        "eligibility": [{"criterion": c.name, "status": c.status, "reason": c.reason} for c in W.eligibility(r)],
        "parties": [{"role": p.role, "referred": p.referred, "name": p.name, "email": p.email, "phone": p.phone,
                     "address": p.address, "safe_to_contact": p.safe_to_contact, "contact_by": p.contact_by,
                     "contact_notes": p.contact_notes, "language": p.language, "interpreter": p.interpreter,
                     "access_needs": p.access_needs, "other_needs": p.other_needs, "in_custody": p.in_custody,
                     "establishment": p.establishment,
                     "consents": [{"purpose": c.purpose, "agency": c.agency, "state": c.state, "on": c.on,
                                   "lawful_basis": c.lawful_basis} for c in p.consents.all()]}
                    for p in r.parties.all()],
        "events": [{"at": e.at, "by": e.user.get_username() if e.user_id else None, "what": e.what, "reason": e.reason,
                    "status": e.to_status} for e in r.events.select_related("user")],
    }
    if case is not None:
        out["case"] = {"spoke": case.spoke.name, "practitioner": case.practitioner.name if case.practitioner_id else None,
                       "opened": case.opened, "closed": case.closed, "allocation_reason": case.allocation_reason,
                       "assessment": case.assessment, "risk_assessment": case.risk_assessment,
                       "risk_level": case.risk_level, "risk_reviewed_at": case.risk_reviewed_at,
                       "intervention": case.intervention, "mode": case.mode, "intervention_date": case.intervention_date}
        agreement = getattr(case, "agreement", None)
        if agreement is not None:
            out["case"]["agreement"] = {"agreed_on": agreement.agreed_on, "summary": agreement.summary,
                                        "items": [{"text": i.text, "owner": i.owner, "due": i.due}
                                                  for i in agreement.items.all()]}
    return out


@router.get("/cases/{pk}", summary="One case (give the purpose of access: it is logged)")
def case(request, pk: int, purpose: Text(300) = ""):
    user = _caller(request)
    referral = get_object_or_404(vis.hub_cases(user), pk=pk)
    if not purpose.strip():
        raise HttpError(400, "give the purpose of access (?purpose=...): it is logged")
    W.log_access(referral, user, "view", purpose.strip(), request.path)
    return case_detail(referral)

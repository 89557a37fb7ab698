"""The hub's pages: referral forms (partner agencies, and the public self-referral), the referrer's own
page, the coordinator's queue, the practitioners' and supervisors' case lists, and the case page.

Who may open what is decided in ``minutebook.store.visibility`` (hub section): anything else is a 404.
A case is shown only after the user gives the purpose of access; every view and change is logged."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import time

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_POST

from minutebook.hub import config
from minutebook.hub import deadlines as hub_deadlines
from minutebook.hub import outcomes as hub_outcomes
from minutebook.hub import privacy
from minutebook.hub import workflow as W
from minutebook.hub.forms import PurposeForm, ReferralForm, SelfReferralForm
from minutebook.hub.models import (
    CaseEvent, Consent, Message, Party, Practitioner, Referral, Sharing,
)
from minutebook.hub.rules import consent as C
from minutebook.hub.rules import eligibility as E
from minutebook.hub.rules import outcomes as O
from minutebook.hub.rules import stages as S
from minutebook.store import visibility as vis

PURPOSE_SECONDS = 30 * 60
SELF_REFERRALS_PER_HOUR = 5


def _need(request, role):
    if role not in vis.hub_roles(request.user):
        raise Http404("Not found")


def _nav(request, extra=None):
    return {"nav": "hub", "hub_roles": vis.hub_roles(request.user), **(extra or {})}


def _confined(request) -> bool:
    """The evaluation team and the scrutiny panel see the outcomes and nothing else of the hub."""
    return vis.hub_roles(request.user) == {vis.EVALUATION}


def home(request):
    roles = vis.hub_roles(request.user)
    if _confined(request):
        return redirect("hub-outcomes")
    for role, name in ((vis.COORDINATOR, "hub-queue"), (vis.SUPERVISOR, "hub-review"),
                       (vis.PRACTITIONER, "hub-cases"), (vis.REFERRER, "hub-mine")):
        if role in roles:
            return redirect(name)
    return render(request, "hub/home.html", _nav(request))


# ---------------------------------------------------------------- referrals in

@login_required
def refer(request):
    _need(request, vis.REFERRER)
    service = W.default_service()
    form = ReferralForm(request.POST or None, service=service)
    if request.method == "POST" and form.is_valid():
        try:
            referral = W.intake(service, form.referral_fields(request.user), form.parties(), user=request.user)
        except W.HubError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Referral {referral.reference} is received. You will get an e-mail at each "
                                      f"change of its status.")
            return redirect("hub-mine")
    return render(request, "hub/refer.html", _nav(request, {"form": form, "forms_with_errors": [form] if form.errors else []}))


def _client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def self_referral(request):
    if _confined(request):
        raise Http404("Not found")
    service = W.default_service()
    form = SelfReferralForm(request.POST or None, service=service)
    if request.method == "POST":
        key = f"hub:self-referral:{_client_ip(request)}"
        sent = [t for t in cache.get(key, []) if t > time.time() - 3600]
        if len(sent) >= SELF_REFERRALS_PER_HOUR:
            return render(request, "hub/self_referral.html", _nav(request, {"form": form, "throttled": True}), status=429)
        if form.is_valid():
            if form.cleaned_data["website"]:           # filled by robots only: accept silently, keep nothing
                return redirect("hub-self-referral-done")
            try:
                W.intake(service, form.referral_fields(), form.parties(), self_referral=True)
            except W.HubError as exc:
                form.add_error(None, str(exc))
            else:
                cache.set(key, sent + [time.time()], 3600)
                return redirect("hub-self-referral-done")
    return render(request, "hub/self_referral.html",
                  _nav(request, {"form": form, "forms_with_errors": [form] if form.errors else [], "service": service}))


def self_referral_done(request):
    if _confined(request):
        raise Http404("Not found")
    return render(request, "hub/self_referral_done.html", _nav(request))


@login_required
def mine(request):
    """The referrer's own referrals: status and dates only."""
    _need(request, vis.REFERRER)
    referrals = list(vis.hub_own_referrals(request.user).select_related("agency").order_by("-received", "-id")[:200])
    history = {}
    for e in (CaseEvent.objects.filter(referral__in=referrals).exclude(to_status="")
              .only("referral_id", "at", "to_status", "reason").order_by("at", "id")):
        history.setdefault(e.referral_id, []).append(e)
    for r in referrals:
        r.history = history.get(r.pk, [])
    return render(request, "hub/mine.html", _nav(request, {"referrals": referrals}))


# ---------------------------------------------------------------- lists

@login_required
def queue(request):
    _need(request, vis.COORDINATOR)
    rows = list(Referral.objects.filter(status__in=S.QUEUE).select_related("agency", "spoke", "duplicate_of", "service")
                .order_by("received", "id")[:500])
    shapes = {}
    for r in rows:
        shape = shapes.get(r.service_id) or shapes.setdefault(r.service_id, config.shape_of(r.service))
        r.eligibility = E.outcome(W.eligibility(r, shape))
    recent = (Referral.objects.exclude(status__in=S.QUEUE).select_related("spoke", "case__practitioner")
              .order_by("-status_changed", "-id")[:30])
    return render(request, "hub/queue.html", _nav(request, {"rows": rows, "recent": recent}))


@login_required
def deadlines(request):
    """The coordinator's list: open cases whose Victims' Code deadline is near or past, overdue first."""
    _need(request, vis.COORDINATOR)
    return render(request, "hub/deadlines.html", _nav(request, {"rows": hub_deadlines.attention(),
                                                                "today": timezone.localdate()}))


def practitioner_cases(practitioner, limit=200):
    return (Referral.objects.filter(case__practitioner=practitioner, status__in=S.CASE_STAGES)
            .select_related("case").only("id", "reference", "status", "status_changed", "received", "offence_type",
                                         "offence_area", "case__id", "case__opened")
            .order_by("-status_changed", "-id")[:limit])


@login_required
def cases(request):
    roles = vis.hub_roles(request.user)
    if not roles & {vis.PRACTITIONER, vis.SUPERVISOR}:
        raise Http404("Not found")
    mine = Practitioner.objects.filter(user=request.user, active=True).select_related("spoke").first()
    rows = list(practitioner_cases(mine)) if mine else []
    spoke_rows = []
    if vis.SUPERVISOR in roles:
        spoke_rows = (vis.hub_cases(request.user).filter(status__in=S.CASE_STAGES)
                      .select_related("case__practitioner").order_by("-status_changed")[:300])
    load = W.load_of(mine) if mine else None
    return render(request, "hub/cases.html", _nav(request, {"rows": rows, "practitioner": mine, "load": load,
                                                            "spoke_rows": spoke_rows}))


@login_required
def review(request):
    _need(request, vis.SUPERVISOR)
    rows = (vis.hub_cases(request.user).filter(status=S.RISK_REVIEW).select_related("case__practitioner", "case__spoke")
            .order_by("status_changed"))
    return render(request, "hub/review.html", _nav(request, {"rows": rows}))


# ---------------------------------------------------------------- one case

def _open(request, pk) -> Referral:
    """The referral if the user may open it; a 404 on every path otherwise (no hint that it exists)."""
    return get_object_or_404(vis.hub_cases(request.user).select_related("service", "agency", "spoke"), pk=pk)


def _purpose(request, referral) -> str | None:
    kept = request.session.get("hub_purpose", {}).get(str(referral.pk))
    if kept and kept[1] > time.time() - PURPOSE_SECONDS:
        return kept[0]
    return None


@login_required
def case(request, pk):
    referral = _open(request, pk)
    purpose = _purpose(request, referral)
    if purpose is None:
        form = PurposeForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            purposes = request.session.get("hub_purpose", {})
            purposes[str(referral.pk)] = [form.value(), time.time()]
            request.session["hub_purpose"] = purposes
            return redirect("hub-case", pk=referral.pk)
        return render(request, "hub/purpose.html", _nav(request, {"form": form, "referral_ref": referral.reference,
                                                                   "forms_with_errors": [form] if form.errors else []}))
    W.log_access(referral, request.user, "view", purpose, request.path)
    return render(request, "hub/case.html", _nav(request, _case_context(request, referral, purpose)))


def _case_context(request, referral, purpose):
    user = request.user
    roles = vis.hub_roles(user)
    case = getattr(referral, "case", None)
    parties = list(referral.parties.all())
    records = W.records_of(referral)
    for p in parties:
        p.takes_part = C.takes_part(records, str(p.pk))
        p.consent_rows = [c for c in Consent.objects.filter(party=p).order_by("on", "id")]
    ctx = {"r": referral, "case": case, "parties": parties, "purpose": purpose,
           "criteria": W.eligibility(referral), "events": referral.events.select_related("user").all(),
           "stage_label": referral.status_label, "steps": set(S.allowed(referral.status)),
           "is_coordinator": vis.COORDINATOR in roles,
           "may_work": case is not None and vis.hub_may(user, referral, "submit_risk"),
           "may_review": case is not None and vis.hub_may(user, referral, "approve_risk"),
           "interventions": S.INTERVENTIONS, "modes": S.MODES, "purposes": C.PURPOSES,
           "states": C.STATES, "bases": C.LAWFUL_BASES, "today": timezone.localdate(),
           "scores": [(5, "Very satisfied"), (4, "Satisfied"), (3, "Neither satisfied nor dissatisfied"),
                      (2, "Dissatisfied"), (1, "Very dissatisfied")],
           "sharings": Sharing.objects.filter(party__referral=referral).select_related("party"),
           "agencies": referral.service.agencies.all(), "deadlines": hub_deadlines.deadlines_of(referral),
           "rectifiable": [(f, Party._meta.get_field(f).verbose_name.capitalize()) for f in privacy.RECTIFIABLE]}
    ctx["may_correct"] = ctx["is_coordinator"] or ctx["may_work"]
    if ctx["is_coordinator"] and referral.status in S.QUEUE:
        ctx["proposal"] = W.proposal(referral)
        ctx["practitioners"] = Practitioner.objects.filter(service=referral.service, active=True).select_related("spoke")
    if case is not None:
        ctx["agreement"] = getattr(case, "agreement", None)
        answered = {q.party_id: q for q in case.questionnaires.all()}
        for p in parties:
            p.questionnaire = answered.get(p.pk)
    return ctx


def _date(value, default=None):
    if not value:
        return default
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise W.HubError(f"{value!r} is not a date (use the date picker, or YYYY-MM-DD)") from None


def _party(referral, value) -> Party:
    try:
        return referral.parties.get(pk=int(value))
    except (TypeError, ValueError, Party.DoesNotExist):
        raise W.HubError("choose the person") from None


def _tri(value):
    return {"yes": True, "no": False}.get(value)


@login_required
@require_POST
def act(request, pk, step):
    referral = _open(request, pk)
    purpose = _purpose(request, referral)
    if purpose is None:
        return redirect("hub-case", pk=referral.pk)
    roles, user, P = vis.hub_roles(request.user), request.user, request.POST
    coordinator_only = {"screen", "allocate", "close_ineligible"}
    if step in coordinator_only and vis.COORDINATOR not in roles:
        raise Http404("Not found")
    if step in ("review",) and not vis.hub_may(user, referral, "approve_risk"):
        raise Http404("Not found")
    if step not in coordinator_only | {"review"} and not vis.hub_may(user, referral, "submit_risk"):
        raise Http404("Not found")
    try:
        done = _do(referral, user, step, P)
    except W.HubError as exc:
        messages.error(request, f"Not done: {exc}.")
    else:
        W.log_access(referral, user, "change", purpose, request.path)
        messages.success(request, done)
    return redirect(reverse("hub-case", args=[referral.pk]) + f"#{step}")


def _do(referral, user, step, P) -> str:
    today = timezone.localdate()
    if step == "screen":
        r = W.screen(referral, user, P.get("direct_victim", "unknown"), P.get("offender_admits", "unknown"),
                     P.get("note", "").strip())
        return f"Screened: {r.status_label}."
    if step == "allocate":
        chosen = None
        if P.get("practitioner"):
            chosen = Practitioner.objects.filter(service=referral.service, pk=P.get("practitioner")).first()
            if chosen is None:
                raise W.HubError("choose a practitioner")
        r = W.allocate(referral, user, chosen, P.get("reason", ""))
        return f"{r.status_label}." + (f" {r.status_reason}" if r.status == S.WAITING else "")
    if step == "close_ineligible":
        W.close_ineligible(referral, user, P.get("reason", ""))
        return "Closed as not eligible; the referrer is told."
    if step == "conflict":
        practitioner = referral.case.practitioner
        W.declare_conflict(referral, practitioner, P.get("reason", ""), user)
        return "The conflict of interest is recorded: ask the coordinator to allocate the case again."
    if step == "assessment":
        if P.get("submit"):
            W.submit_risk(referral, user, P.get("assessment", ""), P.get("risk_assessment", ""), P.get("risk_level", ""))
            return "The risk assessment is with the supervisor. There must be no contact between the parties until it is reviewed."
        W.save_assessment(referral, user, P.get("assessment", ""), P.get("risk_assessment", ""), P.get("risk_level", ""))
        return "The assessment is saved."
    if step == "review":
        approve = P.get("decision") == "approve"
        if P.get("decision") not in ("approve", "return"):
            raise W.HubError("choose whether the risk assessment is agreed or returned")
        W.review_risk(referral, user, approve, P.get("note", "").strip())
        return "Risk assessment reviewed: preparation can start." if approve else "Returned to the practitioner."
    if step == "consent":
        party = _party(referral, P.get("party"))
        W.record_consent(party, user, P.get("purpose", ""), P.get("state", ""), _date(P.get("on"), today),
                         P.get("lawful_basis", "consent"), P.get("agency", ""), P.get("note", "").strip())
        return f"Consent recorded for {party}."
    if step == "share":
        party = _party(referral, P.get("party"))
        W.share(party, user, P.get("agency", ""), P.get("what", ""))
        return f"Sharing with {P.get('agency')} recorded."
    if step == "intervention":
        W.start_intervention(referral, user, P.get("intervention", ""), P.get("mode", ""), _date(P.get("on")),
                             P.get("note", "").strip())
        return "The intervention is arranged."
    if step == "held":
        W.intervention_held(referral, user, _date(P.get("on"), today), P.get("note", "").strip())
        return "The intervention is recorded as held."
    if step == "agreement":
        items = [{"text": P.get(f"item-{i}-text", ""), "owner": P.get(f"item-{i}-owner", ""),
                  "due": _date(P.get(f"item-{i}-due"))} for i in range(1, 4)]
        W.record_agreement(referral, user, _date(P.get("on"), today), P.get("summary", "").strip(), items)
        return "The outcome agreement is recorded."
    if step == "questionnaire":
        party = _party(referral, P.get("party"))
        score = P.get("satisfaction")
        W.record_questionnaire(referral, user, party, _date(P.get("on"), today), P.get("declined") == "on",
                               int(score) if score and score.isdigit() else None, _tri(P.get("felt_safe")),
                               _tri(P.get("would_recommend")), P.get("comments", "").strip())
        return f"Questionnaire recorded for {party}."
    if step == "first_contact":
        party = _party(referral, P.get("party"))
        W.record_first_contact(referral, user, _date(P.get("on"), today), party, P.get("how", ""))
        return f"First contact with {party} recorded."
    if step == "rectify":
        party = _party(referral, P.get("party"))
        field, value = P.get("field", ""), P.get("value", "").strip()
        if field in ("interpreter", "in_custody"):
            value = value.lower() in ("yes", "y", "true", "1")
        try:
            changed = privacy.rectify(party, user, {field: value}, P.get("reason", ""))
        except (privacy.PrivacyError, ValidationError) as exc:
            raise W.HubError(exc.messages[0] if isinstance(exc, ValidationError) else str(exc)) from None
        return f"Corrected for {party}: {', '.join(changed)} (logged)."
    if step == "close":
        W.close(referral, user, P.get("note", "").strip())
        return "The case is closed."
    if step == "withdraw":
        W.withdraw(referral, user, _party(referral, P.get("party")), P.get("reason", ""))
        return "The case is closed as withdrawn."
    raise Http404("Not found")


@login_required
def subject_access(request, pk, party):
    """Everything held on one person (every referral they are in), nothing on anyone else: the coordinator's."""
    _need(request, vis.COORDINATOR)
    referral = _open(request, pk)
    person = get_object_or_404(Party, referral=referral, pk=party)
    purpose = _purpose(request, referral)
    if purpose is None:
        return redirect("hub-case", pk=referral.pk)
    body = json.dumps(privacy.subject_access(person, request.user, f"subject access request: {purpose}"), indent=2,
                      default=str)
    response = HttpResponse(body, content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="{referral.reference}-subject-access.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def export(request, pk):
    """Everything on one case as a JSON file (for the case file): needs the purpose, logged as an export."""
    referral = _open(request, pk)
    purpose = _purpose(request, referral)
    if purpose is None:
        return redirect("hub-case", pk=referral.pk)
    W.log_access(referral, request.user, "export", purpose, request.path)
    from minutebook.hub.api import case_detail

    body = json.dumps(case_detail(referral), indent=2, default=str)
    response = HttpResponse(body, content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="{referral.reference}.json"'
    response["Cache-Control"] = "private, no-store"
    return response


# ---------------------------------------------------------------- outcomes (the funder and the scrutiny panel)

OUTCOMES_ROLES = {vis.EVALUATION, vis.COORDINATOR}


def _outcomes(request):
    """The filters of the outcomes pages: (service, first day, last day, borough, period key, label, problems)."""
    if not vis.hub_roles(request.user) & OUTCOMES_ROLES:
        raise Http404("Not found")
    service = W.default_service()
    today = timezone.localdate()
    problems = []
    key = request.GET.get("period", "all") or "all"
    try:
        start, end, label = O.period_of(key, today)
    except ValueError:
        problems.append("Period: choose one from the list")
        key, (start, end, label) = "all", O.period_of("all", today)
    given = {}
    for name in ("from", "to"):
        if request.GET.get(name):
            try:
                given[name] = dt.date.fromisoformat(request.GET[name])
            except ValueError:
                problems.append(f"{'From' if name == 'from' else 'To'}: give a date as YYYY-MM-DD (for example 2018-04-01)")
    if given:
        start, end, key = given.get("from", start), given.get("to", end), ""
        if start and end and start > end:
            problems.append("To: the last day cannot be before the first day")
            start, end = end, start
        label = f"{_uk(start) if start else 'the start'} to {_uk(end) if end else 'today'}"
    areas = list(service.areas.order_by("name").values_list("name", flat=True))
    borough = request.GET.get("borough", "")
    if borough and borough not in areas:
        problems.append("Borough: choose one from the list")
        borough = ""
    return service, start, end, borough, key, label, problems, areas


def _uk(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _bars(items, width=300):
    """Bars for an inline SVG chart: a suppressed or withheld figure has no bar, only its text."""
    numbers = [v for _, v in items if isinstance(v, (int, float))]
    top = max(numbers, default=0) or 1
    out = []
    for i, (label, value) in enumerate(items):
        length = round(width * value / top) if isinstance(value, (int, float)) else 0
        text = {O.SUPPRESSED: "fewer than 5", O.WITHHELD: "withheld", None: "none"}.get(value, value) \
            if not isinstance(value, (int, float)) else f"{value:,}"
        out.append({"label": label, "value": value, "text": text, "length": length, "y": i * 30,
                    "text_x": 270 + length + 6, "text_y": i * 30 + 15})
    return {"bars": out, "height": len(items) * 30}


@login_required
@require_GET
def outcomes(request):
    """The dashboard: the funnel, its breakdowns, time to first contact and satisfaction, anonymised and suppressed."""
    service, start, end, borough, key, label, problems, areas = _outcomes(request)
    shown = hub_outcomes.figures(service, start, end, borough)
    f = shown["funnel"]["counts"]
    charts = {"funnel": _bars([(s["label"], f[s["key"]]) for s in shown["stages"]])}
    spokes = shown["breakdowns"]["spoke"]["rows"]
    charts["spoke"] = _bars([(r["value"], r["counts"]["referred"]) for r in spokes])
    for role, s in shown["satisfaction"].items():
        charts[role] = _bars([(O.SCORES[int(score)], n) for score, n in s["scores"].items()])
    funnel_rows = [{"key": s["key"], "label": s["label"], "count": f[s["key"]],
                    "percent": shown["funnel"]["percent_of_referred"].get(s["key"])} for s in shown["stages"]]
    breakdowns = [{"key": k, "label": b["label"],
                   "rows": [{"value": r["value"], "cells": [r["counts"][s["key"]] for s in shown["stages"]]}
                            for r in b["rows"]]} for k, b in shown["breakdowns"].items()]
    victim, offender = shown["satisfaction"]["victim"]["scores"], shown["satisfaction"]["offender"]["scores"]
    satisfaction_rows = [(O.SCORES[int(k)], victim[k], offender[k]) for k in victim]
    query = request.GET.urlencode()
    return render(request, "hub/outcomes.html", _nav(request, {
        "funnel_rows": funnel_rows, "breakdowns": breakdowns, "satisfaction_rows": satisfaction_rows,
        "shown": shown, "charts": charts, "period_label": label, "period_key": key, "periods": O.periods(timezone.localdate()),
        "borough": borough, "areas": areas, "problems": problems, "query": f"?{query}" if query else "",
        "from_value": request.GET.get("from", ""), "to_value": request.GET.get("to", ""),
        "stages": shown["stages"], "target": service.first_contact_working_days}))


def _download_name(service, start, end, borough, ext):
    parts = [service.slug, "outcomes", start.isoformat() if start else "start", "to",
             end.isoformat() if end else timezone.localdate().isoformat()]
    if borough:
        parts.append(slugify(borough))
    return "-".join(parts) + f".{ext}"


@login_required
@require_GET
def outcomes_csv(request):
    service, start, end, borough, *_ = _outcomes(request)
    out = io.StringIO()
    csv.writer(out).writerows(O.csv_rows(hub_outcomes.figures(service, start, end, borough)))
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_download_name(service, start, end, borough, "csv")}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def outcomes_json(request):
    service, start, end, borough, *_ = _outcomes(request)
    body = json.dumps(hub_outcomes.figures(service, start, end, borough), indent=2, ensure_ascii=False)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_download_name(service, start, end, borough, "json")}"'
    response["Cache-Control"] = "private, no-store"
    return response

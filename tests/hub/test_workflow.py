"""Referrals through the hub on the database: allocation, overflow, consent, the whole case, and e-mail to the referrer."""
import datetime as dt

import pytest

from hubworld import parties
from minutebook.hub import workflow as W
from minutebook.hub.models import Case, CaseEvent, Message, Practitioner, Referral
from minutebook.hub.rules import stages as S

TODAY = dt.date(2018, 1, 10)


def fill(practitioner, n, refer):
    """Give a practitioner ``n`` open cases (allocated by the coordinator's override)."""
    for i in range(n):
        r = refer(crime_reference=f"fill-{practitioner.pk}-{i}", parties=parties(f"Filler {practitioner.pk} {i}"))
        W.allocate(r, None, practitioner=practitioner, reason="test load")


def screened(hub, r):
    return W.screen(r, hub.coordinator, direct_victim="yes", offender_admits="yes")


def test_bromley_goes_to_south_east_and_the_practitioner_with_most_free_capacity(hub, refer):
    r = screened(hub, refer())
    assert r.status == S.ASSESSMENT and r.case.spoke.slug == "south-east"
    assert r.case.practitioner == hub.se2                   # capacity 15 against 12, both empty
    assert "South East covers the offence's borough, Bromley" in r.case.allocation_reason
    fill(hub.se2, 10, refer)                                # se2: 4 free; se1: 12 free
    r = screened(hub, refer(crime_reference="x-2", parties=parties("Other Victim")))
    assert r.case.practitioner == hub.se1


def test_victim_living_in_london_decides_the_spoke_when_the_offence_was_outside(hub, refer):
    r = screened(hub, refer(offence_area="Sevenoaks", home_area="Harrow"))
    assert r.case.spoke.slug == "north-west" and r.case.practitioner == hub.nw1


def test_conflict_of_interest_is_left_out(hub, refer):
    r = refer()
    W.declare_conflict(r, hub.se2, "knows the victim's family")
    r = screened(hub, r)
    assert r.case.practitioner == hub.se1


def test_full_spoke_waits_in_the_queue_then_is_allocated_when_capacity_frees(hub, refer):
    Practitioner.objects.filter(spoke__slug="south-east").update(capacity=0)
    r = screened(hub, refer())
    assert r.status == S.WAITING and not Case.objects.filter(referral=r).exists()
    assert "spoke full" in r.status_reason and r.spoke.slug == "south-east"
    Practitioner.objects.filter(pk=hub.se1.pk).update(capacity=1)
    assert W.retry_waiting(r.spoke) == 1
    r.refresh_from_db()
    assert r.status == S.ASSESSMENT and r.case.practitioner == hub.se1


def test_coordinator_override_needs_a_reason(hub, refer):
    r = refer()
    with pytest.raises(W.HubError, match="reason"):
        W.allocate(r, hub.coordinator, practitioner=hub.se1, reason="")
    r = W.allocate(r, hub.coordinator, practitioner=hub.nw1, reason="victim works in Harrow")
    assert r.case.practitioner == hub.nw1 and "victim works in Harrow" in r.case.allocation_reason


def test_ineligible_referral_is_closed_with_its_reason_and_the_referrer_told(hub, refer):
    r = W.screen(refer(), hub.coordinator, direct_victim="yes", offender_admits="no")
    assert r.status == S.INELIGIBLE and "does not admit any responsibility" in r.status_reason
    message = Message.objects.filter(referral=r).last()
    assert message.to == "pc.jones@met.example.org" and "not eligible" in message.subject
    assert "does not admit" in message.body


def test_duplicate_referral_is_flagged(hub, refer):
    first = refer()
    again = refer(crime_reference="", agency=hub.police, parties=parties("vera  VICTIM", "Owen Offender"))
    assert again.duplicate_of == first
    by_ref = refer(parties=parties("Someone Else", "Nobody"))
    assert by_ref.duplicate_of == first
    assert refer(crime_reference="", parties=parties("Third Person", "Nobody")).duplicate_of is None


def allocated_case(hub, refer):
    r = screened(hub, refer())
    r = W.submit_risk(r, hub.se2.user, "Met the victim.", "No known risk of further harm.", "low")
    return W.review_risk(r, hub.se_supervisor.user, True, "Agreed: low risk.")


def test_consent_withdrawal_stops_the_case(hub, refer):
    r = allocated_case(hub, refer)
    victim, offender = r.parties.order_by("id")
    for p in (victim, offender):
        W.record_consent(p, hub.se2.user, "take_part", "given", TODAY)
    r = W.start_intervention(r, hub.se2.user, S.SHUTTLE, S.INDIRECT, TODAY)
    assert r.status == S.INTERVENTION
    W.record_consent(offender, hub.se2.user, "take_part", "withdrawn", TODAY, note="no longer wishes to take part")
    r.refresh_from_db()
    assert r.status == S.WITHDRAWN and "Owen Offender withdrew consent" in r.status_reason
    assert r.case.closed is not None
    with pytest.raises(W.HubError):
        W.intervention_held(r, hub.se2.user, TODAY)


def test_nothing_scheduled_or_shared_without_consent(hub, refer):
    r = allocated_case(hub, refer)
    victim, offender = r.parties.order_by("id")
    W.record_consent(victim, hub.se2.user, "take_part", "given", TODAY)
    with pytest.raises(W.HubError, match="no consent to take part from Owen Offender"):
        W.start_intervention(r, hub.se2.user, S.SHUTTLE, S.INDIRECT, TODAY)
    with pytest.raises(W.HubError, match="not consented to information being shared with Victim Support"):
        W.share(victim, hub.se2.user, "Victim Support", "contact details")
    W.record_consent(victim, hub.se2.user, "share", "given", TODAY, agency="Victim Support", lawful_basis="consent")
    W.share(victim, hub.se2.user, "Victim Support", "contact details")
    with pytest.raises(W.HubError):
        W.share(victim, hub.se2.user, "National Probation Service", "contact details")


def test_no_contact_before_the_supervisor_reviews(hub, refer):
    r = screened(hub, refer())
    for p in r.parties.all():
        W.record_consent(p, hub.se2.user, "take_part", "given", TODAY)
    r = W.submit_risk(r, hub.se2.user, "Met the victim.", "Risk noted.", "medium")
    with pytest.raises(W.HubError, match="cannot start intervention"):
        W.start_intervention(r, hub.se2.user, S.CONFERENCE, S.DIRECT, TODAY)
    r = W.review_risk(r, hub.se_supervisor.user, False, "Say more about the risk at home.")
    assert r.status == S.ASSESSMENT


def test_the_whole_case_with_an_email_to_the_referrer_at_each_change(hub, refer, smtp, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        r = refer()
        r = screened(hub, r)
        r = W.submit_risk(r, hub.se2.user, "Met both.", "Low.", "low")
        r = W.review_risk(r, hub.se_supervisor.user, True, "Fine.")
        victim, offender = r.parties.order_by("id")
        for p in (victim, offender):
            W.record_consent(p, hub.se2.user, "take_part", "given", TODAY)
        r = W.start_intervention(r, hub.se2.user, S.SHUTTLE, S.INDIRECT, TODAY)
        r = W.intervention_held(r, hub.se2.user, TODAY, "Three exchanges.")
        r = W.record_agreement(r, hub.se2.user, TODAY, "Apology and repair.",
                               [{"text": "Repair the shed door", "owner": "Owen Offender", "due": dt.date(2018, 2, 1)}])
        with pytest.raises(W.HubError, match="questionnaire"):
            W.close(r, hub.se2.user)
        W.record_questionnaire(r, hub.se2.user, victim, TODAY, False, satisfaction=5, felt_safe=True)
        W.record_questionnaire(r, hub.se2.user, offender, TODAY, True)
        r = W.close(r, hub.se2.user)
    assert r.status == S.CLOSED
    statuses = list(CaseEvent.objects.filter(referral=r).exclude(to_status="").values_list("to_status", flat=True))
    assert statuses == [S.RECEIVED, S.ASSESSMENT, S.RISK_REVIEW, S.PREPARATION, S.INTERVENTION, S.OUTCOME,
                        S.FOLLOW_UP, S.CLOSED]
    mail = smtp.wait_for("pc.jones@met.example.org", len(statuses))
    assert [m["subject"] for m in mail] == [f"Referral {r.reference}: {S.LABELS[s]}" for s in statuses]
    for m in mail:                      # status and dates only: no case notes, no names
        for secret in ("Shed broken into", "Met both", "Three exchanges", "Repair the shed", "Vera", "Owen"):
            assert secret not in m["body"]
    assert all(m.sent for m in Message.objects.filter(referral=r))
    assert all(e.user_id or e.to_status == S.RECEIVED for e in CaseEvent.objects.filter(referral=r).exclude(to_status=""))


def test_a_self_referrer_is_told_only_when_safe_by_e_mail(hub, smtp, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        by_email = W.intake(hub.service, dict(referrer_name="Sal", offence_type="Harassment", cj_stage="never_reported",
                                              offence_area="Croydon"),
                            [dict(role="victim", name="Sal Self", email="sal@example.org", safe_to_contact="yes",
                                  contact_by="email"), dict(role="offender", name="")], self_referral=True)
        W.intake(hub.service, dict(referrer_name="Pat", offence_type="Assault", cj_stage="never_reported"),
                 [dict(role="victim", name="Pat Phone", email="pat@example.org", safe_to_contact="yes",
                       contact_by="phone"), dict(role="offender", name="")], self_referral=True)
    [mail] = smtp.wait_for("sal@example.org", 1)
    assert mail["subject"] == f"Referral {by_email.reference}: Received: waiting to be screened"
    assert "/hub/referrals/mine" not in mail["body"]
    assert smtp.to("pat@example.org") == []           # asked to be phoned: no e-mail

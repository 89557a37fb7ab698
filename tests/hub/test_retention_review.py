"""The retention review anonymises the cases closed more than the configured years ago: no name, address,
telephone number or e-mail address is left in them, and every figure is the same before and after."""
import datetime as dt

from django.db.models import Model
from django.utils import timezone

from hubworld import whole_case
from minutebook.hub import privacy
from minutebook.hub.models import (
    AccessLog, AgreementItem, Case, CaseEvent, Consent, Message, OutcomeAgreement, Party, Questionnaire, Referral,
    Sharing,
)

SECRETS = ("Vera", "Owen", "vera@example.org", "020 7946 0000", "PC Sam Jones",
           "pc.jones@met.example.org", "01/123456/18", "Shed broken into", "1 High Street")


def figures():
    """What the figures are made of: every column that is not a name, contact or free text."""
    def rows(model, *fields):
        return sorted(model.objects.values_list(*fields))
    return {
        "referrals": rows(Referral, "id", "status", "received", "status_changed", "self_referral", "agency", "offence_type",
                          "offence_area", "home_area", "cj_stage", "enhanced_rights", "reported_date", "informed_date",
                          "asked_date", "spoke", "direct_victim", "offender_admits"),
        "parties": rows(Party, "id", "referral", "role", "referred", "safe_to_contact", "contact_by", "interpreter",
                        "in_custody"),
        "cases": rows(Case, "id", "spoke", "practitioner", "opened", "closed", "first_contact", "risk_level",
                      "intervention", "mode", "intervention_date", "withdrawn_by"),
        "events": rows(CaseEvent, "id", "referral", "at", "from_status", "to_status"),
        "consents": rows(Consent, "id", "party", "purpose", "state", "on", "lawful_basis", "agency"),
        "questionnaires": rows(Questionnaire, "id", "party", "on", "declined", "satisfaction", "felt_safe",
                               "would_recommend"),
        "agreements": rows(OutcomeAgreement, "id", "agreed_on"), "items": rows(AgreementItem, "id", "due", "done"),
        "access": rows(AccessLog, "id", "at", "action"),
    }


def text_of(referral) -> str:
    """Every text column of every row that belongs to the referral."""
    out = []
    def add(qs):
        for row in qs:
            for f in row._meta.concrete_fields:
                value = getattr(row, f.attname)
                if isinstance(value, str):
                    out.append(value)
    add([Referral.objects.get(pk=referral.pk)])
    add(Party.objects.filter(referral=referral))
    add(Case.objects.filter(referral=referral))
    add(CaseEvent.objects.filter(referral=referral))
    add(Consent.objects.filter(party__referral=referral))
    add(Sharing.objects.filter(party__referral=referral))
    add(OutcomeAgreement.objects.filter(case__referral=referral))
    add(AgreementItem.objects.filter(agreement__case__referral=referral))
    add(Questionnaire.objects.filter(case__referral=referral))
    add(Message.objects.filter(referral=referral))
    add(AccessLog.objects.filter(referral=referral))
    return "\n".join(out)


def closed_years_ago(referral, years, days=0):
    when = timezone.now() - dt.timedelta(days=365 * years + 2 + days)
    Referral.objects.filter(pk=referral.pk).update(status_changed=when)
    Case.objects.filter(referral=referral).update(closed=when)


def test_old_closed_cases_are_anonymised_with_every_figure_kept(hub, refer):
    from minutebook.hub import workflow as W

    old = whole_case(hub, refer)
    Party.objects.filter(referral=old, role="victim").update(address="1 High Street, Bromley")
    recent = whole_case(hub, refer, victim="Rita Recent", offender="Rob Recent")
    still_open = W.screen(refer(crime_reference="open", parties=[dict(role="victim", name="Olive Open"),
                                                                   dict(role="offender", name="")]),
                          hub.coordinator, direct_victim="yes", offender_admits="yes")
    closed_years_ago(old, 7)                       # the shipped configuration keeps closed cases 6 years
    closed_years_ago(recent, 5)
    W.log_access(old, hub.coordinator, "view", "checking Vera Victim's file")
    before = figures()
    assert privacy.retention_review(hub.service, dry_run=True) == [old.reference]
    assert "Vera" in text_of(old)                  # a dry run changes nothing
    assert privacy.retention_review(hub.service) == [old.reference]
    assert figures() == before
    left = text_of(old)
    for secret in SECRETS:
        assert secret not in left, secret
    assert Referral.objects.get(pk=old.pk).anonymised is not None
    assert "Rita Recent" in text_of(recent) and "Olive Open" in text_of(still_open)
    assert privacy.retention_review(hub.service) == []          # once only


def test_the_period_comes_from_the_configuration(hub, refer):
    from minutebook.hub.models import Service

    old = whole_case(hub, refer)
    closed_years_ago(old, 3)
    assert privacy.retention_review(hub.service) == []
    Service.objects.filter(pk=hub.service.pk).update(
        config=hub.service.config.replace("retention_years = 6", "retention_years = 2"))
    hub.service.refresh_from_db()
    assert privacy.records_of(hub.service).retention_years == 2
    assert privacy.retention_review(hub.service) == [old.reference]

"""A loaded hub for tests: the shipped Restore:London configuration, users of each role with a password."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

PASSWORD = "hub-pass-12345"


def make_hub(django_user_model):
    from django.contrib.auth.models import Group

    from minutebook.hub import config
    from minutebook.hub.models import Agency, Practitioner, Supervisor

    service = config.load_file(config.SHIPPED)
    users = {}
    for user in django_user_model.objects.filter(groups__name__in=["coordinator", "practitioner", "supervisor"]):
        user.set_password(PASSWORD)
        user.save()
        users[user.username] = user
    officer = django_user_model.objects.create_user("pc-jones", "pc.jones@met.example.org", PASSWORD,
                                                    first_name="Sam", last_name="Jones")
    officer.groups.add(Group.objects.get(name="referrer"))
    analyst = django_user_model.objects.create_user("analyst", "analyst@mopac.example.org", PASSWORD)
    analyst.groups.add(Group.objects.get(name="evaluation"))
    clerk = django_user_model.objects.create_user("clerk", "clerk@example.org", PASSWORD)
    clerk.groups.add(Group.objects.get_or_create(name="clerk")[0])
    p = {x.user.username: x for x in Practitioner.objects.select_related("user", "spoke")}
    return SimpleNamespace(service=service, officer=officer, analyst=analyst, clerk=clerk,
                           coordinator=users["hub-coordinator"], se1=p["se-practitioner-1"], se2=p["se-practitioner-2"],
                           nw1=p["nw-practitioner-1"], se_supervisor=Supervisor.objects.get(user__username="se-supervisor"),
                           nw_supervisor=Supervisor.objects.get(user__username="nw-supervisor"),
                           police=Agency.objects.get(name="Metropolitan Police Service"))


def referral_fields(hub, **kw):
    fields = dict(agency=hub.police, referrer_name="PC Sam Jones", referrer_email="pc.jones@met.example.org",
                  offence_type="Burglary", offence_date=dt.date(2018, 1, 3), reported_date=dt.date(2018, 1, 3),
                  crime_reference="01/123456/18", offence_area="Bromley", home_area="Bromley", cj_stage="charged",
                  enhanced_rights=False, summary="Shed broken into; tools taken.")
    fields.update(kw)
    return fields


def parties(victim="Vera Victim", offender="Owen Offender"):
    return [dict(role="victim", name=victim, email="vera@example.org", phone="020 7946 0000", safe_to_contact="yes",
                 contact_by="phone", language="English"),
            dict(role="offender", name=offender, in_custody=False)]


def whole_case(hub, refer, victim="Vera Victim", offender="Owen Offender", on=dt.date(2018, 1, 10), **kw):
    """A referral worked to closure: consents, sharing, an intervention, an outcome agreement and both
    questionnaires, with the people named in the notes (as practitioners write them)."""
    from minutebook.hub import workflow as W
    from minutebook.hub.rules import stages as S

    who = kw.pop("parties", None) or parties(victim, offender)
    r = refer(parties=who, **kw)
    r = W.screen(r, hub.coordinator, direct_victim="yes", offender_admits="yes")
    worker = r.case.practitioner.user
    W.record_first_contact(r, worker, timezone_today(), r.parties.order_by("id")[0], "telephone")
    r = W.submit_risk(r, worker, f"Met {victim} at home; {offender} by letter.", f"{offender} is low risk.", "low")
    r = W.review_risk(r, hub.se_supervisor.user, True, "Agreed.")
    v, o = r.parties.order_by("id")
    for p in (v, o):
        W.record_consent(p, worker, "take_part", "given", on, note=f"{p.name} agreed on the phone")
    W.record_consent(v, worker, "share", "given", on, agency="Victim Support")
    W.share(v, worker, "Victim Support", f"{victim} would like support after the conference")
    r = W.start_intervention(r, worker, S.CONFERENCE, S.DIRECT, on)
    r = W.intervention_held(r, worker, on, f"{victim} and {offender} met; {offender} apologised.")
    r = W.record_agreement(r, worker, on, f"{offender} apologises to {victim}.",
                           [{"text": "Repair the shed door", "owner": offender, "due": dt.date(2018, 2, 1)}])
    W.record_questionnaire(r, worker, v, on, False, satisfaction=5, felt_safe=True, would_recommend=True,
                           comments=f"{offender} listened to me")
    W.record_questionnaire(r, worker, o, on, False, satisfaction=4, comments=f"Glad I met {victim}")
    return W.close(r, worker, "All done.")


def timezone_today():
    from django.utils import timezone

    return timezone.localdate()

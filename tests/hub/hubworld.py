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

"""Access by role and spoke: another spoke's practitioner (and anyone without the right) gets a 404 on every
path; a case is shown only after the purpose is given, and every view and change is logged with it."""
import pytest
from django.test import Client

from hubworld import PASSWORD
from minutebook.hub import workflow as W
from minutebook.hub.models import AccessLog
from minutebook.web.models import ApiToken

SECRET_NAME = "Vera Victim"


@pytest.fixture
def case(hub, refer):
    r = refer()
    return W.screen(r, hub.coordinator, direct_victim="yes", offender_admits="yes")


def signed_in(user):
    c = Client()
    c.force_login(user)
    return c


def case_paths(r):
    return [("get", f"/hub/referrals/{r.pk}/"), ("post", f"/hub/referrals/{r.pk}/"),
            ("post", f"/hub/referrals/{r.pk}/do/assessment"), ("post", f"/hub/referrals/{r.pk}/do/consent"),
            ("post", f"/hub/referrals/{r.pk}/do/withdraw"), ("get", f"/hub/referrals/{r.pk}/export.json"),
            ("get", f"/api/hub/cases/{r.pk}?purpose=curious")]


def test_a_practitioner_of_another_spoke_gets_404_on_every_path(hub, case):
    assert case.case.practitioner.spoke.slug == "south-east"
    for user in (hub.nw1.user, hub.nw_supervisor.user, hub.officer, hub.analyst, hub.clerk):
        client = signed_in(user)
        for method, path in case_paths(case):
            data = {"purpose": "Working the case", "party": case.parties.first().pk, "reason": "x"}
            r = getattr(client, method)(path, data) if method == "post" else client.get(path)
            assert r.status_code == 404, (user.username, method, path, r.status_code)
            assert SECRET_NAME.encode() not in r.content
    # through an API token too
    _, token = ApiToken.issue(hub.nw1.user)
    r = Client().get(f"/api/hub/cases/{case.pk}?purpose=x", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert r.status_code == 404
    # and the anonymous public
    for method, path in case_paths(case):
        r = getattr(Client(), method)(path)
        assert r.status_code in (302, 404) and SECRET_NAME.encode() not in r.content
        if r.status_code == 302:
            assert r["Location"].startswith("/accounts/login/")
    assert not AccessLog.objects.filter(user__in=[hub.nw1.user, hub.analyst, hub.clerk]).exists()


def test_lists_show_only_what_the_role_allows(hub, case):
    assert signed_in(hub.nw1.user).get("/hub/queue").status_code == 404
    assert case.reference not in signed_in(hub.nw1.user).get("/hub/cases/").content.decode()
    assert case.reference in signed_in(hub.se2.user).get("/hub/cases/").content.decode()
    assert case.reference not in signed_in(hub.se1.user).get("/hub/cases/").content.decode()
    assert signed_in(hub.nw1.user).get("/api/hub/queue").status_code == 404
    assert case.reference not in signed_in(hub.nw1.user).get("/api/hub/cases").content.decode()
    assert signed_in(hub.analyst).get("/hub/cases/").status_code == 404


def test_the_purpose_is_asked_before_the_case_is_shown_and_every_access_is_logged(hub, case):
    client = signed_in(hub.se2.user)
    first = client.get(f"/hub/referrals/{case.pk}/")
    page = first.content.decode()
    assert "Why are you opening" in page and SECRET_NAME not in page
    assert not AccessLog.objects.exists() or not AccessLog.objects.filter(user=hub.se2.user).exists()
    client.post(f"/hub/referrals/{case.pk}/", {"purpose": "other", "other": "calling the victim back"})
    page = client.get(f"/hub/referrals/{case.pk}/").content.decode()
    assert SECRET_NAME in page
    client.post(f"/hub/referrals/{case.pk}/do/assessment", {"assessment": "Called.", "risk_assessment": "",
                                                            "risk_level": "low", "save": "1"})
    client.get(f"/hub/referrals/{case.pk}/export.json")
    api = client.get(f"/api/hub/cases/{case.pk}")
    assert api.status_code == 400 and "purpose" in api.json()["detail"]
    assert client.get(f"/api/hub/cases/{case.pk}?purpose=checking+dates").json()["reference"] == case.reference
    log = list(AccessLog.objects.filter(user=hub.se2.user).order_by("at", "id").values_list("action", "purpose"))
    assert log == [("view", "calling the victim back"), ("change", "calling the victim back"),
                   ("export", "calling the victim back"), ("view", "checking dates")]
    assert all(e.at and e.path for e in AccessLog.objects.filter(user=hub.se2.user))

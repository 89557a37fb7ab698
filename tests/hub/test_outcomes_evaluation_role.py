"""The evaluation team (and the scrutiny panel) see the outcomes and nothing else: walking every URL pattern of
the hub (its pages and its API) as an evaluation user, each answers 404 for GET and POST (or
405 to a method the route takes from no one), by session and by
API token, except the outcomes pages (the hub's home sends them there)."""
import json
import re

import pytest
from django.test import Client
from django.urls import URLResolver, get_resolver

from minutebook.hub import workflow as W
from minutebook.hub.models import AccessLog
from minutebook.web.models import ApiToken

OUTCOMES = {"hub/outcomes/", "hub/outcomes/figures.csv", "hub/outcomes/figures.json"}
REFERRAL = {"agency": "Metropolitan Police Service", "offence_type": "Burglary", "offence_area": "Bromley",
            "cj_stage": "charged", "crime_reference": "", "reason": "x",
            "parties": [{"role": "victim", "name": "Nia Newman"}, {"role": "offender", "name": "Oli Orme"}]}


def hub_routes():
    def walk(patterns, prefix=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                yield from walk(p.url_patterns, prefix + str(p.pattern))
            else:
                yield prefix + str(p.pattern)
    return sorted({r for r in walk(get_resolver().url_patterns) if r.startswith(("hub/", "api/hub/"))})


def fill(route, referral):
    values = {"pk": referral.pk, "party": referral.parties.first().pk, "step": "consent"}
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(values[m.group(1)]), route)


def hidden(response, method):
    """404; or 405 when the route takes no such method from anyone (a GET to a form's POST-only action)."""
    return response.status_code == 404 or (response.status_code == 405 and method not in response["Allow"])


@pytest.fixture
def case(hub, refer):
    r = refer()
    return W.screen(r, hub.coordinator, direct_victim="yes", offender_admits="yes")


def test_every_hub_path_but_the_outcomes_is_404_for_the_evaluation_team(hub, case):
    routes = hub_routes()
    assert len(routes) >= 20 and OUTCOMES <= set(routes)
    assert "hub/referrals/<int:pk>/people/<int:party>/subject-access.json" in routes
    session = Client()
    session.force_login(hub.analyst)
    _, token = ApiToken.issue(hub.analyst)
    bearer = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    seen = []
    for route in routes:
        path = fill(route, case)
        clients = [("session", session)] + ([("token", bearer)] if route.startswith("api/") else [])
        for how, client in clients:
            got = client.get(path)
            posted = (client.post(path, json.dumps(REFERRAL), content_type="application/json")
                      if route.startswith("api/") else
                      client.post(path, {"purpose": "Evaluation", "party": case.parties.first().pk, "reason": "x",
                                         "name": "Nia Newman", "offence_type": "Burglary"}))
            if route in OUTCOMES:
                assert got.status_code == 200, (how, path)
                assert posted.status_code == 405, (how, path)
            elif route == "hub/":
                assert got.status_code == 302 and got["Location"] == "/hub/outcomes/", (how, path)
                assert posted.status_code == 302 and posted["Location"] == "/hub/outcomes/"
            else:
                assert hidden(got, "GET"), (how, "GET", path, got.status_code)
                assert hidden(posted, "POST"), (how, "POST", path, posted.status_code)
            for r in (got, posted):
                assert b"Vera Victim" not in r.content and b"Nia Newman" not in r.content
            seen.append(path)
    assert f"/hub/referrals/{case.pk}/people/{case.parties.first().pk}/subject-access.json" in seen
    assert f"/api/hub/cases/{case.pk}" in seen
    assert not AccessLog.objects.filter(user=hub.analyst).exists()
    assert case.__class__.objects.count() == 1                   # nothing was referred by the evaluation team


def test_the_outcomes_are_404_for_roles_without_them(hub, case):
    for user in (hub.officer, hub.se1.user, hub.se_supervisor.user, hub.clerk):
        client = Client()
        client.force_login(user)
        for path in sorted(OUTCOMES):
            assert client.get(f"/{path}").status_code == 404, (user.username, path)
    client = Client()
    client.force_login(hub.coordinator)
    assert client.get("/hub/outcomes/").status_code == 200
    anonymous = Client().get("/hub/outcomes/figures.csv")
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/accounts/login/")

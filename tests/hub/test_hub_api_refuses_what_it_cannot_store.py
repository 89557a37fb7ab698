"""The hub's API refuses (422) what the record cannot store, as the rest of the API does: a NUL (PostgreSQL
gave a 500) or another control character, a value longer than its column; nothing is stored. Its instants
carry their Europe/London offset."""
import json

import pytest
from django.test import Client

from minutebook.hub.models import Referral
from minutebook.web.models import ApiToken

BODY = {"agency": "Metropolitan Police Service", "offence_type": "Theft", "offence_area": "Bromley",
        "cj_stage": "charged", "parties": [{"role": "victim", "name": "Tina Theft"}, {"role": "offender"}]}


def _refer(hub, body):
    return Client().post("/api/hub/referrals", json.dumps(body), content_type="application/json",
                         HTTP_AUTHORIZATION=f"Bearer {ApiToken.issue(hub.officer)[1]}")


@pytest.mark.parametrize("change", [{"agency": "Metropolitan\x00 Police Service"}, {"summary": "Seen\x0b twice"},
                                    {"crime_reference": "x" * 61},
                                    {"parties": [{"role": "victim", "name": "Tina\x00 Theft"}]}])
def test_unstorable_values_are_refused(hub, change):
    r = _refer(hub, {**BODY, **change})
    assert r.status_code == 422, r.content
    assert not Referral.objects.exists()


def test_instants_carry_the_london_offset(hub):
    r = _refer(hub, BODY)
    assert r.status_code == 201, r.content
    assert r.json()["received"][-6:] in ("+00:00", "+01:00")

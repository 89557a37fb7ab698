"""A meeting time sent with an offset is London time on the meeting's day; one that is another day in London
("00:30:00+02:00" is 23:30 the evening before) is refused (422) and nothing is saved."""
import json

import pytest
from django.test import Client

from minutebook.store.models import Meeting
from minutebook.web.models import ApiToken


@pytest.fixture
def auth(world):
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(world.clerk_user)[1]}"}


def test_a_time_on_another_day_in_london_is_refused(world, auth):
    meetings = Meeting.objects.count()
    r = Client().post("/api/meetings", json.dumps({"body": world.body.slug, "date": "2018-07-12",
                                                   "start": "00:30:00+02:00"}), content_type="application/json", **auth)
    assert r.status_code == 422 and "another day" in r.json()["detail"]
    assert Meeting.objects.count() == meetings
    r = Client().patch(f"/api/meetings/{world.held.pk}", json.dumps({"end": "23:30:00-05:00"}),
                       content_type="application/json", **auth)
    assert r.status_code == 422
    world.held.refresh_from_db()
    assert world.held.end is None

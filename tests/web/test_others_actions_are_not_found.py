"""Someone who may not update an action gets the same 404 for it as for an id that does not exist, on the
page and through the API: the answer confirms no ids."""
import json

from django.test import Client
from django.urls import reverse

from minutebook.web.models import ApiToken


def test_the_update_page_does_not_confirm_ids(outsider_client, world):
    mine_not, missing = world.public_action.pk, 999999
    for method in ("get", "post"):
        answers = [getattr(outsider_client, method)(reverse("action-update", args=[pk])) for pk in (mine_not, missing)]
        assert [a.status_code for a in answers] == [404, 404], method


def test_the_api_does_not_confirm_ids(world):
    auth = {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(world.outsider_user)[1]}"}
    answers = [Client().post(f"/api/actions/{pk}/updates", json.dumps({"status": "done"}),
                             content_type="application/json", **auth)
               for pk in (world.public_action.pk, world.secret_action.pk, 999999)]
    assert [a.status_code for a in answers] == [404, 404, 404]
    assert answers[0].json() == answers[1].json() == answers[2].json()

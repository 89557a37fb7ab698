"""The API's action writes honour the lock the web forms have: an action shows its version, a PATCH or an
update naming a stale one is 409 and changes nothing, and every API write makes a form opened before it
stale (so a stale web form cannot undo it)."""
import json

from django.test import Client
from django.urls import reverse

from minutebook.store.models import Action
from minutebook.web.models import ApiToken
from webworld import form_post


def send(method, url, data, auth):
    return getattr(Client(), method)(url, json.dumps(data), content_type="application/json", **auth)


def test_a_stale_action_version_is_409(world):
    auth = {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(world.clerk_user)[1]}"}
    url = f"/api/actions/{world.public_action.pk}"
    version = Client().get(url).json()["version"]
    first = send("patch", url, {"status": "done", "version": version}, auth)
    assert first.status_code == 200 and first.json()["version"] == version + 1
    assert send("patch", url, {"status": "open", "version": version}, auth).status_code == 409
    assert send("post", url + "/updates", {"status": "open", "note": "x", "version": version}, auth).status_code == 409
    assert Action.objects.get(pk=world.public_action.pk).status == "done"
    # only the PATCH that took is in the update log (a status set through the API is recorded as an update)
    assert list(world.public_action.updates.values_list("status", flat=True)) == ["done"]


def test_an_api_update_makes_an_open_form_stale(world, clerk_in):
    auth = {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(world.alice_user)[1]}"}
    page = form_post(clerk_in, reverse("clerk-action-edit", args=[world.public_action.pk]), {"text": "Changed"})
    r = send("post", f"/api/actions/{world.public_action.pk}/updates", {"status": "done", "note": "Done"}, auth)
    assert r.status_code == 201
    assert clerk_in.post(reverse("clerk-action-edit", args=[world.public_action.pk]), page).status_code == 409
    assert Action.objects.get(pk=world.public_action.pk).status == "done"

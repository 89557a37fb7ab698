"""An owner id no database can hold (``owners=99999999999999999999``) in the clerk's action form or the
minutes form's new action is a form error, never a 500 (SQLite raised OverflowError), and nothing changes."""
from django.urls import reverse

from minutebook.store.models import Action, ActionOwner
from test_minutes_optimistic_lock import minutes_post
from webworld import form_post

BIG = "99999999999999999999"


def test_the_action_form_refuses_an_owner_id_out_of_range(clerk_in, world):
    url = reverse("clerk-action-edit", args=[world.public_action.pk])
    r = clerk_in.post(url, form_post(clerk_in, url, {"owners": BIG, "text": "Changed"}))
    assert r.status_code == 200 and "govuk-error-message" in r.content.decode()
    assert Action.objects.get(pk=world.public_action.pk).text != "Changed"
    assert list(ActionOwner.objects.filter(action=world.public_action).values_list("person", flat=True)) == \
        [world.alice.pk]


def test_the_minutes_form_refuses_an_owner_id_out_of_range(clerk_in, world):
    actions = Action.objects.count()
    data = minutes_post(clerk_in, world.held, {"m-0-action_text": "Write to the council", "m-0-action_owners": BIG})
    r = clerk_in.post(reverse("clerk-minutes", args=[world.held.pk]), data)
    assert r.status_code == 200 and "govuk-error-message" in r.content.decode()
    assert Action.objects.count() == actions

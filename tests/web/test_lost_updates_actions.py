"""An action changed by its owner while the clerk has it open (or by the owner in two tabs): a stale
form never sets a member's "done" back to "open". The stale save is refused (409) with the error
summary; the clerk's text, or the member's note, is kept in the form."""
from django.test import Client
from django.urls import reverse

from minutebook.store.models import Action, ActionUpdate
from webworld import form_post


def member(world):
    client = Client()
    client.force_login(world.alice_user)
    return client


def test_a_stale_clerk_action_form_does_not_undo_the_owners_done(world, clerk_in):
    alice = member(world)
    pk = world.public_action.pk
    clerk_url = reverse("clerk-action-edit", args=[pk])
    clerk_form = form_post(clerk_in, clerk_url, {"text": "Bring the street lighting survey, with costs"})
    assert clerk_form["status"] == "open"

    mine = form_post(alice, reverse("my-actions"), {f"a{pk}-status": "done", f"a{pk}-note": "Survey circulated."})
    assert alice.post(reverse("action-update", args=[pk]), mine).status_code == 302

    r = clerk_in.post(clerk_url, clerk_form)
    assert r.status_code == 409
    html = r.content.decode()
    assert "govuk-error-summary" in html and "Someone else changed this action" in html
    assert "Bring the street lighting survey, with costs" in html          # the clerk's text, kept
    assert "Survey circulated." in html                                    # what the owner wrote
    action = Action.objects.get(pk=pk)
    assert action.status == "done" and action.text == world.public_action.text


def test_a_members_stale_update_is_refused(world, clerk_in):
    alice = member(world)
    pk = world.public_action.pk
    page = form_post(alice, reverse("my-actions"))                         # the page, open in a tab
    done = {**page, f"a{pk}-status": "done", f"a{pk}-note": "Finished."}
    later = {**page, f"a{pk}-status": "in_progress", f"a{pk}-note": "Chasing the contractor."}
    assert alice.post(reverse("action-update", args=[pk]), done).status_code == 302

    r = alice.post(reverse("action-update", args=[pk]), later)
    assert r.status_code == 409
    html = r.content.decode()
    assert "govuk-error-summary" in html and "Someone else updated this action" in html
    assert "Chasing the contractor." in html                               # the note, kept
    assert Action.objects.get(pk=pk).status == "done"
    assert list(ActionUpdate.objects.filter(action_id=pk).values_list("note", flat=True)) == ["Finished."]


def test_the_clerks_edit_makes_an_owners_page_stale(world, clerk_in):
    alice = member(world)
    pk = world.public_action.pk
    page = form_post(alice, reverse("my-actions"), {f"a{pk}-status": "in_progress", f"a{pk}-note": "Started."})
    clerk_form = form_post(clerk_in, reverse("clerk-action-edit", args=[pk]), {"status": "done"})
    assert clerk_in.post(reverse("clerk-action-edit", args=[pk]), clerk_form).status_code == 302
    assert alice.post(reverse("action-update", args=[pk]), page).status_code == 409
    assert Action.objects.get(pk=pk).status == "done"

"""Control characters typed or pasted into a clerk's or a member's form (a vertical tab in a body's name, a
bell in a minute) are left out of what is stored: the record holds only text XML, and so the Word papers
and the Atom feed, can hold. Tab and line breaks stay."""
from django.urls import reverse

from minutebook.store.models import ActionUpdate, Body, Minute
from test_minutes_optimistic_lock import minutes_post
from webworld import form_post


def test_a_body_form_leaves_control_characters_out(clerk_in, world):
    url = reverse("clerk-body-edit", args=[world.body.slug])
    r = clerk_in.post(url, form_post(clerk_in, url, {"name": "Test\x0bPartnership Group",
                                                     "description": "Line\x01 one\r\n\tLine two"}))
    assert r.status_code == 302, r.content.decode()[:2000]
    body = Body.objects.get(pk=world.body.pk)
    assert body.name == "TestPartnership Group"
    assert body.description.replace("\r\n", "\n") == "Line one\n\tLine two"


def test_the_minutes_form_leaves_control_characters_out(clerk_in, world):
    data = minutes_post(clerk_in, world.held, {"m-0-text": "The Group noted\x07 the update\x1f.",
                                               "m-0-title": "STREET\x0c LIGHTING"})
    r = clerk_in.post(reverse("clerk-minutes", args=[world.held.pk]), data)
    assert r.status_code == 302, r.content.decode()[:2000]
    minute = Minute.objects.get(pk=world.public_minute.pk)
    assert (minute.title, minute.text) == ("STREET LIGHTING", "The Group noted the update.")
    assert client_docx_ok(clerk_in, world)


def test_a_members_note_leaves_control_characters_out(member_client, world):
    a = world.public_action
    r = member_client.post(reverse("action-update", args=[a.pk]),
                           {f"a{a.pk}-status": "in_progress", f"a{a.pk}-note": "Chased\x0b twice",
                            f"a{a.pk}-version": str(a.version)})
    assert r.status_code == 302
    assert ActionUpdate.objects.get(action=a).note == "Chased twice"


def client_docx_ok(client, world) -> bool:
    return client.get(f"/meetings/{world.held.pk}/minutes.docx").status_code == 200

"""A signed-in user changes their own password (the one the clerk gave them)."""
from django.test import Client
from django.urls import reverse


def test_change_password(world):
    client = Client()
    assert client.login(username="alice", password="alice-pass-123")
    r = client.post(reverse("password-change"), {"old_password": "alice-pass-123",
                                                  "new_password1": "a-much-longer-pass-42",
                                                  "new_password2": "a-much-longer-pass-42"})
    assert r.status_code == 302
    assert Client().login(username="alice", password="a-much-longer-pass-42")


def test_wrong_old_password_is_a_form_error(member_client, world):
    r = member_client.post(reverse("password-change"), {"old_password": "nope", "new_password1": "x",
                                                        "new_password2": "y"})
    assert r.status_code == 200 and "govuk-error-message" in r.content.decode()


def test_needs_sign_in(client):
    assert client.get(reverse("password-change")).status_code == 302

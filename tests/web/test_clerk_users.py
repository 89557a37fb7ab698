"""The clerk adds users in the browser: a role, the person they are, a password shown once."""
from django.urls import reverse

from minutebook.store import visibility as vis


def test_clerk_adds_a_member_linked_to_a_person(clerk_in, world, django_user_model):
    r = clerk_in.post(reverse("clerk-users"), {"username": "bob", "role": "member", "person": world.bob.pk})
    html = r.content.decode()
    assert r.status_code == 200 and "bob is ready" in html and "Password:" in html
    assert r["Cache-Control"] == "no-store"
    user = django_user_model.objects.get(username="bob")
    world.bob.refresh_from_db()
    assert world.bob.user == user and not vis.is_clerk(user)
    # the password was shown on that response only
    assert "Password:" not in clerk_in.get(reverse("clerk-users")).content.decode()


def test_a_person_already_linked_is_refused(clerk_in, world):
    r = clerk_in.post(reverse("clerk-users"), {"username": "someoneelse", "role": "member", "person": world.alice.pk})
    assert "already linked" in r.content.decode()


def test_bad_username(clerk_in, world):
    r = clerk_in.post(reverse("clerk-users"), {"username": "no spaces allowed", "role": "clerk"})
    assert r.status_code == 200 and "Use letters" in r.content.decode()


def test_members_cannot_manage_users(member_client, world):
    assert member_client.get(reverse("clerk-users")).status_code == 404
    assert member_client.post(reverse("clerk-users"), {"username": "x", "role": "clerk"}).status_code == 404

"""The clerk workspace needs a clerk: the public is sent to sign in, members get "not found"."""
import pytest
from django.urls import reverse


def clerk_urls(world):
    m = world.held.pk
    return [reverse("clerk-home"), reverse("clerk-body-new"), reverse("clerk-body-edit", args=[world.body.slug]),
            reverse("clerk-membership-add", args=[world.body.slug]), reverse("clerk-meeting-new", args=[world.body.slug]),
            reverse("clerk-meeting", args=[m]), reverse("clerk-meeting-edit", args=[m]), reverse("clerk-agenda", args=[m]),
            reverse("clerk-attendance", args=[m]), reverse("clerk-minutes", args=[m]), reverse("clerk-upload"),
            reverse("clerk-action-edit", args=[world.public_action.pk])]


def clerk_posts(world):
    m = world.held.pk
    return [(reverse("clerk-publish", args=[m]), {"do": "publish_minutes"}),
            (reverse("clerk-exempt", args=["minute", world.secret_minute.pk]), {"exempt": "0"}),
            (reverse("clerk-generate", args=[m, "pack"]), {}),
            (reverse("clerk-minutes", args=[m]), {})]


def test_public_is_sent_to_sign_in(client, world):
    for url in clerk_urls(world):
        r = client.get(url)
        assert r.status_code == 302 and r["Location"].startswith(reverse("login")), url


def test_members_get_not_found(member_client, world):
    for url in clerk_urls(world):
        assert member_client.get(url).status_code == 404, url
    for url, data in clerk_posts(world):
        assert member_client.post(url, data).status_code == 404, url
    world.secret_minute.refresh_from_db()
    assert world.secret_minute.exempt


def test_clerk_gets_every_page(clerk_in, world):
    for url in clerk_urls(world):
        assert clerk_in.get(url).status_code == 200, url


def test_superuser_is_a_clerk(client, world, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "root-pass-123")
    client.force_login(admin)
    assert client.get(reverse("clerk-home")).status_code == 200

"""Signed-in readers and API token holders never get the public's cached page."""
from django.test import Client
from django.urls import reverse

from webworld import DRAFT_TEXT, SECRET_TEXT


def test_a_clerk_sees_draft_and_part_2_right_after_the_public_loaded_the_page(clerk_in, world):
    drafted, held = reverse("meeting", args=[world.drafted.pk]), reverse("meeting", args=[world.held.pk])
    for _ in range(2):
        assert DRAFT_TEXT not in Client().get(drafted).content.decode()
        assert SECRET_TEXT not in Client().get(held).content.decode()
    assert Client().get(held)["X-Page-Cache"] == "hit"
    r = clerk_in.get(drafted)
    assert DRAFT_TEXT in r.content.decode() and "X-Page-Cache" not in r
    r = clerk_in.get(held)
    assert SECRET_TEXT in r.content.decode() and "X-Page-Cache" not in r


def test_a_member_searching_gets_their_own_results(member_client, world):
    for _ in range(2):
        assert "<mark>wqpv</mark>" not in Client().get(reverse("search"), {"q": "wqpv"}).content.decode()
    r = member_client.get(reverse("search"), {"q": "wqpv"})
    assert "X-Page-Cache" not in r and "<mark>wqpv</mark>" in r.content.decode()


def test_a_token_holder_is_never_served_the_public_api_response(world):
    from minutebook.web.models import ApiToken, hash_token

    ApiToken.objects.create(user=world.clerk_user, prefix="tok", token_hash=hash_token("tok-secret-123"))
    url = f"/api/meetings/{world.drafted.pk}"
    for _ in range(2):
        assert DRAFT_TEXT not in Client().get(url).content.decode()
    r = Client().get(url, HTTP_AUTHORIZATION="Bearer tok-secret-123")
    assert r.status_code == 200 and DRAFT_TEXT in r.content.decode() and "X-Page-Cache" not in r

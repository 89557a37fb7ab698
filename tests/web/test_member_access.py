"""Members see draft papers and Part 2 business of their own bodies, and nothing more of others."""
from django.urls import reverse

from webworld import DRAFT_TEXT, SECRET_TEXT, UNPUBLISHED_TEXT


def test_member_sees_own_bodys_drafts_and_exempt(member_client, world):
    html = member_client.get(reverse("meeting", args=[world.held.pk])).content.decode()
    assert SECRET_TEXT in html and "Exempt (Part 2)" in html
    html = member_client.get(reverse("meeting", args=[world.drafted.pk])).content.decode()
    assert DRAFT_TEXT in html and "Draft" in html
    html = member_client.get(reverse("meeting", args=[world.hidden.pk])).content.decode()
    assert UNPUBLISHED_TEXT in html


def test_member_download_includes_part_2_and_says_draft(member_client, world):
    r = member_client.get(reverse("meeting-minutes-file", args=[world.held.pk, "html"]))
    assert SECRET_TEXT in r.content.decode()
    r = member_client.get(reverse("meeting-minutes-file", args=[world.drafted.pk, "html"]))
    assert r.status_code == 200 and "DRAFT" in r.content.decode().upper()


def test_member_of_another_body_sees_only_public(outsider_client, world):
    assert outsider_client.get(reverse("meeting", args=[world.hidden.pk])).status_code == 404
    html = outsider_client.get(reverse("meeting", args=[world.held.pk])).content.decode()
    assert SECRET_TEXT not in html


def test_clerk_sees_everything(clerk_in, world):
    html = clerk_in.get(reverse("meeting", args=[world.hidden.pk])).content.decode()
    assert UNPUBLISHED_TEXT in html

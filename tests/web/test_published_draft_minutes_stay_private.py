"""Draft minutes are for members and officers only, even once a clerk has published them: the public sees
them on no page, download, search result, API answer or feed until they are also approved."""
import pytest
from django.urls import reverse

from minutebook.store.models import Action, ActionOwner, Meeting, Minute
from webworld import DRAFT_TEXT, text_of

DRAFT_ACTION = "Draft action on lighting progress wqpv"


@pytest.fixture
def published_draft(world):
    """The drafted meeting's minutes published by the clerk but not yet approved, with an action."""
    Meeting.objects.filter(pk=world.drafted.pk).update(minutes_published=True)
    minute = Minute.objects.get(meeting=world.drafted)
    action = Action.objects.create(minute=minute, text=DRAFT_ACTION)
    ActionOwner.objects.create(action=action, initials="CC", person=world.carol)
    return world.drafted


def _paths(world, meeting):
    return [
        reverse("meeting", args=[meeting.pk]), reverse("calendar"), reverse("body", args=[world.body.slug]),
        reverse("person", args=[world.carol.slug]), reverse("organisation", args=[world.police.slug]),
        reverse("actions"), reverse("actions") + f"?owner={world.carol.slug}",
        reverse("search") + "?q=wqpv", reverse("search") + "?q=lighting+progress",
        f"/api/meetings/{meeting.pk}", "/api/actions", "/api/search?q=wqpv", "/api/ocd/events",
        reverse("body-ics", args=[world.body.slug]), reverse("documents-atom"),
    ]


def test_the_public_sees_nothing_of_published_draft_minutes(client, world, published_draft):
    for path in _paths(world, published_draft):
        r = client.get(path)
        assert r.status_code == 200, path
        text = text_of(r.content, r["Content-Type"])
        assert DRAFT_TEXT not in text and DRAFT_ACTION not in text, path
    for fmt in ("pdf", "docx", "html"):
        assert client.get(reverse("meeting-minutes-file", args=[published_draft.pk, fmt])).status_code == 404
    minutes_doc = published_draft.documents.get(filename="draft-minutes-wqpv.txt")
    assert client.get(reverse("document", args=[minutes_doc.pk])).status_code == 404


def test_members_see_them_marked_draft(member_client, published_draft):
    html = member_client.get(reverse("meeting", args=[published_draft.pk])).content.decode()
    assert DRAFT_TEXT in html and "These minutes are a draft" in html


def test_once_approved_the_public_sees_them(client, world, published_draft):
    Meeting.objects.filter(pk=published_draft.pk).update(minutes_status=Meeting.APPROVED)
    html = client.get(reverse("meeting", args=[published_draft.pk])).content.decode()
    assert DRAFT_TEXT in html and DRAFT_ACTION in html and "These minutes are a draft" not in html
    assert client.get(reverse("meeting-minutes-file", args=[published_draft.pk, "pdf"])).status_code == 200

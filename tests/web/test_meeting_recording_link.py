"""A meeting's recording (webcast or video) link: the clerk sets it on the meeting's details, the public
meeting page links to it and the API gives it; only an http(s) address is taken, on the web and the API."""
import json

import pytest
from django.test import Client

from minutebook.web.models import ApiToken

VIDEO = "https://video.example.org/watch?v=abc123"


def clerk_api(world):
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(world.clerk_user)[1]}"}


def patch(world, data):
    return Client().patch(f"/api/meetings/{world.held.pk}", json.dumps(data), content_type="application/json",
                          **clerk_api(world))


def test_the_public_page_and_the_api_give_the_recording(client, world):
    assert patch(world, {"recording_url": VIDEO}).status_code == 200
    page = client.get(f"/meetings/{world.held.pk}/").content.decode()
    assert f'href="{VIDEO.replace("&", "&amp;")}"' in page and "Watch the recording of this meeting" in page
    assert client.get(f"/api/meetings/{world.held.pk}").json()["recording_url"] == VIDEO


@pytest.mark.parametrize("bad", ["javascript:alert(1)", "ftp://files.example.org/a.mp4", "video.example.org",
                                 "https://" + "a" * 500])
def test_an_address_that_is_no_web_link_is_refused(world, bad):
    assert patch(world, {"recording_url": bad}).status_code == 422
    world.held.refresh_from_db()
    assert world.held.recording_url == ""


def test_the_clerk_sets_it_on_the_meeting_form(client, world):
    from minutebook.store.models import Meeting

    client.force_login(world.clerk_user)
    m = world.held
    form = {"date": "2017-12-19", "start": "10:00", "end": "", "venue": m.venue, "status": m.status,
            "chair": m.chair_id, "next_meeting_date": "", "version": m.version}
    refused = client.post(f"/clerk/meetings/{m.pk}/edit", {**form, "recording_url": "javascript:alert(1)"})
    assert refused.status_code == 200 and Meeting.objects.get(pk=m.pk).recording_url == ""
    saved = client.post(f"/clerk/meetings/{m.pk}/edit", {**form, "recording_url": VIDEO})
    assert saved.status_code == 302, saved.content.decode()[:2000]
    assert Meeting.objects.get(pk=m.pk).recording_url == VIDEO

"""Two clerks editing the same minutes: the second save from a stale version is refused, the text kept."""
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from minutebook.store.models import Meeting


def minutes_post(client, meeting, changes):
    """The minutes form as the browser would post it, from what the page rendered, with ``changes``."""
    import re

    html = client.get(reverse("clerk-minutes", args=[meeting.pk])).content.decode()
    data = {}
    for m in re.finditer(r'<input[^>]*name="([^"]+)"[^>]*>', html):
        tag = m.group(0)
        if 'type="checkbox"' in tag:
            if "checked" in tag:
                data[m.group(1)] = "on"
            continue
        value = re.search(r'value="([^"]*)"', tag)
        data[m.group(1)] = value.group(1) if value else ""
    for m in re.finditer(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        data[m.group(1)] = m.group(2).strip()
    data.pop("q", None)
    data.update(changes)
    return data


def test_stale_save_is_refused_and_text_kept(world, django_user_model):
    other = django_user_model.objects.create_user("clerk2", password="clerk2-pass-123")
    other.groups.add(Group.objects.get(name="clerk"))
    first, second = Client(), Client()
    first.force_login(world.clerk_user)
    second.force_login(other)
    meeting = world.held
    url = reverse("clerk-minutes", args=[meeting.pk])
    a = minutes_post(first, meeting, {"m-0-text": "First clerk's wording."})
    b = minutes_post(second, meeting, {"m-0-text": "Second clerk's careful wording."})
    assert a["version"] == b["version"]

    assert first.post(url, a).status_code == 302
    r = second.post(url, b)
    assert r.status_code == 409
    html = r.content.decode()
    assert "Someone else saved these minutes" in html
    assert "Second clerk&#x27;s careful wording." in html or "Second clerk's careful wording." in html
    world.public_minute.refresh_from_db()
    assert world.public_minute.text == "First clerk's wording."

    # the refused form now carries the current version: saving it again is a deliberate choice
    meeting.refresh_from_db()
    assert f'value="{meeting.version}"' in html
    b["version"] = str(meeting.version)
    assert second.post(url, b).status_code == 302
    world.public_minute.refresh_from_db()
    assert world.public_minute.text == "Second clerk's careful wording."


def test_every_save_moves_the_version(clerk_in, world):
    before = world.held.version
    data = minutes_post(clerk_in, world.held, {"m-0-title": "STREET LIGHTING AND CCTV"})
    assert clerk_in.post(reverse("clerk-minutes", args=[world.held.pk]), data).status_code == 302
    assert Meeting.objects.get(pk=world.held.pk).version == before + 1


def test_marking_exempt_makes_an_open_form_stale(clerk_in, world):
    data = minutes_post(clerk_in, world.held, {})          # the form still says minute 102 is exempt
    from django.test import Client

    other = Client()
    other.force_login(world.clerk_user)
    other.post(reverse("clerk-exempt", args=["minute", world.public_minute.pk]), {"exempt": "1"})
    assert clerk_in.post(reverse("clerk-minutes", args=[world.held.pk]), data).status_code == 409
    world.public_minute.refresh_from_db()
    assert world.public_minute.exempt

"""Every public page answers without signing in and shows the record."""
import pytest
from django.urls import reverse

from webworld import PUBLIC_ACTION, PUBLIC_TEXT


def test_home_lists_bodies_and_subgroups(client, world):
    html = client.get("/").content.decode()
    assert "Test Partnership Group" in html and "Lighting Sub Group" in html


def test_body_page_members_subgroups_ics_and_search(client, world):
    r = client.get(reverse("body", args=[world.body.slug]))
    html = r.content.decode()
    assert r.status_code == 200
    assert "Alice Owner" in html and "Carol Chief" in html and "Chairman" in html
    assert "Fire Brigade" in html and "Lighting Sub Group" in html
    assert reverse("body-ics", args=[world.body.slug]) in html
    assert 'action="/search"' in html and 'name="q"' in html


def test_calendar_lists_past_meetings(client, world):
    html = client.get(reverse("calendar")).content.decode()
    assert "Tuesday 19 December 2017" in html and "Thursday 8 March 2018" in html


def test_meeting_page(client, world):
    html = client.get(reverse("meeting", args=[world.held.pk])).content.decode()
    assert PUBLIC_TEXT in html and PUBLIC_ACTION in html and "the update be noted." in html
    assert "Bob Deputy" in html and "attended in their place" in html
    assert reverse("meeting-minutes-file", args=[world.held.pk, "pdf"]) in html
    assert "STREET LIGHTING" in html


def test_person_page(client, world):
    html = client.get(reverse("person", args=[world.alice.slug])).content.decode()
    assert "Station Manager" in html and "Test Partnership Group" in html
    assert "Apologies" in html and PUBLIC_ACTION in html


def test_organisation_attendance(client, world):
    html = client.get(reverse("organisation", args=[world.fire.slug])).content.decode()
    assert "Bob Deputy" in html and "Alice Owner" in html   # substitute and apologies
    assert "19 December 2017" in html


def test_action_register_filters(client, world):
    r = client.get(reverse("actions"), {"body": world.body.slug, "owner": world.alice.slug,
                                        "organisation": world.fire.slug, "status": "live"})
    assert r.status_code == 200 and PUBLIC_ACTION in r.content.decode()
    r = client.get(reverse("actions"), {"status": "done"})
    assert PUBLIC_ACTION not in r.content.decode()


@pytest.mark.parametrize("fmt,ctype", [("pdf", "application/pdf"), ("docx", "wordprocessingml"), ("html", "text/html")])
def test_minutes_download(client, world, fmt, ctype):
    r = client.get(reverse("meeting-minutes-file", args=[world.held.pk, fmt]))
    assert r.status_code == 200 and ctype in r["Content-Type"]


def test_original_document_download(client, world):
    doc = world.held.documents.get(exempt=False)
    r = client.get(reverse("document-file", args=[doc.pk, doc.filename]))
    assert r.status_code == 200 and r.content == PUBLIC_TEXT.encode()
    assert r["X-Content-Type-Options"] == "nosniff"

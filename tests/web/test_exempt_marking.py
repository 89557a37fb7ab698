"""A clerk marks an item or a document exempt (Part 2): it leaves every public view at once."""
from django.test import Client
from django.urls import reverse


def test_marking_a_minute_exempt_hides_it(clerk_in, world):
    public = Client()
    url = reverse("meeting", args=[world.held.pk])
    assert "STREET LIGHTING" in public.get(url).content.decode()
    r = clerk_in.post(reverse("clerk-exempt", args=["minute", world.public_minute.pk]), {"exempt": "1"})
    assert r.status_code == 302
    html = public.get(url).content.decode()
    assert world.public_minute.text not in html and world.public_action.text not in html
    assert world.public_action.text not in public.get(reverse("actions")).content.decode()


def test_marking_a_document_exempt_withdraws_it(clerk_in, world):
    doc = world.held.documents.get(exempt=False)
    public = Client()
    assert public.get(reverse("document", args=[doc.pk])).status_code == 200
    clerk_in.post(reverse("clerk-exempt", args=["document", doc.pk]), {"exempt": "1"})
    doc.refresh_from_db()
    assert doc.exempt and not doc.published
    assert public.get(reverse("document", args=[doc.pk])).status_code == 404
    # an exempt document cannot be published
    clerk_in.post(reverse("clerk-document-publish", args=[doc.pk]), {"published": "1"})
    doc.refresh_from_db()
    assert not doc.published


def test_marking_an_agenda_item_exempt(clerk_in, world):
    item = world.held.agenda_items.get(exempt=False)
    clerk_in.post(reverse("clerk-exempt", args=["agendaitem", item.pk]), {"exempt": "1"})
    r = Client().get(reverse("meeting-agenda-file", args=[world.held.pk, "html"]))
    assert r.status_code == 200 and "STREET LIGHTING" not in r.content.decode()


def test_unknown_kind_is_not_found(clerk_in, world):
    assert clerk_in.post(reverse("clerk-exempt", args=["person", 1]), {"exempt": "1"}).status_code == 404

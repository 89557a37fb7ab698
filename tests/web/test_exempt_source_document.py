"""An original document that holds a minute later marked exempt is withdrawn from the public with it."""
from django.test import Client
from django.urls import reverse


def test_source_of_an_exempt_minute_is_withdrawn(clerk_in, world):
    doc = world.held.documents.get(exempt=False)
    world.public_minute.source = doc
    world.public_minute.save()
    public = Client()
    assert public.get(reverse("document", args=[doc.pk])).status_code == 200
    clerk_in.post(reverse("clerk-exempt", args=["minute", world.public_minute.pk]), {"exempt": "1"})
    assert public.get(reverse("document", args=[doc.pk])).status_code == 404
    assert doc.filename not in public.get(reverse("meeting", args=[world.held.pk])).content.decode()
    member = Client()
    member.force_login(world.alice_user)
    assert member.get(reverse("document", args=[doc.pk])).status_code == 200

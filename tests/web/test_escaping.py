"""Text from documents is shown as text: markup in a minute never runs in the page."""
from django.urls import reverse


def test_markup_in_minutes_is_escaped(client, world):
    world.public_minute.text = '<script>alert("x")</script> and <b>bold</b>'
    world.public_minute.save()
    html = client.get(reverse("meeting", args=[world.held.pk])).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html

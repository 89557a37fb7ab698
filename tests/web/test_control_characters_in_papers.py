"""Control characters already stored (a bell in a minute, a vertical tab in a body's name) are left out
of the Word minutes and the Atom feed, which used to give everyone a 500."""
from minutebook.store.models import Body, Minute


def test_word_minutes_and_feed_with_control_characters(client, world):
    Minute.objects.filter(pk=world.public_minute.pk).update(text="The Group noted\x07 the update\x1f.")
    Body.objects.filter(pk=world.body.pk).update(name="Test\x0bPartnership Group")
    r = client.get(f"/meetings/{world.held.pk}/minutes.docx")
    assert r.status_code == 200
    from webworld import text_of

    assert "The Group noted the update." in text_of(r.content, r.headers["Content-Type"])
    r = client.get("/feeds/documents.atom")
    assert r.status_code == 200 and b"\x0b" not in r.content
    assert "TestPartnership Group" in r.content.decode()

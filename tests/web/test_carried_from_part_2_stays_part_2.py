"""An item carried forward by a Part 2 minute, on the next agenda built from the draft, is Part 2 there
too: the public agenda page, the agenda and pack downloads, the API, search and the feed never show it."""
from django.test import Client
from django.urls import reverse

from minutebook.store.models import Minute, Resolution
from webworld import form_post, text_of

PLANTED = "Tremlowe"


def test_the_public_never_sees_an_item_carried_from_a_part_2_minute(clerk_in, world):
    secret = Minute.objects.create(meeting=world.held, position=3, number="103", title="CONFIDENTIAL CASE",
                                   text="Discussed in private.", exempt=True)
    Resolution.objects.create(minute=secret, text=f"an update on the {PLANTED} household be brought to the next meeting.")
    nxt = world.drafted          # the body's next meeting after the held one
    url = reverse("clerk-agenda", args=[nxt.pk]) + "?draft=1"
    data = form_post(clerk_in, url)
    assert PLANTED.upper() in " ".join(str(v) for v in data.values())
    r = clerk_in.post(reverse("clerk-agenda", args=[nxt.pk]), data)
    assert r.status_code == 302, r.content.decode()[:3000]
    item = nxt.agenda_items.get(source_minute=secret)
    assert item.exempt and PLANTED.upper() in item.title
    # the clerk and the body's members still see it
    assert PLANTED.upper() in clerk_in.get(reverse("meeting", args=[nxt.pk])).content.decode()

    public = Client()
    for path in (reverse("meeting", args=[nxt.pk]), reverse("meeting-agenda-file", args=[nxt.pk, "pdf"]),
                 reverse("meeting-agenda-file", args=[nxt.pk, "html"]), reverse("meeting-pack", args=[nxt.pk]),
                 f"/api/meetings/{nxt.pk}/agenda", f"/api/meetings/{nxt.pk}", f"/search?q={PLANTED}",
                 f"/api/search?q={PLANTED}", reverse("documents-atom")):
        r = public.get(path)
        assert r.status_code == 200, path
        text = text_of(r.content, r["Content-Type"])
        # (a search page repeats the query, one word: the item's title is more than that)
        assert f"{PLANTED} household".lower() not in text.lower(), path

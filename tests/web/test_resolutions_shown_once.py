"""On the meeting page each resolution is printed once: a paragraph of the minute's text that only
repeats it ("RESOLVED that the update be noted.") is printed once, where it stands, in the words it
was taken in."""
import re
from django.test import Client
from django.urls import reverse

from minutebook.store.models import Minute, Resolution


def test_resolution_repeated_in_the_text_appears_once(world):
    minute = Minute.objects.create(meeting=world.held, position=3, number="103", title="POLICE UPDATE",
                                   text="The Group heard about the BCU.\n\nRESOLVED that the Police update be noted.")
    Resolution.objects.create(minute=minute, text="the Police update be noted.")
    agreed = Minute.objects.create(meeting=world.held, position=4, number="104", title="MINUTES",
                                   text="The minutes of the last meeting were agreed as a correct record.")
    Resolution.objects.create(minute=agreed, text="The minutes of the last meeting were agreed as a correct record.")
    r = Client().get(reverse("meeting", args=[world.held.pk]))
    page = " ".join(re.sub(r"<[^>]+>", " ", r.content.decode()).split())
    assert page.count("the Police update be noted") == 1
    assert "The Group heard about the BCU." in page
    assert page.count("minutes of the last meeting were agreed") == 1
    # printed in the words it was taken in, never reworded as "RESOLVED that …"
    assert "The minutes of the last meeting were agreed as a correct record." in page
    assert "RESOLVED that the minutes of the last meeting" not in page

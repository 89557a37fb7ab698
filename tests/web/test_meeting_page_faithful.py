"""The public meeting page prints each minute as the generated minutes do: the whole narrative, each
resolution once, where it stands and in the words it was taken in, roles as the attendance printed them.
On the starting commit it printed minutes 179, 180, 183 and 187's resolutions twice (once in the text,
once as "RESOLVED that …"), reworded "It was AGREED" and "The Group noted the report" as "RESOLVED that …",
kept "LS/JB" inside 183's resolution and printed "Terry Belcher, Vice Chairman"."""
import datetime as dt
import html as h
import re

from django.urls import reverse

from minutebook.store.models import Meeting


def page_text(client, meeting) -> str:
    """The page's words, without the table of the meeting's actions (the register, listed apart)."""
    body = client.get(reverse("meeting", args=[meeting.pk])).content.decode()
    body = re.sub(r"<table class=\"govuk-table\">\s*<caption[^>]*>Actions from this meeting.*?</table>", " ", body,
                  flags=re.S)
    return " ".join(h.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def test_december_minutes_on_the_public_page(client, seeded):
    december = Meeting.objects.get(date=dt.date(2017, 12, 19), body__parent__isnull=True)
    december.published = december.minutes_published = True
    december.minutes_status = Meeting.APPROVED
    december.save()
    text = page_text(client, december)
    assert text.count("the Chairman's update be noted") == 1
    assert "Currently, there was still a £410m shortfall in the budget." in text
    assert text.count("An update on the mass casualty exercise is brought to the next meeting.") == 1
    assert text.count("should be fed back to the Group via Jackie Baxter") == 1
    assert "LS/JB should" not in text
    assert text.count("regular access to them. RESOLVED that the Borough Commander check the whereabouts") == 1
    assert text.count("It was AGREED that the minutes be approved.") == 1
    assert "RESOLVED that the minutes be approved" not in text
    assert "The Group noted the report." in text and "RESOLVED that the Group noted" not in text
    assert "RESOLVED that the Matters Arising report was noted" not in text
    assert "Terry Belcher , Safer Neighbourhood Board-Vice Chairman" in text
    # the Action column's initials beside the decision; the action is the thing to be done, with its owner
    assert "be brought to the next meeting. Action: RV" in text
    raw = client.get(reverse("meeting", args=[december.pk])).content.decode()
    assert "an update concerning the revised Prevent Action Plan be brought to the next meeting." in raw
    assert "the Prevent update be noted and that an update concerning" not in raw.split("Actions from this meeting")[1] \
        .split("</table>")[0]

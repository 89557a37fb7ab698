"""Generated papers carry only what the public may see: no unpublished draft minutes in a pack,
no Matters Arising rows from Part 2 or unpublished minutes."""
import datetime as dt

from minutebook.store.models import Action, ActionOwner, Meeting, Minute
from minutebook.web import rendering
from webworld import DRAFT_TEXT, text_of


def test_pack_leaves_out_previous_minutes_until_published_and_approved(world):
    nxt = Meeting.objects.create(body=world.body, date=dt.date(2018, 4, 1), published=True)
    nxt.agenda_items.create(position=1, number="1", title="MINUTES OF THE PREVIOUS MEETING")
    nxt.agenda_items.create(position=2, number="2", title="MATTERS ARISING")
    text = text_of(rendering.pack_pdf(nxt), "application/pdf")
    assert DRAFT_TEXT not in text and "LIGHTING PROGRESS" not in text
    world.drafted.minutes_published = True          # published, but still a draft: members and officers only
    world.drafted.save()
    text = text_of(rendering.pack_pdf(nxt), "application/pdf")
    assert DRAFT_TEXT not in text and "LIGHTING PROGRESS" not in text
    world.drafted.minutes_status = Meeting.APPROVED
    world.drafted.save()
    text = " ".join(text_of(rendering.pack_pdf(nxt), "application/pdf").split())
    assert "LIGHTING PROGRESS" in text


def test_matters_arising_rows_follow_the_minutes(world):
    draft_minute = Minute.objects.get(meeting=world.drafted)
    action = Action.objects.create(minute=draft_minute, text="Draft action wqpv")
    ActionOwner.objects.create(action=action, initials="AO", person=world.alice)
    nxt = Meeting.objects.create(body=world.body, date=dt.date(2018, 9, 1))
    public = {r.minute for r in rendering.matters_arising_for(None, nxt).matters_arising}
    member = {r.minute for r in rendering.matters_arising_for(world.alice_user, nxt).matters_arising}
    assert public == {"101"}
    assert member == {"101", "102", "110"}

"""The Matters Arising column reads as English whether the action was written as a resolution (the seeds)
or as an instruction typed by a clerk; a title in capitals keeps the acronyms the minute uses."""
import datetime as dt

from minutebook.documents.text import arising_text


def test_a_resolution_reads_on_from_it_was_resolved_that():
    assert arising_text("The minutes of the next meeting of the Bromley Risk Forum be reported back.") == (
        "It was resolved that the minutes of the next meeting of the Bromley Risk Forum be reported back.")
    assert arising_text("that an update on the rag status would be provided at the next meeting") == (
        "It was resolved that an update on the rag status would be provided at the next meeting")


def test_an_instruction_to_the_owner_is_printed_as_an_action():
    assert arising_text("Circulate the BCU briefing to members") == "Action: Circulate the BCU briefing to members"
    assert arising_text("") == ""


def test_the_row_title_keeps_an_acronym_the_action_uses(db):
    from minutebook.store.cycle import matters_arising_rows
    from minutebook.store.models import Action, ActionOwner, Body, Meeting, Minute

    body = Body.objects.create(name="Test Partnership Group")
    held = Meeting.objects.create(body=body, date=dt.date(2018, 3, 8), status=Meeting.HELD)
    minute = Minute.objects.create(meeting=held, position=1, number="12", title="BCU UPDATE",
                                   text="The Group discussed the merger.")
    action = Action.objects.create(minute=minute, text="Circulate the BCU briefing to members")
    ActionOwner.objects.create(action=action, initials="LG")
    Meeting.objects.create(body=body, date=dt.date(2018, 6, 7))
    [row] = matters_arising_rows(body, dt.date(2018, 6, 7))
    assert row.title == "BCU Update"

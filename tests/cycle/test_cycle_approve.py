"""Approving minutes: by the clerk, or by "agreed as a correct record" at the next meeting."""
import datetime as dt

from minutebook.store.cycle import approve, minutes
from minutebook.store.models import Meeting


def test_clerk_approval_removes_the_draft_mark(december):
    meeting = Meeting.objects.get(body=december, date=dt.date(2017, 12, 19))
    assert minutes(december, meeting.date).draft
    approve(meeting)
    meeting.refresh_from_db()
    assert meeting.minutes_status == Meeting.APPROVED and not minutes(december, meeting.date).draft


def test_agreed_at_the_next_meeting(december_with_agenda):
    # the minutes of 19 December agree those of 16 October "as a correct record"
    october = Meeting.objects.get(body=december_with_agenda, date=dt.date(2017, 10, 16))
    assert october.minutes_status == Meeting.APPROVED and october.minutes_approved_at.date == dt.date(2017, 12, 19)

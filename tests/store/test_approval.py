"""Minutes agreed as a correct record at a later meeting become approved, whichever is stored first."""
from minutebook.record import MinuteItem
from minutebook.store.ingest import apply_approvals
from minutebook.store.models import Meeting
from store_builders import minutes_doc, store

MARCH = [MinuteItem(number="128", title="APOLOGIES FOR ABSENCE")]
JULY = [MinuteItem(number="144", title="MINUTES OF THE PREVIOUS MEETING",
                   text="The minutes of the previous meeting held on 9th March 2017 were agreed as a correct record.")]


def test_later_minutes_approve_the_earlier_meeting(db):
    store(minutes_doc("2017-03-09", MARCH), b"march", "march.txt")
    march = Meeting.objects.get(date="2017-03-09")
    assert march.minutes_status == Meeting.DRAFT
    store(minutes_doc("2017-07-06", JULY), b"july", "july.txt")
    march.refresh_from_db()
    assert march.minutes_status == Meeting.APPROVED
    assert march.minutes_approved_at == Meeting.objects.get(date="2017-07-06")


def test_approval_found_when_the_earlier_minutes_come_second(db):
    store(minutes_doc("2017-07-06", JULY), b"july", "july.txt")
    store(minutes_doc("2017-03-09", MARCH), b"march", "march.txt")
    march = Meeting.objects.get(date="2017-03-09")
    assert march.minutes_status == Meeting.APPROVED and march.minutes_approved_at.date.isoformat() == "2017-07-06"


def test_minutes_not_agreed_stay_draft(db):
    store(minutes_doc("2017-03-09", MARCH), b"march", "march.txt")
    deferred = [MinuteItem(number="144", title="MINUTES OF THE PREVIOUS MEETING",
                           text="The minutes of the meeting held on 9th March 2017 were not agreed and "
                                "will be brought back.")]
    store(minutes_doc("2017-07-06", deferred), b"july", "july.txt")
    assert Meeting.objects.get(date="2017-03-09").minutes_status == Meeting.DRAFT
    assert apply_approvals(Meeting.objects.get(date="2017-07-06")) == []


def test_previous_meeting_date_when_the_minute_gives_none(db):
    store(minutes_doc("2017-10-16", MARCH), b"october", "october.txt")
    approved = [MinuteItem(number="176", title="MINUTES OF THE PREVIOUS MEETING",
                           text="The minutes were received.", resolutions=["the minutes be approved."])]
    store(minutes_doc("2017-12-19", approved, previous="2017-10-16"), b"december", "december.txt")
    assert Meeting.objects.get(date="2017-10-16").minutes_status == Meeting.APPROVED


def test_the_rule_on_wordings_from_other_bodies():
    import datetime as dt

    from minutebook.store.ingest import approved_meeting_date as approved

    held = dt.date(2017, 3, 7)
    assert approved("TO APPROVE AND SIGN THE MINUTES OF THE MEETING",
                    "held 7th February 2017 The minutes were approved by all Councillors present and signed "
                    "by the Chairman as a true record.", [], None, held) == dt.date(2017, 2, 7)
    assert approved("Minutes", "The minutes of the meeting held on the 3rd July 2018 had been circulated. All "
                    "agreed this was a true record and were signed.", [], None, dt.date(2018, 9, 4)) == dt.date(2018, 7, 3)
    assert approved("Approval of Minutes", "Minutes from the last meeting approved.", [], dt.date(2017, 1, 10),
                    held) == dt.date(2017, 1, 10)
    # other bodies' minutes, matters arising and plain mentions are not approvals
    assert approved("RESILIENCE OVERVIEW", "", ["the minutes of the Bromley Risk Forum be agreed"], None, held) is None
    assert approved("MATTERS ARISING FROM MINUTES OF PREVIOUS MEETINGS", "It was agreed to write to the county.",
                    [], dt.date(2017, 2, 7), held) is None
    assert approved("ANY OTHER BUSINESS", "Minutes of the AGM were circulated.", [], dt.date(2017, 2, 7), held) is None

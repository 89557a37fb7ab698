"""The drafted agenda: house order, carried-forward items, sub-group items lettered, deadlines."""
import datetime as dt

from minutebook.store.cycle import draft_agenda, draft_minutes
from minutebook.store.models import AgendaItem, Meeting

MARCH = dt.date(2018, 3, 8)


def test_house_order_and_carried_items(december):
    record = draft_agenda(december, MARCH)
    titles = [(i.number, i.title, i.source_minute) for i in record.agenda]
    assert titles[:4] == [("1", "APOLOGIES FOR ABSENCE", None),
                          ("2", "MINUTES OF THE PREVIOUS MEETING HELD ON 19TH DECEMBER 2017", None),
                          ("3", "QUESTIONS FROM COUNCILLORS OR MEMBERS OF THE PUBLIC", None),
                          ("4", "MATTERS ARISING", None)]
    carried = {t[2]: t[1] for t in titles if t[2]}
    assert carried == {"180": "UPDATE ON THE MASS CASUALTY EXERCISE",
                       "181": "UPDATE ON THE REVISED PREVENT ACTION PLAN",
                       "189": "PRESENTATION FROM A SERIOUS ORGANISED CRIME ADVISOR"}
    order = [t[1] for t in titles]
    head = order.index("REPORTS FROM SUB-GROUPS")
    assert all(order.index(t) < head for t in carried.values())
    number = titles[head][0]
    assert titles[head + 1][:2] == (f"{number}a", "DOMESTIC ABUSE SUB GROUP UPDATE")
    assert titles[head + 2][:2] == (f"{number}b", "OFFENDER MANAGEMENT SUB GROUP UPDATE")
    assert order[-3:] == ["CONSIDERATION OF EMERGING ISSUES OR NON-STANDARD ITEMS FOR THE NEXT AGENDA",
                          "ANY OTHER BUSINESS", "DATE OF NEXT MEETING"]
    assert record.question_deadline == "2018-03-02T17:00"
    assert record.published == "2018-02-28"


def test_planned_meeting_not_in_the_store_creates_nothing(december):
    before = (Meeting.objects.count(), AgendaItem.objects.count())
    record = draft_agenda(december, dt.date(2018, 4, 5))
    assert record.question_deadline == "2018-03-28T17:00"      # Good Friday and Easter Monday skipped
    assert (Meeting.objects.count(), AgendaItem.objects.count()) == before


def test_saving_stores_the_items_with_their_source_minute(december):
    draft_agenda(december, MARCH, save=True)
    item = AgendaItem.objects.get(meeting__date=MARCH, title__startswith="PRESENTATION")
    assert item.source_minute.number == "189"


def test_minutes_of_the_meeting_number_on(december):
    numbers = [i.number for i in draft_minutes(december, MARCH).items]
    assert numbers[0] == "192" and draft_minutes(december, MARCH).draft


def test_a_new_body_gets_the_house_standing_items(db):
    from minutebook.store.models import Body

    body = Body.objects.create(name="Bromley Channel Panel")
    record = draft_agenda(body, dt.date(2018, 5, 10))
    assert [i.title for i in record.agenda] == [
        "APOLOGIES FOR ABSENCE", "MINUTES OF THE PREVIOUS MEETING",
        "QUESTIONS FROM COUNCILLORS OR MEMBERS OF THE PUBLIC", "MATTERS ARISING", "ANY OTHER BUSINESS",
        "DATE OF NEXT MEETING"]
    assert record.question_deadline == "2018-05-03T17:00"      # May Day (7 May) is not a working day


def test_a_cancelled_meeting_passes_its_items_on(december):
    Meeting.objects.filter(body=december, date=MARCH).update(status=Meeting.CANCELLED)
    record = draft_agenda(december, dt.date(2018, 4, 12))
    assert {"180", "181"} <= {i.source_minute for i in record.agenda}
    # "the March meeting" was the cancelled one: no other March meeting, so nothing for April from 189
    assert "189" not in {i.source_minute for i in record.agenda}

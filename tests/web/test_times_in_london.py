"""Times are shown as read in London: a question deadline stored as 16:00 UTC on 30 June 2017 (British
Summer Time) is "5.00 pm on Friday 30 June 2017", as the agenda printed it. On the starting commit the
meeting page said "4.00 pm" (the UTC hour)."""
import datetime as dt
from zoneinfo import ZoneInfo

from django.urls import reverse

from minutebook.store.models import Meeting
from minutebook.web.templatetags.minutebook import uk_date, uk_time

LONDON = ZoneInfo("Europe/London")


def test_filters_read_a_stored_instant_in_london():
    summer = dt.datetime(2017, 6, 30, 16, 0, tzinfo=dt.timezone.utc)
    winter = dt.datetime(2017, 12, 13, 17, 0, tzinfo=dt.timezone.utc)
    late = dt.datetime(2017, 6, 30, 23, 30, tzinfo=dt.timezone.utc)      # already 1 July in London
    assert uk_time(summer) == "5.00 pm" and uk_date(summer) == "Friday 30 June 2017"
    assert uk_time(winter) == "5.00 pm" and uk_date(winter) == "Wednesday 13 December 2017"
    assert uk_time(late) == "12.30 am" and uk_date(late) == "Saturday 1 July 2017"
    assert uk_time(dt.time(10, 0)) == "10.00 am" and uk_date(dt.date(2017, 7, 6)) == "Thursday 6 July 2017"


def test_meeting_page_question_deadline_in_british_summer_time(client, world):
    july = Meeting.objects.create(body=world.body, date=dt.date(2017, 7, 6), start=dt.time(10), published=True,
                                  question_deadline=dt.datetime(2017, 6, 30, 17, 0, tzinfo=LONDON))
    july.refresh_from_db()                    # as the page reads it: an instant in UTC
    assert july.question_deadline.utcoffset() == dt.timedelta(0) and july.question_deadline.hour == 16
    html = client.get(reverse("meeting", args=[july.pk])).content.decode()
    assert "5.00 pm on Friday 30 June 2017" in html
    assert "4.00 pm" not in html
    assert "10.00 am" in html


def test_seed_agenda_deadline_on_the_meeting_page(client, seeded):
    july = Meeting.objects.get(date=dt.date(2017, 7, 6), body__parent__isnull=True)
    july.published = True
    july.save(update_fields=["published"])
    html = client.get(reverse("meeting", args=[july.pk])).content.decode()
    assert "5.00 pm on Friday 30 June 2017" in html

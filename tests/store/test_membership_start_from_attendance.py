"""A membership begins no later than the first meeting its member attended as present: the seed pack
lists the membership of 6 July 2017, and its minutes of 9 March 2017 show who sat on the group then."""
import datetime as dt

from minutebook.store.models import Attendance, Membership, Person


def test_members_present_in_march_were_members_from_march(seeded):
    terry = Person.objects.get(name="Terry Gooding")
    assert Attendance.objects.filter(person=terry, meeting__date=dt.date(2017, 3, 9), kind=Attendance.PRESENT).exists()
    assert Membership.objects.get(person=terry, end__isnull=True).start == dt.date(2017, 3, 9)


def test_a_member_first_seen_on_the_list_starts_with_the_list(seeded):
    listed_only = [ms for ms in Membership.objects.filter(end__isnull=True).select_related("person")
                   if not Attendance.objects.filter(person=ms.person, kind=Attendance.PRESENT,
                                                    meeting__date__lt=dt.date(2017, 7, 6)).exists()]
    assert listed_only and all(ms.start == dt.date(2017, 7, 6) for ms in listed_only)

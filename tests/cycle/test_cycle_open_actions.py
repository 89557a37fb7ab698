"""The action register: actions of earlier meetings stay open, meeting after meeting, until closed."""
import datetime as dt

from minutebook.store.cycle import open_actions
from minutebook.store.models import Action

MARCH = dt.date(2018, 3, 8)


def numbers(body, date):
    return [a.minute.number for a in open_actions(body, date)]


def test_open_actions_of_earlier_meetings(december):
    assert numbers(december, MARCH) == ["180", "181", "184", "186a", "189"]
    assert numbers(december, dt.date(2017, 12, 19)) == []          # not before the meeting that made them


def test_carried_forward_until_closed(december):
    later = dt.date(2018, 6, 7)
    Action.objects.filter(minute__number="184").update(status=Action.DONE)
    Action.objects.filter(minute__number="186a").update(status=Action.DROPPED)
    Action.objects.filter(minute__number="189").update(status=Action.IN_PROGRESS)
    assert numbers(december, later) == ["180", "181", "189"]

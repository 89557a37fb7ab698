"""Resolutions that ask for business at a later meeting become agenda items."""
import datetime as dt

from minutebook.cycle.carry import SourceMinute, carried_to, requests_in, target_meeting

DEC = dt.date(2017, 12, 19)


def test_update_brought_to_the_next_meeting():
    [req] = requests_in("An update on the mass casualty exercise is brought to the next meeting.")
    assert req.title == "UPDATE ON THE MASS CASUALTY EXERCISE" and req.next_meeting


def test_update_provided_at_the_next_meeting():
    [req] = requests_in("an update on the RAG status of the Action Plan be provided at the next meeting")
    assert req.title == "UPDATE ON THE RAG STATUS OF THE ACTION PLAN"


def test_presentation_to_a_named_month_by_a_presenter():
    [req] = requests_in("Amanda Mumford arrange for a presentation to be provided to the March meeting "
                        "by a Serious Organised Crime Advisor.")
    assert req.title == "PRESENTATION FROM A SERIOUS ORGANISED CRIME ADVISOR"
    assert req.month == 3 and req.presenter == "a Serious Organised Crime Advisor"


def test_another_bodys_meeting_is_not_a_request():
    assert requests_in("the minutes of the next meeting of the Bromley Risk Forum be reported back") == []
    assert requests_in("Lucien Spencer update the Group with more information concerning the Jobs Fair") == []


def test_untitled_update_takes_the_minute_title():
    [req] = requests_in("an update be brought to the next meeting", "RESILIENCE UPDATE")
    assert req.title == "RESILIENCE UPDATE"


def test_month_names_resolve_to_the_next_meeting_in_that_month():
    [req] = requests_in("a presentation to be provided to the March meeting by an Advisor")
    dates = [dt.date(2018, 2, 1), dt.date(2018, 3, 8), dt.date(2018, 3, 29), dt.date(2019, 3, 7)]
    assert target_meeting(req, DEC, dates) == dt.date(2018, 3, 8)


def test_dated_meeting_reference():
    [req] = requests_in("a progress update on the exercise should be brought to the meeting on March 8 <sup>th</sup> 2018")
    assert req.date == dt.date(2018, 3, 8) and req.title == "UPDATE ON THE EXERCISE"


def test_carried_to_a_planned_meeting_only_once_and_only_the_next():
    minutes = [
        SourceMinute("181", "UPDATE ON THE PREVENT STRATEGY", DEC,
                     ("the Prevent update be noted and that an update concerning the revised Prevent Action Plan "
                      "be brought to the next meeting.",)),
        SourceMinute("188", "COMMUNICATIONS UPDATE", DEC, ("Andrew Rogers would disseminate the link.",)),
    ]
    items = carried_to(dt.date(2018, 3, 8), minutes, [DEC])
    assert [(i.title, i.source_minute) for i in items] == [("UPDATE ON THE REVISED PREVENT ACTION PLAN", "181")]
    # a meeting after the next one does not get it
    assert carried_to(dt.date(2018, 6, 7), minutes, [DEC, dt.date(2018, 3, 8)]) == []


def test_other_ways_of_asking():
    [req] = requests_in("Rob Vale to provide an update on the Prevent Action Plan at the next meeting")
    assert req.title == "UPDATE ON THE PREVENT ACTION PLAN"
    [req] = requests_in("the Borough Commander report back to the next SBP meeting on BCU progress.")
    assert req.title == "REPORT ON BCU PROGRESS" and req.next_meeting
    [req] = requests_in("a briefing on knife crime be given at the meeting in June")
    assert req.title == "BRIEFING ON KNIFE CRIME" and req.month == 6


def test_deferred_items_keep_their_title():
    [req] = requests_in("the item be deferred to the next meeting", "PARKING ENFORCEMENT")
    assert req.title == "PARKING ENFORCEMENT"


def test_noting_at_a_meeting_asks_for_nothing():
    assert requests_in("the report be noted at the next meeting") == []

"""Question deadlines and publication dates count England and Wales working days."""
import datetime as dt

import holidays

from minutebook.cycle.deadlines import (SPECIAL_DAYS, is_working_day, publication_date, question_deadline,
                                        working_days_before)


def test_question_deadline_of_the_seed_meeting():
    assert question_deadline(dt.date(2017, 7, 6)) == dt.datetime(2017, 6, 30, 17, 0)


def test_question_deadline_skips_good_friday_and_easter_monday():
    assert question_deadline(dt.date(2018, 4, 5)) == dt.datetime(2018, 3, 28, 17, 0)


def test_question_deadline_skips_the_state_funeral():
    assert question_deadline(dt.date(2022, 9, 22)) == dt.datetime(2022, 9, 15, 17, 0)


def test_state_funeral_is_a_bank_holiday_in_the_installed_calendar_or_the_special_days():
    day = dt.date(2022, 9, 19)
    assert day in holidays.GB(subdiv="ENG", years=2022) or day in SPECIAL_DAYS
    assert not is_working_day(day)


def test_deadline_hour_and_days_are_settings():
    assert question_deadline(dt.date(2017, 7, 6), days=2, at=dt.time(12, 0)) == dt.datetime(2017, 7, 4, 12, 0)


def test_explicit_holiday_list_replaces_the_calendar():
    assert working_days_before(dt.date(2018, 4, 5), 4, holidays=[]) == dt.date(2018, 3, 30)


def test_publication_leaves_five_clear_working_days():
    # 6 July 2017: 29, 30 June, 3, 4, 5 July are the five clear days; the seeds published earlier (27 June)
    assert publication_date(dt.date(2017, 7, 6)) == dt.date(2017, 6, 28)
    assert publication_date(dt.date(2017, 7, 6)) >= dt.date(2017, 6, 27)


def test_working_days_between_counts_the_deadline_day_not_the_meeting():
    from minutebook.cycle.deadlines import working_days_between

    assert working_days_between(dt.date(2017, 6, 30), dt.date(2017, 7, 6)) == 4
    assert working_days_between(dt.date(2018, 3, 28), dt.date(2018, 4, 5)) == 4

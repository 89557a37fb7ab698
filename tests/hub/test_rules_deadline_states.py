"""Where a referral's deadline stands on a day: met or missed once done, otherwise not yet due, due soon (due
today or on the next working day) or overdue; and which of a referral's deadlines apply."""
import datetime as dt

from minutebook.hub.rules import deadlines as D

DUE = dt.date(2018, 1, 9)          # a Tuesday


def state(today, done=None, due=DUE):
    return D.assess(D.FIRST_CONTACT, due, done, today)


def test_not_yet_due_then_near_then_overdue():
    assert state(dt.date(2018, 1, 5)).state == D.PENDING        # Friday: two working days left
    assert state(dt.date(2018, 1, 8)).state == D.NEAR           # Monday: the next working day
    assert state(DUE).state == D.NEAR                           # the day itself
    late = state(dt.date(2018, 1, 10))
    assert (late.state, late.late) == (D.OVERDUE, 1)
    assert state(dt.date(2018, 1, 15)).late == 4


def test_near_counts_working_days_across_a_weekend_and_bank_holidays():
    assert state(dt.date(2018, 1, 5), due=dt.date(2018, 1, 8)).state == D.NEAR           # Friday before Monday
    assert state(dt.date(2018, 3, 29), due=dt.date(2018, 4, 3)).state == D.NEAR          # over Easter
    assert state(dt.date(2018, 3, 28), due=dt.date(2018, 4, 3)).state == D.PENDING


def test_done_on_or_before_the_day_is_met_and_after_it_missed():
    assert state(dt.date(2018, 2, 1), done=DUE).state == D.MET
    assert state(dt.date(2018, 2, 1), done=dt.date(2018, 1, 2)).state == D.MET
    missed = state(dt.date(2018, 2, 1), done=dt.date(2018, 1, 10))
    assert (missed.state, missed.late) == (D.MISSED, 1)


def test_which_deadlines_apply():
    today = dt.date(2018, 1, 10)
    everything = D.Dates(reported=dt.date(2018, 1, 3), enhanced_rights=True, informed=dt.date(2018, 1, 4),
                         asked=dt.date(2018, 1, 4), received=dt.date(2018, 1, 9), allocated=dt.date(2018, 1, 9))
    got = {d.kind: d for d in D.for_referral(everything, today, first_contact_days=5)}
    assert got[D.INFORMATION].state == D.MET                    # due 4 January with enhanced rights
    assert (got[D.REFERRAL].due, got[D.REFERRAL].state, got[D.REFERRAL].late) == (dt.date(2018, 1, 8), D.MISSED, 1)
    assert (got[D.FIRST_CONTACT].due, got[D.FIRST_CONTACT].state) == (dt.date(2018, 1, 16), D.PENDING)
    without = D.for_referral(D.Dates(enhanced_rights=False, informed=dt.date(2018, 1, 4), received=today), today, 5)
    assert without == []                                        # never reported, no dated request, not allocated
    closed = D.Dates(allocated=dt.date(2018, 1, 2), closed=True)
    assert D.for_referral(closed, today, 5) == []               # closed before any contact: nothing runs


def test_only_near_and_overdue_need_attention_overdue_first():
    items = [state(dt.date(2018, 1, 8)), state(dt.date(2018, 1, 8), due=dt.date(2018, 1, 2)),
             state(dt.date(2018, 1, 8), due=dt.date(2018, 1, 20)), state(dt.date(2018, 1, 8), done=DUE)]
    assert [d.state for d in D.needs_attention(items)] == [D.OVERDUE, D.NEAR]

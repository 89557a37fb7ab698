"""The Victims' Code due days fall on working days: weekends and the England and Wales bank holidays are skipped,
and a victim with enhanced rights is told about restorative justice within 1 working day instead of 5."""
import datetime as dt

from minutebook.hub.rules import deadlines as D


def test_information_with_and_without_enhanced_rights_over_easter():
    thursday = dt.date(2018, 3, 29)                        # Good Friday 30 March, Easter Monday 2 April
    assert D.information_due(thursday, enhanced_rights=True) == dt.date(2018, 4, 3)
    assert D.information_due(thursday, enhanced_rights=False) == dt.date(2018, 4, 9)    # 3, 4, 5, 6, 9 April


def test_information_for_a_crime_reported_at_the_weekend():
    saturday = dt.date(2018, 1, 6)
    assert D.information_due(saturday, enhanced_rights=True) == dt.date(2018, 1, 8)     # Monday
    assert D.information_due(saturday, enhanced_rights=False) == dt.date(2018, 1, 12)   # Friday


def test_information_over_christmas_and_new_year():
    friday = dt.date(2017, 12, 22)
    assert D.information_due(friday, enhanced_rights=True) == dt.date(2017, 12, 27)
    assert D.information_due(friday, enhanced_rights=False) == dt.date(2018, 1, 3)


def test_referral_within_two_working_days_over_bank_holiday_weekends():
    assert D.referral_due(dt.date(2018, 8, 24)) == dt.date(2018, 8, 29)     # summer bank holiday Monday 27 August
    assert D.referral_due(dt.date(2022, 6, 1)) == dt.date(2022, 6, 7)       # 2 and 3 June 2022: the Platinum Jubilee
    assert D.referral_due(dt.date(2018, 1, 9)) == dt.date(2018, 1, 11)      # an ordinary week


def test_first_contact_follows_the_services_own_target():
    allocated = dt.date(2018, 5, 4)                         # Friday before the early May bank holiday
    assert D.first_contact_due(allocated, 1) == dt.date(2018, 5, 8)
    assert D.first_contact_due(allocated, 5) == dt.date(2018, 5, 14)
    assert D.first_contact_due(allocated, 10) == dt.date(2018, 5, 21)


def test_working_days_late_counts_only_working_days():
    assert D.working_days_late(dt.date(2018, 1, 9), dt.date(2018, 1, 9)) == 0
    assert D.working_days_late(dt.date(2018, 1, 9), dt.date(2018, 1, 15)) == 4         # 10, 11, 12, 15
    assert D.working_days_late(dt.date(2018, 3, 29), dt.date(2018, 4, 3)) == 1         # only 3 April counts

"""Duplicate referrals; Victims' Code working-day deadlines on the England and Wales bank holidays."""
import datetime as dt

from minutebook.hub.rules import deadlines, duplicates


def test_same_people_and_offence_are_duplicates():
    a = {"victim": "Mrs Jo O'Neil", "offender": "Sam Price", "offence_date": dt.date(2018, 1, 3)}
    b = {"victim": "jo oneil", "offender": "SAM  PRICE", "offence_date": dt.date(2018, 1, 3)}
    assert duplicates.is_duplicate(a, b)
    assert not duplicates.is_duplicate(a, {**b, "offence_date": dt.date(2018, 1, 4)})
    assert duplicates.is_duplicate({"crime_reference": "01/123456/18"}, {"crime_reference": "01 123456 18"})
    assert duplicates.key(a["victim"], a["offender"], a["offence_date"]) == duplicates.key(b["victim"], b["offender"],
                                                                                           b["offence_date"])


def test_deadlines_skip_weekends_and_bank_holidays():
    friday = dt.date(2017, 12, 22)
    assert deadlines.information_due(friday, enhanced_rights=True) == dt.date(2017, 12, 27)   # 25, 26 Dec
    assert deadlines.information_due(friday, enhanced_rights=False) == dt.date(2018, 1, 3)    # 27-29 Dec, 2-3 Jan
    assert deadlines.referral_due(dt.date(2018, 3, 29)) == dt.date(2018, 4, 4)                # Good Friday, Easter Monday
    assert deadlines.first_contact_due(dt.date(2018, 5, 4), 1) == dt.date(2018, 5, 8)         # early May bank holiday

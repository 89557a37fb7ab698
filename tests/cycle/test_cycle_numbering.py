"""Minute numbers run on across meetings; report numbers follow the body's series."""
from minutebook.cycle.numbering import minute_key, next_minute_number, next_report_no, number_minutes


def test_minute_numbers_continue_after_the_highest():
    assert next_minute_number(["175", "186a", "186b", "191"]) == 192
    assert next_minute_number([]) is None
    assert next_minute_number(["143"], configured=175) == 175


def test_sub_items_take_letters():
    assert number_minutes(192, [False, False, True, True, False]) == ["192", "193", "193a", "193b", "194"]
    assert sorted(["139b", "140", "139", "139a"], key=minute_key) == ["139", "139a", "139b", "140"]


def test_report_numbers_follow_the_series():
    assert next_report_no("CSD", ["CSD 17041", "CSD 17104", "ES 1"]) == "CSD 17105"
    assert next_report_no("CSD", [], configured=18003) == "CSD 18003"
    assert next_report_no(None, []) is None


def test_report_numbers_are_of_the_meetings_year():
    taken = ["CSD 17041", "CSD 17104", "CSD 18003"]
    assert next_report_no("CSD", taken, configured=18004, year=2018) == "CSD 18004"
    assert next_report_no("CSD", taken, configured=18004, year=2017) == "CSD 17105"
    assert next_report_no("CSD", taken, configured=18004, year=2019) == "CSD 19001"
    assert next_report_no("CSD", taken + ["CSD 18004"], configured=18004, year=2018) == "CSD 18005"   # reserved
    # a series not formed of years runs on
    assert next_report_no("ES", ["ES 7"], year=2019) == "ES 8"

"""A name broken across a line end is one person; a list of surnames wrapped at the margin stays apart."""
from minutebook.ingest.parsers.attendance import _people


def names(lines):
    return [p.name for p in _people(lines)]


def test_first_name_at_the_line_end_joins_the_surname_below():
    assert names(["Ruth Hale (Chair), Ade Ogunleye, Olu", "Adeyemi (Director), Sam Tow"]) == \
        ["Ruth Hale", "Ade Ogunleye", "Olu Adeyemi", "Sam Tow"]


def test_title_at_the_line_end_joins_the_name_below():
    assert names(["Cllr Ita Brophy, Cllr Dara Moss, Senator", "Una Kerr, Cllr Tom Daly"]) == \
        ["Ita Brophy", "Dara Moss", "Una Kerr", "Tom Daly"]


def test_surnames_wrapped_at_the_margin_stay_apart():
    assert names(["Bell, Cole, Dunn", "Eyre, Ford"]) == ["Bell", "Cole", "Dunn", "Eyre", "Ford"]


def test_a_full_stop_at_a_line_end_ends_the_wrapped_list():
    assert names(["Director, Regional Services (Ms. C. Carey), Meetings Administrator (Mr. T. Dolan),",
                  "Assistant Staff Officer (Ms. E. Bowe), Senior",
                  "Executive Officer (Ms. R. Kent).",
                  "Superintendent E. Nash, Inspector A. Cole and Garda L. Lynch."]) == \
        ["C. Carey", "T. Dolan", "E. Bowe", "R. Kent", "E. Nash", "A. Cole", "L. Lynch"]

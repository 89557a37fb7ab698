"""A lettered sub-item of a layout-printed agenda whose title wraps onto a line indented past its letter
("b. Special meeting … (community" / "   conversation)") keeps the whole title."""
from minutebook.ingest.parse import parse_file

DOC = """                    NOTICE AND AGENDA OF BOARD MEETING
                    Wrenfield Parks Board
          Date:        Thursday, July 11, 2024
          Time:        5:30 p.m.
          Location:    Wrenfield Community Center, 80 Elm Row

                              MEETING AGENDA
  1.   Call to Order
  2.   Approval of Minutes
          a. Regular meeting of June 13, 2024
          b. Special meeting of June 27, 2024 (joint session with the library
             board)
  3.   New Business
          a. Request from the youth soccer league to extend field hours on
             weekday evenings
  4.   Adjournment
"""


def test_wrapped_subitem_titles_are_joined(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "agenda")
    titles = {i.number: i.title for i in record.agenda}
    assert titles["2b"] == "Special meeting of June 27, 2024 (joint session with the library board)"
    assert titles["3a"] == "Request from the youth soccer league to extend field hours on weekday evenings"
    assert list(titles) == ["1", "2", "2a", "2b", "3", "3a", "4"]

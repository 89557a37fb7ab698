"""Page ranges in a "Page Nos." column at the end of the item's line ("2. Minutes      1 - 10"), with the column's
gap kept (layout text) or lost ("2. Minutes 1 - 10"); without such a column, a year span in a title stays in the
title."""
import re

import pytest

from minutebook.ingest.parse import parse_file

FRONT = """HEALTH AND WELLBEING BOARD

Thursday 14 March 2024 at 6.30 pm
Room 8, Brixworth Town Hall, London SW2 1RW

AGENDA

Please note that the order of business may be varied by the Chair.

Page Nos.

1. Declaration of Pecuniary Interests

2. Minutes                                                        1 - 10
To agree the minutes of the meeting held on 15 December 2023 as a correct record.

3. Better Care Fund Update                                        11 - 24
Report of the Director of Integrated Health and Care.

4. Joint Strategy 2024 - 2029                                     25 - 30

5. Forward Plan                                                   31
"""


@pytest.mark.parametrize("gap", [True, False])
def test_page_column(tmp_path, gap):
    text = FRONT if gap else re.sub(r" {2,}(?=\d)", " ", FRONT)
    path = tmp_path / "front.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert [(i.number, i.title, i.pages) for i in rec.agenda] == [
        ("1", "Declaration of Pecuniary Interests", None),
        ("2", "Minutes", "1-10"),
        ("3", "Better Care Fund Update", "11-24"),
        ("4", "Joint Strategy 2024 - 2029", "25-30"),
        ("5", "Forward Plan", "31"),
    ]


def test_without_a_page_column_a_lone_number_or_year_span_is_title(tmp_path):
    text = re.sub(r" {2,}(?=\d)", " ", FRONT.replace("Page Nos.", ""))
    path = tmp_path / "front.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert rec.agenda[3].title.startswith("Joint Strategy 2024 - 2029")
    assert (rec.agenda[4].title, rec.agenda[4].pages) == ("Forward Plan 31", None)

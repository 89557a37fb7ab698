"""Action.due where the action states when it is due; null where it does not."""
from __future__ import annotations

import pytest

from minutebook.ingest.parsers.minutes import due_date


@pytest.mark.parametrize("text,meeting,next_date,due", [
    ("Clerk to write to the Highways Authority by 31 March 2024.", "2024-01-09", None, "2024-03-31"),
    ("JD to circulate the revised plan by end of January 2018", "2017-12-19", None, "2018-01-31"),
    ("Replace the swing by the end of February.", "2018-01-09", None, "2018-02-28"),
    ("Report back by the next meeting.", "2018-01-09", "2018-02-06", "2018-02-06"),
    ("Report back by the next meeting.", "2018-01-09", None, None),
    ("Update the risk register by 15th March.", "2023-11-30", None, "2024-03-15"),
    ("The Board noted the report.", "2023-11-30", "2024-01-25", None),
    ("Officers may report by May if needed.", "2023-11-30", None, None),
])
def test_due_date(text, meeting, next_date, due):
    assert due_date(text, meeting, next_date) == due

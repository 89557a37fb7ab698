"""US-style motions minuted with mover, seconder and vote: a carried motion's substance ("to approve …") is the
item's decision, without mover, seconder or vote; a failed motion and a motion to adjourn are not decisions."""
from minutebook.ingest.parse import parse_file

DOC = """CITY OF OAKMERE
CITY COUNCIL REGULAR MEETING MINUTES
Tuesday, June 4, 2024

1. CALL TO ORDER
Mayor Lindgren called the meeting to order at 7:00 p.m.

2. APPROVAL OF MINUTES
Motion by Council Member Adair, seconded by Council Member Voss, to approve the minutes of May 21, 2024. Motion carried 4-0.

3. BID AWARD
Motion by Council Member Voss, seconded by Mayor Lindgren, to award the paving contract to Gray Road Works. Motion failed 1-3.
Council Member Adair moved to rebid the paving contract; seconded by Council Member Voss. The motion carried unanimously.

4. PARK NAMING
A motion to name the new park Heron Meadow was made by Council Member Voss and seconded by Council Member Adair. The motion passed 4-0.

5. ADJOURNMENT
Motion by Council Member Adair, seconded by Council Member Voss, to adjourn. Motion carried 4-0.
"""


def _record(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    return next(r for r in parse_file(path).records if r.kind == "minutes")


def test_carried_motion_is_its_substance(tmp_path):
    items = {i.number: i for i in _record(tmp_path).items}
    assert items["2"].resolutions == ["to approve the minutes of May 21, 2024"]
    assert items["4"].resolutions == ["to name the new park Heron Meadow"]


def test_failed_motion_is_not_a_decision_but_the_next_one_is(tmp_path):
    items = {i.number: i for i in _record(tmp_path).items}
    assert items["3"].resolutions == ["to rebid the paving contract"]


def test_motion_to_adjourn_is_not_a_decision(tmp_path):
    items = {i.number: i for i in _record(tmp_path).items}
    assert items["5"].resolutions == []


def test_who_called_the_meeting_to_order_chairs_it(tmp_path):
    record = _record(tmp_path)
    assert record.chair == "Lindgren"
    assert record.meeting.start == "19:00"

"""County council minutes as ModernGov prints them: "270. Title" with "(Item 1)" under it, PRESENT/ALSO PRESENT/
IN ATTENDANCE, substitutes, lettered decisions and the closing time."""
from minutebook.ingest.lines import Line, Text
from minutebook.ingest.parse import parse_text

MINUTES = """KENT COUNTY COUNCIL

SCRUTINY COMMITTEE

MINUTES of a meeting of the Scrutiny Committee held in the Darent Room, Sessions House, County Hall,
Maidstone on Wednesday, 18 September 2019.

PRESENT: Mr A H T Bowles (Chairman), Mr P Bartlett (Vice-Chairman), Mr M J Angell, Mrs P M Beresford,
Mr N J Collor and Mr G Cooke

ALSO PRESENT: Mr R W Gough

IN ATTENDANCE: Mrs S Hammond (Corporate Director) and Ms A Taylor (Scrutiny Research Officer)

UNRESTRICTED ITEMS

270. Apologies for Absence
(Item 1)

Apologies for absence were received from Mr D Farrell and Mr R Bird. Mr G Cooke was present as a
substitute for Mr D Farrell.

271. Minutes of the meeting held on 17 July 2019
(Item 3)

RESOLVED that the minutes of the meeting held on 17 July 2019 are correctly recorded and that they be
signed by the Chairman.

272. Call-In of Decision 19/00047 - Home to School Transport
(Item 4)

1. The Chairman welcomed Mr Gough to the meeting.

2. Mr Gough explained the background to the decision and answered questions from Members.

3. RESOLVED that the Committee:
(a) thank Mr Gough for attending; and
(b) note the decision.

273. Date of next meeting
(Item 5)

The next meeting will be held on Wednesday, 13 November 2019 at 10.00 am.

The meeting closed at 12.45 pm.
"""


def parse():
    text = Text(source="kent.txt", lines=[Line(t) for t in MINUTES.split("\n")])
    doc = parse_text(text, "kent.txt", "0" * 64)
    assert [r.kind for r in doc.records] == ["minutes"]
    return doc.records[0]


def test_meeting_and_attendance():
    rec = parse()
    assert rec.meeting.date == "2019-09-18" and rec.meeting.end == "12:45"
    assert rec.chair == "A H T Bowles"
    assert [p.name for p in rec.present] == ["A H T Bowles", "P Bartlett", "M J Angell", "P M Beresford",
                                             "N J Collor", "G Cooke"]
    assert [p.name for p in rec.also_present] == ["R W Gough", "S Hammond", "A Taylor"]
    assert [(a.name, a.substitute) for a in rec.apologies] == [("D Farrell", "G Cooke"), ("R Bird", None)]
    assert rec.previous_meeting_date == "2019-07-17" and rec.next_meeting_date == "2019-11-13"


def test_items_resolutions():
    rec = parse()
    assert [(i.number, i.title) for i in rec.items] == [
        ("270", "Apologies for Absence"), ("271", "Minutes of the meeting held on 17 July 2019"),
        ("272", "Call-In of Decision 19/00047 - Home to School Transport"), ("273", "Date of next meeting")]
    items = {i.number: i for i in rec.items}
    assert items["271"].resolutions == [
        "the minutes of the meeting held on 17 July 2019 are correctly recorded and that they be signed by the Chairman."]
    assert items["272"].resolutions == ["thank Mr Gough for attending", "note the decision."]
    assert "(Item" not in items["270"].text

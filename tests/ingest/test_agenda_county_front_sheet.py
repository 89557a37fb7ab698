"""A county front sheet: "Membership (11)" then a party label over a run of names with initials ("Conservative (9):
Mr R W Gough (Chairman), …"), a "Webcasting Notice" heading over its paragraph (not a member), "Ask for:" the
contact, item numbers alone on their line with "(Pages 1 - 12)" on the title line under them, and the
publication date printed last, under the signature."""
from minutebook.ingest.parse import parse_file

FRONT = """Public Document Pack

CABINET
Monday, 4th March, 2024, at 10.00 am
Council Chamber, Sessions House, County Hall, Maidstone

Ask for: Georgina Little
Telephone: 03000 414043

Membership (11)

Conservative (9): Mr R W Gough (Chairman), Mrs C Bell, Mr D L Brazier, Mr D Jeffrey,
Mr P J Oakford, Mrs S Prendergast, Mr D Watkins, Mr R C Love, OBE and
Mrs C Marsh

Labour (2): Ms K Grehan (Vice-Chairman) and Mr A Brady

Webcasting Notice

Please note: this meeting may be filmed for live or subsequent broadcast via the Council's internet site.

UNRESTRICTED ITEMS
(During these items the meeting is likely to be open to the public)

1.
Introduction

2.
Minutes of the Meeting held on 1 February 2024 (Pages 1 - 12)

3.
Revenue and Capital Budget Monitoring Report - December 2023-24 (Pages 13 - 80)

Benjamin Watts
General Counsel
03000 416814

Friday, 23 February 2024
"""


def test_county_front_sheet(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(FRONT, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert rec.kind == "agenda"
    assert [m.name for m in rec.members] == ["R W Gough", "C Bell", "D L Brazier", "D Jeffrey", "P J Oakford",
                                             "S Prendergast", "D Watkins", "R C Love", "C Marsh", "K Grehan", "A Brady"]
    assert (rec.chair, rec.vice_chair) == ("R W Gough", "K Grehan")
    assert rec.contact.name == "Georgina Little"
    assert [(i.number, i.title, i.pages) for i in rec.agenda] == [
        ("1", "Introduction", None),
        ("2", "Minutes of the Meeting held on 1 February 2024", "1-12"),
        ("3", "Revenue and Capital Budget Monitoring Report - December 2023-24", "13-80"),
    ]
    assert (rec.meeting.date, rec.meeting.start) == ("2024-03-04", "10:00")
    assert rec.published == "2024-02-23"


def test_a_plain_name_over_a_paragraph_is_still_a_member(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text("To: Members of the\nCABINET\n\nCouncillor Jo Bell (Chairman)\nCouncillor Al Tate\nRob Vale\n\n"
                    "The Cabinet meets at the Town Hall on Tuesday 5 March 2024 at 7.00 pm and members are asked to "
                    "attend promptly.\n\nAGENDA\n\n1. Apologies for Absence\n", encoding="utf-8")
    (rec,) = parse_file(path).records
    assert [m.name for m in rec.members] == ["Jo Bell", "Al Tate", "Rob Vale"]

"""A front sheet's membership under labels: "Councillors: A (Chair), B (Vice-Chair), C," wrapped onto the next
line, then "Co-opted Member: Dr X (…)": every name is a member and the chair and vice-chair come from the
brackets. "Substitutes:" names are not members."""
from minutebook.ingest.parse import parse_file

FRONT = """Public Document Pack

Dunmoor Borough Council

Enquiries to: Kieran Walsh
Tel: 01234 567 890
Email: kieran.walsh@dunmoor.gov.uk
Date of publication: Monday, 3 March 2025

HOUSING AND COMMUNITIES SCRUTINY PANEL

Date: Wednesday, 12th March, 2025
Time: 7.00 pm
Venue: Council Chamber, Dunmoor House, Market Square, Dunmoor DN4 7QP

Membership
Councillors: Hannah Oakes (Chair), Darren Pike (Vice-Chair), Leonie Fairweather,
Martin Quayle, Sunita Bhatt and Owen Tregarthen

Co-opted Member: Mr Alan Brierley (Tenants' Federation)

Substitutes: Councillors Roy Pennock, Gemma Strand,
Vijay Nair

AGENDA

1.
Apologies for Absence

2.
Work Programme
Pages 3 - 6
"""


def test_labelled_members_wrapped_run_and_co_opted(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(FRONT, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert [m.name for m in rec.members] == ["Hannah Oakes", "Darren Pike", "Leonie Fairweather", "Martin Quayle",
                                             "Sunita Bhatt", "Owen Tregarthen", "Alan Brierley"]
    assert rec.chair == "Hannah Oakes"
    assert rec.vice_chair == "Darren Pike"
    assert rec.members[-1].organisation == "Tenants' Federation"


TO_LINE = """WESTFORD BOROUGH COUNCIL

To: Councillors Alan Smith (Chair), Beth Jones (Vice-Chair), Carl Brown,
Dina Green and Ed Black

Dear Councillor

A meeting of the Licensing Committee will be held in the Council Chamber, Town Hall, Westford on Tuesday 5 March 2024 at 7.00 pm.

AGENDA

1. Apologies for Absence
"""


def test_members_named_on_the_to_line(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(TO_LINE, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert [m.name for m in rec.members] == ["Alan Smith", "Beth Jones", "Carl Brown", "Dina Green", "Ed Black"]
    assert (rec.chair, rec.vice_chair) == ("Alan Smith", "Beth Jones")

"""An Action column cell wrapped over lines (the PDF reader joins its lines with "/"): "Clerk to place on" /
"website" is the Clerk's action, "Heather" / "Poustie/Clerk" is Heather Poustie's and the Clerk's, each resolved to
the person listed (the Clerk by "Clerked by"), not one owner a word ("to", "place", "on")."""
from minutebook.ingest.lines import Line, Text
from minutebook.ingest.parse import parse_text


def minutes(lines):
    return Text(source="t.pdf", lines=[Line(t, action=a) for t, a in lines])


def test_wrapped_column_cells_are_whole_owners():
    text = minutes([
        ("Minutes of the Learning Committee held on 18 January 2021", None),
        ("Present: Paul Evemy, Heather Poustie (Headteacher)", None),
        ("Chaired by Paul Evemy   Clerked by Pete Osborne", None),
        ("LW 33/2021 Minutes of the last meeting", None),
        ("Agreed and signed.", "Clerk to place on/website"),
        ("LW 34/2021 Matters arising", None),
        ("A report on the catch-up funding is to be added to the next agenda.", "Heather/Poustie/Clerk"),
        ("LW 35/2021 Data", None),
        ("The data will be circulated.", "HP/PE"),
    ])
    items = parse_text(text, "t.pdf", "0" * 64).records[0].items
    got = [[(a.owners, a.owner_names) for a in i.actions] for i in items]
    assert got == [
        [(["Clerk"], ["Pete Osborne"])],
        [(["Heather Poustie", "Clerk"], ["Heather Poustie", "Pete Osborne"])],
        [(["HP", "PE"], ["Heather Poustie", "Paul Evemy"])],
    ]

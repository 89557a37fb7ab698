"""A long capitals title wrapped by the layout over three lines ("… NEW PREMISES" / "LICENCE - THE CORNER PANTRY,
14 WHARF STREET," / "MARSHBROOK") is one title; the capitals sentence under a short title is not."""
from minutebook.ingest.parsers.headings import L, split_title


def test_three_line_title():
    lines = [L("4. LICENSING ACT 2003: APPLICATION FOR A NEW PREMISES"), L("LICENCE - THE CORNER PANTRY, 14 WHARF STREET,"),
             L("MARSHBROOK"), L(""), L("The Licensing Officer presented the report.")]
    title, body, last = split_title("LICENSING ACT 2003: APPLICATION FOR A NEW PREMISES", lines, 0)
    assert title == "LICENSING ACT 2003: APPLICATION FOR A NEW PREMISES LICENCE - THE CORNER PANTRY, 14 WHARF STREET, MARSHBROOK"
    assert last == 2


def test_short_title_keeps_its_line():
    lines = [L("5. MINUTES"), L("THE MINUTES OF THE LAST MEETING WERE APPROVED AS A CORRECT RECORD."), L("")]
    title, _, last = split_title("MINUTES", lines, 0)
    assert (title, last) == ("MINUTES", 0)

"""Under a "Page Nos." column, a title long enough to run up to the column leaves one space before its page range
("4   … ORDER REVIEW 3 - 6"): the range is still the item's pages, not title."""
from minutebook.ingest.parsers.agenda import parse_agenda
from minutebook.ingest.parsers.headings import prepare
from minutebook.ingest.readers.text import build, split_pages

TEXT = """To: Members of the Testham Safer Neighbourhoods Group
A meeting of the Testham Safer Neighbourhoods Group will be held at Room 4, Testham Civic Centre on
THURSDAY 7 MARCH 2024 at 9.30 am

A G E N D A
                                                                      Page Nos.
1   APOLOGIES FOR ABSENCE
2   MINUTES OF THE MEETING HELD ON 16 NOVEMBER 2023                   1 - 2
3   NIGHT-TIME ECONOMY: PUBLIC SPACES PROTECTION ORDER REVIEW 3 - 6
4   ANY OTHER BUSINESS
"""


def test_range_after_one_space_under_the_column():
    rec = parse_agenda(prepare(build("a.txt", split_pages(TEXT))))
    items = {i.number: i for i in rec.agenda}
    assert items["3"].title == "NIGHT-TIME ECONOMY: PUBLIC SPACES PROTECTION ORDER REVIEW"
    assert items["3"].pages == "3-6"
    assert items["2"].pages == "1-2"
    assert items["4"].pages is None

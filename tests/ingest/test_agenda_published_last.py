"""The publication date printed last on a long front sheet, under the signature ("Friday, 23 February 2024"),
and not a date printed alone that is far from the meeting (the previous meeting's date)."""
from minutebook.ingest.parse import parse_file

HEAD = """CABINET
Monday, 4th March, 2024, at 10.00 am
Council Chamber, Sessions House, County Hall, Maidstone

Minutes of the last meeting:
4 December 2023

AGENDA
"""
TAIL = """
Benjamin Watts
General Counsel
03000 416814

Friday, 23 February 2024
"""


def test_publication_date_printed_last(tmp_path):
    items = "".join(f"\n{n}.\nReport number {n} on the programme\nReport of the Corporate Director.\n" for n in range(1, 21))
    path = tmp_path / "front.txt"
    path.write_text(HEAD + items + TAIL, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert len(rec.agenda) == 20
    assert rec.published == "2024-02-23"


def test_a_date_issued_inside_an_item_is_not_the_publication(tmp_path):
    text = HEAD + "\n1.\nCode of Practice\nThe revised code issued 12 January 2024 is attached.\n" + \
        "\nThe agenda was published on Friday, 23rd February, 2024.\n"
    path = tmp_path / "front.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert rec.published == "2024-02-23"

"""Minute numbers whose council prefix runs into the year ("FC24/101", "PL24/07") are minute numbers, as
"FC/24/101" and "CSP 24/15" are."""
import tempfile
from pathlib import Path

from minutebook.ingest.parsers.headings import number_key
from minutebook.ingest.parse import parse_file

TEXT = """WRENBURY TOWN COUNCIL
Minutes of the Meeting of the Full Council held on Monday 8 April 2024 at 7.00pm

Present: Cllr A. Bell (Mayor), Cllr C. Dunn, Cllr E. Ford

FC24/101 Apologies for absence
None.

FC24/102 Minutes
RESOLVED that the minutes of the meeting held on 11 March 2024 be approved.

FC24/103 Date of next meeting
Monday 13 May 2024.
"""


def test_fused_prefix_key():
    assert number_key("FC24/101") == number_key("FC/24/101") == (24, 101)


def test_fused_prefix_items():
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.txt"
        path.write_text(TEXT)
        rec = parse_file(path).records[0]
    assert [(i.number, i.title) for i in rec.items] == [
        ("FC24/101", "Apologies for absence"), ("FC24/102", "Minutes"), ("FC24/103", "Date of next meeting")]
    assert rec.items[1].resolutions

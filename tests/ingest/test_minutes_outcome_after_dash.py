"""Entries that close on their outcome after a dash ("a. SEND Policy - agreed") are each a resolution, as
printed without the letter; the lead that lists them ("The following policies were approved …:") is none. A line
on its own that ends "- agreed" is a resolution too; a planning line ending "- approved" is not."""
from minutebook.ingest.parse import parse_file

DOC = """Minutes of the Learning Committee held on 18 January 2021

Present: Paul Evemy, Heather Poustie

LW 40/2021 Policies and Other Documents

The following policies/documents were approved and/or recommended to the FGB for approval:
a. SEND Policy - agreed
b. Children in Care Policy - agreed subject to the title being amended

LW 41/2021 Governance

The register of interests is to be completed at committee meetings.

h. Agree policy review schedule - agreed

LW 42/2021 Planning

DM/2019/00902 - rear extension, Old Mill Cottage - approved
"""


def test_each_entry_with_its_outcome(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    items = parse_file(path).records[0].items
    assert items[0].resolutions == ["SEND Policy - agreed", "Children in Care Policy - agreed subject to the title being amended"]
    assert items[1].resolutions == ["Agree policy review schedule - agreed"]
    assert items[2].resolutions == []

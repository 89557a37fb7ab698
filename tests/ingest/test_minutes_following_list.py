"""A decision whose content is the list under it: "The following matters were agreed for the next agenda:" (or
"The following were elected:") and its entries, to the end of the list, are one resolution; an entry that
gives someone a task ("Clerk to notify …") ends the list."""
from minutebook.ingest.parse import parse_file

DOC = """Minutes of the Full Governing Board held on 14 October 2019

Present: Keith Moore, Simon Barnes, Heather Poustie

7. Election of Chair and Vice Chair

The following were elected:

Chair - Keith Moore
Vice Chair - Simon Barnes
Clerk to notify the local authority of the appointments

8. Matters for the next agenda

The following matters were agreed for the next agenda:

Finance:
• Budget monitoring
• Premises
Safeguarding Matters
"""


def test_the_list_is_the_decision(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    items = parse_file(path).records[0].items
    assert items[0].resolutions == ["The following were elected: Chair - Keith Moore Vice Chair - Simon Barnes"]
    assert items[1].resolutions == ["The following matters were agreed for the next agenda: Finance: "
                                    "Budget monitoring Premises Safeguarding Matters"]

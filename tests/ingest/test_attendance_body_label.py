"""The body's own name as the label of who sat ("Panel: Professor Nigel Shadbolt (Chair), Tim Allen (…)") lists
those present (rule body-label-present), with a colon and names only; "Other Attendees:" beside it are also
present, not apologies (rule other-attendees)."""
from minutebook.ingest.parse import parse_file

DOC = """Local Data Panel - Ninth Meeting 19th July 2011

Meeting note

Panel: Professor Nigel Shadbolt (Chair), Tim Allen (Local Government Association), Janet Hughes (London Assembly)
Apologies: Dave Smith (Sunderland City Council), Steve Peters (DCLG)
Other Attendees: Ruth Hayes (DCLG), Julie Stephenson (DCLG)

Item 1: Minutes, Matters Arising

Minutes of the 23rd March 2011 meeting were agreed.
"""


def test_panel_label_and_other_attendees(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = parse_file(path).records[0]
    assert [p.name for p in record.present] == ["Nigel Shadbolt", "Tim Allen", "Janet Hughes"]
    assert [p.name for p in record.also_present] == ["Ruth Hayes", "Julie Stephenson"]
    assert [a.name for a in record.apologies] == ["Dave Smith", "Steve Peters"]
    assert record.chair == "Nigel Shadbolt"

"""A disposition record: headings that each open their own run of numbered rows, numbered from 1 again under each
("REPORT OF THE EXECUTIVE POLICY COMMITTEE" / "1 Rezoning …" / "REPORT OF THE STANDING POLICY COMMITTEE" / "1 …"):
each heading is an item numbered "", followed by the rows under it; the disposition column ("ADOPTED") is a row's
decision, "LAID OVER" is none."""
from minutebook.ingest.parse import parse_file

DOC = """**COUNCIL MEETING - MARCH 25, 2015**

**DISPOSITION OF ITEMS**

**REPORT OF THE EXECUTIVE POLICY COMMITTEE**

1   Rezoning - 260 Wellington Crescent   ADOPTED

2   Building Canada Fund Application   AMENDED AND ADOPTED

**REPORT OF THE STANDING POLICY COMMITTEE ON PROPERTY**

1   Subdivision - 5715 Roblin Boulevard   LAID OVER

2   Rail Safety   ADOPTED

**COUNCIL MOTIONS**

Motion 1 was carried.
"""


def test_each_heading_opens_its_rows(tmp_path):
    path = tmp_path / "disposition.md"
    path.write_text(DOC, encoding="utf-8")
    record = parse_file(path).records[0]
    assert [(i.number, i.title) for i in record.items] == [
        ("", "REPORT OF THE EXECUTIVE POLICY COMMITTEE"), ("1", "Rezoning - 260 Wellington Crescent"),
        ("2", "Building Canada Fund Application"), ("", "REPORT OF THE STANDING POLICY COMMITTEE ON PROPERTY"),
        ("1", "Subdivision - 5715 Roblin Boulevard"), ("2", "Rail Safety"), ("", "COUNCIL MOTIONS")]
    assert record.items[1].resolutions == ["ADOPTED"]
    assert record.items[2].resolutions == ["AMENDED AND ADOPTED"]
    assert record.items[4].resolutions == []

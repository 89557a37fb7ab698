""""Members of the Council present were: Councillors Jane Ritchie, Chairman, Councillors David Dent, …": the
sentence is the present list (rule present-were), its first name with her office after the comma is the chair,
not the next name."""
from minutebook.ingest.parse import parse_file

DOC = """MINUTES OF THE ANNUAL PARISH MEETING 25 APRIL 2023

Members of the Council present were: Councillors Jane Ritchie, Chairman, Councillors David Dent, Sally Sahin
and Victoria Whitehead

1. Minutes of the last meeting

The minutes were a true record.
"""


def test_members_of_the_council_present_were(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = parse_file(path).records[0]
    assert [p.name for p in record.present] == ["Jane Ritchie", "David Dent", "Sally Sahin", "Victoria Whitehead"]
    assert record.chair == "Jane Ritchie"

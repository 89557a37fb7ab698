"""A heading line that runs on into its narrative ("10. Annual Governance Statement Councillors were presented
with … and approved.") is not itself a decision because its narrative holds one: only the title decides whether
the heading is a decision ("5. The minutes of the last meeting were approved as a true record")."""
from minutebook.ingest.parse import parse_file

DOC = """KESTREL PARISH COUNCIL

Minutes of the meeting held on Monday 13 May 2019 at 7.30 pm

Present: Cllr Ada Rook (Chairman), Cllr Ivo Quill, Cllr Esme Vane

5. The minutes of the meeting held on 8 April 2019 were approved as a true record

10. 2018 Annual Governance Statement Councillors were presented with a copy of the Annual Governance Statement which was considered and approved.

12. Street Lighting Maintenance Three quotes received for the street lighting maintenance were considered and it was agreed further consideration will be given at the next meeting.
"""


def test_title_running_into_a_decision(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    items = {i.number: i for i in record.items}
    assert items["10"].title == "2018 Annual Governance Statement"
    assert "2018 Annual Governance Statement" not in items["10"].resolutions
    assert "Street Lighting Maintenance" not in items["12"].resolutions
    assert any("were approved as a true record" in r for r in items["5"].resolutions)

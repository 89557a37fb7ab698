"""An agenda item's "(To follow)", "(Verbal)", "(Report to follow)" or "(Tabled)" says where its papers are; it is
not part of the title (as "(Pages 3 - 8)" is not)."""
from minutebook.ingest.parse import parse_file

TEXT = """To: Members of the Testham Community Safety Partnership
A meeting of the Testham Community Safety Partnership will be held in Room 1, Testham Town Hall on
Wednesday 22 January 2025 at 6.30 pm

AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 16 October 2024 (Pages 1 - 4)
3. Evaluation of the street pastors grant (To follow)
4. Police update (Verbal)
5. Urgent business
"""


def test_paper_state_is_dropped_from_the_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    rec = parse_file(path).records[0]
    titles = {i.number: i.title for i in rec.agenda}
    assert titles["3"] == "Evaluation of the street pastors grant"
    assert titles["4"] == "Police update"
    assert rec.agenda[1].pages == "1-4"

"""A planning consultation answered in a paragraph of its own ("Recommend approval", "No objection",
"Recommend refusal") is the council's decision on that application, with or without RESOLVED elsewhere."""
import pytest

from minutebook.ingest.parse import parse_file

DOC = """KESTREL PARISH COUNCIL

Minutes of the meeting held on Wednesday 9 March 2016 at 7.30 pm

Present: Cllr Ada Rook (Chairman), Cllr Ivo Quill, Cllr Esme Vane

9 Minutes of the last meeting

{minutes}

10 Planning application Ref No: 16/00210/F Proposed dwelling and garage, Land adjacent 2 Mill Lane

Recommend approval

Planning application Ref No: 16/00230/O Proposed residential development, Site adjacent Hazel Dene

No objection

11 Date of next meeting

Wednesday 13 April 2016.
"""


@pytest.mark.parametrize("minutes", ["The minutes were approved and signed.",
                                     "RESOLVED that the minutes be approved and signed."])
def test_recommendation_paragraphs_are_decisions(tmp_path, minutes):
    path = tmp_path / "m.txt"
    path.write_text(DOC.format(minutes=minutes), encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    item = next(i for i in record.items if i.number == "10")
    assert item.resolutions == ["Recommend approval", "No objection"]

"""A seconded motion that the minutes be signed as a correct record is the item's decision even when no vote or
outcome follows it ("It was proposed by A and seconded by B that the Minutes be signed as correct subject to …
- A raised …"); the decision ends where a spaced dash starts the next remark."""
from minutebook.ingest.parse import parse_file

DOC = """KESTREL PARISH COUNCIL

Minutes of the meeting held on Tuesday 10 March 2009 at 7.30 pm

Present: Mr A. Rook (Chairman), Mr I. Quill, Mrs E. Vane

1. Minutes: It was proposed by I. Quill and seconded by E. Vane that the Minutes be signed as correct subject to one amendment - I. Quill raised the matter of the village plan.

2. Matters Arising: The play area surface cleaner has been ordered.
"""


def test_minutes_signed_as_correct_without_a_vote(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert record.items[0].resolutions == ["the Minutes be signed as correct subject to one amendment"]

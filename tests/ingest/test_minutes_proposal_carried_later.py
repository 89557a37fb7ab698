"""A proposal whose outcome is a later sentence of the paragraph ("The committee proposed that X. … put to the
vote: 27 for, 3 against. The amendment was carried.") is a decision X; one "not carried" is not."""
from minutebook.ingest.parse import parse_file

DOC = """# Example Residents' Association

## Minutes of the Annual General Meeting held on 4 June 2024 at 7pm

**Committee present:** Ann Lee (Chair), Bob Ray (Secretary)

### 1. Constitution

The committee proposed that the quorum for general meetings be reduced from 25 to 15 members. After discussion the proposal was put to the vote: 27 for, 3 against, 1 abstention. The amendment was carried.

### 2. Subscriptions

A member proposed that the subscription be doubled. The proposal was not carried.
"""


def test_carried_in_a_later_sentence(tmp_path):
    path = tmp_path / "m.md"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [r.rstrip(".") for r in record.items[0].resolutions] == [
        "the quorum for general meetings be reduced from 25 to 15 members"]
    assert record.items[1].resolutions == []

"""In minutes that mark their decisions ("Agreed:", "RESOLVED"), the previous minutes confirmed in a plain
sentence ("The minutes were agreed as an accurate record.") are still a decision of that item, beside the
marked one."""
from minutebook.ingest.parse import parse_file

DOC = """# Kestrel Safeguarding Partnership Executive

Minutes of the meeting held on Thursday 8 February 2024 at 10:00

Present: Ada Rook (Chair), Ivo Quill, Esme Vane

## 1. Welcome and apologies

The Chair welcomed members.

## 2. Minutes of the last meeting and action log

{sentence}

The action log was reviewed: one action remained open.

**Agreed:** Ivo Quill to circulate the training figures by the end of February.

## 3. Any other business

There was no other business.
"""


def _resolutions(tmp_path, sentence):
    path = tmp_path / "m.md"
    path.write_text(DOC.format(sentence=sentence), encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    return [r.rstrip(".") for r in record.items[1].resolutions]


def test_minutes_agreed_as_an_accurate_record(tmp_path):
    assert _resolutions(tmp_path, "The minutes were agreed as an accurate record.") == [
        "The minutes were agreed as an accurate record",
        "Ivo Quill to circulate the training figures by the end of February",
    ]


def test_minutes_of_a_dated_meeting_approved_as_a_true_record(tmp_path):
    found = _resolutions(tmp_path, "The minutes of the meeting held on 9 November 2023 were approved as a true and "
                                   "correct record.")
    assert found[0].startswith("The minutes of the meeting held on 9 November 2023 were approved") and len(found) == 2


def test_minutes_mentioned_without_being_confirmed_are_not_a_decision(tmp_path):
    assert len(_resolutions(tmp_path, "The minutes were discussed and will be corrected.")) == 1

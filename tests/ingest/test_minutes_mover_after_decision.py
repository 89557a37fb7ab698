"""The mover and seconder printed after a decision ("…, proposed by A and seconded by B." / "(proposed A, seconded B;
carried unanimously)") are not part of the resolution."""
from minutebook.ingest.parse import parse_file

DOC = """MILLBROOK RESIDENTS' ASSOCIATION
Minutes of the committee meeting held on Tuesday 7 May 2024 at 7.30pm in the Scout Hut

Present: Ann Pryor (Chair), Lee Dunn, Ravi Kohli

1. Minutes of the last meeting
The minutes of the meeting held on 2 April 2024 were approved, proposed by Lee Dunn and seconded by Ravi Kohli.

2. Accounts
The accounts were adopted (proposed Ravi Kohli, seconded Ann Pryor; carried unanimously).

3. Date of next meeting
Tuesday 4 June 2024.
"""


def test_mover_and_seconder_after_the_decision(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    items = {i.number: i for i in record.items}
    assert items["1"].resolutions == ["The minutes of the meeting held on 2 April 2024 were approved."]
    assert items["2"].resolutions == ["The accounts were adopted."]

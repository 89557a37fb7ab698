"""A sum fixed by the meeting in a sentence of its own ("The precept for 2024/25 was agreed at £9,800.") is a
decision, kept whole, even where the other decisions are marked in capitals."""
from minutebook.ingest.parse import parse_file

DOC = """EXAMPLE COMMUNITY COUNCIL
Minutes of the meeting held on Monday 15 January 2024 at 7pm in the Hall.
Present: Cllr A. Lee (Chair), Cllr B. Ray, Cllr C. Orr

1. Minutes
RESOLVED that the minutes of the last meeting be approved.

2. Finance
It was agreed to pay the Clerk's salary of £312.40.
The precept for 2024/25 was agreed at £9,800.
The bank balance at 31 December was £14,210.
"""


def test_figure_agreed(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    found = [r.rstrip(".") for r in record.items[-1].resolutions]
    assert "The precept for 2024/25 was agreed at £9,800" in found
    assert not any("bank balance" in r for r in found)

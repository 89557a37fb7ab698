"""Matters arising list earlier actions with their progress ("Action 4 (JB) – complete", "BC to circulate the
audit letter – ongoing"): they update earlier actions and set no new one, unless the text sets one ("AL to
write to the landlord again.")."""
import tempfile
from pathlib import Path

from minutebook.ingest.parse import parse_file

TEXT = """MINUTES OF THE BOARD MEETING held on 10 April 2024 at 6.00pm

Present: Ann Lowe (Chair) (AL), Ben Carr (BC), Jo Bell (JB)

1. Minutes and matters arising
The minutes of 6 March 2024 were approved.
Action 4 (JB) - complete.
Action 5 (BC): ongoing.
Action 7 (AL) – complete. AL to write to the landlord again.
JB to report on the damp survey – complete.
BC to circulate the audit letter (ongoing).

2. Finance
BC to circulate the audit letter.

3. Any other business
None.
"""


def test_updates_are_not_new_actions():
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.txt"
        path.write_text(TEXT)
        rec = parse_file(path).records[0]
    got = {i.number: [(a.owners, a.text) for a in i.actions] for i in rec.items}
    assert got["1"] == [(["AL"], "AL to write to the landlord again.")]
    assert got["2"] == [(["BC"], "BC to circulate the audit letter.")]

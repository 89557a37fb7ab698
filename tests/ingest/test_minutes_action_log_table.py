"""An ACTION LOG table at the end of minutes (Ref / Action / Owner / Due / Status, or No. / Action / Lead /
By when): each row is an action of the minute its Ref column names, or, where the first column only numbers the
actions, of the minute that records it inline (not counted twice: the log gives its date) or whose words it
shares. Owners may be initials, names or roles; rows already complete are earlier actions."""
import tempfile
from pathlib import Path

from minutebook.ingest.parse import parse_file

HEAD = """<html><body><h2>Minutes of the Board meeting held on Wednesday 17 April 2024 at 7.00pm</h2>
<p><strong>Present:</strong> Ann Lowe (Chair) (AL), Ben Carr (Treasurer) (BC), Cara Dunn (CD)</p>
<p><strong>In attendance:</strong> Dev Patel, Clerk (DP)</p>
<h3>1. Finance</h3><p>BC presented the accounts. The Board approved the budget.</p>
<p>Action: BC to send the accounts to the examiner.</p>
<h3>2. Allocations policy</h3><p>CD presented the draft allocations policy.</p>
<h3>3. Any other business</h3><p>None.</p>
<h3>Action log</h3>
"""


def _parse(html):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.html"
        path.write_text(html + "</body></html>")
        return parse_file(path).records[0]


def _owners(rec):
    return {i.number: sorted(tuple(a.owners) for a in i.actions) for i in rec.items if i.actions}


def test_ref_column_names_the_minute():
    rec = _parse(HEAD + "<table><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>"
                 "<tr><td>2</td><td>Circulate the final policy to the housing association</td><td>CD</td>"
                 "<td>15 May 2024</td><td>Open</td></tr>"
                 "<tr><td>1</td><td>Send the year-end accounts to the examiner</td><td>BC</td><td>30 April 2024</td>"
                 "<td>Open</td></tr></table>")
    assert _owners(rec) == {"1": [("BC",)], "2": [("CD",)]}
    assert rec.items[0].actions[0].due == "2024-04-30"
    assert rec.items[1].actions[0].owner_names == ["Cara Dunn"]
    assert "Action log" not in rec.items[-1].text and "housing association" not in rec.items[-1].text


def test_numbered_log_goes_to_the_minute_that_shares_its_words():
    rec = _parse(HEAD + "<table><tr><th>No.</th><th>Action</th><th>Lead</th><th>By when</th></tr>"
                 "<tr><td>1</td><td>Send the accounts to the independent examiner</td><td>BC</td><td>30 April 2024</td></tr>"
                 "<tr><td>2</td><td>Circulate the final allocations policy to members</td><td>Clerk</td><td>15 May 2024</td></tr>"
                 "</table>")
    assert _owners(rec) == {"1": [("BC",)], "2": [("Clerk",)]}
    assert rec.items[1].actions[0].owner_names == ["Dev Patel"]


def test_completed_rows_are_not_new_actions():
    rec = _parse(HEAD + "<table><tr><th>No.</th><th>Action</th><th>Owner</th><th>Status</th></tr>"
                 "<tr><td>1</td><td>Publish the allocations policy draft for comment</td><td>Cara Dunn</td><td>Open</td></tr>"
                 "<tr><td>2</td><td>Renew the allocations policy insurance</td><td>AL</td><td>Complete</td></tr>"
                 "</table>")
    assert _owners(rec) == {"1": [("BC",)], "2": [("Cara Dunn",)]}
    assert rec.items[1].actions[0].owner_names == ["Cara Dunn"]

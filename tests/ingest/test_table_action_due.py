"""An Item / Action table's date column ("No. | Item | Action by | Date") is the due date of the row's action."""
import json
from pathlib import Path

from minutebook.ingest.parse import parse_file

DOC = Path(__file__).resolve().parent / "tables" / "ravensford_scp_minutes_2024-06-05.docx"


def test_date_column_is_the_action_due_date():
    record = next(r for r in json.loads(parse_file(DOC).to_json())["records"] if r["kind"] == "minutes")
    due = {i["number"]: [(a["owners"], a["due"]) for a in i["actions"]] for i in record["items"] if i["actions"]}
    assert due == {"3": [(["CI", "MO"], "2024-07-31")], "4": [(["SL"], "2024-07-19")], "5": [(["FC"], None)]}

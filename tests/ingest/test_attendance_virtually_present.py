"""Community council attendance: "Virtually Present:" is a present list; "County Cllr Webb" (a councillor of
another authority) attends, not a member; "& the Clerk", unnamed, is no one to list."""
from minutebook.ingest.parse import parse_file


def test_virtually_present(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("Minutes of a meeting of the above Council held on Monday 27th July 2020 at 7.00pm via telephone.\n\n"
                    "Virtually Present:  Chairman Cllr Shewell, Cllrs Hayward, Cobb, Richards, County Cllr Webb & the Clerk.\n\n"
                    "2907.\tPolice Report:  Attached.\n\n2908.\tPublic Forum:  No one attending.\n", encoding="utf-8")
    record = parse_file(path).records[0]
    assert [p.name for p in record.present] == ["Shewell", "Hayward", "Cobb", "Richards"]
    assert [p.name for p in record.also_present] == ["Webb"]
    assert record.chair == "Shewell"

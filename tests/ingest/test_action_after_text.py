"""Actions written after what was said, with the people named: "… propose a change for 2022. Action: John, before
next AGM", "… Action: Danny to contact IAM and John to contact DAM, by end January": the owners are the people
(first names resolved against those present, roles as printed), without the date they are to act by; initials
after "Action:" are left to the Action-column rules. "NTR" alone on a line is no set of initials."""
from minutebook.ingest.parse import parse_file

HEAD = ("Minutes of Committee Meeting\n\nHeld 05 January 2021\n\n"
        "Present - Mel Leitch, John Atkinson, Danny Holmes\n\n")


def test_people_named_after_action(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(HEAD + "1 Apologies\n\nNTR\n\n2 Matters Arising\n\n"
                    "Memorial Ride - it was agreed to propose a change for 2022. Action: John, before next AGM\n"
                    "Next club night - Virtual meeting by Zoom. Action: John and Danny by 08 Jan\n\n"
                    "3 Membership\n\nA discussion took place on renewals. Action: Danny to contact IAM and John to "
                    "contact DAM to discuss, by end January\n", encoding="utf-8")
    items = parse_file(path).records[0].items
    assert items[0].actions == []
    assert [(a.owners, a.owner_names) for a in items[1].actions] == [
        (["John"], ["John Atkinson"]), (["John", "Danny"], ["John Atkinson", "Danny Holmes"])]
    assert items[1].actions[0].text == "Memorial Ride - it was agreed to propose a change for 2022."
    assert [a.owners for a in items[2].actions] == [["Danny", "John"]]

"""The minutes an agenda item approves, named under it ("APPROVAL OF MINUTES:" / "Minutes of November 9, 2022 City
Council Regular Meeting."), are what the item takes, not the start of a minutes record."""
from minutebook.ingest.parse import parse_file


def test_minutes_under_approval_item(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text("AGENDA\nRegular Meeting of the City Council\nWEDNESDAY, DECEMBER 14, 2022 6:30 p.m.\n\n"
                    "1. CALL TO ORDER\n2. APPROVAL OF MINUTES:\nMinutes of November 9, 2022 City Council Regular Meeting.\n"
                    "3. PUBLIC COMMENTS\n4. ADJOURNMENT\n", encoding="utf-8")
    records = parse_file(path).records
    assert [r.kind for r in records] == ["agenda"]
    assert [i.number for i in records[0].agenda] == ["1", "2", "3", "4"]

"""Fire and rescue ranks before a name are titles, as police ranks are: "Apologies were received from Station
Commander Lisa Brightwater and Marcus Delacroix" gives two people."""
from minutebook.ingest.parse import parse_file

TEXT = """TESTHAM SAFER PARTNERSHIP
Minutes of the meeting held at 2.00 pm on 20 June 2024
Present: Councillor Ann Smith (Chair), Colin Ferreira and Dina Oduya

1 APOLOGIES FOR ABSENCE
Apologies were received from Station Commander Lisa Brightwater and Group Manager Marcus Delacroix.

2 POLICE UPDATE
RESOLVED that the update be noted.

The meeting ended at 3.35 pm
"""


def test_fire_ranks_are_titles(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(TEXT, encoding="utf-8")
    rec = parse_file(path).records[0]
    assert [p.name for p in rec.apologies] == ["Lisa Brightwater", "Marcus Delacroix"]

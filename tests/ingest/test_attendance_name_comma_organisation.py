"""A list of one person a line, most lines "Name, role or organisation": a line whose second part has no role or
organisation word ("Sinead Quarrie, Victim Support") is still a name and what she represents, not two names. A list
whose lines are not mostly "Name, role" keeps its commas as separators."""
from minutebook.ingest.parse import parse_file

HEAD = """TESTHAM SAFER PARTNERSHIP
Minutes of the meeting held at 2.00 pm on 20 June 2024
Present:
"""
TAIL = """
1 POLICE UPDATE
RESOLVED that the update be noted.

The meeting ended at 3.35 pm
"""


def _present(tmp_path, rows):
    path = tmp_path / "m.txt"
    path.write_text(HEAD + "\n".join(rows) + "\n" + TAIL, encoding="utf-8")
    return [p.name for p in parse_file(path).records[0].present]


def test_second_part_is_the_body_represented(tmp_path):
    rows = ["Councillor Ann Smith (Chair)", "Wendy Harcastle, Director of Public Realm",
            "Colin Ferreira, Probation Service", "Sinead Quarrie, Victim Support"]
    assert _present(tmp_path, rows) == ["Ann Smith", "Wendy Harcastle", "Colin Ferreira", "Sinead Quarrie"]


def test_names_parted_by_commas_stay_apart(tmp_path):
    rows = ["Councillors Ann Smith, Bob Jones", "Carla Mendes, Dev Patel"]
    assert _present(tmp_path, rows) == ["Ann Smith", "Bob Jones", "Carla Mendes", "Dev Patel"]

"""In a block written one person a line ("Mr. A B, Director of Services."), a line that lists several titled
people ("Superintendent A B, Inspector C D") is a list of people, not one person with a role; and a list wrapped
after a name ending in an accented letter ("Inspector Ruairí" / "Geraghty.") joins across the break."""
from minutebook.ingest.parse import parse_file

DOC = """KESTREL COUNTY COUNCIL

Minutes of the meeting of the Kestrel Joint Policing Committee held on Monday 4th March 2024 at 3.00 p.m.

Present:
Cllr. Ada Rook, Cllr. Ivo Quill, Cllr. Esme Vane.

An Garda Síochána:
Chief Superintendent Órla Nagle, Superintendent Cian Walsh, Inspector {wrap}

Officials:
Mr. Liam Tully, Director of Services.
Ms. Nora Beggs, Senior Executive Officer.
Ms. Ciara Dunne, Meetings Administrator.

1. Minutes of the previous meeting

The minutes were adopted.
"""


def _names(tmp_path, wrap):
    path = tmp_path / "m.txt"
    path.write_text(DOC.format(wrap=wrap), encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    return [(p.name, p.role) for p in record.also_present]


def test_titled_people_on_one_line_are_each_a_person(tmp_path):
    names = _names(tmp_path, "Eoghan Ó Ruairí.")
    assert ("Cian Walsh", None) in names and ("Eoghan Ó Ruairí", None) in names
    assert ("Órla Nagle", None) in names
    assert ("Liam Tully", "Director of Services") in names


def test_list_wrapped_after_an_accented_letter(tmp_path):
    names = _names(tmp_path, "Ruairí\nMoloney.")
    assert ("Ruairí Moloney", None) in names
    assert not any(n == "Moloney" for n, _ in names)

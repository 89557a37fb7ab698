"""Substitutes however the minutes write them: the substitute is present, the member they stood in for sent
apologies, and the apology names the substitute."""
from minutebook.ingest.parse import parse_file

HEAD = """BRACKLEY POLICE AND CRIME PANEL

Minutes of the meeting held on Friday, 12th April, 2024 at 10.00 am

"""
ITEMS = """
1. APOLOGIES FOR ABSENCE

{apologies}

2. MINUTES

RESOLVED: That the minutes of the meeting held on 9 February 2024 be approved.
"""


def subs(tmp_path, present, apologies):
    path = tmp_path / "m.txt"
    path.write_text(HEAD + present + "\n" + ITEMS.format(apologies=apologies), encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    return record, {(a.name, a.substitute) for a in record.apologies if a.substitute}


def test_substitute_in_brackets_in_the_present_list(tmp_path):
    record, found = subs(tmp_path, "Present: Councillor Ada Rook (Chair), Councillor Ivo Quill (substitute for Councillor Esme Vane)",
                         "There were no other apologies.")
    assert found == {("Esme Vane", "Ivo Quill")}
    assert "Ivo Quill" in [p.name for p in record.present]


def test_substitute_in_brackets_in_the_apologies_sentence(tmp_path):
    record, found = subs(tmp_path, "Present: Councillor Ada Rook (Chair), Councillor Ivo Quill",
                         "Apologies were received from Councillor Esme Vane (Councillor Ivo Quill substituting) and "
                         "Councillor Tam Hewer.")
    assert found == {("Esme Vane", "Ivo Quill")}
    assert sorted(a.name for a in record.apologies) == ["Esme Vane", "Tam Hewer"]


def test_surname_only_substitution_sentence(tmp_path):
    record, found = subs(tmp_path, "Present: Councillor Ada Rook (Chair), Councillor Ivo Quill, Councillor Esme Vane",
                         "Apologies were received from Councillor Vane. Councillor Quill substituted for Councillor Vane.")
    assert found == {("Esme Vane", "Ivo Quill")}
    assert "Esme Vane" not in [p.name for p in record.present]


def test_attended_in_place_of(tmp_path):
    record, found = subs(tmp_path, "Present: Councillor Ada Rook (Chair), Inspector Rhian Tull",
                         "Apologies were received from Supt Owen Dray. Inspector Rhian Tull attended in place of Supt Owen Dray.")
    assert found == {("Owen Dray", "Rhian Tull")}


def test_for_a_member_in_brackets_after_the_name(tmp_path):
    record, found = subs(tmp_path, "Present: Ada Rook (Chair), Justine Mora (for Pietro Sale) (Deputy Manager, Westvale Housing)",
                         "Apologies were received from Pietro Sale.")
    assert found == {("Pietro Sale", "Justine Mora")}
    assert "Justine Mora" in [p.name for p in record.present]


def test_substitute_in_brackets_in_the_apologies_section(tmp_path):
    record, found = subs(tmp_path, "Present: Councillor Ada Rook (Chair)\nApologies: Councillor Esme Vane (substituted by "
                         "Councillor Ivo Quill), Councillor Tam Hewer", "Apologies were noted as above.")
    assert found == {("Esme Vane", "Ivo Quill")}
    assert "Ivo Quill" in [p.name for p in record.present]
    assert sorted(a.name for a in record.apologies) == ["Esme Vane", "Tam Hewer"]

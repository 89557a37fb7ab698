""""Inspector X attended on behalf of the Borough Commander": the substitute stands in for the one member who holds
that office and sent apologies (the office as the minutes or, in a pack, the agenda's membership list prints it).
Where no apologising member holds it, or two do, no substitute is guessed."""
from minutebook.ingest.parse import parse_file

MINUTES = """TESTHAM SAFER GROUP
Minutes of the meeting held at 9.30 am on 16 November 2023
Present:
Lorcan Pryce, (Director of Environment) (Chairman)
Damaris Keene, (Probation Delivery Unit)
Inspector Tobiah Mwangi, (Testham Police)

31 APOLOGIES FOR ABSENCE
Apologies were received from {apologies}. Inspector Tobiah Mwangi attended on behalf of the Borough Commander.

32 POLICE UPDATE
RESOLVED that the update be noted.

The meeting ended at 11.05 am
"""

MEMBERS = """To: Members of the
TESTHAM SAFER GROUP
Superintendent Adaeze Whitcombe, (Borough Commander) (Chairman)
Lorcan Pryce, (Director of Environment) (Vice-Chairman)
Damaris Keene, (Probation Delivery Unit)
Ibrahim Castellanos, (Head of Youth Offending Service)

A meeting of the Testham Safer Group will be held at Room 4, Testham Civic Centre on THURSDAY 7 MARCH 2024
at 9.30 am

A G E N D A

1 APOLOGIES FOR ABSENCE

2 MINUTES OF THE MEETING HELD ON 16 NOVEMBER 2023 (Pages 1 - 2)

3 POLICE UPDATE
"""


def _subs(tmp_path, text):
    path = tmp_path / "m.txt"
    path.write_text(text, encoding="utf-8")
    rec = next(r for r in parse_file(path).records if r.kind == "minutes")
    return [(a.name, a.substitute) for a in rec.apologies if a.substitute]


def test_office_named_in_the_apologies(tmp_path):
    text = MINUTES.format(apologies="Superintendent Adaeze Whitcombe (Borough Commander) and Ibrahim Castellanos")
    assert _subs(tmp_path, text) == [("Adaeze Whitcombe", "Tobiah Mwangi")]


def test_office_named_in_the_packs_membership(tmp_path):
    text = MEMBERS + "\f" + MINUTES.format(apologies="Superintendent Adaeze Whitcombe and Ibrahim Castellanos")
    assert _subs(tmp_path, text) == [("Adaeze Whitcombe", "Tobiah Mwangi")]


def test_no_office_holder_no_substitute(tmp_path):
    text = MINUTES.format(apologies="Adaeze Whitcombe and Ibrahim Castellanos")
    assert _subs(tmp_path, text) == []

"""A front sheet's member whose role wraps after a preposition ("Deputy Leader and Cabinet Member for" /
"Finance") is one member with the whole role; the wrapped word is not another member."""
from minutebook.ingest.parse import parse_file

FRONT = """Public Document Pack

Kestrel County Council

Contact: Ada Pell
Tel: 01632 960 111
Date of Publication: Friday, 5 April 2024

To: Members of the Cabinet

Councillor Ivo Quill (Chairman) - Leader of the Council
Councillor Esme Vane (Vice-Chairman) - Deputy Leader and Cabinet Member for
Resources
Councillor Tam Hewer - Cabinet Member for Children and Education
Councillor Lev Marr - Cabinet Member for the
Environment

A meeting of the Cabinet will be held at County Hall, Kestrel on Tuesday, 16 April 2024 at 10.00 am.

A G E N D A

1. Apologies for Absence

2. Minutes of the Previous Meeting (Pages 3 - 10)
"""


def test_role_wrapped_after_a_preposition(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(FRONT, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "agenda")
    assert [m.name for m in record.members] == ["Ivo Quill", "Esme Vane", "Tam Hewer", "Lev Marr"]
    roles = {m.name: m.role for m in record.members}
    assert roles["Esme Vane"].endswith("Cabinet Member for Resources")
    assert roles["Lev Marr"].endswith("Cabinet Member for the Environment")

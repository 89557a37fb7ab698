"""A layout attendance register with Present / Apologies / Absent columns: the column a mark stands under decides
the list, though the empty cells of the row are not printed; the absent are neither present nor apologies."""
from minutebook.ingest.parse import parse_file

DOC = """                         WESTVALE COMMUNITY SAFETY PARTNERSHIP

               Minutes of the meeting held on 5 February 2024 at 2.00 pm

Name                          Representing                  Present   Apologies   Absent
Cllr Anwen Lusk (Chair)       Westvale District Council        Y
Cllr Bram Oduya               Westvale District Council                  Y
Insp Coral Theaker            Westvale Police                  Y
Ida Penhale                   Probation Service                          Y
Ned Farrow                    Fire and Rescue Service                                Y
Tom Quill                     Westvale Homes                   Y

1.   APOLOGIES
     Apologies were received as set out above.

2.   MINUTES
     RESOLVED: That the minutes be approved as a correct record.
"""


def test_the_mark_column_decides(tmp_path):
    path = tmp_path / "csp.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [p.name for p in record.present] == ["Anwen Lusk", "Coral Theaker", "Tom Quill"]
    assert [a.name for a in record.apologies] == ["Bram Oduya", "Ida Penhale"]
    assert record.chair == "Anwen Lusk"

"""A "Substitutes:" label column as `pdftotext -layout` prints it, an entry wrapped inside its brackets
("Councillor A (for Councillor" / "B)"): A is present as B's substitute and B sent apologies."""
from minutebook.ingest.parse import parse_file

DOC = """                          HOLMDALE DISTRICT COUNCIL

                              PLANNING COMMITTEE

          Minutes of the meeting held on Tuesday, 9 April 2024 at 6.30 pm
                      in the Council Chamber, Holmdale


Present:           Councillor Ada Brook (Chair)
                   Councillors Ben Carr, Cleo Dunn and Eli Ford

Substitutes:       Councillor Gina Hale-Irving (for Councillor Jack
                   Kemp)
                   Councillor Lena Moss (for Councillor Nia Orr)


12        APOLOGIES FOR ABSENCE

          Apologies were received from Councillors Jack Kemp and Nia Orr.

13        MINUTES

          RESOLVED: That the minutes of the meeting held on 12 March 2024 be
          approved as a correct record.
"""


def test_substitutes_wrapped_in_a_label_column(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert {"Gina Hale-Irving", "Lena Moss"} <= {p.name for p in record.present}
    assert {a.name: a.substitute for a in record.apologies} == {"Jack Kemp": "Gina Hale-Irving", "Nia Orr": "Lena Moss"}

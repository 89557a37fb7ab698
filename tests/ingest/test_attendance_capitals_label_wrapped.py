"""In a `pdftotext -layout` head a capitals label wrapped over two lines of the label column ("ALSO" /
"PRESENT:") is one label, so the names beside both lines are also present, not members."""
from minutebook.ingest.parse import parse_file

DOC = """                        EXAMPLE BOROUGH COUNCIL

        MINUTES of a meeting of the LICENSING SUB-COMMITTEE held in
        Committee Room 1, The Guildhall on Thursday, 16 May 2024 at 10.00 am

   PRESENT:        Councillor D Whitcombe (Chair); Councillors P Fenwick
                   and R Osei

   ALSO            Mr K Sandhu (applicant), Ms J Porter (applicant's
   PRESENT:        agent), PC A Lyle (Police Licensing Officer) and two
                   local residents (objectors)

   1.       APOLOGIES FOR ABSENCE

            There were no apologies for absence.

   2.       DECLARATIONS OF INTEREST

            None.

   3.       ANY OTHER BUSINESS

            None.
"""


def test_wrapped_capitals_label(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [p.name for p in record.present] == ["D Whitcombe", "P Fenwick", "R Osei"]
    assert [p.name for p in record.also_present] == ["K Sandhu", "J Porter", "A Lyle"]

"""A US agenda's posting certificate ("… the foregoing agenda was posted on the City Hall bulletin board …
Dated this 9th day of November 2022.") gives the date it was published."""
from minutebook.ingest.parse import parse_file


def test_posting_certificate(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text("AGENDA\nCITY COUNCIL\nNOVEMBER 15, 2022\n\n1. CALL TO ORDER\n2. ROLL CALL\n3. ADJOURNMENT\n\n"
                    "I hereby certify that the foregoing agenda was posted on the City Hall bulletin board not less than "
                    "72 hours prior to the meeting. Dated this 9th day of November 2022.\n", encoding="utf-8")
    assert parse_file(path).records[0].published == "2022-11-09"

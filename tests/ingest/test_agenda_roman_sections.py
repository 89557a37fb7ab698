"""US agendas number their sections in Roman numerals ("VI. CONSENT AGENDA") and letter the items under them
("A. Approval of Minutes …", "B. …"); a lettered item is numbered after its section, as "12a" is after 12."""
from minutebook.ingest.parse import parse_file

DOC = """CITY OF EXAMPLE
CITY COUNCIL REGULAR MEETING AGENDA
Tuesday, June 4, 2024
6:00 PM
Council Chambers, City Hall

I.    CALL TO ORDER
II.   ROLL CALL
III.  CONSENT AGENDA
      A.  Approval of Minutes - Regular Meeting of May 21, 2024
      B.  Warrant Register No. 24-11
IV.   NEW BUSINESS
      A.  Award of Contract for Street Resurfacing
V.    ADJOURNMENT
"""


def test_roman_sections_and_lettered_items(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "agenda")
    assert [(i.number, i.title) for i in record.agenda] == [
        ("I", "CALL TO ORDER"), ("II", "ROLL CALL"), ("III", "CONSENT AGENDA"),
        ("IIIa", "Approval of Minutes - Regular Meeting of May 21, 2024"), ("IIIb", "Warrant Register No. 24-11"),
        ("IV", "NEW BUSINESS"), ("IVa", "Award of Contract for Street Resurfacing"), ("V", "ADJOURNMENT")]


def test_an_initial_is_not_a_section(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("AGENDA\n1. Apologies\n2. Reports\nI. Smith reported on the fete.\n3. Close\n", encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "agenda")
    assert [i.number for i in record.agenda] == ["1", "2", "3"]

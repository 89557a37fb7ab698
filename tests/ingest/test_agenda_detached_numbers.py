"""A scanned agenda whose text recognition printed the item numbers of a page apart from their titles ("9." /
"10." / "11." alone, then the titles as paragraphs, each followed by the quoted motion): the titles take the
numbers so that the last title has the last number and the first continues the items before."""
from minutebook.ingest.parse import parse_file

SCAN = """Ballyfin County Council
Corporate Services

4th March, 2024.

To: Each Member of the Joint Policing Committee

I wish to inform you that a Meeting of the Joint Policing Committee will take place in the Council Chamber,
County Buildings, Ballyfin, on Monday, 11th March, 2024 at 2.30 p.m.

AGENDA

1. Confirmation of Minutes of meeting held on 4th December, 2023.

2. Update on crime statistics from An Garda Siochana.

3. To receive update on community CCTV schemes.

4. Road safety around schools.

9.

10.

11.

To receive update on the Community Safety Fund.

To consider the following Notice of Motion submitted by Councillor P. Walsh :

"That this Committee calls for additional patrols in Ballyfin town centre at weekends."

To consider the following Notice of Motion submitted by Councillor M. Nolan (deferred from
meeting held on 4th December, 2023) :

| will move at the next meeting that the Committee writes to the Minister about rural policing.

To consider the following Notice of Motion submitted by the Public Participation Network :

"The PPN asks that agendas be circulated two weeks before each meeting."

To note correspondence received.

To consider any other business.

To consider the Work Plan for 2024.
"""


def test_detached_item_numbers(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_text(SCAN, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert [(i.number, i.title) for i in rec.agenda][4:] == [
        ("5", "To receive update on the Community Safety Fund."),
        ("6", "To consider the following Notice of Motion submitted by Councillor P. Walsh"),
        ("7", "To consider the following Notice of Motion submitted by Councillor M. Nolan (deferred from "
              "meeting held on 4th December, 2023)"),
        ("8", "To consider the following Notice of Motion submitted by the Public Participation Network"),
        ("9", "To note correspondence received."),
        ("10", "To consider any other business."),
        ("11", "To consider the Work Plan for 2024."),
    ]
    assert len(rec.agenda) == 11

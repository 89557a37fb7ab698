"""Attendance section labels as minutes write them."""
from minutebook.ingest.parse import parse_file

HEAD = """Harbour Safer Partnership

Minutes of the meeting held on 5 February 2024 at 2.00 pm

{attendance}

1. Minutes
RESOLVED: That the minutes be approved as a correct record.
"""


def minutes(tmp_path, attendance):
    path = tmp_path / "m.txt"
    path.write_text(HEAD.format(attendance=attendance), encoding="utf-8")
    return next(r for r in parse_file(path).records if r.kind == "minutes")


def test_members_and_officers_in_brackets_after_present(tmp_path):
    record = minutes(tmp_path, "Present (Members): Cllr Ann Lee (Chair), Supt Bob Ray, Cy Dee\n"
                               "Present (Officers): Dee Fox (Community Safety Manager), Eve Gill (Minutes)\n"
                               "Apologies: Fay Hart")
    assert [p.name for p in record.present] == ["Ann Lee", "Bob Ray", "Cy Dee"]
    assert [p.name for p in record.also_present] == ["Dee Fox", "Eve Gill"]


def test_attendees_guests_clerk_and_apologies_received(tmp_path):
    record = minutes(tmp_path, "Attendees: Cllr Ann Lee (Chair), Supt Bob Ray, Cy Dee\n"
                               "Invited guests: Gus Hale (Youth Service)\n"
                               "Minute taker: Eve Gill\n"
                               "Clerk to the meeting: Ian Judd\n"
                               "Observers: Pat Quinn\n"
                               "Apologies received: Fay Hart, Kim Lowe")
    assert [p.name for p in record.present] == ["Ann Lee", "Bob Ray", "Cy Dee"]
    assert [p.name for p in record.also_present] == ["Gus Hale", "Eve Gill", "Ian Judd"]
    assert [a.name for a in record.apologies] == ["Fay Hart", "Kim Lowe"]
    assert record.chair == "Ann Lee"

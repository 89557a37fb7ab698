"""Officers listed among the members present (clerk, democratic services, minute taker) attend; they are not members."""
from minutebook.ingest.parsers.attendance import attendance, _guests_out
from minutebook.ingest.parsers.headings import L


def test_officers_in_the_present_list_attend():
    att = attendance([L("Present: Cllr Ann Lee (Chair), Cllr Bob Ray, Jo Pike (Democratic Services Officer), "
                        "Sam Tull (minutes)")], 0, 1)
    _guests_out(att)
    assert [p.name for p in att.present] == ["Ann Lee", "Bob Ray"]
    assert [p.name for p in att.also_present] == ["Jo Pike", "Sam Tull"]

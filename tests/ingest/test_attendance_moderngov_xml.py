"""ModernGov meeting XML: each attendee's attendance value decides the list."""
from minutebook.ingest.parse import parse_file

XML = """<?xml version="1.0"?><meeting><meetingdate>10/02/2026</meetingdate><meetingtime>10.00 am</meetingtime>
<minutepublished>True</minutepublished>
<attendees>
<attendee name="Councillor Ada Rook" roledescription="Chair" attendance="Present"/>
<attendee name="Councillor Ivo Quill" roledescription="Committee Member" attendance="Present as substitute"/>
<attendee name="Councillor Esme Vane" roledescription="Committee Member" attendance="Apologies"/>
<attendee name="Councillor Tam Hewer" roledescription="Committee Member" attendance="Absent"/>
<attendee name="Councillor Lyle Benn" roledescription="Executive Member" attendance="In attendance"/>
</attendees>
<agendaitems><agendaitem><agendaitemtitle>Minutes</agendaitemtitle>
<fulldisplaynumberformat>1.</fulldisplaynumberformat><refertocommittee>Audit Committee</refertocommittee>
<minutesnonemptyhtmlbody>&lt;p&gt;RESOLVED: That the minutes be approved.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem></agendaitems></meeting>"""


def test_attendance_values(tmp_path):
    path = tmp_path / "meeting.xml"
    path.write_text(XML, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [p.name for p in record.present] == ["Ada Rook", "Ivo Quill"]
    assert [p.name for p in record.also_present] == ["Lyle Benn"]
    assert [a.name for a in record.apologies] == ["Esme Vane"]
    assert record.chair == "Ada Rook"

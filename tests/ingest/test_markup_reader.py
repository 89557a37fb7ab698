"""Markdown and HTML as converters and web sites write them: tab rows with an Action column, fused rows,
inline HTML, ordered lists of minutes, and ModernGov GetMeeting XML."""
from minutebook.ingest.readers.markup import read_markup


def texts(text):
    return [(ln.text, ln.action) for ln in text.lines if ln.text or ln.action]


def test_tab_rows_carry_action_initials():
    data = "175\tAPOLOGIES FOR ABSENCE\tAction\n\tRESOLVED that the report be noted.\tLG/TG\n".encode()
    assert texts(read_markup("m.md", data, "markdown")) == [
        ("175 APOLOGIES FOR ABSENCE", None), ("RESOLVED that the report be noted.", "LG/TG")]


def test_fused_row_and_image_caption():
    data = ("## 180RESILIENCE UPDATEAction180The Group noted the report drafted<br/>by Laurie Grasty (Resilience<br/>"
            "Manager).Image: Resilience<br/>Manager).The Group were informed.").encode()
    assert texts(read_markup("m.md", data, "markdown")) == [
        ("180 RESILIENCE UPDATE", None),
        ("The Group noted the report drafted by Laurie Grasty (Resilience Manager).", None),
        ("The Group were informed.", None)]


def test_inline_html_lists_and_ordinals():
    data = "\tHeld on 16 <sup>th</sup> October.<ul> <li>One</li> <li><b>Two</b></li> </ul>\t".encode()
    assert [t for t, _ in texts(read_markup("m.md", data, "markdown"))] == ["Held on 16th October.", "One", "Two"]


def test_html_ordered_list_numbers_its_headings():
    data = b"<ol><li><h4>WELCOME</h4><p>Text.</p></li><li><h4>MINUTES</h4><ol><li>Not a heading</li></ol></li></ol>"
    assert [t for t, _ in texts(read_markup("m.html", data, "html"))] == [
        "1. WELCOME", "Text.", "2. MINUTES", "Not a heading"]


def test_moderngov_xml_becomes_minutes_lines():
    data = b"""<?xml version="1.0"?><meeting><meetingdate>10/02/2026</meetingdate><meetingtime>10.00 am</meetingtime>
    <minutepublished>True</minutepublished><agendaitems><agendaitem><agendaitemtitle>Minutes</agendaitemtitle>
    <fulldisplaynumberformat>1.</fulldisplaynumberformat><refertocommittee>Audit Committee</refertocommittee>
    <minutesnonemptyhtmlbody>&lt;p&gt;Approved.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem></agendaitems></meeting>"""
    lines = [t for t, _ in texts(read_markup("m.xml", data, "xml"))]
    assert lines[:2] == ["Audit Committee", "Minutes of the meeting held on Tuesday 10 February 2026 at 10.00 am"]
    assert "1. Minutes" in lines and "Approved." in lines

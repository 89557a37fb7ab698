"""One person a line written "Name, Role, Organisation": what follows the name is never another person."""
from minutebook.ingest.parsers.attendance import _people, attendance
from minutebook.ingest.parsers.headings import L


def test_each_line_is_one_person():
    people = _people(["Ann Lee, Chief Executive, Harbour Trust (Chair)", "Bob Ray, Director of Finance, Harbour Council",
                      "Cy Dee, Harbour Police", "Dr Eve Fox, GP, Harbour Health", "Gus Hale, Harbour Youth Service"])
    assert [p.name for p in people] == ["Ann Lee", "Bob Ray", "Cy Dee", "Eve Fox", "Gus Hale"]
    assert people[0].chair


def test_also_present_run_in_after_a_full_stop():
    lines = [L("Present: Dr Ann Lee, Chair (AL) Bob Ray (BR) Cy Dee (CD). Also, present, Eve Fox, Library Manager.")]
    att = attendance(lines, 0, 1)
    assert [p.name for p in att.present] == ["Ann Lee", "Bob Ray", "Cy Dee"]
    assert [p.name for p in att.also_present] == ["Eve Fox"]

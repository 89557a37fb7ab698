"""Word: real tables for the Action column and Appendix A; DRAFT in the header of draft minutes."""
import io

import docx

from minutebook.documents import render


def test_minutes_action_column_is_a_word_table(minutes):
    d = docx.Document(io.BytesIO(render(minutes, "docx")))
    rows = [[c.text for c in r.cells] for t in d.tables for r in t.rows]
    assert ["180\tRESILIENCE UPDATE", "Action"] in rows
    assert ["1- An update on the mass casualty exercise is brought to the next meeting.", "LG/TG"] in rows
    assert not d.sections[0].header.paragraphs[0].text


def test_draft_minutes_have_draft_in_the_header(minutes):
    minutes.draft = True
    d = docx.Document(io.BytesIO(render(minutes, "docx")))
    assert d.sections[0].header.paragraphs[0].text == "DRAFT"


def test_appendix_a_is_a_word_table(report):
    d = docx.Document(io.BytesIO(render(report, "docx")))
    appendix = d.tables[-1]
    assert [c.text for c in appendix.rows[0].cells] == ["Minute Number/Title", "Matters Arising", "Owner", "Due",
                                                        "Status", "Update"]
    assert appendix.rows[2].cells[0].text == "Minute 139b\n9th March 2017\n\nPrevent Update"
    assert [c.text for c in appendix.rows[1].cells[2:]] == ["Laurie Grasty (LG)", "", "Open", "The Forum meets in July."]
    assert "Decision Maker:" in [r.cells[0].text for r in d.tables[1].rows]

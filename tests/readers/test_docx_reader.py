"""DOCX reader: paragraphs in order, headings, bold, list numbers, tables with an Action column."""
from __future__ import annotations

import docx
import pytest

from minutebook.ingest.errors import InputError
from minutebook.ingest.readers import read


@pytest.fixture
def minutes_docx(tmp_path):
    d = docx.Document()
    d.add_heading("EXAMPLE PARTNERSHIP STRATEGIC GROUP", 0)
    d.add_paragraph("Minutes of the meeting held at 10.00 am on 9 March 2017")
    d.add_paragraph().add_run("Present:").bold = True
    d.add_paragraph("Alex Example (Chairman)", style="List Bullet")
    d.add_paragraph("Apologies were received.", style="List Number")
    d.add_paragraph("The minutes were agreed.", style="List Number")
    d.add_heading("130   MATTERS ARISING", 1)
    mixed = d.add_paragraph("RESOLVED that ")
    mixed.add_run("the report").bold = True
    mixed.add_run(" be noted.")
    table = d.add_table(rows=4, cols=3)
    for r, row in enumerate([("No.", "Minute", "Action"),
                             ("131", "RESILIENCE OVERVIEW", "LG / TG"),
                             ("132", "ANY OTHER BUSINESS", ""),
                             ("133", "DATE OF NEXT MEETING", "RV")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 1).add_paragraph("RESOLVED that the Risk Forum report back.")
    d.add_page_break()
    d.add_paragraph("The meeting ended at 11.50 am")
    path = tmp_path / "minutes.docx"
    d.save(path)
    return path


def test_paragraphs_headings_bold_and_lists(minutes_docx):
    text = read(minutes_docx)
    assert text.kind == "docx"
    lines = [ln for ln in text.lines if ln.text]
    assert lines[0].text == "EXAMPLE PARTNERSHIP STRATEGIC GROUP" and lines[0].heading
    assert not lines[1].heading and not lines[1].bold
    present = next(ln for ln in lines if ln.text == "Present:")
    assert present.bold
    assert [ln.text for ln in lines[3:6]] == ["• Alex Example (Chairman)", "1. Apologies were received.",
                                              "2. The minutes were agreed."]
    heading = next(ln for ln in lines if "MATTERS ARISING" in ln.text)
    assert heading.heading
    mixed = next(ln for ln in lines if ln.text == "RESOLVED that the report be noted.")
    assert not mixed.bold


def test_table_rows_with_an_action_column(minutes_docx):
    lines = [ln for ln in read(minutes_docx).lines if ln.text]
    texts = [ln.text for ln in lines]
    # a No. / Minute / Action table is read as numbered headings (its header row is furniture)
    start = texts.index("131 RESILIENCE OVERVIEW")
    assert texts[start:start + 4] == ["131 RESILIENCE OVERVIEW", "RESOLVED that the Risk Forum report back.",
                                      "132 ANY OTHER BUSINESS", "133 DATE OF NEXT MEETING"]
    assert [ln.action for ln in lines[start:start + 4]] == [None, "LG/TG", None, "RV"]
    assert [ln.heading for ln in lines[start:start + 4]] == [True, False, True, True]
    assert not any(t.endswith("Action") or t == "Action" for t in texts)
    assert not any(t.startswith("No.") for t in texts)


def test_page_breaks_count_pages(minutes_docx):
    text = read(minutes_docx)
    last = [ln for ln in text.lines if ln.text][-1]
    assert last.text == "The meeting ended at 11.50 am" and last.page == 2
    assert {ln.page for ln in text.lines if ln.text and ln is not last} == {1}


def test_a_zip_that_is_not_a_word_document(tmp_path):
    import zipfile

    path = tmp_path / "book.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError) as err:
        read(path)
    assert str(err.value) == f"{path}: this is an Excel workbook, not a Word document"


def test_a_corrupt_docx(tmp_path, minutes_docx):
    path = tmp_path / "broken.docx"
    path.write_bytes(minutes_docx.read_bytes()[:400])
    with pytest.raises(InputError) as err:
        read(path)
    assert str(err.value).startswith(f"{path}: not a valid DOCX (")
    assert "\n" not in str(err.value)


def test_tracked_changes_read_as_accepted(tmp_path):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    p = d.add_paragraph("RESOLVED that the report be ")
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="Clerk" w:date="2017-03-10T10:00:00Z">'
                          f'<w:r><w:t xml:space="preserve">noted and </w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="Clerk" w:date="2017-03-10T10:00:00Z">'
                          f'<w:r><w:delText>rejected and </w:delText></w:r></w:del>'))
    p.add_run("circulated.")
    path = tmp_path / "tracked.docx"
    d.save(path)
    assert [ln.text for ln in read(path).lines] == ["RESOLVED that the report be noted and circulated."]


def test_header_and_footer_are_stamps_not_text(tmp_path):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "DRAFT"
    d.sections[0].footer.paragraphs[0].text = "Example Partnership - 9 March 2017"
    d.add_paragraph("The meeting ended at 11.50 am")
    path = tmp_path / "draft.docx"
    d.save(path)
    text = read(path)
    assert [ln.text for ln in text.lines] == ["The meeting ended at 11.50 am"]
    assert text.pages[0].stamps == ["DRAFT", "Example Partnership - 9 March 2017"]


def test_word_numbering_continues_across_lists_and_restarts_on_override(tmp_path):
    """Minute numbers that Word generates: start 128, sub-items 129a, a second list of the same
    numbering continues (130), a list that restarts begins again."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="128"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1%2"/></w:lvl>'
        '</w:abstractNum>'))
    for num_id, override in (("91", ""), ("92", ""),
                             ("93", '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')):
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="90"/>'
                                   f'{override}</w:num>'))
    for text, num_id, level in (("APOLOGIES FOR ABSENCE", 91, 0), ("MATTERS ARISING", 91, 0),
                                ("DOMESTIC ABUSE SUB GROUP", 91, 1), ("YOUTH OFFENDING SUB GROUP", 91, 1),
                                ("ANY OTHER BUSINESS", 92, 0), ("First of a new list", 93, 0),
                                ("Second of a new list", 93, 0)):
        p = d.add_paragraph(text)
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_numId().val = num_id
        num_pr.get_or_add_ilvl().val = level
    path = tmp_path / "numbered.docx"
    d.save(path)
    assert [ln.text for ln in read(path).lines] == [
        "128 APOLOGIES FOR ABSENCE", "129 MATTERS ARISING", "129a DOMESTIC ABUSE SUB GROUP",
        "129b YOUTH OFFENDING SUB GROUP", "130 ANY OTHER BUSINESS", "1 First of a new list", "2 Second of a new list"]

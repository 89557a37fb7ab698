"""Writes the PDF and DOCX documents of the blind set (run once; the outputs are committed).

    .venv/bin/python tests/ingest/blind1/make_binaries.py

The wording is in this file so the binaries can be rebuilt; the gold files describe the outputs.
The PDFs are byte-stable (reportlab invariant mode); the Word file carries fixed core properties and
fixed zip entry times.
"""
import datetime
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docmaker import BODY, BOLD, HEAD, furniture, save_docx  # noqa: E402

CELL = ParagraphStyle("cell", parent=BODY, fontSize=9.5, leading=12, spaceAfter=3)
FIXED = datetime.datetime(2024, 3, 1, 9, 0, 0)


# --- Harnwick County Council Cabinet: typical ModernGov minutes as a PDF --------------------------------
def harnwick_cabinet():
    out = HERE / "harnwick_cabinet_minutes_2024-02-06.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="Cabinet 6 February 2024")
    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))  # noqa: E731
    P("Public Document Pack", ParagraphStyle("r", parent=BODY, alignment=2, fontSize=9))
    P("HARNWICK COUNTY COUNCIL", HEAD)
    P("MINUTES of a meeting of the CABINET held on Tuesday, 6 February 2024 at 2.00 pm at County Hall, Harnwick")
    P("<b>Present:</b> Councillor Edmund Crawley (Chairman), Councillors Patricia Ngata, Roger Hebden, "
      "Ayesha Bhatti, Lewis Pennington and Grace Wolstenholme")
    P("<b>Also Present:</b> Councillor Nadia Fairweather")
    P("<b>Officers:</b> Ruth Abernethy (Chief Executive), Connor Halewood (Director of Finance), Stella Murgatroyd "
      "(Director of Children's Services) and Imogen Staples (Democratic Services Manager)")
    H = lambda t: P(t, BOLD)  # noqa: E731
    H("145. Apologies for Absence (Item 1)")
    P("Apologies for absence were received from Councillor Stuart Meakin.")
    H("146. Declarations of Interest (Item 2)")
    P("There were no declarations of interest.")
    H("147. Minutes (Item 3)")
    P("RESOLVED: That the minutes of the meeting held on 9 January 2024 be approved as a correct record and "
      "signed by the Chairman.")
    H("148. Revenue Budget 2024/25 and Medium Term Financial Strategy (Item 4)")
    P("The Cabinet Member for Finance and Resources, Councillor Ngata, introduced the report. The final local "
      "government finance settlement had been received on 5 February 2024 and had added £2.3m of one-off funding "
      "for social care. After allowing for inflation and demand, savings of £14.8m would be needed in 2024/25, "
      "most of which had been identified in the plans of each directorate.")
    P("Councillor Fairweather asked whether the savings in adult social care were achievable given the "
      "pressures reported at Quarter 3. The Director of Finance said that each saving had been risk assessed and "
      "that a contingency of £4m was held.")
    P("RESOLVED that –")
    P("(1) the County Council be recommended to approve a net revenue budget for 2024/25 of £698.4m;")
    P("(2) the County Council be recommended to approve an increase of 4.99% in the County Council element of "
      "the Council Tax, of which 2% is the adult social care precept;")
    P("(3) the Medium Term Financial Strategy 2024/25 to 2027/28 be endorsed; and")
    P("(4) the Director of Finance be authorised, in consultation with the Cabinet Member for Finance and "
      "Resources, to make any technical changes needed to the budget papers before the meeting of the County "
      "Council.")
    P("<b>Reasons for decision:</b> The Council must set a balanced budget for 2024/25 and the Cabinet must "
      "recommend a budget to the County Council.")
    H("149. Home to School Transport Policy for Children with Special Educational Needs (Item 5)")
    P("Councillor Bhatti presented the revised policy, which had been the subject of a ten-week consultation. "
      "Some 640 responses had been received, most of them from parents. In response to the consultation the "
      "proposal to withdraw transport for post-16 students had been dropped.")
    P("RESOLVED: That the revised Home to School Transport Policy for Children with Special Educational Needs "
      "be approved with effect from 1 September 2024.")
    H("150. Harnwick Local Nature Recovery Strategy (Item 6)")
    P("Councillor Pennington introduced the draft strategy, which had been prepared with the district councils, "
      "Natural England and the county wildlife trust.")
    P("RESOLVED that –")
    P("(1) the draft Local Nature Recovery Strategy be approved for public consultation; and")
    P("(2) the Director of Environment be asked to report the results of the consultation to the Cabinet in "
      "July 2024.")
    H("151. Urgent Decisions Taken by the Leader (Item 7)")
    P("RESOLVED: That the urgent decision taken by the Leader on 18 January 2024 to accept the Local Transport "
      "Fund grant be noted.")
    P("The meeting ended at 3.50 pm")
    s.append(Spacer(1, 18 * mm))
    P("Chairman")
    doc.build(s, onFirstPage=furniture(None), onLaterPages=furniture("Cabinet - 6 February 2024"))


# --- Hollinsford Community Healthcare NHS Trust: board minutes with an Action column, PDF -----------------
def hollinsford_board():
    out = HERE / "hollinsford_trust_board_minutes_2024-01-25.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="Public Board 25 January 2024")
    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))  # noqa: E731
    P("Hollinsford Community Healthcare NHS Trust", HEAD)
    P("Minutes of the Public Board of Directors meeting held on Thursday 25 January 2024, 10:00 – 12:20, "
      "Boardroom, Trust Headquarters, Mill Road, Hollinsford", BOLD)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5)])
    people = [["Present:", "", ""],
              ["Sir Anthony Greaves", "AG", "Chair"],
              ["Dr Leena Mistry", "LM", "Chief Executive"],
              ["Owen Pritchard", "OP", "Director of Finance"],
              ["Carol Haigh", "CH", "Director of Nursing and Quality"],
              ["Dr Felix Amadi", "FA", "Medical Director"],
              ["Bronwen Lacey", "BL", "Non-Executive Director"],
              ["Rajiv Menon", "RM", "Non-Executive Director"],
              ["In attendance:", "", ""],
              ["Joel Ibbotson", "JI", "Director of People"],
              ["Tessa Coulthard", "TC", "Company Secretary (minutes)"],
              ["Apologies:", "", ""],
              ["Margaret Sheard", "MS", "Non-Executive Director"]]
    t = Table(people, colWidths=[60 * mm, 18 * mm, 90 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                           ("FONT", (0, 0), (0, 0), "Helvetica-Bold", 9.5),
                           ("FONT", (0, 8), (0, 8), "Helvetica-Bold", 9.5),
                           ("FONT", (0, 11), (0, 11), "Helvetica-Bold", 9.5)]))
    s.append(t)
    s.append(Spacer(1, 6 * mm))
    C = lambda t: Paragraph(t, CELL)  # noqa: E731
    rows = [[C("<b>Minute</b>"), C("<b>Item</b>"), C("<b>Action</b>")],
            [C("<b>24/01</b>"), C("<b>Welcome and apologies</b><br/>The Chair welcomed members and observers. "
                                  "Apologies were noted as above."), C("")],
            [C("<b>24/02</b>"), C("<b>Declarations of interest</b><br/>No declarations were made."), C("")],
            [C("<b>24/03</b>"), C("<b>Minutes of the meeting held on 30 November 2023</b><br/>The minutes were "
                                  "approved as a true and accurate record."), C("")],
            [C("<b>24/04</b>"), C("<b>Matters arising and action log</b><br/>Action 23/112 (cost improvement "
                                  "plan phasing) remained open. OP to circulate the revised cost improvement plan "
                                  "to Board members by 9 February 2024."), C("OP")],
            [C("<b>24/05</b>"), C("<b>Chief Executive's report</b><br/>LM highlighted the opening of the new "
                                  "community diagnostic centre at Eastgate and the results of the national staff "
                                  "survey, in which the response rate had risen to 58%.<br/>The Board noted the "
                                  "report."), C("")],
            [C("<b>24/06</b>"), C("<b>Integrated Performance Report</b><br/>CH reported that the number of "
                                  "category 3 pressure ulcers acquired in community nursing care had risen for the "
                                  "second quarter running. RM asked whether staffing in the district nursing teams "
                                  "was a factor.<br/>The Board noted the report and asked CH to bring a deep dive "
                                  "on pressure ulcers to the March meeting."), C("CH")],
            [C("<b>24/07</b>"), C("<b>Nursing Establishment Review</b><br/>CH and JI presented the six-monthly "
                                  "review of nursing establishments, which recommended 14.2 additional posts in "
                                  "the community inpatient wards, funded from the reduction in agency spending."
                                  "<br/><b>Decision:</b> The Board approved the recommendations of the nursing "
                                  "establishment review."), C("CH / JI")],
            [C("<b>24/08</b>"), C("<b>Board Assurance Framework and risk appetite</b><br/>TC presented the "
                                  "revised Board Assurance Framework. BL asked that the cyber security risk be "
                                  "scored again after the planned penetration test.<br/><b>Decision:</b> The Board "
                                  "approved the revised risk appetite statement."), C("TC")],
            [C("<b>24/09</b>"), C("<b>Any other business</b><br/>There was no other business."), C("")],
            [C("<b>24/10</b>"), C("<b>Date of next meeting</b><br/>Thursday 28 March 2024 at 10:00, Boardroom, "
                                  "Trust Headquarters."), C("")]]
    t = Table(rows, colWidths=[20 * mm, 128 * mm, 26 * mm], repeatRows=1)
    t.setStyle(grid)
    s.append(t)
    s.append(Spacer(1, 10 * mm))
    P("Signed: ______________________ Chair &nbsp;&nbsp;&nbsp; Date: ______________")
    doc.build(s, onFirstPage=furniture(None),
              onLaterPages=furniture("Public Board of Directors – 25 January 2024"))


# --- Tamarside Community Safety Partnership Board: Word minutes, Action by / Date columns ----------------
def tamarside_csp():
    out = HERE / "tamarside_csp_board_minutes_2024-02-28.docx"

    def build(d):
        h = d.add_paragraph()
        h.add_run("TAMARSIDE COMMUNITY SAFETY PARTNERSHIP BOARD").bold = True
        h = d.add_paragraph()
        h.add_run("MINUTES").bold = True
        d.add_paragraph("Date: Wednesday 28 February 2024")
        d.add_paragraph("Time: 14:00 – 15:50")
        d.add_paragraph("Venue: Conference Room, Tamarside District Council Offices, Fore Street, Tamarbridge")
        rows = [["Present", "Initials", "Organisation"],
                ["Cllr Wendy Tremayne (Chair)", "WT", "Tamarside District Council"],
                ["Ch Insp Jason Polglase", "JP", "Tamar and Moor Police"],
                ["Station Manager Lowenna Rowe", "LR", "Tamar and Moor Fire and Rescue Service"],
                ["Nick Rundle", "NR", "Head of Community Safety, Tamarside District Council"],
                ["Shirin Akhtar", "SA", "Probation Service"],
                ["Becky Pascoe", "BP", "Public Health, Tamar County Council"],
                ["Emily Nance (for Mike Hocking)", "EN", "Coastline Homes"],
                ["In attendance", "", ""],
                ["Tom Jory", "TJ", "Community Safety Officer (minutes)"],
                ["Apologies", "", ""],
                ["Mike Hocking", "MH", "Coastline Homes"],
                ["Dr Sam Trewin", "ST", "NHS Tamar ICB"]]
        _table(d, rows)
        d.add_paragraph("")
        items = [["No.", "Item", "Action by", "Date"],
                 ["1", "Welcome and apologies\nThe Chair welcomed everyone. Apologies were noted. Emily Nance "
                       "attended for Mike Hocking.", "", ""],
                 ["2", "Minutes of the last meeting (22 November 2023) and action log\nThe minutes were agreed. "
                       "All actions were complete.", "", ""],
                 ["3", "Strategic Assessment 2024\nNR presented the strategic assessment. Anti-social behaviour, "
                       "domestic abuse and serious violence remained the highest risks.\nAgreed: the three "
                       "priorities in the strategic assessment will be adopted for 2024/25 and NR will draft the "
                       "partnership plan.", "NR", "31/03/2024"],
                 ["4", "Anti-social behaviour in Tamarbridge town centre\nJP reported a rise in youth-related "
                       "anti-social behaviour around the bus station since November.\nAgreed: JP to share "
                       "monthly hotspot maps with partners.", "JP", "Monthly"],
                 ["5", "Serious Violence Duty funding 2024/25\nSA and BP outlined the grant allocation of £46,000 "
                       "for interventions with young people.\nAgreed: SA and BP to bring a spending plan to the "
                       "next meeting.", "SA / BP", "22/05/2024"],
                 ["6", "Domestic abuse safe accommodation\nNR reported that the new dispersed accommodation "
                       "scheme had housed nine families since October.\nThe Board noted the update.", "", ""],
                 ["7", "Any other business\nLR reminded partners of the home fire safety visits available "
                       "for vulnerable residents.", "", ""],
                 ["8", "Date of next meeting\nWednesday 22 May 2024 at 14:00.", "", ""]]
        _table(d, items)

    _docx(out, build)


def _table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            lines = text.split("\n")
            cell.paragraphs[0].text = ""
            run = cell.paragraphs[0].add_run(lines[0])
            run.bold = r == 0 or (c == 1 and len(lines) > 1) or lines[0] in ("In attendance", "Apologies")
            for line in lines[1:]:
                cell.add_paragraph(line)
    return t


def _docx(path, build):
    save_docx(path, build, "Community Safety Team", FIXED)


if __name__ == "__main__":
    harnwick_cabinet()
    hollinsford_board()
    tamarside_csp()

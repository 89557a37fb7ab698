#!/usr/bin/env python3
"""Build the PDF and Word documents of this set, byte-stably.

PDFs with reportlab in invariant mode (fixed document id and dates); Word files with python-docx, fixed core
properties and fixed zip entry times. Independent of the other sets' generators. Run from anywhere:

    .venv/bin/python tests/ingest/blind/make_binaries.py

Every document is fictional: bodies, people, places, figures and wording were written for the project.
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

HERE = Path(__file__).resolve().parent

BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=10.5, leading=13.5, spaceAfter=5)
BOLD = ParagraphStyle("bold", parent=BASE, fontName="Helvetica-Bold")
CENTRE = ParagraphStyle("centre", parent=BASE, alignment=TA_CENTER)
CENTRE_BOLD = ParagraphStyle("centre_bold", parent=BOLD, alignment=TA_CENTER, fontSize=12, leading=15)
SMALL = ParagraphStyle("small", parent=BASE, fontSize=9, leading=11)


def P(text, style=BASE):
    return Paragraph(text, style)


# ---------------------------------------------------------------------------------------------------------------
# 1. Sallowby Town Council: full council minutes, label column for attendance, FC/24/0NN minute numbers
# ---------------------------------------------------------------------------------------------------------------

def sallowby() -> None:
    path = HERE / "sallowby_tc_full_council_minutes_2024-06-18.pdf"
    pages = 2

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        if doc.page > 1:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, "Full Council \u2013 18 June 2024")
        canvas.drawString(20 * mm, 10 * mm, "Mayor\u2019s initials ..........")
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {doc.page} of {pages}")
        canvas.restoreState()

    story = [
        P("SALLOWBY TOWN COUNCIL", CENTRE_BOLD),
        P("Minutes of the Meeting of the Full Council held in the Council Chamber, Sallowby Town Hall, "
          "High Street on Tuesday 18 June 2024 at 7.00pm", CENTRE),
        Spacer(1, 4 * mm),
    ]
    attendance = [
        [P("<b>Present:</b>"), P("Councillor Rhiannon Awdry (Town Mayor, in the Chair)<br/>"
                                 "Councillors Benedict Carrow (Deputy Mayor), Olusegun Adeyemi, Theresa Blomfield, "
                                 "Harriet Quennell-Davies, Gwilym Pask, Naveed Siddiqui and Yvonne Tregear")],
        [P("<b>In attendance:</b>"), P("Ms Philippa Rendle (Town Clerk), Mr Aaron Lutterworth (Deputy Town Clerk), "
                                       "Midshire Councillor Dermot Fenn and 6 members of the public")],
    ]
    t = Table(attendance, colWidths=[32 * mm, 138 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [t, Spacer(1, 4 * mm)]

    minutes = [
        ("FC/24/061", "APOLOGIES FOR ABSENCE",
         ["Apologies were received and accepted from Councillors Moira Lindqvist (work commitments) and "
          "Tobias Venn (illness). Councillor Pippa Horne was absent."]),
        ("FC/24/062", "DECLARATIONS OF INTEREST",
         ["Councillor Pask declared a non-pecuniary interest in minute FC/24/068 as a trustee of the Sallowby "
          "Carnival Committee."]),
        ("FC/24/063", "MINUTES",
         ["RESOLVED that the minutes of the meeting held on 21 May 2024 be approved as a correct record and "
          "signed by the Mayor."]),
        ("FC/24/064", "PUBLIC PARTICIPATION",
         ["Two residents of Tanner\u2019s Row spoke about commuter parking in the street since the station car "
          "park charges were introduced. The Mayor thanked them and said the matter would be raised with "
          "Midshire Council\u2019s parking team."]),
        ("FC/24/065", "MIDSHIRE COUNCILLOR\u2019S REPORT",
         ["Councillor Fenn reported that resurfacing of the A4127 through the town would take place over four "
          "nights in September and that the county\u2019s bus service review would be published in July."]),
        ("FC/24/066", "PLANNING COMMITTEE",
         ["RESOLVED to receive the minutes of the Planning Committee meetings held on 28 May and 11 June 2024."]),
        ("FC/24/067", "FINANCE",
         ["(a) RESOLVED that the schedule of payments for May 2024 totalling \u00a318,442.16 be approved.",
          "(b) RESOLVED that the Annual Governance Statement 2023/24 be approved and signed by the Mayor and "
          "the Town Clerk.",
          "(c) RESOLVED that the Accounting Statements 2023/24 be approved."]),
        ("FC/24/068", "SALLOWBY CARNIVAL \u2013 GRANT REQUEST",
         ["Having declared an interest, Councillor Pask left the room. It was proposed by Councillor Blomfield, "
          "seconded by Councillor Siddiqui and RESOLVED that a grant of \u00a3750 be made to Sallowby Carnival "
          "Committee towards traffic management costs. Councillor Pask returned to the meeting."]),
        ("FC/24/069", "MOTION \u2013 DOCK STREET PUBLIC TOILETS",
         ["Councillor Adeyemi moved, and Councillor Tregear seconded, that the Council meet the cost of opening "
          "the Dock Street toilets until 8pm from June to September. On being put to the vote the motion was "
          "LOST (3 for, 5 against).",
          "It was then RESOLVED that the Town Clerk obtain costs for extended opening and report to the "
          "September meeting."]),
        ("FC/24/070", "TOWN CLERK\u2019S REPORT",
         ["The Town Clerk reported that the Market Hall roof works would begin on 8 July 2024 and take about six "
          "weeks, and that the new allotment tenancy agreements had been issued."]),
        ("FC/24/071", "DATE OF NEXT MEETING",
         ["The next meeting of the Full Council will be held on Tuesday 16 July 2024 at 7.00pm."]),
    ]
    for number, title, paras in minutes:
        rows = [[P(f"<b>{number}</b>"), P(f"<b>{title}</b>")]] + [["", P(text)] for text in paras]
        t = Table(rows, colWidths=[24 * mm, 146 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(t)
    story += [Spacer(1, 4 * mm), P("The meeting closed at 8.52pm."), Spacer(1, 8 * mm),
              P("Signed ....................................... Mayor &nbsp;&nbsp;&nbsp; Date ..................")]

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="Full Council minutes 18 June 2024", author="Sallowby TC",
                            creator="Sallowby TC")
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    assert doc.page == pages, doc.page


# ---------------------------------------------------------------------------------------------------------------
# 2. Safer Wexcombe Partnership Board: agenda pack (front sheet, agenda, previous minutes with Action column,
#    a performance report)
# ---------------------------------------------------------------------------------------------------------------

def wexcombe() -> None:
    path = HERE / "wexcombe_safer_partnership_pack_2024-10-16.pdf"

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 9)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    story = []
    head = [[P("<b>London Borough of Wexcombe</b><br/>Civic Offices<br/>Farrier Street<br/>Wexcombe WX4 2BD", BASE),
             P("Telephone: 020 8461 3300<br/>Contact: Marisa Oyelaran<br/>Direct line: 020 8461 3372<br/>"
               "E-mail: marisa.oyelaran@wexcombe.gov.uk<br/><br/>DATE: 7 October 2024", BASE)]]
    t = Table(head, colWidths=[85 * mm, 85 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 6 * mm), P("To: Members of the"), P("<b>SAFER WEXCOMBE PARTNERSHIP BOARD</b>")]
    members = [
        ("Detective Chief Superintendent Alun Pryce (Chairman)", "Wexcombe BCU Commander, Metropolitan Police"),
        ("Councillor Siobhan Mortimer (Vice-Chairman)", "Portfolio Holder for Community Safety"),
        ("Niall Brodrick", "Director of Housing and Neighbourhoods"),
        ("Dr Farah Qureshi", "Consultant in Public Health"),
        ("Station Commander Lewis Ambrose", "London Fire Brigade"),
        ("Carys Whitlock", "Head of Youth Justice Service"),
        ("Tomasz Wieczorek", "Head of Wexcombe Probation Delivery Unit"),
        ("Joanne Fairbrass-Ede", "Chair, Wexcombe Safer Neighbourhood Board"),
        ("Kehinde Ajayi", "Community Safety Manager"),
    ]
    t = Table([[P(n), P(r)] for n, r in members], colWidths=[85 * mm, 85 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [t, Spacer(1, 6 * mm),
              P("A meeting of the Safer Wexcombe Partnership Board will be held in Meeting Room G.14, Civic Offices, "
                "Farrier Street, Wexcombe on <b>WEDNESDAY 16 OCTOBER 2024 AT 2.00 PM</b>"),
              Spacer(1, 6 * mm), P("TASNIM ACHEBE<br/>Director of Corporate Services"),
              Spacer(1, 4 * mm), P("Copies of the documents referred to below can be obtained from "
                                   "www.wexcombe.gov.uk/meetings", SMALL),
              PageBreak(),
              P("<b>A G E N D A</b>", CENTRE_BOLD), Spacer(1, 4 * mm)]
    agenda = [
        ("1", "APOLOGIES FOR ABSENCE AND NOTIFICATION OF SUBSTITUTES", ""),
        ("2", "DECLARATIONS OF INTEREST", ""),
        ("3", "MINUTES OF THE MEETING HELD ON 10 JULY 2024", "3 - 4"),
        ("4", "QUESTIONS FROM COUNCILLORS AND MEMBERS OF THE PUBLIC<br/><font size=9>Questions must be received "
              "in writing by 5pm on Thursday 10th October 2024.</font>", ""),
        ("5", "MATTERS ARISING AND ACTION LOG", ""),
        ("6", "QUARTER 2 PERFORMANCE REPORT", "5 - 6"),
        ("7", "SERIOUS VIOLENCE DUTY \u2013 LOCAL STRATEGY REFRESH", ""),
        ("8", "THEMATIC GROUP UPDATES", ""),
        ("", "(a) Violence Against Women and Girls Delivery Group", ""),
        ("", "(b) Reducing Reoffending Group", ""),
        ("", "(c) Anti-Social Behaviour and Town Centres Group", ""),
        ("9", "ANY OTHER BUSINESS", ""),
        ("10", "DATE OF NEXT MEETING<br/><font size=9>Wednesday 22 January 2025 at 2.00 pm</font>", ""),
    ]
    rows = [[P("<b>Item</b>"), P(""), P("<b>Pages</b>")]]
    rows += [[P(n), P(title), P(pages)] for n, title, pages in agenda]
    t = Table(rows, colWidths=[15 * mm, 130 * mm, 25 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, PageBreak()]

    # previous minutes, pages 3-4
    story += [P("SAFER WEXCOMBE PARTNERSHIP BOARD", CENTRE_BOLD),
              P("Minutes of the meeting held at 2.00 pm on 10 July 2024", CENTRE), Spacer(1, 3 * mm),
              P("<b>Present:</b>"),
              P("Detective Chief Superintendent Alun Pryce (Wexcombe BCU Commander) (Chairman)<br/>"
                "Councillor Siobhan Mortimer (Portfolio Holder for Community Safety) (Vice-Chairman)"),
              P("Niall Brodrick (Director of Housing and Neighbourhoods), Dr Farah Qureshi (Consultant in Public "
                "Health), Carys Whitlock (Head of Youth Justice Service), Kehinde Ajayi (Community Safety Manager), "
                "Group Manager Gareth Lomax (London Fire Brigade), Joanne Fairbrass-Ede (Chair, Safer Neighbourhood "
                "Board)"),
              P("<b>Also Present:</b>"),
              P("Priya Ranganathan (Serious Violence Duty Lead), Marisa Oyelaran (Democratic Services Officer)"),
              Spacer(1, 3 * mm)]
    m = [
        ("19", "APOLOGIES FOR ABSENCE", [
            ("Apologies were received from Station Commander Lewis Ambrose, and Group Manager Gareth Lomax "
             "attended as his substitute. Apologies were also received from Tomasz Wieczorek.", "")]),
        ("20", "MINUTES OF THE MEETING HELD ON 17 APRIL 2024", [
            ("The minutes of the meeting held on 17 April 2024 were agreed as a correct record.", "")]),
        ("21", "QUESTIONS FROM COUNCILLORS AND MEMBERS OF THE PUBLIC", [
            ("No questions had been received.", "")]),
        ("22", "MATTERS ARISING AND ACTION LOG", [
            ("Kehinde Ajayi reported that nine of the twelve open actions had been completed. The three "
             "outstanding actions related to the CCTV upgrade in Harrow Lane and would be carried forward.", ""),
            ("The refreshed action log would be circulated with these minutes.", "KA"),
            ("RESOLVED that the action log be noted.", "")]),
        ("23", "SERIOUS VIOLENCE DUTY", [
            ("Priya Ranganathan presented the draft strategic needs assessment. Knife-enabled robbery had fallen by "
             "11 per cent but hospital admissions for assault with a sharp object among 15 to 24 year olds had "
             "risen. Members discussed the school exclusion data and the gap in provision on Friday evenings.", ""),
            ("RESOLVED that:", ""),
            ("(1) the draft strategic needs assessment be endorsed; and", ""),
            ("(2) a consultation draft of the local strategy be brought to the October meeting.", ""),
            ("The draft strategy to be circulated to Board members by 30 September 2024.", "PR")]),
        ("24", "COMMUNITY SAFETY FUNDING 2024/25", [
            ("Niall Brodrick reported an underspend of \u00a318,300 in the partnership fund. It was AGREED that "
             "\u00a312,500 from the partnership fund be allocated to the Wexcombe Street Pastors scheme.", ""),
            ("A grant agreement to be issued to the scheme.", "NB / KA")]),
        ("25", "THEMATIC GROUP UPDATES", []),
        ("25a", "VIOLENCE AGAINST WOMEN AND GIRLS DELIVERY GROUP", [
            ("Joanne Fairbrass-Ede reported that the Safe Spaces scheme now had 41 venues signed up.", ""),
            ("RESOLVED that the update be noted.", "")]),
        ("25b", "REDUCING REOFFENDING GROUP", [
            ("Carys Whitlock reported on the first quarter of the integrated offender management refresh. Members "
             "asked to see the cohort dashboard.", ""),
            ("The dashboard to be shared with Board members before the next meeting.", "CW")]),
        ("26", "ANY OTHER BUSINESS", [
            ("Dr Qureshi said that the drug-related deaths audit for 2023 had been completed and would be "
             "presented in the new year.", ""),
            ("Audit summary to be added to the forward plan for January 2025.", "FQ")]),
        ("27", "DATE OF NEXT MEETING", [
            ("16 October 2024 at 2.00pm.", "")]),
    ]
    rows = [[P("<b>No.</b>"), P(""), P("<b>Action</b>")]]
    for number, title, paras in m:
        rows.append([P(f"<b>{number}</b>"), P(f"<b>{title}</b>"), P("")])
        for text, action in paras:
            rows.append([P(""), P(text), P(f"<b>{action}</b>")])
    t = Table(rows, colWidths=[15 * mm, 135 * mm, 20 * mm], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEAFTER", (1, 0), (1, -1), 0.5, colors.grey)]))
    story += [t, Spacer(1, 4 * mm), P("The Meeting ended at 3.40 pm"), Spacer(1, 6 * mm), P("Chairman"),
              PageBreak()]

    # report, pages 5-6
    story += [P("Report No. CS 24/031", BOLD), P("London Borough of Wexcombe", BASE),
              P("<b>Decision Maker:</b> SAFER WEXCOMBE PARTNERSHIP BOARD"),
              P("<b>Date:</b> 16 October 2024"),
              P("<b>Title:</b> QUARTER 2 PERFORMANCE REPORT"),
              P("<b>Contact Officer:</b> Kehinde Ajayi, Community Safety Manager"),
              Spacer(1, 4 * mm),
              P("<b>1. Reason for report</b>"),
              P("This report sets out the partnership's performance against its priority measures for July to "
                "September 2024."),
              P("<b>2. Recommendation</b>"),
              P("The Board is asked to note the report."),
              PageBreak(),
              P("<b>3. Performance summary</b>")]
    perf = [["Measure", "Q2 2023/24", "Q2 2024/25", "Change"],
            ["Total notifiable offences", "6,812", "6,540", "-4.0%"],
            ["Knife crime with injury (under 25)", "38", "31", "-18.4%"],
            ["Domestic abuse incidents", "1,204", "1,251", "+3.9%"],
            ["ASB calls to police", "2,377", "2,102", "-11.6%"],
            ["First-time entrants to youth justice", "19", "14", "-26.3%"]]
    t = Table(perf, colWidths=[75 * mm, 30 * mm, 30 * mm, 25 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9.5)]))
    story += [t]

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title="Safer Wexcombe Partnership Board 16 October 2024",
                            author="Democratic Services", creator="Democratic Services")
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    assert doc.page == 6, doc.page


# ---------------------------------------------------------------------------------------------------------------
# 3. City of Wyandot Springs: US city council regular meeting minutes
# ---------------------------------------------------------------------------------------------------------------

def wyandot() -> None:
    path = HERE / "wyandot_springs_city_council_minutes_2024-03-05.pdf"
    pages = 2

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.drawCentredString(LETTER[0] / 2, 12 * mm,
                                 f"City Council Regular Meeting Minutes \u2013 March 5, 2024 \u2013 Page {doc.page} of {pages}")
        canvas.restoreState()

    H = ParagraphStyle("h", parent=BOLD, spaceBefore=6)
    story = [P("CITY OF WYANDOT SPRINGS", CENTRE_BOLD), P("CITY COUNCIL", CENTRE_BOLD),
             P("REGULAR MEETING MINUTES", CENTRE), P("Tuesday, March 5, 2024", CENTRE), Spacer(1, 4 * mm)]
    body = [
        ("1. CALL TO ORDER", ["Mayor Denise Harkavy called the meeting to order at 6:30 p.m. in the Council Chambers, "
                              "Wyandot Springs City Hall, 212 North Sycamore Street."]),
        ("2. ROLL CALL", ["Present: Mayor Denise Harkavy; Mayor Pro Tem Luis Echeverr\u00eda; Council Members "
                          "Brandon Tolliver, Ngozi Amadi-Hart and Kathleen O\u2019Shaughnessy.",
                          "Absent: Council Member Roy Stenberg.",
                          "Staff present: City Manager Howard Pelletier, City Attorney Joanna Vasquez-Reed, City "
                          "Clerk Tamsin Greaves and Police Chief Marcus Dunleavy."]),
        ("3. PLEDGE OF ALLEGIANCE", ["Council Member Tolliver led the Pledge of Allegiance."]),
        ("4. PUBLIC COMMENT", ["Arlene Fitch, 88 Quarry Road, asked the Council to consider a four-way stop at "
                               "Quarry Road and Elm Street. Dale Kosinski spoke in support of the Eastside library "
                               "extension."]),
        ("5. CONSENT AGENDA", ["A. Minutes of the February 20, 2024 regular meeting. B. Claims and payroll for "
                               "February 2024. C. Resolution 2024-09 authorizing the disposal of surplus vehicles.",
                               "Council Member Tolliver moved to approve the consent agenda as presented. Council "
                               "Member Amadi-Hart seconded. Motion carried 5-0."]),
        ("6. PUBLIC HEARING \u2013 ORDINANCE 2024-03, REZONING OF THE 1400 BLOCK OF EAST MILL ROAD FROM I-1 TO R-3",
         ["Mayor Harkavy opened the public hearing at 6:48 p.m. Community Development Director Shauna Plym was not "
          "present; the City Manager presented the staff report. Three residents spoke, two in favor and one "
          "opposed. Mayor Harkavy closed the public hearing at 7:05 p.m.",
          "Mayor Pro Tem Echeverr\u00eda moved to adopt Ordinance 2024-03 on second reading. Council Member "
          "O\u2019Shaughnessy seconded. Roll call vote: Ayes: Echeverr\u00eda, O\u2019Shaughnessy, Amadi-Hart, "
          "Harkavy. Nays: Tolliver. Motion carried 4-1."]),
        ("7. NEW BUSINESS", []),
        ("7.1 AWARD OF CONTRACT \u2013 WATER MAIN REPLACEMENT PHASE 2",
         ["Four bids were received; the lowest responsive bidder was Brightwater Civil, Inc. Council Member "
          "Amadi-Hart moved to award the contract for Water Main Replacement Phase 2 to Brightwater Civil, Inc. in "
          "the amount of $1,284,600. Council Member O\u2019Shaughnessy seconded. Motion carried 5-0."]),
        ("7.2 SIDEWALK CAF\u00c9 PERMIT FEES",
         ["Council Member Tolliver moved to waive sidewalk caf\u00e9 permit fees for calendar year 2024. Mayor Pro Tem "
          "Echeverr\u00eda seconded. Motion failed 2-3 (Ayes: Tolliver, Echeverr\u00eda; Nays: Amadi-Hart, "
          "O\u2019Shaughnessy, Harkavy)."]),
        ("7.3 APPOINTMENT TO THE PARKS AND RECREATION BOARD",
         ["Mayor Harkavy recommended the appointment of Felicity Yoon. Council Member Amadi-Hart moved to confirm "
          "the appointment of Felicity Yoon to the Parks and Recreation Board for a term ending June 30, 2026. "
          "Council Member Tolliver seconded. Motion carried 5-0."]),
        ("8. CITY MANAGER REPORT",
         ["City Manager Pelletier reported that spring street sweeping begins April 1 and that the budget "
          "workshop will be held on April 9. The next regular meeting is scheduled for March 19, 2024."]),
        ("9. COUNCIL COMMENTS",
         ["Council Member O\u2019Shaughnessy thanked Public Works for the quick repair of the Hillcrest water main "
          "break."]),
        ("10. ADJOURNMENT",
         ["Council Member O\u2019Shaughnessy moved to adjourn. Council Member Tolliver seconded. Motion carried "
          "5-0. The meeting adjourned at 8:14 p.m."]),
    ]
    for head, paras in body:
        story.append(P(head, H))
        story += [P(text) for text in paras]
    story += [Spacer(1, 8 * mm),
              Table([[P("APPROVED:"), P("ATTEST:")],
                     [P("______________________________<br/>Denise Harkavy, Mayor"),
                      P("______________________________<br/>Tamsin Greaves, City Clerk")]],
                    colWidths=[85 * mm, 85 * mm])]
    doc = SimpleDocTemplate(str(path), pagesize=LETTER, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, title="Council Minutes 2024-03-05", author="City Clerk",
                            creator="City Clerk")
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    assert doc.page == pages, doc.page


# ---------------------------------------------------------------------------------------------------------------
# Word documents
# ---------------------------------------------------------------------------------------------------------------

FIXED = dt.datetime(2024, 6, 1, 9, 0, 0)


def save_docx(document, path: Path, author: str, title: str) -> None:
    cp = document.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def dunmanagh() -> None:
    """Irish Local Community Safety Partnership minutes: attendance tables, 'Agreed:' decisions."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Comhairle Contae Dhún Manach\nDunmanagh County Council").bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Dunmanagh Local Community Safety Partnership").bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Minutes of Meeting held on Monday 13th May 2024 at 10.30 a.m. in Meeting Room 2, County Buildings, "
              "Dunmanagh")

    def people_table(label, rows):
        d.add_paragraph().add_run(label).bold = True
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for name, org in rows:
            cells = t.add_row().cells
            cells[0].text = name
            cells[1].text = org

    people_table("Members Present:", [
        ("Ms. Nuala Breathnach (Chairperson)", "Independent Chair"),
        ("Cllr. Tadhg Ó Sé", "Dunmanagh County Council"),
        ("Cllr. Maeve Rourke-Dillon", "Dunmanagh County Council"),
        ("Chief Superintendent Colm Garvey", "An Garda Síochána"),
        ("Inspector Noreen Keogh (on behalf of Supt. Ivor Shortt)", "An Garda Síochána"),
        ("Ms. Aisling Brophy", "HSE Community Healthcare"),
        ("Mr. Fintan Moylett", "Tusla – Child and Family Agency"),
        ("Ms. Rosario Quigley", "Dunmanagh Public Participation Network"),
        ("Mr. Ger Hanrahan", "Dunmanagh Traveller Forum"),
    ])
    people_table("In Attendance:", [
        ("Mr. Dermot Lally", "LCSP Coordinator"),
        ("Ms. Caoimhe Fennessy", "Administrative Officer (minutes)"),
    ])
    people_table("Apologies:", [
        ("Cllr. Brendan Tobin", "Dunmanagh County Council"),
        ("Superintendent Ivor Shortt", "An Garda Síochána"),
    ])

    def item(title, *paras):
        h = d.add_paragraph()
        h.add_run(title).bold = True
        for text in paras:
            if text.startswith("Agreed:"):
                q = d.add_paragraph()
                q.add_run("Agreed:").bold = True
                q.add_run(text[len("Agreed:"):])
            else:
                d.add_paragraph(text)

    item("1.\tWelcome and Apologies",
         "The Chairperson welcomed members, in particular Inspector Keogh, who attended on behalf of Superintendent "
         "Shortt. Apologies were noted as listed above.")
    item("2.\tMinutes of Previous Meeting (26th February 2024)",
         "The minutes were adopted on the proposal of Mr. Ger Hanrahan, seconded by Cllr. Ó Sé.")
    item("3.\tMatters Arising",
         "Mr. Lally confirmed that the terms of reference, as amended at the last meeting, had been sent to the "
         "Department of Justice.")
    item("4.\tGarda Update",
         "Chief Superintendent Garvey gave an overview of crime trends in the division for the first quarter of "
         "2024. Burglary was down by 14%, while public order offences in Dunmanagh town centre had increased at "
         "weekends. Cllr. Rourke-Dillon raised the lack of lighting on the riverside walk.")
    item("5.\tLocal Community Safety Plan – Consultation Findings",
         "Mr. Lally presented the findings of the public consultation, which drew 612 responses and four focus "
         "groups. Feeling unsafe in the town centre at night and drug dealing in housing estates were the two "
         "issues raised most often.",
         "Agreed: The consultation report will be published on the Council website and circulated to all members.")
    item("6.\tCommunity Safety Innovation Fund 2024",
         "Members discussed possible projects for the fund.",
         "Agreed: The Partnership will submit an application for €25,000 towards a youth diversion project in "
         "Knockbrack.")
    item("7.\tSub-Group Structure",
         "Agreed: Three sub-groups will be established: Youth and Families; Drugs and Alcohol; Safe Public Spaces.")
    item("8.\tAny Other Business",
         "Ms. Quigley asked that the PPN be given early sight of the draft plan.")
    item("9.\tDate of Next Meeting",
         "The next meeting will take place on Monday 9th September 2024 at 10.30 a.m.")
    d.add_paragraph("The meeting concluded at 12.20 p.m.")
    d.add_paragraph("Signed: ____________________ Chairperson\t\tDate: ______________")
    footer = d.sections[0].footer.paragraphs[0]
    footer.text = "Dunmanagh LCSP – Minutes 13 May 2024"
    save_docx(d, HERE / "dunmanagh_lcsp_minutes_2024-05-13.docx", "Dunmanagh County Council",
              "LCSP minutes 13 May 2024")


def tollgate() -> None:
    """Almshouse charity trustees' minutes with a No. / Minute / Action by / Date table."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("THE TOLLGATE ALMSHOUSE CHARITY").bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Registered Charity No. 1098342")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Minutes of the Meeting of the Trustees held on Thursday 11 April 2024 at 10.30am\n"
              "in the Board Room, Tollgate House, 14 Bridge Street, Hembury").bold = True
    p = d.add_paragraph()
    p.add_run("Trustees present:\t").bold = True
    p.add_run("Revd Canon Hilary Stowe (Chair) (HS), Mr Graham Pellow (Treasurer) (GP), Mrs Jocelyn Adair (JA), "
              "Dr Samir Haddad (SH), Mrs Philippa Crane-Whitlock (PCW)")
    p = d.add_paragraph()
    p.add_run("In attendance:\t").bold = True
    p.add_run("Mrs Lorna Beckett, Scheme Manager (LB); Mr Keith Ames, Clerk to the Trustees (KA)")
    p = d.add_paragraph()
    p.add_run("Apologies:\t").bold = True
    p.add_run("Mr Edmund Rayne; Ms Carla Bright")

    rows = [
        ("1", "Welcome and apologies", ["The Chair welcomed trustees. Apologies were received from Mr Rayne and "
                                        "Ms Bright."], "", ""),
        ("2", "Declarations of interest", ["None."], "", ""),
        ("3", "Minutes of the meeting held on 18 January 2024",
         ["The minutes were approved and signed by the Chair."], "", ""),
        ("4", "Matters arising", ["The boiler replacement at Flat 6 has been completed within the budget agreed "
                                  "in January."], "", ""),
        ("5", "Scheme Manager\u2019s report",
         ["LB reported two vacancies: Flat 3 has been empty since February and Flat 9 will be vacated at the end "
          "of May. Two residents have moved to nursing care.",
          "LB to advertise Flat 3 through the Hembury housing register and the parish magazine."], "LB", "30/04/2024"),
        ("6", "Finance",
         ["GP presented the management accounts to 31 March 2024, showing a surplus of \u00a34,912 against a "
          "budgeted \u00a32,500. The Trustees approved the budget for 2024/25.",
          "GP to send the 2023/24 accounts to the independent examiner."], "GP", "31/05/2024"),
        ("7", "Weekly maintenance contribution",
         ["Following discussion of the Regulator\u2019s guidance, it was resolved that the weekly maintenance "
          "contribution be increased by 5% from 1 June 2024.",
          "KA to write to all residents giving one month\u2019s notice of the increase."], "KA", "01/05/2024"),
        ("8", "Trustee recruitment",
         ["Two people have expressed interest in becoming trustees.",
          "SH and JA to meet both candidates informally and report to the July meeting."], "SH / JA", ""),
        ("9", "Any other business", ["PCW reported that the garden volunteers would start again in May."], "", ""),
        ("10", "Date of next meeting", ["Thursday 11 July 2024 at 10.30am."], "", ""),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ["No.", "Minute", "Action by", "Date"]):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for number, title, paras, owner, due in rows:
        cells = t.add_row().cells
        cells[0].text = number
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(title).bold = True
        for text in paras:
            cells[1].add_paragraph(text)
        cells[2].text = owner
        cells[3].text = due
    d.add_paragraph("")
    d.add_paragraph("The meeting closed at 12.15pm.")
    d.add_paragraph("Signed ______________________ (Chair)\t\tDate ____________")
    d.sections[0].footer.paragraphs[0].text = "Tollgate Almshouse Charity \u2013 Trustees \u2013 11.04.2024 \u2013 CONFIDENTIAL"
    save_docx(d, HERE / "tollgate_almshouse_trustees_minutes_2024-04-11.docx", "Clerk to the Trustees",
              "Trustees minutes April 2024")


def main() -> None:
    sallowby()
    wexcombe()
    wyandot()
    dunmanagh()
    tollgate()
    for f in sorted(HERE.glob("*.pdf")) + sorted(HERE.glob("*.docx")):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()

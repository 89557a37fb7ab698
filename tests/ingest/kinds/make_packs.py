"""Writes the agenda packs of the kinds set as PDF files (round 6; run once, the outputs are committed).

    .venv/bin/python tests/ingest/kinds/make_packs.py

A pack is what a London borough's committee system publishes: the front sheet (contact block, "To: Members of the
…" with roles, the meeting sentence, the question deadline), the agenda with "(Pages 3 - 10)", the previous minutes,
report cover sheets, appendices (a landscape statistics table, an image-only page), "This page is left
intentionally blank" and continuous page numbers. Bodies, people, places and wording are fictional.
The PDFs are byte-stable (reportlab invariant mode).
"""
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docmaker import BODY, BOLD, CENTRE, HEAD  # noqa: E402

RIGHT = ParagraphStyle("right", parent=BOLD, alignment=2, fontSize=11)
SMALLP = ParagraphStyle("smallp", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
INDENT = ParagraphStyle("indent", parent=BODY, leftIndent=14 * mm)
TITLE = ParagraphStyle("title", parent=BOLD, fontSize=12, leading=15)


class Picture(Flowable):
    """A page of drawing only (a scanned map or chart): shapes, no text at all."""
    def wrap(self, aw, ah):
        self.w, self.h = aw, ah - 10
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.black)
        c.rect(0, 0, self.w, self.h)
        for i, v in enumerate((0.35, 0.6, 0.45, 0.8, 0.55, 0.7, 0.3)):
            c.setFillColor(colors.Color(0.2 + 0.08 * i, 0.4, 0.6))
            c.rect(20 + i * 60, 20, 40, v * (self.h - 60), fill=1, stroke=0)
        c.setStrokeColor(colors.grey)
        for k in range(1, 6):
            c.line(10, 20 + k * (self.h - 60) / 5, self.w - 10, 20 + k * (self.h - 60) / 5)


def build(out, story, footer_from=1, image_pages=(), foot_label=None, offset=0):
    """Portrait A4 pages with one landscape template; "Page N" at the foot from page ``footer_from`` on
    (numbered N - offset), none on ``image_pages``."""
    def foot(canvas, doc):
        n = doc.page
        if n < footer_from or n in image_pages:
            return
        canvas.saveState()
        canvas.setFont("Helvetica", 9)
        w = canvas._pagesize[0]
        canvas.drawCentredString(w / 2, 10 * mm, f"Page {n - offset}")
        if foot_label:
            canvas.setFont("Helvetica", 7.5)
            canvas.drawString(20 * mm, 10 * mm, foot_label)
        canvas.restoreState()

    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                          bottomMargin=20 * mm, title=out.stem)
    pw, ph = A4
    portrait = PageTemplate("portrait", [Frame(20 * mm, 20 * mm, pw - 40 * mm, ph - 38 * mm)], onPage=foot,
                            pagesize=A4)
    lw, lh = landscape(A4)
    land = PageTemplate("landscape", [Frame(18 * mm, 20 * mm, lw - 36 * mm, lh - 38 * mm)], onPage=foot,
                        pagesize=landscape(A4))
    doc.addPageTemplates([portrait, land])
    doc.build(story)


def grid(rows, widths, header=True):
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONT", (0, 0), (-1, -1), "Helvetica", 9)]
    if header:
        style.append(("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9))
    t.setStyle(TableStyle(style))
    return t


def minute(s, number, title, paras, actions=None):
    """A ModernGov minute: number and capitals title, then the text with an "Action" column of initials."""
    s.append(Paragraph(f"<b>{number}&nbsp;&nbsp;&nbsp;&nbsp;{title}</b>", BODY))
    rows = [[Paragraph("", BODY), Paragraph("<b>Action</b>", BODY)]]
    for i, p in enumerate(paras):
        a = (actions or {}).get(i, "")
        rows.append([Paragraph(p, BODY), Paragraph(a, BODY)])
    t = Table(rows, colWidths=[140 * mm, 28 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 14 * mm)]))
    s.append(t)


def blank(s):
    s.append(Spacer(1, 90 * mm))
    s.append(Paragraph("This page is left intentionally blank", CENTRE))
    s.append(PageBreak())


def stats_table(s, caption, head, rows):
    s.append(NextPageTemplate("landscape"))
    s.append(PageBreak())
    s.append(Paragraph(caption, TITLE))
    s.append(grid([head] + rows, [62 * mm] + [26 * mm] * (len(head) - 1)))
    s.append(NextPageTemplate("portrait"))
    s.append(PageBreak())


# --- Pack 1: Safer Ashmead Partnership Board (ModernGov house style) -----------------------------------------------
def ashmead():
    out = HERE / "ashmead_safer_partnership_pack_2024-09-19.pdf"
    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))  # noqa: E731
    # front sheet (page 1)
    t = Table([[Paragraph("<b>London Borough of Ashmead</b><br/>Civic Offices, Quarry Lane, Ashmead, London SE29 4QA",
                          SMALLP),
                Paragraph("Contact: Helena Marchetti<br/>Direct line: 020 8361 4472<br/>"
                          "Email: helena.marchetti@ashmead.gov.uk<br/>Date: 10 September 2024", SMALLP)]],
              colWidths=[90 * mm, 80 * mm])
    s.append(t)
    s.append(Spacer(1, 6 * mm))
    P("To: Members of the")
    P("SAFER ASHMEAD PARTNERSHIP BOARD", BOLD)
    for m in ("Councillor Nadia Okonjo (Cabinet Member for Community Safety) (Chair)",
              "Chief Superintendent Graham Tulloch (Borough Commander) (Vice-Chair)",
              "Wendy Harcastle (Director of Public Realm)",
              "Dr Amrit Gillon (Director of Public Health)",
              "Colin Ferreira (Probation Service)",
              "Station Commander Lisa Brightwater (London Fire Brigade)",
              "Marcus Delacroix (Head of Youth Justice)",
              "Sinead Quarrie (Victim Support)",
              "Tobias Ekwueme (Ashmead Housing Partnership)"):
        P(m, SMALLP)
    s.append(Spacer(1, 4 * mm))
    P("A meeting of the Safer Ashmead Partnership Board will be held at Committee Room 3, Ashmead Civic Offices on "
      "THURSDAY 19 SEPTEMBER 2024 at 2.00 pm")
    P("Elaine Sturridge<br/>Director of Corporate Services", SMALLP)
    s.append(Spacer(1, 4 * mm))
    P("A G E N D A", HEAD)
    items = [("1", "APOLOGIES FOR ABSENCE", None), ("2", "DECLARATIONS OF INTEREST", None),
             ("3", "MINUTES OF THE MEETING HELD ON 20 JUNE 2024", "3 - 5"),
             ("4", "QUESTIONS FROM MEMBERS OF THE PUBLIC", None)]
    for n, title, pages in items:
        P(f"<b>{n}</b>&nbsp;&nbsp;&nbsp;&nbsp;{title}" + (f" (Pages {pages})" if pages else ""))
    P("Questions must be received in writing by 5.00 pm on Friday 13 September 2024.", INDENT)
    s.append(PageBreak())
    # agenda continued (page 2)
    items2 = [("5", "ANTISOCIAL BEHAVIOUR AND ENVIRONMENTAL CRIME: QUARTERLY REPORT", "6 - 7"),
              ("6", "SERIOUS VIOLENCE DUTY: STRATEGIC NEEDS ASSESSMENT REFRESH", "8 - 10"),
              ("7", "POLICE UPDATE", None), ("8", "ANY OTHER BUSINESS", None),
              ("9", "DATE OF NEXT MEETING", None)]
    for n, title, pages in items2:
        P(f"<b>{n}</b>&nbsp;&nbsp;&nbsp;&nbsp;{title}" + (f" (Pages {pages})" if pages else ""))
        if n == "7":
            P("A verbal update will be given by the Borough Commander.", INDENT)
        if n == "9":
            P("The next meeting will be held on Thursday 12 December 2024 at 2.00 pm.", INDENT)
    s.append(PageBreak())
    # minutes (pages 3-8 in print; here 3-5 plus blank)
    P("Agenda Item 3", RIGHT)
    P("SAFER ASHMEAD PARTNERSHIP BOARD", HEAD)
    P("Minutes of the meeting held at 2.00 pm on 20 June 2024", CENTRE)
    P("<b>Present:</b>")
    for m in ("Councillor Nadia Okonjo (Chair)", "Chief Superintendent Graham Tulloch (Vice-Chair)",
              "Wendy Harcastle, Director of Public Realm", "Dr Amrit Gillon, Director of Public Health",
              "Colin Ferreira, Probation Service", "Sinead Quarrie, Victim Support",
              "Tobias Ekwueme, Ashmead Housing Partnership"):
        P(m, INDENT)
    P("<b>Also Present:</b>")
    P("Rupert Allingham (Community Safety Manager)", INDENT)
    P("Helena Marchetti (Democratic Services Officer)", INDENT)
    minute(s, "14", "APOLOGIES FOR ABSENCE",
           ["Apologies were received from Station Commander Lisa Brightwater and Marcus Delacroix."])
    minute(s, "15", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."])
    minute(s, "16", "MINUTES OF THE MEETING HELD ON 21 MARCH 2024",
           ["RESOLVED that the minutes of the meeting held on 21 March 2024 be agreed as a correct record."])
    minute(s, "17", "QUESTIONS FROM MEMBERS OF THE PUBLIC", ["No questions had been received."])
    minute(s, "18", "HATE CRIME REPORTING CENTRES",
           ["The Community Safety Manager reported that eleven third-party reporting centres were now open, "
            "including two in libraries and one at the Ashmead Mosque. Reports through the centres had risen "
            "from 14 to 39 in the year.",
            "Members asked that the list of centres be shared with ward councillors and with the safer "
            "neighbourhood panels.",
            "RESOLVED that the report be noted and that the list of reporting centres be circulated to Members."],
           {2: "RA"})
    minute(s, "19", "DOMESTIC ABUSE HOUSING ALLIANCE ACCREDITATION",
           ["Tobias Ekwueme outlined the partnership's progress towards accreditation; the assessment visit "
            "was expected in the autumn.",
            "RESOLVED that the Board support the application and receive the outcome at its December meeting."],
           {1: "TE"})
    minute(s, "20", "POLICE UPDATE",
           ["Chief Superintendent Tulloch reported a fall of 9% in knife crime with injury across the borough "
            "since April. Robbery remained above target in the town centre.",
            "RESOLVED that the update be noted."])
    minute(s, "21", "ANY OTHER BUSINESS", ["There was no other business."])
    minute(s, "22", "DATE OF NEXT MEETING",
           ["The next meeting would be held on Thursday 19 September 2024 at 2.00 pm."])
    P("The meeting ended at 3.35 pm")
    P("Chair")
    s.append(PageBreak())
    blank(s)
    # report cover sheet (page 9 printed)
    P("Agenda Item 5", RIGHT)
    P("Report No. CSP24/031", BOLD)
    P("LONDON BOROUGH OF ASHMEAD", HEAD)
    s.append(grid([[Paragraph("<b>Decision Maker:</b>", BODY), Paragraph("SAFER ASHMEAD PARTNERSHIP BOARD", BODY)],
                   [Paragraph("<b>Date:</b>", BODY), Paragraph("Thursday 19 September 2024", BODY)],
                   [Paragraph("<b>Title:</b>", BODY),
                    Paragraph("ANTISOCIAL BEHAVIOUR AND ENVIRONMENTAL CRIME: QUARTERLY REPORT", BODY)],
                   [Paragraph("<b>Contact Officer:</b>", BODY),
                    Paragraph("Rupert Allingham, Community Safety Manager<br/>Tel: 020 8361 4410 "
                              "E-mail: rupert.allingham@ashmead.gov.uk", BODY)],
                   [Paragraph("<b>Chief Officer:</b>", BODY), Paragraph("Wendy Harcastle, Director of Public Realm",
                                                                         BODY)],
                   [Paragraph("<b>Ward:</b>", BODY), Paragraph("All Wards", BODY)]], [45 * mm, 125 * mm],
                  header=False))
    P("<b>1. REASON FOR REPORT</b>")
    P("1.1 This report sets out antisocial behaviour and environmental crime figures for the first quarter of "
      "2024/25 and the work of the joint enforcement team.")
    P("<b>2. RECOMMENDATION(S)</b>")
    P("2.1 The Board is asked to note the report and comment on the priorities for the next quarter.")
    P("<b>3. COMMENTARY</b>")
    P("3.1 Reports of antisocial behaviour fell by 6% against the same quarter last year. Fly-tipping reports "
      "rose by 11%, mostly in three wards, and 214 fixed penalty notices were issued.")
    P("3.2 The figures by ward are set out in Appendix 1.")
    stats_table(s, "Appendix 1: Antisocial behaviour and environmental crime by ward, Q1 2024/25",
                ["Ward", "ASB calls", "Change", "Fly-tips", "Change", "FPNs issued", "Graffiti"],
                [["Quarry Lane", "182", "-4%", "96", "+12%", "41", "17"],
                 ["Ashmead Central", "264", "-9%", "131", "+15%", "58", "33"],
                 ["Hollow Park", "97", "+2%", "44", "-3%", "19", "6"],
                 ["Rivermead", "143", "-7%", "88", "+18%", "37", "12"],
                 ["Southcote", "121", "-5%", "52", "+4%", "29", "9"],
                 ["Borough total", "807", "-6%", "411", "+11%", "214", "77"]])
    P("Agenda Item 6", RIGHT)
    P("Report No. CSP24/032", BOLD)
    s.append(grid([[Paragraph("<b>Decision Maker:</b>", BODY), Paragraph("SAFER ASHMEAD PARTNERSHIP BOARD", BODY)],
                   [Paragraph("<b>Date:</b>", BODY), Paragraph("Thursday 19 September 2024", BODY)],
                   [Paragraph("<b>Title:</b>", BODY),
                    Paragraph("SERIOUS VIOLENCE DUTY: STRATEGIC NEEDS ASSESSMENT REFRESH", BODY)],
                   [Paragraph("<b>Contact Officer:</b>", BODY),
                    Paragraph("Priya Venkatesan, Serious Violence Lead", BODY)],
                   [Paragraph("<b>Ward:</b>", BODY), Paragraph("All Wards", BODY)]], [45 * mm, 125 * mm],
                  header=False))
    P("<b>1. SUMMARY</b>")
    P("1.1 The strategic needs assessment is to be refreshed by January 2025. This report sets out the timetable "
      "and the data each partner is asked to provide.")
    P("<b>2. RECOMMENDATION</b>")
    P("2.1 That the Board agree the timetable at paragraph 3.2.")
    s.append(PageBreak())
    s.append(Picture())
    s.append(PageBreak())
    blank(s)
    # page numbers: the front sheet and agenda are pages 1-2, so printed numbers continue from the front sheet
    build(out, s, footer_from=3, image_pages=(9,), foot_label=None)


# --- Pack 2: Brindlemere Health and Wellbeing Board ("Report of:" house style; papers numbered from 1) ----------
def brindlemere():
    out = HERE / "brindlemere_health_wellbeing_board_pack_2024-11-06.pdf"
    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))  # noqa: E731
    P("Brindlemere Health and Wellbeing Board", HEAD)
    P("Date: Wednesday, 6 November 2024<br/>Time: 10.00 am<br/>Venue: The Assembly Room, Brindlemere Town Hall, "
      "High Street, London E21 7LN")
    P("<b>Membership:</b>")
    P("Councillor Tamsin Oyelaran (Chair), Dr Howard Pennicott (Vice-Chair), Councillor Ruairi Blackwood, "
      "Jocelyn Amadi (Director of Adult Social Care), Bernard Lisowski (Director of Children's Services), "
      "Dr Sunita Rathore (Director of Public Health), Megan Tolliver (Healthwatch Brindlemere) and "
      "Fergus Adeyemi (North East London ICB)")
    P("Quorum: 3 members")
    P("Contact: Oliver Brennan, Governance Officer<br/>Tel: 020 8430 2217 E-mail: oliver.brennan@brindlemere.gov.uk")
    P("Published: Tuesday, 29 October 2024")
    P("Members of the public may ask questions at the meeting; questions must be sent to the Governance Officer "
      "by 12 noon on Friday, 1 November 2024.")
    s.append(Spacer(1, 4 * mm))
    P("AGENDA", HEAD)
    rows = [["Item", "", "Pages"],
            ["1.", "Welcome and Apologies for Absence", ""],
            ["2.", "Declarations of Interest", ""],
            ["3.", "Minutes of the Previous Meeting", "1 - 2"],
            ["4.", "Better Care Fund Plan 2024-25: Quarter 2 Return", "3 - 5"],
            ["5.", "Joint Local Health and Wellbeing Strategy: Annual Progress Report", "6"],
            ["6.", "Pharmaceutical Needs Assessment: Supplementary Statement", ""],
            ["7.", "Any Other Business", ""],
            ["8.", "Date of Next Meeting", ""]]
    t = Table([[Paragraph(c, BODY) for c in r] for r in rows], colWidths=[15 * mm, 130 * mm, 25 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    P("The next meeting of the Board will be held on Wednesday, 5 February 2025 at 10.00 am.")
    s.append(PageBreak())
    # minutes: page 1
    P("Agenda Item 3", RIGHT)
    P("BRINDLEMERE HEALTH AND WELLBEING BOARD", HEAD)
    P("MINUTES of the meeting held on Wednesday, 4 September 2024 from 10.00 am to 11.40 am at The Assembly Room, "
      "Brindlemere Town Hall", CENTRE)
    P("<b>PRESENT:</b> Councillor Tamsin Oyelaran (Chair), Dr Howard Pennicott (Vice-Chair), Councillor Ruairi "
      "Blackwood, Jocelyn Amadi, Dr Sunita Rathore and Megan Tolliver")
    P("<b>IN ATTENDANCE:</b> Keeley Marsh (Better Care Fund Manager), Oliver Brennan (Governance Officer)")
    P("<b>APOLOGIES:</b> Bernard Lisowski and Fergus Adeyemi")
    P("<b>20. Welcome and Apologies for Absence</b>")
    P("The Chair welcomed those present. Apologies were noted as above.")
    P("<b>21. Declarations of Interest</b>")
    P("None.")
    P("<b>22. Minutes of the Previous Meeting</b>")
    P("The minutes of the meeting held on 3 July 2024 were agreed as a correct record.")
    P("<b>23. Better Care Fund: Quarter 1 Return</b>")
    P("Keeley Marsh presented the quarter 1 return. Discharges to assess remained below plan because of "
      "delays in home care starts. Megan Tolliver asked how carers' views were gathered.")
    P("RESOLVED: That the quarter 1 return be approved for submission.")
    P("Action: KM to share the carers' survey questions with Healthwatch.")
    P("<b>24. Childhood Immunisations</b>")
    P("Dr Rathore reported that uptake of the second MMR dose at five years stood at 78%. A targeted "
      "programme with primary care would begin in October.")
    P("RESOLVED: That the Board note the report and support the targeted programme.")
    P("Action: SR to bring uptake figures by ward to the February meeting.")
    P("<b>25. Any Other Business</b>")
    P("There was none.")
    P("<b>26. Date of Next Meeting</b>")
    P("Wednesday, 6 November 2024 at 10.00 am.")
    s.append(PageBreak())
    blank(s)
    # report (page 3)
    P("Agenda Item 4", RIGHT)
    P("BRINDLEMERE HEALTH AND WELLBEING BOARD", HEAD)
    P("6 November 2024", CENTRE)
    for label, value in (("Report of:", "Jocelyn Amadi, Director of Adult Social Care"),
                         ("Wards affected:", "All"), ("Key decision:", "No"),
                         ("Report author:", "Keeley Marsh, Better Care Fund Manager"),
                         ("Classification:", "Open")):
        P(f"<b>{label}</b> {value}")
    P("Better Care Fund Plan 2024-25: Quarter 2 Return", TITLE)
    P("<b>Summary</b>")
    P("The quarter 2 return to NHS England reports spend of £4.2m against the pooled budget and progress against "
      "the four national metrics.")
    P("<b>Recommendations</b>")
    P("The Board is recommended to:")
    P("1. approve the quarter 2 return for submission; and", INDENT)
    P("2. note the risks to the discharge metric set out in section 4.", INDENT)
    stats_table(s, "Appendix A: Better Care Fund metrics, quarter 2 2024-25",
                ["Metric", "Plan", "Actual", "Variance", "RAG"],
                [["Avoidable admissions (per 100,000)", "182", "176", "-6", "Green"],
                 ["Discharge to usual place of residence", "92.5%", "90.8%", "-1.7", "Amber"],
                 ["Falls admissions (65+)", "498", "511", "+13", "Amber"],
                 ["Residential admissions (65+)", "560", "534", "-26", "Green"]])
    s.append(Picture())
    s.append(PageBreak())
    P("Agenda Item 5", RIGHT)
    for label, value in (("Report of:", "Dr Sunita Rathore, Director of Public Health"),
                         ("Wards affected:", "All"), ("Key decision:", "No")):
        P(f"<b>{label}</b> {value}")
    P("Joint Local Health and Wellbeing Strategy: Annual Progress Report", TITLE)
    P("<b>Summary</b>")
    P("This report sets out progress in the second year of the strategy against its three priorities.")
    P("<b>Recommendations</b>")
    P("The Board is recommended to note the report.")
    build(out, s, footer_from=2, offset=1, image_pages=(6,), foot_label="Brindlemere Health and Wellbeing Board")


# --- Pack 3: Corvenhurst Community Safety Partnership (front sheet, run-on agenda, lettered sub-items) ---------
def corvenhurst():
    out = HERE / "corvenhurst_csp_pack_2025-01-22.pdf"
    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))  # noqa: E731
    P("Corvenhurst Community Safety Partnership", HEAD)
    P("Wednesday 22 January 2025 at 6.30 pm", CENTRE)
    P("Council Chamber, Corvenhurst Town Hall, Mortlake Road, London SW31 2HP", CENTRE)
    P("Enquiries to: Bethany Ruskin, Committee Services<br/>Telephone: 020 8547 3309<br/>"
      "Email: committees@corvenhurst.gov.uk<br/>Date of issue: 13 January 2025", SMALLP)
    P("To: Members of the Corvenhurst Community Safety Partnership")
    P("Councillor Declan Fairweather (Chair); Detective Superintendent Rhona Castellano (Vice-Chair); "
      "Councillor Imogen Baptiste; Anwar Siddiqui (Head of Community Safety); Patrice Holloway (Probation); "
      "Graham Okafor (Youth Offending Service); Ingrid Sorensen (Corvenhurst Homes)")
    P("Please note: questions from the public must reach Committee Services by 10.00 am on Friday 17 January 2025.")
    P("AGENDA", HEAD)
    for n, title, pages in (("1", "Apologies for absence and substitutions", None),
                            ("2", "Declarations of interest", None),
                            ("3", "Minutes of the meeting held on 16 October 2024", "1"),
                            ("4", "Partnership performance report: quarter 2", "2 - 4"),
                            ("5", "Community safety grants", None)):
        P(f"{n}.&nbsp;&nbsp;&nbsp;{title}" + (f" (Page{'s' if '-' in pages else ''} {pages})" if pages else ""))
    P("(a)&nbsp;&nbsp;Small grants round 2025/26", INDENT)
    P("(b)&nbsp;&nbsp;Evaluation of the street pastors grant (To follow)", INDENT)
    for n, title in (("6", "Urgent business"), ("7", "Dates of future meetings")):
        P(f"{n}.&nbsp;&nbsp;&nbsp;{title}")
    P("Future meetings: Wednesday 23 April 2025 and Wednesday 16 July 2025, both at 6.30 pm.", INDENT)
    s.append(PageBreak())
    P("Agenda Item 3", RIGHT)
    P("Corvenhurst Community Safety Partnership", HEAD)
    P("Minutes of the meeting held on Wednesday 16 October 2024 at 6.30 pm", CENTRE)
    s.append(grid([[Paragraph("<b>Present:</b>", BODY),
                    Paragraph("Councillor Declan Fairweather (Chair), Councillor Imogen Baptiste, Anwar Siddiqui, "
                              "Patrice Holloway and Graham Okafor", BODY)],
                   [Paragraph("<b>Substitutes:</b>", BODY),
                    Paragraph("Inspector Calum Reddaway (for Detective Superintendent Rhona Castellano)", BODY)],
                   [Paragraph("<b>Officers:</b>", BODY),
                    Paragraph("Joanna Whitlam (Community Safety Analyst), Bethany Ruskin (Committee Services)",
                              BODY)],
                   [Paragraph("<b>Apologies:</b>", BODY),
                    Paragraph("Detective Superintendent Rhona Castellano and Ingrid Sorensen", BODY)]],
                  [32 * mm, 138 * mm], header=False))
    s.append(Spacer(1, 4 * mm))
    for n, title, paras in (
            ("CSP/24/19", "Apologies for absence and substitutions",
             ["Apologies and a substitution were reported as above."]),
            ("CSP/24/20", "Declarations of interest", ["None were declared."]),
            ("CSP/24/21", "Minutes of the meeting held on 17 July 2024",
             ["RESOLVED: That the minutes of the meeting held on 17 July 2024 be confirmed as a correct record."]),
            ("CSP/24/22", "Partnership performance report: quarter 1",
             ["Joanna Whitlam presented the report. Burglary had fallen by 12% but theft from vehicles had risen "
              "in the north of the borough. Members asked for a breakdown by ward at the next meeting.",
              "RESOLVED: That the report be noted.",
              "ACTION: JW to include a ward breakdown of vehicle crime in the quarter 2 report."]),
            ("CSP/24/23", "Street pastors scheme",
             ["Anwar Siddiqui reported on the first six months of the scheme. Volunteers had been out on 41 nights "
              "and had given first aid on 17 occasions.",
              "RESOLVED: That an evaluation of the scheme be brought to the January meeting.",
              "ACTION: AS and PH to commission the evaluation."]),
            ("CSP/24/24", "Dates of future meetings",
             ["The next meeting would be held on Wednesday 22 January 2025 at 6.30 pm."])):
        P(f"<b>{n}&nbsp;&nbsp;&nbsp;{title}</b>")
        for p in paras:
            P(p)
    P("The meeting closed at 8.05 pm.")
    s.append(PageBreak())
    P("Agenda Item 4", RIGHT)
    for label, value in (("Report of:", "Head of Community Safety"), ("Wards affected:", "All wards"),
                         ("Key decision:", "No"), ("Status:", "Public")):
        P(f"<b>{label}</b> {value}")
    P("Partnership performance report: quarter 2", TITLE)
    P("<b>Summary</b>")
    P("Crime in the borough fell by 4% in the quarter. Vehicle crime by ward is shown in the appendix.")
    P("<b>Recommendations</b>")
    P("That the Partnership note the report.")
    stats_table(s, "Appendix: Vehicle crime by ward, quarter 2 2024/25",
                ["Ward", "Theft from vehicle", "Theft of vehicle", "Interference", "Total", "Change"],
                [["Mortlake North", "64", "12", "9", "85", "+14%"], ["Mortlake South", "31", "7", "4", "42", "-3%"],
                 ["Hatchford", "22", "5", "2", "29", "-10%"], ["Kingsmoor", "47", "9", "6", "62", "+6%"]])
    blank(s)
    build(out, s, footer_from=2, offset=1, foot_label="Corvenhurst CSP 22 January 2025")


# --- Pack 4: Hallowfield Safer Neighbourhoods Strategic Group (stamps drawn in the margin, "Page Nos." column,
# the minutes' date in a running foot, the Action column with a header over each minute) ---------------------------
def hallowfield():
    out = HERE / "hallowfield_safer_neighbourhoods_pack_2024-03-07.pdf"
    stamps = {}           # physical page -> "Agenda Item N", drawn in the top margin as ModernGov prints it
    feet = {}             # physical page -> running foot text

    class Mark(Flowable):
        """Records the page's stamp and foot when laid out on it (draws nothing)."""
        def __init__(self, stamp=None, foot=None):
            super().__init__()
            self.stamp, self.foot = stamp, foot

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            n = self.canv.getPageNumber()
            if self.stamp:
                stamps[n] = self.stamp
            if self.foot:
                feet[n] = self.foot

    def page_end(canvas, doc):
        n = doc.page
        w, h = canvas._pagesize
        canvas.saveState()
        if n in stamps:
            canvas.setFont("Helvetica-Bold", 12)
            canvas.rect(w - 60 * mm, h - 16 * mm, 42 * mm, 9 * mm)
            canvas.drawCentredString(w - 39 * mm, h - 13 * mm, stamps[n])
        if n > 1:
            canvas.setFont("Helvetica", 9)
            canvas.drawCentredString(w / 2, 10 * mm, f"Page {n - 1}")
        canvas.restoreState()

    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))  # noqa: E731
    P("Public Document Pack", ParagraphStyle("pdp", parent=BOLD, fontSize=14, leading=18))
    s.append(Table([[Paragraph("Hallowfield Civic Centre, Moor Street, Hallowfield, London NW23 8EE", SMALLP),
                     Paragraph("<b>Telephone:</b> 020 8290 7731<br/><b>Email:</b> democracy@hallowfield.gov.uk<br/>"
                               "<b>DIRECT LINE:</b> 020 8290 7730<br/><b>DATE:</b> 26 February 2024", SMALLP)]],
                   colWidths=[85 * mm, 85 * mm]))
    P("To: Members of the")
    P("HALLOWFIELD SAFER NEIGHBOURHOODS STRATEGIC GROUP", BOLD)
    for m in ("Superintendent Adaeze Whitcombe, (Borough Commander) (Chairman)",
              "Lorcan Pryce, (Director of Environment and Community Services) (Vice-Chairman)",
              "Councillor Yusra Halloran, (Portfolio Holder for Public Protection)",
              "Damaris Keene, (Hallowfield Probation Delivery Unit)",
              "Ibrahim Castellanos, (Head of Youth Offending Service)",
              "Nell Ravensworth, (Safer Neighbourhood Board)",
              "Oskar Lindqvist, (London Ambulance Service)"):
        P(m, SMALLP)
    P("A meeting of the Hallowfield Safer Neighbourhoods Strategic Group will be held at Room 4, Hallowfield Civic "
      "Centre on THURSDAY 7 MARCH 2024 at 9.30 am")
    P("A G E N D A", HEAD)
    rows = [["", "", "Page Nos."],
            ["1", "APOLOGIES FOR ABSENCE", ""],
            ["2", "MINUTES OF THE MEETING HELD ON 16 NOVEMBER 2023", "1 - 2"],
            ["3", "QUESTIONS FROM COUNCILLORS AND MEMBERS OF THE PUBLIC", ""],
            ["", "Questions should be received by 5.00 pm on Friday 1 March 2024.", ""],
            ["4", "NIGHT-TIME ECONOMY: PUBLIC SPACES PROTECTION ORDER REVIEW", "3 - 6"],
            ["5", "ANY OTHER BUSINESS", ""],
            ["6", "DATE OF NEXT MEETING", ""],
            ["", "Thursday 13 June 2024 at 9.30 am.", ""]]
    t = Table([[Paragraph(c, BODY) for c in r] for r in rows], colWidths=[12 * mm, 135 * mm, 23 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(PageBreak())
    s.append(Mark(stamp="Agenda Item 2"))
    P("HALLOWFIELD SAFER NEIGHBOURHOODS STRATEGIC GROUP", HEAD)
    P("Minutes of the meeting held at 9.30 am on 16 November 2023", CENTRE)
    P("<b>Present:</b>")
    for m in ("Lorcan Pryce, (Director of Environment and Community Services) (Chairman)",
              "Councillor Yusra Halloran, (Portfolio Holder for Public Protection)",
              "Damaris Keene, (Hallowfield Probation Delivery Unit)",
              "Nell Ravensworth, (Safer Neighbourhood Board)",
              "Oskar Lindqvist, (London Ambulance Service)",
              "Inspector Tobiah Mwangi, (Hallowfield Police)"):
        P(m, INDENT)
    P("<b>Also Present:</b>")
    P("Genevieve Strand, (Democratic Services Officer)", INDENT)
    minute(s, "31", "APOLOGIES FOR ABSENCE",
           ["Apologies were received from Superintendent Adaeze Whitcombe and Ibrahim Castellanos. Inspector "
            "Tobiah Mwangi attended on behalf of the Borough Commander."])
    minute(s, "32", "MINUTES OF THE MEETING HELD ON 14 SEPTEMBER 2023",
           ["The minutes of the meeting held on 14 September 2023 were agreed as a correct record."])
    minute(s, "33", "QUESTIONS FROM COUNCILLORS AND MEMBERS OF THE PUBLIC", ["No questions had been received."])
    minute(s, "34", "PUBLIC SPACES PROTECTION ORDER: CONSULTATION",
           ["Lorcan Pryce reported that the consultation on renewing the order for the town centre had drawn 412 "
            "responses, 78% in favour.",
            "Nell Ravensworth asked that the board's own survey be shared with the group.",
            "RESOLVED that the consultation results be noted and a review of the order be brought to the March "
            "meeting."], {2: "LP"})
    s.append(Mark(foot="16 November 2023"))
    minute(s, "35", "LONDON AMBULANCE SERVICE UPDATE",
           ["Oskar Lindqvist reported that assaults on ambulance staff in the borough had fallen from 19 to 12 "
            "in the half year.",
            "RESOLVED that the update be noted."])
    minute(s, "36", "ANY OTHER BUSINESS",
           ["Damaris Keene gave notice of the probation service's move to the Moor Street hub in January.",
            "Members to send comments on the hub's opening hours to the probation service.", ], {1: "DK / NR"})
    minute(s, "37", "DATE OF NEXT MEETING", ["Thursday 7 March 2024 at 9.30 am."])
    P("The Meeting ended at 11.05 am")
    P("Chairman")
    s.append(PageBreak())
    s.append(Mark(stamp="Agenda Item 4"))
    P("Report No. ECS24012", BOLD)
    P("London Borough of Hallowfield", HEAD)
    P("<b>PART ONE - PUBLIC</b>", CENTRE)
    for label, value in (("Decision Maker:", "HALLOWFIELD SAFER NEIGHBOURHOODS STRATEGIC GROUP"),
                         ("Date:", "Thursday 7 March 2024"),
                         ("Decision Type:", "Non-Urgent / Non-Executive / Non-Key"),
                         ("Title:", "NIGHT-TIME ECONOMY: PUBLIC SPACES PROTECTION ORDER REVIEW"),
                         ("Contact Officer:", "Wilhelmina Osei, Community Safety Officer"),
                         ("Chief Officer:", "Lorcan Pryce, Director of Environment and Community Services"),
                         ("Ward:", "Moor Street; Hallowfield Town")):
        P(f"<b>{label}</b> {value}")
    P("<b>1. REASON FOR REPORT</b>")
    P("1.1 The order expires in April 2024. This report sets out the evidence for renewing it.")
    P("<b>2. RECOMMENDATION(S)</b>")
    P("2.1 The Group is asked to support renewal of the order for three years.")
    stats_table(s, "Appendix 1: Incidents in the order area, 2021-2023",
                ["Incident type", "2021", "2022", "2023", "Change"],
                [["Street drinking", "214", "188", "161", "-14%"], ["Noise nuisance", "132", "141", "120", "-15%"],
                 ["Aggressive begging", "47", "39", "44", "+13%"], ["Dispersal orders", "18", "22", "15", "-32%"]])
    s.append(Picture())
    s.append(PageBreak())
    blank(s)

    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, title=out.stem)
    pw, ph = A4
    lw, lh = landscape(A4)

    def foot(canvas, doc):
        n = doc.page
        if n in feet:
            canvas.saveState()
            canvas.setFont("Helvetica", 8)
            canvas.drawRightString(canvas._pagesize[0] - 20 * mm, 10 * mm, feet[n])
            canvas.restoreState()
        if n != picture_page[0]:
            page_end(canvas, doc)

    picture_page = [6]
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(20 * mm, 20 * mm, pw - 40 * mm, ph - 40 * mm)], onPageEnd=foot, pagesize=A4),
        PageTemplate("landscape", [Frame(18 * mm, 20 * mm, lw - 36 * mm, lh - 40 * mm)], onPageEnd=foot,
                     pagesize=landscape(A4))])
    doc.build(s)


if __name__ == "__main__":
    ashmead()
    brindlemere()
    corvenhurst()
    hallowfield()

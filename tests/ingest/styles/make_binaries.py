"""Writes the PDF and DOCX documents of this set (run once; the outputs are committed).

    .venv/bin/python tests/ingest/styles/make_binaries.py

The wording is in this file so the binaries can be rebuilt; the gold files describe the outputs.
"""
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docmaker import BODY, BOLD, HEAD, SMALL, furniture  # noqa: E402


def footer(running_head):
    return furniture(running_head, head_at="left")


# --- Northmoor County Council: full Council minutes (ModernGov PDF, "(Item N)" under the heading) ----------
def northmoor_council():
    out = HERE / "northmoor_county_council_minutes_2023-12-05.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="Council minutes 5 December 2023")
    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))  # noqa: E731
    P("MINUTES of the meeting of the <b>COUNTY COUNCIL</b> held at the Council Chamber, County Hall, "
      "Eastgate, Northmoor NM1 1QQ on 5 December 2023 commencing at 10.00 am, the Council being constituted "
      "as follows:")
    P("Mrs Hilary Featherstone (Chair)<br/>Mr Desmond Achterley (Vice-Chair)", BOLD)
    names = ["Ayesha Begum", "Nigel Marchant", "Rosemary Baverstock", "Owain Llewellyn", "Clive Danbury",
             "Patricia Nkemelu", "Gerald Fothergill", "Sunita Rao *", "Hamish McCreadie", "Joan Ostrowski",
             "Leonard Pike", "Catriona Weir", "Barnaby Stroud", "Yusuf Demir *"]
    rows = [[names[i], names[i + 7]] for i in range(7)]
    t = Table(rows, colWidths=[75 * mm, 75 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    s.append(t)
    s.append(Spacer(1, 6))
    P("*present remotely", SMALL)
    P("Members not present: Mr Crispin Ellwood, Mrs Dorothy Kemp and Ms Farah Mansoor.", BODY)
    P("Officers present: Andrew Quilliam (Chief Executive), Bethan Moss (Monitoring Officer), "
      "Stuart Lennox (Democratic Services Lead).", BODY)

    def item(number, title, ref, paras):
        P(f"<b>{number}&nbsp;&nbsp;&nbsp;&nbsp;{title}</b>", BODY)
        P(f"(Item {ref})", SMALL)
        for para in paras:
            P(para)

    item("61/23", "APOLOGIES FOR ABSENCE", 1,
         ["Apologies were received from Mr Ellwood, Mrs Kemp and Ms Mansoor."])
    item("62/23", "MINUTES", 2,
         ["The minutes of the meeting of the County Council held on 10 October 2023 were submitted, "
          "confirmed and signed."])
    item("63/23", "DECLARATIONS OF INTEREST", 3,
         ["Mr Stroud declared a non-pecuniary interest in item 8 as a member of the Northmoor Fire and "
          "Rescue Authority."])
    item("64/23", "CHAIR'S ANNOUNCEMENTS", 4,
         ["The Chair reported on her recent engagements, including the county's Remembrance Sunday parade "
          "and the opening of the new library at Hexley."])
    item("65/23", "LEADER'S STATEMENT", 5,
         ["The Leader, Mr Marchant, made a statement on the financial outlook for 2024/25. Members "
          "made comments and asked questions, to which the Leader responded."])
    item("66/23", "TREASURY MANAGEMENT MID-YEAR REVIEW 2023/24", 6,
         ["The Cabinet Member for Finance, Mrs Baverstock, moved the recommendation set out in the report. "
          "This was seconded by Mr Llewellyn.",
          "After the debate, the recommendation was put to the vote, with 16 Members voting for, none "
          "against and no abstentions.",
          "Therefore it was <b>RESOLVED</b>:",
          "That the Treasury Management Mid-Year Review for 2023/24 be noted."])
    item("67/23", "ORIGINAL MOTIONS", 7,
         ["<b>Item 7(i)</b>",
          "Mr Danbury moved the motion standing in his name on the provision of public toilets in market "
          "towns, which was seconded by Ms Rao. Following debate the motion was put to the vote and was "
          "lost, with 5 Members voting for and 11 against.",
          "<b>Item 7(ii)</b>",
          "Mrs Nkemelu moved the motion on the cost of home to school transport, seconded by Mr Pike.",
          "Following debate it was <b>RESOLVED (unanimously)</b> that Council:",
          "1. Notes the rising cost of home to school transport for pupils with special educational needs.",
          "2. Asks the Cabinet to report to Council by March 2024 on options to manage demand.",
          "3. Requests the Leader to write to the Secretary of State for Education seeking additional "
          "funding."])
    item("68/23", "REPORT OF THE CABINET", 8,
         ["The Leader presented the report of the meetings of the Cabinet held on 24 October and "
          "21 November 2023.",
          "<b>RESOLVED</b>:",
          "That the report of the Cabinet be adopted."])
    item("69/23", "MINUTES OF CABINET MEETINGS", 9,
         ["No notification had been received by the deadline from Members wishing to raise a question "
          "on the minutes of the Cabinet meetings."])
    P("[Meeting ended at: 1.25 pm]")
    s.append(Spacer(1, 24))
    P("________________________________<br/>Chair")
    doc.build(s, onFirstPage=footer(None), onLaterPages=footer("Council - 5 December 2023"))


# --- Kestrel Valley Police and Crime Panel: agenda front sheet (ModernGov PDF) ---------------------------
def kestrel_agenda():
    out = HERE / "kestrel_valley_pcp_agenda_2023-11-24.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Police and Crime Panel agenda")
    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))  # noqa: E731
    P("Public Document Pack", ParagraphStyle("pdp", parent=BODY, alignment=2, fontName="Helvetica-Bold"))
    P("Kestrel Valley Police and Crime Panel", HEAD)
    P("Agenda", HEAD)
    s.append(Spacer(1, 6))
    meta = [["Date:", "Friday, 24th November, 2023"],
            ["Time:", "10.00 am"],
            ["Venue:", "Council Chamber, Wyebridge Civic Offices, Bridge Street, Wyebridge WB2 7LA"]]
    t = Table(meta, colWidths=[25 * mm, 140 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold", 10.5),
                           ("FONT", (1, 0), (1, -1), "Helvetica", 10.5)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("<b>Membership:</b>")
    members = [["Councillor Harriet Blackmore (Chair)", "Redbourne Borough Council"],
               ["Mr Ifeanyi Eze (Vice-Chair)", "Independent Co-opted Member"],
               ["Councillor Gareth Pryce-Jones", "Aldermoor County Council"],
               ["Councillor Lynne Castleton", "Aldermoor County Council"],
               ["Councillor Shona McTaggart", "Kestrel District Council"],
               ["Councillor Ben Ashworth", "Severnside District Council"],
               ["Councillor Imran Chaudhry", "Severnside District Council"],
               ["Councillor Rosalind Fitch", "Wyebridge Borough Council"],
               ["Mrs Carol Pennington", "Independent Co-opted Member"]]
    t = Table(members, colWidths=[80 * mm, 85 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("The agenda was published on Thursday, 16th November, 2023. Questions from members of the public "
      "must be received by the contact officer no later than 5.00 pm on Monday, 20th November, 2023.")
    P("<b>Contact:</b> Priya Mistry, Scrutiny Officer, Tel: 01632 960 882, "
      "Email: priya.mistry@redbourne.gov.uk")
    s.append(Spacer(1, 6))
    P("<b>Items</b>")
    items = [("1.", "Apologies and Substitutes", ""),
             ("2.", "Declarations of Interest", ""),
             ("3.", "Minutes of the Previous Meeting", "(Pages 5 - 10)"),
             ("4.", "Public Questions", ""),
             ("5.", "Police and Crime Plan: Performance Report Quarter 2 2023/24", "(Pages 11 - 32)"),
             ("6.", "101 Non-Emergency Service: Call Handling Performance", "(Pages 33 - 46)"),
             ("7.", "Precept Setting Timetable 2024/25", "(Pages 47 - 50)"),
             ("8.", "Complaints Update", "(Page 51)"),
             ("9.", "Work Programme", "(Pages 53 - 56)"),
             ("10.", "Date of Next Meeting", "")]
    rows = [[n, Paragraph(f"<b>{title}</b>", BODY), pages] for n, title, pages in items]
    t = Table(rows, colWidths=[12 * mm, 118 * mm, 35 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold", 10.5),
                           ("FONT", (2, 0), (2, -1), "Helvetica", 10.5),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    s.append(t)
    s.append(Spacer(1, 6))
    P("The next meeting of the Panel is scheduled for Friday, 2nd February, 2024 at 10.00 am.")
    doc.build(s, onFirstPage=footer(None), onLaterPages=footer(None))


# --- Greyfriars Community Trust: board minutes with a right-hand Action column (PDF) ---------------------
def greyfriars_board():
    out = HERE / "greyfriars_trust_board_minutes_2024-04-25.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Board minutes 25 April 2024")
    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))  # noqa: E731
    P("GREYFRIARS COMMUNITY TRUST", HEAD)
    P("Minutes of the Board of Trustees meeting held on Thursday 25 April 2024, 6.00pm – 8.10pm, "
      "at the Old Chapel, 14 Greyfriars Lane, Wyebridge", ParagraphStyle("c", parent=BODY, alignment=1))
    att = [["Present:", "Eleanor Whitlam (EW) – Chair", ""],
           ["", "Raj Kothari (RK) – Treasurer", ""],
           ["", "Moira Lindqvist (ML)", ""],
           ["", "Tobias Arden (TA)", ""],
           ["", "Grace Okonjo (GO)", ""],
           ["In attendance:", "Fenella Dunmore (FD) – Chief Executive", ""],
           ["", "Pete Sorensen (PS) – Finance Manager", ""],
           ["", "Hana Iqbal (HI) – Minutes", ""],
           ["Apologies:", "Bernard Quist (BQ), Delphine Marchetti (DM)", ""]]
    t = Table(att, colWidths=[30 * mm, 110 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold", 10),
                           ("FONT", (1, 0), (1, -1), "Helvetica", 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    s.append(t)
    s.append(Spacer(1, 8))
    rows = [["", Paragraph("<b>Item</b>", BODY), Paragraph("<b>Action</b>", BODY)]]
    def row(n, title, paras, action=""):
        cell = [Paragraph(f"<b>{title}</b>", BODY)] + [Paragraph(p, BODY) for p in paras]
        rows.append([Paragraph(f"<b>{n}</b>", BODY), cell, Paragraph(f"<b>{action}</b>", BODY)])
    row("1.", "Welcome and apologies",
        ["EW welcomed everyone. Apologies were noted from BQ and DM. The meeting was quorate."])
    row("2.", "Declarations of interest",
        ["GO declared an interest in item 6 as a volunteer at the Wyebridge food bank and did not take part "
         "in the decision."])
    row("3.", "Minutes of the previous meeting (29 February 2024)",
        ["The minutes were approved as a true record and signed by the Chair."])
    row("4.", "Matters arising",
        ["All actions from the last meeting were complete except the review of the lone working policy, "
         "which FD will bring to the June meeting."], "FD")
    row("5.", "Finance report – Q4 2023/24",
        ["PS presented the management accounts to 31 March 2024. Unrestricted reserves stood at £148,200, "
         "equal to 4.1 months of running costs.",
         "<b>Decision:</b> The Board approved the draft budget for 2024/25.",
         "RK and PS to meet the auditors to agree the timetable for the independent examination."],
        "RK / PS")
    row("6.", "Grant to Wyebridge Food Bank",
        ["FD outlined the request for £6,000 towards a chilled storage unit.",
         "<b>Decision:</b> The Board agreed a grant of £6,000 to Wyebridge Food Bank, to be paid in two "
         "instalments."])
    row("7.", "Safeguarding update",
        ["ML reported that two concerns had been referred in the quarter, both handled in line with policy. "
         "Refresher training for trustees is due. ML to circulate dates for trustee safeguarding training."],
        "ML")
    row("8.", "Chapel roof repairs",
        ["TA reported on three quotes for the roof repairs. The Board asked for a fourth quote from a "
         "conservation specialist.",
         "TA to obtain a further quote and report by email before the end of May."], "TA")
    row("9.", "Any other business",
        ["None."])
    row("10.", "Date of next meeting",
        ["Thursday 27 June 2024 at 6.00pm."])
    t = Table(rows, colWidths=[12 * mm, 133 * mm, 25 * mm], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, "#777777")]))
    s.append(t)
    s.append(Spacer(1, 12))
    P("Signed ......................................... (Chair)&nbsp;&nbsp;&nbsp;&nbsp;Date .....................")
    doc.build(s, onFirstPage=footer(None), onLaterPages=footer("Greyfriars Community Trust – Board minutes 25.04.24"))


# --- Eastbrook Safeguarding Adults Board: minutes as a Word table (Item | Discussion | Action) ----------
def eastbrook_docx():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Eastbrook Safeguarding Adults Board", level=1)
    d.add_paragraph("Minutes of the meeting held on Thursday 18 May 2023, 10:00 – 12:30, "
                    "Room G.04, Eastbrook House, 2 Mercer Street, Eastbrook")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    def line(*cells):
        r = t.add_row().cells
        for c, v in zip(r, cells):
            c.text = v
    line("Name", "Role / Organisation", "")
    line("Dame Cressida Holt (CH)", "Independent Chair", "Present")
    line("Arjun Malhotra (AM)", "Director of Adult Social Care, Eastbrook Council", "Present")
    line("Det Supt Lorraine Fenwick (LF)", "Eastbrook Police, Public Protection", "Present")
    line("Niall Corrigan (NC)", "Deputy Chief Nurse, Eastbrook ICB", "Present")
    line("Yasmin Tallis (YT)", "Head of Safeguarding, Eastbrook Hospitals NHS Trust", "Present")
    line("Owen Pritchard (OP)", "Eastbrook Fire and Rescue Service", "Present")
    line("Bridget Amankwah (BA)", "Healthwatch Eastbrook", "Apologies")
    line("Colm Devlin (CD)", "Eastbrook Housing Partnership", "Apologies")
    line("Sadia Rahman (SR)", "SAB Business Manager", "In attendance")
    line("Tomasz Nowak (TN)", "Minutes", "In attendance")
    d.add_paragraph("")
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    hdr = t2.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "Discussion", "Action"
    def item(n, title, text, action=""):
        r = t2.add_row().cells
        r[0].text = n
        r[1].text = ""
        p = r[1].paragraphs[0]
        p.add_run(title).bold = True
        for para in text:
            r[1].add_paragraph(para)
        r[2].text = action
    item("1.", "Welcome, introductions and apologies",
         ["CH welcomed members. Apologies were received from BA and CD. OP was welcomed to his first meeting."])
    item("2.", "Minutes of the last meeting (16 February 2023) and action log",
         ["The minutes were agreed as an accurate record.",
          "Action 14 (self-neglect audit) is carried forward to the next meeting."], "SR")
    item("3.", "Safeguarding Adults Review – 'Mr K'",
         ["SR presented the final report of the review. The Board discussed the findings on information "
          "sharing between hospital discharge teams and housing providers.",
          "Agreed: the report and its seven recommendations were accepted and will be published on "
          "29 June 2023.",
          "AM and YT to draft the multi-agency action plan in response to the recommendations."],
         "AM, YT")
    item("4.", "Performance dashboard Q4 2022/23",
         ["Section 42 enquiries rose by 12% on the previous quarter. LF noted the increase in referrals "
          "relating to financial abuse and agreed to share the police data on scams."], "LF")
    item("5.", "Board annual report 2022/23",
         ["Partners are asked to send their contributions to the Business Manager by 30 June 2023.",
          "Agreed: the timetable for the annual report."], "All")
    item("6.", "Any other business",
         ["NC informed the Board that the ICB's safeguarding team is moving to a new structure from July."])
    item("7.", "Date of next meeting",
         ["Thursday 17 August 2023, 10:00."])
    d.save(str(HERE / "eastbrook_sab_minutes_2023-05-18.docx"))


if __name__ == "__main__":
    northmoor_council()
    kestrel_agenda()
    greyfriars_board()
    eastbrook_docx()

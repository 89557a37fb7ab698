#!/usr/bin/env python3
"""Build the blind set's PDF and Word documents, byte-stably.

    .venv/bin/python tests/ingest/blind2/make_binaries.py

PDFs with reportlab in invariant mode (fixed document id and dates); Word files with python-docx, fixed core
properties and fixed zip entry times. Every document is fictional: bodies, people, places, figures and wording
were written for the project. The outputs are committed; run this again only to change a document (and then its
gold file).
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
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

HERE = Path(__file__).resolve().parent
SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["Normal"], fontName="Helvetica", fontSize=10.5, leading=13.5, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9.5, leading=12, spaceAfter=2)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=14, leading=18, alignment=TA_CENTER)
CENTRE = ParagraphStyle("centre", parent=BODY, alignment=TA_CENTER)
HEAD = ParagraphStyle("head", parent=BODY, fontName="Helvetica-Bold", spaceBefore=6, spaceAfter=3)
INDENT = ParagraphStyle("indent", parent=BODY, leftIndent=22 * mm)


def furniture(running_head: str | None, footer: str, total: int, size=A4, initials: bool = False):
    """onPage callback drawing a running head (from page 2), a 'Page N of M' footer and a chair's initials box."""
    width, _height = size

    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        page = canvas.getPageNumber()
        if running_head and page > 1:
            canvas.drawString(20 * mm, size[1] - 12 * mm, running_head)
        canvas.drawCentredString(width / 2, 10 * mm, footer.format(page=page, total=total))
        if initials:
            canvas.drawRightString(width - 20 * mm, 10 * mm, "Chairman's initials ..........")
        canvas.restoreState()

    return draw


def build_pdf(name: str, story: list, on_page, size=A4):
    doc = SimpleDocTemplate(str(HERE / name), pagesize=size, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="", author="", subject="", creator="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def numbered(number: str, title: str, paras: list[str]) -> list:
    """A minute whose number sits in a left column and whose bold title and text sit to its right."""
    rows = [[Paragraph(f"<b>{number}</b>", BODY), Paragraph(f"<b>{title}</b>", BODY)]]
    rows += [["", Paragraph(p, BODY)] for p in paras]
    t = Table(rows, colWidths=[22 * mm, 148 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [t, Spacer(1, 4)]


# ---------------------------------------------------------------- Oakhurst Parish Council (parish minutes, PDF)
def oakhurst():
    s = [Paragraph("OAKHURST PARISH COUNCIL", TITLE), Spacer(1, 4),
         Paragraph("Minutes of the Meeting of Oakhurst Parish Council held on Tuesday 9th April 2024 at 7.30pm "
                   "in the Pavilion, Oakhurst Recreation Ground", CENTRE), Spacer(1, 8),
         Paragraph("<b>Present:</b> Cllrs M. Havergal (Chairman), L. Beddoes, T. Quarrie, A. Pemberton-Sykes, "
                   "R. Nayar and W. Ollerenshaw", BODY),
         Paragraph("<b>In attendance:</b> Mr D. Fenwick (Parish Clerk); PCSO Hannah Lyle (for minute 24/034 only); "
                   "2 members of the public", BODY), Spacer(1, 6)]
    s += numbered("24/031", "Apologies for absence", [
        "Cllr S. Whitcombe had sent apologies (family commitment), which were accepted. Cllr G. Arkwright was "
        "absent."])
    s += numbered("24/032", "Declarations of interest", ["None."])
    s += numbered("24/033", "Minutes of the meeting held on 12th March 2024", [
        "RESOLVED that the minutes of the meeting held on 12th March 2024 be approved and signed by the "
        "Chairman as a correct record."])
    s += numbered("24/034", "Police report", [
        "PCSO Lyle reported three thefts from vans in Mill Lane and Cedar Close during March and advised "
        "residents to use the Neighbourhood Alert messaging service. The Chairman thanked her for attending and "
        "she left the meeting."])
    s += numbered("24/035", "Planning applications", [
        "24/0311/FUL - Erection of two dwellings, land to the rear of The Forge, High Street. Members "
        "considered the application to be overdevelopment of the site.",
        "Resolved: to object on the grounds of overdevelopment and the loss of the boundary hedgerow.",
        "24/0358/HH - Single storey side extension, 22 Linnet Way. No comment."])
    s += numbered("24/036", "Finance", [
        "(i) The Council RESOLVED to approve payments totalling &#163;2,146.38 as listed in the schedule "
        "circulated before the meeting.",
        "(ii) The Clerk reported that the insurance renewal was due on 1st June. It was agreed to renew the "
        "Council's insurance with Clarion Mutual under a three-year long-term agreement at &#163;612 per year.",
        "(iii) The bank reconciliation to 31st March 2024 was received and signed by the Chairman."])
    s += numbered("24/037", "Village green and play area", [
        "Cllr Beddoes reported that the safety surfacing under the swings needed topping up. The Clerk would "
        "obtain quotations for the next meeting.",
        "Councillors agreed that the annual spring clean of the green be held on Saturday 27th April 2024."])
    s += numbered("24/038", "Highways", [
        "Potholes in Church Lane and at the junction of Mill Lane had been reported to the Highway Authority. "
        "Cllr Nayar asked that the faded SLOW markings at Oakhurst Cross be added to the list."])
    s += numbered("24/039", "Correspondence", [
        "Rural Services Network newsletter; Kingsworth District Council consultation on polling places "
        "(no comment)."])
    s += numbered("24/040", "Date of next meeting", [
        "The Annual Meeting of the Parish Council will be held on Tuesday 14th May 2024 at 7.30pm in the "
        "Pavilion."])
    s += [Paragraph("The meeting closed at 9.12pm.", BODY), Spacer(1, 16),
          Paragraph("Signed ....................................... Chairman        Date .....................", BODY)]
    build_pdf("oakhurst_pc_minutes_2024-04-09.pdf", s,
              furniture("Oakhurst Parish Council - Minutes - 9th April 2024", "Page {page} of {total}", 2,
                        initials=True))


# ------------------------------------------------ Wendlebury Community Safety Partnership (Action column, PDF)
def wendlebury():
    s = [Paragraph("WENDLEBURY COMMUNITY SAFETY PARTNERSHIP", TITLE),
         Paragraph("Strategic Board", CENTRE),
         Paragraph("Minutes of the meeting held on Thursday 21 March 2024 at 10.00 am in Meeting Room 4, "
                   "Wendlebury Borough Council Offices, Station Approach, Wendlebury", CENTRE), Spacer(1, 8),
         Paragraph("<b>Present:</b>", BODY)]
    present = [
        "Councillor Naomi Fairclough (NF) - Cabinet Member for Community Safety (Chair)",
        "Superintendent Daniel Okonjo (DO) - Neighbourhood Policing, Thames Vale Police",
        "Dr Ruth Amadi (RA) - Consultant in Public Health",
        "Marcus Bell (MB) - Senior Probation Officer (for Karen Liddell)",
        "Group Manager Stuart Penrose (SP) - Fire and Rescue Service",
        "Aisha Rahman (AR) - Head of Housing and Communities",
        "Councillor Philip Dunmore (PD) - Opposition Spokesperson",
    ]
    s += [Paragraph(p, ParagraphStyle("att", parent=SMALL, leftIndent=8 * mm)) for p in present]
    s += [Spacer(1, 4), Paragraph("<b>Also present:</b>", BODY)]
    s += [Paragraph(p, ParagraphStyle("att2", parent=SMALL, leftIndent=8 * mm)) for p in [
        "Joel Whitmarsh (JW) - Community Safety Manager",
        "Tanya Kerr - Democratic Services (minutes)"]]
    s += [Spacer(1, 4), Paragraph("<b>Apologies:</b>", BODY)]
    s += [Paragraph(p, ParagraphStyle("att3", parent=SMALL, leftIndent=8 * mm)) for p in [
        "Karen Liddell - Head of Probation Delivery Unit",
        "Chief Inspector Ellen Moss - Thames Vale Police"]]
    s.append(Spacer(1, 8))

    rows = [[Paragraph("<b>No.</b>", BODY), Paragraph("<b>Minute</b>", BODY), Paragraph("<b>Action</b>", BODY)]]

    def item(no, title, paras):
        rows.append([Paragraph(f"<b>{no}</b>", BODY), Paragraph(f"<b>{title}</b>", BODY), ""])
        for text, action in paras:
            rows.append(["", Paragraph(text, BODY), Paragraph(f"<b>{action}</b>" if action else "", BODY)])

    item("1.", "Welcome, introductions and apologies", [
        ("The Chair welcomed members. Apologies were noted as above; Marcus Bell attended in place of Karen "
         "Liddell.", "")])
    item("2.", "Minutes of the meeting held on 7 December 2023 and action log", [
        ("RESOLVED that the minutes of the meeting held on 7 December 2023 be agreed as a correct record.", ""),
        ("The action log was reviewed. All actions were complete except the lighting survey of the Brook Street "
         "underpass, which was carried forward.", "")])
    item("3.", "Strategic Assessment 2024/25", [
        ("JW presented the draft Strategic Assessment. Residential burglary had fallen by 11% but violence "
         "with injury in the town centre night-time economy had risen for a second year.", ""),
        ("RESOLVED that violence in the night-time economy, domestic abuse and anti-social behaviour in the "
         "town centre be the Partnership's priorities for 2024/25.", ""),
        ("JW to circulate the final Strategic Assessment to all partners by 19 April 2024.", "JW")])
    item("4.", "Serious Violence Duty - local response strategy", [
        ("DO and RA gave a joint presentation on the data-led approach. Members discussed the need for hospital "
         "emergency department data to be shared monthly.", ""),
        ("It was AGREED that DO and RA would draft a data sharing agreement for the next meeting.", "DO / RA")])
    item("5.", "Domestic Abuse Delivery Group update", [
        ("AR reported that the safe accommodation needs assessment had been refreshed and that referrals to the "
         "MARAC had risen by 14%.", ""),
        ("The Board noted the update.", "")])
    item("6.", "Town centre anti-social behaviour", [
        ("SP reported two deliberate fires in bin stores at Castle Court. PD asked for a ward briefing for "
         "councillors.", ""),
        ("It was AGREED that a briefing on the Castle Court problem-solving plan be sent to ward "
         "councillors.", "AR / SP")])
    item("7.", "Any other business", [("None.", "")])
    item("8.", "Date of next meeting", [("Thursday 20 June 2024 at 10.00 am, Meeting Room 4.", "")])

    t = Table(rows, colWidths=[14 * mm, 134 * mm, 22 * mm], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s += [t, Spacer(1, 10), Paragraph("The meeting ended at 11.50 am.", BODY)]
    build_pdf("wendlebury_csp_minutes_2024-03-21.pdf", s,
              furniture("Wendlebury CSP Strategic Board - 21 March 2024", "{page}", 2))


# --------------------------------------------- Friends of Wickham Mill (charity trustees, run-in titles, PDF)
def wickham():
    s = [Paragraph("THE FRIENDS OF WICKHAM MILL (Registered Charity No. 1093318)", BOLD),
         Paragraph("MINUTES OF THE TRUSTEES' MEETING HELD ON THURSDAY 7th MARCH 2024 AT 2.30pm IN THE "
                   "MILLER'S ROOM, WICKHAM MILL, RIVERSIDE, WICKHAM ST PAUL", BOLD), Spacer(1, 4),
         Paragraph("Present: Dr Helen Ashdown, Chair (HA) Graham Tull, Treasurer (GT) Margaret Okoro (MO) "
                   "Revd Peter Lomas (PL) Jenny Cartwright, Secretary (JC) Raj Sethi (RS) Colin Brewer, "
                   "Volunteer Co-ordinator (CB). In attendance: Fiona Mayhew, Mill Manager.", BODY)]
    paras = [
        "1. Welcome: HA welcomed the Trustees and thanked Fiona for hosting the meeting in the newly "
        "decorated Miller's Room.",
        "2. Apologies for absence: Sue Hennessy and Tom Archer.",
        "3. Declarations of interest: PL declared an interest in item 7 as a member of the Wickham St Paul "
        "Heritage Society.",
        "4. Minutes of the meeting held on 23rd November 2023: approved and signed by the Chair as a correct "
        "record.",
        "5. Matters arising: the replacement sack hoist rope has been fitted. Action: CB to update the "
        "volunteer handbook to include the new rope inspection routine.",
        "6. Treasurer's Report: GT reported unrestricted funds of &#163;23,410 and restricted funds of &#163;8,950 "
        "(Waterwheel Appeal). Income from the tea room was 9% above the same period last year. The draft budget "
        "for 2024/25 was presented. It was proposed by GT, seconded by MO and agreed that the budget for 2024/25 "
        "be adopted as presented.",
        "7. Waterwheel Appeal: the Heritage Fund application was submitted on 14th February; a decision is "
        "expected in June. The Trustees agreed that the Appeal target be raised to &#163;40,000 to include the "
        "cost of the new sluice gate. Action: JC and RS to prepare the Appeal leaflet for the Easter opening.",
        "8. Mill Manager's Report: Fiona reported 1,870 visitors in the winter season and two new school "
        "bookings. The Trustees noted the report.",
        "9. Safeguarding: the Trustees approved the revised Safeguarding Policy (version 4, February 2024). "
        "Action: HA to sign and date the policy and JC to post it on the website.",
        "10. Any other business: MO asked that thanks be recorded to the volunteers who ran the Christmas "
        "market.",
        "11. Date of next meeting: Thursday 6th June 2024 at 2.30pm.",
    ]
    s += [Paragraph(p, BODY) for p in paras]
    s += [Spacer(1, 6), Paragraph("The meeting closed at 4.20pm.", BODY), Spacer(1, 16),
          Paragraph("Signed: ..................................... (Chair)      Date: ....................", BODY)]
    build_pdf("wickham_mill_trustees_minutes_2024-03-07.pdf", s,
              furniture(None, "{page}", 1))


# ------------------------------------------------------ City of Millbrook (US city commission minutes, PDF)
def millbrook():
    head = ParagraphStyle("uh", parent=BODY, fontName="Helvetica-Bold", spaceBefore=8, spaceAfter=3)
    s = [Paragraph("CITY OF MILLBROOK, KANSAS", TITLE),
         Paragraph("REGULAR MEETING OF THE BOARD OF CITY COMMISSIONERS", CENTRE),
         Paragraph("MINUTES", CENTRE),
         Paragraph("Tuesday, February 20, 2024 - 7:00 p.m.", CENTRE),
         Paragraph("City Commission Chambers, Millbrook City Hall, 210 N. Elm Street", CENTRE), Spacer(1, 8)]

    def h(text):
        s.append(Paragraph(text, head))

    def p(text):
        s.append(Paragraph(text, BODY))

    h("1. CALL TO ORDER")
    p("Mayor Dana Whitcomb called the regular meeting to order at 7:00 p.m.")
    h("2. ROLL CALL")
    p("Present: Mayor Dana Whitcomb (presiding); Commissioners Luis Arredondo, Pamela Greer-Stokes and Todd "
      "Halvorsen.")
    p("Absent: Commissioner Janice Oyelaran.")
    p("Also present: Rick Thibodeaux, City Manager; Allison Perch, City Attorney; Deshawn Marr, Director of Public "
      "Works; Meredith Sousa, City Clerk.")
    h("3. PLEDGE OF ALLEGIANCE")
    p("The Pledge of Allegiance was recited.")
    h("4. APPROVAL OF MINUTES")
    p("Motion by Commissioner Arredondo, seconded by Commissioner Halvorsen, to approve the minutes of the "
      "February 6, 2024 regular meeting as presented. Motion carried 4-0.")
    h("5. CITIZENS FORUM")
    p("Nora Lindqvist, 1408 W. Kiowa Street, spoke about snow removal on residential streets. No action was "
      "taken.")
    h("6. CONSENT AGENDA")
    p("(a) Approval of claims in the amount of $412,687.19. (b) Renewal of cereal malt beverage license for "
      "Prairie Stop #3. (c) Appointment of Ginny Hostetler to the Library Board.")
    p("Motion by Commissioner Greer-Stokes, seconded by Commissioner Arredondo, to approve the consent agenda as "
      "presented. Motion carried 4-0.")
    h("7. PUBLIC HEARING - ORDINANCE NO. 2024-03, REZONING 600 BLOCK OF E. HARVEY AVENUE")
    p("Mayor Whitcomb opened the public hearing at 7:14 p.m. Staff presented the Planning Commission's "
      "recommendation to rezone the property from R-1 to R-2. Two residents spoke in opposition. The hearing was "
      "closed at 7:41 p.m.")
    p("Motion by Commissioner Halvorsen, seconded by Commissioner Greer-Stokes, to table Ordinance No. 2024-03 "
      "until the March 19, 2024 meeting. Motion failed 2-2, Commissioners Arredondo and Whitcomb voting no.")
    p("Motion by Commissioner Arredondo, seconded by Mayor Whitcomb, to adopt Ordinance No. 2024-03 rezoning the "
      "600 block of E. Harvey Avenue from R-1 to R-2. Motion carried 3-1, Commissioner Halvorsen voting no.")
    h("8. NEW BUSINESS")
    p("Resolution No. 2024-07, authorizing the purchase of a tandem axle dump truck. Director Marr explained "
      "that the bid from Heartland Truck Center of $148,960 was the lowest of three received.")
    p("Motion by Commissioner Greer-Stokes, seconded by Commissioner Halvorsen, to approve Resolution No. "
      "2024-07 authorizing the purchase of a tandem axle dump truck from Heartland Truck Center in the amount of "
      "$148,960. Motion carried 4-0.")
    h("9. CITY MANAGER'S REPORT")
    p("City Manager Thibodeaux reported that the spring cleanup week will be April 15-19, 2024.")
    h("10. ADJOURNMENT")
    p("There being no further business, motion by Commissioner Halvorsen, seconded by Commissioner Arredondo, to "
      "adjourn. Motion carried 4-0. The meeting adjourned at 8:47 p.m.")
    s += [Spacer(1, 18),
          Paragraph("______________________________<br/>Dana Whitcomb, Mayor", BODY), Spacer(1, 8),
          Paragraph("ATTEST:<br/>______________________________<br/>Meredith Sousa, City Clerk", BODY)]
    build_pdf("millbrook_city_commission_minutes_2024-02-20.pdf", s,
              furniture(None, "Regular Meeting Minutes - February 20, 2024 - Page {page} of {total}", 2,
                        size=LETTER), size=LETTER)


# ----------------------------------------------------------------------------------------------- Word files
FIXED = dt.datetime(2024, 7, 1, 9, 0, 0)


def save_docx(document, name: str):
    props = document.core_properties
    props.author = "Clerk"
    props.last_modified_by = "Clerk"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1
    props.title = ""
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 1, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    (HERE / name).write_bytes(out.getvalue())


def fernleigh():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)

    def para(text="", bold=False, centre=False, size=None):
        p = d.add_paragraph()
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        return p

    def heading_text(label, text):
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(text)
        return p

    # ---- page 1: the agenda
    para("FERNLEIGH PARISH COUNCIL", bold=True, centre=True, size=16)
    para("Clerk: Mrs Alison Greatorex, 4 Tanners Yard, Fernleigh, Shropshire SY9 6QD", centre=True)
    para("Tel: 01588 640 271   Email: clerk@fernleighpc.org.uk", centre=True)
    para()
    para("NOTICE OF MEETING", bold=True)
    para("Members of the Council are summoned to attend a meeting of Fernleigh Parish Council to be held on "
         "Monday 1st July 2024 at 7.00pm in Fernleigh Methodist Church Hall, Chapel Street.")
    para("Members of the public are welcome to attend and may speak during the public session.")
    para("A. Greatorex, Clerk to the Council\t\t\t\t25th June 2024")
    para()
    para("AGENDA", bold=True, centre=True)
    agenda = [
        ("1.", "Public session (maximum 15 minutes)"),
        ("2.", "Apologies for absence"),
        ("3.", "Declarations of interest and requests for dispensations"),
        ("4.", "To approve the minutes of the meeting held on 3rd June 2024 (attached)"),
        ("5.", "Report from the Shropshire Councillor"),
        ("6.", "Planning"),
        ("6.1", "24/01984/FUL - Agricultural building, Lower Hayes Farm"),
        ("6.2", "24/02033/HOU - Rear conservatory, 9 Brook View"),
        ("7.", "Finance"),
        ("7.1", "To approve the payments for June 2024"),
        ("7.2", "To receive the bank reconciliation to 30th June 2024"),
        ("8.", "Replacement pads and battery for the defibrillator at the old telephone kiosk"),
        ("9.", "Parish Council stand at the Fernleigh Show 2024"),
        ("10.", "Clerk's report and correspondence"),
        ("11.", "Date of the next meeting"),
    ]
    for number, title in agenda:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(36 if "." in number[:-1] else 0)
        p.add_run(f"{number}\t{title}")
    q = d.add_paragraph("Monday 2nd September 2024 at 7.00pm in the Methodist Church Hall.")
    q.paragraph_format.left_indent = Pt(36)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---- page 2: the draft minutes of the previous meeting
    para("FERNLEIGH PARISH COUNCIL", bold=True, centre=True, size=14)
    para("DRAFT MINUTES of the meeting of Fernleigh Parish Council held on Monday 3rd June 2024 at 7.00pm in "
         "Fernleigh Methodist Church Hall, Chapel Street", bold=True, centre=True)
    heading_text("Present: ", "Cllr Keith Ambrose (Chairman), Cllr Olwen Tranter (Vice-Chairman), Cllr Barry "
                 "Hinksman, Cllr Dr Priya Sandhu, Cllr Jack Mellor and Cllr Wendy Astley-Cooke.")
    heading_text("In attendance: ", "Shropshire Cllr Robert Feltham (to minute 52/24), Mrs Alison Greatorex "
                 "(Clerk) and 3 members of the public.")
    minutes = [
        ("48/24", "Public session", "A resident of Brook View asked about flooding of the lane after heavy rain. "
         "The Clerk will report the blocked gullies to Shropshire Council."),
        ("49/24", "Apologies for absence", "Apologies were received and accepted from Cllr Stephen Rowbotham "
         "(holiday). Cllr Margaret Lyle did not attend and sent no apologies."),
        ("50/24", "Declarations of interest", "Cllr Mellor declared a pecuniary interest in minute 53/24 (b) "
         "as the applicant's brother and took no part in that item."),
        ("51/24", "Minutes of the Annual Meeting held on 13th May 2024", "Resolved: that the minutes of the "
         "Annual Meeting held on 13th May 2024 be approved as a true record and signed by the Chairman."),
        ("52/24", "Report from the Shropshire Councillor", "Cllr Feltham reported on the consultation on the "
         "local bus network and the resurfacing of the B4368 planned for August. He left the meeting at "
         "7.40pm."),
        ("53/24", "Planning", "(a) 24/01702/HOU - Two storey extension, Pear Tree Cottage. No objection. "
         "(b) 24/01755/FUL - Stable block, land off Hayes Lane. It was proposed by Cllr Tranter, seconded by "
         "Cllr Hinksman and resolved to support the application subject to no external lighting."),
        ("54/24", "Finance", "Resolved: to approve the payments in the schedule totalling \u00a31,037.50. "
         "The bank reconciliation for May was received and signed."),
        ("55/24", "Annual Governance and Accountability Return 2023/24", "Resolved: (1) that the Annual "
         "Governance Statement 2023/24 be approved and signed by the Chairman and the Clerk; (2) that the "
         "Accounting Statements 2023/24 be approved and signed by the Chairman."),
        ("56/24", "Fernleigh Show 2024", "Councillors agreed to have a stand at the Show on Saturday 10th August "
         "2024. Cllr Sandhu and Cllr Astley-Cooke offered to staff it."),
        ("57/24", "Date of next meeting", "Monday 1st July 2024 at 7.00pm in the Methodist Church Hall."),
    ]
    for number, title, text in minutes:
        p = d.add_paragraph()
        p.add_run(f"{number}\t{title}").bold = True
        q = d.add_paragraph(text)
        q.paragraph_format.left_indent = Pt(36)
    para("The meeting closed at 8.55pm.")
    para("Signed ................................ Chairman        Date ....................")
    d.sections[0].footer.paragraphs[0].text = "Fernleigh Parish Council"
    save_docx(d, "fernleigh_pc_pack_2024-07-01.docx")


def kestlemoor():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)

    def para(text="", bold=False, centre=False):
        p = d.add_paragraph()
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = bold
        return p

    para("Kestlemoor Safeguarding Adults Board", bold=True, centre=True)
    para("Minutes of the Board meeting held on Tuesday 30 January 2024, 1.30pm - 4.00pm", bold=True, centre=True)
    para("Venue: Training Suite, Kestlemoor House, 12 Abbey Walk, Kestlemoor", centre=True)
    para()
    para("Present:", bold=True)
    for line in [
        "Professor Imogen Straw (IS) - Independent Chair",
        "Dr Kwame Asante (KA) - Designated Doctor for Adult Safeguarding, NHS Kestlemoor ICB",
        "Bethan Lowry (BL) - Director of Adult Social Care, Kestlemoor Council",
        "Det Supt Colin Hartigan (CH) - Head of Public Protection, Kestlemoor Police",
        "Niamh Doherty (ND) - Head of Safeguarding, Kestlemoor Hospitals NHS Trust",
        "Owen Pritchard (OP) - Service Manager, Housing Options (representing Lisa Carver)",
        "Cllr Fatima Zahra (FZ) - Lead Member for Adult Social Care",
    ]:
        para(line)
    para("In attendance:", bold=True)
    for line in [
        "Gemma Royle (GR) - SAB Business Manager",
        "Ian Tovey - Business Support Officer (minutes)",
    ]:
        para(line)
    para("Apologies:", bold=True)
    for line in [
        "Lisa Carver - Head of Housing, Kestlemoor Council",
        "Pauline Eze - Healthwatch Kestlemoor",
        "Station Manager Rob Geddes - Kestlemoor Fire and Rescue Service",
    ]:
        para(line)
    para()

    rows = [
        ("1.", "Welcome, introductions and apologies",
         ["The Chair welcomed members and noted the apologies above."], ""),
        ("2.", "Minutes of the last meeting (17 October 2023) and action log",
         ["The minutes were agreed as an accurate record.",
          "Action 23/14 (transitions protocol) remains open; BL to bring the final protocol to the April meeting."],
         "BL"),
        ("3.", "Safeguarding Adults Review - Adult F",
         ["GR presented the executive summary and the seven recommendations. Members discussed hoarding and "
          "self-neglect and the need for a single multi-agency risk management process.",
          "Agreed: the Board accepts the recommendations and the multi-agency action plan.",
          "Agreed: the summary report will be published on the Board's website on 1 March 2024.",
          "GR and ND to arrange two learning briefings for front-line staff by 31 March 2024."],
         "GR / ND"),
        ("4.", "Quarterly performance report (Q3 2023/24)",
         ["BL reported 1,146 safeguarding concerns in the quarter, of which 23% progressed to a section 42 "
          "enquiry. Concerns from care homes had risen by 18%.",
          "KA to provide a breakdown of concerns raised by GP practices for the next meeting."],
         "KA"),
        ("5.", "Self-neglect and hoarding policy",
         ["CH and OP welcomed the revised policy, which adds a housing escalation route.",
          "Agreed: the revised Self-neglect and Hoarding Policy is approved."],
         ""),
        ("6.", "Board budget 2024/25",
         ["GR presented the proposed partner contributions, unchanged from 2023/24.",
          "Agreed: partner contributions for 2024/25 to remain at the 2023/24 level.",
          "FZ to raise the police contribution with the Police and Crime Commissioner's office."],
         "FZ"),
        ("7.", "Any other business", ["None."], ""),
        ("8.", "Date of next meeting", ["Tuesday 23 April 2024, 1.30pm, Training Suite, Kestlemoor House."], ""),
    ]
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for cell, text in zip(hdr, ("Item", "Minute", "Action")):
        cell.paragraphs[0].add_run(text).bold = True
    for number, title, paras, action in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(number).bold = True
        cells[1].paragraphs[0].add_run(title).bold = True
        for text in paras:
            cells[1].add_paragraph(text)
        cells[2].paragraphs[0].add_run(action).bold = True
    para()
    para("Signed (Chair): ............................    Date: ....................")
    d.sections[0].footer.paragraphs[0].text = "KSAB minutes 30.01.2024 - OFFICIAL"
    save_docx(d, "kestlemoor_sab_minutes_2024-01-30.docx")


if __name__ == "__main__":
    oakhurst()
    wendlebury()
    wickham()
    millbrook()
    fernleigh()
    kestlemoor()

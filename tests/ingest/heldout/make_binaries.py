"""Writes the PDF and DOCX documents of the held-out set (run once; the outputs are committed).

    .venv/bin/python tests/ingest/heldout/make_binaries.py

The wording is in this file so the binaries can be rebuilt; the gold files describe the outputs.
The PDFs are byte-stable (reportlab invariant mode); the Word files carry a fixed core-properties date.
"""
import datetime
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docmaker import BODY, BOLD, CENTRE, HEAD, furniture, save_docx  # noqa: E402

FIXED = datetime.datetime(2024, 3, 1, 9, 0, 0)


# --- Hallamfield County Council: full Council, "C.120" minute numbers, recorded vote, lost motion ----------
def hallamfield_council():
    out = HERE / "hallamfield_county_council_minutes_2024-02-20.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="County Council 20 February 2024")
    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))  # noqa: E731
    P("HALLAMFIELD COUNTY COUNCIL", HEAD)
    P("MINUTES of a meeting of the County Council held in the Council Chamber, County Hall, Market Place, "
      "Hallamfield HF1 1AA on Tuesday 20 February 2024 at 10.30 am")
    P("PRESENT:", BOLD)
    P("Councillor Bridget Sowerby (Chairman)<br/>Councillor Alan Pimlott (Vice-Chairman)")
    P("Councillors:")
    names = ["J Abernethy", "K Baptiste", "M Carrodus", "H Dimmock", "S Ellwood", "P Fairclough",
             "T Gadsby", "R Hinchcliffe", "A Iqbal", "L Jessop", "N Kowalczyk", "D Lumb",
             "W Mottram", "C Nuttall", "E Oldroyd", "G Prendergast", "V Quarmby", "B Ramsden"]
    rows = [names[i:i + 3] for i in range(0, len(names), 3)]
    t = Table(rows, colWidths=[55 * mm] * 3)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("Officers: Nadine Ashworth (Chief Executive), Gareth Royle (Director of Finance), "
      "Helen Quaife (Monitoring Officer) and Simon Ibbotson (Democratic Services Manager).")

    def item(number, title, *paras):
        P(f"<b>{number}&nbsp;&nbsp;&nbsp;{title}</b>")
        for para in paras:
            P(para)

    item("C.120", "APOLOGIES FOR ABSENCE",
         "Apologies for absence were received from Councillors R Fenwick, D Kaur and P Mallory.")
    item("C.121", "MINUTES",
         "RESOLVED – That the minutes of the meeting of the County Council held on 12 December 2023 be "
         "confirmed as a correct record and signed by the Chairman.")
    item("C.122", "DECLARATIONS OF INTEREST",
         "Councillors Jessop and Oldroyd declared non-pecuniary interests in minute C.124 as members of "
         "parish councils that levy a precept.")
    item("C.123", "CHAIRMAN'S ANNOUNCEMENTS",
         "The Chairman congratulated the staff of Hallamfield Library Service on the Library of the Year award "
         "and reported that she had attended 64 civic engagements since the last meeting.")
    item("C.124", "REVENUE BUDGET, CAPITAL PROGRAMME AND COUNCIL TAX 2024/25",
         "The Council considered the recommendations of the Cabinet (Minute 7 of 6 February 2024). "
         "Councillor Pimlott moved and Councillor Lumb seconded the recommendations.",
         "Councillor Nuttall said that the 4.99% increase would fall hardest on households in Bands A and B "
         "and that the Opposition could not support it.")
    s.append(PageBreak())
    P("In accordance with the Budget and Policy Framework Procedure Rules a recorded vote was taken:")
    P("For (15): Councillors Abernethy, Baptiste, Carrodus, Dimmock, Ellwood, Fairclough, Gadsby, "
      "Hinchcliffe, Iqbal, Jessop, Kowalczyk, Lumb, Pimlott, Prendergast and Sowerby.")
    P("Against (4): Councillors Mottram, Nuttall, Oldroyd and Ramsden.")
    P("Abstention (1): Councillor Quarmby.")
    P("RESOLVED – That the County Council:")
    P("1.&nbsp;&nbsp;approves a net revenue budget for 2024/25 of £712.4m;")
    P("2.&nbsp;&nbsp;sets the council tax for a Band D property at £1,684.26, an increase of 4.99%;")
    P("3.&nbsp;&nbsp;approves the Capital Programme 2024/25 to 2027/28 as set out in Appendix D.")
    item("C.125", "NOTICE OF MOTION – RURAL BUS SERVICES",
         "It was moved by Councillor Nuttall and seconded by Councillor Ramsden that: “This Council calls on "
         "the Cabinet to restore the evening services on routes 41 and 44 withdrawn in September 2023.”",
         "Councillor Lumb, Cabinet Member for Transport, explained that the routes had carried an average of "
         "three passengers a journey. On being put to the vote the motion was LOST.")
    item("C.126", "QUESTIONS TO CABINET MEMBERS",
         "Councillor Dimmock asked when the resurfacing of the A6021 at Birkby would be completed. Councillor "
         "Lumb replied that the work would finish by the end of April.")
    item("C.127", "REPORT OF THE AUDIT AND GOVERNANCE COMMITTEE",
         "Councillor Prendergast presented the annual report of the Committee.",
         "RESOLVED – That the report be noted.")
    s.append(Spacer(1, 10))
    P("The meeting closed at 16:30")
    P("CHAIRMAN")
    head = furniture("County Council – 20 February 2024")
    doc.build(s, onFirstPage=head, onLaterPages=head)


# --- Greymoor Community Health NHS Trust: board minutes, attendance register, Minute No. / Action columns ---
def greymoor_trust():
    out = HERE / "greymoor_trust_board_minutes_2024-03-28.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="Trust Board 28 March 2024")
    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))  # noqa: E731
    P("Greymoor Community Health NHS Trust", HEAD)
    P("Minutes of the Public Trust Board meeting", CENTRE)
    P("Thursday 28 March 2024, 09:30 – 12:45<br/>Boardroom, Trust Headquarters, Fellside Park, Greymoor GM4 6TR",
      CENTRE)
    register = [["Name", "Role", "Present", "Apologies"],
                ["Dr Imelda Carstairs (IC)", "Chair", "•", ""],
                ["Robert Fenchurch (RF)", "Chief Executive", "•", ""],
                ["Joanna Dace (JDa)", "Director of Finance", "•", ""],
                ["Julian Drury (JD)", "Director of Nursing and Quality", "•", ""],
                ["Tendai Moyo (TM)", "Chief Operating Officer", "", "•"],
                ["Kasia Malinowska (KM)", "Non-Executive Director", "•", ""],
                ["Owen Pryce (OP)", "Non-Executive Director", "•", ""],
                ["Hilary Stennett (HS)", "Non-Executive Director", "", "•"]]
    t = Table(register, colWidths=[55 * mm, 65 * mm, 22 * mm, 24 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                           ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                           ("GRID", (0, 0), (-1, -1), 0.5, "#777777")]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("<b>In attendance:</b> Louise Ferrand (LF), Company Secretary; Matthew Oakes (MO), Head of "
      "Communications (for minute TB 24/036).")
    rows = [[Paragraph("<b>Minute No.</b>", BODY), Paragraph("", BODY), Paragraph("<b>Action</b>", BODY)]]

    def item(number, title, text, action=""):
        rows.append([Paragraph(f"<b>{number}</b>", BODY),
                     Paragraph(f"<b>{title}</b><br/>{text}", BODY),
                     Paragraph(action, BODY)])

    item("TB 24/031", "Chair's welcome and apologies",
         "The Chair welcomed members and the public. Apologies were received from Tendai Moyo and Hilary "
         "Stennett. Sarah Quill attended on behalf of Tendai Moyo.")
    item("TB 24/032", "Declarations of interest", "There were no declarations.")
    item("TB 24/033", "Minutes of the meeting held on 25 January 2024",
         "The minutes were approved as a correct record.")
    item("TB 24/034", "Action log",
         "Action 2023/17 (complaints response times) was closed. Action 2023/21: JD to present the revised "
         "falls prevention policy to the May meeting.", "JD")
    item("TB 24/035", "Integrated performance report",
         "RF presented the report. Community nursing vacancies had fallen to 9.8%. KM asked for the "
         "time to first contact in district nursing to be shown by locality.<br/><br/>"
         "<b>Decision:</b> The Board approved the revised community nursing staffing establishment.", "JD/KM")
    item("TB 24/036", "Patient story",
         "A carer described her experience of the hospital at home service. The Board thanked her for "
         "sharing her story.")
    item("TB 24/037", "Board Assurance Framework – Quarter 4",
         "LF presented the framework. Two risks had increased in score.<br/><br/>"
         "<b>Decision:</b> The Board approved the Quarter 4 Board Assurance Framework.", "LF")
    item("TB 24/038", "Questions from the public", "None had been received.")
    item("TB 24/039", "Date of next meeting", "Thursday 30 May 2024, 09:30, Boardroom, Trust Headquarters.")
    t = Table(rows, colWidths=[26 * mm, 124 * mm, 22 * mm], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, "#000000")]))
    s.append(t)
    s.append(Spacer(1, 10))
    P("Signed as a correct record: ............................ Chair &nbsp;&nbsp; Date: ................")
    head = furniture("Public Trust Board – 28 March 2024")
    doc.build(s, onFirstPage=head, onLaterPages=head)


def _docx(path, build):
    save_docx(path, build, "Democratic Services", FIXED)


def _table(d, rows, bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(value)
            run.bold = bold_header and r == 0
    return t


# --- Wealdmoor Safeguarding Children Partnership: agenda as a Word table, "4.1" sub-items, Lead column -----
def wealdmoor_agenda():
    def build(d):
        d.add_heading("Wealdmoor Safeguarding Children Partnership", level=1)
        d.add_heading("Executive Group – Agenda", level=2)
        _table(d, [["Date", "Wednesday 13 March 2024"],
                   ["Time", "09:30 – 11:30"],
                   ["Venue", "Room G.04, Wealdmoor House, 1 Abbey Walk, Wealdmoor WD3 9PQ"],
                   ["Chair", "Detective Chief Superintendent Ruth Okoro"],
                   ["Date of issue", "6 March 2024"]], bold_header=False)
        d.add_paragraph("")
        p = d.add_paragraph()
        p.add_run("Membership").bold = True
        _table(d, [["Name", "Role", "Organisation"],
                   ["Det Ch Supt Ruth Okoro (Chair)", "Head of Public Protection", "Wealdmoor Police"],
                   ["Andrew Featherby (Vice-Chair)", "Director of Children's Services", "Wealdmoor Council"],
                   ["Niamh Castleton", "Designated Nurse, Safeguarding Children", "Wealdmoor ICB"],
                   ["Dr Farid Hosseini", "Designated Doctor", "Wealdmoor ICB"],
                   ["Corinne Bellweather", "Head of Education Safeguarding", "Wealdmoor Council"],
                   ["Lydia Prescott", "Partnership Business Manager", "WSCP"]])
        d.add_paragraph("")
        _table(d, [["No.", "Time", "Item", "Lead", "Paper"],
                   ["1", "09:30", "Welcome, introductions and apologies", "Chair", "Verbal"],
                   ["2", "09:35", "Minutes of the meeting on 13 December 2023 and action log", "Chair", "A"],
                   ["3", "09:45", "Rapid reviews and Child Safeguarding Practice Reviews update", "L Prescott", "B"],
                   ["4", "10:05", "Multi-agency audit programme", "", ""],
                   ["4.1", "10:05", "Neglect audit findings", "N Castleton", "C"],
                   ["4.2", "10:20", "Child exploitation audit: scope", "C Bellweather", "D"],
                   ["5", "10:35", "Yearly Report 2023/24: timetable", "L Prescott", "E"],
                   ["6", "10:50", "Partnership budget 2024/25", "A Featherby", "F"],
                   ["7", "11:10", "Items for escalation to the Leaders' Board", "Chair", "Verbal"],
                   ["8", "11:25", "Any other business", "All", ""]])
        d.add_paragraph("")
        d.add_paragraph("Date of next meeting: Wednesday 12 June 2024, 09:30 – 11:30")
        d.add_paragraph("Contact: Lydia Prescott, Partnership Business Manager, tel. 01632 960 771, "
                        "email lydia.prescott@wealdmoorscp.org.uk")
    _docx(HERE / "wealdmoor_scp_executive_agenda_2024-03-13.docx", build)


# --- Rossduff County Council JPC: Word minutes, all-caps attendance groups (Members / Oireachtas / Garda) ---
def rossduff_jpc():
    def build(d):
        for line in ("COMHAIRLE CHONTAE ROS DUBH", "ROSSDUFF COUNTY COUNCIL"):
            p = d.add_paragraph()
            p.add_run(line).bold = True
        d.add_paragraph("MINUTES OF MEETING OF THE ROSSDUFF COUNTY COUNCIL JOINT POLICING COMMITTEE HELD IN THE "
                        "COUNCIL CHAMBER, COUNTY BUILDINGS, ROSSDUFF ON MONDAY 11th SEPTEMBER, 2023 AT 3.00 P.M.")
        blocks = [
            ("PRESENT:", None),
            ("MEMBERS OF ROSSDUFF COUNTY COUNCIL", "COUNCILLORS CIARÁN DUGGAN (CATHAOIRLEACH), MAIREAD FOLEY, "
             "PEADAR HYNES, SÍLE O'KEEFFE, DONAL CRONIN AND BERNADETTE WALL."),
            ("OIREACHTAS MEMBERS", "DEPUTY FIONNUALA BARRY T.D."),
            ("REPRESENTATIVES FROM COMMUNITY & VOLUNTARY SECTOR", "MS. TERESA NAGLE AND MR. JOHN-PAUL COUGHLAN."),
            ("GARDA REPRESENTATIVES", "CHIEF SUPERINTENDENT EAMON STAUNTON, SUPERINTENDENT LIAM DOOCEY AND "
             "SERGEANT AISLING MOLLOY."),
            ("OFFICIALS ROSSDUFF COUNTY COUNCIL", "MR. PHELIM GAVIN, DIRECTOR OF SERVICES, MS. NORA KINSELLA, "
             "SENIOR EXECUTIVE OFFICER, MS. DEIRDRE O'LOUGHLIN, ASSISTANT STAFF OFFICER."),
            ("APOLOGIES", "COUNCILLORS FRANK GALVIN AND MÁIRE UÍ BHRIAIN. SENATOR COLM TIERNEY."),
        ]
        for label, text in blocks:
            p = d.add_paragraph()
            p.add_run(label).bold = True
            if text:
                d.add_paragraph(text)
        d.add_paragraph("_" * 60)
        items = [
            ("1. To agree minutes of meeting of JPC held on Monday 12th June, 2023.",
             ["It was proposed by Cllr. Mairead Foley, seconded by Cllr. Donal Cronin and agreed to adopt the "
              "minutes of JPC meeting on Monday 12th June, 2023."]),
            ("2. Garda Report.",
             ["Chief Superintendent Staunton presented the report for the period January to July 2023. Crimes "
              "against the person were down 6% and property crime was down 11%. Superintendent Doocey outlined "
              "the roads policing operation during the Rossduff Agricultural Show.",
              "Cllr. Hynes asked about the opening hours of Kilcormac Garda Station. Chief Superintendent "
              "Staunton said the hours were under review and would be reported to the next meeting.",
              "The Cathaoirleach thanked the Gardaí for the report."]),
            ("3. Update on Local Community Safety Partnership.",
             ["Mr. Gavin advised that Rossduff had not been selected as a pilot area and that the Committee would "
              "continue until the new Partnerships were established.",
              "The update was noted."]),
            ("4. Community CCTV – Kilcormac Town Centre.",
             ["It was proposed by Cllr. Síle O'Keeffe, seconded by Deputy Fionnuala Barry and agreed that the "
              "Committee support the application by Kilcormac Community Council for grant aid under the "
              "Community CCTV Scheme."]),
            ("5. Any Other Business.",
             ["Ms. Nagle raised the lack of street lighting on the approach to the Ballyhale bus stop. Ms. "
              "Kinsella undertook to refer the matter to the Municipal District office."]),
            ("6. Date of Next Meeting.",
             ["The next meeting will be held on Monday 4th December, 2023 at 3.00 p.m."]),
        ]
        for heading, paras in items:
            p = d.add_paragraph()
            p.add_run(heading).bold = True
            for para in paras:
                d.add_paragraph(para)
        d.add_paragraph("This concluded the business of the meeting.")
        d.add_paragraph("SIGNED: ______________________   CATHAOIRLEACH")
        d.add_paragraph("DATE: ________________")
    _docx(HERE / "rossduff_jpc_minutes_2023-09-11.docx", build)


if __name__ == "__main__":
    hallamfield_council()
    greymoor_trust()
    wealdmoor_agenda()
    rossduff_jpc()

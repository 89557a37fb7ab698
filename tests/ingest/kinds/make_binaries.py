"""Writes the PDF and DOCX documents of the kinds set (run once; the outputs are committed).

    .venv/bin/python tests/ingest/kinds/make_binaries.py

The wording is in this file so the binaries can be rebuilt; the gold files describe the outputs.
The PDFs are byte-stable (reportlab invariant mode); the Word files carry a fixed core-properties date.
"""
import datetime
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt
from reportlab import rl_config
from reportlab.lib.pagesizes import LETTER, A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

HERE = Path(__file__).resolve().parent
rl_config.invariant = 1
SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["Normal"], fontName="Helvetica", fontSize=10.5, leading=13.5, spaceAfter=6)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
HEAD = ParagraphStyle("head", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=16, alignment=1)
CENTRE = ParagraphStyle("centre", parent=BODY, alignment=1)
INDENT = ParagraphStyle("indent", parent=BODY, leftIndent=18)
FIXED = datetime.datetime(2024, 4, 1, 9, 0, 0)


def footer(title):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(20 * mm, 10 * mm, title)
        canvas.drawRightString(LETTER[0] - 20 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()
    return draw


# --- Pelican Shores City Commission: lettered sections, "Commissioners present/absent", roll-call votes ---------
def pelican_shores():
    out = HERE / "pelican_shores_city_commission_minutes_2024-03-25.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=LETTER, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="City Commission Minutes March 25, 2024")
    s = []
    P = lambda t, st=BODY: s.append(Paragraph(t, st))  # noqa: E731
    P("CITY OF PELICAN SHORES", HEAD)
    P("CITY COMMISSION REGULAR MEETING MINUTES", HEAD)
    P("Monday, March 25, 2024 – 5:30 p.m.<br/>Commission Chambers, 300 Harbor Boulevard", CENTRE)
    P("<b>Commissioners present:</b> Mayor Raymond Gaitan, Vice Mayor Celeste Moreau, Commissioner Tobias Wendt, "
      "Commissioner Aaliyah Frazier")
    P("<b>Commissioners absent:</b> Commissioner Hugh Barrowman")
    P("<b>Staff present:</b> City Manager Lorna Pettigrew; City Attorney Victor Salcedo; City Clerk Imelda Ruiz; "
      "Police Chief Darnell Hughes")
    P("<b>A. CALL TO ORDER</b>")
    P("Mayor Gaitan called the meeting to order at 5:30 p.m. Pastor Wes Albright of Harbor Chapel gave the "
      "invocation, followed by the Pledge of Allegiance.")
    P("<b>B. APPROVAL OF MINUTES</b>")
    P("Vice Mayor Moreau moved to approve the minutes of the March 11, 2024 regular meeting. Commissioner Frazier "
      "seconded the motion, which carried 4-0.")
    P("<b>C. PRESENTATIONS</b>")
    P("Mayor Gaitan read a proclamation declaring April 2024 Water Conservation Month in the City of Pelican Shores.")
    P("<b>D. PUBLIC HEARINGS</b>")
    P("<b>D-1. Ordinance No. 2024-07 – Rezoning of 1400 Bayview Drive from RS-2 to RM-1 (second reading)</b>")
    P("Planning Director Nadia Kovac summarized the request. Two residents spoke against the rezoning, citing traffic "
      "on Bayview Drive; the applicant's representative spoke in favor.")
    P("Commissioner Wendt moved to adopt Ordinance No. 2024-07 on second reading; seconded by Vice Mayor Moreau.")
    P("Roll call vote:", INDENT)
    P("Ayes: Commissioners Wendt, Frazier, Moreau and Mayor Gaitan", INDENT)
    P("Nays: None", INDENT)
    P("Motion carried 4-0.")
    P("<b>D-2. Resolution No. 2024-31 – Variance request, 88 Gull Court</b>")
    P("Ms. Kovac explained that the applicant sought a five-foot reduction of the rear setback for a pool enclosure.")
    P("Commissioner Frazier moved to approve Resolution No. 2024-31; seconded by Commissioner Wendt.")
    P("Roll call vote:", INDENT)
    P("Ayes: Commissioners Frazier and Wendt", INDENT)
    P("Nays: Vice Mayor Moreau and Mayor Gaitan", INDENT)
    P("Motion failed 2-2.")
    P("<b>E. NEW BUSINESS</b>")
    P("<b>E-1. Award of bid for lift station rehabilitation</b>")
    P("Vice Mayor Moreau moved to award Bid No. 24-003 to Coastal Pumpworks, Inc. in the amount of $612,400 and "
      "authorize the City Manager to execute the contract. Seconded by Commissioner Frazier. Motion carried 4-0.")
    P("<b>F. CITY MANAGER REPORT</b>")
    P("City Manager Pettigrew reported that the beach renourishment project remains on schedule for completion "
      "before turtle nesting season.")
    P("<b>G. COMMISSION COMMENTS</b>")
    P("Commissioner Wendt asked staff to look into additional bicycle parking at the pier.")
    P("<b>H. ADJOURNMENT</b>")
    P("There being no further business, Mayor Gaitan adjourned the meeting at 7:18 p.m.")
    P("ATTEST: Imelda Ruiz, City Clerk")
    doc.build(s, onFirstPage=footer("City Commission Minutes – March 25, 2024"),
              onLaterPages=footer("City Commission Minutes – March 25, 2024"))


# --- Coldharbour St Mary Parish Council: "155/23" numbers, run-in titles ending in ":", bold decisions --------
def coldharbour():
    out = HERE / "coldharbour_st_mary_pc_minutes_2024-03-05.docx"
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    def para(*runs):
        p = d.add_paragraph()
        for text, bold in runs:
            r = p.add_run(text)
            r.bold = bold
        return p

    para(("COLDHARBOUR ST MARY PARISH COUNCIL", True))
    para(("Minutes of the Ordinary Meeting of the Parish Council held at Coldharbour Village Hall on Tuesday "
          "5 March 2024 at 7.00 pm", False))
    para(("Present: ", True), ("Cllr J Penhaligon (Chair), Cllr R Avery, Cllr T Mensah, Cllr G Lowther, "
                               "Cllr E Fairweather", False))
    para(("In attendance: ", True), ("Ms K Doyle (Parish Clerk), County Cllr S Rudge and three members of the "
                                     "public", False))
    para(("155/23 Apologies for absence: ", True),
         ("Apologies were received and accepted from Cllr P Greaves and Cllr W Ostler. Cllr N Hobday was absent "
          "without apology.", False))
    para(("156/23 Declarations of interest: ", True), ("None.", False))
    para(("157/23 Minutes: ", True),
         ("The minutes of the meeting held on 6 February 2024 had been circulated. ", False),
         ("RESOLVED that the minutes of the meeting held on 6 February 2024 be approved as a correct record and "
          "signed by the Chair.", True))
    para(("158/23 Public session: ", True),
         ("A resident asked when the dog bin by the playing field gate would be replaced. The Clerk confirmed that "
          "the new bin had been ordered.", False))
    para(("159/23 County councillor's report: ", True),
         ("Cllr Rudge reported that the County Council had agreed its budget with a council tax increase of 4.99% "
          "and that resurfacing of the B3127 was planned for the summer.", False))
    para(("160/23 Playing field: ", True),
         ("The Clerk reported that two quotations had been received for replacing the swings. ", False),
         ("It was resolved to accept the quotation from Brightplay Ltd of £4,860 plus VAT.", True),
         (" Cllr Lowther will arrange the installation with the contractor.", False))
    para(("161/23 Finance: ", True),
         ("The Council received the budget monitoring report to 29 February. Cllr Avery proposed, Cllr Mensah "
          "seconded and ", False),
         ("it was RESOLVED that the Clerk's salary be increased in line with the national pay award from "
          "1 April 2024.", True))
    para(("RESOLVED that the schedule of payments totalling £1,972.60 be approved.", True))
    para(("162/23 Annual Parish Meeting: ", True),
         ("It was agreed that the Annual Parish Meeting will be held on Tuesday 14 May 2024 at 7.00 pm.", False))
    para(("163/23 Date of next meeting: ", True), ("Tuesday 2 April 2024 at 7.00 pm.", False))
    para(("The meeting closed at 8.40 pm.", False))
    para(("Signed ............................................ (Chair)     Date ......................", False))
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Parish Clerk"
    d.save(str(out))
    fix_zip_times(out)


def fix_zip_times(path):
    """Rewrite a .docx with fixed entry times so the file is byte-stable."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


if __name__ == "__main__":
    pelican_shores()
    coldharbour()

"""Build the table-form board minutes of this folder (deterministic; run from the repo root):

    .venv/bin/python tests/ingest/tables/make_tables.py

Bodies, people and wording are fictional and our own. The shapes are those of real partnership, NHS and
safeguarding board minutes laid out as tables: see README.md.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


# --------------------------------------------------------------------------- PDF (reportlab, gridded tables)

def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12.5)
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold")
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18)
    P = lambda t, s=body: Paragraph(t, s)  # noqa: E731

    story = [
        P("Hollinmoor Place Partnership Board", title),
        P("Minutes of the meeting held on Thursday 12 September 2024, 14:00 – 16:15"),
        P("Boardroom, Hollinmoor Civic Centre, Mill Street, Hollinmoor"),
        Spacer(1, 6 * mm),
    ]
    att = [["Name", "Initials", "Role / Organisation"],
           ["Members", "", ""],
           ["Cllr Rosalind Achterberg (Chair)", "RA", "Cabinet Member for Adult Care, Hollinmoor Council"],
           ["Gideon Marsh", "GM", "Place Director, Hollinmoor ICB"],
           ["Dr Priyanka Venn", "PV", "GP Clinical Lead, Hollinmoor North PCN"],
           ["Tamsin Oduya", "TO", "Director of Public Health"],
           ["Nadia Ferreira (for Owen Pryce)", "NF", "Deputy Chief Executive, Hollinmoor Voluntary Action"],
           ["Ewan Castellano", "EC", "Chief Operating Officer, Hollinmoor Community Health"],
           ["In attendance", "", ""],
           ["Liesl Hartwig", "LH", "Programme Manager, Place Partnership"],
           ["Bartholomew Kane", "BK", "Minute taker"],
           ["Apologies", "", ""],
           ["Owen Pryce", "OP", "Chief Executive, Hollinmoor Voluntary Action"],
           ["Cllr Imogen Sadler", "IS", "Cabinet Member for Children, Hollinmoor Council"]]
    t = Table(att, colWidths=[55 * mm, 18 * mm, 97 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#444444"), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           *[s for r in (1, 8, 11) for s in (("SPAN", (0, r), (-1, r)),
                                                           ("FONT", (0, r), (-1, r), "Helvetica-Bold", 10),
                                                           ("BACKGROUND", (0, r), (-1, r), "#dddddd"))]]))
    story += [t, Spacer(1, 6 * mm)]

    def item(no, head, paras, action):
        cell = [P(head, bold)] + [P(x) for x in paras]
        return [P(no), cell, P(action.replace("\n", "<br/>"))]

    filler = ("Members discussed the figures in detail and asked how the trend compared with the neighbouring "
              "places in the system; the Place Director undertook to circulate the comparison with the papers "
              "for the next meeting so that the Board could consider it alongside the quarterly dashboard.")
    rows = [["No.", "Item", "Action"],
            item("HPB/24/31", "Welcome, introductions and apologies",
                 ["The Chair welcomed members. Apologies were noted as above."], ""),
            item("HPB/24/32", "Declarations of interest", ["There were no declarations of interest."], ""),
            item("HPB/24/33", "Minutes of the meeting held on 11 July 2024",
                 ["Agreed: the minutes were approved as an accurate record."], ""),
            item("HPB/24/34", "Winter resilience plan",
                 ["GM presented the draft winter plan, which sets out additional community beds and an expanded "
                  "virtual ward from November.", filler,
                  "Agreed: the Board endorsed the winter resilience plan for submission to the ICB.",
                  "GM and EC to report bed occupancy against the plan at the December meeting."], "GM / EC"),
            item("HPB/24/35", "Better Care Fund quarter 1 return",
                 ["LH introduced the quarter 1 return. Spending is on profile except for the disabled facilities "
                  "grant, where a backlog of assessments remains.", filler, filler,
                  "RESOLVED that the quarter 1 Better Care Fund return be approved.",
                  "LH to prepare a recovery plan for the disabled facilities grant backlog."], "LH"),
            item("HPB/24/36", "Healthy weight strategy",
                 ["TO outlined the strategy's three priorities: school food, active travel and adult weight "
                  "management.", filler, filler, filler,
                  "The Board:",
                  "i. NOTED the consultation findings;",
                  "ii. APPROVED the healthy weight strategy for publication.",
                  "TO to publish the strategy and PV to brief the primary care networks."], "TO\nPV"),
            item("HPB/24/37", "Voluntary sector infrastructure",
                 ["NF reported on the review of infrastructure support for small community groups.", filler,
                  "Decision: the Board supported a joint commissioning approach for 2025/26."], "NF"),
            item("HPB/24/38", "Any other business",
                 ["All members to send winter communications contacts to the programme office."], "All"),
            item("HPB/24/39", "Date of next meeting", ["Thursday 14 November 2024, 14:00, Boardroom."], "")]
    t = Table(rows, colWidths=[24 * mm, 126 * mm, 20 * mm], repeatRows=1, splitInRow=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#444444"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                           ("BACKGROUND", (0, 0), (-1, 0), "#dddddd")]))
    story.append(t)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="Hollinmoor Place Partnership Board", author="minutebook tests",
                            creator="minutebook tests", producer="minutebook tests", invariant=1)
    doc.build(story)


# --------------------------------------------------------------------------- DOCX (python-docx tables)

def make_docx(path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = "minutebook tests"
    p = d.add_paragraph()
    r = p.add_run("Ravensford Safeguarding Children Partnership – Executive Board")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Minutes of the meeting held on Wednesday 5 June 2024 at 10:00 – 12:00")
    d.add_paragraph("Venue: Committee Room 3, Ravensford Town Hall")

    att = d.add_table(rows=0, cols=3)
    att.style = "Table Grid"

    def row(table, cells, bold=False):
        cs = table.add_row().cells
        for c, text in zip(cs, cells):
            c.text = ""
            run = c.paragraphs[0].add_run(text)
            run.bold = bold
        return cs

    def section(table, label):
        cs = table.add_row().cells
        merged = cs[0].merge(cs[-1])
        merged.text = ""
        merged.paragraphs[0].add_run(label).bold = True

    row(att, ["Name", "Initials", "Organisation"], bold=True)
    section(att, "Members")
    for cells in (["Helena Brightwater (Chair)", "HB", "Independent Scrutineer"],
                  ["Det Supt Conrad Ilesanmi", "CI", "Ravensford Police"],
                  ["Marguerite Oyelaran", "MO", "Director of Children's Services"],
                  ["Dr Fintan Coyle", "FC", "Designated Doctor, Ravensford ICB"],
                  ["Sasha Lindgren", "SL", "Head of Education Safeguarding"]):
        row(att, cells)
    section(att, "In attendance")
    row(att, ["Petra Nakamura", "PN", "Partnership Business Manager"])
    row(att, ["Colm Ferriter", "CF", "Partnership Officer (minutes)"])
    section(att, "Apologies")
    row(att, ["Yusuf Darrow", "YD", "Designated Nurse, Ravensford ICB"])
    d.add_paragraph("")

    items = d.add_table(rows=0, cols=4)
    items.style = "Table Grid"
    row(items, ["No.", "Item", "Action by", "Date"], bold=True)

    def item(no, head, paras, action="", due=""):
        cs = items.add_row().cells
        cs[0].text = no
        cs[1].text = ""
        cs[1].paragraphs[0].add_run(head).bold = True
        for x in paras:
            cs[1].add_paragraph(x)
        cs[2].text = ""
        for k, a in enumerate(action.split("\n")):
            (cs[2].paragraphs[0] if k == 0 else cs[2].add_paragraph()).add_run(a)
        cs[3].text = due

    item("1", "Welcome and apologies", ["HB welcomed members. Apologies as listed."])
    item("2", "Minutes of the last meeting and action log",
         ["The minutes of 6 March 2024 were agreed as a true record.",
          "Action 4 (neglect toolkit launch) is complete; action 6 remains open."])
    item("3", "Child exploitation strategy refresh",
         ["CI presented the refreshed strategy, which brings criminal and sexual exploitation under one "
          "multi-agency panel.", "Members welcomed the single panel and asked for clear thresholds.",
          "Agreed: the refreshed child exploitation strategy was approved.",
          "CI and MO to produce threshold guidance for the panel."], "CI / MO", "31/07/2024")
    item("4", "Education safeguarding audit",
         ["SL reported that 94% of schools had returned the annual section 175 audit.",
          "SL to follow up the outstanding schools before the end of term."], "SL", "19/07/2024")
    item("5", "Health safeguarding assurance",
         ["FC gave the health assurance report on behalf of the designated professionals.",
          "Decision: the Board accepted the health assurance report."], "FC", "")
    item("6", "Any other business", ["None raised."])
    item("7", "Date of next meeting", ["Wednesday 4 September 2024 at 10:00."])
    d.save(path)
    # python-docx writes a fixed timestamp only when told: make the file byte-stable
    _stable_zip(path)


def _stable_zip(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        parts = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts:
            if name == "docProps/core.xml":
                import re

                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2024-06-06T09:00:00Z<", data)
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 6, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)


# --------------------------------------------------------------------------- HTML (word processor export)

HTML = """<html><head><meta charset="utf-8"><title>Ashcombe Community Safety Partnership Board</title>
<style>td {vertical-align: top}</style></head>
<body>
<p class="MsoTitle"><b>Ashcombe Community Safety Partnership Board</b></p>
<p class="MsoNormal">Minutes of the meeting held on Tuesday 21 January 2025, 09:30 – 11:30<br>
Council Chamber, Ashcombe Guildhall</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<thead>
<tr><td><p class="MsoNormal"><b>Name</b></p></td><td><p class="MsoNormal"><b>Initials</b></p></td>
<td><p class="MsoNormal"><b>Role</b></p></td></tr>
</thead>
<tbody>
<tr><td colspan="3"><p class="MsoNormal"><b>Members</b></p></td></tr>
<tr><td><p class="MsoNormal">Supt Hamish Okereke (Chair)</p></td><td><p class="MsoNormal">HO</p></td>
<td><p class="MsoNormal">District Commander, Ashcombe Police</p></td></tr>
<tr><td><p class="MsoNormal">Verity Blackwood</p></td><td><p class="MsoNormal">VB</p></td>
<td><p class="MsoNormal">Head of Community Safety, Ashcombe Council</p></td></tr>
<tr><td><p class="MsoNormal">Lorcan Abernethy</p></td><td><p class="MsoNormal">LA</p></td>
<td><p class="MsoNormal">Station Commander, Ashcombe Fire and Rescue</p></td></tr>
<tr><td><p class="MsoNormal">Zainab Whitfield</p></td><td><p class="MsoNormal">ZW</p></td>
<td><p class="MsoNormal">Head of Service, Probation</p></td></tr>
<tr><td><p class="MsoNormal">Marcus Thorne</p></td><td><p class="MsoNormal">MT</p></td>
<td><p class="MsoNormal">Housing Options Manager</p></td></tr>
<tr><td colspan="3"><p class="MsoNormal"><b>In attendance</b></p></td></tr>
<tr><td><p class="MsoNormal">Ingrid Polanski</p></td><td><p class="MsoNormal">IP</p></td>
<td><p class="MsoNormal">Domestic Abuse Coordinator</p></td></tr>
<tr><td colspan="3"><p class="MsoNormal"><b>Apologies</b></p></td></tr>
<tr><td><p class="MsoNormal">Dr Saoirse Mulcahy</p></td><td><p class="MsoNormal">SM</p></td>
<td><p class="MsoNormal">Public Health Consultant</p></td></tr>
<tr><td><p class="MsoNormal">Reuben Castillo</p></td><td><p class="MsoNormal">RC</p></td>
<td><p class="MsoNormal">Youth Justice Manager</p></td></tr>
</tbody></table>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<thead>
<tr><td><p class="MsoNormal"><b>Minute</b></p></td><td><p class="MsoNormal"><b>Item</b></p></td>
<td><p class="MsoNormal"><b>Action</b></p></td></tr>
</thead>
<tbody>
<tr><td><p class="MsoNormal">CSP/25/01</p></td>
<td><p class="MsoNormal"><b>Apologies and introductions</b></p>
<p class="MsoNormal">Apologies were received as listed above.</p></td><td><p class="MsoNormal">&nbsp;</p></td></tr>
<tr><td><p class="MsoNormal">CSP/25/02</p></td>
<td><p class="MsoNormal"><b>Minutes of the previous meeting</b></p>
<p class="MsoNormal">Agreed: the minutes of 15 October 2024 were approved.</p></td><td><p class="MsoNormal">&nbsp;</p></td></tr>
<tr><td><p class="MsoNormal">CSP/25/03</p></td>
<td><p class="MsoNormal"><b>Strategic assessment 2025</b></p>
<p class="MsoNormal">VB presented the strategic assessment. Serious violence and retail crime have risen;
burglary continues to fall.</p>
<p class="MsoNormal">RESOLVED that the priorities for 2025-28 be serious violence, domestic abuse and
neighbourhood crime.</p>
<p class="MsoNormal">VB to draft the partnership plan<br>for consultation in March.</p></td>
<td><p class="MsoNormal">VB</p></td></tr>
<tr><td><p class="MsoNormal">CSP/25/04</p></td>
<td><p class="MsoNormal"><b>Domestic abuse safe accommodation</b></p>
<p class="MsoNormal">IP updated the Board on the safe accommodation duty and the new refuge spaces.</p>
<p class="MsoNormal">The Board:</p>
<p class="MsoNormal">i. NOTED the update on safe accommodation;</p>
<p class="MsoNormal">ii. APPROVED the revised needs assessment.</p>
<p class="MsoNormal">IP and MT to review move-on pathways from refuge.</p></td>
<td><p class="MsoNormal">IP/MT</p></td></tr>
<tr><td><p class="MsoNormal">CSP/25/05</p></td>
<td><p class="MsoNormal"><b>Fire safety in high-rise housing</b></p>
<p class="MsoNormal">LA reported on joint inspection visits to high-rise blocks.</p>
<p class="MsoNormal">Decision: joint visits to continue quarterly.</p></td>
<td><p class="MsoNormal">LA</p><p class="MsoNormal">MT</p></td></tr>
<tr><td><p class="MsoNormal">CSP/25/06</p></td>
<td><p class="MsoNormal"><b>Any other business</b></p>
<p class="MsoNormal">None.</p></td><td><p class="MsoNormal">&nbsp;</p></td></tr>
</tbody></table>
<p class="MsoNormal">Date of next meeting: Tuesday 22 April 2025.</p>
</body></html>
"""

# --------------------------------------------------------------------------- Markdown (converter pipe tables)

MARKDOWN = """# Thornleigh Adult Safeguarding Board

**Minutes** – Thursday 17 October 2024, 13:30 – 15:30, Meeting Room 1, Thornleigh House

| Name | Initials | Role / Organisation |
|---|---|---|
| **Members** | | |
| Beatrix Hallorann (Chair) | BH | Independent Chair |
| DI Rowan Achebe | RA | Thornleigh Police Safeguarding Unit |
| Cordelia Fenwick | CF | Director of Adult Social Care |
| Ahmed Lowther | AL | Head of Safeguarding, Thornleigh ICB |
| Justine Moravec (for Pietro Salas) | JM | Deputy Manager, Thornleigh Housing |
| **In attendance** | | |
| Orla Kingsmill | OK | Board Manager |
| **Apologies** | | |
| Pietro Salas | PS | Head of Housing, Thornleigh Housing |
| Gwendolyn Ashby | GA | Healthwatch Thornleigh |

| Item | Discussion | Action |
|---|---|---|
| **1** | **Welcome and apologies**<br>BH welcomed members; JM attended in place of PS. | |
| **2** | **Minutes and action log**<br>**Agreed:** the minutes of 18 July 2024 were approved. | |
| **2.1** | **Matters arising**<br>Action 7 (self-neglect training) is complete. | |
| **3** | **Safeguarding adults reviews**<br>OK reported that two reviews had been commissioned this quarter.<br>**Decision:** the Board approved the terms of reference for the review of Adult K. | OK |
| **4** | **Performance dashboard**<br>CF presented the quarter 2 dashboard; concerns completed within 28 days rose to 81%.<br>AL asked for health-originated concerns to be shown separately.<br>CF to add a health breakdown to the dashboard. | CF<br>AL |
| **5** | **Any other business**<br>All members to promote Safeguarding Adults Week. | All |
"""


def main() -> None:
    make_pdf(HERE / "hollinmoor_place_board_minutes_2024-09-12.pdf")
    make_docx(HERE / "ravensford_scp_minutes_2024-06-05.docx")
    (HERE / "ashcombe_csp_minutes_2025-01-21.html").write_text(HTML, encoding="utf-8")
    (HERE / "thornleigh_sab_minutes_2024-10-17.md").write_text(MARKDOWN, encoding="utf-8")


if __name__ == "__main__":
    main()

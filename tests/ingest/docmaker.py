"""What the evaluation sets' document generators share (styles, heldout, blind1, kinds; the blind set keeps
its own so that it stays independent): reportlab in invariant mode with the house paragraph styles, the
page furniture, and Word files saved byte-stable. Each generator is run once and its outputs committed."""
import datetime
import zipfile

import docx
from docx.shared import Pt
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm

rl_config.invariant = 1  # no creation date or random id in the PDFs, so a rebuild gives the same bytes
SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["Normal"], fontName="Helvetica", fontSize=10.5, leading=13.5, spaceAfter=6)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
HEAD = ParagraphStyle("head", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=16, alignment=1)
CENTRE = ParagraphStyle("centre", parent=BODY, alignment=1)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9.5, leading=12, spaceAfter=2)


def furniture(running_head, head_at="right"):
    """A page-drawing callback: "Page N" centred at the foot, and from page 2 the running head at the top
    (at the right margin, or the left)."""
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 9)
        if running_head and doc.page > 1:
            if head_at == "left":
                canvas.drawString(20 * mm, A4[1] - 12 * mm, running_head)
            else:
                canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, running_head)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()
    return draw


def save_docx(path, build, author: str, fixed: datetime.datetime):
    """A Word file in Arial 11 built by ``build(document)``, with fixed core properties and zip entry times."""
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    build(d)
    props = d.core_properties
    props.created = props.modified = fixed
    props.author = props.last_modified_by = author
    props.revision = 1
    d.save(str(path))
    with zipfile.ZipFile(path) as z:            # python-docx stamps each entry with the current time
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=fixed.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)

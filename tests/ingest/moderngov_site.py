"""A ModernGov site for the tests: mgWebService.asmx (GetCommittees, GetMeetings, GetMeeting) and the linked
documents, served by http.server in a thread on 127.0.0.1.

The GetMeeting reply of 10 February 2026 is the real one (../shared/corpus/moderngov/, Manchester City
Council's Audit Committee, via DemocracyClub/LGSF), served with its links on this server. The other replies
are built here by the same schema: the GetCommittees and GetMeetings shapes of that site, a meeting with every
kind of attendance, a restricted item, declarations of interest and a decision, a planned meeting with its
expected attendees, and a cancelled one.
"""
from __future__ import annotations

import datetime as dt
import html
import io
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REAL = SHARED / "corpus" / "moderngov" / "getmeeting_manchester_audit_2026-02-10.xml"
REAL_HOST = "https://democracy.manchester.gov.uk"

COMMITTEES = """<?xml version="1.0" encoding="utf-8"?>
<committees>
  <committeescount> 3</committeescount>
  <committee>
    <committeeid>312</committeeid>
    <committeetitle>Appointment Sub Committee for Director of Adult Social Services</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>True</committeeexpired>
    <committeecategory>Governance and Decision Making Committees</committeecategory>
  </committee>
  <committee>
    <committeeid>163</committeeid>
    <committeetitle>Art Galleries Committee</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>False</committeeexpired>
    <committeecategory>Governance and Decision Making Committees</committeecategory>
  </committee>
  <committee>
    <committeeid>144</committeeid>
    <committeetitle>Audit Committee</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>False</committeeexpired>
    <committeecategory>Governance and Decision Making Committees</committeecategory>
  </committee>
</committees>
"""

# committee id -> [(meeting id, date, status)]
MEETINGS = {
    144: [(4966, dt.date(2026, 1, 13), "Cancelled"), (4967, dt.date(2026, 2, 10), "Confirmed"),
          (4968, dt.date(2026, 3, 17), "Confirmed"), (4969, dt.date(2026, 4, 21), "Confirmed")],
    163: [(5101, dt.date(2026, 2, 3), "Confirmed")],
    312: [],
}


def escaped(fragment: str) -> str:
    return html.escape(fragment, quote=False)


def item(item_id, number, title, agenda, minutes, docs="", restricted=False, declarations="", count=0):
    return f"""
    <agendaitem>
      <agendaitemid>{item_id}</agendaitemid>
      <agendaitemtitle>{html.escape(title)}</agendaitemtitle>
      <agendatext>{escaped(agenda)}</agendatext>
      <actualmeetingdate>17/03/2026</actualmeetingdate>
      <agendaitemnumber>{number + 3}</agendaitemnumber>
      <agendaitemsubnumber>
      </agendaitemsubnumber>
      <fulldisplaynumberformat>{number}.</fulldisplaynumberformat>
      <minutesnonemptyhtmlbody>{escaped(minutes)}</minutesnonemptyhtmlbody>
      <declarationcount>{count}</declarationcount>
      <isdecision>False</isdecision>
      <isminutepublished>True</isminutepublished>
      <isrestricted>{restricted}</isrestricted>
      <isdisplayallowed>True</isdisplayallowed>
      <meetingdate>17/03/2026</meetingdate>
      <meetingtime>10.00 am</meetingtime>
      <minutesitemnumber>{number}</minutesitemnumber>
      <minutesitemsubnumber>
      </minutesitemsubnumber>
      <refertocommittee>Audit Committee</refertocommittee>
      <declarations>{declarations}</declarations>
      <linkeddocuments>{docs}</linkeddocuments>
    </agendaitem>"""


def linked(attachment_id, title, restricted=False):
    return f"""
        <linkeddoc>
          <attachmentid>{attachment_id}</attachmentid>
          <title>{html.escape(title)}</title>
          <isurl>False</isurl>
          <url>{REAL_HOST}/mgConvert2PDF.aspx?ID={attachment_id}</url>
          <isrestricted>{restricted}</isrestricted>
          <restrictionsRef>
          </restrictionsRef>
          <itemnum>1</itemnum>
          <publicationdate>09/03/2026</publicationdate>
          <meetingdate>17/03/2026</meetingdate>
          <committeetitle>Audit Committee</committeetitle>
          <isdecisionattachment>False</isdecisionattachment>
        </linkeddoc>"""


def attendee(member_id, name, role, attendance):
    return (f'    <attendee membertype="U" memberid="{member_id}" name="{name}" roledescription="{role}" '
            f'attendance="{attendance}" politicalparty="LAB" ward="Charlestown">\n'
            f'      <url>{REAL_HOST}/mgUserInfo.aspx?UID={member_id}</url>\n    </attendee>\n')


def meeting(meeting_id, date, status, items, attendees, minutes=True, agenda=True):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>{meeting_id}</meetingid>
  <meetingdate>{date}</meetingdate>
  <meetingstatus>{status}</meetingstatus>
  <isdisplayallowed>True</isdisplayallowed>
  <meetingtime>10.00 am</meetingtime>
  <meetingactualstarttime>
  </meetingactualstarttime>
  <meetingplannedfinishtime>2.00 pm</meetingplannedfinishtime>
  <meetingactualfinishtime>{'12.15 pm' if minutes else ''}</meetingactualfinishtime>
  <meetinglocation>Council Antechamber, Level 2, Town Hall Extension</meetinglocation>
  <iswebcast>False</iswebcast>
  <agendaid>{meeting_id}</agendaid>
  <agendapublished>{agenda}</agendapublished>
  <decisionpublished>False</decisionpublished>
  <minutepublished>{minutes}</minutepublished>
  <meetingroom>
  </meetingroom>
  <agendaitems>{items}
  </agendaitems>
  <attendees>
{attendees}  </attendees>
</meeting>
"""


DECLARATION = """
        <declaration>
          <memberid>201</memberid>
          <name>Councillor Ada Rook</name>
          <declarationtype>Personal</declarationtype>
          <declarationtext>Her son works for the council's internal audit contractor.</declarationtext>
        </declaration>"""

MARCH = meeting(4968, "17/03/2026", "Confirmed", "".join([
    item(19001, 1, "Apologies for absence", "<p>To receive apologies.</p>",
         "<p>Apologies were received from Councillor Esme Vane, substituted by Councillor Ivo Quill.</p>"),
    item(19002, 2, "Minutes", "<p>To approve as a correct record the minutes of the meeting held on 10 February 2026.</p>",
         "<p>To approve the minutes of the meeting held on 10 February 2026 as a correct record.</p>"),
    item(19003, 3, "Internal Audit Progress Report",
         "<p>The report of the Head of Internal Audit and Risk Management, attached.</p>",
         "<p>The Committee considered the report of the Head of Internal Audit, which set out progress "
         "against the 2025/26 audit plan.</p><p>RESOLVED: That the report be noted.</p>",
         docs=linked(61001, "Internal Audit Progress Report March 2026"), declarations=DECLARATION, count=1),
    item(19004, 4, "Fraud Investigation Services Contract",
         "<p>Not for publication: exempt information under paragraph 3 of Schedule 12A.</p>",
         "<p>The Committee agreed to award the contract to Acme Investigations Ltd for £1.2m.</p>",
         docs=linked(61002, "Contract award report (exempt)", restricted=True), restricted=True),
]), "".join([
    attendee(201, "Councillor Ada Rook", "Chair", "Present"),
    attendee(192, "Councillor Basil Curley", "Committee Member", "Present"),
    attendee(202, "Councillor Esme Vane", "Committee Member", "Apologies, sent substitute"),
    attendee(203, "Councillor Ivo Quill", "Substitute", "Present as substitute"),
    attendee(204, "Councillor Tam Hewer", "Committee Member", "Absent"),
    attendee(205, "Councillor Lyle Benn", "Executive Member for Finance", "In attendance"),
]))

APRIL = meeting(4969, "21/04/2026", "Confirmed", item(
    19101, 1, "Annual Governance Statement", "<p>The report of the Deputy Chief Executive, to follow.</p>", ""),
    "".join([attendee(201, "Councillor Ada Rook", "Chair", "Expected"),
             attendee(192, "Councillor Basil Curley", "Committee Member", "Expected")]), minutes=False)

JANUARY = meeting(4966, "13/01/2026", "Cancelled", "", attendee(192, "Councillor Basil Curley", "Committee Member",
                                                                 "Expected"), minutes=False, agenda=False)

GALLERIES = meeting(5101, "03/02/2026", "Confirmed", item(
    19201, 1, "Exhibitions Programme", "<p>To note the programme.</p>", "<p>RESOLVED: That the programme be noted.</p>"),
    attendee(301, "Councillor Nia Lowe", "Chair", "Present"))

MINUTES_NOVEMBER = """<!DOCTYPE html><html><head><title>Audit Committee minutes</title></head><body>
<h1>Audit Committee</h1>
<p>Minutes of the meeting held on Tuesday, 25 November 2025 at 10.00 am</p>
<p><strong>Present:</strong> Councillor Ada Rook (Chair), Councillor Basil Curley</p>
<h2>1. Minutes</h2>
<p>RESOLVED: That the minutes of the meeting held on 23 September 2025 be approved as a correct record.</p>
<h2>2. Treasury Management Mid-Year Review</h2>
<p>The Committee considered the mid-year review of treasury management activity.</p>
<p>RESOLVED: That the report be noted.</p>
</body></html>"""

AUDIT_REPORT = """<!DOCTYPE html><html><head><title>Internal Audit Progress Report</title></head><body>
<h1>Internal Audit Progress Report March 2026</h1><p>Report to: Audit Committee, 17 March 2026</p>
<p>Report of: Head of Internal Audit and Risk Management</p>
<p>This report summarises progress against the 2025/26 internal audit plan.</p></body></html>"""


def small_pdf(*lines: str) -> bytes:
    from reportlab import rl_config
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1
    out = io.BytesIO()
    c = canvas.Canvas(out)
    for i, line in enumerate(lines):
        c.drawString(72, 770 - 20 * i, line)
    c.showPage()
    c.save()
    return out.getvalue()


class Site:
    """The served site: ``replies`` maps a meeting id to its GetMeeting bytes, ``documents`` an attachment id
    to (content type, bytes); ``requests`` lists the paths asked for."""

    def __init__(self):
        self.base = ""
        real = REAL.read_bytes()
        self.replies: dict[int, bytes] = {4966: JANUARY.encode(), 4967: real, 4968: MARCH.encode(),
                                          4969: APRIL.encode(), 5101: GALLERIES.encode()}
        self.documents: dict[str, tuple[str, bytes]] = {
            "60860": ("text/html", MINUTES_NOVEMBER.encode()),
            "60909": ("application/pdf", small_pdf("Audit Committee Work Programme 2025/26",
                                                   "February 2026: external audit plan; March 2026: internal audit.")),
            "61001": ("text/html", AUDIT_REPORT.encode()),
            "61002": ("application/pdf", small_pdf("Not for publication: paragraph 3 of Schedule 12A",
                                                   "Award of the fraud investigation services contract")),
        }
        self.requests: list[str] = []
        self.committees = COMMITTEES.encode()
        self.stall = threading.Event()      # set: GetMeeting of 4968 does not answer until ``release`` is set
        self.release = threading.Event()

    def url(self, path=""):
        return self.base + path

    def reply(self, path: str, query: dict) -> tuple[int, str, bytes]:
        if path == "/mgWebService.asmx/GetCommittees":
            return 200, "text/xml", self.committees
        if path == "/mgWebService.asmx/GetMeetings":
            cid = int(query["lCommitteeId"])
            start = dt.datetime.strptime(query["sFromDate"], "%d/%m/%Y").date()
            end = dt.datetime.strptime(query["sToDate"], "%d/%m/%Y").date()
            rows = [(i, d, s) for i, d, s in MEETINGS.get(cid, []) if start <= d <= end]
            title = next((t for c, t in ((144, "Audit Committee"), (163, "Art Galleries Committee")) if c == cid), "")
            body = "".join(f"""
      <meeting>
        <meetingid>{i}</meetingid>
        <meetingdate>{d:%d/%m/%Y}</meetingdate>
        <meetingstatus>{s}</meetingstatus>
        <meetingtime>10.00 am</meetingtime>
        <iswebcast>False</iswebcast>
      </meeting>""" for i, d, s in rows)
            return 200, "text/xml", f"""<?xml version="1.0" encoding="utf-8"?>
<getmeetings>
  <meetingscount> {len(rows)}</meetingscount>
  <committeescount> 1</committeescount>
  <committee>
    <committeeid>{cid}</committeeid>
    <committeetitle>{title}</committeetitle>
    <committeemeetingcount> {len(rows)}</committeemeetingcount>
    <committeemeetings>{body}
    </committeemeetings>
  </committee>
</getmeetings>
""".encode()
        if path == "/mgWebService.asmx/GetMeeting":
            mid = int(query["lMeetingId"])
            if mid == 4968 and self.stall.is_set():
                self.release.wait(30)
            if mid not in self.replies:
                return 404, "text/plain", b"no such meeting"
            # the site's own links point at this server
            return 200, "text/xml", self.replies[mid].replace(REAL_HOST.encode(), self.base.encode())
        if path == "/mgConvert2PDF.aspx" and query.get("ID") in self.documents:
            content_type, data = self.documents[query["ID"]]
            return 200, content_type, data
        return 404, "text/plain", b"not found"


def serve() -> tuple[Site, ThreadingHTTPServer]:
    site = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            parts = urllib.parse.urlsplit(self.path)
            site.requests.append(self.path)
            status, content_type, data = site.reply(parts.path, dict(urllib.parse.parse_qsl(parts.query)))
            try:
                self.send_response(status)
                self.send_header("Content-Type", f"{content_type}; charset=utf-8" if content_type.startswith("text")
                                 else content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return site, server

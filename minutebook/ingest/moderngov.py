"""A client of a ModernGov site's public web service (``mgWebService.asmx``): XML replies → records.

Three calls are used, each an HTTP GET answered with XML:

* ``GetCommittees`` → ``<committees><committee><committeeid>…<committeetitle>…``;
* ``GetMeetings?lCommitteeId=ID&sFromDate=dd/mm/yyyy&sToDate=dd/mm/yyyy`` →
  ``<getmeetings><committee>…<committeemeetings><meeting><meetingid>…``;
* ``GetMeeting?lMeetingId=ID`` → ``<meeting>`` with its ``<agendaitems>`` (title, numbers, agenda text
  and minutes as escaped HTML, ``isrestricted``, ``<linkeddocuments>``, declarations of interest) and
  its ``<attendees>`` (``attendance="Expected|Present|Apologies|…"``, ``roledescription``).

Declarations of interest are read from an item's ``<declarations><declaration>`` elements (member id, name,
type, text, as child elements or attributes under the usual names); the one real reply held here
(``../shared/corpus/moderngov/``) has none (``declarationcount`` 0), so those names are read leniently, and
an item whose ``declarationcount`` is more than the declarations given is reported.

The parsing functions are pure (bytes in, pydantic records out) and raise :class:`ServiceError` with a
one-line message for anything that is not such a reply. :class:`Client` does the HTTP with a timeout
and a size limit on every reply. Dates and times are London's, as the service prints them.
"""
from __future__ import annotations

import datetime as dt
import html
import http.client
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from typing import Optional

from pydantic import BaseModel, Field

try:                                    # refuses entity expansion and external entities
    from defusedxml import ElementTree as ET
    from defusedxml import DefusedXmlException as _Defused
except ImportError:                     # pragma: no cover - depends on the environment
    import xml.etree.ElementTree as ET

    class _Defused(Exception):
        pass

from xml.etree.ElementTree import ParseError

MAX_REPLY_BYTES = 20 * 1024 * 1024          # one XML reply
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024       # one linked document
TIMEOUT = 30.0


class ServiceError(Exception):
    """The site cannot be read, or answered with something that is not a ModernGov reply. str() is one line.
    ``transient``: a timeout, an unreachable site or a server error, worth trying again later."""

    def __init__(self, message: str, transient: bool = False):
        super().__init__(message)
        self.transient = transient


# ---------------------------------------------------------------- records

class Committee(BaseModel):
    id: int
    title: str
    category: str = ""
    expired: bool = False
    deleted: bool = False


class MeetingStub(BaseModel):
    id: int
    committee_id: int
    committee_title: str = ""
    date: Optional[dt.date] = None
    time: Optional[str] = None
    status: str = ""


class Attendee(BaseModel):
    member_id: Optional[str] = None
    name: str
    role: str = ""                 # roledescription: "Committee Member", "Chair", "Substitute"
    attendance: str = ""           # "Expected", "Present", "Apologies", "Present as substitute", "Absent" …
    party: str = ""
    member_type: str = ""


class LinkedDocument(BaseModel):
    id: Optional[str] = None
    title: str = ""
    url: str
    restricted: bool = False
    is_url: bool = False           # a link to a web page, not a file
    decision: bool = False


class Declaration(BaseModel):
    member_id: Optional[str] = None
    name: str
    type: str = ""                 # "Disclosable pecuniary", "Personal", "Prejudicial", "Other" …
    text: str = ""


class Item(BaseModel):
    id: Optional[str] = None
    number: str = ""               # as displayed ("4", "4a")
    minute_number: str = ""
    title: str
    agenda_html: str = ""
    minutes_html: str = ""
    decision_html: str = ""
    restricted: bool = False
    documents: list[LinkedDocument] = Field(default_factory=list)
    declarations: list[Declaration] = Field(default_factory=list)
    declaration_count: int = 0


class Meeting(BaseModel):
    id: int
    date: dt.date
    start: Optional[str] = None    # "HH:MM", London time
    end: Optional[str] = None
    status: str = ""               # "Confirmed", "Cancelled", …
    venue: str = ""
    committee_title: str = ""
    agenda_published: bool = False
    minutes_published: bool = False
    decisions_published: bool = False
    items: list[Item] = Field(default_factory=list)
    attendees: list[Attendee] = Field(default_factory=list)

    @property
    def cancelled(self) -> bool:
        return self.status.strip().lower() in ("cancelled", "canceled")


# ---------------------------------------------------------------- parsing (pure)

def _root(data: bytes, what: str, expected: tuple[str, ...]):
    if len(data) > MAX_REPLY_BYTES:
        raise ServiceError(f"the {what} reply is too large (over {MAX_REPLY_BYTES // 1048576} MB)")
    head = data[:4096].lower()
    if b"<!doctype" in head and b"<html" in head or data.lstrip()[:5].lower() == b"<html":
        raise ServiceError(f"the {what} reply is a web page, not the web service's XML "
                           "(is the address the site's, with mgWebService.asmx reachable?)")
    if b"<!entity" in data.lower():
        raise ServiceError(f"the {what} reply is not acceptable XML (it declares entities)")
    try:
        root = ET.fromstring(data)
    except (ParseError, _Defused, ValueError) as exc:
        raise ServiceError(f"the {what} reply is not well-formed XML ({str(exc).splitlines()[0]})") from None
    _strip_namespaces(root)
    # an .asmx answer may wrap the document as text in <string>…</string>
    if root.tag.lower() == "string" and (root.text or "").lstrip().startswith("<"):
        return _root((root.text or "").strip().encode("utf-8"), what, expected)
    if root.tag.lower() not in expected:
        raise ServiceError(f"the {what} reply is not a ModernGov {what} answer (its root is <{root.tag}>)")
    return root


def _strip_namespaces(root) -> None:
    for node in root.iter():
        if isinstance(node.tag, str) and "}" in node.tag:
            node.tag = node.tag.split("}", 1)[1]


def _text(node, tag: str) -> str:
    found = node.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _any(node, *tags: str) -> str:
    """The first of these child elements or attributes that has a value."""
    for tag in tags:
        value = node.get(tag) or _text(node, tag)
        if value and value.strip():
            return value.strip()
    return ""


def _bool(value: str) -> bool:
    return value.strip().lower() in ("true", "1", "yes")


def _int(value: str, what: str) -> int:
    try:
        return int(value.strip())
    except (ValueError, AttributeError):
        raise ServiceError(f"{what} {value!r} is not a number") from None


def uk_date(value: str) -> Optional[dt.date]:
    """"10/02/2026" → 10 February 2026 (also ISO dates, and a date with a time after it)."""
    value = (value or "").strip().split(" ")[0]
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


_TIME = re.compile(r"^\s*(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.I)


def clock(value: str) -> Optional[str]:
    """"10.00 am" → "10:00", "2.30 pm" → "14:30", "noon" → "12:00"; None when not a time."""
    value = (value or "").strip()
    if value.lower() in ("noon", "12 noon", "midday"):
        return "12:00"
    m = _TIME.match(value)
    if not m:
        return None
    hour, minute, half = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").lower().replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or (not half and m.group(2) is None):
        return None
    return f"{hour:02d}:{minute:02d}"


def parse_committees(data: bytes) -> list[Committee]:
    root = _root(data, "GetCommittees", ("committees",))
    out = []
    for node in root.iter("committee"):
        cid, title = _text(node, "committeeid"), _text(node, "committeetitle")
        if not cid or not title:
            continue
        out.append(Committee(id=_int(cid, "committee id"), title=title, category=_text(node, "committeecategory"),
                             expired=_bool(_text(node, "committeeexpired")),
                             deleted=_bool(_text(node, "committeedeleted"))))
    return out


def parse_meetings(data: bytes) -> list[MeetingStub]:
    root = _root(data, "GetMeetings", ("getmeetings", "meetings"))
    out = []
    for committee in root.iter("committee"):
        cid = _int(_text(committee, "committeeid"), "committee id") if _text(committee, "committeeid") else 0
        title = _text(committee, "committeetitle")
        for node in committee.iter("meeting"):
            mid = _text(node, "meetingid")
            if not mid:
                continue
            out.append(MeetingStub(id=_int(mid, "meeting id"), committee_id=cid, committee_title=title,
                                   date=uk_date(_text(node, "meetingdate")), time=clock(_text(node, "meetingtime")),
                                   status=_text(node, "meetingstatus")))
    return out


def _declarations(item) -> list[Declaration]:
    out = []
    for node in item.iter():
        if not isinstance(node.tag, str) or node.tag.lower() not in ("declaration", "declarationofinterest", "interest"):
            continue
        name = _any(node, "name", "membername", "councillorname", "declarer")
        if not name:
            continue
        out.append(Declaration(member_id=_any(node, "memberid", "councillorid") or None, name=name,
                               type=_any(node, "type", "declarationtype", "interesttype", "nature"),
                               text=_any(node, "text", "declarationtext", "details", "description", "reason")))
    return out


def parse_meeting(data: bytes) -> Meeting:
    root = _root(data, "GetMeeting", ("meeting",))
    mid, date = _text(root, "meetingid"), uk_date(_text(root, "meetingdate"))
    if not mid:
        raise ServiceError("the GetMeeting reply has no <meetingid>")
    if date is None:
        raise ServiceError(f"meeting {mid}: the date {_text(root, 'meetingdate')!r} is not a date (dd/mm/yyyy)")
    items = []
    committee = _text(root, "committeetitle")
    for node in root.iter("agendaitem"):
        title = _text(node, "agendaitemtitle")
        if not title:
            continue
        committee = committee or _text(node, "refertocommittee")
        number = (_text(node, "fulldisplaynumberformat").rstrip(".") or _text(node, "agendaitemnumber")) \
            + _text(node, "agendaitemsubnumber")
        minute = _text(node, "minutesitemnumber") + _text(node, "minutesitemsubnumber")
        docs = []
        for doc in node.iter("linkeddoc"):
            url = _text(doc, "url")
            if url:
                docs.append(LinkedDocument(id=_text(doc, "attachmentid") or None, title=_text(doc, "title"), url=url,
                                           restricted=_bool(_text(doc, "isrestricted")), is_url=_bool(_text(doc, "isurl")),
                                           decision=_bool(_text(doc, "isdecisionattachment"))))
        count = _text(node, "declarationcount")
        items.append(Item(
            id=_text(node, "agendaitemid") or None, number=number[:10], minute_number=minute[:10], title=title,
            agenda_html=_text(node, "agendatext"), minutes_html=_text(node, "minutesnonemptyhtmlbody"),
            decision_html=_any(node, "decisiontext", "decisionhtmlbody", "decision"),
            restricted=_bool(_text(node, "isrestricted")), documents=docs, declarations=_declarations(node),
            declaration_count=int(count) if count.isdigit() else 0))
    attendees = []
    for node in root.iter("attendee"):
        name = (node.get("name") or _text(node, "name")).strip()
        if name:
            attendees.append(Attendee(member_id=node.get("memberid"), name=name,
                                      role=(node.get("roledescription") or "").strip(),
                                      attendance=(node.get("attendance") or "").strip(),
                                      party=(node.get("politicalparty") or "").strip(),
                                      member_type=(node.get("membertype") or "").strip()))
    return Meeting(
        id=_int(mid, "meeting id"), date=date,
        start=clock(_text(root, "meetingactualstarttime")) or clock(_text(root, "meetingtime")),
        end=clock(_text(root, "meetingactualfinishtime")), status=_text(root, "meetingstatus"),
        venue=_text(root, "meetinglocation"), committee_title=committee,
        agenda_published=_bool(_text(root, "agendapublished")),
        minutes_published=_bool(_text(root, "minutepublished")),
        decisions_published=_bool(_text(root, "decisionpublished")), items=items, attendees=attendees)


def html_text(fragment: str) -> str:
    """Escaped HTML of a reply (agenda text, minutes) → plain paragraphs, one per line."""
    from minutebook.ingest.readers.markup import html_rows

    if "&lt;" in fragment and "<" not in fragment:
        fragment = html.unescape(fragment)
    rows = [re.sub(r"\s+", " ", text.replace("\t", " ")).strip() for text, _heading, _bold in html_rows(fragment)]
    return "\n".join(r for r in rows if r)


# ---------------------------------------------------------------- HTTP

class Client:
    """The web service of one site. ``url`` is the site ("https://democracy.example.gov.uk") or its
    ``mgWebService.asmx`` address."""

    def __init__(self, url: str, timeout: float = TIMEOUT):
        url = (url or "").strip()
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ServiceError(f"{url!r} is not a web address (http:// or https://)")
        path = re.sub(r"/mgWebService\.asmx.*$", "", parts.path, flags=re.I).rstrip("/")
        self.site = urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))
        self.service = self.site + "/mgWebService.asmx"
        self.timeout = timeout

    def get(self, url: str, limit: int = MAX_REPLY_BYTES) -> tuple[bytes, str]:
        """The body of a GET (at most ``limit`` bytes) and its content type; ServiceError otherwise."""
        request = urllib.request.Request(url, headers={"User-Agent": "minutebook (ModernGov import)"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                length = reply.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > limit:
                    raise ServiceError(f"{url}: too large ({int(length) // 1048576} MB; the limit is "
                                       f"{limit // 1048576} MB)")
                data = reply.read(limit + 1)
                if len(data) > limit:
                    raise ServiceError(f"{url}: too large (the limit is {limit // 1048576} MB)")
                return data, reply.headers.get_content_type()
        except ServiceError:
            raise
        except urllib.error.HTTPError as exc:
            raise ServiceError(f"{url}: the site answered {exc.code} {exc.reason}", transient=exc.code >= 500) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise ServiceError(f"{url}: no answer within {self.timeout:g} s", transient=True) from None
            raise ServiceError(f"{url}: cannot be reached ({reason})", transient=True) from None
        except (socket.timeout, TimeoutError):
            raise ServiceError(f"{url}: no answer within {self.timeout:g} s", transient=True) from None
        except (OSError, ValueError, http.client.HTTPException) as exc:
            raise ServiceError(f"{url}: cannot be read ({type(exc).__name__}: {exc})".splitlines()[0],
                               transient=True) from None

    def call(self, method: str, **params) -> bytes:
        query = urllib.parse.urlencode(params)
        return self.get(f"{self.service}/{method}" + (f"?{query}" if query else ""))[0]

    def committees(self) -> list[Committee]:
        return parse_committees(self.call("GetCommittees"))

    def meetings(self, committee_id: int, start: dt.date, end: dt.date) -> list[MeetingStub]:
        return parse_meetings(self.call("GetMeetings", lCommitteeId=committee_id,
                                        sFromDate=start.strftime("%d/%m/%Y"), sToDate=end.strftime("%d/%m/%Y")))

    def meeting_xml(self, meeting_id: int) -> bytes:
        return self.call("GetMeeting", lMeetingId=meeting_id)

    def on_site(self, url: str) -> bool:
        """Whether a linked document's address is on this site (only those are downloaded)."""
        return urllib.parse.urlsplit(self.absolute(url)).netloc.lower() == urllib.parse.urlsplit(self.site).netloc.lower()

    def absolute(self, url: str) -> str:
        return urllib.parse.urljoin(self.site + "/", url.strip())

    def document(self, url: str) -> tuple[bytes, str]:
        return self.get(self.absolute(url), limit=MAX_DOCUMENT_BYTES)

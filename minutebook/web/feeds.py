"""Open data feeds: an iCalendar file of each body's meetings, and an Atom feed of published documents.

Both show only what ``minutebook.store.visibility`` lets the reader see; the Atom feed is always the
public's view (feed readers do not sign in, and a shared feed URL must not leak anything).
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from icalendar import Calendar, Event

from minutebook.search.query import document_url, meeting_url
from minutebook.store import visibility
from minutebook.store.models import Body, Document, Meeting
from minutebook.web.api import ocd_event_id

LONDON = ZoneInfo("Europe/London")
# a meeting whose end time is not recorded is shown as lasting this long
DEFAULT_LENGTH = dt.timedelta(hours=2)


def meeting_uid(meeting: Meeting) -> str:
    """Stable for the life of the meeting, and the same one the OCD export uses."""
    return f"{ocd_event_id(meeting).split('/', 1)[1]}@minutebook"


def meeting_event(request, meeting: Meeting, stamp: dt.datetime) -> Event:
    ev = Event()
    ev.add("uid", meeting_uid(meeting))
    ev.add("dtstamp", stamp)
    if meeting.start:
        start = dt.datetime.combine(meeting.date, meeting.start, tzinfo=LONDON)
        end = dt.datetime.combine(meeting.date, meeting.end, tzinfo=LONDON) if meeting.end else None
        if end is None or end <= start:
            end = start + DEFAULT_LENGTH
        ev.add("dtstart", start)
        ev.add("dtend", end)
    else:
        ev.add("dtstart", meeting.date)
        ev.add("dtend", meeting.date + dt.timedelta(days=1))
    ev.add("summary", f"{meeting.body.name}{' (cancelled)' if meeting.status == Meeting.CANCELLED else ''}")
    venue = meeting.venue or meeting.body.default_venue
    if venue:
        ev.add("location", venue)
    ev.add("url", request.build_absolute_uri(meeting_url(meeting.pk)))
    ev.add("description", f"Meeting of the {meeting.body.name}. Agenda, papers and minutes: "
                          f"{request.build_absolute_uri(meeting_url(meeting.pk))}")
    ev.add("status", {Meeting.CANCELLED: "CANCELLED", Meeting.HELD: "CONFIRMED"}.get(
        meeting.status, "CONFIRMED" if meeting.published else "TENTATIVE"))
    ev.add("sequence", meeting.version)
    return ev


def body_calendar(request, slug):
    body = get_object_or_404(visibility.visible_bodies(request.user), slug=slug)
    cal = Calendar()
    cal.add("prodid", "-//minutebook//meetings//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", body.name)
    cal.add("x-wr-timezone", "Europe/London")
    stamp = timezone.now().replace(microsecond=0)
    meetings = visibility.visible_meetings(request.user, body.meetings.select_related("body")).order_by("date")
    for meeting in meetings:
        cal.add_component(meeting_event(request, meeting, stamp))
    cal.add_missing_timezones()       # the VTIMEZONE for Europe/London that TZID refers to
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{body.slug}.ics"'
    return response


class DocumentsFeed(Feed):
    feed_type = Atom1Feed
    title = "Published documents"
    subtitle = "Agendas, reports and minutes published by the partnership bodies."
    link = "/"
    description_template = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def items(self):
        public = AnonymousUser()
        return (visibility.visible_documents(public, Document.objects.defer("content", "parsed"))
                .select_related("body", "meeting", "meeting__body").order_by("-created", "-id")[:50])

    def item_title(self, doc: Document):
        return doc.title or doc.filename

    def item_description(self, doc: Document):
        where = doc.meeting.body.name if doc.meeting_id else (doc.body.name if doc.body_id else "")
        when = f" for the meeting on {doc.meeting.date.day} {doc.meeting.date:%B %Y}" if doc.meeting_id else ""
        return f"{doc.get_kind_display().capitalize()}{' of ' + where if where else ''}{when} ({doc.filename})."

    def item_link(self, doc: Document):
        return document_url(doc.pk)

    def item_guid(self, doc: Document):
        return f"urn:sha256:{doc.sha256}"

    item_guid_is_permalink = False

    def item_pubdate(self, doc: Document):
        return doc.created

    def item_updateddate(self, doc: Document):
        return doc.created

    def item_categories(self, doc: Document):
        return [doc.kind]

    def item_enclosures(self, doc: Document):
        from django.utils.feedgenerator import Enclosure

        return [Enclosure(self.request.build_absolute_uri(document_url(doc.pk)), str(doc.size),
                          doc.content_type or "application/octet-stream")]

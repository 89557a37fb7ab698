"""Open data feeds: an iCalendar file of each body's meetings, and an Atom feed of published documents
(stored papers, and each meeting's agenda and minutes from when the public could first read them).

Both show only what ``minutebook.store.visibility`` lets the reader see; the Atom feed is always the
public's view (feed readers do not sign in, and a shared feed URL must not leak anything).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from icalendar import Calendar, Event

from minutebook.search.query import document_url, meeting_url
from minutebook.store import visibility
from minutebook.store.publication import note_publication
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


@dataclass(frozen=True)
class Release:
    """A meeting's agenda or minutes, from when the public could first read them."""
    meeting: Meeting
    what: str            # "agenda" or "minutes"
    at: dt.datetime

    @property
    def fmt_url(self) -> str:
        name = "meeting-minutes-file" if self.what == "minutes" else "meeting-agenda-file"
        return reverse(name, args=[self.meeting.pk, "pdf"])


FEED_LENGTH = 50


class PrintableAtom1Feed(Atom1Feed):
    """Atom (XML) cannot hold control characters: any already stored in a name or title is left out."""

    def add_item(self, *args, **kwargs):
        from minutebook.documents.text import printable_record

        super().add_item(*printable_record(args), **printable_record(kwargs))


class DocumentsFeed(Feed):
    """The public's documents, newest first: stored papers (originals, packs, reports) as they were
    stored, and each meeting's agenda and minutes from when the public could first read them
    (``store.publication``), with the PDF as the enclosure."""
    feed_type = PrintableAtom1Feed
    title = "Published documents"
    subtitle = "Agendas, reports and minutes published by the partnership bodies."
    link = "/"
    description_template = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def items(self):
        note_publication()
        public = AnonymousUser()
        documents = list(visibility.visible_documents(public, Document.objects.defer("content", "parsed"))
                         .select_related("body", "meeting", "meeting__body").order_by("-created", "-id")[:FEED_LENGTH])
        meetings = visibility.visible_meetings(public, Meeting.objects.select_related("body"))
        releases = [Release(m, "agenda", m.agenda_public_at) for m in
                    meetings.filter(agenda_public_at__isnull=False).order_by("-agenda_public_at")[:FEED_LENGTH]]
        releases += [Release(m, "minutes", m.minutes_public_at) for m in
                     meetings.filter(minutes_public_at__isnull=False).order_by("-minutes_public_at")[:FEED_LENGTH]]
        return sorted(documents + releases, key=self.item_pubdate, reverse=True)[:FEED_LENGTH]

    def item_title(self, item):
        if isinstance(item, Release):
            return f"{item.what.capitalize()}: {item.meeting.body.name}, {_long_date(item.meeting.date)}"
        return item.title or item.filename

    def item_description(self, item):
        """Plain words, escaped: the Atom summary is HTML, and names and file names are not."""
        if isinstance(item, Release):
            return escape(f"The {item.what} of the meeting of the {item.meeting.body.name} on "
                          f"{_long_date(item.meeting.date)}.")
        doc = item
        where = doc.meeting.body.name if doc.meeting_id else (doc.body.name if doc.body_id else "")
        when = f" for the meeting on {_long_date(doc.meeting.date)}" if doc.meeting_id else ""
        return escape(f"{doc.get_kind_display().capitalize()}{' of ' + where if where else ''}{when} ({doc.filename}).")

    def item_link(self, item):
        if isinstance(item, Release):
            return meeting_url(item.meeting.pk) + ("#minutes" if item.what == "minutes" else "")
        return document_url(item.pk)

    def item_guid(self, item):
        if isinstance(item, Release):
            return f"urn:minutebook:{meeting_uid(item.meeting)}:{item.what}:{item.at.isoformat()}"
        return f"urn:sha256:{item.sha256}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.at if isinstance(item, Release) else item.created

    def item_updateddate(self, item):
        return self.item_pubdate(item)

    def item_categories(self, item):
        return [item.what] if isinstance(item, Release) else [item.kind]

    def item_enclosures(self, item):
        from django.utils.feedgenerator import Enclosure

        if isinstance(item, Release):      # made when asked for: its length is not known beforehand
            return [Enclosure(self.request.build_absolute_uri(item.fmt_url), "0", "application/pdf")]
        return [Enclosure(self.request.build_absolute_uri(document_url(item.pk)), str(item.size),
                          item.content_type or "application/octet-stream")]


def _long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"

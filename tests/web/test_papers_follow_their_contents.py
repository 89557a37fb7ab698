"""A stored paper is public only while everything it holds is (store.contents, visibility): issue 9's
critical and high findings, each on its own path (re-ingest, API, withdrawal, un-approval, agenda)."""
import datetime as dt

from django.test import Client
from django.urls import reverse

from minutebook.record import AgendaItem as RItem, AgendaRecord, MeetingInfo, MinuteItem, MinutesRecord, ParsedDocument
from minutebook.store.models import Document, Meeting, Minute
from minutebook.web import rendering
from minutebook.web.models import ApiToken
from minutebook.web.publishing import publish_document

BODY = "Test Partnership Group"       # the web world's body


def _ingest(records, data: bytes, name: str) -> Document:
    from minutebook.store.ingest import store_parsed

    result = store_parsed(ParsedDocument(source=name, sha256="0" * 64, records=records), data, name)
    doc = Document.objects.get(pk=result.document_id)
    publish_document(doc)
    return doc


def _public(doc: Document) -> bool:
    return Client().get(reverse("document", args=[doc.pk])).status_code == 200


def _found(word: str) -> bool:
    return word in Client().get("/api/search", {"q": word}).content.decode().replace(f'"{word}"', "")


def test_reingested_minutes_leave_the_pack_that_held_a_part_2_minute_withheld(world):
    earlier = MinutesRecord(body=BODY, meeting=MeetingInfo(date="2019-01-10"), items=[
        MinuteItem(number="71", title="LIGHTING", text="The Group noted the lighting."),
        MinuteItem(number="72", title="CASE", text="Part 2 text", exempt=True)])
    agenda = AgendaRecord(body=BODY, meeting=MeetingInfo(date="2019-03-07"),
                          agenda=[RItem(number="1", title="MINUTES OF THE PREVIOUS MEETING")])
    pack = _ingest([agenda, earlier], b"pack with Part 2 text hmzq", "pack.txt")
    assert not _public(pack)
    signed = MinutesRecord(body=BODY, meeting=MeetingInfo(date="2019-01-10"), items=[earlier.items[0]])
    minutes = _ingest([signed], b"minutes of 10 January 2019", "minutes.txt")
    Meeting.objects.filter(date=dt.date(2019, 1, 10)).update(minutes_status=Meeting.APPROVED)
    assert _public(minutes)
    assert not _public(pack), "the re-ingest made the pack holding a Part 2 minute public"
    assert not _found("hmzq")


def test_a_pack_is_withheld_once_another_minute_it_holds_is_made_exempt(world):
    earlier = MinutesRecord(body=BODY, meeting=MeetingInfo(date="2019-01-10"), items=[
        MinuteItem(number="71", title="LIGHTING", text="The Group noted the lighting."),
        MinuteItem(number="73", title="YOUTH", text="Youth clubs")])
    agenda = AgendaRecord(body=BODY, meeting=MeetingInfo(date="2019-03-07"),
                          agenda=[RItem(number="1", title="MINUTES OF THE PREVIOUS MEETING")])
    pack = _ingest([agenda, earlier], b"pack youth clubs gbzq", "pack.txt")
    Meeting.objects.filter(date=dt.date(2019, 1, 10)).update(minutes_status=Meeting.APPROVED)
    assert _public(pack)
    # re-ingested on their own, then one minute marked exempt: the pack, not its source any more, still holds it
    _ingest([earlier], b"minutes of 10 January 2019", "minutes.txt")
    Meeting.objects.filter(date=dt.date(2019, 1, 10)).update(minutes_status=Meeting.APPROVED)
    Minute.objects.filter(number="73").update(exempt=True)
    assert not _public(pack) and not _found("gbzq")


def test_exempt_through_the_api_withholds_the_stored_minutes(world):
    paper = rendering.store_paper(world.held, "minutes")
    assert _public(paper)
    token = ApiToken.issue(world.clerk_user)[1]
    r = Client().patch(f"/api/minutes/{world.public_minute.pk}", {"exempt": True}, content_type="application/json",
                       HTTP_AUTHORIZATION=f"Bearer {token}")
    assert r.status_code == 200
    assert not _public(paper)
    assert paper.pk not in [d["id"] for d in Client().get("/api/documents").json()["items"]]


def _next_meeting_papers(world):
    nxt = Meeting.objects.create(body=world.body, date=dt.date(2018, 1, 20), published=True)
    nxt.agenda_items.create(position=1, number="1", title="MINUTES OF THE PREVIOUS MEETING")
    nxt.agenda_items.create(position=2, number="2", title="MATTERS ARISING")
    pack, report = rendering.store_paper(nxt, "pack"), rendering.store_paper(nxt, "matters_arising")
    assert _public(pack) and _public(report)
    return pack, report


def test_withdrawn_minutes_withhold_the_next_meetings_pack_and_matters_arising(clerk_in, world):
    pack, report = _next_meeting_papers(world)
    clerk_in.post(reverse("clerk-publish", args=[world.held.pk]), {"do": "unpublish_minutes"})
    assert not _public(pack) and not _public(report)


def test_unapproved_minutes_withhold_the_next_meetings_pack_and_matters_arising(clerk_in, world):
    pack, report = _next_meeting_papers(world)
    clerk_in.post(reverse("clerk-publish", args=[world.held.pk]), {"do": "unapprove_minutes"})
    assert not _public(pack) and not _public(report)


def test_withdrawing_the_agenda_withholds_the_ingested_agenda(clerk_in, world):
    agenda = AgendaRecord(body=BODY, meeting=MeetingInfo(date="2019-05-02"),
                          agenda=[RItem(number="1", title="PARKING")])
    doc = _ingest([agenda], b"AGENDA parking pkzq", "agenda.txt")
    # the meeting has been held and its minutes are public: the agenda is still the agenda
    Meeting.objects.filter(pk=doc.meeting_id).update(minutes_published=True, minutes_status=Meeting.APPROVED)
    assert doc.kind == Document.ORIGINAL and _public(doc)
    clerk_in.post(reverse("clerk-publish", args=[doc.meeting_id]), {"do": "unpublish_agenda"})
    assert not _public(doc) and not _found("pkzq")

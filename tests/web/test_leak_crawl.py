"""The leak crawl: a unique word planted in each kind of confidential content; after each kind of change to
the record (publish, exempt through the web and through the API, withdraw, un-approve, withdraw an agenda,
re-ingest a document that replaces another, end a membership, edit it in the browser) the whole site and
API are crawled as the public, as a member of another body and as a former member, reading every page and
every PDF, DOCX, feed and calendar it can download. No planted word may be read by anyone without the right.
"""
from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from crawl import Crawl, api_routes, leaks, resubmit

W = {k: f"plant{k.replace('_', '')}zq" for k in (
    "p2minute", "p2resolution", "p2action", "p2report", "p2upload", "unpublished", "upload", "draft",
    "otherdraft", "reingest", "publishpart2", "exemptweb", "exemptapi", "withdraw", "unapprove", "agendafile")}
ALWAYS = ["p2minute", "p2resolution", "p2action", "p2report", "p2upload", "unpublished", "upload", "draft",
          "otherdraft", "reingest", "publishpart2"]
BODY = "Safer Test Partnership"
STANDING = ["APOLOGIES FOR ABSENCE", "MINUTES OF THE PREVIOUS MEETING", "MATTERS ARISING"]


def _parsed(records, name):
    from minutebook.record import ParsedDocument

    return ParsedDocument(source=name, sha256="0" * 64, records=records)


def _store(records, data: bytes, name: str):
    from minutebook.store.ingest import store_parsed
    from minutebook.store.models import Document
    from minutebook.web.publishing import publish_document

    result = store_parsed(_parsed(records, name), data, name)
    assert result.status in ("ingested", "replaced"), result
    doc = Document.objects.get(pk=result.document_id)
    publish_document(doc)
    return doc


def _meeting(body, date, *, agenda=(), minutes=(), published=True, minutes_public=True):
    """A meeting with its agenda items [(number, title, exempt)] and minutes [(number, title, text, exempt,
    resolution, action)]."""
    from minutebook.store.models import Action, AgendaItem, Meeting, Minute, Resolution

    m = Meeting.objects.create(body=body, date=date, start=dt.time(10), status=Meeting.HELD, published=published,
                               minutes_published=minutes_public,
                               minutes_status=Meeting.APPROVED if minutes_public else Meeting.DRAFT)
    for pos, (number, title, exempt) in enumerate(agenda):
        AgendaItem.objects.create(meeting=m, position=pos, number=number, title=title, exempt=exempt)
    for pos, (number, title, text, exempt, resolution, action) in enumerate(minutes):
        minute = Minute.objects.create(meeting=m, position=pos, number=number, title=title, text=text, exempt=exempt)
        if resolution:
            Resolution.objects.create(minute=minute, text=resolution)
        if action:
            Action.objects.create(minute=minute, text=action)
    return m


@pytest.fixture
def site(db, django_user_model, settings, tmp_path):
    from django.contrib.auth.models import Group

    from minutebook.record import AgendaItem as RItem, AgendaRecord, MeetingInfo, MinuteItem, MinutesRecord
    from minutebook.store.models import Body, Document, Membership, Person, Report
    from minutebook.web import rendering

    settings.DATA_DIR = str(tmp_path)
    group = Body.objects.create(name=BODY, standing_items=STANDING)
    other = Body.objects.create(name="Other Panel")
    users = {n: django_user_model.objects.create_user(n, f"{n}@example.org", f"{n}-pass-123")
             for n in ("clerk", "olly", "emma")}
    users["clerk"].groups.add(Group.objects.get_or_create(name="clerk")[0])
    Membership.objects.create(body=other, person=Person.objects.create(name="Olly Outsider", user=users["olly"]))
    emma = Membership.objects.create(body=group, person=Person.objects.create(name="Emma Member", user=users["emma"]),
                                     start=dt.date(2016, 1, 1))

    standing = [("1", STANDING[0], False), ("2", STANDING[1], False), ("3", STANDING[2], False)]
    ma = _meeting(group, dt.date(2017, 3, 9), agenda=[("1", "STREET LIGHTING", False), ("2", "CASE REVIEW", True)],
                  minutes=[("10", "STREET LIGHTING", "The Group noted the lighting survey.", False,
                            "the survey be noted", "Bring the lighting survey back"),
                           ("11", "CASE REVIEW", f"Details {W['p2minute']}.", True, f"refer {W['p2resolution']}",
                            f"Refer {W['p2action']}"),
                           ("12", "YOUTH CLUBS", f"The Group discussed {W['exemptweb']}.", False, "", ""),
                           ("13", "NIGHT BUSES", f"The Group discussed {W['exemptapi']}.", False, "",
                            f"Write to TfL about {W['exemptapi']}")])
    Report.objects.create(meeting=ma, title=f"Case review {W['p2report']}", exempt=True)
    Document.objects.create(sha256="e" * 64, filename="case-notes.txt", kind=Document.ATTACHMENT, body=group,
                            meeting=ma, content_type="text/plain", content=f"notes {W['p2upload']}".encode(),
                            exempt=True)
    rendering.store_paper(ma, "minutes")
    mb = _meeting(group, dt.date(2017, 7, 6), agenda=standing,
                  minutes=[("20", "PREVENT", f"The Group heard about {W['withdraw']}.", False, "",
                            f"Report on {W['withdraw']}")])
    rendering.store_paper(mb, "pack")             # holds the minutes of 9 March, and their actions
    rendering.store_paper(mb, "matters_arising")
    mc = _meeting(group, dt.date(2017, 12, 19), agenda=standing,
                  minutes=[("30", "BUDGET", f"The Group noted {W['unapprove']}.", False, "", "")])
    rendering.store_paper(mc, "pack")             # holds the minutes of 6 July
    rendering.store_paper(mc, "minutes")
    md = _meeting(group, dt.date(2018, 3, 8), agenda=[("1", "ANTI-SOCIAL BEHAVIOUR", False),
                                                      ("2", "EXEMPT CASE", True)],
                  published=False, minutes_public=False)
    Report.objects.create(meeting=md, title=f"Exempt case {W['publishpart2']}", exempt=True)
    rendering.store_paper(md, "agenda")
    me = _meeting(group, dt.date(2018, 7, 5), agenda=[("1", f"Business {W['unpublished']}", False)],
                  published=False, minutes_public=False)
    rendering.store_paper(me, "pack")
    # an agenda of its own, ingested and published, then draft minutes for the Group's members
    agenda = AgendaRecord(body=BODY, meeting=MeetingInfo(date="2018-10-11", start="10:00"),
                          agenda=[RItem(number="1", title="PARKING"), RItem(number="2", title="HOUSING")])
    mf_agenda = _store([agenda], f"AGENDA 11 October 2018 {W['agendafile']}".encode(), "agenda-2018-10-11.txt")
    mf = mf_agenda.meeting
    from minutebook.store.models import Minute

    Minute.objects.create(meeting=mf, position=0, number="60", title="PARKING", text=f"Draft {W['draft']}")
    # a legacy pack: the agenda of 7 March 2019 and the minutes of 6 December 2018, one of them Part 2
    earlier = MinutesRecord(body=BODY, meeting=MeetingInfo(date="2018-12-06", start="10:00"), items=[
        MinuteItem(number="71", title="LIGHTING", text="The Group noted the lighting."),
        MinuteItem(number="72", title="CASE", text=f"Part 2 {W['reingest']}", exempt=True)])
    pack = AgendaRecord(body=BODY, meeting=MeetingInfo(date="2019-03-07", start="10:00"),
                        agenda=[RItem(number="1", title="MINUTES OF THE PREVIOUS MEETING")])
    _store([pack, earlier], f"AGENDA 7 March 2019. MINUTES 6 December 2018. 71 LIGHTING. 72 CASE "
                            f"{W['reingest']}".encode(), "pack-2019-03-07.txt")
    _meeting(other, dt.date(2018, 1, 10), minutes=[("5", "PANEL", f"Draft {W['otherdraft']}", False, "", "")],
             minutes_public=False)

    clerk = Client()
    clerk.force_login(users["clerk"])
    # an upload made from the unpublished meeting's page, published: public only with that meeting
    upload = tmp_path / "appendix.txt"
    upload.write_text(f"Appendix {W['upload']}")
    with upload.open("rb") as fh:
        r = clerk.post(reverse("clerk-upload") + f"?meeting={me.pk}", {"files": fh, "publish": "on"})
    assert r.status_code == 302, r.content[:500]
    doc = Document.objects.get(filename="appendix.txt")
    assert (doc.meeting_id, doc.body_id, doc.published) == (me.pk, group.pk, True)
    return dict(clerk=clerk, users=users, emma=emma, ma=ma, mb=mb, mc=mc, md=md, me=me, mf=mf, group=group,
                other=other)


def _seeds(words) -> list[str]:
    from minutebook.store.models import Action, Body, Document, Meeting, Minute, Person, Resolution

    meetings = list(Meeting.objects.values_list("pk", flat=True))
    urls = ["/", reverse("calendar"), reverse("actions"), reverse("documents-atom")]
    urls += [reverse("body-ics", args=[s]) for s in Body.objects.values_list("slug", flat=True)]
    urls += [reverse("meeting", args=[m]) for m in meetings]
    urls += [reverse("document", args=[d]) for d in Document.objects.values_list("pk", flat=True)]
    for w in words:
        urls += [reverse("search") + f"?q={w}", f"/api/search?q={w}"]
    ids = {"meetings": meetings, "minutes": list(Minute.objects.values_list("pk", flat=True)),
           "actions": list(Action.objects.values_list("pk", flat=True)),
           "resolutions": list(Resolution.objects.values_list("pk", flat=True)),
           "documents": list(Document.objects.values_list("pk", flat=True)),
           "bodies": list(Body.objects.values_list("slug", flat=True)),
           "people": list(Person.objects.values_list("slug", flat=True))}
    return urls + api_routes(Client(), ids)


def _crawl_as(user, words) -> dict[str, str]:
    client = Client()
    if user is not None:
        client.force_login(user)
    return Crawl(client).run(_seeds(words))


def test_no_planted_word_reaches_anyone_without_the_right(site):
    from minutebook.store.models import Minute
    from minutebook.web.models import ApiToken

    clerk, users = site["clerk"], site["users"]
    forbidden = list(ALWAYS)

    def check(stage, *, former_member=False):
        roles = [("the public", None, forbidden), ("a member of another body", users["olly"],
                                                    [w for w in forbidden if w != "otherdraft"])]
        if former_member:
            roles.append(("a former member", users["emma"], forbidden))
        words = [W[w] for w in forbidden]
        for who, user, banned in roles:
            texts = _crawl_as(user, words)
            found = leaks(texts, [W[w] for w in banned])
            assert not found, f"after {stage}, {who} read: {found[:5]}"
        return texts

    # before any change: the crawl reaches the stored papers (the 6 July pack holds the 9 March minutes)
    texts = check("the record as built")
    stored = [u for u, t in texts.items() if u.startswith("/documents/") and W["exemptweb"] in t]
    assert stored, "the crawl did not read the stored papers"
    assert any(W["withdraw"] in t for u, t in texts.items() if u.startswith("/documents/"))

    assert clerk.post(reverse("clerk-publish", args=[site["md"].pk]), {"do": "publish_agenda"}).status_code == 302
    check("publishing an agenda with a Part 2 item")

    minute = Minute.objects.get(number="12")
    clerk.post(reverse("clerk-exempt", args=["minute", minute.pk]), {"exempt": "1"})
    forbidden.append("exemptweb")
    check("marking a minute exempt through the web")

    token = ApiToken.issue(users["clerk"])[1]
    minute = Minute.objects.get(number="13")
    r = Client().patch(f"/api/minutes/{minute.pk}", {"exempt": True}, content_type="application/json",
                       HTTP_AUTHORIZATION=f"Bearer {token}")
    assert r.status_code == 200, r.content
    forbidden.append("exemptapi")
    check("marking a minute exempt through the API")

    clerk.post(reverse("clerk-publish", args=[site["mb"].pk]), {"do": "unpublish_minutes"})
    forbidden.append("withdraw")
    check("withdrawing a meeting's minutes")

    clerk.post(reverse("clerk-publish", args=[site["mc"].pk]), {"do": "unapprove_minutes"})
    forbidden.append("unapprove")
    check("un-approving a meeting's minutes")

    clerk.post(reverse("clerk-publish", args=[site["mf"].pk]), {"do": "unpublish_agenda"})
    forbidden.append("agendafile")
    check("withdrawing an agenda")

    from minutebook.record import MeetingInfo, MinuteItem, MinutesRecord

    signed = MinutesRecord(body=BODY, meeting=MeetingInfo(date="2018-12-06", start="10:00"), items=[
        MinuteItem(number="71", title="LIGHTING", text="The Group noted the lighting.")])
    _store([signed], b"MINUTES 6 December 2018. 71 LIGHTING. The Group noted the lighting.", "minutes-2018-12-06.txt")
    check("re-ingesting minutes that replace those in a pack")

    url = reverse("clerk-membership-edit", args=[site["emma"].pk])
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    r = resubmit(clerk, url, end=yesterday)
    assert r.status_code == 302, r.content.decode()[:2000]
    site["emma"].refresh_from_db()
    assert site["emma"].end is not None
    check("ending a membership", former_member=True)

    r = resubmit(clerk, url)            # opened and saved again, unchanged, as a browser does
    assert r.status_code == 302, r.content.decode()[:2000]
    check("saving the membership again in the browser", former_member=True)

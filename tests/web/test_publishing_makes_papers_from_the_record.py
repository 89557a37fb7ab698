"""Issue 10, item 2: papers are made from the record when they are published. An agenda with no items is
not published (web, API, CLI); publishing makes the agenda and the pack from the current record, as
background jobs; making a paper again makes a new version, and the public sees only the latest, while the
clerk sees the earlier ones with who made them and when; a withdrawn version leaves pages, feeds and search."""
import datetime as dt

import pytest
from click.testing import CliRunner
from django.test import Client
from django.urls import reverse

from minutebook.store.models import AgendaItem, Document, Meeting
from minutebook.web.models import Job
from webworld import text_of

DATE = dt.date(2018, 9, 13)
ITEM = "ROAD SAFETY CAMPAIGN VRNQ"
LATE = "LATE ITEM ABOUT TRAMS QWPX"
EXEMPT = "CONFIDENTIAL TENDER ZQXJ"


@pytest.fixture
def planned(world):
    return Meeting.objects.create(body=world.body, date=DATE, start=dt.time(10), venue="Civic Centre")


def add_items(meeting, *titles, exempt=()):
    for n, title in enumerate(titles, meeting.agenda_items.count() + 1):
        AgendaItem.objects.create(meeting=meeting, position=n, number=str(n), title=title, exempt=title in exempt)


def papers(meeting, kind):
    return list(Document.objects.filter(meeting=meeting, kind=kind).order_by("created", "pk"))


def pdf(doc) -> str:
    return " ".join(text_of(bytes(doc.content), "application/pdf").split())


def public_links(meeting) -> str:
    return Client().get(reverse("meeting", args=[meeting.pk])).content.decode()


def test_an_agenda_with_no_items_is_not_published(clerk_in, world, planned):
    r = clerk_in.post(reverse("clerk-publish", args=[planned.pk]), {"do": "publish_agenda"})
    assert r.status_code == 400
    html = r.content.decode()
    assert "govuk-error-summary" in html and "There is a problem" in html
    assert "has no items: build the agenda before publishing it." in html
    planned.refresh_from_db()
    assert not planned.published and not Job.objects.exists() and not planned.documents.exists()

    from minutebook.web.models import ApiToken

    auth = {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(world.clerk_user)[1]}"}
    r = Client().patch(f"/api/meetings/{planned.pk}", {"published": True}, content_type="application/json", **auth)
    assert r.status_code == 422 and "has no items" in r.json()["detail"] and "\n" not in r.json()["detail"]
    r = Client().post("/api/meetings", {"body": world.body.slug, "date": "2018-11-15", "published": True},
                      content_type="application/json", **auth)
    assert r.status_code == 422 and "no agenda items" in r.json()["detail"]
    assert not Meeting.objects.filter(date="2018-11-15").exists()

    from minutebook.cli import main

    result = CliRunner().invoke(main, ["publish", "--body", world.body.name, "--meeting", DATE.isoformat()])
    assert result.exit_code == 2 and result.output.count("\n") == 1 and "has no items" in result.output
    planned.refresh_from_db()
    assert not planned.published


def test_publishing_makes_the_agenda_and_pack_from_the_current_record(clerk_in, world, planned):
    # papers made before the agenda was built are empty
    clerk_in.post(reverse("clerk-generate", args=[planned.pk, "agenda"]))
    clerk_in.post(reverse("clerk-generate", args=[planned.pk, "pack"]))
    [empty_agenda], [empty_pack] = papers(planned, Document.AGENDA), papers(planned, Document.PACK)
    assert ITEM not in pdf(empty_agenda)
    add_items(planned, "APOLOGIES FOR ABSENCE", ITEM, EXEMPT, exempt=[EXEMPT])

    r = clerk_in.post(reverse("clerk-publish", args=[planned.pk]), {"do": "publish_agenda"}, follow=True)
    assert r.status_code == 200 and "The agenda is published" in r.content.decode()
    planned.refresh_from_db()
    assert planned.published
    jobs = list(Job.objects.filter(meeting=planned).order_by("pk"))[2:]     # after the two made by hand
    assert [j.kind for j in jobs] == [Job.AGENDA, Job.PACK]
    assert all(j.status == Job.DONE and j.user == world.clerk_user for j in jobs)
    for kind, empty in ((Document.AGENDA, empty_agenda), (Document.PACK, empty_pack)):
        *earlier, latest = papers(planned, kind)
        assert earlier == [empty]                   # kept for the clerk
        assert latest.published and latest.made_by == world.clerk_user
        text = pdf(latest)
        assert ITEM in text and EXEMPT not in text
        public = Client()
        r = public.get(reverse("document", args=[latest.pk]))
        assert r.status_code == 200 and ITEM in " ".join(text_of(r.content, r["Content-Type"]).split())
        assert public.get(reverse("document", args=[empty.pk])).status_code == 404
        page = public_links(planned)
        assert f"/documents/{latest.pk}/" in page and f"/documents/{empty.pk}/" not in page


def test_the_cli_publishes_and_makes_the_papers(world, planned):
    from minutebook.cli import main

    add_items(planned, ITEM)
    result = CliRunner().invoke(main, ["publish", "--body", world.body.name, "--meeting", DATE.isoformat()])
    assert result.exit_code == 0, result.output
    assert "published: agenda of" in result.output
    planned.refresh_from_db()
    assert planned.published
    for kind in (Document.AGENDA, Document.PACK):
        [doc] = papers(planned, kind)
        assert doc.published and ITEM in pdf(doc) and doc.made_by is None


def test_the_api_publishes_and_makes_the_papers(world, planned):
    from minutebook.web.models import ApiToken

    add_items(planned, ITEM)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(world.clerk_user)[1]}"}
    r = Client().patch(f"/api/meetings/{planned.pk}", {"published": True}, content_type="application/json", **auth)
    assert r.status_code == 200 and r.json()["published"]
    for kind in (Document.AGENDA, Document.PACK):
        [doc] = papers(planned, kind)
        assert doc.published and ITEM in pdf(doc) and doc.made_by == world.clerk_user


def test_making_a_paper_again_makes_a_new_version_the_public_sees_the_latest(clerk_in, world, planned):
    add_items(planned, ITEM)
    clerk_in.post(reverse("clerk-publish", args=[planned.pk]), {"do": "publish_agenda"})
    clerk_in.post(reverse("clerk-generate", args=[planned.pk, "agenda"]))      # the record unchanged
    add_items(planned, LATE)
    clerk_in.post(reverse("clerk-generate", args=[planned.pk, "agenda"]))
    first, unchanged, latest = papers(planned, Document.AGENDA)
    assert LATE not in pdf(first) and LATE not in pdf(unchanged) and LATE in pdf(latest)
    assert {d.made_by for d in (first, unchanged, latest)} == {world.clerk_user}
    for doc in (first, unchanged):
        doc.refresh_from_db()
        assert doc.superseded_by_id is not None
    # each version is a file of its own, still the tagged paper the renderer made
    import io

    import pypdf

    for n, doc in enumerate((first, unchanged, latest), 1):
        reader = pypdf.PdfReader(io.BytesIO(bytes(doc.content)))
        assert reader.metadata["/MinutebookVersion"] == str(n) and reader.metadata.get("/Title")
        assert "/StructTreeRoot" in reader.trailer["/Root"]

    public = Client()
    assert public.get(reverse("document", args=[latest.pk])).status_code == 200
    page, feed = public_links(planned), public.get(reverse("documents-atom")).content.decode()
    api = {d["id"] for d in public.get(f"/api/meetings/{planned.pk}").json()["documents"]}
    assert latest.pk in api
    for doc in (first, unchanged):
        assert public.get(reverse("document", args=[doc.pk])).status_code == 404
        assert f"/documents/{doc.pk}/" not in page and f"/documents/{doc.pk}/" not in feed
        assert doc.pk not in api
    assert f"/documents/{latest.pk}/" in page and f"/documents/{latest.pk}/" in feed
    found = public.get("/api/search", {"q": "trams"}).json()["results"]
    assert latest.pk in {r["document_id"] for r in found}
    assert not {first.pk, unchanged.pk} & {r["document_id"] for r in found}

    # the clerk sees every version, who made it and when
    html = clerk_in.get(reverse("clerk-meeting", args=[planned.pk])).content.decode()
    for n, doc in enumerate((first, unchanged, latest), 1):
        assert f"/documents/{doc.pk}/" in html
        assert f"Version {n}, " in html
    assert html.count("by clerk") >= 3 and html.count("Earlier version") == 2


def test_a_withdrawn_version_leaves_pages_feeds_and_search(clerk_in, world, planned):
    add_items(planned, ITEM, LATE)
    clerk_in.post(reverse("clerk-publish", args=[planned.pk]), {"do": "publish_agenda"})
    clerk_in.post(reverse("clerk-generate", args=[planned.pk, "agenda"]))
    earlier, latest = papers(planned, Document.AGENDA)
    public = Client()
    assert f"/documents/{latest.pk}/" in public.get(reverse("documents-atom")).content.decode()

    clerk_in.post(reverse("clerk-document-publish", args=[latest.pk]), {"published": "0"})
    latest.refresh_from_db()
    assert not latest.published
    page, feed = public_links(planned), public.get(reverse("documents-atom")).content.decode()
    search_page = public.get(reverse("search"), {"q": "trams"}).content.decode()
    results = public.get("/api/search", {"q": "trams"}).json()["results"]
    found = {r["document_id"] for r in results}
    for doc in (latest, earlier):     # withdrawing the latest does not bring an earlier version back
        assert public.get(reverse("document", args=[doc.pk])).status_code == 404
        for text in (page, feed, search_page):
            assert f"/documents/{doc.pk}/" not in text
        assert doc.pk not in found
    # the agenda item itself is still found: only the paper was withdrawn
    assert any(r["document_id"] is None and r["meeting_id"] == planned.pk for r in results)

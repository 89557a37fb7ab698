"""An upload is reviewed before it changes anything public (issue 10, item 5): the web upload is read, shown
with the source line of each value, and stored only when a clerk confirms, with the clerk's choices (an
existing body for a near-duplicate name, an existing person for a new name); Discard leaves nothing. Bodies
and people can be merged from the web."""
import datetime as dt
import os
import re
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from minutebook.store.models import (
    Action, ActionOwner, Attendance, Body, Document, Meeting, Membership, Minute, Organisation, Person,
)
from minutebook.web.models import IngestReview, Job

SEEDS = Path(os.environ.get("MINUTEBOOK_SHARED", Path(__file__).resolve().parents[2].parent / "shared")) / "seeds"
PACK = SEEDS / "000_f18476df4ed148e9.txt"        # agenda 6 July 2017 (sub-groups, 18 members) + minutes 9 March
MINUTES = SEEDS / "001_d28e78b19fcbbe22.txt"     # minutes of 19 December 2017


def _upload(client, name, data: bytes, **extra):
    return client.post(reverse("clerk-upload"), {"files": [SimpleUploadedFile(name, data, content_type="text/plain")],
                                                 **extra})


def _sub_group_minutes() -> bytes:
    """Seed 001 as the minutes of "Bromley Domestic Abuse Sub Group" (a near-duplicate of a stored body)."""
    text = MINUTES.read_text()
    return text.replace("SAFER BROMLEY PARTNERSHIP STRATEGIC GROUP", "BROMLEY DOMESTIC ABUSE SUB GROUP", 1).encode()


def _counts():
    return (Body.objects.count(), Person.objects.count(), Meeting.objects.count(), Document.objects.count(),
            Minute.objects.count(), Organisation.objects.count(), Membership.objects.count())


def _review_of(job_pk=None) -> IngestReview:
    qs = IngestReview.objects.all()
    return (qs.filter(job_id=job_pk) if job_pk else qs).get()


def test_nothing_is_public_or_created_before_confirmation(clerk_in, world):
    before = _counts()
    r = _upload(clerk_in, PACK.name, PACK.read_bytes(), publish="on")
    job = Job.objects.get()
    assert r.status_code == 302 and job.status == Job.DONE, job.message
    assert _counts() == before, "the upload created rows in the record before it was confirmed"
    public = Client()
    home = public.get(reverse("home")).content.decode()
    assert "Safer Bromley" not in home and "Domestic Abuse Sub Group" not in home
    assert not any("Safer Bromley" in b["name"] for b in public.get("/api/bodies").json())
    people = public.get("/api/people").content.decode()
    assert "Hafford" not in people and "Lymer" not in people
    assert not re.findall(r'<li class="mb-search-result">', public.get(reverse("search") + "?q=resilience")
                          .content.decode())
    assert public.get("/api/search", {"q": "resilience"}).json()["results"] == []
    assert "Safer Bromley" not in public.get(reverse("documents-atom")).content.decode()
    # the job page sends the clerk to the review
    review = _review_of(job.pk)
    page = clerk_in.get(reverse("clerk-job", args=[job.pk])).content.decode()
    assert reverse("clerk-review", args=[review.pk]) in page
    # confirmed, it is stored and published as the upload asked
    r = clerk_in.post(reverse("clerk-review", args=[review.pk]), {"do": "confirm"})
    assert r.status_code == 302, r.content.decode()[:2000]
    body = Body.objects.get(name="Safer Bromley Partnership Strategic Group")
    meeting = Meeting.objects.get(body=body, date=dt.date(2017, 7, 6))
    assert meeting.published and Document.objects.get(sha256=review.sha256).published
    assert "Safer Bromley Partnership Strategic Group" in Client().get(reverse("home")).content.decode()
    assert Client().get("/api/search", {"q": "resilience"}).json()["results"]
    assert re.findall(r'<li class="mb-search-result">', Client().get(reverse("search") + "?q=resilience")
                      .content.decode())


def test_review_page_offers_the_near_duplicate_body_and_shows_source_lines(clerk_in, world):
    existing = Body.objects.create(name="Domestic Abuse Sub Group")
    _upload(clerk_in, "da-minutes.txt", _sub_group_minutes())
    review = _review_of()
    page = clerk_in.get(reverse("clerk-review", args=[review.pk])).content.decode()
    assert "Bromley Domestic Abuse Sub Group" in page
    select = re.search(r'<select[^>]*name="(body-[0-9a-f]+)"[^>]*>(.*?)</select>', page, re.S)
    assert select, "no choice of body for the new name"
    assert f'<option value="{existing.pk}">Existing: Domestic Abuse Sub Group' in select.group(2)
    assert "the record has a body like it: Domestic Abuse Sub Group" in page
    # the source line beside the fields: body, date, a person
    assert "BROMLEY DOMESTIC ABUSE SUB GROUP" in page
    assert "Minutes of the meeting held at 10.00 am on 19 December 2017" in page
    assert "19 December 2017" in page and "10:00" in page
    assert re.search(r"Chris Hafford.*?l7.*?Chris Hafford \(\(Borough Police Commander\)\)", page, re.S)
    assert re.search(r'class="mb-source">l1<', page)


def test_confirming_with_an_existing_body_creates_no_body(clerk_in, world):
    existing = Body.objects.create(name="Domestic Abuse Sub Group")
    _upload(clerk_in, "da-minutes.txt", _sub_group_minutes())
    review = _review_of()
    page = clerk_in.get(reverse("clerk-review", args=[review.pk])).content.decode()
    field = re.search(r'<select[^>]*name="(body-[0-9a-f]+)"', page).group(1)
    bodies = Body.objects.count()
    r = clerk_in.post(reverse("clerk-review", args=[review.pk]), {"do": "confirm", field: str(existing.pk)})
    assert r.status_code == 302, r.content.decode()[:2000]
    assert Body.objects.count() == bodies
    assert not Body.objects.filter(name__icontains="Bromley Domestic").exists()
    meeting = Meeting.objects.get(date=dt.date(2017, 12, 19), body=existing)
    assert meeting.minutes.count() > 5
    review.refresh_from_db()
    assert review.status == IngestReview.CONFIRMED and review.document.body == existing


def test_mapping_a_new_person_to_an_existing_one_creates_no_person(clerk_in, world):
    katherine = Person.objects.create(name="Katherine Lymer")
    _upload(clerk_in, MINUTES.name, MINUTES.read_bytes())
    review = _review_of()
    page = clerk_in.get(reverse("clerk-review", args=[review.pk])).content.decode()
    row = re.search(r"<tr[^>]*>\s*<td[^>]*>Kate Lymer.*?</tr>", page, re.S).group(0)
    field = re.search(r'name="(person-[0-9a-f]+)"', row).group(1)
    assert f'<option value="{katherine.pk}">Katherine Lymer' in row, "the likely existing person is not offered"
    r = clerk_in.post(reverse("clerk-review", args=[review.pk]), {"do": "confirm", field: str(katherine.pk)})
    assert r.status_code == 302, r.content.decode()[:2000]
    assert not Person.objects.filter(name__iexact="Kate Lymer").exists()
    meeting = Meeting.objects.get(date=dt.date(2017, 12, 19), body__name="Safer Bromley Partnership Strategic Group")
    assert Attendance.objects.filter(meeting=meeting, person=katherine, kind=Attendance.PRESENT).exists()
    # the other new people were made, once each
    assert Person.objects.filter(name="Chris Hafford").count() == 1


def test_discard_leaves_nothing(clerk_in, world):
    before = _counts()
    _upload(clerk_in, PACK.name, PACK.read_bytes(), publish="on")
    review = _review_of()
    r = clerk_in.post(reverse("clerk-review", args=[review.pk]), {"do": "discard"})
    assert r.status_code == 302
    review.refresh_from_db()
    assert review.status == IngestReview.DISCARDED and not bytes(review.content) and not review.parsed
    assert _counts() == before
    # and it cannot be confirmed afterwards
    r = clerk_in.post(reverse("clerk-review", args=[review.pk]), {"do": "confirm"}, follow=True)
    assert "already discarded" in r.content.decode() and _counts() == before


def test_the_second_clerk_confirming_is_told_and_nothing_is_doubled(two_clerks, world):
    first, second = two_clerks
    _upload(first, MINUTES.name, MINUTES.read_bytes())
    review = _review_of()
    url = reverse("clerk-review", args=[review.pk])
    assert "Confirm and store" in first.get(url).content.decode()
    assert "Confirm and store" in second.get(url).content.decode()     # both have the page open
    assert first.post(url, {"do": "confirm"}).status_code == 302
    after = _counts()
    r = second.post(url, {"do": "confirm"}, follow=True)
    text = r.content.decode()
    assert "already confirmed by clerk" in text and "nothing was changed" in text
    assert _counts() == after
    assert Meeting.objects.filter(date=dt.date(2017, 12, 19), body__name__startswith="Safer").count() == 1
    assert Document.objects.filter(sha256=review.sha256).count() == 1


def test_cli_ingest_still_stores_at_once(db, tmp_path):
    from minutebook.store.ingest import ingest_paths

    summary = ingest_paths([MINUTES])
    assert summary.ingested == 1 and Meeting.objects.filter(date=dt.date(2017, 12, 19)).exists()


# ---- merging from the web

def test_body_merge_from_the_web_moves_everything(clerk_in, world):
    from minutebook.store.ingest import ingest_paths

    ingest_paths([PACK])
    keep = Body.objects.get(name="Domestic Abuse Sub Group")
    dup = Body.objects.create(name="Bromley Domestic Abuse Sub Group")
    ingest_paths([])
    m = Meeting.objects.create(body=dup, date=dt.date(2018, 1, 10), status=Meeting.HELD, published=True)
    minute = Minute.objects.create(meeting=m, position=1, number="5", title="REFUGE PLACES", text="Refuge words qvxz")
    action = Action.objects.create(minute=minute, text="find refuge places")
    owner = Person.objects.create(name="Rita Refuge")
    ActionOwner.objects.create(action=action, initials="RR", person=owner)
    Attendance.objects.create(meeting=m, person=owner, kind=Attendance.PRESENT)
    Membership.objects.create(body=dup, person=owner)
    doc = Document.objects.create(sha256="e" * 64, filename="da.txt", kind=Document.ORIGINAL, content=b"x", size=1,
                                  body=dup, meeting=m)
    # one day in both: the agenda in the kept body, the minutes in the duplicate
    day = dt.date(2018, 3, 1)
    kept_day = Meeting.objects.create(body=keep, date=day, published=True)
    kept_day.agenda_items.create(position=1, number="1", title="REFUGE PLACES")
    dup_day = Meeting.objects.create(body=dup, date=day, status=Meeting.HELD, venue="Civic Centre")
    day_minute = Minute.objects.create(meeting=dup_day, position=1, number="9", title="REFUGE PLACES", text="x")
    Action.objects.filter(pk=action.pk).update(due_meeting=dup_day)
    job = Job.objects.create(kind=Job.PACK, meeting=dup_day)
    assert "Bromley Domestic Abuse Sub Group" in Client().get(reverse("home")).content.decode()
    page = clerk_in.get(reverse("clerk-merge-bodies")).content.decode()
    assert "Bromley Domestic Abuse Sub Group and Domestic Abuse Sub Group" in page or \
        "Domestic Abuse Sub Group and Bromley Domestic Abuse Sub Group" in page
    r = clerk_in.post(reverse("clerk-merge-bodies"), {"duplicate": dup.pk, "keep": keep.pk})
    assert r.status_code == 302, r.content.decode()[:2000]
    m.refresh_from_db()
    doc.refresh_from_db()
    assert m.body == keep and doc.body == keep and minute.meeting_id == m.pk
    assert Membership.objects.filter(body=keep, person=owner).exists()
    day_minute.refresh_from_db()
    kept_day.refresh_from_db()
    assert day_minute.meeting == kept_day and kept_day.agenda_items.count() == 1 and kept_day.venue == "Civic Centre"
    assert not Meeting.objects.filter(pk=dup_day.pk).exists()
    assert Action.objects.get(pk=action.pk).due_meeting == kept_day and Job.objects.get(pk=job.pk).meeting == kept_day
    assert not Membership.objects.filter(body=dup).exists() and not Meeting.objects.filter(body=dup).exists()
    dup.refresh_from_db()
    assert dup.merged_into == keep
    public = Client()
    assert "Bromley Domestic Abuse Sub Group" not in public.get(reverse("home")).content.decode()
    r = public.get(reverse("body", args=[dup.slug]))
    assert r.status_code in (301, 302, 404)
    if r.status_code != 404:
        assert r["Location"] == reverse("body", args=[keep.slug])
    assert all(b["name"] != dup.name for b in public.get("/api/bodies").json())
    # a document naming the merged body is filed under the body kept
    from minutebook.store.ingest import find_body
    assert find_body("BROMLEY DOMESTIC ABUSE SUB GROUP") == keep
    # only a clerk may merge
    assert public.post(reverse("clerk-merge-bodies"), {"duplicate": keep.pk, "keep": dup.pk}).status_code in (302, 404)


def test_body_merge_refuses_two_sets_of_minutes_of_one_day(clerk_in, world):
    dup = Body.objects.create(name="Test Partnership Grp")
    Minute.objects.create(meeting=Meeting.objects.create(body=dup, date=world.held.date), position=1, number="1",
                          title="X", text="x")
    r = clerk_in.post(reverse("clerk-merge-bodies"), {"duplicate": dup.pk, "keep": world.body.pk})
    assert r.status_code == 400 and "Both bodies have minutes of the meeting on 19 December 2017" in r.content.decode()
    dup.refresh_from_db()
    assert dup.merged_into is None and Meeting.objects.filter(body=dup).exists()


def test_person_merge_from_the_web_moves_everything(clerk_in, world):
    dup = Person.objects.create(name="Bobby Deputy")
    Membership.objects.create(body=world.other, person=dup)
    Attendance.objects.create(meeting=world.drafted, person=dup, kind=Attendance.PRESENT)
    ActionOwner.objects.create(action=world.public_action, initials="BD", person=dup)
    page = clerk_in.get(reverse("clerk-merge-people")).content.decode()
    assert "Bob Deputy" in page and "Bobby Deputy" in page
    r = clerk_in.post(reverse("clerk-merge-people"), {"duplicate": dup.pk, "keep": world.bob.pk})
    assert r.status_code == 302
    dup.refresh_from_db()
    assert dup.merged_into == world.bob
    assert Membership.objects.filter(body=world.other, person=world.bob).exists()
    assert Attendance.objects.filter(meeting=world.drafted, person=world.bob).exists()
    assert ActionOwner.objects.filter(action=world.public_action, person=world.bob).exists()
    assert not (Membership.objects.filter(person=dup).exists() or Attendance.objects.filter(person=dup).exists()
                or ActionOwner.objects.filter(person=dup).exists())
    r = Client().get(reverse("person", args=[dup.slug]))
    assert r.status_code == 404 or world.bob.name in r.content.decode()
    assert "Bobby Deputy" not in Client().get("/api/people").content.decode()

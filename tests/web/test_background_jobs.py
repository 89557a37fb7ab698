"""Uploads are ingested and packs rendered as background jobs whose progress the job page shows."""
import datetime as dt
import os
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from webworld import SECRET_AGENDA, text_of
from minutebook.store.models import Document, Meeting
from minutebook.web.models import Job

SEED_MINUTES = Path(os.environ.get("MINUTEBOOK_SHARED", Path(__file__).resolve().parents[2].parent / "shared")) / "seeds" / "001_d28e78b19fcbbe22.txt"


def _confirm(clerk_in, job):
    """The clerk confirms the upload's review (nothing is stored before: tests/web/test_upload_review.py)."""
    review = job.reviews.get()
    assert clerk_in.post(reverse("clerk-review", args=[review.pk]), {"do": "confirm"}).status_code == 302


def test_upload_is_ingested_and_published(clerk_in, world):
    upload = SimpleUploadedFile(SEED_MINUTES.name, SEED_MINUTES.read_bytes(), content_type="text/plain")
    r = clerk_in.post(reverse("clerk-upload"), {"files": [upload], "publish": "on"})
    job = Job.objects.get()
    assert r.status_code == 302 and r["Location"] == reverse("clerk-job", args=[job.pk])
    assert job.status == Job.DONE, job.message
    assert job.progress == job.total == 1
    assert not job.documents.exists()
    _confirm(clerk_in, job)
    doc = job.documents.get()
    assert doc.published
    meeting = Meeting.objects.exclude(body=world.body).get(date=dt.date(2017, 12, 19))
    assert meeting.minutes_published and meeting.minutes.exists()
    page = clerk_in.get(reverse("clerk-job", args=[job.pk])).content.decode()
    assert "Finished" in page and 'value="100"' in page
    # the htmx poll gets only the progress fragment
    fragment = clerk_in.get(reverse("clerk-job", args=[job.pk]), HTTP_HX_REQUEST="true").content.decode()
    assert 'id="job-progress"' in fragment and "<html" not in fragment


def test_unreadable_upload_fails_with_a_reason(clerk_in, world):
    upload = SimpleUploadedFile("broken.pdf", b"%PDF-1.4 garbage", content_type="application/pdf")
    clerk_in.post(reverse("clerk-upload"), {"files": [upload]})
    job = Job.objects.get()
    assert job.status == Job.FAILED and "broken.pdf" in job.message
    assert not Document.objects.filter(filename__endswith="broken.pdf").exists()
    assert "broken.pdf" in clerk_in.get(reverse("clerk-job", args=[job.pk])).content.decode()


def test_warnings_are_in_the_job_log(clerk_in, world):
    upload = SimpleUploadedFile("notes.txt", b"nothing about any meeting here", content_type="text/plain")
    clerk_in.post(reverse("clerk-upload"), {"files": [upload]})
    job = Job.objects.get()
    assert job.status == Job.DONE
    assert any("notes.txt" in line and "committee" in line for line in job.log)


def test_exempt_upload_is_never_published(clerk_in, world):
    upload = SimpleUploadedFile(SEED_MINUTES.name, SEED_MINUTES.read_bytes(), content_type="text/plain")
    clerk_in.post(reverse("clerk-upload"), {"files": [upload], "publish": "on", "exempt": "on"})
    _confirm(clerk_in, Job.objects.get())
    doc = Job.objects.get().documents.get()
    assert doc.exempt and not doc.published
    assert Client().get(reverse("document", args=[doc.pk])).status_code == 404


def test_pack_job_makes_a_public_pack_without_part_2(clerk_in, world):
    r = clerk_in.post(reverse("clerk-generate", args=[world.held.pk, "pack"]))
    job = Job.objects.get()
    assert r.status_code == 302 and job.status == Job.DONE, job.message
    pack = job.documents.get()
    assert pack.kind == Document.PACK and pack.meeting == world.held and pack.published
    text = text_of(bytes(pack.content), "application/pdf")
    assert "STREET LIGHTING" in text and SECRET_AGENDA not in text
    assert Client().get(reverse("document", args=[pack.pk])).status_code == 200


def test_matters_arising_job(clerk_in, world):
    clerk_in.post(reverse("clerk-generate", args=[world.drafted.pk, "matters-arising"]))
    job = Job.objects.get()
    assert job.status == Job.DONE, job.message
    text = text_of(bytes(job.documents.get().content), "application/pdf")
    assert "street lighting survey" in text.lower() and "zqxj" not in text


def test_generate_needs_post(clerk_in, world):
    assert clerk_in.get(reverse("clerk-generate", args=[world.held.pk, "pack"])).status_code == 405

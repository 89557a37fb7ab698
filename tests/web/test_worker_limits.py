"""The worker reads each upload in a child process within the limits: a hostile file fails its job with
the usual one-line reason, and the worker goes on with the next job (the database task backend, as
`minutebook worker` runs it)."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from minutebook.store.models import Document, Meeting
from minutebook.web.models import Job

SEED_MINUTES = Path(os.environ.get("MINUTEBOOK_SHARED", Path(__file__).resolve().parents[2].parent / "shared")) / "seeds" / "001_d28e78b19fcbbe22.txt"


def test_hostile_uploads_fail_and_the_next_job_runs(transactional_db, clerk_in, world, hostile, settings):
    # transactional: the worker closes its database connection between jobs, as it does in production
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    for path in (hostile.docx, hostile.pdf, SEED_MINUTES):
        upload = SimpleUploadedFile(path.name, path.read_bytes())
        clerk_in.post(reverse("clerk-upload"), {"files": [upload]})
    jobs = list(Job.objects.order_by("pk"))
    assert [j.status for j in jobs] == [Job.QUEUED] * 3

    call_command("db_worker", batch=True, interval=0, reload=False, startup_delay=False)

    bad_docx, bad_pdf, good = (Job.objects.get(pk=j.pk) for j in jobs)
    assert bad_docx.status == Job.FAILED and bad_pdf.status == Job.FAILED
    assert bad_docx.message == ("1 of 1 file could not be read: bomb.docx: DOCX part word/document.xml is too large "
                                "(138 MB of XML; the limit is 50 MB, MINUTEBOOK_INGEST_XML_MB).")
    assert bad_pdf.message.startswith("1 of 1 file could not be read: bomb.pdf: ")
    assert "memory" in bad_pdf.message and "\n" not in bad_pdf.message
    assert not Document.objects.filter(filename__contains="bomb").exists()
    assert good.status == Job.DONE, good.message
    review = good.reviews.get()
    assert clerk_in.post(reverse("clerk-review", args=[review.pk]), {"do": "confirm"}).status_code == 302
    assert Meeting.objects.exclude(body=world.body).get(date=dt.date(2017, 12, 19)).minutes.exists()

"""A file that cannot be read fails its job with a plain message (no exception name, no traceback in the
log), and the files of the same upload that were read are still listed."""
import os
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from minutebook.web.models import Job

SEED_MINUTES = Path(os.environ.get("MINUTEBOOK_SHARED", Path(__file__).resolve().parents[2].parent / "shared")) / "seeds" / "001_d28e78b19fcbbe22.txt"


def test_unreadable_file_is_reported_plainly_beside_the_ones_read(clerk_in, world):
    broken = SimpleUploadedFile("broken.pdf", b"%PDF-1.4 garbage", content_type="application/pdf")
    good = SimpleUploadedFile(SEED_MINUTES.name, SEED_MINUTES.read_bytes(), content_type="text/plain")
    clerk_in.post(reverse("clerk-upload"), {"files": [broken, good]})
    job = Job.objects.get()
    assert job.status == Job.FAILED
    assert job.message.startswith("1 of 2 files could not be read: broken.pdf: ")
    assert "The other 1 was read." in job.message
    assert "Error" not in job.message.split(":")[0] and "Traceback" not in "".join(job.log)
    assert not any(line.startswith("broken.pdf: broken.pdf") for line in job.log)
    page = clerk_in.get(reverse("clerk-job", args=[job.pk])).content.decode()
    assert "RuntimeError" not in page and "Traceback" not in page
    review = job.reviews.get()     # the file read waits for the clerk's review
    assert reverse("clerk-review", args=[review.pk]) in page and review.filename == SEED_MINUTES.name

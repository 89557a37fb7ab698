"""Sending the upload form without choosing a file says so, and starts no job."""
from django.urls import reverse

from minutebook.web.models import Job


def test_upload_without_a_file_is_refused_with_a_message(clerk_in, world):
    r = clerk_in.post(reverse("clerk-upload"), {"publish": "on"})
    assert r.status_code == 200
    assert "Choose at least one file to upload." in r.content.decode()
    assert not Job.objects.exists()

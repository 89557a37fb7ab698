"""Clerk forms refuse what cannot be stored with a clear message: a tampered formset count, a file name
too long for the file system, an empty file in a batch (named)."""
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from minutebook.store.models import AgendaItem, Attendance
from minutebook.web.models import Job


def test_negative_form_count_does_not_empty_the_agenda_or_attendance(clerk_in, world):
    before = AgendaItem.objects.filter(meeting=world.held).count()
    r = clerk_in.post(reverse("clerk-agenda", args=[world.held.pk]),
                      {"a-TOTAL_FORMS": "-1", "a-INITIAL_FORMS": "0"})
    assert r.status_code == 200 and "reload the page" in r.content.decode()
    assert AgendaItem.objects.filter(meeting=world.held).count() == before
    attended = Attendance.objects.filter(meeting=world.held).count()
    r = clerk_in.post(reverse("clerk-attendance", args=[world.held.pk]),
                      {"p-TOTAL_FORMS": "-1", "p-INITIAL_FORMS": "0", "version": str(world.held.version)})
    assert r.status_code == 200
    assert Attendance.objects.filter(meeting=world.held).count() == attended


def test_a_250_character_file_name_is_refused_and_no_job_is_queued(clerk_in, world):
    name = "m" * 246 + ".txt"
    r = clerk_in.post(reverse("clerk-upload"), {"files": [SimpleUploadedFile(name, b"MINUTES of a meeting")]})
    assert r.status_code == 200
    assert "the file name is too long (250 characters)" in r.content.decode()
    assert not Job.objects.exists()


def test_an_empty_file_in_a_batch_is_named(clerk_in, world):
    r = clerk_in.post(reverse("clerk-upload"), {"files": [SimpleUploadedFile("agenda.txt", b"AGENDA"),
                                                          SimpleUploadedFile("empty-report.txt", b"")]})
    assert r.status_code == 200
    assert "empty-report.txt: The submitted file is empty." in r.content.decode()
    assert not Job.objects.exists()

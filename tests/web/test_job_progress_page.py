"""A job still waiting or running: the page polls with htmx, and offers a refresh link without JavaScript."""
from django.urls import reverse

from minutebook.web.models import Job


def test_running_job_polls_and_can_be_refreshed(clerk_in, world):
    job = Job.objects.create(kind=Job.PACK, meeting=world.held, status=Job.RUNNING, progress=1, total=2,
                             message="merging 12 pages")
    html = clerk_in.get(reverse("clerk-job", args=[job.pk])).content.decode()
    assert 'hx-trigger="every 2s"' in html and "Refresh to see progress" in html
    assert "1 of 2" in html and 'value="50"' in html and "merging 12 pages" in html


def test_finished_job_stops_polling(clerk_in, world):
    job = Job.objects.create(kind=Job.PACK, meeting=world.held, status=Job.DONE, progress=2, total=2)
    html = clerk_in.get(reverse("clerk-job", args=[job.pk])).content.decode()
    assert "hx-trigger" not in html and "Refresh to see progress" not in html


def test_jobs_are_for_clerks(member_client, world):
    job = Job.objects.create(kind=Job.PACK, meeting=world.held)
    assert member_client.get(reverse("clerk-job", args=[job.pk])).status_code == 404

"""Generated papers: the pack on demand as the public sees it; papers made before an item became exempt
are withdrawn; publishing the agenda makes its papers again and publishes them; approval uses the cycle's
rule."""
from django.test import Client
from django.urls import reverse

from minutebook.store.models import Document, Meeting
from minutebook.web.models import Job
from webworld import SECRET_AGENDA, text_of


def test_pack_on_demand_has_no_part_2(client, world):
    r = client.get(reverse("meeting-pack", args=[world.held.pk]))
    assert r.status_code == 200 and r["Content-Type"] == "application/pdf"
    text = text_of(r.content, "application/pdf")
    assert "STREET LIGHTING" in text and SECRET_AGENDA not in text
    assert client.get(reverse("meeting-pack", args=[world.hidden.pk])).status_code == 404


def test_marking_exempt_withdraws_papers_made_before(clerk_in, world):
    clerk_in.post(reverse("clerk-generate", args=[world.held.pk, "pack"]))
    pack = Job.objects.get().documents.get()
    assert pack.published
    item = world.held.agenda_items.get(exempt=False)
    r = clerk_in.post(reverse("clerk-exempt", args=["agendaitem", item.pk]), {"exempt": "1"}, follow=True)
    assert "withheld from the public" in r.content.decode()
    assert Client().get(reverse("document", args=[pack.pk])).status_code == 404
    # made again from the record (without the item), the pack is public again
    clerk_in.post(reverse("clerk-generate", args=[world.held.pk, "pack"]))
    again = Job.objects.latest("pk").documents.get()
    assert again.pk != pack.pk and Client().get(reverse("document", args=[again.pk])).status_code == 200


def test_publishing_the_agenda_publishes_its_papers(clerk_in, world):
    meeting = world.hidden
    clerk_in.post(reverse("clerk-generate", args=[meeting.pk, "agenda"]))
    paper = Job.objects.get().documents.get()
    assert not paper.published
    clerk_in.post(reverse("clerk-publish", args=[meeting.pk]), {"do": "publish_agenda"})
    # the agenda is made again from the record as it is published: the public gets that version, never the
    # one made earlier (kept for the clerk)
    made = Job.objects.filter(kind=Job.AGENDA).latest("pk").documents.get()
    paper.refresh_from_db()
    assert made.pk != paper.pk and made.published and paper.superseded_by_id == made.pk
    assert Client().get(reverse("document", args=[made.pk])).status_code == 200
    assert Client().get(reverse("document", args=[paper.pk])).status_code == 404


def test_approval_records_the_meeting_that_approved(clerk_in, world):
    clerk_in.post(reverse("clerk-publish", args=[world.drafted.pk]), {"do": "approve_minutes"})
    world.drafted.refresh_from_db()
    assert world.drafted.minutes_status == Meeting.APPROVED
    assert world.drafted.minutes_approved_at == world.hidden     # the next meeting of the body


def test_members_see_their_draft_papers_listed(member_client, world):
    html = member_client.get(reverse("my-actions")).content.decode()
    assert "Draft papers of your bodies" in html and "Thursday 8 March 2018" in html

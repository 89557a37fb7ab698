"""An upload made from a meeting's page belongs to that meeting and its body, keeps its own name, is found
by search, and is public only when the meeting is (not in the feed before)."""
from django.test import Client
from django.urls import reverse

from minutebook.store.models import Document


def _upload(clerk_in, meeting, name: str, text: str):
    from django.core.files.uploadedfile import SimpleUploadedFile

    f = SimpleUploadedFile(name, text.encode(), content_type="text/plain")
    return clerk_in.post(reverse("clerk-upload") + f"?meeting={meeting.pk}", {"files": f, "publish": "on"})


def test_an_upload_from_an_unpublished_meetings_page_stays_with_it(clerk_in, world):
    assert _upload(clerk_in, world.hidden, "appendix.txt", "Appendix words ulzq").status_code == 302
    doc = Document.objects.get(filename="appendix.txt")
    assert (doc.meeting, doc.body, doc.published) == (world.hidden, world.body, True)
    assert Client().get(reverse("document", args=[doc.pk])).status_code == 404
    assert "appendix.txt" not in Client().get(reverse("documents-atom")).content.decode()
    world.hidden.refresh_from_db()
    assert not world.hidden.published, "publishing the upload published its meeting"
    hits = clerk_in.get("/api/search", {"q": "ulzq"}).json()
    assert any(h.get("document_id") == doc.pk or doc.filename in str(h) for h in hits["results"]), hits
    world.hidden.published = True
    world.hidden.save()
    assert Client().get(reverse("document", args=[doc.pk])).status_code == 200

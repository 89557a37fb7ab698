"""A document that gives no meeting date is kept as a file, with a warning, and files no meeting."""
from minutebook.record import MeetingInfo, MinuteItem, MinutesRecord, ParsedDocument
from minutebook.store.models import Document, Meeting, Minute
from store_builders import store


def test_undated_minutes_are_kept_as_a_document_only(db):
    rec = MinutesRecord(body="Boughton Parish Council", meeting=MeetingInfo(),
                        items=[MinuteItem(number="1", title="APOLOGIES")])
    result = store(ParsedDocument(source="spring.md", sha256="0" * 64, records=[rec]), b"spring", "spring.md")
    assert result.status == "ingested"
    assert result.warnings == ["the document does not give the meeting date: stored the file only, with no meeting"]
    doc = Document.objects.get()
    assert doc.meeting is None and doc.body.name == "Boughton Parish Council" and doc.warnings == result.warnings
    assert not Meeting.objects.exists() and not Minute.objects.exists()
    again = store(ParsedDocument(source="spring.md", sha256="0" * 64, records=[rec]), b"spring", "spring.md")
    assert again.status == "unchanged"

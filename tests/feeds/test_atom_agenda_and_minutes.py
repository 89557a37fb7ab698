"""The Atom feed has an entry when a meeting's agenda or minutes become public (dated then, with the PDF),
none for draft minutes, and drops it when they are withdrawn."""
import datetime as dt
import xml.etree.ElementTree as ET

from minutebook.store.models import Meeting

ATOM = "{http://www.w3.org/2005/Atom}"


def _entries(client):
    root = ET.fromstring(client.get("/feeds/documents.atom").content)
    return {e.findtext(f"{ATOM}title"): e for e in root.iter(f"{ATOM}entry")}


def test_public_agendas_and_minutes_have_entries_draft_minutes_none(client, record):
    entries = _entries(client)
    minutes = entries["Minutes: Testham Community Safety Group, 13 July 2017"]
    assert "Agenda: Testham Community Safety Group, 12 October 2017" in entries      # agenda published
    assert "Minutes: Testham Community Safety Group, 12 October 2017" not in entries   # minutes not public
    enclosure = [link for link in minutes.findall(f"{ATOM}link") if link.get("rel") == "enclosure"][0]
    assert enclosure.get("href").endswith(f"/meetings/{record.public.pk}/minutes.pdf")
    assert enclosure.get("type") == "application/pdf"
    assert client.get(enclosure.get("href")).status_code == 200


def test_minutes_appear_when_published_and_approved_and_go_when_withdrawn(client, record):
    before = _entries(client)
    Meeting.objects.filter(pk=record.draft.pk).update(minutes_published=True)          # still a draft
    assert "Minutes: Testham Community Safety Group, 12 October 2017" not in _entries(client)
    Meeting.objects.filter(pk=record.draft.pk).update(minutes_status=Meeting.APPROVED)
    entry = _entries(client)["Minutes: Testham Community Safety Group, 12 October 2017"]
    updated = dt.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
    assert all(updated >= dt.datetime.fromisoformat(e.findtext(f"{ATOM}updated")) for e in before.values())
    Meeting.objects.filter(pk=record.draft.pk).update(minutes_published=False)
    assert "Minutes: Testham Community Safety Group, 12 October 2017" not in _entries(client)

"""/feeds/documents.atom lists only documents the public may see, even for a signed-in clerk."""
import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"


def _titles(client):
    response = client.get("/feeds/documents.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    return [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")], root


def _document_entries(root):
    return [e for e in root.iter(f"{ATOM}entry") if e.findtext(f"{ATOM}id").startswith("urn:sha256:")]


def test_atom_has_only_public_documents(client, record):
    _, root = _titles(client)
    assert [e.findtext(f"{ATOM}title") for e in _document_entries(root)] == ["BCU pathfinder report"]
    entry = _document_entries(root)[0]
    assert entry.find(f"{ATOM}link").get("href") == f"http://testserver/documents/{record.report.pk}/"
    assert entry.findtext(f"{ATOM}id").startswith("urn:sha256:")
    client.force_login(record.clerk)
    assert [e.findtext(f"{ATOM}title") for e in _document_entries(_titles(client)[1])] == ["BCU pathfinder report"]

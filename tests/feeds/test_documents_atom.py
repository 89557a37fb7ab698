"""/feeds/documents.atom lists only documents the public may see, even for a signed-in clerk."""
import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"


def _titles(client):
    response = client.get("/feeds/documents.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    return [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")], root


def test_atom_has_only_public_documents(client, record):
    titles, root = _titles(client)
    assert titles == ["BCU pathfinder report"]
    entry = next(root.iter(f"{ATOM}entry"))
    assert entry.find(f"{ATOM}link").get("href") == f"http://testserver/documents/{record.report.pk}/"
    assert entry.findtext(f"{ATOM}id").startswith("urn:sha256:")
    client.force_login(record.clerk)
    assert _titles(client)[0] == ["BCU pathfinder report"]

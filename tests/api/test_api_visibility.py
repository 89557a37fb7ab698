"""API reads show what the caller may see: the public gets published, non-exempt business only."""
from minutebook.web.models import ApiToken
from mb_records import DRAFT_WORD, EXEMPT_WORD, UNPUBLISHED_WORD


def _bearer(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(user)[1]}"}


def test_public_reads_hide_secrets(client, record):
    meetings = client.get("/api/meetings", {"limit": 100}).json()
    ids = {m["id"] for m in meetings["items"]}
    assert record.public.pk in ids and record.unpublished.pk not in ids
    assert client.get(f"/api/meetings/{record.unpublished.pk}").status_code == 404
    detail = client.get(f"/api/meetings/{record.public.pk}").json()
    assert [m["number"] for m in detail["minutes"]] == ["5"]
    assert [i["number"] for i in detail["agenda"]] == ["1"]
    assert [d["title"] for d in detail["documents"]] == ["BCU pathfinder report"]
    assert client.get(f"/api/meetings/{record.draft.pk}/minutes").json() == []
    docs = {d["id"] for d in client.get("/api/documents").json()["items"]}
    assert docs == {record.report.pk}
    assert client.get(f"/api/documents/{record.exempt_doc.pk}/download").status_code == 404
    download = client.get(f"/api/documents/{record.report.pk}/download")
    assert download.status_code == 200 and download.content == b"The BCU report: pathfinder evaluation and next steps."
    everything = b"".join(client.get(url).content for url in [
        "/api/meetings?limit=500", "/api/resolutions", "/api/actions", "/api/documents", "/api/ocd/events",
        f"/api/meetings/{record.public.pk}", f"/api/meetings/{record.draft.pk}", "/api/search?q=BCU"]).decode()
    for word in (EXEMPT_WORD, DRAFT_WORD, UNPUBLISHED_WORD):
        assert word not in everything


def test_clerk_token_reads_everything(client, record):
    auth = _bearer(record.clerk)
    detail = client.get(f"/api/meetings/{record.public.pk}", **auth).json()
    assert [m["number"] for m in detail["minutes"]] == ["5", "6"]
    assert client.get(f"/api/meetings/{record.unpublished.pk}", **auth).status_code == 200
    assert EXEMPT_WORD in client.get("/api/search", {"q": EXEMPT_WORD}, **auth).content.decode()


def test_bad_token_is_refused_even_for_reads(client, record):
    response = client.get("/api/meetings", HTTP_AUTHORIZATION="Bearer not-a-token")
    assert response.status_code == 401

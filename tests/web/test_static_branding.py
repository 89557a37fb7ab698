"""The shipped GOV.UK Frontend copy has no GDS Transport font, no crown, and pages use Arial."""
from pathlib import Path

from django.urls import reverse

STATIC = Path(__file__).resolve().parents[2] / "minutebook" / "web" / "static" / "web"


def test_css_has_no_gds_transport_or_crest():
    css = (STATIC / "govuk-frontend.min.css").read_text()
    assert "GDS Transport" not in css and "@font-face" not in css and "/assets/" not in css
    assert "font-family: Arial, Helvetica" in (STATIC / "site.css").read_text()


def test_pages_link_the_copy_and_have_no_crown(client, world):
    html = client.get("/").content.decode()
    assert "/static/web/govuk-frontend.min.css" in html
    assert "crown" not in html.lower() and "GOV.UK" not in html
    assert 'class="govuk-skip-link"' in html and 'id="main-content"' in html


def test_static_files_are_served(client):
    r = client.get("/static/web/site.css")
    assert r.status_code == 200
    assert client.get("/static/web/htmx.min.js").status_code == 200

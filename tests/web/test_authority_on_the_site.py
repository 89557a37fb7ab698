"""The site shows the deployment's authority: its name in the header and the footer, its logo served from
/authority-logo; a logo that cannot be used stops the deployment checks with a one-line message."""
import pytest
from django.core import management
from django.core.management.base import SystemCheckError

AUTHORITY = "London Borough of Testham"


@pytest.mark.django_db
def test_header_and_footer_name_the_authority_and_show_its_logo(client, monkeypatch, logo_png):
    logo = logo_png
    monkeypatch.setenv("MINUTEBOOK_AUTHORITY", AUTHORITY)
    monkeypatch.setenv("MINUTEBOOK_AUTHORITY_LOGO", str(logo))
    page = client.get("/").content.decode()
    assert f'<span class="mb-header__authority">{AUTHORITY}</span>' in page
    assert f"Published by {AUTHORITY}." in page
    assert 'src="/authority-logo"' in page
    answer = client.get("/authority-logo")
    assert answer.status_code == 200 and answer["Content-Type"] == "image/png"
    assert answer.content == logo.read_bytes()


@pytest.mark.django_db
def test_no_logo_set_is_404_and_no_image_in_the_header(client, monkeypatch):
    monkeypatch.delenv("MINUTEBOOK_AUTHORITY_LOGO", raising=False)
    monkeypatch.delenv("MINUTEBOOK_AUTHORITY", raising=False)
    assert client.get("/authority-logo").status_code == 404
    assert "mb-header__logo" not in client.get("/").content.decode()


def test_an_unusable_logo_fails_the_checks(monkeypatch, tmp_path):
    bad = tmp_path / "logo.svg"
    bad.write_text("<svg/>")
    monkeypatch.setenv("MINUTEBOOK_AUTHORITY_LOGO", str(bad))
    with pytest.raises(SystemCheckError, match="not a PNG or JPEG file"):
        management.call_command("check")

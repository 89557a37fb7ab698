"""The authority's identity, set by the deployment (MINUTEBOOK_AUTHORITY, MINUTEBOOK_AUTHORITY_LOGO), is on
every paper made from the record: the agenda (in the contact box), the minutes, the Matters Arising report's
cover sheet, in PDF and Word, with the logo described for screen readers; a body's own organisation name wins."""
import io

import docx
import pypdf
import pytest

from minutebook import identity

AUTHORITY = "London Borough of Testham"


@pytest.fixture
def deployment(monkeypatch, logo_png):
    monkeypatch.setenv("MINUTEBOOK_AUTHORITY", AUTHORITY)
    monkeypatch.setenv("MINUTEBOOK_AUTHORITY_LOGO", str(logo_png))
    return logo_png


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def pdf_images(data: bytes) -> int:
    return sum(len(p.images) for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def papers(body, date, minutes_date):
    from minutebook.documents import render
    from minutebook.store.cycle import agenda, body_options, matters_arising, minutes

    opts = body_options(body)
    return {"agenda": lambda fmt: render(agenda(body, date), fmt, **opts),
            "minutes": lambda fmt: render(minutes(body, minutes_date), fmt, **opts),
            "matters arising": lambda fmt: render(matters_arising(body, date), fmt, **opts)}



@pytest.mark.django_db
def test_every_paper_names_the_authority_and_carries_its_logo(seeded, deployment):
    import datetime as dt

    from minutebook.store.models import Body

    body = Body.objects.get(name__icontains="Safer Bromley")
    for name, make in papers(body, dt.date(2018, 3, 8), dt.date(2017, 12, 19)).items():
        pdf = make("pdf")
        assert AUTHORITY in pdf_text(pdf), name
        assert pdf_images(pdf) >= 1, f"{name}: no logo in the PDF"
        word = docx.Document(io.BytesIO(make("docx")))
        text = "\n".join(p.text for p in word.paragraphs) + "\n".join(
            c.text for t in word.tables for row in t.rows for c in row.cells)
        assert AUTHORITY in text, name
        described = [el.get("descr") for el in word.element.body.iter() if el.tag.endswith("}docPr")]
        assert described == [f"Logo of {AUTHORITY}"], name
        assert f'alt="Logo of {AUTHORITY}"' in make("html"), name


@pytest.mark.django_db
def test_a_bodys_own_organisation_is_printed_instead(seeded, deployment):
    import datetime as dt

    from minutebook.documents import render
    from minutebook.store.cycle import agenda, body_options
    from minutebook.store.models import Body

    body = Body.objects.get(name__icontains="Safer Bromley")
    body.organisation_name = "Testham Partnership Trust"
    body.save()
    text = pdf_text(render(agenda(body, dt.date(2018, 3, 8)), "pdf", **body_options(body)))
    assert "Testham Partnership Trust" in text and AUTHORITY not in text


def test_no_identity_set_prints_none(monkeypatch):
    monkeypatch.delenv("MINUTEBOOK_AUTHORITY", raising=False)
    monkeypatch.delenv("MINUTEBOOK_AUTHORITY_LOGO", raising=False)
    who = identity.current()
    assert who.name == "" and who.logo_data_uri is None
    assert identity.organisation_for("", who) is None


@pytest.mark.parametrize("content, message", [
    (b"GIF89a not a png", "not a PNG or JPEG file"),
    (b"\x89PNG\r\n\x1a\n" + b"0" * (identity.MAX_LOGO_BYTES + 1), "a logo may be at most 1,000,000"),
])
def test_a_logo_that_cannot_be_used_is_one_line(tmp_path, content, message):
    path = tmp_path / "logo.png"
    path.write_bytes(content)
    with pytest.raises(identity.IdentityError) as caught:
        identity.current({"MINUTEBOOK_AUTHORITY_LOGO": str(path)})
    assert message in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(identity.IdentityError, match="no such file"):
        identity.current({"MINUTEBOOK_AUTHORITY_LOGO": str(tmp_path / "missing.png")})

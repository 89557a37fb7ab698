"""axe-core finds no WCAG 2.2 AA violations on the main public pages (and the signed-in ones); the pages
work without JavaScript; the font is Arial, with no GDS Transport loaded."""
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def public_pages():
    from minutebook.store.models import Body, Meeting, Organisation, Person

    meeting = Meeting.objects.filter(minutes_published=True).order_by("-date").first()
    body = meeting.body
    person = Person.objects.filter(attendance__meeting=meeting).order_by("name").first()
    organisation = Organisation.objects.filter(attendance__isnull=False).distinct().first() \
        or Organisation.objects.first()
    return {
        "home": "/", "body": f"/bodies/{body.slug}/", "meeting": f"/meetings/{meeting.pk}/",
        "person": f"/people/{person.slug}/", "organisation": f"/organisations/{organisation.slug}/",
        "actions": "/actions/", "search": "/search?q=police", "calendar": "/meetings/",
        "sub-group": f"/bodies/{Body.objects.filter(parent=body).first().slug}/",
    }


def inject_axe(page) -> None:
    """axe-core through DevTools, as an extension would: the site's Content-Security-Policy refuses
    inline scripts, as it should, so a <script> tag with axe in it would not run."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")


def axe_problems(page, paths) -> dict:
    problems = {}
    for path in paths:
        response = page.goto(path)
        assert response.status == 200, path
        inject_axe(page)
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
        violations = [f"{v['id']} ({v['impact']}): {v['help']} – "
                      + "; ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"])
                                  for n in v["nodes"][:3])
                      for v in result["violations"]]
        if violations:
            problems[path] = violations
        assert result["passes"], f"axe ran no checks on {path}"
    return problems


def report(problems) -> str:
    return "\n".join(f"{p}:\n  " + "\n  ".join(v) for p, v in problems.items())


def test_main_public_pages_have_no_violations(browser_page, demo_site):
    if not AXE.exists():
        pytest.fail(f"axe-core is missing: {AXE}")
    page = browser_page
    fonts = []
    page.on("request", lambda r: fonts.append(r.url) if r.resource_type == "font" else None)
    problems = axe_problems(page, public_pages().values())
    assert not problems, report(problems)
    # Arial/Helvetica throughout, and no GDS Transport (or any web font) is fetched
    assert page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily").lower().startswith("arial")
    assert not fonts


def test_signed_in_pages_have_no_violations(browser_page, demo_site):
    from browserkit import sign_in, sign_out
    from minutebook.store.models import Meeting

    meeting = Meeting.objects.filter(minutes_published=True).order_by("-date").first()
    page = browser_page
    sign_in(page, "terry", "terry-pass-123")
    problems = axe_problems(page, ["/my/actions/"])
    sign_out(page)
    sign_in(page, "clerk", "clerk-pass-123")
    problems.update(axe_problems(page, ["/clerk/", f"/clerk/meetings/{meeting.pk}/",
                                        f"/clerk/meetings/{meeting.pk}/minutes", f"/clerk/meetings/{meeting.pk}/attendance",
                                        "/clerk/upload", "/clerk/users"]))
    assert not problems, report(problems)


def test_pages_work_without_javascript(chromium, live_server, demo_site):
    context = chromium.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    try:
        for name, path in public_pages().items():
            response = page.goto(path)
            assert response.status == 200, path
            assert page.locator("h1").count() == 1, path
        page.goto("/actions/")
        page.select_option("#id_status", "live")
        page.click("button:has-text('Filter actions')")
        assert "status=live" in page.url
    finally:
        context.close()

"""/api/docs (Swagger UI from local files) has no WCAG 2.2 AA violations, closed and with an operation open."""
import pytest

from test_accessibility import TAGS, inject_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _violations(page) -> list[str]:
    inject_axe(page)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    assert result["passes"]
    return [f"{v['id']}: {[n['target'] for n in v['nodes'][:3]]}" for v in result["violations"]]


def test_api_docs_have_no_violations(browser_page, demo_site):
    page = browser_page
    assert page.goto("/api/docs").status == 200
    page.wait_for_selector(".opblock-summary-control", timeout=15000)
    assert page.evaluate("document.documentElement.lang") == "en"
    assert not _violations(page)
    page.locator(".opblock-summary-control").first.click()      # an operation open: parameters, responses
    page.wait_for_selector(".opblock-body", timeout=5000)
    assert not _violations(page)

"""The site's scripts (GOV.UK Frontend, htmx, Swagger UI at /api/docs) all run under the
Content-Security-Policy, and the browser reports no violation."""
import pytest

from browserkit import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_pages_run_their_scripts_under_the_policy(browser_page, demo_site):
    page = browser_page
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto("/actions/")
    assert page.evaluate("document.body.classList.contains('govuk-frontend-supported')")
    assert page.evaluate("typeof htmx") == "object"
    page.wait_for_selector("[data-govuk-button-init]", state="attached")      # GOV.UK Frontend's initAll ran
    page.select_option("#id_status", "live")
    page.click("button:has-text('Filter actions')")
    page.wait_for_url("**status=live**")
    sign_in(page, "clerk", "clerk-pass-123")
    page.goto("/clerk/")
    page.goto("/api/docs")
    page.wait_for_selector(".opblock-summary-control", timeout=15000)
    assert not violations, violations

"""The referral hub's journey in Debian's chromium: a police officer refers an offence in Bromley, the
coordinator screens it, it goes to the South East spoke and its practitioner with most free capacity, who
assesses it; the supervisor reviews the risk; both parties consent; shuttle mediation; an outcome agreement;
closure with both questionnaires. The referrer sees each status and gets an e-mail at each change (a real
SMTP server started here). A self-referral from the public form reaches the coordinator's queue."""
import sys
from pathlib import Path

import pytest

from browserkit import sign_in, sign_out

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hub"))
import smtp as smtpmod  # noqa: E402
from hubworld import PASSWORD, make_hub, parties, referral_fields  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LABELS = ["Received: waiting to be screened", "Allocated: assessment", "Risk assessment with the supervisor",
          "Preparation", "Intervention", "Outcome agreement", "Follow-up", "Closed: completed"]


@pytest.fixture
def inbox(fast_settings):
    controller, inbox = smtpmod.start()
    fast_settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    fast_settings.EMAIL_HOST, fast_settings.EMAIL_PORT, fast_settings.EMAIL_USE_TLS = "127.0.0.1", controller.port, False
    yield inbox
    controller.stop()


def open_case(page, purpose):
    page.get_by_label(purpose).check()
    page.click("button:has-text('Open the case')")


def stage(page):
    return page.locator("#stage").inner_text()


def test_bromley_referral_from_intake_to_closure(browser_page, inbox, django_user_model):
    from minutebook.hub import workflow as W

    hub = make_hub(django_user_model)
    # the second South East practitioner already has 10 open cases: the first has more free capacity
    for i in range(10):
        r = W.intake(hub.service, referral_fields(hub, referrer_email="other@met.example.org", crime_reference=f"f{i}"),
                     parties(f"Filler {i}"), user=None)
        W.allocate(r, hub.coordinator, practitioner=hub.se2, reason="earlier cases")
    page = browser_page

    # the police officer refers an offence in Bromley
    sign_in(page, "pc-jones", PASSWORD)
    page.goto("/hub/refer")
    page.select_option("#id_agency", label="Metropolitan Police Service")
    page.fill("#id_offence_type", "Burglary")
    page.fill("#id_offence_date", "2018-01-03")
    page.fill("#id_reported_date", "2018-01-03")
    page.fill("#id_crime_reference", "01/555/18")
    page.select_option("#id_offence_area", "Bromley")
    page.select_option("#id_home_area", "Bromley")
    page.select_option("#id_cj_stage", "charged")
    page.fill("#id_summary", "Shed broken into; tools taken.")
    page.select_option("#id_p_role", "victim")
    page.fill("#id_p_name", "Vera Victim")
    page.fill("#id_p_phone", "020 7946 0000")
    page.select_option("#id_p_safe_to_contact", "yes")
    page.select_option("#id_p_contact_by", "phone")
    page.fill("#id_o_name", "Owen Offender")
    page.click("button:has-text('Send the referral')")
    assert "is received" in page.locator(".govuk-notification-banner").inner_text()
    reference = page.locator("h2.govuk-heading-m").first.inner_text().split(":")[0]
    assert page.locator(f"[data-status='received']").first.is_visible()
    sign_out(page)

    # the coordinator screens it: it goes to South East and its practitioner with most free capacity
    sign_in(page, "hub-coordinator", PASSWORD)
    page.goto("/hub/queue")
    page.click(f"a:has-text('{reference}')")
    assert "Vera Victim" not in page.content()          # the purpose first
    open_case(page, "Screening and allocation")
    assert page.locator("text=The offence took place in Bromley, in London.").is_visible()
    page.select_option("#direct_victim", "yes")
    page.select_option("#offender_admits", "yes")
    page.click("button:has-text('Screen and allocate')")
    assert stage(page) == "Allocated: assessment"
    assert page.locator("#allocated").inner_text() == "South East: South East Practitioner One"
    sign_out(page)

    # the practitioner assesses it
    sign_in(page, "se-practitioner-1", PASSWORD)
    page.goto("/hub/cases/")
    page.click(f"a:has-text('{reference}')")
    open_case(page, "Working the case")
    page.fill("#assessment-text", "Spoke to the victim, who wants to hear why.")
    page.fill("#risk-text", "No history of violence; shuttle mediation first.")
    page.select_option("#risk-level", "low")
    page.click("button:has-text('Send the risk assessment to the supervisor')")
    assert stage(page) == "Risk assessment with the supervisor"
    sign_out(page)

    # the supervisor reviews the risk
    sign_in(page, "se-supervisor", PASSWORD)
    page.goto("/hub/review")
    page.click(f"a:has-text('{reference}')")
    open_case(page, "Case supervision")
    page.check("#review-approve")
    page.fill("#review-note", "Agreed: low risk.")
    page.click("button:has-text('Record the review')")
    assert stage(page) == "Preparation"
    sign_out(page)

    # both consent; shuttle mediation; the outcome agreement; both questionnaires; closure
    sign_in(page, "se-practitioner-1", PASSWORD)
    page.goto("/hub/cases/")
    page.click(f"a:has-text('{reference}')")
    open_case(page, "Working the case")
    for name in ("Vera Victim", "Owen Offender"):
        page.select_option("#consent-party", label=name)
        page.select_option("#consent-purpose", "take_part")
        page.select_option("#consent-state", "given")
        page.click("button:has-text('Record the consent')")
        assert f"Consent recorded for {name}" in page.locator(".govuk-notification-banner").inner_text()
    page.select_option("#intervention-kind", "shuttle")
    page.select_option("#intervention-mode", "indirect")
    page.click("button:has-text('Arrange the intervention')")
    assert stage(page) == "Intervention"
    page.fill("#held-note", "Three exchanges through the practitioner.")
    page.click("button:has-text('Record that it took place')")
    assert stage(page) == "Outcome agreement"
    page.fill("#agreement-summary", "An apology and repair.")
    page.fill("#item-1-text", "Repair the shed door")
    page.fill("#item-1-owner", "Owen Offender")
    page.fill("#item-1-due", "2018-03-01")
    page.fill("#item-2-text", "Write a letter of apology")
    page.fill("#item-2-owner", "Owen Offender")
    page.click("button:has-text('Record the outcome agreement')")
    assert stage(page) == "Follow-up"
    page.select_option("#q" + page.locator("form[aria-label='Questionnaire of Vera Victim'] input[name=party]")
                       .get_attribute("value") + "-satisfaction", "5")
    page.click("button:has-text('Record the questionnaire of Vera Victim')")
    form = page.locator("form[aria-label='Questionnaire of Owen Offender']")
    form.locator("select[name=satisfaction]").select_option("4")
    form.locator("button").click()
    page.click("button:has-text('Close the case')")
    assert stage(page) == "Closed: completed"
    sign_out(page)

    # the referrer saw every status, and got an e-mail at each change
    sign_in(page, "pc-jones", PASSWORD)
    page.goto("/hub/referrals/mine")
    section = page.locator("section", has_text=reference)
    history = section.locator("tbody tr td:nth-child(2)").all_inner_texts()
    assert history == LABELS
    text = section.inner_text()
    for secret in ("Spoke to the victim", "No history of violence", "Repair the shed door", "Vera Victim"):
        assert secret not in text
    mail = inbox.wait_for("pc.jones@met.example.org", len(LABELS))
    assert [m["subject"] for m in mail] == [f"Referral {reference}: {label}" for label in LABELS]
    assert all("Repair the shed door" not in m["body"] and "Vera" not in m["body"] for m in mail)
    sign_out(page)

    # a victim refers themselves from the public form: it reaches the coordinator's queue
    page.goto("/hub/self-referral")
    page.fill("#id_name", "Sally Self")
    page.select_option("#id_contact_by", "email")
    page.fill("#id_email", "sally@example.org")
    page.fill("#id_offence_type", "Harassment")
    page.select_option("#id_offence_area", "Croydon")
    page.select_option("#id_home_area", "Croydon")
    page.check("#id_reported_0")
    page.click("main button:has-text('Send')")
    assert page.locator("h1").inner_text() == "Your referral is sent"
    sign_in(page, "hub-coordinator", PASSWORD)
    page.goto("/hub/queue")
    row = page.locator("tr", has_text="Self-referral")
    assert row.count() == 1 and "Harassment, Croydon" in row.inner_text()

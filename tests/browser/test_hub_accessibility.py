"""axe-core finds no WCAG 2.2 AA violations on the referral hub's pages, for each role."""
import datetime as dt
import sys
from pathlib import Path

import pytest

from browserkit import sign_in, sign_out
from test_accessibility import AXE, axe_problems, inject_axe, report

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hub"))
from hubworld import PASSWORD, make_hub, parties, referral_fields  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def violations_here(page) -> list[str]:
    from test_accessibility import TAGS

    inject_axe(page)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    return [f"{v['id']}: {v['help']}" for v in result["violations"]]


def give_purpose(page, pk):
    page.goto(f"/hub/referrals/{pk}/")
    page.get_by_label("Working the case").check()
    page.click("button:has-text('Open the case')")


def test_hub_pages_have_no_violations(browser_page, fast_settings, django_user_model):
    from minutebook.hub import workflow as W
    from minutebook.hub.rules import stages as S

    if not AXE.exists():
        pytest.fail(f"axe-core is missing: {AXE}")
    hub = make_hub(django_user_model)
    today = dt.date(2018, 1, 10)
    fresh = W.intake(hub.service, referral_fields(hub), parties(), user=hub.officer)
    worked = W.screen(W.intake(hub.service, referral_fields(hub, crime_reference="b"), parties("Bea Victim"),
                               user=hub.officer), hub.coordinator, "yes", "yes")
    worked = W.submit_risk(worked, worked.case.practitioner.user, "Seen.", "Low.", "low")
    review = W.screen(W.intake(hub.service, referral_fields(hub, crime_reference="c"), parties("Cy Victim"),
                               user=hub.officer), hub.coordinator, "yes", "yes")
    review = W.submit_risk(review, review.case.practitioner.user, "Seen.", "Low.", "low")
    worked = W.review_risk(worked, hub.se_supervisor.user, True, "ok")
    for p in worked.parties.all():
        W.record_consent(p, worked.case.practitioner.user, "take_part", "given", today)
    for step in ("start", "held", "agreement"):
        user = worked.case.practitioner.user
        if step == "start":
            worked = W.start_intervention(worked, user, S.SHUTTLE, S.INDIRECT, None)
        elif step == "held":
            worked = W.intervention_held(worked, user, today)
        else:
            worked = W.record_agreement(worked, user, today, "", [{"text": "Apologise", "owner": "Owen"}])
    practitioner = worked.case.practitioner.user.username
    page = browser_page

    problems = axe_problems(page, ["/hub/", "/hub/self-referral"])
    page.goto("/hub/self-referral")
    page.click("main button:has-text('Send')")                  # the error summary
    assert page.locator(".govuk-error-summary").is_visible()
    problems.update({"/hub/self-referral (errors)": violations_here(page)})
    sign_in(page, "pc-jones", PASSWORD)
    problems.update(axe_problems(page, ["/hub/refer", "/hub/referrals/mine"]))
    sign_out(page)
    sign_in(page, "hub-coordinator", PASSWORD)
    problems.update(axe_problems(page, ["/hub/queue", f"/hub/referrals/{fresh.pk}/"]))
    give_purpose(page, fresh.pk)
    problems.update(axe_problems(page, [f"/hub/referrals/{fresh.pk}/"]))
    sign_out(page)
    sign_in(page, practitioner, PASSWORD)
    give_purpose(page, worked.pk)
    problems.update(axe_problems(page, ["/hub/cases/", f"/hub/referrals/{worked.pk}/"]))
    sign_out(page)
    sign_in(page, "se-supervisor", PASSWORD)
    give_purpose(page, review.pk)
    problems.update(axe_problems(page, ["/hub/review", f"/hub/referrals/{review.pk}/"]))
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, report(problems)

"""Referrals in through the pages and the API; the public self-referral (CSRF, throttled, never public)."""
from django.core.cache import cache
from django.test import Client

from minutebook.hub.models import Referral
from minutebook.hub.rules import stages as S
from minutebook.web.models import ApiToken


def form(hub, **kw):
    data = {"agency": hub.police.pk, "offence_type": "Criminal damage", "offence_date": "2018-01-03",
            "reported_date": "2018-01-03", "crime_reference": "01/999/18", "offence_area": "Bromley",
            "home_area": "Bromley", "cj_stage": "community_resolution", "summary": "Window broken.",
            "p_role": "victim", "p_name": "Wendy Window", "p_phone": "07700 900123", "p_safe_to_contact": "yes",
            "p_contact_by": "phone", "o_name": "Ollie Other"}
    data.update(kw)
    return data


def test_a_referrer_refers_through_the_form(hub):
    client = Client()
    client.force_login(hub.officer)
    r = client.post("/hub/refer", form(hub))
    assert r.status_code == 302 and r["Location"] == "/hub/referrals/mine"
    referral = Referral.objects.get()
    assert referral.referrer == hub.officer and referral.status == S.RECEIVED
    assert [p.name for p in referral.parties.all()] == ["Wendy Window", "Ollie Other"]
    bad = client.post("/hub/refer", form(hub, offence_date="2999-01-01", p_name=""))
    assert bad.status_code == 200 and "cannot be in the future" in bad.content.decode()
    assert Referral.objects.count() == 1


def test_only_referrers_refer(hub):
    client = Client()
    client.force_login(hub.nw1.user)
    assert client.get("/hub/refer").status_code == 404
    assert client.post("/hub/refer", form(hub)).status_code == 404
    assert not Referral.objects.exists()


def test_the_api_takes_a_referral_with_a_referrers_token(hub):
    _, token = ApiToken.issue(hub.officer)
    body = {"agency": "Metropolitan Police Service", "offence_type": "Theft", "offence_area": "Bromley",
            "cj_stage": "charged", "parties": [{"role": "victim", "name": "Tina Theft"}, {"role": "offender"}]}
    r = Client().post("/api/hub/referrals", body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert r.status_code == 201, r.content
    assert r.json()["status"] == "received"
    assert Client().post("/api/hub/referrals", body, content_type="application/json").status_code == 401
    _, nw_token = ApiToken.issue(hub.nw1.user)
    assert Client().post("/api/hub/referrals", body, content_type="application/json",
                         HTTP_AUTHORIZATION=f"Bearer {nw_token}").status_code == 403
    bad = Client().post("/api/hub/referrals", {**body, "cj_stage": "whenever"}, content_type="application/json",
                        HTTP_AUTHORIZATION=f"Bearer {token}")
    assert bad.status_code == 422


def self_form(**kw):
    data = {"name": "Sally Self", "email": "sally@example.org", "contact_by": "email", "offence_type": "Harassment",
            "offence_area": "Croydon", "home_area": "Croydon", "reported": "no", "summary": "Messages every night."}
    data.update(kw)
    return data


def test_a_victim_refers_themselves_and_it_reaches_the_coordinators_queue(hub):
    cache.clear()
    r = Client().post("/hub/self-referral", self_form())
    assert r.status_code == 302
    referral = Referral.objects.get()
    assert referral.self_referral and referral.referrer is None and referral.cj_stage == "never_reported"
    assert referral.reported_date is None
    coordinator = Client()
    coordinator.force_login(hub.coordinator)
    assert referral.reference in coordinator.get("/hub/queue").content.decode()
    assert "Self-referral" in coordinator.get("/hub/queue").content.decode()
    # nothing of it is public: not in search, not in the API, not at its address
    public = Client()
    for path in ["/search?q=night", "/search?q=Harassment", f"/hub/referrals/{referral.pk}/", "/api/hub/queue",
                 f"/api/hub/cases/{referral.pk}?purpose=x", "/api/search?q=night", "/api/search?q=harassment"]:
        r = public.get(path)
        assert b"Sally" not in r.content and b"Messages every night" not in r.content, path
        assert referral.reference.encode() not in r.content, path


def test_self_referral_needs_the_csrf_token_and_is_throttled(hub):
    cache.clear()
    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/hub/self-referral", self_form()).status_code == 403
    client = Client()
    for i in range(5):
        assert client.post("/hub/self-referral", self_form(name=f"Person {i}")).status_code == 302
    r = client.post("/hub/self-referral", self_form(name="Person 6"))
    assert r.status_code == 429 and "Too many referrals" in r.content.decode()
    assert Referral.objects.count() == 5


def test_self_referral_with_missing_contact_says_what_to_fix(hub):
    cache.clear()
    r = Client().post("/hub/self-referral", self_form(email="", contact_by="email"))
    assert r.status_code == 200 and "Enter your e-mail address" in r.content.decode()
    assert not Referral.objects.exists()


def test_coordinator_screens_and_allocates_on_the_page_and_sees_spoke_full(hub, refer):
    from minutebook.hub.models import Practitioner

    r = refer()
    client = Client()
    client.force_login(hub.coordinator)
    client.post(f"/hub/referrals/{r.pk}/", {"purpose": "Screening and allocation"})
    client.post(f"/hub/referrals/{r.pk}/do/screen", {"direct_victim": "yes", "offender_admits": "yes"})
    r.refresh_from_db()
    assert r.status == S.ASSESSMENT and r.case.practitioner == hub.se2
    Practitioner.objects.filter(spoke__slug="south-east").update(capacity=0)
    full = refer(crime_reference="other", parties=None)
    client.post(f"/hub/referrals/{full.pk}/", {"purpose": "Screening and allocation"})
    client.post(f"/hub/referrals/{full.pk}/do/screen", {"direct_victim": "yes", "offender_admits": "yes"})
    page = client.get("/hub/queue").content.decode()
    assert full.reference in page and "Spoke full" in page
    assert "every practitioner is at capacity" in page
    api = client.get("/api/hub/queue").json()
    assert api[0]["reference"] == full.reference and api[0]["status"] == "waiting"

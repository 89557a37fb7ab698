"""A person's details are corrected with a reason; the change is a case event and an access-log entry naming
the fields (not the wrong values), and a correction with no reason, or of a field that is not theirs, is refused."""
import pytest
from django.test import Client

from minutebook.hub import privacy
from minutebook.hub import workflow as W
from minutebook.hub.models import AccessLog, CaseEvent, Party


def test_correcting_a_phone_number_and_name_is_logged(hub, refer):
    r = W.screen(refer(), hub.coordinator, direct_victim="yes", offender_admits="yes")
    victim = r.parties.get(role=Party.VICTIM)
    changed = privacy.rectify(victim, hub.coordinator, {"phone": "020 7946 0999", "name": "Vera Victor",
                                                        "email": victim.email}, "She rang to correct them")
    assert changed == ["name", "phone"]
    victim.refresh_from_db()
    assert (victim.name, victim.phone) == ("Vera Victor", "020 7946 0999")
    event = CaseEvent.objects.filter(referral=r, what__startswith="Personal data corrected").get()
    assert event.what == "Personal data corrected (victim): name, phone" and event.reason == "She rang to correct them"
    log = AccessLog.objects.get(referral=r, action="rectify")
    assert log.user == hub.coordinator and "She rang to correct them (name, phone)" == log.purpose
    assert "0000" not in event.what + event.reason + log.purpose                # the wrong number is not kept
    assert "vera victor" in r.__class__.objects.get(pk=r.pk).duplicate_key


def test_a_correction_needs_a_reason_and_a_field_of_theirs(hub, refer):
    r = refer()
    victim = r.parties.get(role=Party.VICTIM)
    with pytest.raises(privacy.PrivacyError, match="reason"):
        privacy.rectify(victim, hub.coordinator, {"phone": "1"}, " ")
    with pytest.raises(privacy.PrivacyError, match="role cannot be corrected"):
        privacy.rectify(victim, hub.coordinator, {"role": "offender"}, "asked")
    with pytest.raises(privacy.PrivacyError, match="nothing is different"):
        privacy.rectify(victim, hub.coordinator, {"phone": victim.phone}, "asked")
    assert not AccessLog.objects.filter(action="rectify").exists()


def test_the_practitioner_corrects_it_from_the_case_page(hub, refer):
    r = W.screen(refer(), hub.coordinator, direct_victim="yes", offender_admits="yes")
    victim = r.parties.get(role=Party.VICTIM)
    c = Client()
    c.force_login(r.case.practitioner.user)
    c.post(f"/hub/referrals/{r.pk}/", {"purpose": "other", "other": "correcting details"})
    page = c.get(f"/hub/referrals/{r.pk}/").content.decode()
    assert f'id="rectify-{victim.pk}"' in page
    c.post(f"/hub/referrals/{r.pk}/do/rectify", {"party": victim.pk, "field": "email", "value": "vera.new@example.org",
                                                 "reason": "New address given on the phone"})
    victim.refresh_from_db()
    assert victim.email == "vera.new@example.org"
    assert AccessLog.objects.filter(referral=r, action="rectify", user=r.case.practitioner.user).exists()

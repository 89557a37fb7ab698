"""The referrer sees status and dates only: no case notes on their page, in the API or in the e-mail."""
import datetime as dt

from django.test import Client

from minutebook.hub import workflow as W
from minutebook.hub.rules import stages as S

NOTES = ["Shed broken into", "Met both parties at home", "Dog in the house", "Exchanged three letters",
         "Repair the shed door", "Vera Victim", "Owen Offender", "020 7946 0000"]


def test_referrers_page_holds_no_case_notes(hub, refer):
    r = W.screen(refer(), hub.coordinator, direct_victim="yes", offender_admits="yes", note="checked PNC")
    r = W.submit_risk(r, hub.se2.user, "Met both parties at home", "Dog in the house", "low")
    r = W.review_risk(r, hub.se_supervisor.user, True, "ok")
    for p in r.parties.all():
        W.record_consent(p, hub.se2.user, "take_part", "given", dt.date(2018, 1, 9))
    r = W.start_intervention(r, hub.se2.user, S.SHUTTLE, S.INDIRECT, None)
    r = W.intervention_held(r, hub.se2.user, dt.date(2018, 1, 9), "Exchanged three letters")
    W.record_agreement(r, hub.se2.user, dt.date(2018, 1, 9), "", [{"text": "Repair the shed door", "owner": "Owen"}])
    client = Client()
    client.force_login(hub.officer)
    page = client.get("/hub/referrals/mine").content.decode()
    assert r.reference in page and "Follow-up" in page and "Allocated: assessment" in page
    api = client.get("/api/hub/referrals/mine").content.decode()
    assert r.reference in api and "follow_up" in api
    for text in NOTES + ["checked PNC"]:
        assert text not in page and text not in api, text
    # another referrer sees none of it
    from django.contrib.auth.models import Group, User
    other = User.objects.create_user("pc-other", "o@met.example.org", "x-pass-123456")
    other.groups.add(Group.objects.get(name="referrer"))
    client.force_login(other)
    assert r.reference not in client.get("/hub/referrals/mine").content.decode()
    assert client.get("/api/hub/referrals/mine").json() == []
    assert client.get(f"/hub/referrals/{r.pk}/").status_code == 404

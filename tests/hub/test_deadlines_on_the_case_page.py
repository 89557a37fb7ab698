"""The case page shows the referral's Victims' Code deadlines, and the practitioner records the first contact there."""
import datetime as dt

from django.test import Client
from django.utils import timezone

from minutebook.hub import workflow as W
from minutebook.hub.models import Case


def test_case_page_shows_the_deadlines_and_takes_the_first_contact(hub, refer):
    today = timezone.localdate()
    reported = today - dt.timedelta(days=40)
    r = W.screen(refer(reported_date=reported, informed_date=reported, enhanced_rights=True,
                       asked_date=today - dt.timedelta(days=30)),
                 hub.coordinator, direct_victim="yes", offender_admits="yes")
    Case.objects.filter(referral=r).update(opened=timezone.now() - dt.timedelta(days=21))
    client = Client()
    client.force_login(r.case.practitioner.user)
    client.post(f"/hub/referrals/{r.pk}/", {"purpose": "other", "other": "calling the victim"})
    page = client.get(f"/hub/referrals/{r.pk}/").content.decode()
    rows = {kind: page.split(f'data-deadline="{kind}"')[1].split("</tr>")[0]
            for kind in ("information", "referral", "first_contact")}
    assert 'data-state="met"' in rows["information"]          # told the day it was reported
    assert 'data-state="missed"' in rows["referral"]           # received 30 days after the victim asked
    assert 'data-state="overdue"' in rows["first_contact"]
    party = r.parties.first()
    client.post(f"/hub/referrals/{r.pk}/do/first_contact", {"party": party.pk, "how": "telephone",
                                                              "on": today.isoformat()})
    page = client.get(f"/hub/referrals/{r.pk}/").content.decode()
    row = page.split('data-deadline="first_contact"')[1].split("</tr>")[0]
    assert 'data-state="missed"' in row and "working days late" in row
    assert 'id="first_contact"' not in page                   # recorded once

"""A subject-access export is one file with everything held on one person, in every referral they are in (their
details, the case, events, consents, sharing, questionnaires, messages, the access log), and nothing on anyone else."""
import json

from django.test import Client

from hubworld import parties, whole_case
from minutebook.hub import privacy
from minutebook.hub.models import AccessLog, Party


def victim_in(r):
    return r.parties.get(role=Party.VICTIM)


def test_export_holds_everything_on_the_person_across_referrals_and_nothing_on_anyone_else(hub, refer):
    first = whole_case(hub, refer)
    second = refer(crime_reference="second", parties=parties(offender="Olly Other"))       # same Vera, same e-mail
    namesake = refer(crime_reference="third", parties=[dict(role="victim", name="Vera Victim",
                                                            email="another.vera@example.org", phone="01632 960000"),
                                                       dict(role="offender", name="Nina Neighbour")])
    stranger = refer(crime_reference="fourth", parties=parties("Stan Stranger", "Fred Foe"))
    data = privacy.subject_access(victim_in(first), hub.coordinator, "Vera asked for her data")
    text = json.dumps(data)
    assert [x["reference"] for x in data["referrals"]] == [first.reference, second.reference]
    one = data["referrals"][0]
    assert one["you"]["name"] == "Vera Victim" and one["you"]["phone"] == "020 7946 0000"
    assert one["case"]["agreement"]["items"][0]["text"] == "Repair the shed door"
    assert [q["satisfaction"] for q in one["questionnaires"]] == [5]               # hers only
    assert {c["purpose"] for c in one["consents"]} == {"take_part", "share"}
    assert one["sharing"][0]["agency"] == "Victim Support"
    assert any(e["status"] == "Closed: completed" for e in one["events"])
    assert "change" in {a["action"] for a in one["access_log"]}                  # the referral, when it was made
    assert one["case"]["practitioner"]                                             # who worked it, for the service
    # nobody else: the offenders, the referrer, the namesake and the other referral's people
    for other in ("Owen", "Offender", "Olly", "Nina", "Stan Stranger", "Fred Foe", "another.vera", "01632 960000",
                  "pc.jones@met.example.org", "PC Sam Jones", "Glad I met"):
        assert other not in text, other
    assert "[another person] apologised" in one["case"]["intervention_note"]
    assert namesake.reference not in text and stranger.reference not in text
    assert AccessLog.objects.filter(action="export", purpose="Vera asked for her data").count() == 2


def test_the_coordinator_downloads_it_as_one_file_and_others_get_404(hub, refer):
    r = whole_case(hub, refer)
    victim = victim_in(r)
    path = f"/hub/referrals/{r.pk}/people/{victim.pk}/subject-access.json"
    c = Client()
    c.force_login(hub.coordinator)
    c.post(f"/hub/referrals/{r.pk}/", {"purpose": "other", "other": "subject access request"})
    got = c.get(path)
    assert got.status_code == 200 and got["Content-Type"] == "application/json"
    assert f'{r.reference}-subject-access.json' in got["Content-Disposition"]
    assert json.loads(got.content)["subject"]["name"] == "Vera Victim"
    for user in (r.case.practitioner.user, hub.analyst, hub.officer, hub.clerk):
        other = Client()
        other.force_login(user)
        other.post(f"/hub/referrals/{r.pk}/", {"purpose": "other", "other": "curious"})
        assert other.get(path).status_code == 404, user.username

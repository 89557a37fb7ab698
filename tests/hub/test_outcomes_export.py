"""The evaluation team's downloads (CSV and JSON) hold the outcomes and nothing personal: no name, address,
telephone number or e-mail address of anyone in a case, of the referrer or of the staff; and every count from
1 to 4 is "<5"."""
import csv
import io
import json
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from hubworld import parties, whole_case
from minutebook.hub import workflow as W
from minutebook.hub.models import Party, Practitioner, Referral

PEOPLE = [("Vera Victim", "Owen Offender"), ("Alice Achebe", "Bob Brennan"), ("Carla Cole", "Dan Dwyer"),
          ("Erin Eze", "FredFord"), ("Gita Gill", "Hal Hughes")]


def with_details(i, victim, offender):
    who = parties(victim, offender)
    who[0].update(email=f"victim{i}@example.org", phone=f"020 7946 01{i:02d}", address=f"{i + 10} Acacia Avenue, BR1 1AA")
    who[1].update(email=f"harmer{i}@example.net", phone=f"07700 900{i:03d}", address=f"Flat {i}, Elm Court, SE1 2BB")
    return who


@pytest.fixture
def cases(hub, refer):
    for i, (victim, offender) in enumerate(PEOPLE):
        whole_case(hub, refer, victim, offender, parties=with_details(i, victim, offender),
                   crime_reference=f"01/{i}000/18")
    for i, (victim, offender) in enumerate([("Ian Ives", "Jo Jukes"), ("Kay Kerr", "Lee Lowe")], start=7):
        r = refer(parties=with_details(i, victim, offender), offence_area="Harrow", home_area="Harrow",
                  crime_reference=f"02/{i}000/18", offence_type="Assault on Ian Ives at 7 Acacia Avenue")
        W.screen(r, hub.coordinator, direct_victim="yes", offender_admits="yes")


def personal_details():
    out = set()
    for p in Party.objects.all():
        out |= {p.name, p.email, p.phone, p.address, p.address.split(",")[0]} - {""}
    for r in Referral.objects.all():
        out |= {r.referrer_name, r.referrer_email, r.crime_reference} - {""}
    for u in User.objects.all():
        out |= {u.email, u.get_full_name()} - {""}
    for p in Practitioner.objects.all():
        out |= {p.name, p.email}
    for first_last in PEOPLE:
        out |= set(first_last)
    return out


def analyst(hub):
    c = Client()
    c.force_login(hub.analyst)
    return c


def test_the_csv_and_json_hold_no_personal_details(hub, cases):
    client = analyst(hub)
    csv_text = client.get("/hub/outcomes/figures.csv").content.decode()
    json_text = client.get("/hub/outcomes/figures.json").content.decode()
    secrets = personal_details()
    assert len(secrets) > 40
    for text in (csv_text, json_text):
        for secret in secrets:
            assert secret.casefold() not in text.casefold(), secret
        assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text)             # no e-mail address at all
        assert not re.search(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", text)        # nor telephone number
        assert "Acacia" not in text and "Elm Court" not in text
    assert "Assault on" not in json_text                                    # the free text is only its group
    assert "Violence against the person" in json_text


def test_counts_under_five_are_suppressed_in_both(hub, cases):
    client = analyst(hub)
    shown = json.loads(client.get("/hub/outcomes/figures.json").content)
    assert shown["funnel"]["counts"] == {"referred": 7, "eligible": 7, "allocated": 7, "contacted": 5,
                                         "consented": 5, "intervention": 5, "completed": 5, "withdrawn": 0}
    by_borough = {r["value"]: r for r in shown["breakdowns"]["borough"]["rows"]}
    assert by_borough["Bromley"]["counts"]["completed"] == 5
    assert by_borough["Harrow"]["counts"]["referred"] == "<5"
    assert by_borough["Harrow"]["percent_of_referred"]["allocated"] == "withheld"
    assert shown["satisfaction"]["victim"]["scores"]["5"] == 5 and shown["satisfaction"]["victim"]["mean_score"] == 5.0
    assert shown["satisfaction"]["offender"]["mean_score"] == 4.0
    assert shown["first_contact"]["all"]["cases"] == 5 and shown["first_contact"]["all"]["median_working_days"] == 0

    rows = list(csv.reader(io.StringIO(client.get("/hub/outcomes/figures.csv").content.decode())))
    assert rows[0] == ["section", "group", "value", "measure", "figure"]
    harrow = {r[3]: r[4] for r in rows if r[:3] == ["breakdown", "Borough of the offence", "Harrow"]}
    assert harrow["referred"] == "<5" and harrow["allocated"] == "<5" and harrow["completed"] == "0"
    assert harrow["allocated_percent_of_referred"] == "withheld"
    for r in rows[1:]:
        if r[4].isdigit():
            assert int(r[4]) == 0 or int(r[4]) >= 5, r

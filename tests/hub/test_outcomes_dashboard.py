"""The outcomes dashboard: the funnel and satisfaction as inline SVG bar charts, each with a text alternative
(its title and description, a caption with the figures and a table), filtered by period and borough."""
import datetime as dt
import re

import pytest
from django.test import Client
from django.utils import timezone

from hubworld import parties, whole_case
from minutebook.hub import workflow as W
from minutebook.hub.models import Referral
from minutebook.hub.rules import outcomes as O


@pytest.fixture
def cases(hub, refer):
    for i in range(5):
        whole_case(hub, refer, f"Victim {chr(65 + i)}", f"Harmer {chr(65 + i)}", crime_reference=f"03/{i}/18")
    for i in range(6):
        r = refer(parties=parties(f"Person {chr(70 + i)}", f"Other {chr(70 + i)}"), offence_area="Camden",
                  home_area="Camden", crime_reference=f"04/{i}/18")
        W.screen(r, hub.coordinator, direct_victim="yes", offender_admits="yes")
    old = refer(parties=parties("Olde Time", "Yore"), offence_area="Camden", crime_reference="05/1/10")
    Referral.objects.filter(pk=old.pk).update(received=timezone.make_aware(dt.datetime(2010, 6, 1, 12)))


def page(hub, query=""):
    c = Client()
    c.force_login(hub.analyst)
    r = c.get(f"/hub/outcomes/{query}")
    assert r.status_code == 200
    return r.content.decode()


def chart(html, id):
    return re.search(rf'<figure[^>]*id="chart-{id}">(.*?)</figure>', html, re.S).group(1)


def test_charts_are_svg_bars_with_their_figures_in_words(hub, cases):
    html = page(hub)
    funnel = chart(html, "funnel")
    assert '<svg role="img" aria-labelledby="chart-funnel-title"' in funnel
    assert "<title id=\"chart-funnel-title\">Referrals reaching each stage</title>" in funnel
    assert re.search(r"<desc[^>]*>Referred: 12; Eligible: 11; Allocated to a practitioner: 11; Contacted: 5;", funnel)
    assert funnel.count("<rect") == 8 and "<script" not in html.split("</main>")[0].split("<main")[1]
    assert "<figcaption" in funnel and "Completed 5" in funnel
    assert 'data-stage="completed"' in html                                   # the table beside it
    victims = chart(html, "victim")
    assert "Very satisfied: 5" in victims and "Dissatisfied: 0" in victims
    spokes = chart(html, "spoke")
    assert "Central: 6" in spokes and "South East: 5" in spokes


def test_filters_by_borough_and_period(hub, cases):
    camden = page(hub, "?borough=Camden")
    assert "All time, Camden." in camden
    assert "Referred: 7;" in chart(camden, "funnel") and "Completed: 0" in chart(camden, "funnel")
    this_year = page(hub, f"?period=fy{O.financial_year(timezone.localdate())}")
    assert "Referred: 11;" in chart(this_year, "funnel")                      # not the one from 2010
    old = page(hub, "?from=2010-04-01&to=2011-03-31&borough=Camden")
    assert "1 April 2010 to 31 March 2011, Camden." in old
    assert "Referred: fewer than 5;" in chart(old, "funnel")
    assert 'href="/hub/outcomes/figures.csv?from=2010-04-01&amp;to=2011-03-31&amp;borough=Camden"' in old


def test_a_bad_filter_is_one_line_and_the_rest_still_shows(hub, cases):
    html = page(hub, "?borough=Atlantis&from=1st+April")
    assert "Borough: choose one from the list" in html
    assert "From: give a date as YYYY-MM-DD (for example 2018-04-01)" in html
    assert "Referred: 12;" in chart(html, "funnel")

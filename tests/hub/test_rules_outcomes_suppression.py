"""Every count from 1 to 4 is shown as "<5" wherever it appears, and a figure worked out from one (a share,
a mean, a median) is withheld; 0 and 5 or more are shown as they are."""
import datetime as dt
import json

from minutebook.hub.rules import outcomes as O

V = O.Vocabulary(agencies=("Victim Support",), spokes=("South East",), boroughs=("Bromley", "Croydon"),
                 stages=(("charged", "Charged"),))


def test_counts_from_one_to_four_are_suppressed():
    assert [O.suppress(n) for n in (0, 1, 2, 3, 4, 5, 120)] == [0, "<5", "<5", "<5", "<5", 5, 120]


def test_a_share_from_a_suppressed_count_is_withheld():
    assert O.percent(3, 40) == O.WITHHELD
    assert O.percent(30, 4) == O.WITHHELD
    assert O.percent(0, 40) == 0.0 and O.percent(5, 40) == 12.5
    assert O.percent(0, 0) is None


def test_no_count_under_five_survives_anywhere_in_the_report():
    rows = [O.Row("Victim Support", "South East", "Bromley", "Burglary", "charged", eligible=True, allocated=True,
                  contacted=True, consented=True, n=12),
            O.Row("Victim Support", "South East", "Croydon", "Burglary", "charged", eligible=True, allocated=True,
                  contacted=True, completed=True, n=3)]
    contacts = [O.Contact(dt.date(2018, 1, 8), dt.date(2018, 1, 10), "South East", n=4)]
    answers = [O.Answer("victim", 5, n=2), O.Answer("victim", 4, n=9), O.Answer("offender", declined=True, n=1)]
    shown = O.report(rows, contacts, answers, V)

    def every_count(value, path=""):
        if isinstance(value, dict):
            for k, v in value.items():
                yield from every_count(v, f"{path}.{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                yield from every_count(v, f"{path}[{i}]")
        elif isinstance(value, int) and not isinstance(value, bool):
            yield path, value
    for path, n in every_count(shown):
        assert n == 0 or n >= 5, (path, n)
    croydon = next(r for r in shown["breakdowns"]["borough"]["rows"] if r["value"] == "Croydon")
    assert croydon["counts"]["referred"] == "<5" and croydon["counts"]["completed"] == "<5"
    assert croydon["percent_of_referred"]["completed"] == O.WITHHELD
    assert shown["funnel"]["counts"]["completed"] == "<5"
    assert shown["funnel"]["percent_of_referred"]["completed"] == O.WITHHELD
    assert shown["first_contact"]["all"] == {"cases": "<5", "median_days": O.WITHHELD,
                                             "median_working_days": O.WITHHELD}
    assert shown["satisfaction"]["victim"]["scores"]["5"] == "<5"
    assert shown["satisfaction"]["victim"]["mean_score"] == O.WITHHELD      # the 2 fives are in it
    assert shown["satisfaction"]["offender"]["declined"] == "<5"
    csv_figures = [row[4] for row in O.csv_rows(shown)[1:]]
    assert all(not f.isdigit() or int(f) == 0 or int(f) >= 5 for f in csv_figures)
    json.dumps(shown)                                                        # JSON as it is

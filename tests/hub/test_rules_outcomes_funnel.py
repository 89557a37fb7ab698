"""The funnel counts each referral at every stage it reached, and each breakdown (referring agency, spoke,
borough, offence type, criminal-justice stage) adds up to the whole, in the vocabulary's order."""
from minutebook.hub.rules import outcomes as O

V = O.Vocabulary(agencies=("Metropolitan Police Service", "Victim Support"), spokes=("North West", "South East"),
                 boroughs=("Bromley", "Harrow"), stages=(("charged", "Charged"), ("custody", "In custody")))


def rows():
    done = dict(eligible=True, allocated=True, contacted=True, consented=True, intervention=True, completed=True)
    return [
        O.Row("Metropolitan Police Service", "South East", "Bromley", "Burglary", "charged", **done, n=7),
        O.Row("Victim Support", "South East", "Bromley", "Assault", "custody", eligible=True, allocated=True,
              contacted=True, withdrawn=True, n=6),
        O.Row("", "North West", "Harrow", "Theft from a shop", "charged", eligible=True, n=5),
        O.Row("Metropolitan Police Service", "", "Kent", "Burglary", "charged", n=8),       # not eligible
    ]


def test_the_funnel_counts_every_stage_reached():
    assert O.counts(rows()) == {"referred": 26, "eligible": 18, "allocated": 13, "contacted": 13, "consented": 7,
                                "intervention": 7, "completed": 7, "withdrawn": 6}


def test_each_breakdown_adds_up_and_follows_the_vocabulary():
    by_agency = O.breakdown(rows(), "agency", V)
    assert [v for v, _ in by_agency] == ["Metropolitan Police Service", "Victim Support", "Self-referral"]
    assert by_agency[0][1]["referred"] == 15 and by_agency[0][1]["completed"] == 7
    assert [v for v, _ in O.breakdown(rows(), "borough", V)] == ["Bromley", "Harrow", O.OUTSIDE]
    assert [v for v, _ in O.breakdown(rows(), "spoke", V)] == ["North West", "South East", "Not known"]
    assert dict(O.breakdown(rows(), "offence", V))["Theft"]["eligible"] == 5
    assert dict(O.breakdown(rows(), "cj_stage", V))["In custody"]["withdrawn"] == 6
    for dimension in O.DIMENSIONS:
        total = sum(c["referred"] for _, c in O.breakdown(rows(), dimension, V))
        assert total == 26, dimension


def test_shares_of_the_referred_are_per_cent_to_one_place():
    shown = O.shown_funnel(O.counts(rows()))
    assert shown["counts"]["referred"] == 26
    assert shown["percent_of_referred"]["completed"] == 26.9          # 7 of 26
    assert "referred" not in shown["percent_of_referred"]

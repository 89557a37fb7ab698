"""No name or contact detail reaches the outcomes: each category is mapped onto the service's vocabulary (its
agencies, spokes and boroughs), the offence groups and the criminal-justice stages, so whatever a referrer typed
into a free-text field stays out of the report and its CSV."""
import json

from minutebook.hub.rules import outcomes as O

V = O.Vocabulary(agencies=("Metropolitan Police Service",), spokes=("South East",), boroughs=("Bromley",),
                 stages=(("charged", "Charged"),))
PRIVATE = ["Vera Victim", "vera@example.org", "020 7946 0000", "12 Acacia Avenue", "PC Jones"]


def test_free_text_in_a_category_never_reaches_the_result():
    rows = [O.Row("PC Jones, vera@example.org", "South East", "12 Acacia Avenue", "Assault on Vera Victim",
                  "charged", eligible=True, n=6),
            O.Row("Metropolitan Police Service", "Vera Victim", "Bromley", "Burglary at 12 Acacia Avenue, call "
                  "020 7946 0000", "charged", n=6)]
    shown = O.report(rows, [], [O.Answer("victim", 5, n=6)], V, borough="Vera Victim")
    text = json.dumps(shown) + "\n".join(",".join(map(str, r)) for r in O.csv_rows(shown))
    for secret in PRIVATE:
        assert secret.casefold() not in text.casefold(), secret
    values = {d: [r["value"] for r in b["rows"]] for d, b in shown["breakdowns"].items()}
    assert values["agency"] == ["Metropolitan Police Service", "Other"]
    assert values["borough"] == ["Bromley", O.OUTSIDE]
    assert values["spoke"] == ["South East", "Not known"]
    assert values["offence"] == ["Burglary", "Violence against the person"]
    assert shown["borough"] == "All boroughs"


def test_offence_types_are_grouped_by_their_words():
    assert O.offence_group("Domestic burglary") == "Burglary"
    assert O.offence_group("ABH") == "Violence against the person"
    assert O.offence_group("Assault in Essex") == "Violence against the person"       # not a sexual offence
    assert O.offence_group("Criminal damage") == "Criminal damage and arson"
    assert O.offence_group("Possession of a firearm") == "Possession of weapons"
    assert O.offence_group("Mugging") == "Robbery"
    assert O.offence_group("Something Mrs Smith said") == "Other offences"

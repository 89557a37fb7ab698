"""Satisfaction of victims and of harmers from the closing questionnaires: each score from 1 to 5, answered and
declined, the mean score and the share satisfied or very satisfied."""
from minutebook.hub.rules import outcomes as O


def test_each_role_is_counted_apart():
    answers = [O.Answer("victim", 5, n=10), O.Answer("victim", 4, n=6), O.Answer("victim", 3, n=0),
               O.Answer("victim", declined=True, n=5), O.Answer("offender", 4, n=5), O.Answer("offender", 2, n=5)]
    victims, harmers = O.satisfaction(answers, "victim"), O.satisfaction(answers, "offender")
    assert victims == {"answered": 16, "declined": 5, "scores": {"5": 10, "4": 6, "3": 0, "2": 0, "1": 0},
                       "mean_score": 4.6, "percent_satisfied": 100.0}
    assert harmers["answered"] == 10 and harmers["mean_score"] == 3.0 and harmers["percent_satisfied"] == 50.0
    assert harmers["declined"] == 0


def test_nobody_answered_is_no_figure():
    assert O.satisfaction([], "victim")["mean_score"] is None

"""Documents without RESOLVED: "The Partnership agreed …", "The Forum approved …", "The Cabinet endorsed …"
are decisions, as "The Board agreed …" is."""
from minutebook.ingest.parsers.minutes import Para, _all_decisions


def test_partnership_forum_cabinet_decisions():
    paras = [Para("LM presented the terms of reference. The Partnership agreed the revised terms of reference, "
                  "subject to the quorum being five members."),
             Para("The Forum approved the spring inspection dates."),
             Para("The Cabinet endorsed the draft plan."),
             Para("The Partnership heard a presentation on winter planning.")]
    found = [d.text for d in _all_decisions(paras)]
    assert found == ["The Partnership agreed the revised terms of reference, subject to the quorum being five members.",
                     "The Forum approved the spring inspection dates.", "The Cabinet endorsed the draft plan."]

"""The case's stages: the risk is reviewed before any contact, consent before scheduling, questionnaires before closing."""
import pytest

from minutebook.hub.rules import stages as S
from minutebook.hub.rules.stages import CaseFacts, StageError, step

BOTH = ["Vic Tim", "Off Ender"]


def test_the_whole_path():
    f = CaseFacts(parties=BOTH, consenting=set(BOTH), risk_assessment="low risk", risk_reviewed=True,
                  intervention=S.SHUTTLE, mode=S.INDIRECT, has_agreement=True, questionnaires=set(BOTH))
    stage = S.RECEIVED
    for action in ["allocate", "submit_risk", "approve_risk", "start_intervention", "intervention_held",
                   "record_agreement", "close"]:
        stage = step(stage, action, f)
    assert stage == S.CLOSED


def test_no_contact_before_the_supervisor_reviews_the_risk():
    f = CaseFacts(parties=BOTH, consenting=set(BOTH), intervention=S.SHUTTLE, mode=S.INDIRECT, risk_reviewed=False)
    with pytest.raises(StageError, match="supervisor must review"):
        step(S.PREPARATION, "start_intervention", f)
    with pytest.raises(StageError, match="cannot start intervention"):
        step(S.ASSESSMENT, "start_intervention", f)


def test_nothing_scheduled_without_both_consents():
    f = CaseFacts(parties=BOTH, consenting={"Vic Tim"}, risk_reviewed=True, intervention=S.LETTER, mode=S.INDIRECT)
    with pytest.raises(StageError, match="no consent to take part from Off Ender"):
        step(S.PREPARATION, "start_intervention", f)


def test_closing_needs_a_questionnaire_from_each_party():
    with pytest.raises(StageError, match="Off Ender"):
        step(S.FOLLOW_UP, "close", CaseFacts(parties=BOTH, questionnaires={"Vic Tim"}))


def test_withdrawal_at_any_open_stage_needs_a_reason():
    for stage in S.CASE_STAGES:
        assert step(stage, "withdraw", reason="changed my mind") == S.WITHDRAWN
    with pytest.raises(StageError, match="reason"):
        step(S.INTERVENTION, "withdraw", reason=" ")
    with pytest.raises(StageError):
        step(S.CLOSED, "withdraw", reason="late")


def test_risk_assessment_must_be_written_before_review():
    with pytest.raises(StageError, match="risk assessment"):
        step(S.ASSESSMENT, "submit_risk", CaseFacts())

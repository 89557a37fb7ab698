"""A referral's stages, from intake to closure, and what each step needs.

received → (screened) assessment, or waiting (the spoke is full), or not eligible (closed with its reason)
assessment → risk review (the practitioner's risk assessment) → preparation (the supervisor reviewed it: no
contact between the parties before) → intervention (face-to-face conference, shuttle mediation or letter;
direct or indirect; every party consents to take part) → outcome (the intervention took place) → follow-up
(the outcome agreement is recorded) → closed (a satisfaction questionnaire from each party, answered or
declined). Either party may withdraw at any open stage, with a reason.
"""
from __future__ import annotations

from dataclasses import dataclass, field

RECEIVED, WAITING, INELIGIBLE = "received", "waiting", "ineligible"
ASSESSMENT, RISK_REVIEW, PREPARATION, INTERVENTION = "assessment", "risk_review", "preparation", "intervention"
OUTCOME, FOLLOW_UP, CLOSED, WITHDRAWN = "outcome", "follow_up", "closed", "withdrawn"

LABELS = {
    RECEIVED: "Received: waiting to be screened",
    WAITING: "Eligible: waiting for a practitioner",
    INELIGIBLE: "Closed: not eligible",
    ASSESSMENT: "Allocated: assessment",
    RISK_REVIEW: "Risk assessment with the supervisor",
    PREPARATION: "Preparation",
    INTERVENTION: "Intervention",
    OUTCOME: "Outcome agreement",
    FOLLOW_UP: "Follow-up",
    CLOSED: "Closed: completed",
    WITHDRAWN: "Closed: withdrawn",
}
ORDER = list(LABELS)
FINAL = {INELIGIBLE, CLOSED, WITHDRAWN}
CASE_STAGES = [ASSESSMENT, RISK_REVIEW, PREPARATION, INTERVENTION, OUTCOME, FOLLOW_UP]   # a practitioner's open case
QUEUE = [RECEIVED, WAITING]

CONFERENCE, SHUTTLE, LETTER = "conference", "shuttle", "letter"
INTERVENTIONS = {CONFERENCE: "Face-to-face conference", SHUTTLE: "Shuttle mediation", LETTER: "Letter"}
DIRECT, INDIRECT = "direct", "indirect"
MODES = {DIRECT: "Direct", INDIRECT: "Indirect"}


class StageError(ValueError):
    """A one-line reason a step cannot be taken now."""


@dataclass
class CaseFacts:
    """What the guards look at (gathered from the database by the app)."""
    parties: list[str] = field(default_factory=list)              # the parties' names, victim first
    consenting: set[str] = field(default_factory=set)             # parties whose consent to take part is given
    risk_assessment: str = ""
    risk_reviewed: bool = False
    intervention: str = ""
    mode: str = ""
    has_agreement: bool = False
    questionnaires: set[str] = field(default_factory=set)         # parties with a questionnaire (answered or declined)


# action: (stages it may be taken from, the stage it leads to)
STEPS = {
    "allocate": ({RECEIVED, WAITING}, ASSESSMENT),
    "wait": ({RECEIVED}, WAITING),
    "close_ineligible": ({RECEIVED, WAITING, ASSESSMENT, RISK_REVIEW, PREPARATION}, INELIGIBLE),
    "submit_risk": ({ASSESSMENT}, RISK_REVIEW),
    "approve_risk": ({RISK_REVIEW}, PREPARATION),
    "return_risk": ({RISK_REVIEW}, ASSESSMENT),
    "start_intervention": ({PREPARATION}, INTERVENTION),
    "intervention_held": ({INTERVENTION}, OUTCOME),
    "record_agreement": ({OUTCOME}, FOLLOW_UP),
    "close": ({FOLLOW_UP}, CLOSED),
    "withdraw": ({ASSESSMENT, RISK_REVIEW, PREPARATION, INTERVENTION, OUTCOME, FOLLOW_UP}, WITHDRAWN),
}


def step(stage: str, action: str, facts: CaseFacts | None = None, reason: str = "") -> str:
    """The stage after ``action``, or :class:`StageError` saying why not."""
    facts = facts or CaseFacts()
    if action not in STEPS:
        raise StageError(f"unknown step {action!r}")
    sources, target = STEPS[action]
    if stage not in sources:
        raise StageError(f"cannot {action.replace('_', ' ')} at the stage \"{LABELS.get(stage, stage)}\"")
    if action in ("close_ineligible", "return_risk", "withdraw") and not reason.strip():
        raise StageError("give a reason")
    if action == "submit_risk" and not facts.risk_assessment.strip():
        raise StageError("write the risk assessment first")
    if action == "start_intervention":
        if not facts.risk_reviewed:
            raise StageError("the supervisor must review the risk assessment before any contact between the parties")
        if facts.intervention not in INTERVENTIONS or facts.mode not in MODES:
            raise StageError("choose the intervention (conference, shuttle mediation or letter) and whether it is "
                             "direct or indirect")
        if len(facts.parties) < 2:
            raise StageError("the other party is not yet known")
        missing = [p for p in facts.parties if p not in facts.consenting]
        if missing:
            raise StageError(f"no consent to take part from {', '.join(missing)}: nothing can be scheduled")
    if action == "record_agreement" and not facts.has_agreement:
        raise StageError("record the outcome agreement first")
    if action == "close":
        missing = [p for p in facts.parties if p not in facts.questionnaires]
        if missing:
            raise StageError(f"no satisfaction questionnaire yet from {', '.join(missing)} (record it as declined "
                             f"if they would rather not answer)")
    return target


def allowed(stage: str) -> list[str]:
    return [a for a, (sources, _) in STEPS.items() if stage in sources]

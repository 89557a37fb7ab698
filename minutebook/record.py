"""The meeting record: the interchange format between ingestion, the store and documents.

These pydantic models are the contract of ``../shared/spec/meeting-record.md``:
``minutebook parse FILE --json`` prints a :class:`ParsedDocument`. Fields a
document does not state stay ``None`` (or empty), never guessed.

Dates are ISO strings ("2017-07-06"), times 24-hour "HH:MM", as in the spec.
"""
from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MeetingInfo(_Model):
    date: Optional[str] = None
    start: Optional[str] = None
    end: Optional[str] = None
    venue: Optional[str] = None


class PersonRef(_Model):
    """A person as a document lists them: name without titles, role and agency as printed."""

    name: str
    role: Optional[str] = None
    organisation: Optional[str] = None


class Apology(_Model):
    name: str
    role: Optional[str] = None
    substitute: Optional[str] = None


class Contact(_Model):
    name: Optional[str] = None
    phone: Optional[str] = None
    email: Optional[str] = None


class AgendaItem(_Model):
    number: str
    title: str
    pages: Optional[str] = None
    presenter: Optional[str] = None
    # set where the item was carried forward by a resolution ("… be brought to the next meeting")
    source_minute: Optional[str] = None
    exempt: bool = False


class Action(_Model):
    text: str
    owners: list[str] = Field(default_factory=list)
    owner_names: list[Optional[str]] = Field(default_factory=list)
    due: Optional[str] = None
    # initials that the evidence could not settle: {"JB": ["Janet Bailey", "Justin Brett"]}
    ambiguous: dict[str, list[str]] = Field(default_factory=dict)


class MinuteItem(_Model):
    number: str
    title: str
    report_ref: Optional[str] = None
    text: str = ""
    resolutions: list[str] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    post_meeting_notes: list[str] = Field(default_factory=list)
    exempt: bool = False


class MattersArisingRow(_Model):
    minute: str
    meeting_date: Optional[str] = None
    title: Optional[str] = None
    resolution: Optional[str] = None
    update: Optional[str] = None
    # generated reports (minutebook.store.cycle) also name who owns the action and where it stands
    owners: list[str] = Field(default_factory=list)
    owner_names: list[Optional[str]] = Field(default_factory=list)
    status: Optional[str] = None
    # the meeting the action is due at (its date), or the date it is due by
    due_meeting: Optional[str] = None
    due: Optional[str] = None
    # the meeting the update was written for, where that is an earlier meeting than the report's
    update_for: Optional[str] = None


class _RecordBase(_Model):
    body: Optional[str] = None
    meeting: MeetingInfo = Field(default_factory=MeetingInfo)
    pages: Optional[str] = None


class AgendaRecord(_RecordBase):
    kind: Literal["agenda"] = "agenda"
    published: Optional[str] = None
    question_deadline: Optional[str] = None
    chair: Optional[str] = None
    vice_chair: Optional[str] = None
    members: list[PersonRef] = Field(default_factory=list)
    agenda: list[AgendaItem] = Field(default_factory=list)
    next_meeting_date: Optional[str] = None
    contact: Optional[Contact] = None


class MinutesRecord(_RecordBase):
    kind: Literal["minutes"] = "minutes"
    chair: Optional[str] = None
    present: list[PersonRef] = Field(default_factory=list)
    also_present: list[PersonRef] = Field(default_factory=list)
    apologies: list[Apology] = Field(default_factory=list)
    previous_meeting_date: Optional[str] = None
    next_meeting_date: Optional[str] = None
    items: list[MinuteItem] = Field(default_factory=list)
    draft: bool = False


class ReportRecord(_RecordBase):
    kind: Literal["report"] = "report"
    report_no: Optional[str] = None
    title: Optional[str] = None
    decision_maker: Optional[str] = None
    decision_type: Optional[str] = None
    contact_officer: Optional[str] = None
    chief_officer: Optional[str] = None
    ward: Optional[str] = None
    for_meeting: Optional[str] = None
    recommendations: list[str] = Field(default_factory=list)
    matters_arising: list[MattersArisingRow] = Field(default_factory=list)


class AttachmentRecord(_RecordBase):
    kind: Literal["attachment"] = "attachment"
    title: Optional[str] = None
    text: str = ""


Record = Union[AgendaRecord, MinutesRecord, ReportRecord, AttachmentRecord]


class ParsedDocument(_Model):
    source: str
    sha256: str
    records: list[Record] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_json(self, **kw) -> str:
        return self.model_dump_json(**kw)

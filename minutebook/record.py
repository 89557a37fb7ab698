"""The meeting record: the interchange format between ingestion, the store and documents.

These pydantic models are the contract of ``../shared/spec/meeting-record.md``:
``minutebook parse FILE --json`` prints a :class:`ParsedDocument`. Fields a
document does not state stay ``None`` (or empty), never guessed.

Dates are ISO strings ("2017-07-06"), times 24-hour "HH:MM", as in the spec.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal, Optional, Union
from zoneinfo import ZoneInfo

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer, StringConstraints

# ---- what the record can store (shared by the API's schemas, the web forms, ingest and the writers)

# C0 control characters but tab and line breaks, and DEL: PostgreSQL refuses NUL, XML (and so Word and
# Atom) the rest. Typed into a form or found in a document they are left out; sent to the API, refused (422).
CONTROL_CHARACTERS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
STORABLE = f"^[^{CONTROL_CHARACTERS}]*$"
# what XML 1.0 cannot hold besides: lone surrogates and the two non-characters U+FFFE, U+FFFF
UNPRINTABLE = re.compile(f"[{CONTROL_CHARACTERS}\ud800-\udfff\ufffe\uffff]")
MAX_ID = 2**63 - 1          # ids are 64-bit: a larger one is refused, never sent to the database
MAX_POSITION = 2**31 - 1    # PositiveIntegerField on every database


def printable(text: str) -> str:
    """The text without the characters the record cannot store or XML cannot hold."""
    return UNPRINTABLE.sub("", text)


def printable_record(value):
    """A record (or any value inside one) with its text made printable; the value itself when it has none
    to change."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, list):
        return [printable_record(v) for v in value]
    if isinstance(value, tuple):
        return tuple(printable_record(v) for v in value)
    if isinstance(value, dict):
        return {k: printable_record(v) for k, v in value.items()}
    if hasattr(value, "model_dump") and hasattr(type(value), "model_validate"):
        dumped = value.model_dump()
        cleaned = printable_record(dumped)
        return value if cleaned == dumped else type(value).model_validate(cleaned)
    return value


def Text(max_length: int):  # noqa: N802
    """A string field the record can store: no longer than its column (PostgreSQL would refuse it, SQLite
    store it silently) and without control characters; anything else is a validation error (the API's 422)."""
    return Annotated[str, StringConstraints(max_length=max_length, pattern=STORABLE)]


def _in_london(value: dt.datetime) -> dt.datetime:
    return value.astimezone(ZoneInfo("Europe/London")) if value.tzinfo is not None else value


# an instant in an API answer, with its Europe/London offset that day: 2017-07-01T10:00:00+01:00, and
# 2017-12-01T09:00:00+00:00 in winter (Django's JSON encoder would write "Z" and drop microseconds' digits)
LondonDateTime = Annotated[dt.datetime, AfterValidator(_in_london), PlainSerializer(dt.datetime.isoformat, return_type=str),
                           Field(json_schema_extra={"format": "date-time"})]


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

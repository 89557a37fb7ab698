"""The stored record. Plain, domain-true names: Body, Member(ship), Meeting, Minute, Resolution, Action.

Who may see what is decided in ``minutebook.store.visibility``, one place that pages, API, search,
feeds and downloads all ask.
"""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.utils.text import slugify


def unique_slug(model, text: str, field: str = "slug") -> str:
    base = slugify(text)[:80] or "x"
    slug, n = base, 2
    while model.objects.filter(**{field: slug}).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


class Organisation(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=90, unique=True)

    class Meta:
        ordering = ["name"]

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Organisation, self.name)
        super().save(*args, **kwargs)

    def __str__(self):
        return self.name


class Person(models.Model):
    """A member, officer or guest. ``name`` has no title ("Kate Lymer", not "Cllr Kate Lymer")."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=90, unique=True)
    title = models.CharField(max_length=60, blank=True)          # "Councillor", "Acting DCI"
    role = models.CharField(max_length=300, blank=True)          # latest role as printed
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="people")
    email = models.EmailField(blank=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="person")
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["name"]

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Person, self.name)
        super().save(*args, **kwargs)

    @property
    def initials(self) -> str:
        """Kate Lymer's are KL; never more than the ten letters an action owner's initials column holds."""
        return "".join(w[0] for w in self.name.split() if w[:1].isalpha()).upper()[:10]

    def __str__(self):
        return self.name


class Body(models.Model):
    """A committee or partnership group, with the settings that drive its meeting cycle."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=90, unique=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="subgroups")
    description = models.TextField(blank=True)
    # the parent's agenda item under which this sub-group reports ("REPORTS FROM SUB-GROUPS")
    report_title = models.CharField(max_length=200, blank=True)
    # cycle settings
    standing_items = models.JSONField(default=list, blank=True)   # ["APOLOGIES FOR ABSENCE", ...]
    question_deadline_days = models.PositiveSmallIntegerField(default=4)
    question_deadline_time = models.TimeField(default=dt.time(17, 0))
    publication_lead_days = models.PositiveSmallIntegerField(default=5)   # clear working days
    default_venue = models.CharField(max_length=300, blank=True)
    default_start = models.TimeField(null=True, blank=True)
    contact_name = models.CharField(max_length=200, blank=True)
    contact_phone = models.CharField(max_length=60, blank=True)
    contact_email = models.EmailField(blank=True)
    organisation_name = models.CharField(max_length=200, blank=True)     # "London Borough of Bromley"
    chief_officer = models.CharField(max_length=200, blank=True)         # "Mark Bowen, Director of Corporate Services"
    report_prefix = models.CharField(max_length=20, blank=True)          # "CSD"
    report_next_number = models.PositiveIntegerField(null=True, blank=True)  # 17104 → next is 17105
    next_minute_number = models.PositiveIntegerField(null=True, blank=True)  # numbering carries on
    # which settings a clerk has set by hand: a re-ingest never overwrites these
    settings_locked = models.JSONField(default=list, blank=True)
    # optimistic lock of the body's edit form (minutebook.web.locks)
    version = models.PositiveIntegerField(default=1)
    # a duplicate a clerk merged into another body (minutebook.store.bodies.merge): its meetings and
    # members moved there, its page redirects there, and ingest files its name under that body
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "bodies"

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Body, self.name)
        super().save(*args, **kwargs)

    def __str__(self):
        return self.name


class Membership(models.Model):
    CHAIR, VICE_CHAIR, MEMBER = "chair", "vice_chair", "member"
    POSITIONS = [(CHAIR, "Chairman"), (VICE_CHAIR, "Vice-Chairman"), (MEMBER, "Member")]

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=300, blank=True)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="memberships")
    position = models.CharField(max_length=20, choices=POSITIONS, default=MEMBER)
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    # optimistic lock of the membership's edit form (minutebook.web.locks)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["body", "position", "person__name"]

    def __str__(self):
        return f"{self.person} ({self.body})"


class Document(models.Model):
    """A file: an ingested original, an upload, or a generated paper (pack, minutes PDF/DOCX)."""

    ORIGINAL, PACK, MINUTES, AGENDA, REPORT, ATTACHMENT = "original", "pack", "minutes", "agenda", "report", "attachment"
    KINDS = [(k, k) for k in (ORIGINAL, PACK, MINUTES, AGENDA, REPORT, ATTACHMENT)]

    sha256 = models.CharField(max_length=64, unique=True)
    filename = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=KINDS, default=ORIGINAL)
    content_type = models.CharField(max_length=100, default="application/octet-stream")
    content = models.BinaryField()
    size = models.PositiveIntegerField(default=0)
    body = models.ForeignKey(Body, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents")
    meeting = models.ForeignKey("Meeting", null=True, blank=True, on_delete=models.SET_NULL, related_name="documents")
    title = models.CharField(max_length=300, blank=True)
    exempt = models.BooleanField(default=False)            # Part 2: never public
    published = models.BooleanField(default=False)
    superseded_by = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    warnings = models.JSONField(default=list, blank=True)
    parsed = models.JSONField(null=True, blank=True)      # the ParsedDocument as JSON
    created = models.DateTimeField(auto_now_add=True)
    # a paper made from the record: who made this version (None: made by a command or the system)
    made_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+")

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return self.filename


class DocumentContent(models.Model):
    """What a stored paper holds: a meeting's agenda, minutes or report, as a whole (``number`` blank) or one
    item of it by its number. A paper is public only while everything it holds is (``visibility``), so it
    follows the record whatever changes it, through whichever path; ``exempt``: it held Part 2 text."""

    AGENDA, MINUTES, REPORT = "agenda", "minutes", "report"
    PARTS = [(AGENDA, "agenda"), (MINUTES, "minutes"), (REPORT, "report")]

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="contents")
    # a meeting deleted leaves the row without one: the paper holds what is no longer in the record
    meeting = models.ForeignKey("Meeting", null=True, on_delete=models.SET_NULL, related_name="+")
    part = models.CharField(max_length=10, choices=PARTS)
    number = models.CharField(max_length=40, blank=True)
    exempt = models.BooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["meeting", "part"])]

    def __str__(self):
        return f"{self.document_id}: {self.part} {self.number} of meeting {self.meeting_id}"


class Meeting(models.Model):
    PLANNED, HELD, CANCELLED = "planned", "held", "cancelled"
    STATUSES = [(PLANNED, "Planned"), (HELD, "Held"), (CANCELLED, "Cancelled")]
    DRAFT, APPROVED = "draft", "approved"
    MINUTES_STATUSES = [(DRAFT, "Draft"), (APPROVED, "Approved")]

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="meetings")
    date = models.DateField()
    start = models.TimeField(null=True, blank=True)
    end = models.TimeField(null=True, blank=True)
    venue = models.CharField(max_length=300, blank=True)
    # the webcast or video of the meeting, public with the meeting's page (an http or https address)
    recording_url = models.URLField(max_length=500, blank=True,
                                    validators=[URLValidator(schemes=["http", "https"])])
    status = models.CharField(max_length=20, choices=STATUSES, default=PLANNED)
    published = models.BooleanField(default=False)          # agenda and papers public
    minutes_status = models.CharField(max_length=20, choices=MINUTES_STATUSES, default=DRAFT)
    minutes_published = models.BooleanField(default=False)  # minutes released (public once also approved)
    minutes_approved_at = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL,
                                            related_name="+")
    agenda_published_on = models.DateField(null=True, blank=True)
    question_deadline = models.DateTimeField(null=True, blank=True)
    next_meeting_date = models.DateField(null=True, blank=True)
    previous_meeting_date = models.DateField(null=True, blank=True)
    chair = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # optimistic lock of everything edited on the meeting (details, agenda, attendance, minutes): a save
    # names the version it started from (minutebook.web.locks)
    version = models.PositiveIntegerField(default=1)
    # when the public could first read the agenda and the minutes (store.publication); None while they cannot
    agenda_public_at = models.DateTimeField(null=True, blank=True)
    minutes_public_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-date"]
        constraints = [models.UniqueConstraint(fields=["body", "date"], name="one_meeting_per_body_day")]

    def __str__(self):
        return f"{self.body} {self.date:%d %B %Y}"


class Attendance(models.Model):
    """Who was at a meeting. ``expected``: on the list for a meeting whose attendance is not (yet) recorded
    (a ModernGov import's "Expected")."""

    PRESENT, ALSO_PRESENT, APOLOGIES, SUBSTITUTE, EXPECTED = (
        "present", "also_present", "apologies", "substitute", "expected")
    KINDS = [(PRESENT, "Present"), (ALSO_PRESENT, "Also present"), (APOLOGIES, "Apologies"),
             (SUBSTITUTE, "Substitute"), (EXPECTED, "Expected")]

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="attendance")
    kind = models.CharField(max_length=20, choices=KINDS)
    role = models.CharField(max_length=300, blank=True)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="attendance")
    substitute = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    is_chair = models.BooleanField(default=False)
    source = models.ForeignKey(Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["meeting", "kind", "id"]


class AgendaItem(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    position = models.PositiveIntegerField(default=0)
    number = models.CharField(max_length=10)
    title = models.CharField(max_length=400)
    pages = models.CharField(max_length=20, blank=True)
    presenter = models.CharField(max_length=200, blank=True)
    description = models.TextField(blank=True)
    source_minute = models.ForeignKey("Minute", null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="carried_to")
    exempt = models.BooleanField(default=False)
    source = models.ForeignKey(Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["meeting", "position"]


class Minute(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="minutes")
    position = models.PositiveIntegerField(default=0)
    number = models.CharField(max_length=10)
    title = models.CharField(max_length=400)
    report_ref = models.CharField(max_length=40, blank=True)
    text = models.TextField(blank=True)
    post_meeting_notes = models.JSONField(default=list, blank=True)
    exempt = models.BooleanField(default=False)
    source = models.ForeignKey(Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["meeting", "position"]

    def __str__(self):
        return f"{self.number} {self.title}"


class Resolution(models.Model):
    minute = models.ForeignKey(Minute, on_delete=models.CASCADE, related_name="resolutions")
    position = models.PositiveIntegerField(default=0)
    text = models.TextField()

    class Meta:
        ordering = ["minute", "position"]


class Action(models.Model):
    OPEN, IN_PROGRESS, DONE, DROPPED = "open", "in_progress", "done", "dropped"
    STATUSES = [(OPEN, "Open"), (IN_PROGRESS, "In progress"), (DONE, "Done"), (DROPPED, "Dropped")]
    LIVE = (OPEN, IN_PROGRESS)

    minute = models.ForeignKey(Minute, on_delete=models.CASCADE, related_name="actions")
    text = models.TextField()
    status = models.CharField(max_length=20, choices=STATUSES, default=OPEN)
    due_date = models.DateField(null=True, blank=True)
    due_meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="actions_due")
    created = models.DateTimeField(auto_now_add=True)
    # optimistic lock of the clerk's action form and the owners' updates (minutebook.web.locks)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["minute__meeting__date", "minute__position", "id"]


class ActionOwner(models.Model):
    """One set of initials in the Action column and the person it stands for (None where unsettled)."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="owners")
    initials = models.CharField(max_length=10)
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="owned")
    candidates = models.JSONField(default=list, blank=True)   # names where the evidence did not settle it

    class Meta:
        ordering = ["action", "id"]


class ActionUpdate(models.Model):
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    date = models.DateTimeField(default=dt.datetime.now)
    status = models.CharField(max_length=20, choices=Action.STATUSES)
    note = models.TextField(blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    # an update closing the action: the meeting whose Matters Arising report gave it as closed (once)
    reported_at = models.ForeignKey("Meeting", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["action", "date", "id"]


class Declaration(models.Model):
    """A declaration of interest made at a meeting, on an agenda item where it names one. Part of the
    minutes: shown where the item (or, without an item, the meeting's minutes) may be shown."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="declarations")
    item = models.ForeignKey(AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="declarations")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="declarations")
    type = models.CharField(max_length=100, blank=True)      # "Disclosable pecuniary", "Personal", "Other"
    text = models.TextField(blank=True)
    source = models.ForeignKey(Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["meeting", "item__position", "id"]


class Report(models.Model):
    """A report presented to a meeting: a parsed cover sheet, or a generated Matters Arising report."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="reports")
    report_no = models.CharField(max_length=40, blank=True)
    title = models.CharField(max_length=300, blank=True)
    data = models.JSONField(default=dict, blank=True)     # the ReportRecord as JSON
    exempt = models.BooleanField(default=False)
    source = models.ForeignKey(Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["meeting", "id"]


class ReportNumber(models.Model):
    """A report number of a body's series reserved for one meeting's paper (``kind``: the Matters Arising
    report): no other meeting is given it, and making the paper again keeps it."""

    MATTERS_ARISING = "matters_arising"

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="report_numbers")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="report_numbers")
    kind = models.CharField(max_length=30, default=MATTERS_ARISING)
    report_no = models.CharField(max_length=40)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["body", "report_no"]
        constraints = [models.UniqueConstraint(fields=["body", "report_no"], name="report_no_once_per_body"),
                       models.UniqueConstraint(fields=["meeting", "kind"], name="one_report_no_per_meeting_paper")]

    def __str__(self):
        return f"{self.report_no} ({self.meeting})"

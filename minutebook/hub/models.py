"""The referral hub's records: the service's shape (loaded from its configuration), referrals and the
people in them, cases, their events, consents, outcome agreements, questionnaires, messages and the
access log. Who may see which of them is decided in ``minutebook.store.visibility`` (the hub's section)."""
from __future__ import annotations

from django.conf import settings
from django.db import models

from minutebook.hub.rules import consent as C
from minutebook.hub.rules import stages as S

USER = settings.AUTH_USER_MODEL


class Service(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=200)
    region = models.CharField(max_length=100)
    allocate_by = models.CharField(max_length=10, default="offence")
    first_contact_working_days = models.PositiveSmallIntegerField(default=5)
    config = models.TextField(blank=True)            # the TOML it was loaded from

    def __str__(self):
        return self.name


class Spoke(models.Model):
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="spokes")
    slug = models.SlugField(max_length=80)
    name = models.CharField(max_length=200)
    unit = models.CharField(max_length=200, blank=True)

    class Meta:
        unique_together = [("service", "slug")]
        ordering = ["name"]

    def __str__(self):
        return self.name


class Area(models.Model):
    """A borough (or the City of London) and the one spoke that covers it."""
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="areas")
    name = models.CharField(max_length=100)
    spoke = models.ForeignKey(Spoke, on_delete=models.CASCADE, related_name="areas")

    class Meta:
        unique_together = [("service", "name")]
        ordering = ["name"]

    def __str__(self):
        return self.name


class Agency(models.Model):
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="agencies")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=100, blank=True)

    class Meta:
        unique_together = [("service", "name")]
        ordering = ["name"]

    def __str__(self):
        return self.name


class Practitioner(models.Model):
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="practitioners")
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="hub_practitioner")
    name = models.CharField(max_length=200)
    email = models.EmailField()
    spoke = models.ForeignKey(Spoke, on_delete=models.PROTECT, related_name="practitioners")
    capacity = models.PositiveIntegerField(default=0)
    active = models.BooleanField(default=True)

    class Meta:
        unique_together = [("service", "user")]
        ordering = ["name"]

    def __str__(self):
        return self.name


class Supervisor(models.Model):
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="supervisors")
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="hub_supervisor")
    name = models.CharField(max_length=200)
    email = models.EmailField()
    spoke = models.ForeignKey(Spoke, on_delete=models.PROTECT, related_name="supervisors")

    class Meta:
        unique_together = [("service", "user")]

    def __str__(self):
        return self.name


TRISTATE = [("yes", "Yes"), ("no", "No"), ("unknown", "Not known")]


class Referral(models.Model):
    STAGE_CHOICES = [
        ("nfa", "No further action"),
        ("community_resolution", "Out-of-court disposal: community resolution"),
        ("conditional_caution", "Out-of-court disposal: conditional caution"),
        ("charged", "Charged"),
        ("pre_sentence", "Pre-sentence"),
        ("community_sentence", "Sentenced in the community"),
        ("custody", "In custody"),
        ("released", "Released"),
        ("never_reported", "Never reported to the police"),
    ]
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="referrals")
    reference = models.CharField(max_length=20, unique=True)
    received = models.DateTimeField()
    self_referral = models.BooleanField(default=False)
    referrer = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="hub_referrals")
    agency = models.ForeignKey(Agency, null=True, blank=True, on_delete=models.PROTECT)
    referrer_name = models.CharField(max_length=200)
    referrer_email = models.EmailField(blank=True)
    referrer_phone = models.CharField(max_length=40, blank=True)

    offence_type = models.CharField(max_length=200)
    offence_date = models.DateField(null=True, blank=True)
    reported_date = models.DateField(null=True, blank=True)      # to the police; empty: never reported
    informed_date = models.DateField(null=True, blank=True)      # the victim told about RJ (empty: by the referral)
    asked_date = models.DateField(null=True, blank=True)         # the victim asked to be referred (Victims' Code)
    crime_reference = models.CharField(max_length=60, blank=True)
    offence_area = models.CharField(max_length=100, blank=True)  # a borough name, or outside London
    home_area = models.CharField(max_length=100, blank=True)
    cj_stage = models.CharField(max_length=30, choices=STAGE_CHOICES)
    enhanced_rights = models.BooleanField(default=False)
    direct_victim = models.CharField(max_length=8, choices=TRISTATE, default="unknown")
    offender_admits = models.CharField(max_length=8, choices=TRISTATE, default="unknown")
    summary = models.TextField(blank=True)                       # what happened, for the hub (never the referrer's page)

    status = models.CharField(max_length=20, default=S.RECEIVED, choices=list(S.LABELS.items()))
    status_changed = models.DateTimeField()
    status_reason = models.TextField(blank=True)                 # why it waits or was closed
    spoke = models.ForeignKey(Spoke, null=True, blank=True, on_delete=models.PROTECT, related_name="referrals")
    duplicate_key = models.CharField(max_length=400, blank=True, db_index=True)
    duplicate_of = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="duplicates")
    anonymised = models.DateTimeField(null=True, blank=True)     # by the retention review: figures only are left

    class Meta:
        ordering = ["-received", "-id"]
        indexes = [models.Index(fields=["status", "received"]), models.Index(fields=["referrer", "received"]),
                   models.Index(fields=["crime_reference"])]

    def __str__(self):
        return self.reference

    @property
    def status_label(self):
        return S.LABELS.get(self.status, self.status)

    @property
    def referred(self):
        return next((p for p in self.parties.all() if p.referred), None)


class Party(models.Model):
    """A person in a referral: the victim or the offender. The one referred comes first."""
    VICTIM, OFFENDER = "victim", "offender"
    ROLES = [(VICTIM, "Victim"), (OFFENDER, "Offender")]
    CONTACT = [("phone", "Telephone"), ("email", "E-mail"), ("letter", "Letter"), ("referrer", "Through the referrer"),
               ("none", "Do not contact")]
    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="parties")
    role = models.CharField(max_length=10, choices=ROLES)
    referred = models.BooleanField(default=False)
    name = models.CharField(max_length=200, blank=True)          # blank: the other party is not yet known
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    address = models.TextField(blank=True)
    safe_to_contact = models.CharField(max_length=8, choices=TRISTATE, default="unknown")
    contact_by = models.CharField(max_length=10, choices=CONTACT, blank=True)
    contact_notes = models.TextField(blank=True)                 # when and how it is safe to contact them
    language = models.CharField(max_length=100, blank=True)
    interpreter = models.BooleanField(default=False)
    access_needs = models.TextField(blank=True)
    other_needs = models.TextField(blank=True)
    in_custody = models.BooleanField(default=False)
    establishment = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-referred", "role", "id"]

    def __str__(self):
        return self.name or f"{self.get_role_display()} (not yet known)"


class Case(models.Model):
    """The work on a referral once it is allocated (its stage is the referral's status)."""
    referral = models.OneToOneField(Referral, on_delete=models.CASCADE, related_name="case")
    spoke = models.ForeignKey(Spoke, on_delete=models.PROTECT, related_name="cases")
    practitioner = models.ForeignKey(Practitioner, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="cases")
    opened = models.DateTimeField()
    closed = models.DateTimeField(null=True, blank=True)
    first_contact = models.DateField(null=True, blank=True)      # the practitioner's first contact with a party
    allocation_reason = models.TextField(blank=True)
    assessment = models.TextField(blank=True)                   # case notes: never on the referrer's page
    risk_assessment = models.TextField(blank=True)
    risk_level = models.CharField(max_length=10, blank=True, choices=[("low", "Low"), ("medium", "Medium"),
                                                                        ("high", "High")])
    risk_reviewed_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    risk_reviewed_at = models.DateTimeField(null=True, blank=True)
    risk_review_note = models.TextField(blank=True)
    intervention = models.CharField(max_length=12, blank=True, choices=list(S.INTERVENTIONS.items()))
    mode = models.CharField(max_length=10, blank=True, choices=list(S.MODES.items()))
    intervention_date = models.DateField(null=True, blank=True)
    intervention_note = models.TextField(blank=True)
    withdrawn_by = models.ForeignKey(Party, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        indexes = [models.Index(fields=["practitioner", "opened"])]

    def __str__(self):
        return self.referral.reference


class CaseEvent(models.Model):
    """Every change: who, when and why. Status changes (``to_status`` set) are what the referrer sees."""
    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField()
    user = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    what = models.CharField(max_length=200)
    reason = models.TextField(blank=True)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)

    class Meta:
        ordering = ["at", "id"]

    @property
    def status_label(self):
        return S.LABELS.get(self.to_status, self.to_status)


class Consent(models.Model):
    party = models.ForeignKey(Party, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(max_length=12, choices=list(C.PURPOSES.items()))
    agency = models.CharField(max_length=200, blank=True)        # sharing: the named agency
    lawful_basis = models.CharField(max_length=30, choices=list(C.LAWFUL_BASES.items()), default="consent")
    state = models.CharField(max_length=10, choices=list(C.STATES.items()))
    on = models.DateField()
    recorded = models.DateTimeField()
    recorded_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["on", "id"]

    def as_rule(self) -> C.Record:
        return C.Record(person=str(self.party_id), purpose=self.purpose, state=self.state, on=self.on,
                        agency=self.agency, lawful_basis=self.lawful_basis, seq=self.pk or 0)


class Sharing(models.Model):
    """Information about a person passed to a named agency (only with their consent to it)."""
    party = models.ForeignKey(Party, on_delete=models.CASCADE, related_name="sharings")
    agency = models.CharField(max_length=200)
    what = models.TextField()
    at = models.DateTimeField()
    by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")


class ConflictOfInterest(models.Model):
    practitioner = models.ForeignKey(Practitioner, on_delete=models.CASCADE, related_name="conflicts")
    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="conflicts")
    reason = models.TextField()
    declared = models.DateTimeField()

    class Meta:
        unique_together = [("practitioner", "referral")]


class OutcomeAgreement(models.Model):
    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="agreement")
    agreed_on = models.DateField()
    summary = models.TextField(blank=True)


class AgreementItem(models.Model):
    agreement = models.ForeignKey(OutcomeAgreement, on_delete=models.CASCADE, related_name="items")
    text = models.TextField()
    owner = models.CharField(max_length=200)
    due = models.DateField(null=True, blank=True)
    done = models.BooleanField(default=False)

    class Meta:
        ordering = ["due", "id"]


class Questionnaire(models.Model):
    SCORES = [(5, "Very satisfied"), (4, "Satisfied"), (3, "Neither satisfied nor dissatisfied"),
              (2, "Dissatisfied"), (1, "Very dissatisfied")]
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="questionnaires")
    party = models.ForeignKey(Party, on_delete=models.CASCADE, related_name="questionnaires")
    on = models.DateField()
    declined = models.BooleanField(default=False)
    satisfaction = models.PositiveSmallIntegerField(null=True, blank=True, choices=SCORES)
    felt_safe = models.BooleanField(null=True, blank=True)
    would_recommend = models.BooleanField(null=True, blank=True)
    comments = models.TextField(blank=True)

    class Meta:
        unique_together = [("case", "party")]


class AccessLog(models.Model):
    """Every view and change of a referral or case: who, when, the purpose they gave, and how (page, API, export)."""
    at = models.DateTimeField()
    user = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="access_log")
    action = models.CharField(max_length=10)      # view, change, export
    purpose = models.CharField(max_length=300)
    path = models.CharField(max_length=300)

    class Meta:
        ordering = ["-at", "-id"]


class Message(models.Model):
    """An e-mail about a referral, sent by the background worker: to the referrer at a change of status
    (``kind`` empty), or to a case's owner when a deadline is near or past (``kind`` "deadline:KIND:STATE",
    one of each a referral)."""
    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(max_length=60, blank=True, db_index=True)
    to = models.EmailField()
    subject = models.CharField(max_length=300)
    body = models.TextField()
    created = models.DateTimeField()
    sent = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

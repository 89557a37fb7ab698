"""API tokens: a clerk's scripts write through the API with a bearer token. Only its sha256 is stored."""
from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ApiToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, blank=True)
    prefix = models.CharField(max_length=12)                  # shown in lists, so a token can be told apart
    token_hash = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True)
    revoked = models.BooleanField(default=False)

    class Meta:
        ordering = ["user", "created"]

    def __str__(self):
        return f"{self.prefix}… ({self.user})"

    @classmethod
    def issue(cls, user, name: str = "") -> tuple["ApiToken", str]:
        """A new token for ``user``: returns the row and the token, which is shown this once only."""
        token = "mb_" + secrets.token_urlsafe(32)
        row = cls.objects.create(user=user, name=name, prefix=token[:10], token_hash=hash_token(token))
        return row, token

    @classmethod
    def user_for(cls, token: str):
        """The active user a token stands for, or None."""
        if not token or len(token) > 200:
            return None
        row = (cls.objects.select_related("user").filter(token_hash=hash_token(token), revoked=False)
               .first())
        if row is None or not row.user.is_active:
            return None
        now = timezone.now()
        if row.last_used is None or (now - row.last_used).total_seconds() > 60:
            cls.objects.filter(pk=row.pk).update(last_used=now)
        return row.user


class Job(models.Model):
    """A background job of the web workspace (ingest of uploads, rendering of papers), with progress
    that the job page polls. Run by :func:`minutebook.web.tasks.run_job`."""

    INGEST, PACK, AGENDA, MATTERS_ARISING, MINUTES = "ingest", "pack", "agenda", "matters_arising", "minutes"
    KINDS = [(INGEST, "Ingest uploaded documents"), (PACK, "Agenda pack"), (AGENDA, "Agenda"),
             (MATTERS_ARISING, "Matters Arising report"), (MINUTES, "Minutes")]
    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATUSES = [(QUEUED, "Waiting to start"), (RUNNING, "Running"), (DONE, "Finished"), (FAILED, "Failed")]

    kind = models.CharField(max_length=30, choices=KINDS)
    status = models.CharField(max_length=20, choices=STATUSES, default=QUEUED)
    progress = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    message = models.TextField(blank=True)
    log = models.JSONField(default=list, blank=True)
    params = models.JSONField(default=dict, blank=True)
    meeting = models.ForeignKey("store.Meeting", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    documents = models.ManyToManyField("store.Document", blank=True, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+")
    task_id = models.CharField(max_length=64, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-id"]

    @property
    def percent(self) -> int:
        if self.status == self.DONE:
            return 100
        return int(100 * self.progress / self.total) if self.total else 0

    @property
    def active(self) -> bool:
        return self.status in (self.QUEUED, self.RUNNING)

    def __str__(self):
        return f"{self.get_kind_display()} ({self.get_status_display()})"


class IngestReview(models.Model):
    """A file uploaded from the web, parsed and waiting for a clerk: nothing of it is in the record (no
    body, person, meeting or document) until a clerk confirms it (:func:`minutebook.web.tasks.confirm`);
    discarding drops its bytes. What it found is shown beside the source lines (``sources``)."""

    PENDING, CONFIRMED, DISCARDED = "pending", "confirmed", "discarded"
    STATUSES = [(PENDING, "Waiting for review"), (CONFIRMED, "Confirmed"), (DISCARDED, "Discarded")]

    job = models.ForeignKey(Job, null=True, blank=True, on_delete=models.SET_NULL, related_name="reviews")
    filename = models.CharField(max_length=300)
    sha256 = models.CharField(max_length=64, db_index=True)
    size = models.PositiveIntegerField(default=0)
    content = models.BinaryField(blank=True)
    parsed = models.JSONField(default=dict, blank=True)
    sources = models.JSONField(default=list, blank=True)
    params = models.JSONField(default=dict, blank=True)        # exempt, publish, meeting (id): the upload form's
    status = models.CharField(max_length=20, choices=STATUSES, default=PENDING)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    document = models.ForeignKey("store.Document", null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self):
        return f"{self.filename} ({self.get_status_display()})"

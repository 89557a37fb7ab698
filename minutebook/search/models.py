"""The search index: one row per searchable thing (agenda item, minute, resolution, action, document).

The full-text index itself lives beside this table and follows it row for row:
- SQLite: an FTS5 virtual table ``search_fts`` (external content = this table), kept in step by triggers;
- PostgreSQL: a generated ``vector`` tsvector column on this table with a GIN index.
Both are made by migration 0001 for the database in use. A later migration that makes Django's
SQLite backend rebuild this table drops the triggers with it: such a migration must recreate them
(see ``minutebook.search.backends.SQLITE_TRIGGERS``).

Rows carry their meeting, body and date so that filters are plain column tests; who may see a row is
always decided by ``minutebook.store.visibility`` through the row's source object.
"""
from __future__ import annotations

from django.db import models

from minutebook.store.models import Action, AgendaItem, Body, Document, Meeting, Minute, Resolution


class SearchEntry(models.Model):
    ITEM, MINUTE, RESOLUTION, ACTION, DOCUMENT = "item", "minute", "resolution", "action", "document"
    KINDS = [(ITEM, "Agenda item"), (MINUTE, "Minute"), (RESOLUTION, "Resolution"), (ACTION, "Action"),
             (DOCUMENT, "Document")]

    kind = models.CharField(max_length=12, choices=KINDS)
    body = models.ForeignKey(Body, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # a document outlives its meeting; the other kinds go with their source (below)
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    date = models.DateField(null=True, blank=True)
    agenda_item = models.OneToOneField(AgendaItem, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    minute = models.OneToOneField(Minute, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    resolution = models.OneToOneField(Resolution, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    action = models.OneToOneField(Action, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    document = models.OneToOneField(Document, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    title = models.CharField(max_length=500, blank=True)
    text = models.TextField(blank=True)
    anchor = models.CharField(max_length=120, blank=True)   # the place on the meeting page: "minute-132"

    class Meta:
        # newest-first reading of matches walks these backwards (see minutebook.search.query)
        indexes = [models.Index(fields=["body", "date", "id"], name="search_entry_body_date"),
                   models.Index(fields=["date", "id"], name="search_entry_date")]
        verbose_name_plural = "search entries"

    def __str__(self):
        return f"{self.kind}: {self.title}"

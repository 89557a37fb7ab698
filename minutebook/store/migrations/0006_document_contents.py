import django.db.models.deletion
from django.db import migrations, models


def backfill(apps, schema_editor):
    """What each stored document held, from the rows it was the source of and the paper it was."""
    Document, Content = apps.get_model("store", "Document"), apps.get_model("store", "DocumentContent")
    Minute, AgendaItem, Report = (apps.get_model("store", n) for n in ("Minute", "AgendaItem", "Report"))
    rows = []
    for doc in Document.objects.only("pk", "kind", "meeting_id").iterator():
        seen = set()

        def add(meeting_id, part, number="", exempt=False):
            if (meeting_id, part, number) not in seen:
                seen.add((meeting_id, part, number))
                rows.append(Content(document_id=doc.pk, meeting_id=meeting_id, part=part, number=number,
                                    exempt=exempt))

        for model, part, field in ((Minute, "minutes", "number"), (AgendaItem, "agenda", "number"),
                                   (Report, "report", "report_no")):
            for meeting_id, number, exempt in model.objects.filter(source_id=doc.pk).values_list(
                    "meeting_id", field, "exempt"):
                add(meeting_id, part)
                add(meeting_id, part, number or "", exempt)
        if doc.meeting_id and doc.kind != "minutes":
            add(doc.meeting_id, "agenda")
        if doc.meeting_id and doc.kind == "minutes":
            add(doc.meeting_id, "minutes")
    Content.objects.bulk_create(rows, batch_size=1000)


class Migration(migrations.Migration):

    dependencies = [
        ('store', '0005_edit_versions'),
    ]

    operations = [
        migrations.CreateModel(
            name='DocumentContent',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('part', models.CharField(choices=[('agenda', 'agenda'), ('minutes', 'minutes'), ('report', 'report')], max_length=10)),
                ('number', models.CharField(blank=True, max_length=40)),
                ('exempt', models.BooleanField(default=False)),
                ('document', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='contents', to='store.document')),
                ('meeting', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='store.meeting')),
            ],
            options={
                'indexes': [models.Index(fields=['meeting', 'part'], name='store_docum_meeting_c22e1b_idx')],
            },
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]

# Matters Arising: the meeting whose report gave a closed action, and report numbers reserved per meeting

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('store', '0006_document_contents'),
    ]

    operations = [
        migrations.AddField(
            model_name='actionupdate',
            name='reported_at',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='store.meeting'),
        ),
        migrations.CreateModel(
            name='ReportNumber',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(default='matters_arising', max_length=30)),
                ('report_no', models.CharField(max_length=40)),
                ('created', models.DateTimeField(auto_now_add=True)),
                ('body', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='report_numbers', to='store.body')),
                ('meeting', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='report_numbers', to='store.meeting')),
            ],
            options={
                'ordering': ['body', 'report_no'],
                'constraints': [models.UniqueConstraint(fields=('body', 'report_no'), name='report_no_once_per_body'), models.UniqueConstraint(fields=('meeting', 'kind'), name='one_report_no_per_meeting_paper')],
            },
        ),
    ]

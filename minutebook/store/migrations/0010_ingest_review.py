# A body merged into another by a clerk (reviewing an upload, or merging duplicates from the web)

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('store', '0009_meeting_recording'),
    ]

    operations = [
        migrations.AddField(
            model_name='body',
            name='merged_into',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='store.body'),
        ),
    ]

"""The cache table behind the "shared" (and by default "pages") cache: minutebook/web/pagecache.py."""
from django.core.management import call_command
from django.db import migrations


def create(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name('minutebook_cache')}")


class Migration(migrations.Migration):
    dependencies = [("web", "0002_job")]
    operations = [migrations.RunPython(create, drop)]

"""Remove what wagtail.contrib.forms and wagtail.contrib.search_promotions left in databases
created while they were installed: their tables (the form submissions' foreign key to pages would
block deleting pages), content types and permissions. Nothing used them."""

from django.db import migrations

REMOVED_APPS = ["wagtailforms", "wagtailsearchpromotions"]
TABLES = [
    "wagtailforms_formsubmission",
    "wagtailsearchpromotions_searchpromotion",
    "wagtailsearchpromotions_querydailyhits",
    "wagtailsearchpromotions_query",
]


def drop_removed_apps(apps, schema_editor):
    connection = schema_editor.connection
    existing = set(connection.introspection.table_names())
    cascade = " CASCADE" if connection.vendor == "postgresql" else ""
    for table in TABLES:
        if table in existing:
            schema_editor.execute(f"DROP TABLE {schema_editor.quote_name(table)}{cascade}")
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.using(schema_editor.connection.alias).filter(
        app_label__in=REMOVED_APPS
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(drop_removed_apps, migrations.RunPython.noop)]

"""Transactional tests (a live server, threads) end with a flush that removes the rows the
migrations made (locales, root page and collection, the default Site). These fixtures put
them back: `database_snapshot` for a module, `migrated_rows` before each test."""

from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection

from wagtail.models import Locale

import pytest


def restore(snapshot):
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(snapshot)
    # Only models with a table of their own (a permission-only model such as
    # translation.MalformReport has none).
    tables = [model for model in apps.get_models() if model._meta.managed]
    statements = connection.ops.sequence_reset_sql(no_style(), tables)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@pytest.fixture(scope="module")
def database_snapshot(django_db_setup, django_db_blocker):
    """The database as it was before this module, put back after it."""
    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
    yield snapshot
    with django_db_blocker.unblock():
        restore(snapshot)


@pytest.fixture
def migrated_rows(database_snapshot, transactional_db):
    """Each test starts from the migrated rows (the previous test's flush removed them)."""
    if not Locale.objects.exists():
        restore(database_snapshot)

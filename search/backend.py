"""Wagtail's database search backend, taught Norwegian inflection.

After the stock backend has indexed an object, the dictionary forms (lemmas) of its title and
body text are appended to its index entry, in the object's own language. Queries are widened the
same way: each word matches itself or its lemma. PostgreSQL then stems both with the
`SEARCH_CONFIG` ("norwegian"); SQLite (used by `make run`) matches the words as they are.

Configure with ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend", ...}}``.
"""

from functools import cache

from django.db import connection
from django.db.models import F, Value
from django.db.models.functions import Concat
from django.utils.translation import get_language

from modelsearch.backends.database.fallback import DatabaseSearchBackend
from modelsearch.index import SearchField
from modelsearch.utils import get_content_type_pk
from wagtail.models import Locale

from search.text import expand_query, extra_lemmas


def _language_of(obj, languages):
    locale_id = getattr(obj, "locale_id", None)
    return languages.get(locale_id, "nb")


def _texts(indexer):
    """(title text, body text) of an object, from the stock indexer's own field walk."""
    title, body = [], []
    for field in indexer.search_fields:
        for item in indexer.prepare_field(indexer.obj, field):
            current_field, value = item[0], item[-1]
            if isinstance(current_field, SearchField):
                (title if current_field.field_name == "title" else body).append(value)
    return " ".join(title), " ".join(body)


class LemmaQueryMixin:
    """Widens string queries with lemmas in the active language."""

    def search(self, query, model_or_queryset, fields=None, operator=None, **kwargs):
        if isinstance(query, str):
            expanded = expand_query(query, get_language() or "nb", operator or "and")
            query = expanded if expanded is not None else ""
        return super().search(query, model_or_queryset, fields=fields, operator=operator, **kwargs)


class LemmaIndexMixin:
    """Appends the lemmas of each indexed object's text to its index entry."""

    indexer_class = None

    def add_items(self, model, objs):
        objs = list(objs)
        super().add_items(model, objs)
        if not objs or not model.get_search_fields():
            return
        languages = dict(Locale.objects.values_list("id", "language_code"))
        content_type_pk = get_content_type_pk(model)
        for obj in objs:
            indexer = self.indexer_class(obj, self.backend)
            title, body = _texts(indexer)
            language = _language_of(obj, languages)
            title_lemmas = extra_lemmas(title, language)
            body_lemmas = extra_lemmas(body, language)
            if title_lemmas or body_lemmas:
                self.add_lemmas(content_type_pk, indexer.id, title_lemmas, body_lemmas)


@cache
def _postgres_backend():
    from modelsearch.backends.database.postgres import postgres

    class LemmaPostgresIndex(LemmaIndexMixin, postgres.PostgresIndex):
        indexer_class = postgres.ObjectIndexer

        def add_lemmas(self, content_type_pk, object_id, title_lemmas, body_lemmas):
            table = connection.ops.quote_name(postgres.IndexEntry._meta.db_table)
            config = self.backend.config or "simple"
            with self.write_connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {table} SET "
                    "title = title || setweight(to_tsvector(%s::regconfig, %s), 'A'), "
                    "body = body || setweight(to_tsvector(%s::regconfig, %s), 'B') "
                    "WHERE content_type_id = %s AND object_id = %s",
                    [config, title_lemmas, config, body_lemmas, content_type_pk, object_id],
                )

    class LemmaPostgresSearchBackend(LemmaQueryMixin, postgres.PostgresSearchBackend):
        index_class = LemmaPostgresIndex

    return LemmaPostgresSearchBackend


@cache
def _sqlite_backend():
    from modelsearch.backends.database.sqlite import sqlite

    class LemmaSQLiteIndex(LemmaIndexMixin, sqlite.SQLiteIndex):
        indexer_class = sqlite.ObjectIndexer

        def add_lemmas(self, content_type_pk, object_id, title_lemmas, body_lemmas):
            self.entries.filter(content_type_id=content_type_pk, object_id=object_id).update(
                title=Concat(F("title"), Value(" " + title_lemmas)),
                body=Concat(F("body"), Value(" " + body_lemmas)),
            )

    class LemmaSQLiteSearchBackend(LemmaQueryMixin, sqlite.SQLiteSearchBackend):
        index_class = LemmaSQLiteIndex

    return LemmaSQLiteSearchBackend


class LemmaFallbackSearchBackend(LemmaQueryMixin, DatabaseSearchBackend):
    """No full-text index: queries are still widened with lemmas."""


def SearchBackend(params):
    """The lemmatizing variant of the database backend for the default database's vendor.

    The stock backend modules for a vendor can only be imported on that vendor's database,
    hence the classes built on first use.
    """
    if connection.vendor == "postgresql":
        return _postgres_backend()(params)
    if connection.vendor == "sqlite" and _sqlite_fts_usable():
        return _sqlite_backend()(params)
    return LemmaFallbackSearchBackend(params)


@cache
def _sqlite_fts_usable():
    from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

    return fts5_available() and fts_table_exists()

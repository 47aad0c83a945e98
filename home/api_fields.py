"""API fields every content page shows in the read-only API (kb_site.api), and helpers for
the fields content types add. Only serializers and field lists live here, no models."""

from wagtail.api import APIField

from rest_framework import serializers


class TaxonomyTermsField(serializers.Field):
    """Topics or audiences as name and slug, named in the page's own language where they can be."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        keys = value.values_list("translation_key", flat=True)
        terms = value.model.objects.for_keys(keys).in_locale_else_any(value.instance.locale)
        return [{"name": term.name, "slug": term.slug} for term in terms]


def display(field_name):
    """An API field with the human-readable label of a choice field (e.g. `level_display`)."""
    return APIField(
        f"{field_name}_display",
        serializer=serializers.CharField(source=f"get_{field_name}_display", read_only=True),
    )


def content_api_fields():
    """The fields every content page (home.models.ContentPage) shows in the API."""
    return [
        APIField("summary"),
        APIField("listing_image"),
        APIField("topics", serializer=TaxonomyTermsField()),
        APIField("audiences", serializer=TaxonomyTermsField()),
        APIField("authors"),
        APIField("organisation"),
        APIField("original_language"),
        APIField("last_reviewed"),
        APIField("next_review"),
        APIField("last_published_at"),
    ]

"""Fields the read-only API (kb_site.api) shows for courses, lessons, resources and initiatives.

Only serializers and field lists live here, no models, so the page models can import it.
"""

from wagtail.api import APIField

from rest_framework import serializers


class TaxonomyTermsField(serializers.Field):
    """Topics or audiences as name and slug, the name in the page's own language."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return [{"name": term.localized.name, "slug": term.slug} for term in value.all()]


class LibrarySerializer(serializers.Serializer):
    """The library an initiative comes from: the facts that make libraries comparable."""

    name = serializers.CharField(read_only=True)
    municipality = serializers.CharField(read_only=True)
    municipality_number = serializers.CharField(read_only=True)
    county = serializers.CharField(read_only=True)
    county_display = serializers.CharField(source="get_county_display", read_only=True)
    population = serializers.IntegerField(read_only=True)
    library_type = serializers.CharField(read_only=True)
    library_type_display = serializers.CharField(source="get_library_type_display", read_only=True)
    self_service = serializers.BooleanField(read_only=True)
    staff_fte = serializers.DecimalField(max_digits=6, decimal_places=1, read_only=True)


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

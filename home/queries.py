"""Queries across the content types (courses, resources, initiatives) in one locale.

Each filter is a subquery per content type on that type's own table, so a listing costs a
fixed number of queries however many results it has.
"""

from django.apps import apps
from django.db.models import Q

from wagtail.models import Page

LISTED_MODELS = ("courses.CoursePage", "courses.ResourcePage", "initiatives.InitiativePage")


def listed_models():
    return [apps.get_model(label) for label in LISTED_MODELS]


def content_pages(locale, models=None, organisation=None, topic_key=None):
    """Live, public content pages of the given types in `locale`, newest first."""
    models = models or listed_models()
    pages = Page.objects.live().public().filter(locale=locale).type(*models)
    if organisation is not None or topic_key is not None:
        matching = Q(pk__in=[])
        for model in models:
            subquery = model.objects.all()
            if organisation is not None:
                subquery = subquery.filter(organisation=organisation)
            if topic_key is not None:
                subquery = subquery.filter(topics__translation_key=topic_key)
            matching |= Q(pk__in=subquery.values("pk"))
        pages = pages.filter(matching)
    return pages.order_by("-first_published_at", "pk")


def latest_content(locale, limit=6):
    return content_pages(locale).specific()[:limit]

"""Queries across the content types (courses, resources, initiatives) in one locale.

Each filter is a subquery per content type on that type's own table, so a listing costs a
fixed number of queries however many results it has.
"""

from django.apps import apps
from django.db.models import Q

from wagtail.models import Page

from home.visibility import visible_pages

LISTED_MODELS = ("courses.CoursePage", "courses.ResourcePage", "initiatives.InitiativePage")


def listed_models():
    return [apps.get_model(label) for label in LISTED_MODELS]


def content_pages(locale, models=None, organisation=None, topic_key=None):
    """Visible (live, public, no unpublished ancestor) content pages of the given types in
    `locale`, newest first."""
    models = models or listed_models()
    pages = visible_pages(Page.objects.filter(locale=locale)).type(*models)
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


def attach_organisations(items):
    """Fill in each item's organisation with one query, for cards that name it."""
    from home.models import ContributorPage

    ids = {item.organisation_id for item in items if getattr(item, "organisation_id", None)}
    if not ids:
        return items
    organisations = ContributorPage.objects.in_bulk(ids)
    for item in items:
        organisation_id = getattr(item, "organisation_id", None)
        if organisation_id:
            item.organisation = organisations.get(organisation_id)
    return items


def has_library(model):
    return any(field.name == "library" for field in model._meta.get_fields())


def filtered_pages(filterset, locale, models, base_filter=None):
    """Live content pages of `models` in `locale`, filtered by `filterset`, in its order.

    A single model gives a queryset of that model with the organisation joined in; several give
    a Page queryset of specific pages (one extra query per content type, never per result).
    """
    filterset.cleaned()
    ordering = filterset.ordering()
    if len(models) == 1:
        model = models[0]
        pages = visible_pages(model.objects.filter(locale=locale))
        if base_filter is not None:
            pages = pages.filter(base_filter(model))
        pages = filterset.filter_queryset(pages)
        related = ["organisation"] + (["library"] if has_library(model) else [])
        return pages.select_related(*related).order_by(*ordering)
    matching = Q(pk__in=[])
    for model in models:
        subquery = model.objects.all()
        if base_filter is not None:
            subquery = subquery.filter(base_filter(model))
        subquery = filterset.filter_queryset(subquery)
        matching |= Q(pk__in=subquery.values("pk"))
    pages = visible_pages(Page.objects.filter(locale=locale)).type(*models).filter(matching)
    return pages.order_by(*ordering).specific()


def listing_context(request, locale, models, filterset_class, base_filter=None):
    """Context for a filtered, paginated listing: the filter form, the page of results, and
    the query string that keeps the filters in pagination links."""
    from django.core.paginator import Paginator
    from django.utils.http import urlencode

    from home.models.pages import PAGE_SIZE

    filterset = filterset_class(request.GET, locale=locale)
    pages = filtered_pages(filterset, locale, models, base_filter=base_filter)
    page_obj = Paginator(pages, PAGE_SIZE).get_page(request.GET.get("side"))
    if len(models) > 1:
        page_obj.object_list = attach_organisations(list(page_obj.object_list))
    return {
        "filter": filterset,
        "page_obj": page_obj,
        "querystring": urlencode(filterset.querystring_items()),
        # Initiative cards name their library where it was fetched with them.
        "show_library": len(models) == 1 and has_library(models[0]),
    }

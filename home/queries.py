"""Queries across the content types (courses, resources, initiatives) in one locale.

Each filter is a subquery per content type on that type's own table, so a listing costs a
fixed number of queries however many results it has.
"""

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import QueryDict

from wagtail.models import Page

from home.models.content import section_model
from home.visibility import visible_pages

PAGE_SIZE = 12


def content_pages(locale, models, organisation=None, topic_key=None):
    """Visible (live, public, no unpublished ancestor) content pages of the given types in
    `locale`, newest first."""
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


def attach_organisations(items):
    """Fill in each item's organisation with one query, for cards that name it."""
    ids = {item.organisation_id for item in items if getattr(item, "organisation_id", None)}
    if not ids:
        return items
    organisations = section_model().objects.in_bulk(ids)
    for item in items:
        organisation_id = getattr(item, "organisation_id", None)
        if organisation_id:
            item.organisation = organisations.get(organisation_id)
    return items


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
            pages = pages.filter(base_filter)
        pages = filterset.filter_queryset(pages)
        return pages.select_related(*model.listing_related).order_by(*ordering)
    matching = Q(pk__in=[])
    for model in models:
        subquery = model.objects.all()
        if base_filter is not None:
            subquery = subquery.filter(base_filter)
        subquery = filterset.filter_queryset(subquery)
        matching |= Q(pk__in=subquery.values("pk"))
    pages = visible_pages(Page.objects.filter(locale=locale)).type(*models).filter(matching)
    return pages.order_by(*ordering).specific()


def listing_context(request, locale, models, filterset_class, base_filter=None):
    """Context for a filtered, paginated listing: the filter form, the page of results, and
    the valid filters (`query`) for pagination links to keep."""
    filterset = filterset_class(request.GET, locale=locale)
    pages = filtered_pages(filterset, locale, models, base_filter=base_filter)
    page_obj = Paginator(pages, PAGE_SIZE).get_page(request.GET.get("side"))
    if len(models) > 1:
        page_obj.object_list = attach_organisations(list(page_obj.object_list))
    query = QueryDict(mutable=True)
    for name, value in filterset.querystring_items():
        query.appendlist(name, value)
    # A catalog of one type shows its detailed cards (with what `listing_related` fetched).
    return {
        "filter": filterset,
        "page_obj": page_obj,
        "query": query,
        "detailed_cards": len(models) == 1,
    }

"""Site search (/nb/sok/, /nn/sok/) and its suggestions (/nb/sok/forslag/).

Searches the visitor's language only, through the configured Wagtail backend (which widens
queries with Norwegian lemmas, see home/search_backend.py). Results are counted by content type
and topic, can be narrowed by either, and come with a highlighted excerpt.
"""

from collections import Counter, defaultdict

from django.apps import apps
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.encoding import force_str
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from wagtail.models import Locale, Page
from wagtail.search import index

from home.queries import attach_organisations
from home.search_text import clean_query, highlight, words
from home.visibility import exclude_below_unpublished

PAGE_SIZE = 10
MAX_RESULTS = 500
MAX_SUGGESTIONS = 8

# Searched page types by the key used in addresses, in the order counts are shown.
SEARCHED_TYPES = {
    "nettkurs": "courses.CoursePage",
    "leksjon": "courses.LessonPage",
    "ressurs": "courses.ResourcePage",
    "tiltak": "initiatives.InitiativePage",
    "tema": "home.TopicPage",
    "organisasjon": "home.ContributorPage",
    "side": "home.StandardPage",
}


def searched_models():
    return {key: apps.get_model(label) for key, label in SEARCHED_TYPES.items()}


def current_locale():
    try:
        return Locale.objects.get_for_language(get_language())
    except Locale.DoesNotExist:
        return Locale.get_default()


def searchable_pages(locale):
    pages = Page.objects.live().public().filter(locale=locale).type(*searched_models().values())
    return exclude_below_unpublished(pages)


def _flatten(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return " ".join(_flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_flatten(item) for item in value.values())
    return force_str(value)


def page_text(page):
    """The indexed text of a page except its title (summary first), for excerpts."""
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "title":
            text = _flatten(field.get_value(page)).strip()
            if text:
                parts.append(text)
    return " … ".join(parts)


def topic_keys_by_page(hits):
    """{page id: {topic translation keys}} for the hits that have topics, one query per type."""
    by_model = defaultdict(list)
    for hit in hits:
        by_model[hit.specific_class].append(hit.pk)
    keys = defaultdict(set)
    for model, ids in by_model.items():
        if model is None or not any(f.name == "topics" for f in model._meta.get_fields()):
            continue
        rows = model.objects.filter(pk__in=ids, topics__isnull=False).values_list(
            "pk", "topics__translation_key"
        )
        for page_id, key in rows:
            keys[page_id].add(key)
    return keys


def topics_for_keys(keys, locale):
    """{translation key: topic}, preferring each topic's row in `locale`."""
    from home.models import Topic

    best = {}
    for topic in Topic.objects.filter(translation_key__in=keys):
        current = best.get(topic.translation_key)
        if current is None or (topic.locale_id == locale.pk and current.locale_id != locale.pk):
            best[topic.translation_key] = topic
    return best


def _type_key(hit, keys_by_model):
    return keys_by_model.get(hit.specific_class)


@require_GET
def search(request):
    locale = current_locale()
    language = locale.language_code
    query = clean_query(request.GET.get("q", ""))
    models = searched_models()
    keys_by_model = {model: key for key, model in models.items()}

    context = {"search_query": query, "page_obj": None, "results": []}
    if not query or not words(query):
        return render(request, "home/search.html", context)

    hits = list(searchable_pages(locale).search(query)[:MAX_RESULTS])
    page_topics = topic_keys_by_page(hits)
    topics = topics_for_keys({key for keys in page_topics.values() for key in keys}, locale)
    topic_by_slug = {topic.slug: key for key, topic in topics.items()}

    type_counts = Counter(_type_key(hit, keys_by_model) for hit in hits)
    topic_counts = Counter(key for keys in page_topics.values() for key in keys)

    chosen_type = request.GET.get("type", "")
    chosen_type = chosen_type if chosen_type in type_counts else ""
    chosen_topic = topic_by_slug.get(request.GET.get("tema", ""))
    shown = [
        hit
        for hit in hits
        if (not chosen_type or _type_key(hit, keys_by_model) == chosen_type)
        and (chosen_topic is None or chosen_topic in page_topics.get(hit.pk, ()))
    ]

    page_obj = Paginator(shown, PAGE_SIZE).get_page(request.GET.get("side"))
    ids = [hit.pk for hit in page_obj.object_list]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    pages = attach_organisations([specific[pk] for pk in ids if pk in specific])
    results = [
        {
            "page": page,
            "type_label": capfirst(page._meta.verbose_name),
            "excerpt": highlight(page_text(page), query, language),
        }
        for page in pages
    ]

    base = [("q", query)]
    chosen = base + ([("type", chosen_type)] if chosen_type else [])
    chosen += [("tema", topics[chosen_topic].slug)] if chosen_topic else []
    context.update(
        {
            "page_obj": page_obj,
            "results": results,
            "total": len(hits),
            "shown_count": len(shown),
            "querystring": urlencode(chosen),
            "type_facets": [
                {
                    "key": key,
                    "label": capfirst(model._meta.verbose_name_plural),
                    "count": type_counts[key],
                    "active": key == chosen_type,
                    "url": "?" + urlencode(base + [("type", key)]),
                }
                for key, model in models.items()
                if type_counts[key]
            ],
            "topic_facets": sorted(
                (
                    {
                        "label": topic.name,
                        "count": topic_counts[key],
                        "active": key == chosen_topic,
                        "url": "?" + urlencode(base + [("tema", topic.slug)]),
                    }
                    for key, topic in topics.items()
                ),
                key=lambda facet: (-facet["count"], facet["label"].lower()),
            ),
            "filtered": bool(chosen_type or chosen_topic),
        }
    )
    return render(request, "home/search.html", context)


@require_GET
def search_suggestions(request):
    """Up to eight titles and topic names that start like the query, as JSON."""
    from home.models import Topic

    query = " ".join(words(clean_query(request.GET.get("q", ""))))
    suggestions = []
    if len(query) >= 2:
        locale = current_locale()
        last_word = query.split()[-1]
        for topic in Topic.objects.filter(locale=locale, name__istartswith=last_word)[:3]:
            suggestions.append(topic.name)
        for page in searchable_pages(locale).autocomplete(query)[:MAX_SUGGESTIONS]:
            suggestions.append(page.title)
    unique = list(dict.fromkeys(suggestions))[:MAX_SUGGESTIONS]
    response = JsonResponse({"query": query, "suggestions": unique})
    response["Cache-Control"] = "public, max-age=300"
    return response

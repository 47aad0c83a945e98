"""Site search (/nb/sok/, /nn/sok/) and its suggestions (/nb/sok/forslag/).

Searches the visitor's language only, through the configured Wagtail backend (which widens
queries with Norwegian lemmas, see search/backend.py). Results are counted by content type
and topic, can be narrowed by either, and come with a highlighted excerpt.
"""

from collections import Counter, defaultdict
from functools import cached_property

from django.core.paginator import Paginator
from django.http import JsonResponse, QueryDict
from django.utils.decorators import method_decorator
from django.utils.encoding import force_str
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from wagtail.models import Locale, Page
from wagtail.search import index

from home.models import ContributorPage, StandardPage, Topic, TopicPage, content_types
from home.queries import attach_organisations
from home.visibility import exclude_below_unpublished
from search.text import clean_query, highlight, words

PAGE_SIZE = 10
MAX_RESULTS = 500
MAX_SUGGESTIONS = 8

# The site's own page types by the key used in addresses, after the content types.
SITE_PAGE_TYPES = {"tema": TopicPage, "organisasjon": ContributorPage, "side": StandardPage}


def searched_models():
    """{key: model} of the searched page types, in the order counts are shown."""
    return {model.type_key: model for model in content_types()} | SITE_PAGE_TYPES


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


@method_decorator(require_GET, name="dispatch")
class SearchView(TemplateView):
    """Results for `q` in the visitor's language, counted and narrowed by type and topic."""

    template_name = "search/search.html"

    @cached_property
    def locale(self):
        return Locale.get_active()

    @cached_property
    def query(self):
        return clean_query(self.request.GET.get("q", ""))

    @cached_property
    def hits(self):
        return list(searchable_pages(self.locale).search(self.query)[:MAX_RESULTS])

    @cached_property
    def type_keys(self):
        return {model: key for key, model in searched_models().items()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"search_query": self.query, "page_obj": None, "results": []})
        if self.query and words(self.query):
            context.update(self.results())
        return context

    def results(self):
        hits = self.hits
        page_topics = topic_keys_by_page(hits)
        topics = {
            topic.translation_key: topic
            for topic in Topic.objects.for_keys(
                {key for keys in page_topics.values() for key in keys}
            ).in_locale_else_any(self.locale)
        }
        topic_by_slug = {topic.slug: key for key, topic in topics.items()}
        type_counts = Counter(self.type_keys.get(hit.specific_class) for hit in hits)
        topic_counts = Counter(key for keys in page_topics.values() for key in keys)

        chosen_type = self.request.GET.get("type", "")
        chosen_type = chosen_type if chosen_type in type_counts else ""
        chosen_topic = topic_by_slug.get(self.request.GET.get("tema", ""))
        shown = [
            hit
            for hit in hits
            if (not chosen_type or self.type_keys.get(hit.specific_class) == chosen_type)
            and (chosen_topic is None or chosen_topic in page_topics.get(hit.pk, ()))
        ]
        page_obj = Paginator(shown, PAGE_SIZE).get_page(self.request.GET.get("side"))

        base = [("q", self.query)]
        chosen = base + ([("type", chosen_type)] if chosen_type else [])
        chosen += [("tema", topics[chosen_topic].slug)] if chosen_topic else []
        return {
            "page_obj": page_obj,
            "results": self.result_items(page_obj.object_list),
            "total": len(hits),
            "shown_count": len(shown),
            "query": QueryDict(urlencode(chosen)),
            "base_query": QueryDict(urlencode(base)),
            "type_facets": [
                {
                    "key": key,
                    "label": capfirst(model._meta.verbose_name_plural),
                    "count": type_counts[key],
                    "active": key == chosen_type,
                }
                for key, model in searched_models().items()
                if type_counts[key]
            ],
            "topic_facets": sorted(
                (
                    {
                        "label": topic.name,
                        "slug": topic.slug,
                        "count": topic_counts[key],
                        "active": key == chosen_topic,
                    }
                    for key, topic in topics.items()
                ),
                key=lambda facet: (-facet["count"], facet["label"].lower()),
            ),
            "filtered": bool(chosen_type or chosen_topic),
        }

    def result_items(self, hits):
        """The specific pages of one page of hits, with type label and highlighted excerpt."""
        ids = [hit.pk for hit in hits]
        specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
        pages = attach_organisations([specific[pk] for pk in ids if pk in specific])
        language = self.locale.language_code
        return [
            {
                "page": page,
                "type_label": capfirst(page._meta.verbose_name),
                "excerpt": highlight(page_text(page), self.query, language),
            }
            for page in pages
        ]


@require_GET
def search_suggestions(request):
    """Up to eight titles and topic names that start like the query, as JSON."""
    query = " ".join(words(clean_query(request.GET.get("q", ""))))
    suggestions = []
    if len(query) >= 2:
        locale = Locale.get_active()
        last_word = query.split()[-1]
        for topic in Topic.objects.filter(locale=locale, name__istartswith=last_word)[:3]:
            suggestions.append(topic.name)
        for page in searchable_pages(locale).autocomplete(query)[:MAX_SUGGESTIONS]:
            suggestions.append(page.title)
    unique = list(dict.fromkeys(suggestions))[:MAX_SUGGESTIONS]
    response = JsonResponse({"query": query, "suggestions": unique})
    response["Cache-Control"] = "public, max-age=300"
    return response

"""Atom feeds of newly published courses, resources and initiatives: overall and per topic."""

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpRequest
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from wagtail.models import Locale

from home.models import ContributorPage, HomePage, Topic, TopicPage, listed_types
from home.queries import content_pages
from kb_site.absolute_urls import absolute_url

FEED_LENGTH = 30


@dataclass
class FeedSource:
    """What one feed request covers: a locale, and a topic for the per-topic feed."""

    locale: Locale
    path: str
    title: str
    subtitle: str
    link: str
    request: HttpRequest
    topic: Topic | None = None


def _home_url(locale, request):
    home = HomePage.objects.live().filter(locale=locale).first()
    if home is None:
        return absolute_url(f"/{locale.language_code}/", request)
    return home.get_full_url(request)


class LatestContentFeed(Feed):
    """Newly published content in the visitor's language, newest first.

    Every link is absolute from the Wagtail Site (Django's Feed would otherwise prefix relative
    links with the request's Host header).
    """

    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        locale = Locale.get_active()
        return FeedSource(
            locale=locale,
            path=absolute_url(request.path, request),
            title=_("Kompetansebanken: nytt innhold"),
            subtitle=_("Nye nettkurs, læringsressurser og tiltak på Kompetansebanken."),
            link=_home_url(locale, request),
            request=request,
        )

    def title(self, obj):
        return obj.title

    def subtitle(self, obj):
        return obj.subtitle

    def link(self, obj):
        return obj.link

    def feed_url(self, obj):
        return obj.path

    def feed_guid(self, obj):
        return obj.path

    def items(self, obj):
        topic_key = obj.topic.translation_key if obj.topic else None
        pages = list(
            content_pages(obj.locale, listed_types(), topic_key=topic_key).specific()[:FEED_LENGTH]
        )
        self._attach_names(pages, obj.locale)
        for page in pages:
            page.feed_link = page.get_full_url(obj.request)
        return pages

    @staticmethod
    def _attach_names(pages, locale):
        """Organisation and topic names for every item with a few queries, not two per item."""
        by_type = defaultdict(list)
        for page in pages:
            by_type[type(page)].append(page)
        for group in by_type.values():
            prefetch_related_objects(group, "topics")
        organisation_ids = {page.organisation_id for page in pages if page.organisation_id}
        organisations = dict(
            ContributorPage.objects.filter(pk__in=organisation_ids).values_list("pk", "title")
        )
        topic_keys = {topic.translation_key for page in pages for topic in page.topics.all()}
        topic_names = dict(
            Topic.objects.filter(translation_key__in=topic_keys, locale=locale).values_list(
                "translation_key", "name"
            )
        )
        for page in pages:
            page.feed_author = organisations.get(page.organisation_id, "Kompetansebanken")
            page.feed_categories = [
                topic_names.get(topic.translation_key, topic.name) for topic in page.topics.all()
            ]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.feed_link

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_author_name(self, item):
        return item.feed_author

    def item_categories(self, item):
        return item.feed_categories


class TopicFeed(LatestContentFeed):
    """Newly published content on one topic, found by the topic's slug in this language."""

    def get_object(self, request, slug, *args, **kwargs):
        locale = Locale.get_active()
        # The topic in this language; one not yet translated is found by its shared slug.
        topic = (
            Topic.objects.filter(slug=slug, locale=locale).first()
            or Topic.objects.filter(slug=slug).order_by("pk").first()
        )
        if topic is None:
            raise Http404(_("Fant ikke temaet."))
        topic_page = (
            TopicPage.objects.live()
            .filter(locale=locale, topic__translation_key=topic.translation_key)
            .first()
        )
        return FeedSource(
            locale=locale,
            path=absolute_url(request.path, request),
            title=_("Kompetansebanken: nytt om %(topic)s") % {"topic": topic.name},
            subtitle=topic.description
            or _("Nye nettkurs, læringsressurser og tiltak om %(topic)s.") % {"topic": topic.name},
            link=topic_page.get_full_url(request) if topic_page else _home_url(locale, request),
            request=request,
            topic=topic,
        )

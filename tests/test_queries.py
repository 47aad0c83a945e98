"""Fast pages: the number of database queries must not grow with the number of results or
lessons. Each test measures a page, adds many more results, and measures it again."""

import datetime
import itertools

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from courses.models import CourseIndexPage
from home.models import TopicPage
from initiatives.models import InitiativeIndexPage
from tests import factories
from tests.factories import add_catalog

pytestmark = pytest.mark.django_db


def query_count(client, url, **params):
    """Queries for one request, measured after a first request has warmed the caches."""
    assert client.get(url, params).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), response


@pytest.fixture
def taxonomy():
    topic = factories.TopicFactory(name="Bokprat", slug="bokprat")
    audience = factories.AudienceFactory(name="Ledere", slug="ledere")
    return topic, audience


def make_courses(parent, count, topic, audience, start=0):
    for number in range(start, start + count):
        factories.CoursePageFactory(
            parent=parent, title=f"Kurs {number:03d}", topics=[topic], audiences=[audience]
        )


def test_course_catalog_queries_do_not_grow_with_results(client, home_nb, taxonomy):
    topic, audience = taxonomy
    org_a = factories.ContributorPageFactory(parent=home_nb, title="Agder fylkesbibliotek")
    org_b = factories.ContributorPageFactory(parent=home_nb, title="Troms fylkesbibliotek")
    catalog = add_catalog(home_nb, CourseIndexPage, "Nettkurs", "nettkurs")
    make_courses(org_a, 3, topic, audience)
    make_courses(org_b, 2, topic, audience, start=3)
    few, response = query_count(client, catalog.url, tema="bokprat", sorter="tittel")
    assert "5 treff" in response.content.decode()

    make_courses(org_a, 25, topic, audience, start=5)
    make_courses(org_b, 20, topic, audience, start=30)
    many, response = query_count(client, catalog.url, tema="bokprat", sorter="tittel")
    assert "50 treff" in response.content.decode()
    assert many == few
    # Every card names its organisation without a query of its own.
    assert response.content.decode().count("Troms fylkesbibliotek") >= 2


def test_initiative_catalog_queries_do_not_grow_with_results(client, home_nb, contributor):
    catalog = add_catalog(home_nb, InitiativeIndexPage, "Tiltak", "tiltak")

    def make(count):
        for _number in range(count):
            factories.InitiativePageFactory(
                parent=contributor, period_end=datetime.date(2024, 12, 31)
            )

    make(5)
    few, _response = query_count(client, catalog.url, meraapent="ja", fylke="innlandet")
    make(45)
    many, response = query_count(client, catalog.url, meraapent="ja", fylke="innlandet")
    assert "50 treff" in response.content.decode()
    assert many == few


def test_topic_page_queries_do_not_grow_with_results(client, home_nb, contributor, taxonomy):
    topic, _audience = taxonomy
    topic_page = TopicPage(title="Bokprat", slug="bokprat", topic=topic)
    home_nb.add_child(instance=topic_page)
    makers = itertools.cycle(
        [
            lambda: factories.CoursePageFactory(parent=contributor, topics=[topic]),
            lambda: factories.ResourcePageFactory(parent=contributor, topics=[topic]),
            lambda: factories.InitiativePageFactory(
                parent=contributor, topics=[topic], period_end=datetime.date(2024, 12, 31)
            ),
        ]
    )

    for _number in range(6):
        next(makers)()
    few, _response = query_count(client, topic_page.url)
    for _number in range(45):
        next(makers)()
    many, response = query_count(client, topic_page.url)
    assert "51 treff" in response.content.decode()
    assert many == few


def test_search_queries_do_not_grow_with_results(client, contributor, taxonomy):
    topic, _audience = taxonomy

    def make(count):
        # One content type: the page of results loads its specific pages per type.
        for _number in range(count):
            factories.ResourcePageFactory(
                parent=contributor, summary="En startpakke om bokprat.", topics=[topic]
            )

    with translation.override("nb"):
        from django.urls import reverse

        url = reverse("search")
    make(5)
    few, _response = query_count(client, url, q="bokprat")
    make(45)
    many, response = query_count(client, url, q="bokprat")
    assert "50 treff" in response.content.decode()
    assert many == few


def test_course_page_queries_do_not_grow_with_lessons(client, contributor):
    course = factories.CoursePageFactory(parent=contributor, title="Kurs med leksjoner")
    for number in range(2):
        factories.LessonPageFactory(parent=course, title=f"Leksjon {number}")
    few, _response = query_count(client, course.url)
    for number in range(2, 14):
        factories.LessonPageFactory(parent=course, title=f"Leksjon {number}")
    many, response = query_count(client, course.url)
    assert "Leksjon 13" in response.content.decode()
    assert many == few

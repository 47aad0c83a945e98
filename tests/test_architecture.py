"""The base finds the content types through Wagtail's registry, and asks them what it needs."""

from django.core.exceptions import ImproperlyConfigured

import pytest

from courses.filters import CourseFilterSet, ResourceFilterSet
from courses.models import CoursePage, LessonPage, ResourcePage
from home.filters import filterset_for, topic_filterset
from home.models import content_types, listed_types
from home.models.content import content_type_for_key
from initiatives.filters import InitiativeFilterSet
from initiatives.models import InitiativePage


def test_content_types_are_the_content_page_subclasses():
    assert content_types() == [CoursePage, LessonPage, ResourcePage, InitiativePage]
    assert listed_types() == [CoursePage, ResourcePage, InitiativePage]


def test_each_content_type_names_its_own_filters():
    assert filterset_for(CoursePage) is CourseFilterSet
    assert filterset_for(ResourcePage) is ResourceFilterSet
    assert filterset_for(InitiativePage) is InitiativeFilterSet


def test_an_unknown_content_type_fails_loudly():
    with pytest.raises(ImproperlyConfigured):
        filterset_for(LessonPage)
    with pytest.raises(LookupError):
        content_type_for_key("podkast")
    assert content_type_for_key("tiltak") is InitiativePage


@pytest.mark.parametrize("key", ["", "nettkurs"])
def test_a_content_type_without_its_own_key_is_refused(monkeypatch, key):
    monkeypatch.setattr(ResourcePage, "type_key", key)
    with pytest.raises(ImproperlyConfigured, match="ResourcePage"):
        content_types()


def test_topic_pages_offer_the_listed_types_and_their_facets():
    filterset = topic_filterset()
    assert "tema" not in filterset.base_filters
    assert [key for key, _label in filterset.base_filters["type"].extra["choices"]] == [
        "nettkurs",
        "ressurs",
        "tiltak",
    ]
    for name in CoursePage.topic_facets:
        assert filterset.base_filters[name] is CourseFilterSet.base_filters[name]
    assert "ressurstype" not in filterset.base_filters

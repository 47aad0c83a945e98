"""Live translations change only through the workflow, whatever wagtail-localize route is used.

A translator changes a string of a published, reviewed Nynorsk lesson, then uses «Oversett
denne siden» with *include subtree* on the Bokmål course: the public lesson keeps its reviewed
title, the change waits as a draft revision and goes live only after the workflow. Snippet
translations (topics, audiences) are made only by Ressursgruppen, which owns the taxonomy.
"""

from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Locale, Page, TaskState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

import pytest

from home.models import Topic
from tests import factories
from workflows.organisations import RESOURCE_GROUP, TRANSLATORS, reviewers_group_name

pytestmark = pytest.mark.django_db

ORG = "Innlandet fylkesbibliotek"
REVIEWED_TITLE = "Bokprat i praksis på nynorsk"
UNREVIEWED_TITLE = "Ugodkjent tittel"


def user_in(name, *groups):
    user = get_user_model().objects.create_user(name, f"{name}@example.com", "pw")
    for group in groups:
        user.groups.add(Group.objects.get(name=group))
    return user


def set_string(client, translation, path, value):
    """What the translation editor does when a translator saves one string."""
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content


@pytest.fixture
def world(home_nb):
    nn = Locale.objects.get(language_code="nn")
    section = factories.ContributorPageFactory(parent=home_nb, title=ORG)
    section.save_revision().publish()
    section_nn = section.copy_for_translation(nn)
    section_nn.save_revision().publish()
    call_command("setup_editorial", verbosity=0)
    course = factories.CoursePageFactory(parent=section, title="Bokprat for alle")
    course.save_revision().publish()
    lesson = factories.LessonPageFactory(parent=course, title="Bokprat i praksis")
    lesson.save_revision().publish()
    # The Nynorsk course is still an alias of the Bokmål one (as locale sync makes it); the
    # lesson has a reviewed, published Nynorsk translation.
    course.create_alias(parent=section_nn, update_locale=nn)
    translator = user_in("oversetter", TRANSLATORS)
    source, _created = TranslationSource.get_or_create_from_instance(lesson)
    translation = Translation.objects.create(source=source, target_locale=nn)
    translation.save_target(user=translator)  # a draft nn lesson, Nynorsk strings to come
    return {
        "nn": nn,
        "course": course,
        "lesson": lesson,
        "translation": translation,
        "translator": translator,
        "county": user_in("godkjenner", reviewers_group_name(ORG)),
        "resource": user_in("ressurs", RESOURCE_GROUP),
    }


def publish_reviewed(client, world, django_capture_on_commit_callbacks):
    """The translator's Nynorsk title goes through the workflow and is published."""
    translation = world["translation"]
    client.force_login(world["translator"])
    set_string(client, translation, "title", REVIEWED_TITLE)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("kb_translation_send_for_review", args=[translation.pk]))
    approve_all(client, world, django_capture_on_commit_callbacks)
    target = Page.objects.get(pk=translation.get_target_instance().pk)
    assert target.live and target.title == REVIEWED_TITLE
    return target


def approve_all(client, world, django_capture_on_commit_callbacks):
    target = world["translation"].get_target_instance()
    for user in (world["county"], world["resource"]):
        client.force_login(user)
        state = TaskState.objects.get(
            workflow_state=target.current_workflow_state, status="in_progress"
        )
        url = reverse("wagtailadmin_pages:workflow_action", args=[target.pk, "approve", state.pk])
        with django_capture_on_commit_callbacks(execute=True):
            client.post(url, {"comment": ""})


def test_translate_subtree_keeps_a_live_translation_as_it_was_reviewed(
    client, world, django_capture_on_commit_callbacks
):
    target = publish_reviewed(client, world, django_capture_on_commit_callbacks)
    public_url = target.url

    # The translator changes the title (stored, not live) and translates the course's subtree.
    client.force_login(world["translator"])
    set_string(client, world["translation"], "title", UNREVIEWED_TITLE)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[world["course"].pk]),
            {"locales": [world["nn"].pk], "include_subtree": "on"},
            follow=True,
        )
    assert response.status_code == 200
    assert "lagret som utkast" in response.content.decode()

    target = Page.objects.get(pk=target.pk)
    assert target.live and target.title == REVIEWED_TITLE
    assert target.has_unpublished_changes
    assert target.get_latest_revision_as_object().title == UNREVIEWED_TITLE
    client.logout()
    public = client.get(public_url)
    assert public.status_code == 200
    assert REVIEWED_TITLE in public.content.decode()
    assert UNREVIEWED_TITLE not in public.content.decode()

    # The change goes through the workflow like any other and is live only when approved.
    client.force_login(world["translator"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("kb_translation_send_for_review", args=[world["translation"].pk]))
    assert Page.objects.get(pk=target.pk).title == REVIEWED_TITLE
    approve_all(client, world, django_capture_on_commit_callbacks)
    assert Page.objects.get(pk=target.pk).title == UNREVIEWED_TITLE


def test_translate_subtree_refuses_while_a_translation_is_in_review(
    client, world, django_capture_on_commit_callbacks
):
    target = publish_reviewed(client, world, django_capture_on_commit_callbacks)
    client.force_login(world["translator"])
    set_string(client, world["translation"], "title", "Andre utkast")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("kb_translation_send_for_review", args=[world["translation"].pk]))
    revision_in_review = Page.objects.get(pk=target.pk).latest_revision_id

    set_string(client, world["translation"], "title", UNREVIEWED_TITLE)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[world["course"].pk]),
        {"locales": [world["nn"].pk], "include_subtree": "on"},
        follow=True,
    )
    assert "er til gjennomgang" in response.content.decode()
    target = Page.objects.get(pk=target.pk)
    assert target.latest_revision_id == revision_in_review
    assert target.title == REVIEWED_TITLE


@pytest.fixture
def topic(world):
    topic = factories.TopicFactory(name="Bokprat", slug="bokprat")
    topic_nn = topic.copy_for_translation(world["nn"])
    topic_nn.name = "Bokprat (nynorsk, godkjent)"
    topic_nn.save()
    return topic, topic_nn


def test_translators_cannot_translate_or_sync_the_taxonomy(client, world, topic):
    topic, topic_nn = topic
    audience = factories.AudienceFactory(name="Ledere", slug="ledere")
    client.force_login(world["translator"])
    submit = reverse(
        "wagtail_localize:submit_snippet_translation", args=["home", "audience", audience.pk]
    )
    response = client.post(submit, {"locales": [world["nn"].pk]}, follow=True)
    assert "Ressursgruppen" in response.content.decode()
    assert not audience.get_translations().exists()

    # Sync with "publish" would overwrite the Nynorsk topic with untranslated Bokmål text.
    source, _created = TranslationSource.get_or_create_from_instance(topic)
    Translation.objects.create(source=source, target_locale=world["nn"])
    topic.name = "Bokprat endret"
    topic.save()
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
        follow=True,
    )
    assert "Ressursgruppen" in response.content.decode()
    assert Topic.objects.get(pk=topic_nn.pk).name == "Bokprat (nynorsk, godkjent)"


def test_ressursgruppen_translates_the_taxonomy(client, world):
    audience = factories.AudienceFactory(name="Ledere", slug="ledere")
    client.force_login(world["resource"])
    submit = reverse(
        "wagtail_localize:submit_snippet_translation", args=["home", "audience", audience.pk]
    )
    response = client.post(submit, {"locales": [world["nn"].pk]})
    assert response.status_code == 302
    assert audience.get_translations().filter(locale=world["nn"]).exists()

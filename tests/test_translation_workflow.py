"""Translations go through the publishing workflow: a translator (group "Oversettere")
creates and edits a translation but cannot publish it; it goes live only after the county
reviewers and then Ressursgruppen approve."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Locale, Page, TaskState
from wagtail_localize.models import Translation

import pytest

from tests import factories
from translation.languages import relative_path
from workflows.organisations import RESOURCE_GROUP, TRANSLATORS, reviewers_group_name

pytestmark = pytest.mark.django_db

ORG = "Innlandet fylkesbibliotek"


def user_in(name, *groups):
    user = get_user_model().objects.create_user(name, f"{name}@example.com", "pw")
    for group in groups:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def setup(home_nb, django_capture_on_commit_callbacks):
    nn = Locale.objects.get(language_code="nn")
    section = factories.ContributorPageFactory(parent=home_nb, title=ORG)
    section.save_revision().publish()
    section_nn = section.copy_for_translation(nn)
    section_nn.save_revision().publish()
    call_command("setup_editorial", verbosity=0)
    course = factories.CoursePageFactory(
        parent=section, title="Biblioteket ønsker å lære mer", summary="Vi ønsker mer bokprat."
    )
    course.save_revision().publish()
    return {
        "course": course,
        "nn": nn,
        "translator": user_in("oversetter", TRANSLATORS),
        "county": user_in("godkjenner", reviewers_group_name(ORG)),
        "resource": user_in("ressurs", RESOURCE_GROUP),
    }


def test_translator_translation_goes_live_only_after_ressursgruppen_approves(
    client, setup, django_capture_on_commit_callbacks
):
    course, nn = setup["course"], setup["nn"]
    client.force_login(setup["translator"])

    # The translator creates the translation and machine-translates it.
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[course.pk]),
        {"locales": [nn.pk]},
    )
    assert response.status_code == 302
    target = course.get_translation(nn)
    translation = Translation.objects.get(source__object_id=course.translation_key)
    edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    editor = client.get(edit_url)
    html = editor.content.decode().replace("&quot;", '"')
    assert '"canPublish": false' in html
    assert reverse("kb_translation_send_for_review", args=[translation.pk]) in html
    client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": edit_url}
    )

    # Publishing from the translation editor is refused.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, {"action": "publish"})
    assert not Page.objects.get(pk=target.pk).live

    # So is "Sync translated pages" with "Publish immediately".
    source_id = translation.source_id
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:update_translations", args=[source_id]),
            {"publish_translations": "on"},
        )
    assert not Page.objects.get(pk=target.pk).live

    # And converting the translation into a (live) alias of the original.
    client.post(reverse("wagtail_localize:convert_to_alias", args=[target.pk]))
    target = Page.objects.get(pk=target.pk)
    assert target.alias_of_id is None and not target.live

    # The translator sends it for review.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("kb_translation_send_for_review", args=[translation.pk]),
            {"next": edit_url},
            follow=True,
        )
    assert "er sendt til gjennomgang" in response.content.decode()
    target = Page.objects.get(pk=target.pk).specific
    assert not target.live
    assert target.workflow_in_progress
    assert "ønskjer" in target.get_latest_revision_as_object().title
    nn_url = f"/nn/{relative_path(course)}"
    client.logout()
    assert 'class="not-translated"' in client.get(nn_url).content.decode()

    def approve(user):
        client.force_login(user)
        state = TaskState.objects.get(
            workflow_state=target.current_workflow_state, status="in_progress"
        )
        url = reverse("wagtailadmin_pages:workflow_action", args=[target.pk, "approve", state.pk])
        with django_capture_on_commit_callbacks(execute=True):
            client.post(url, {"comment": ""})
        client.logout()

    # The county reviewers approve: still not live.
    approve(setup["county"])
    target.refresh_from_db()
    assert not target.live and target.workflow_in_progress

    # Ressursgruppen approves: the Nynorsk translation is published.
    approve(setup["resource"])
    target = Page.objects.get(pk=target.pk).specific
    assert target.live
    assert "ønskjer" in target.title
    response = client.get(target.get_url())
    assert response.status_code == 200
    assert "ønskjer" in response.content.decode()


def test_send_for_review_keeps_the_live_translation_unchanged(
    client, setup, django_capture_on_commit_callbacks
):
    course, nn = setup["course"], setup["nn"]
    client.force_login(setup["translator"])
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[course.pk]),
        {"locales": [nn.pk]},
    )
    target = course.get_translation(nn).specific
    target.title = "Godkjend tittel"
    target.save_revision().publish()
    translation = Translation.objects.get(source__object_id=course.translation_key)
    client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("kb_translation_send_for_review", args=[translation.pk]))
    target = Page.objects.get(pk=target.pk).specific
    assert target.live and target.title == "Godkjend tittel"
    assert target.has_unpublished_changes
    assert target.workflow_in_progress
    assert client.get(target.get_url()).content.decode().count("Godkjend tittel") >= 1


def test_translators_may_create_translations(setup):
    assert setup["translator"].has_perm("wagtail_localize.submit_translation")
    assert setup["resource"].has_perm("wagtail_localize.submit_translation")
    assert not setup["county"].has_perm("wagtail_localize.submit_translation")


def test_translation_resubmitted_after_changes_requested(
    client, setup, django_capture_on_commit_callbacks
):
    course, nn = setup["course"], setup["nn"]
    client.force_login(setup["translator"])
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[course.pk]),
        {"locales": [nn.pk]},
    )
    translation = Translation.objects.get(source__object_id=course.translation_key)
    send_url = reverse("kb_translation_send_for_review", args=[translation.pk])
    client.post(send_url)
    target = course.get_translation(nn)
    state = target.current_workflow_state
    task_state = state.current_task_state

    client.force_login(setup["county"])
    url = reverse("wagtailadmin_pages:workflow_action", args=[target.pk, "reject", task_state.pk])
    client.post(url, {"comment": "Bruk «tilsette»."})
    state.refresh_from_db()
    assert state.status == "needs_changes"

    client.force_login(setup["translator"])
    client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    response = client.post(send_url, follow=True)
    assert "er sendt til gjennomgang" in response.content.decode()
    state.refresh_from_db()
    assert state.status == "in_progress"
    target = Page.objects.get(pk=target.pk)
    assert not target.live
    assert "ønskjer" in target.get_latest_revision_as_object().title

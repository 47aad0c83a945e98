"""Editorial integrity (issue 10): what goes live is exactly what every reviewer approved.

Paths 1, 4 and 5 of the issue, each reproduced as an attacker would try it, and the
invariant test: every route that can change a page during review either is refused, or sends
the review back to the first step, and the revision that finally goes live is the approved one.
"""

import datetime
import html
import logging

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import GroupPagePermission, Page, Revision, TaskState
from wagtail_localize.models import Translation

import pytest

from tests import factories
from tests.workflow_support import (
    build_world,
    edit_form_data,
    login,
    refresh,
    submit,
    workflow_action,
)
from workflows.editorial import setup_editorial

pytestmark = pytest.mark.django_db

COUNTY_STEP = "Gjennomgang i fylkesbiblioteket"
FINAL_STEP = "Godkjenning i Ressursgruppen"


@pytest.fixture
def world(db):
    return build_world()


def save_draft(client, page, **changes):
    url, data = edit_form_data(client, page, **changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    return refresh(page).get_latest_revision()


def api_action(client, page, name, **data):
    url = reverse("wagtailadmin_api:pages:action", args=[page.pk, name])
    return client.post(url, data, content_type="application/json")


def live_title(page):
    return Page.objects.get(pk=page.pk).specific.live_revision.as_object().title


def step(page):
    task = refresh(page).current_workflow_task
    return task.name if task else None


def messages_after(client, response):
    """The text of the page the response redirects to (where the messages are shown)."""
    return html.unescape(client.get(response.url, follow=True).content.decode())


# Path 1: the admin API ignored the workflow lock, and the finish published the latest revision.


def test_api_revert_during_review_is_refused_and_the_approved_revision_goes_live(client, world):
    users, course = world.users, world.course
    login(client, users.editor)
    bad = save_draft(client, course, title="Dårlig utkast B")
    save_draft(client, course, title="Rent utkast C")
    submit(client, course)
    login(client, users.reviewer)
    workflow_action(client, course, "approve")
    assert step(course) == FINAL_STEP

    login(client, users.editor)
    response = api_action(client, course, "revert_to_page_revision", revision_id=bad.pk)
    assert response.status_code == 403
    assert "er til gjennomgang" in response.json()["message"]
    assert refresh(course).get_latest_revision_as_object().title == "Rent utkast C"

    # A translator may not touch another organisation's original by the API either.
    login(client, users.translator)
    response = api_action(client, course, "revert_to_page_revision", revision_id=bad.pk)
    assert response.status_code == 403

    login(client, users.resource)
    workflow_action(client, course, "approve")
    assert live_title(course) == "Rent utkast C"


def test_every_admin_api_action_respects_the_review(client, world):
    users, course = world.users, world.course
    login(client, users.editor)
    save_draft(client, course, title="Til gjennomgang")
    submit(client, course)
    before = (refresh(course).latest_revision_id, refresh(course).path, refresh(course).live)
    for user in (users.editor, users.reviewer, users.resource, users.translator):
        login(client, user)
        for name, data in [
            ("revert_to_page_revision", {"revision_id": course.live_revision_id}),
            ("publish", {}),
            ("unpublish", {}),
            ("delete", {}),
            ("move", {"destination_page_id": world.vestland.pk}),
            ("create_alias", {"destination_page_id": world.vestland.pk}),
            ("something_new", {}),
        ]:
            response = api_action(client, course, name, **data)
            assert response.status_code == 403, (user, name, response.status_code)
            assert response.json()["message"]
        # A page in review is never an alias: Wagtail refuses to convert it.
        assert api_action(client, course, "convert_alias").status_code in (400, 403)
    course = refresh(course)
    assert (course.latest_revision_id, course.path, course.live) == before
    assert step(course) == COUNTY_STEP


def test_finish_publishes_the_approved_revision_not_the_latest(client, world):
    """A revision saved after the last approval (here by a superuser, who may) stays a draft."""
    from workflows.publishing import publish_approved_revision

    users, course = world.users, world.course
    login(client, users.editor)
    submit(client, course, title="Godkjent versjon")
    login(client, users.reviewer)
    workflow_action(client, course, "approve")
    state = refresh(course).current_workflow_state
    task_state = state.current_task_state
    task_state.status = TaskState.STATUS_APPROVED
    task_state.save()
    later = refresh(course)
    later.title = "Senere utkast"
    later.save_revision(user=users.admin)
    publish_approved_revision(state, user=users.resource)
    course = refresh(course)
    assert course.title == "Godkjent versjon"
    assert course.has_unpublished_changes
    assert course.get_latest_revision_as_object().title == "Senere utkast"


def test_ui_routes_respect_the_review(client, world):
    users, course = world.users, world.course
    login(client, users.editor)
    first = save_draft(client, course, title="Første utkast")
    submit(client, course, title="Til gjennomgang")
    latest = refresh(course).latest_revision_id

    # The editor is locked out while the county reviews: revisions revert saves nothing.
    revert = reverse("wagtailadmin_pages:revisions_revert", args=[course.pk, first.pk])
    _url, data = edit_form_data(login(client, users.reviewer), course)
    login(client, users.editor)
    client.post(revert, data)
    # Bulk actions and the unpublish/delete/move views refuse (or are not offered).
    for action in ("publish", "unpublish", "delete"):
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
        response = client.post(f"{url}?id={course.pk}", {})
        assert response.status_code < 500
    for name in ("unpublish", "delete"):
        response = client.post(reverse(f"wagtailadmin_pages:{name}", args=[course.pk]))
        assert response.status_code < 500
    response = client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[course.pk, world.innlandet_nn.pk])
    )
    assert response.status_code < 500
    course = refresh(course)
    assert course.latest_revision_id == latest and course.live
    assert course.get_parent().pk == world.innlandet.pk
    assert step(course) == COUNTY_STEP

    # History and compare only read.
    assert client.get(reverse("wagtailadmin_pages:history", args=[course.pk])).status_code < 500
    assert refresh(course).latest_revision_id == latest


# Path 4: four eyes.


def test_county_reviewer_who_edits_during_their_step_cannot_approve(client, world):
    users, course = world.users, world.course
    login(client, users.editor)
    submit(client, course, title="Utkast fra redaktøren")
    login(client, users.reviewer)
    save_draft(client, course, title="Godkjennerens egen endring")
    response = workflow_action(client, course, "approve")
    assert "En annen godkjenner må godkjenne" in messages_after(client, response)
    assert refresh(course).current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
    assert step(course) == COUNTY_STEP

    # Another reviewer approves; the page had changed since the step started, so the step is
    # done again with the latest revision before it counts.
    login(client, users.reviewer2)
    response = workflow_action(client, course, "approve")
    assert "begynner på nytt i første steg" in messages_after(client, response)
    assert step(course) == COUNTY_STEP
    workflow_action(client, course, "approve")
    assert step(course) == FINAL_STEP
    login(client, users.resource)
    workflow_action(client, course, "approve")
    assert live_title(course) == "Godkjennerens egen endring"


def test_resource_group_cannot_publish_directly(client, world, caplog):
    users, course = world.users, world.course
    login(client, users.resource)
    url, data = edit_form_data(client, course, title="Rett ut av Ressursgruppen")
    data["action-publish"] = "1"
    client.post(url, data)
    assert live_title(course) == "Bokprat for alle"
    response = api_action(client, course, "publish")
    assert response.status_code == 403
    assert live_title(course) == "Bokprat for alle"

    # A publish permission added by hand is taken away when setup_editorial runs again.
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.get(name="Ressursgruppen")
    GroupPagePermission.objects.create(
        group=group, page=world.home, permission=Permission.objects.get(codename="publish_page")
    )
    assert refresh(course).permissions_for_user(users.resource).can_publish()
    setup_editorial()
    assert not GroupPagePermission.objects.filter(
        group__name="Ressursgruppen", permission__codename="publish_page"
    ).exists()

    # Superusers may, and it is logged with who and what.
    login(client, users.admin)
    url, data = edit_form_data(client, course, title="Hastefiks fra administrator")
    data["action-publish"] = "1"
    with caplog.at_level(logging.WARNING, logger="kb.publishing"):
        client.post(url, data)
    assert live_title(course) == "Hastefiks fra administrator"
    assert any(
        "Publisert utenfor arbeidsflyten" in r.getMessage() and "admin" in r.getMessage()
        for r in caplog.records
    )


def test_resource_group_members_own_change_needs_another_member(client, world):
    users = world.users
    page = factories.CoursePageFactory(parent=world.nb_section, title="Kurs fra NB")
    page.save_revision().publish()
    login(client, users.resource)
    submit(client, page, title="Ressursgruppens egen endring")
    assert step(page) == FINAL_STEP
    response = workflow_action(client, page, "approve")
    assert response.status_code == 302
    assert live_title(page) == "Kurs fra NB"
    assert step(page) == FINAL_STEP
    login(client, users.resource2)
    workflow_action(client, page, "approve")
    assert live_title(page) == "Ressursgruppens egen endring"


# Path 5: translators edit translations, not originals.


def test_translator_cannot_edit_an_original_by_any_route(client, world):
    users, course = world.users, refresh(world.course)
    before = course.latest_revision_id
    _url, data = edit_form_data(login(client, users.editor), course, title="Oversetter skrev")
    login(client, users.translator)
    edit = reverse("wagtailadmin_pages:edit", args=[course.pk])
    response = client.get(edit)
    assert response.status_code == 302
    assert "er originalen" in messages_after(client, response)
    client.post(edit, data)
    revert = reverse(
        "wagtailadmin_pages:revisions_revert", args=[course.pk, course.live_revision_id]
    )
    client.post(revert, data)
    response = api_action(
        client, course, "revert_to_page_revision", revision_id=course.live_revision_id
    )
    assert response.status_code == 403 and "er originalen" in response.json()["message"]
    assert refresh(course).latest_revision_id == before

    # The Nynorsk translation of the section is theirs to edit.
    section_nn = world.innlandet_nn
    assert client.get(reverse("wagtailadmin_pages:edit", args=[section_nn.pk])).status_code == 200


def test_translator_edits_a_translation(client, world):
    users, course = world.users, world.course
    nn = factories.locale("nn")
    target = course.copy_for_translation(nn, copy_parents=False)
    login(client, users.translator)
    url, data = edit_form_data(client, target, title="Bokprat for alle (nynorsk)")
    response = client.post(url, data)
    assert response.status_code == 302
    assert refresh(target).get_latest_revision_as_object().title == "Bokprat for alle (nynorsk)"


# The invariant, route by route.


def in_final_step(client, world, title="Godkjent av fylket"):
    users, course = world.users, world.course
    login(client, users.editor)
    submit(client, course, title=title)
    login(client, users.reviewer)
    workflow_action(client, course, "approve")
    assert step(course) == FINAL_STEP
    return refresh(course)


def finish(client, world):
    """Everyone approves whatever is in review now; returns the live title."""
    users, course = world.users, world.course
    for _round in range(3):
        current = step(course)
        if current is None:
            break
        reviewer = users.reviewer2 if current == COUNTY_STEP else users.resource2
        login(client, reviewer)
        workflow_action(client, course, "approve")
    return live_title(course)


def approved_revisions(page):
    """The revision each step approved last, per step name."""
    states = TaskState.objects.filter(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_APPROVED
    ).order_by("pk")
    return {state.task.name: state.revision_id for state in states}


def assert_live_is_approved(page):
    page = refresh(page)
    approved = approved_revisions(page)
    assert approved[FINAL_STEP] == page.live_revision_id
    assert approved[COUNTY_STEP] == page.live_revision_id


def test_invariant_edit_view_during_final_step_restarts_review(client, world):
    users = world.users
    course = in_final_step(client, world)
    login(client, users.resource)
    save_draft(client, course, title="Ressursgruppen endret")
    login(client, users.resource2)
    response = workflow_action(client, course, "approve")
    assert "begynner på nytt" in messages_after(client, response)
    assert step(course) == COUNTY_STEP
    assert finish(client, world) == "Ressursgruppen endret"
    assert_live_is_approved(course)


def test_invariant_ui_revert_by_current_reviewer_restarts_review(client, world):
    users = world.users
    course = in_final_step(client, world)
    old = course.live_revision
    login(client, users.resource)
    url, data = edit_form_data(client, course, title=old.as_object().title)
    revert = reverse("wagtailadmin_pages:revisions_revert", args=[course.pk, old.pk])
    client.post(revert, data)
    assert refresh(course).get_latest_revision_as_object().title == "Bokprat for alle"
    login(client, users.resource2)
    workflow_action(client, course, "approve")
    assert step(course) == COUNTY_STEP
    assert finish(client, world) == "Bokprat for alle"
    assert_live_is_approved(course)


def test_invariant_api_revert_by_superuser_restarts_review(client, world):
    users = world.users
    course = in_final_step(client, world)
    login(client, users.admin)
    response = api_action(
        client, course, "revert_to_page_revision", revision_id=course.live_revision_id
    )
    assert response.status_code == 200
    login(client, users.resource2)
    workflow_action(client, course, "approve")
    assert step(course) == COUNTY_STEP
    assert finish(client, world) == "Bokprat for alle"
    assert_live_is_approved(course)


def test_invariant_copy_leaves_the_review_alone(client, world):
    users = world.users
    course = in_final_step(client, world)
    login(client, users.editor)
    response = api_action(
        client, course, "copy", destination_page_id=world.innlandet.pk, slug="kopi", keep_live=True
    )
    assert response.status_code == 403  # a live copy would be a publish
    response = api_action(
        client, course, "copy", destination_page_id=world.innlandet.pk, slug="kopi", keep_live=False
    )
    assert response.status_code == 201, response.content
    copy = Page.objects.get(slug="kopi")
    assert not copy.live
    assert finish(client, world) == "Godkjent av fylket"
    assert_live_is_approved(course)


def test_invariant_translation_routes_during_review(client, world):
    """A translation in review: the translator's sync and resend are refused (the page is
    locked at Ressursgruppen's step); a resend by a Ressursgruppen member, who may edit then,
    sends the review back to the first step. What goes live is what both steps approved."""
    users = world.users
    course = world.course
    nn = factories.locale("nn")
    login(client, users.translator)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[course.pk]),
        {"locales": [nn.pk]},
    )
    target = course.get_translation(nn)
    translation = Translation.objects.get(
        source__object_id=course.translation_key, target_locale=nn
    )
    send = reverse("kb_translation_send_for_review", args=[translation.pk])
    client.post(send)
    assert step(target) == COUNTY_STEP
    login(client, users.reviewer)
    workflow_action(client, target, "approve")
    assert step(target) == FINAL_STEP
    approved = refresh(target).latest_revision_id

    # The source changes; the translator syncs (publish flag dropped) and sends again.
    course = refresh(course)
    course.summary = "Ny ingress i originalen."
    course.save_revision(user=users.admin).publish(user=users.admin)
    login(client, users.translator)
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source_id]),
        {"publish_translations": "on"},
    )
    assert response.status_code < 500
    response = client.post(send, follow=True)
    assert "låst" in html.unescape(response.content.decode())
    target = refresh(target)
    assert not target.live and target.latest_revision_id == approved

    # A Ressursgruppen member sends the updated translation: a new revision, review restarts.
    login(client, users.resource)
    client.post(send)
    assert refresh(target).latest_revision_id != approved
    login(client, users.resource2)
    workflow_action(client, target, "approve")
    assert step(target) == COUNTY_STEP
    login(client, users.reviewer)
    workflow_action(client, target, "approve")
    login(client, users.resource2)
    workflow_action(client, target, "approve")
    target = refresh(target)
    assert target.live and target.live_revision_id == target.latest_revision_id
    assert target.summary == target.get_latest_revision_as_object().summary
    assert_live_is_approved(target)


def test_invariant_localize_convert_to_alias_during_review_is_refused(client, world):
    users = world.users
    target = world.course.copy_for_translation(factories.locale("nn"), copy_parents=False)
    login(client, users.translator)
    submit(client, target, title="Bokprat for alle (nynorsk)")
    assert step(target) == COUNTY_STEP
    response = client.post(reverse("wagtail_localize:convert_to_alias", args=[target.pk]))
    assert response.status_code < 500
    target = refresh(target)
    assert target.alias_of_id is None and not target.live
    assert step(target) == COUNTY_STEP


def test_invariant_scheduled_publishing_publishes_the_approved_revision(client, world):
    users = world.users
    course = world.course
    go_live = timezone.localtime() + datetime.timedelta(hours=3)
    go_live = go_live.strftime("%Y-%m-%d %H:%M")
    login(client, users.editor)
    submit(client, course, title="Planlagt versjon", go_live_at=go_live)
    assert finish(client, world) == "Bokprat for alle"  # scheduled, not live yet
    scheduled = Revision.page_revisions.filter(
        object_id=str(course.pk), approved_go_live_at__isnull=False
    ).get()

    # The page is locked until it goes live: the editor's API revert is refused. A superuser's
    # new draft (allowed) must not be what the schedule publishes.
    first = Revision.page_revisions.filter(object_id=str(course.pk)).order_by("pk").first()
    login(client, users.editor)
    response = api_action(client, course, "revert_to_page_revision", revision_id=first.pk)
    assert response.status_code == 403 and "låst" in response.json()["message"]
    login(client, users.admin)
    response = api_action(client, course, "revert_to_page_revision", revision_id=first.pk)
    assert response.status_code == 200
    # The hour comes (the go-live date moved into the past, in the row and in the revision).
    past = timezone.now() - datetime.timedelta(minutes=1)
    scheduled.refresh_from_db()
    scheduled.content["go_live_at"] = past.isoformat()
    scheduled.approved_go_live_at = past
    scheduled.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", verbosity=0)
    course = refresh(course)
    assert course.live_revision_id == scheduled.pk
    assert course.title == "Planlagt versjon"
    assert course.get_latest_revision_as_object().title == "Bokprat for alle"

"""An organisation's team stays with its own section.

Copying a section (keeping its title) or creating a second section with an organisation's name
must not take over the team: the team's section key, the county step for the organisation's
drafts and its reviewers' queue stay as they were. A county section without a team stops the
workflow with a message; it never skips the county step.
"""

import json

from django.urls import reverse

from wagtail.models import Page, TaskState, WorkflowState

import pytest

from home.models import ContributorPage
from tests import factories
from tests.content_helpers import admin_add_form_data
from tests.factories import UserFactory, refresh
from tests.test_workflow import awaiting_review_titles
from tests.workflow_support import build_world, login, submit
from workflows.models import EditorialTeam

pytestmark = pytest.mark.django_db

OSLO = "Oslo fylkesbibliotek"


@pytest.fixture
def world(db):
    world = build_world()
    world.oslo = factories.ContributorPageFactory(parent=world.home, title=OSLO)
    world.oslo.save_revision().publish()
    world.oslo_course = factories.CoursePageFactory(parent=world.oslo, title="Oslokurset")
    world.oslo_course.save_revision().publish()
    world.users.oslo_editor = UserFactory(username="olav", role="editor", organisation=OSLO)
    world.users.oslo_reviewer = UserFactory(username="oda", role="reviewer", organisation=OSLO)
    return world


def oslo_team():
    return EditorialTeam.objects.get(name=OSLO)


def assert_oslo_review_still_works(client, world):
    """Oslo's draft goes to Oslo's reviewers, in their queue, at the county step."""
    login(client, world.users.oslo_editor)
    response = submit(client, world.oslo_course, title="Oslokurset, ny utgave")
    assert response.status_code == 302
    state = refresh(world.oslo_course).current_workflow_task_state
    assert state.status == TaskState.STATUS_IN_PROGRESS
    assert state.task.name == "Gjennomgang i fylkesbiblioteket"
    login(client, world.users.oslo_reviewer)
    assert "Oslokurset, ny utgave" in awaiting_review_titles(client)


def test_copying_a_section_with_its_title_is_refused_in_the_admin(client, world):
    login(client, world.users.admin)
    url = reverse("wagtailadmin_pages:copy", args=[world.oslo.pk])
    response = client.post(
        url,
        {
            "new_title": OSLO,
            "new_slug": "oslo-kopi",
            "new_parent_page": world.home.pk,
            "copy_subpages": "on",
        },
    )
    assert response.status_code == 200
    assert "Det finnes allerede en seksjon for «Oslo fylkesbibliotek»" in (
        response.content.decode()
    )
    assert ContributorPage.objects.filter(title=OSLO).count() == 1
    assert oslo_team().section_key == world.oslo.translation_key


def test_a_copy_made_through_the_api_does_not_take_over_the_team(client, world):
    login(client, world.users.resource)
    response = client.post(
        reverse("wagtailadmin_api:pages:action", args=[world.oslo.pk, "copy"]),
        json.dumps(
            {
                "destination_page_id": world.home.pk,
                "recursive": True,
                "slug": "oslo-kopi",
                # Ressursgruppen publishes nothing outside the workflow: copies start as drafts.
                "keep_live": False,
            }
        ),
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    copy = ContributorPage.objects.get(slug="oslo-kopi")
    assert copy.title == OSLO

    team = oslo_team()
    assert team.section_key == world.oslo.translation_key
    assert list(team.get_sections()) == [world.oslo.page_ptr.specific]
    assert_oslo_review_still_works(client, world)

    # The copy has no team: its pages stop before the county step with a message, and the
    # draft is kept.
    copied_course = Page.objects.child_of(copy).get(title="Oslokurset").specific
    login(client, world.users.admin)
    response = submit(client, copied_course, title="Kopiert kurs")
    assert response.status_code == 302
    response = client.get(response.url)
    assert "er ikke knyttet til en redaksjon" in response.content.decode()
    copied_course = refresh(copied_course)
    assert copied_course.current_workflow_state is None
    assert copied_course.get_latest_revision_as_object().title == "Kopiert kurs"
    assert not WorkflowState.objects.filter(object_id=str(copied_course.pk)).exists()


def test_a_second_section_with_an_organisations_name_is_refused(client, world):
    login(client, world.users.admin)
    url, data = admin_add_form_data(
        client,
        world.home,
        ContributorPage,
        {"title": OSLO, "slug": "oslo-2", "kind": "fylkesbibliotek", "contact_email": "a@b.no"},
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Det finnes allerede en seksjon for «Oslo fylkesbibliotek»" in (
        response.content.decode()
    )
    assert ContributorPage.objects.filter(title=OSLO).count() == 1
    assert oslo_team().section_key == world.oslo.translation_key


def test_a_second_section_saved_outside_the_admin_does_not_take_over(client, world):
    second = factories.ContributorPageFactory(parent=world.home, title=OSLO, slug="oslo-2")
    assert oslo_team().section_key == world.oslo.translation_key
    assert_oslo_review_still_works(client, world)
    # A page in the second section is stopped: the task refuses to start, nothing is skipped.
    course = factories.CoursePageFactory(parent=second, title="Feilplassert kurs")
    login(client, world.users.admin)
    submit(client, course)
    assert refresh(course).current_workflow_state is None
    assert not TaskState.objects.filter(status=TaskState.STATUS_SKIPPED).exists()


def test_county_step_is_never_skipped_when_the_team_is_missing(world):
    from django.core.exceptions import ValidationError

    # The link between the team and its section is lost (e.g. the team row was changed).
    EditorialTeam.objects.filter(name=OSLO).update(section_key=None, name="Oslo (gammel)")
    course = refresh(world.oslo_course)
    course.save_revision(user=world.users.oslo_editor)
    with pytest.raises(ValidationError, match="ikke knyttet til en redaksjon"):
        course.get_workflow().start(course, world.users.oslo_editor)
    assert refresh(course).current_workflow_state is None
    assert not TaskState.objects.filter(status=TaskState.STATUS_SKIPPED).exists()

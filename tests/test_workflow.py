"""The publishing workflow driven through the admin as each role would."""

from django.core import mail
from django.urls import reverse

from wagtail.models import TaskState, WorkflowState

import pytest

from tests.factories import refresh
from tests.workflow_support import build_world, edit_form_data, login, submit, workflow_action

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run on_commit callbacks (our e-mails) as the request would after its commit."""

    def run(func, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return func(*args, **kwargs)

    return run


def test_full_flow_live_page_changes_only_after_resource_group(client, world, run_on_commit):
    users, course = world.users, world.course
    login(client, users.editor)
    response = run_on_commit(submit, client, course, title="Bokprat for alle (ny utgave)")
    assert response.status_code == 302
    course = refresh(course)
    assert course.title == "Bokprat for alle"  # live row untouched
    assert course.current_workflow_task.name == "Gjennomgang i fylkesbiblioteket"
    # Submit: only the Innlandet reviewers hear about it.
    assert sorted(m.to[0] for m in mail.outbox) == ["randi@example.no", "rolf@example.no"]
    assert all("Til gjennomgang" in m.subject for m in mail.outbox)
    mail.outbox.clear()

    login(client, users.reviewer)
    run_on_commit(workflow_action, client, course, "approve")
    course = refresh(course)
    assert course.title == "Bokprat for alle"
    assert course.current_workflow_task.name == "Godkjenning i Ressursgruppen"
    recipients = sorted((m.to[0], m.subject) for m in mail.outbox)
    assert [to for to, _subject in recipients] == [
        "ingrid@example.no",
        "rita@example.no",
        "ruben@example.no",
    ]
    assert "Godkjent i fylkesbiblioteket" in dict(recipients)["ingrid@example.no"]
    mail.outbox.clear()

    login(client, users.resource)
    run_on_commit(workflow_action, client, course, "approve")
    course = refresh(course)
    assert course.title == "Bokprat for alle (ny utgave)"
    assert course.live and not course.has_unpublished_changes
    assert course.current_workflow_state is None
    assert [(m.to, m.subject) for m in mail.outbox] == [
        (["ingrid@example.no"], "Godkjent og publisert: «Bokprat for alle (ny utgave)»")
    ]
    assert "Hei Ingrid" in mail.outbox[0].body


def panel_text(client, panel_id):
    """The text of one dashboard panel ("" when the panel is not there)."""
    from bs4 import BeautifulSoup

    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    panel = BeautifulSoup(response.content, "html.parser").find(id=f"{panel_id}-section")
    return panel.get_text(" ", strip=True) if panel else ""


def awaiting_review_titles(client):
    """Titles in the dashboard's «awaiting your review» queue."""
    return panel_text(client, "awaiting-review")


def test_only_own_county_reviewers_see_and_act(client, world, run_on_commit):
    users, course = world.users, world.course
    login(client, users.editor)
    run_on_commit(submit, client, course, title="Ny tittel")
    task_state = refresh(course).current_workflow_task_state

    login(client, users.vestland_reviewer)
    assert "Ny tittel" not in awaiting_review_titles(client)
    response = workflow_action(client, course, "approve")
    assert response.status_code == 302
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    # Not even the editor for another section's page.
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    assert edit.status_code == 302

    # Ressursgruppen sees every county queue but cannot skip the county step.
    login(client, users.resource)
    assert "Ny tittel" not in awaiting_review_titles(client)
    assert "Ny tittel Innlandet fylkesbibliotek Ingrid" in panel_text(client, "county-queues")
    workflow_action(client, course, "approve")
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS

    login(client, users.reviewer)
    assert "Ny tittel" in awaiting_review_titles(client)
    assert panel_text(client, "county-queues") == ""
    workflow_action(client, course, "approve")
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED
    assert refresh(course).title == "Bokprat for alle"


def test_nobody_approves_their_own_submission(client, world, run_on_commit):
    users, course = world.users, world.course
    login(client, users.reviewer)
    run_on_commit(submit, client, course, title="Mitt eget utkast")
    # The submitter is in the group, but the mail goes only to the other reviewer.
    assert [m.to for m in mail.outbox] == [["randi@example.no"]]
    task_state = refresh(course).current_workflow_task_state
    assert "Mitt eget utkast" not in awaiting_review_titles(client)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    assert b'name="workflow-action-name"' not in edit.content
    assert b"/approve/" not in edit.content
    workflow_action(client, course, "approve")
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS

    login(client, users.reviewer2)
    assert "Mitt eget utkast" in awaiting_review_titles(client)
    workflow_action(client, course, "approve")
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED


def test_request_changes_returns_to_author_and_resubmit_restarts_review(
    client, world, run_on_commit
):
    users, course = world.users, world.course
    login(client, users.editor)
    run_on_commit(submit, client, course, title="Utkast 1")
    mail.outbox.clear()

    login(client, users.reviewer)
    run_on_commit(workflow_action, client, course, "reject", comment="Legg til læringsmål.")
    workflow_state = refresh(course).workflow_states.get()
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert [m.to for m in mail.outbox] == [["ingrid@example.no"]]
    assert mail.outbox[0].subject == "Endringer ønskes: «Utkast 1»"
    assert "Legg til læringsmål." in mail.outbox[0].body
    mail.outbox.clear()

    # The comment is visible to the author in the editor.
    login(client, users.editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    assert "Legg til læringsmål." in edit.content.decode()
    run_on_commit(submit, client, course, title="Utkast 2")
    course = refresh(course)
    assert course.current_workflow_task.name == "Gjennomgang i fylkesbiblioteket"
    assert sorted(m.to[0] for m in mail.outbox) == ["randi@example.no", "rolf@example.no"]

    login(client, users.reviewer)
    workflow_action(client, course, "approve")
    login(client, users.resource)
    run_on_commit(workflow_action, client, course, "reject", comment="Kortere ingress.")
    mail.outbox.clear()

    # The county approved «Utkast 2», not what is resubmitted now: the review starts again at
    # the county step, and Ressursgruppen then approves the same revision.
    login(client, users.editor)
    run_on_commit(submit, client, course, title="Utkast 3")
    course = refresh(course)
    assert course.current_workflow_task.name == "Gjennomgang i fylkesbiblioteket"
    assert sorted(m.to[0] for m in mail.outbox) == ["randi@example.no", "rolf@example.no"]
    assert course.title == "Bokprat for alle"
    login(client, users.reviewer)
    workflow_action(client, course, "approve")
    assert refresh(course).current_workflow_task.name == "Godkjenning i Ressursgruppen"

    login(client, users.resource2)
    workflow_action(client, course, "approve")
    course = refresh(course)
    assert course.title == "Utkast 3"
    # No draft lost: every submitted version is kept as a revision.
    titles = [revision.content["title"] for revision in course.revisions.order_by("created_at")]
    for title in ("Utkast 1", "Utkast 2", "Utkast 3"):
        assert title in titles


def test_editors_never_publish(client, world):
    users, course = world.users, world.course
    login(client, users.editor)
    url, data = edit_form_data(client, course, title="Publisert av redaktør?")
    page_html = client.get(url).content.decode()
    assert 'name="action-publish"' not in page_html
    assert 'name="action-submit"' in page_html
    data["action-publish"] = "Publiser"
    client.post(url, data)
    course = refresh(course)
    assert course.title == "Bokprat for alle"
    assert course.live_revision.content["title"] == "Bokprat for alle"

    # A new page by an editor stays a draft, whatever is posted.
    from courses.models import CoursePage

    add_url = reverse("wagtailadmin_pages:add", args=["courses", "coursepage", world.innlandet.pk])
    assert client.get(add_url).status_code == 200
    assert 'name="action-publish"' not in client.get(add_url).content.decode()
    assert not CoursePage.objects.filter(live=True, title="Publisert av redaktør?").exists()


def test_editors_cannot_touch_other_sections(client, world):
    users, course = world.users, world.course
    login(client, users.vestland_editor)
    url = reverse("wagtailadmin_pages:edit", args=[course.pk])
    assert client.get(url).status_code == 302
    login(client, users.editor)
    _url, data = edit_form_data(client, course, title="Kapret")
    login(client, users.vestland_editor)
    data["action-submit"] = "1"
    response = client.post(url, data)
    assert response.status_code == 302
    assert refresh(course).get_latest_revision().content["title"] == "Bokprat for alle"
    assert refresh(course).current_workflow_state is None
    add_url = reverse("wagtailadmin_pages:add", args=["courses", "coursepage", world.innlandet.pk])
    assert client.get(add_url).status_code == 302

    # Own section in both languages: yes; the other county's: no.
    editor = users.editor
    assert world.innlandet.permissions_for_user(editor).can_add_subpage()
    assert world.innlandet_nn.permissions_for_user(editor).can_add_subpage()
    assert not world.vestland.permissions_for_user(editor).can_add_subpage()
    assert not world.innlandet.permissions_for_user(editor).can_publish()
    assert not world.innlandet_nn.permissions_for_user(editor).can_publish()


def test_national_library_pages_go_straight_to_resource_group(client, world, run_on_commit):
    from tests import factories

    users = world.users
    page = factories.CoursePageFactory(parent=world.nb_section, title="Kurs fra NB")
    page.save_revision().publish()
    login(client, users.nb_editor)
    run_on_commit(submit, client, page, title="Kurs fra NB, ny")
    page = refresh(page)
    assert page.current_workflow_task.name == "Godkjenning i Ressursgruppen"
    skipped = TaskState.objects.get(
        workflow_state=page.current_workflow_state, task__name="Gjennomgang i fylkesbiblioteket"
    )
    assert skipped.status == TaskState.STATUS_SKIPPED
    assert sorted(m.to[0] for m in mail.outbox) == ["rita@example.no", "ruben@example.no"]
    login(client, users.resource)
    workflow_action(client, page, "approve")
    assert refresh(page).title == "Kurs fra NB, ny"


def test_task_state_of_another_page_is_refused(client, world):
    """The action URL names a page and a task state; both must belong together."""
    from tests import factories

    users = world.users
    vestland_course = factories.CoursePageFactory(parent=world.vestland, title="Vestlandskurs")
    vestland_course.save_revision().publish()
    login(client, users.vestland_editor)
    submit(client, vestland_course, title="Vestlandskurs, ny")
    login(client, users.editor)
    submit(client, world.course, title="Innlandskurs, ny")
    vestland_state = refresh(vestland_course).current_workflow_task_state

    login(client, users.reviewer)
    response = workflow_action(client, world.course, "approve", task_state=vestland_state)
    assert response.status_code == 302
    vestland_state.refresh_from_db()
    assert vestland_state.status == TaskState.STATUS_IN_PROGRESS


def test_approving_a_workflow_cancelled_elsewhere(client, world):
    users, course = world.users, world.course
    login(client, users.editor)
    submit(client, course, title="Snart avbrutt")
    old_state = refresh(course).current_workflow_task_state
    url, data = edit_form_data(client, course)
    data["action-cancel-workflow"] = "1"
    client.post(url, data)
    assert refresh(course).current_workflow_state is None

    login(client, users.reviewer)
    response = workflow_action(client, course, "approve", task_state=old_state)
    assert response.status_code == 302
    response = client.get(response.url)
    messages = [str(m) for m in response.context["messages"]]
    assert any("venter ikke på godkjenning" in m or "Snart avbrutt" in m for m in messages), (
        messages
    )
    old_state.refresh_from_db()
    assert old_state.status == TaskState.STATUS_CANCELLED

    # Cancelled and submitted again: the old task state's approve explains what happened.
    login(client, users.editor)
    submit(client, course, title="Sendt på nytt")
    login(client, users.reviewer)
    response = workflow_action(client, course, "approve", task_state=old_state)
    assert response.url == reverse("kb_workflow:action_notice", args=[old_state.pk])
    response = client.get(response.url, follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert any("avbrutt eller startet på nytt" in m for m in messages), messages
    assert refresh(course).current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
    assert refresh(course).title == "Bokprat for alle"


def test_editors_do_not_see_other_organisations_drafts(client, world):
    from tests import factories

    draft = factories.CoursePageFactory(
        parent=world.vestland, title="Hemmelig vestlandsutkast", live=False
    )
    draft.save_revision()
    login(client, world.users.editor)
    explorer = client.get(reverse("wagtailadmin_explore", args=[world.home.pk]))
    assert explorer.status_code == 200
    assert "Innlandet fylkesbibliotek" in explorer.content.decode()
    assert "Vestland fylkesbibliotek" not in explorer.content.decode()
    search = client.get(reverse("wagtailadmin_pages:search"), {"q": "Hemmelig"})
    assert "Hemmelig vestlandsutkast" not in search.content.decode()
    for name in ("wagtailadmin_pages:edit", "wagtailadmin_pages:view_draft"):
        response = client.get(reverse(name, args=[draft.pk]))
        assert response.status_code in (302, 403)
        assert "Hemmelig vestlandsutkast" not in response.content.decode()
    # The Vestland editor does see it.
    login(client, world.users.vestland_editor)
    search = client.get(reverse("wagtailadmin_pages:search"), {"q": "Hemmelig"})
    assert "Hemmelig vestlandsutkast" in search.content.decode()

"""The publishing workflow driven through the admin as each role would."""

import pytest
from django.core import mail
from django.urls import reverse

from wagtail.models import TaskState, WorkflowState

from tests.workflow_support import (
    build_world,
    edit_form_data,
    login,
    refresh,
    submit,
    workflow_action,
    workflow_action_url,
)

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

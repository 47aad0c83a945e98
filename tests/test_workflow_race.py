"""Two reviewers approving the same task at the same moment, on PostgreSQL, in two threads."""

import threading

from django.db import connection
from django.test import Client

from wagtail.models import PageLogEntry, TaskState

import pytest

from tests.factories import refresh
from tests.transactional import database_snapshot, migrated_rows  # noqa: F401 (fixtures)
from tests.workflow_support import build_world, login, submit, workflow_action_url

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_rows")]


def approve_together(page, users, monkeypatch):
    """Both users post approve for the same task state at once; returns their responses.

    Both requests pass the view's own checks and load the task state, then meet at a barrier
    just before the task's on_action runs, so they really act at the same moment.
    """
    url = workflow_action_url(page, "approve")
    clients = [login(Client(), user) for user in users]
    barrier = threading.Barrier(len(clients))
    at_action = threading.Barrier(len(clients))
    task_class = type(refresh(page).current_workflow_task)
    original = task_class.on_action

    def on_action_together(self, *args, **kwargs):
        at_action.wait(timeout=10)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(task_class, "on_action", on_action_together)
    responses = [None] * len(clients)
    errors = []

    def run(index):
        try:
            barrier.wait(timeout=10)
            responses[index] = clients[index].post(url, {"comment": ""})
        except Exception as error:  # reported below; a thread cannot fail the test itself
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    monkeypatch.undo()
    assert not errors, errors
    return responses


def notices(response):
    return response.url if response.status_code == 302 else None


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
def test_two_reviewers_approving_at_once(monkeypatch):
    world = build_world()
    users, course = world.users, world.course
    client = login(Client(), users.editor)
    submit(client, course, title="Godkjent bare én gang")

    # County step: two Innlandet reviewers at once.
    responses = approve_together(course, [users.reviewer, users.reviewer2], monkeypatch)
    assert [response.status_code for response in responses] == [302, 302]
    county_states = TaskState.objects.filter(task__name="Gjennomgang i fylkesbiblioteket")
    assert county_states.filter(status=TaskState.STATUS_APPROVED).count() == 1
    final_states = TaskState.objects.filter(task__name="Godkjenning i Ressursgruppen")
    assert final_states.count() == 1  # exactly one transition to the next step
    approvals = PageLogEntry.objects.filter(page=course, action="wagtail.workflow.approve")
    assert approvals.count() == 1
    late = [r.url for r in responses if "/kb-arbeidsflyt/handling/" in r.url]
    assert len(late) == 1
    follow = login(Client(), users.reviewer).get(late[0], follow=True)
    text = " ".join(str(message) for message in follow.context["messages"])
    assert "allerede godkjent" in text

    # Final step: two Ressursgruppen members at once; one publish.
    responses = approve_together(course, [users.resource, users.resource2], monkeypatch)
    assert [response.status_code for response in responses] == [302, 302]
    assert final_states.filter(status=TaskState.STATUS_APPROVED).count() == 1
    assert approvals.count() == 2
    assert sum("/kb-arbeidsflyt/handling/" in r.url for r in responses) == 1
    assert PageLogEntry.objects.filter(page=course, action="wagtail.publish").count() == 2
    course = refresh(course)
    assert course.live and course.title == "Godkjent bare én gang"
    assert course.current_workflow_state is None


@pytest.mark.skipif(connection.vendor != "postgresql", reason="advisory locks need PostgreSQL")
def test_two_approvals_from_the_page_editor_publish_once():
    """Approve from the edit view twice at once: the first publish is not written over.

    The second reviewer's request loads the page, then waits until the first reviewer's
    approval (and publish) has finished, then carries on with what it loaded.
    """
    from wagtail import hooks

    from tests import factories
    from tests.workflow_support import edit_form_data

    world = build_world()
    users = world.users
    page = factories.CoursePageFactory(parent=world.innlandet, title="Nytt kurs", live=False)
    submit(login(Client(), users.editor), page, title="Nytt kurs")
    reviewer = login(Client(), users.reviewer)
    reviewer.post(workflow_action_url(page, "approve"), {"comment": ""})
    assert refresh(page).current_workflow_task.name == "Godkjenning i Ressursgruppen"

    clients = [login(Client(), user) for user in (users.resource, users.resource2)]
    forms = []
    for client in clients:
        url, data = edit_form_data(client, page)
        data.update({"action-workflow-action": "1", "workflow-action-name": "approve"})
        forms.append((url, data))

    second_loaded, first_done = threading.Event(), threading.Event()

    def interleave(request, page):
        if request.user == users.resource:
            second_loaded.wait(timeout=10)
        else:
            second_loaded.set()
            first_done.wait(timeout=20)

    responses, errors = [None, None], []

    def run(index):
        try:
            url, data = forms[index]
            responses[index] = clients[index].post(url, data)
        except Exception as error:
            errors.append(error)
        finally:
            if index == 0:
                first_done.set()
            connection.close()

    with hooks.register_temporarily("before_edit_page", interleave, order=-100):
        threads = [threading.Thread(target=run, args=(index,)) for index in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert not errors, errors
    assert [response.status_code for response in responses] == [302, 302]
    page = refresh(page)
    assert page.live and page.live_revision_id
    assert page.current_workflow_state is None
    approvals = PageLogEntry.objects.filter(page=page, action="wagtail.workflow.approve")
    assert approvals.count() == 2  # county + one Ressursgruppen approval
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").count() == 1
    follow = clients[1].get(responses[1].url)
    text = " ".join(str(message) for message in follow.context["messages"])
    assert "ble endret i en annen økt" in text

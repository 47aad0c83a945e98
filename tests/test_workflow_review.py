"""Keeping content current: the overdue panel, «Marker som gjennomgått», review reminders."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

import pytest
from bs4 import BeautifulSoup

from courses.models import CoursePage
from tests import factories
from tests.factories import refresh
from tests.workflow_support import build_world, edit_form_data, login
from workflows.models import ReviewReminder
from workflows.reminders import send_review_reminders

pytestmark = pytest.mark.django_db

LONG_AGO = datetime.date(2024, 1, 15)


@pytest.fixture
def world(db):
    world = build_world()
    CoursePage.objects.filter(pk=world.course.pk).update(next_review=LONG_AGO)
    world.vestland_course = factories.CoursePageFactory(
        parent=world.vestland, title="Vestlandskurs"
    )
    world.vestland_course.save_revision().publish()
    CoursePage.objects.filter(pk=world.vestland_course.pk).update(next_review=LONG_AGO)
    world.current_course = factories.CoursePageFactory(parent=world.innlandet, title="Ferskt kurs")
    world.current_course.save_revision().publish()
    return world


def overdue_panel(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    panel = BeautifulSoup(response.content, "html.parser").find(id="overdue-content-section")
    return panel.get_text(" ", strip=True) if panel else None


def test_overdue_panel_per_role(client, world):
    users = world.users
    login(client, users.resource)
    text = overdue_panel(client)
    assert "Innhold som må gjennomgås" in text
    assert "Bokprat for alle" in text and "Vestlandskurs" in text
    assert "Ferskt kurs" not in text

    login(client, users.reviewer)
    text = overdue_panel(client)
    assert "Bokprat for alle" in text and "Vestlandskurs" not in text

    login(client, users.vestland_reviewer)
    text = overdue_panel(client)
    assert "Vestlandskurs" in text and "Bokprat for alle" not in text

    login(client, users.editor)
    assert overdue_panel(client) is None


def test_mark_as_reviewed(client, world):
    users, course = world.users, world.course
    url = reverse("kb_workflow:mark_reviewed", args=[course.pk])
    revisions_before = course.revisions.count()

    # The page's header menu offers it to the organisation's reviewers, not to editors.
    edit_url = reverse("wagtailadmin_pages:edit", args=[course.pk])
    login(client, users.editor)
    assert url not in client.get(edit_url).content.decode()
    login(client, users.reviewer)
    assert f'data-w-action-url-value="{url}"' in client.get(edit_url).content.decode()

    # Another county's reviewer and an editor cannot; a GET does nothing.
    for user in (users.vestland_reviewer, users.editor):
        login(client, user)
        assert client.post(url).status_code == 302
        assert refresh(course).next_review == LONG_AGO
    login(client, users.reviewer)
    assert client.get(url).status_code == 405

    response = client.post(url, {"next": reverse("wagtailadmin_home")}, follow=True)
    assert response.status_code == 200
    today = timezone.localdate()
    course = refresh(course)
    assert course.last_reviewed == today
    assert course.next_review == today + datetime.timedelta(days=365)
    assert course.revisions.count() == revisions_before  # no content change
    assert not course.has_unpublished_changes
    assert "er markert som gjennomgått" in " ".join(str(m) for m in response.context["messages"])
    assert "Bokprat for alle" not in (overdue_panel(client) or "")

    entry = PageLogEntry.objects.get(page=course, action="kb.page.reviewed")
    assert entry.user == users.reviewer
    history = client.get(reverse("wagtailadmin_pages:history", args=[course.pk]))
    assert "Markert som gjennomgått" in history.content.decode()

    # The next edit starts from the new dates, so publishing a draft does not undo the review.
    login(client, users.editor)
    _url, data = edit_form_data(client, course)
    assert data["next_review"] == (today + datetime.timedelta(days=365)).isoformat()

    # Ressursgruppen may mark any organisation's page.
    login(client, users.resource)
    client.post(reverse("kb_workflow:mark_reviewed", args=[world.vestland_course.pk]))
    assert refresh(world.vestland_course).last_reviewed == today


def test_review_reminders_once_a_day_to_the_right_reviewers(world):
    call_command("send_review_reminders", verbosity=0)
    sent = sorted((message.to[0], message.subject) for message in mail.outbox)
    assert sent == [
        ("randi@example.no", "Innlandet fylkesbibliotek: 1 side må gjennomgås"),
        ("rolf@example.no", "Innlandet fylkesbibliotek: 1 side må gjennomgås"),
        ("vera@example.no", "Vestland fylkesbibliotek: 1 side må gjennomgås"),
    ]
    innlandet_mail = next(m for m in mail.outbox if m.to == ["rolf@example.no"])
    assert "Bokprat for alle" in innlandet_mail.body
    assert "Vestlandskurs" not in innlandet_mail.body
    assert "Ferskt kurs" not in innlandet_mail.body

    # Running again the same day sends nothing more, even with a new overdue page.
    mail.outbox.clear()
    call_command("send_review_reminders", verbosity=0)
    assert mail.outbox == []
    CoursePage.objects.filter(pk=world.current_course.pk).update(next_review=LONG_AGO)
    send_review_reminders()
    assert sorted(m.to[0] for m in mail.outbox) == ["randi@example.no", "rolf@example.no"]
    assert all("Ferskt kurs" in m.body and "Bokprat" not in m.body for m in mail.outbox)
    assert ReviewReminder.objects.filter(sent_on=timezone.localdate()).count() == 3

    # The next day the still-overdue pages are mentioned again.
    mail.outbox.clear()
    send_review_reminders(today=timezone.localdate() + datetime.timedelta(days=1))
    assert len(mail.outbox) == 3

"""Shared set-up for the workflow tests: sections, people in each role, and admin actions.

The admin is driven as people drive it: the real edit form (querydict_from_html plus the
StreamField data the admin's JavaScript would add) posted with `action-submit`, and the
workflow action endpoint for approve / request changes.
"""

from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from tests import factories
from workflows.editorial import setup_editorial
from workflows.organisations import RESOURCE_GROUP, TRANSLATORS

PASSWORD = "passord-for-test"


def make_user(username, *group_names, superuser=False):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.no",
        password=PASSWORD,
        first_name=username.capitalize(),
        is_superuser=superuser,
        is_staff=superuser,
    )
    for name in group_names:
        user.groups.add(Group.objects.get(name=name))
    return user


def build_world():
    """Three sections (two counties and NB, with a Nynorsk translation of one) and people."""
    setup_editorial()
    home = factories.home("nb")
    innlandet = factories.ContributorPageFactory(parent=home, title="Innlandet fylkesbibliotek")
    vestland = factories.ContributorPageFactory(parent=home, title="Vestland fylkesbibliotek")
    nb_section = factories.ContributorPageFactory(
        parent=home, title="Nasjonalbiblioteket", kind="nasjonalbiblioteket"
    )
    innlandet_nn = innlandet.copy_for_translation(factories.locale("nn"))
    innlandet_nn.save_revision().publish()

    users = SimpleNamespace(
        editor=make_user("ingrid", "Innlandet fylkesbibliotek: redaktører"),
        reviewer=make_user("rolf", "Innlandet fylkesbibliotek: godkjennere"),
        reviewer2=make_user("randi", "Innlandet fylkesbibliotek: godkjennere"),
        vestland_editor=make_user("vidar", "Vestland fylkesbibliotek: redaktører"),
        vestland_reviewer=make_user("vera", "Vestland fylkesbibliotek: godkjennere"),
        nb_editor=make_user("nora", "Nasjonalbiblioteket: redaktører"),
        resource=make_user("rita", RESOURCE_GROUP),
        resource2=make_user("ruben", RESOURCE_GROUP),
        translator=make_user("tore", TRANSLATORS),
        admin=make_user("admin", superuser=True),
    )
    course = factories.CoursePageFactory(parent=innlandet, title="Bokprat for alle")
    course.save_revision().publish()
    return SimpleNamespace(
        home=home,
        innlandet=innlandet,
        innlandet_nn=innlandet_nn,
        vestland=vestland,
        nb_section=nb_section,
        course=course,
        users=users,
    )


def login(client, user):
    client.force_login(user)
    return client


def refresh(page):
    return Page.objects.get(pk=page.pk).specific


def stream_data(page):
    """The StreamField form data the admin's JavaScript builds for a course page."""
    return {
        "learning_goals": streamfield([("goal", child.value) for child in page.learning_goals]),
        "authors": streamfield([]),
        "intro": streamfield([]),
    }


def edit_form_data(client, page, **changes):
    """The edit form as a browser sends it, with our changes laid over it."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    form = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data = {key: values if len(values) > 1 else values[-1] for key, values in form.lists()}
    latest = page.get_latest_revision_as_object()
    data.update(nested_form_data(stream_data(latest)))
    # The admin's JavaScript keeps each block's id, so an untouched StreamField is unchanged.
    for index, child in enumerate(latest.learning_goals):
        data[f"learning_goals-{index}-id"] = child.id
    data.update(changes)
    return url, data


def submit(client, page, **changes):
    url, data = edit_form_data(client, page, **changes)
    data["action-submit"] = "Send til gjennomgang"
    return client.post(url, data)


def workflow_action_url(page, action, task_state=None):
    task_state = task_state or refresh(page).current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def workflow_action(client, page, action, comment="", task_state=None):
    return client.post(workflow_action_url(page, action, task_state), {"comment": comment})


def mail_to(outbox):
    """The recipients of each sent message, as a sorted list of sets, one per subject."""
    return sorted((message.subject, tuple(sorted(message.to))) for message in outbox)

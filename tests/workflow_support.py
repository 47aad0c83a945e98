"""Shared set-up for the workflow tests: sections, people in each role, and admin actions.

The admin is driven as people drive it: the real edit form (querydict_from_html plus the
StreamField data the admin's JavaScript would add) posted with `action-submit`, and the
workflow action endpoint for approve / request changes.
"""

from types import SimpleNamespace

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from tests import factories
from tests.factories import UserFactory, refresh
from workflows.editorial import setup_editorial


def make_user(username, *group_names, superuser=False):
    """A person in the named groups (the UserFactory, with the groups spelled out)."""
    return UserFactory(
        username=username, group_names=list(group_names), role="admin" if superuser else None
    )


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

    innlandet_org, vestland_org = "Innlandet fylkesbibliotek", "Vestland fylkesbibliotek"
    user = factories.UserFactory
    users = SimpleNamespace(
        editor=user(username="ingrid", role="editor", organisation=innlandet_org),
        reviewer=user(username="rolf", role="reviewer", organisation=innlandet_org),
        reviewer2=user(username="randi", role="reviewer", organisation=innlandet_org),
        vestland_editor=user(username="vidar", role="editor", organisation=vestland_org),
        vestland_reviewer=user(username="vera", role="reviewer", organisation=vestland_org),
        nb_editor=user(username="nora", role="editor", organisation="Nasjonalbiblioteket"),
        resource=user(username="rita", role="resource"),
        resource2=user(username="ruben", role="resource"),
        translator=user(username="tore", role="translator"),
        admin=user(username="admin", role="admin"),
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

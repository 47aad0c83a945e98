"""setup_editorial: groups, permissions, collections and the workflow; sections as own sites."""

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Site,
    Workflow,
    WorkflowPage,
)
from wagtail.permissions import policy_registry

import pytest

from tests import factories
from tests.factories import UserFactory, refresh
from tests.workflow_support import build_world, login, submit, workflow_action
from workflows.models import EditorialTeam
from workflows.organisations import ORGANISATIONS

pytestmark = pytest.mark.django_db

WORKFLOW = "Publisering i Kompetansebanken"


def snapshot():
    return (
        sorted(Group.objects.values_list("name", flat=True)),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        sorted(Collection.objects.values_list("name", flat=True)),
        WorkflowPage.objects.count(),
        EditorialTeam.objects.count(),
        Workflow.objects.count(),
    )


def test_setup_on_an_empty_site_is_complete_and_idempotent(home_nb):
    call_command("setup_editorial", verbosity=0)
    names = set(Group.objects.values_list("name", flat=True))
    for organisation in ORGANISATIONS:
        assert f"{organisation}: redaktører" in names
        assert f"{organisation}: godkjennere" in names
        assert Collection.objects.filter(name=organisation, depth=2).count() == 1
    assert {"Ressursgruppen", "Oversettere"} <= names
    assert "Innlandet fylkesbibliotek: redaktører" in names
    # A team for each of the 15 county libraries and Nasjonalbiblioteket.
    assert sum(name.endswith(": redaktører") for name in names) == 16
    assert EditorialTeam.objects.count() == 16

    workflow = Workflow.objects.get(name=WORKFLOW)
    assert [task.name for task in workflow.tasks] == [
        "Gjennomgang i fylkesbiblioteket",
        "Godkjenning i Ressursgruppen",
    ]
    assert [group.name for group in workflow.tasks[1].specific.groups.all()] == ["Ressursgruppen"]
    assert home_nb.get_workflow() == workflow
    assert factories.home("nn").get_workflow() == workflow

    before = snapshot()
    call_command("setup_editorial", verbosity=0)
    call_command("setup_editorial", verbosity=0)
    assert snapshot() == before


def test_sections_seeded_before_or_after_setup_get_permissions_and_workflow(home_nb):
    seeded_first = factories.ContributorPageFactory(parent=home_nb, title="Agder fylkesbibliotek")
    call_command("setup_editorial", verbosity=0)
    seeded_later = factories.ContributorPageFactory(parent=home_nb, title="Oslo fylkesbibliotek")
    translation = seeded_later.copy_for_translation(factories.locale("nn"))
    new_organisation = factories.ContributorPageFactory(parent=home_nb, title="Ny organisasjon")

    workflow = Workflow.objects.get(name=WORKFLOW)
    for section, organisation in [
        (seeded_first, "Agder fylkesbibliotek"),
        (seeded_later, "Oslo fylkesbibliotek"),
        (translation, "Oslo fylkesbibliotek"),
        (new_organisation, "Ny organisasjon"),
    ]:
        editors = Group.objects.get(name=f"{organisation}: redaktører")
        permissions = set(
            GroupPagePermission.objects.filter(group=editors, page=section).values_list(
                "permission__codename", flat=True
            )
        )
        assert permissions == {"add_page", "change_page"}
        assert WorkflowPage.objects.get(page=section).workflow == workflow
        course = factories.CoursePageFactory(parent=section)
        assert course.get_workflow() == workflow


def test_media_only_in_own_collection(home_nb):
    call_command("setup_editorial", verbosity=0)
    editor = UserFactory(username="ingrid", role="editor", organisation="Innlandet fylkesbibliotek")
    own = Collection.objects.get(name="Innlandet fylkesbibliotek")
    for model, actions in [
        (get_image_model(), ["add", "change", "choose"]),
        (get_document_model(), ["add", "change", "choose"]),
    ]:
        policy = policy_registry.get_by_type(model)
        for action in actions:
            assert list(policy.collections_user_has_permission_for(editor, action)) == [own]
        # Deleting: only what they uploaded themselves (Wagtail's ownership rule), in their own.
        assert list(policy.collections_user_has_permission_for(editor, "delete")) == [own]

    from wagtailmedia import get_permission_policy

    video_policy = get_permission_policy()
    for action in ("add", "change"):
        assert list(video_policy.collections_user_has_permission_for(editor, action)) == [own]

    # The image chooser lists only the own collection's images.
    image_model = get_image_model()
    mine = factories_image("Vårt bilde", own)
    theirs = factories_image("Deres bilde", Collection.objects.get(name="Vestland fylkesbibliotek"))
    choosable = policy_registry.get_by_type(image_model).instances_user_has_permission_for(
        editor, "choose"
    )
    assert mine in choosable and theirs not in choosable


def factories_image(title, collection):
    import wagtail_factories

    return wagtail_factories.ImageFactory(title=title, collection=collection)


def test_resource_group_and_translators(client):
    world = build_world()
    users = world.users
    for section in (world.innlandet, world.innlandet_nn, world.vestland, world.nb_section):
        # Ressursgruppen publishes only through the workflow (its approval), never directly.
        resource_perms = section.permissions_for_user(users.resource)
        assert resource_perms.can_edit() and not resource_perms.can_publish()
        translator_perms = section.permissions_for_user(users.translator)
        assert translator_perms.can_edit()
        assert not translator_perms.can_publish()
    for model in ("topic", "audience"):
        assert users.resource.has_perm(f"home.add_{model}")
        assert users.resource.has_perm(f"home.change_{model}")
        assert not users.editor.has_perm(f"home.change_{model}")
    assert users.resource.has_perm("initiatives.change_library")
    # The Målform report is Ressursgruppen's through a permission, not its group name.
    assert users.resource.has_perm("translation.view_malform_report")
    assert not users.editor.has_perm("translation.view_malform_report")
    assert not users.translator.has_perm("translation.view_malform_report")

    # Ressursgruppen sees every workflow in the workflow report; an editor only their own.
    login(client, users.editor)
    submit(client, world.course, title="Til rapporten")
    vestland_course = factories.CoursePageFactory(parent=world.vestland, title="Vestlandskurs")
    login(client, users.vestland_editor)
    submit(client, vestland_course, title="Vestlandskurs, ny")
    report = reverse("wagtailadmin_reports:workflow")
    login(client, users.resource)
    text = client.get(report).content.decode()
    assert "Til rapporten" in text and "Vestlandskurs" in text
    login(client, users.editor)
    text = client.get(report).content.decode()
    assert "Til rapporten" in text and "Vestlandskurs" not in text


def test_a_section_as_its_own_site(client):
    world = build_world()
    users, course = world.users, world.course
    call_command(
        "setup_editorial", "--site", "Innlandet fylkesbibliotek=kurs.innlandet.no", verbosity=0
    )
    site = Site.objects.get(hostname="kurs.innlandet.no")
    assert site.root_page.specific == world.innlandet
    default = Site.objects.get(is_default_site=True)

    # Public URLs are right on both sites, in both languages.
    course_nn = course.copy_for_translation(factories.locale("nn"))
    course_nn.save_revision().publish()
    on_innlandet = RequestFactory().get("/", HTTP_HOST="kurs.innlandet.no")
    on_default = RequestFactory().get("/", HTTP_HOST="localhost")
    assert Site.find_for_request(on_default) == default
    assert course.get_url(on_default) == f"/nb/{world.innlandet.slug}/{course.slug}/"
    assert course.get_url(on_innlandet) == f"/nb/{course.slug}/"
    assert course_nn.get_url(on_innlandet) == f"/nn/{course_nn.slug}/"
    assert world.innlandet.get_url(on_innlandet) == "/nb/"
    on_site = client.get(f"/nb/{course.slug}/", HTTP_HOST="kurs.innlandet.no")
    assert on_site.status_code == 200
    assert "Bokprat for alle" in on_site.content.decode()
    on_main = client.get(f"/nb/{world.innlandet.slug}/{course.slug}/", HTTP_HOST="localhost")
    assert on_main.status_code == 200
    assert client.get(f"/nn/{course_nn.slug}/", HTTP_HOST="kurs.innlandet.no").status_code == 200
    # The other county's pages are not part of Innlandet's site.
    vestland_course = factories.CoursePageFactory(parent=world.vestland, title="Vestlandskurs")
    vestland_course.save_revision().publish()
    assert (
        client.get(f"/nb/{vestland_course.slug}/", HTTP_HOST="kurs.innlandet.no").status_code == 404
    )

    # Same permissions and the same workflow, whichever site serves the section.
    assert course.get_workflow().name == WORKFLOW
    login(client, users.editor)
    submit(client, course, title="Nytt på Innlandets nettsted")
    login(client, users.vestland_reviewer)
    workflow_action(client, course, "approve")
    assert refresh(course).current_workflow_task.name == "Gjennomgang i fylkesbiblioteket"
    login(client, users.reviewer)
    workflow_action(client, course, "approve")
    login(client, users.resource)
    workflow_action(client, course, "approve")
    page = refresh(course)
    assert page.title == "Nytt på Innlandets nettsted"
    assert page.get_url(on_innlandet) == f"/nb/{course.slug}/"
    response = client.get(f"/nb/{course.slug}/", HTTP_HOST="kurs.innlandet.no")
    assert "Nytt på Innlandets nettsted" in response.content.decode()


def test_wagtails_stock_groups_lose_their_site_wide_rights(home_nb):
    moderators = Group.objects.get(name="Moderators")
    assert GroupPagePermission.objects.filter(group=moderators, permission__codename="publish_page")
    call_command("setup_editorial", verbosity=0)
    stock = Group.objects.filter(name__in=["Editors", "Moderators"])
    assert not GroupPagePermission.objects.filter(group__in=stock).exists()
    assert not GroupCollectionPermission.objects.filter(group__in=stock).exists()


def test_translators_and_resource_group_may_start_translations_even_if_groups_existed(home_nb):
    Group.objects.create(name="Oversettere")
    call_command("setup_editorial", verbosity=0)
    for name in ("Oversettere", "Ressursgruppen"):
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="submit_translation").exists()

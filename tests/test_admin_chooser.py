"""The admin page chooser never shows another organisation's draft titles.

Editors (and reviewers and translators) see live pages and their own organisation's drafts;
Ressursgruppen and superusers see every page. Browse, search, the "chosen pages" answer and
the admin API used by the explorer all follow the rule.
"""

from django.urls import reverse

import pytest

from tests import factories
from tests.workflow_support import build_world, login

pytestmark = pytest.mark.django_db

SECRET = "Hemmelig vestlandsutkast"
OWN_DRAFT = "Innlandets eget utkast"


@pytest.fixture
def world(db):
    world = build_world()
    world.secret = factories.CoursePageFactory(parent=world.vestland, title=SECRET, live=False)
    world.secret.save_revision()
    # A live page whose newer draft title is secret too.
    world.vestland_live = factories.CoursePageFactory(parent=world.vestland, title="Vestlandskurs")
    world.vestland_live.save_revision().publish()
    world.own_draft = factories.CoursePageFactory(
        parent=world.innlandet, title=OWN_DRAFT, live=False
    )
    world.own_draft.save_revision()
    return world


def browse(client, parent):
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[parent.pk]), follow=True)
    return response.status_code, response.content.decode()


def search(client, query):
    response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def chosen(client, *pages):
    response = client.get(
        reverse("wagtailadmin_choose_page_chosen_multiple"), {"id": [page.pk for page in pages]}
    )
    assert response.status_code == 200
    return response.content.decode()


def test_editors_see_live_pages_and_their_own_drafts_only(client, world):
    for user in (world.users.editor, world.users.reviewer, world.users.translator):
        login(client, user)
        status, content = browse(client, world.vestland)
        assert status == 200
        assert "Vestlandskurs" in content
        assert SECRET not in content, user
        assert SECRET not in search(client, "vestlandsutkast"), user
        assert SECRET not in chosen(client, world.secret, world.vestland_live), user
        assert "Vestlandskurs" in chosen(client, world.secret, world.vestland_live)
        # Not by browsing into the draft by its id either.
        status, content = browse(client, world.secret)
        assert status == 404 and SECRET not in content

    login(client, world.users.editor)
    status, content = browse(client, world.innlandet)
    assert OWN_DRAFT in content
    assert OWN_DRAFT in search(client, "eget utkast")


def test_ressursgruppen_and_superusers_see_every_page(client, world):
    for user in (world.users.resource, world.users.admin):
        login(client, user)
        assert SECRET in browse(client, world.vestland)[1]
        assert SECRET in search(client, "vestlandsutkast")
        assert SECRET in chosen(client, world.secret)


def test_the_admin_api_does_not_show_other_organisations_drafts(client, world):
    login(client, world.users.editor)
    api = "/admin/api/main/pages/"
    listing = client.get(api, {"child_of": world.vestland.pk, "for_explorer": "1"})
    assert SECRET not in listing.content.decode()
    assert SECRET not in client.get(api, {"search": "vestlandsutkast"}).content.decode()
    detail = client.get(f"{api}{world.secret.pk}/", follow=True)
    assert detail.status_code == 404
    assert SECRET not in detail.content.decode()

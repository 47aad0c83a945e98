"""The admin in Bokmål and Nynorsk: the screens editors, reviewers and translators use show no
English, for a superuser and for a county editor, with the admin language chosen in their
account (Wagtail's UserProfile)."""

import datetime

from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.admin_language import ATTRIBUTES, WAGTAIL_HARDCODED, english_in, english_msgids
from tests.workflow_support import build_world, login, submit

LANGUAGES = ["nb", "nn"]


def visible_texts(html):
    """Text nodes and the attributes people read (placeholders, labels, tooltips)."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style"]) + soup.find_all(attrs={"hidden": True}):
        tag.decompose()
    texts = [text for text in soup.stripped_strings]
    for tag in soup.find_all(True):
        texts.extend(tag[name] for name in ATTRIBUTES if isinstance(tag.get(name), str))
        if tag.name == "input" and tag.get("type") in ("submit", "button"):
            if tag.get("value") not in WAGTAIL_HARDCODED:
                texts.append(tag.get("value", ""))
    return texts


def response_texts(response):
    if response.headers.get("Content-Type", "").startswith("application/json"):
        data = response.json()
        return visible_texts(data.get("html", "")) if isinstance(data, dict) else []
    return visible_texts(response.content.decode())


def admin_paths(world):
    innlandet = world.innlandet
    course = world.course
    lesson = factories.LessonPageFactory(parent=course, title="Første leksjon")
    resource = factories.ResourcePageFactory(parent=innlandet, title="Verktøykasse")
    initiative = factories.InitiativePageFactory(
        parent=innlandet, title="Lesekafé", period_end=datetime.date(2024, 6, 1)
    )
    paths = {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer root": reverse("wagtailadmin_explore_root"),
        "explorer section": reverse("wagtailadmin_explore", args=[innlandet.pk]),
        "search": reverse("wagtailadmin_pages:search") + "?q=bokprat",
        "add course": reverse(
            "wagtailadmin_pages:add", args=["courses", "coursepage", innlandet.pk]
        ),
        "add subpage": reverse("wagtailadmin_pages:add_subpage", args=[innlandet.pk]),
        "images": reverse("wagtailimages:index"),
        "image upload": reverse("wagtailimages:add_multiple"),
        "image chooser": reverse("wagtailimages_chooser:choose"),
        "documents": reverse("wagtaildocs:index"),
        "document upload": reverse("wagtaildocs:add_multiple"),
        "document chooser": reverse("wagtaildocs_chooser:choose"),
        "videos": reverse("wagtailmedia:index"),
        "video upload": reverse("wagtailmedia:add", args=["video"]),
        "video chooser": reverse("wagtailmedia:chooser"),
        "account": reverse("wagtailadmin_account"),
        "aging pages": reverse("wagtailadmin_reports:aging_pages"),
        "site history": reverse("wagtailadmin_reports:site_history"),
        "workflows report": reverse("wagtailadmin_reports:workflow"),
        "malform report": reverse("kb_malform_report"),
        "translate page": reverse("wagtail_localize:submit_page_translation", args=[course.pk]),
    }
    for name, page in {
        "course": course,
        "lesson": lesson,
        "resource": resource,
        "initiative": initiative,
        "section": innlandet,
        "catalog": world.home,
    }.items():
        paths[f"edit {name}"] = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return paths


def review_paths(world):
    """The reviewer's screens: the page in review and the dialogs of each workflow action."""
    course = world.course
    reviewer = world.users.reviewer
    task_state = course.current_workflow_task_state
    paths = {
        "dashboard": reverse("wagtailadmin_home"),
        "edit course in review": reverse("wagtailadmin_pages:edit", args=[course.pk]),
    }
    for action, _label, modal in task_state.task.specific.get_actions(course, reviewer):
        if modal:
            paths[f"workflow {action}"] = reverse(
                "wagtailadmin_pages:workflow_action", args=[course.pk, action, task_state.pk]
            )
    return paths


# Screens a county editor has no access to (Wagtail sends them back to the dashboard).
SUPERUSER_ONLY = {
    "aging pages",
    "site history",
    "workflows report",
    "malform report",
    "translate page",
    "edit catalog",
}


@pytest.fixture
def world(db, client):
    world = build_world()
    login(client, world.users.editor)
    assert submit(client, world.course).status_code == 302
    client.logout()
    return world


def set_admin_language(user, code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()


def english_on_paths(client, paths, code, msgids):
    found = {}
    for name, path in paths.items():
        response = client.get(path)
        assert response.status_code == 200, (name, path, response.status_code)
        english = english_in(response_texts(response), code, msgids)
        if name == "aging pages":
            # Wagtail prints None as "last published by" for pages published by no user
            # (set-up commands, imports); a value, not a phrase (reported).
            english.discard("None")
        if english:
            found[name] = sorted(english)
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_superuser_and_editor_see_the_admin_in_norwegian(client, world, code):
    msgids = english_msgids()
    paths = admin_paths(world)
    editor_paths = {name: path for name, path in paths.items() if name not in SUPERUSER_ONLY}
    for user, user_paths in (
        (world.users.admin, paths),
        (world.users.editor, editor_paths),
        (world.users.reviewer, review_paths(world)),
    ):
        set_admin_language(user, code)
        login(client, user)
        found = english_on_paths(client, user_paths, code, msgids)
        assert found == {}, (user.username, found)
    translation.activate("nb")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("nb", "Tittel på siden slik den vises offentlig"),
        ("nn", "Tittel på sida slik ho blir vist offentleg"),
    ],
)
def test_our_catalogue_wins_over_wagtails_own(code, expected):
    """Wagtail's Bokmål says "Tiittel"; admin_locale comes first in INSTALLED_APPS, and Django
    merges app catalogues last-listed first, so ours is the one that shows."""
    with translation.override(code):
        assert translation.gettext("The page title as you'd like it to be seen by the public") == (
            expected
        )
        assert translation.gettext("Search all pages…") in ("Søk i alle sider …",)


@pytest.mark.parametrize(
    ("code", "expected"), [("nb", "Sett inn en blokk"), ("nn", "Set inn ein blokk")]
)
def test_javascript_catalogue_has_our_strings(client, world, code, expected):
    """Wagtail's jsi18n view reads only wagtail.admin's catalogue and LOCALE_PATHS, which is why
    admin_locale's directory is in LOCALE_PATHS."""
    set_admin_language(world.users.editor, code)
    login(client, world.users.editor)
    response = client.get(reverse("wagtailadmin_javascript_catalog"))
    assert expected in response.content.decode()
    translation.activate("nb")

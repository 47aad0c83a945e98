"""The permission matrix: every role × every action × organisations, against workflows.rules.

Generated from the one rule table (`workflows.rules.RULES`): for each rule, each role and each
situation the rule speaks of (a live page, its translation, a draft, a page in review), the
action is driven through its real route (admin view, admin API, bulk action, workflow action,
wagtail-localize view) as that role, and the test checks that it happened exactly when the
table says it may, and that nothing answers 5xx. Nothing is listed by hand here: a new rule in
the table is a new test, a role or an expectation changed there changes what is checked.

Speed: the organisations, people and pages are built once (setUpTestData); every case runs
in a savepoint that is rolled back. All 16 organisations are checked without HTTP for who may
edit and who may approve (their groups, sections and teams are where organisations differ);
the routes are driven over HTTP for a county library (every rule) and Nasjonalbiblioteket
(the rules where its pages differ: they skip the county step).
"""

import html
import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client, TestCase
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, PageLogEntry, Revision, TaskState, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html
from wagtail_localize.models import Translation, TranslationSource

from home.models import Topic
from tests import factories
from tests.workflow_support import stream_data
from workflows.editorial import setup_editorial
from workflows.models import EditorialTeam
from workflows.organisations import (
    NATIONAL_LIBRARY,
    ORGANISATIONS,
    RESOURCE_GROUP,
    TRANSLATORS,
)
from workflows.rules import (
    ANONYMOUS,
    DRAFTS,
    EDITOR,
    NO,
    OTHER_ORGANISATION,
    OWN,
    REFUSED,
    RESOURCE_GROUP_MEMBER,
    REVIEWER,
    ROLES,
    RULES,
    STEP,
    SUPERUSER,
    TRANSLATIONS,
    TRANSLATOR,
    WORKFLOW_LOCK,
    YES,
)

SAMPLE_ORGANISATIONS = ["Innlandet fylkesbibliotek", NATIONAL_LIBRARY]
# Rules that do not depend on the organisation (the taxonomy): checked once.
ORGANISATION_FREE = {"localize_submit_snippet"}
# wagtail-localize validates a translation before a superuser's publish from its editor; with
# the untranslated strings of the test content it refuses. Only "no 5xx" is checked there.
SUPERUSER_OUTCOME_NOT_CHECKED = {"localize_publish"}


class Rollback(Exception):
    pass


def slugify_org(name):
    return "".join(c if c.isalnum() else "-" for c in name.lower())


def make_user(username, *groups, superuser=False):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.no", "pw", is_superuser=superuser, is_staff=superuser
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def submit_page(page, user):
    page.save_revision(user=user)
    page.get_workflow().start(page, user)


def approve_current(page, user):
    state = Page.objects.get(pk=page.pk).specific.current_workflow_task_state
    state.task.specific.on_action(state, user, "approve")


def edit_form(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200, (page, response.status_code)
    form = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data = {key: values if len(values) > 1 else values[-1] for key, values in form.lists()}
    specific = page.specific
    if hasattr(specific, "learning_goals"):
        data.update(nested_form_data(stream_data(specific.get_latest_revision_as_object())))
    return data


# For publishing rules "happened" means something went live (a refused publish from the
# editor still saves a draft, which is allowed).
PUBLISHING = {"publish", "api_publish", "bulk_publish", "localize_publish"}


def live_fingerprint(page_id):
    return (
        Page.objects.filter(pk=page_id).values("live", "live_revision_id").first(),
        PageLogEntry.objects.filter(page_id=page_id, action="wagtail.publish").count(),
        sorted(Revision.objects.exclude(approved_go_live_at=None).values_list("pk", flat=True)),
    )


def fingerprint(page_id):
    """Everything an action could change, read back from the database."""
    page = (
        Page.objects.filter(pk=page_id)
        .values(
            "live",
            "live_revision_id",
            "latest_revision_id",
            "path",
            "alias_of_id",
            "title",
            "locked",
        )
        .first()
    )
    return (
        page,
        Page.objects.count(),
        Revision.objects.count(),
        sorted(Revision.objects.exclude(approved_go_live_at=None).values_list("pk", flat=True)),
        sorted(WorkflowState.objects.values_list("pk", "status")),
        sorted(TaskState.objects.values_list("pk", "status")),
        Topic.objects.count(),
        sorted(get_document_model().objects.values_list("pk", "title")),
        PageLogEntry.objects.count(),
    )


class MatrixWorld(TestCase):
    """Built once: 16 organisations with their people and pages in every situation."""

    @classmethod
    def setUpTestData(cls):
        setup_editorial()
        cls.nn = Locale.objects.get(language_code="nn")
        home = factories.home("nb")
        cls.resource = make_user("ressurs", RESOURCE_GROUP)
        cls.resource2 = make_user("ressurs2", RESOURCE_GROUP)
        cls.translator = make_user("oversetter", TRANSLATORS)
        cls.admin = make_user("admin", superuser=True)
        cls.orgs = {}
        teams = {team.name: team for team in EditorialTeam.objects.all()}
        for name in ORGANISATIONS:
            key = slugify_org(name)
            kind = "nasjonalbiblioteket" if name == NATIONAL_LIBRARY else "fylkesbibliotek"
            section = factories.ContributorPageFactory(parent=home, title=name, kind=kind)
            section_nn = None
            if name in SAMPLE_ORGANISATIONS:
                section.save_revision().publish()
                section_nn = section.copy_for_translation(cls.nn)
                section_nn.save_revision().publish()
            team = teams[name]
            editor = make_user(f"red-{key}", team.editors.name)
            reviewer = make_user(f"god-{key}", team.reviewers.name)
            pages = {}
            sample = name in SAMPLE_ORGANISATIONS
            kinds = ("free", "county", "final") if sample else ("free", "county")
            for kind_name in kinds:
                page = factories.CoursePageFactory(
                    parent=section, title=f"{kind_name} {name}", slug=f"{kind_name}-{key}"
                )
                if sample:
                    page.save_revision(user=editor).publish()
                pages[kind_name] = page
            pages["county"].title = f"Til gjennomgang {name}"
            submit_page(pages["county"], editor)
            cls.orgs[name] = {
                "section": section,
                "section_nn": section_nn,
                "editor": editor,
                "reviewer": reviewer,
                "pages": pages,
                "team": team,
            }
            if not sample:
                continue
            # A draft lesson (never published) in the live course.
            draft = factories.LessonPageFactory(
                parent=pages["free"], title=f"Utkast {name}", slug=f"utkast-{key}", live=False
            )
            draft.save_revision(user=editor)
            pages["draft"] = draft
            pages["final"].title = f"Hos Ressursgruppen {name}"
            submit_page(pages["final"], editor)
            if kind == "fylkesbibliotek":
                approve_current(pages["final"], reviewer)
            # A translation edited in the page editor, one made by wagtail-localize (edited in
            # its translation editor), and aliases in both languages.
            translated = pages["free"].copy_for_translation(cls.nn, copy_parents=False)
            translated.save_revision(user=cls.translator).publish()
            pages["translation"] = translated
            source, _created = TranslationSource.get_or_create_from_instance(pages["final"])
            translation = Translation.objects.create(source=source, target_locale=cls.nn)
            translation.save_target(publish=True)
            pages["localized"] = pages["final"].get_translation(cls.nn)
            pages["alias"] = pages["free"].create_alias(parent=section, update_slug=f"alias-{key}")
            pages["alias_translation"] = pages["county"].copy_for_translation(cls.nn, alias=True)
            cls.orgs[name]["document"] = get_document_model().objects.create(
                title=f"Dokument {name}",
                collection=team.collection,
                file=ContentFile(b"Referat", name=f"referat-{key}.txt"),
            )
        names = list(ORGANISATIONS)
        for index, name in enumerate(names):
            cls.orgs[name]["other"] = cls.orgs[names[(index + 1) % len(names)]]["editor"]
        cls.topic = factories.TopicFactory(name="Bokprat", slug="bokprat")

        # The edit form as the admin renders it for a course (the same fields for every
        # course; each page gets its own title and slug).
        client = Client()
        client.force_login(cls.admin)
        cls.course_form = edit_form(client, cls.orgs[ORGANISATIONS[0]]["pages"]["free"])

    # Forms

    def form_for(self, page):
        return dict(self.course_form, slug=page.slug, title=page.title)

    # People

    def user_for(self, role, org):
        return {
            EDITOR: org["editor"],
            REVIEWER: org["reviewer"],
            OTHER_ORGANISATION: org["other"],
            RESOURCE_GROUP_MEMBER: self.resource,
            TRANSLATOR: self.translator,
            ANONYMOUS: None,
            SUPERUSER: self.admin,
        }[role]

    # Running one case

    def run_case(self, perform, user, page, org, effect=None):
        """Do the action as the user; return (happened, status) and roll everything back."""
        client = Client()
        if user is not None:
            client.force_login(user)
        effect = effect or fingerprint
        before = effect(page.pk)
        try:
            with transaction.atomic():
                response = perform(self, client, page, org)
                happened = effect(page.pk) != before
                raise Rollback((happened, response.status_code, response))
        except Rollback as done:
            return done.args[0]


# The routes, one per rule: perform(case, client, page, org) -> response.


def _edit(case, client, page, org, **extra):
    data = dict(case.form_for(page), title=f"{page.title} (endret)", **extra)
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def _revert(case, client, page, org):
    first = Revision.page_revisions.filter(object_id=str(page.pk)).order_by("pk").first()
    data = dict(case.form_for(page), title=f"{page.title} (tilbake)")
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first.pk])
    return client.post(url, data)


def _api(name, **data):
    """An admin API action; values may be functions of (case, page, org)."""

    def perform(case, client, page, org):
        payload = {
            key: value(case, page, org) if callable(value) else value for key, value in data.items()
        }
        url = reverse("wagtailadmin_api:pages:action", args=[page.pk, name])
        return client.post(url, json.dumps(payload), content_type="application/json")

    return perform


def _first_revision(case, page, org):
    return Revision.page_revisions.filter(object_id=str(page.pk)).order_by("pk").first().pk


def _destination(case, page, org):
    """A draft lesson moves to another course of its organisation; a course to the next
    organisation's section (sections are flat: there is nowhere else for it)."""
    if page.specific_class.__name__ == "LessonPage":
        return org["pages"]["county"].pk
    names = list(ORGANISATIONS)
    return case.orgs[names[(names.index(org["team"].name) + 1) % len(names)]]["section"].pk


def _bulk(action, **data):
    def perform(case, client, page, org):
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
        form = {
            key: value(case, page, org) if callable(value) else value for key, value in data.items()
        }
        return client.post(f"{url}?id={page.pk}&next=/admin/", form)

    return perform


def _workflow_action(action):
    def perform(case, client, page, org):
        state = Page.objects.get(pk=page.pk).specific.current_workflow_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])
        return client.post(url, {"comment": ""})

    return perform


PERFORM = {
    "edit": _edit,
    "add": lambda case, client, page, org: client.post(
        reverse("wagtailadmin_pages:add", args=["courses", "coursepage", page.get_parent().pk]),
        {**case.form_for(page), "slug": "nytt-kurs", "title": "Nytt kurs"},
    ),
    "revert": _revert,
    "publish": lambda case, client, page, org: _edit(
        case, client, page, org, **{"action-publish": "1"}
    ),
    "unpublish": lambda case, client, page, org: client.post(
        reverse("wagtailadmin_pages:unpublish", args=[page.pk])
    ),
    "delete": lambda case, client, page, org: client.post(
        reverse("wagtailadmin_pages:delete", args=[page.pk])
    ),
    "move": lambda case, client, page, org: client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[page.pk, _destination(case, page, org)])
    ),
    "copy": lambda case, client, page, org: client.post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {
            "new_title": "Kopi",
            "new_slug": "kopi",
            "new_parent_page": page.get_parent().pk,
            "publish_copies": "on",
        },
    ),
    "api_revert_to_page_revision": _api("revert_to_page_revision", revision_id=_first_revision),
    "api_publish": _api("publish"),
    "api_unpublish": _api("unpublish"),
    "api_delete": _api("delete"),
    "api_move": _api("move", destination_page_id=_destination, position="last-child"),
    "api_copy": _api("copy", slug="api-kopi", keep_live=False),
    "api_create_alias": _api(
        "create_alias", destination_page_id=_destination, update_slug="api-alias"
    ),
    "api_convert_alias": _api("convert_alias"),
    "api_copy_for_translation": _api("copy_for_translation", locale="nn", copy_parents=False),
    "bulk_publish": _bulk("publish"),
    "bulk_unpublish": _bulk("unpublish"),
    "bulk_delete": _bulk("delete"),
    "bulk_move": _bulk("move", chooser=_destination),
    "submit": lambda case, client, page, org: _edit(
        case, client, page, org, **{"action-submit": "1"}
    ),
    "approve_county": _workflow_action("approve"),
    "approve_final": _workflow_action("approve"),
    "cancel": lambda case, client, page, org: client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {**case.form_for(page), "action-cancel-workflow": "1"},
    ),
    "localize_submit_page": lambda case, client, page, org: client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [case.nn.pk], "include_subtree": "on"},
    ),
    "localize_publish": lambda case, client, page, org: client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
    ),
    "localize_convert_to_alias": lambda case, client, page, org: client.post(
        reverse("wagtail_localize:convert_to_alias", args=[page.pk])
    ),
    "localize_submit_snippet": lambda case, client, page, org: client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation", args=["home", "topic", case.topic.pk]
        ),
        {"locales": [case.nn.pk]},
    ),
    "media_other_collection": lambda case, client, page, org: client.post(
        reverse("wagtaildocs:edit", args=[org["document"].pk]),
        {"title": "Endret dokument", "collection": org["team"].collection.pk},
    ),
}

# Which page each situation means for a rule (default: the kind of the same name).
PAGE_FOR = {
    "api_convert_alias": {"free": "alias", "translation": "alias_translation"},
    "localize_publish": {"free": "localized"},
    "localize_convert_to_alias": {"free": "localized"},
    "localize_submit_page": {"free": "draft"},
    "api_copy_for_translation": {"free": "draft"},
}


# Workflow actions act on a page in review, whatever the role.
WORKFLOW_ON_REVIEW = {"approve_county", "approve_final", "cancel"}


def step_of(role):
    return {REVIEWER: "county", RESOURCE_GROUP_MEMBER: "final"}.get(role)


def situations(rule, role, org_name):
    """(page kind, expected to happen) for one role, from the rule table."""
    national = org_name == NATIONAL_LIBRARY
    may = rule.may[role]
    if role == SUPERUSER:
        cases = [("free", True)]
        if rule.action in ("approve_county", "approve_final", "cancel"):
            cases = [("county" if rule.action != "approve_final" else "final", True)]
        if rule.in_review in (REFUSED, WORKFLOW_LOCK):
            cases.append(("county", True))
        return cases
    if may == YES:
        cases = [("free", True)]
    elif may == NO:
        cases = [("free", False)]
    elif may == TRANSLATIONS:
        cases = [("free", False), ("translation", True)]
    elif may == DRAFTS:
        cases = [("free", False), ("draft", True)]
    elif may == STEP:
        # NB's pages skip the county step: they wait at Ressursgruppen's.
        kind = "final" if rule.action == "approve_final" else "county"
        waiting_at = "final" if (national or kind == "final") else "county"
        return [(kind, step_of(role) == waiting_at)]
    elif may == OWN:
        waiting_at = "final" if national else "county"
        return [("county", role == EDITOR or step_of(role) == waiting_at)]
    else:
        raise AssertionError(f"unknown value {may!r} in rule {rule.action}")
    if rule.action in WORKFLOW_ON_REVIEW and may == NO:
        # NB's pages wait at Ressursgruppen's step, where its rule (approve_final) applies.
        at_final = national and rule.action != "approve_final" and step_of(role) == "final"
        return [("final" if rule.action == "approve_final" else "county", at_final)]
    if rule.in_review == REFUSED:
        cases.append(("county", False))
    elif rule.in_review == WORKFLOW_LOCK:
        waiting_at = "final" if national else "county"
        cases.append(("county", may == YES and step_of(role) == waiting_at))
    return cases


# Rules where Nasjonalbiblioteket's pages behave differently (no county step).
REVIEW_ROUTE_DIFFERS = {"edit", "revert", "submit", "approve_county", "approve_final", "cancel"}


def organisations_for(rule):
    if rule.action in REVIEW_ROUTE_DIFFERS:
        return SAMPLE_ORGANISATIONS
    return SAMPLE_ORGANISATIONS[:1]


def check_rule(case, rule):
    wrong = []
    perform = PERFORM[rule.action]
    for org_name in organisations_for(rule):
        org = case.orgs[org_name]
        for role in ROLES:
            user = case.user_for(role, org)
            for kind, expected in situations(rule, role, org_name):
                kind = PAGE_FOR.get(rule.action, {}).get(kind, kind)
                page = org["pages"][kind]
                effect = live_fingerprint if rule.action in PUBLISHING else fingerprint
                happened, status, response = case.run_case(perform, user, page, org, effect)
                if status >= 500:
                    wrong.append(f"{org_name} / {role} / {kind}: answered {status}")
                elif role == SUPERUSER and rule.action in SUPERUSER_OUTCOME_NOT_CHECKED:
                    continue
                elif happened != expected:
                    text = html.unescape(
                        getattr(response, "content", b"")[:300].decode(errors="replace")
                    )
                    wrong.append(
                        f"{org_name} / {role} / {kind}: expected "
                        f"{'done' if expected else 'refused'}, was "
                        f"{'done' if happened else 'refused'} ({status} {text!r})"
                    )
    assert not wrong, f"{rule.action}:\n" + "\n".join(wrong)


def _make_test(rule):
    def test(self):
        check_rule(self, rule)

    test.__name__ = f"test_{rule.action}"
    test.__doc__ = f"{rule.route}: {rule.label}"
    return test


class TestPermissionMatrix(MatrixWorld):
    def test_every_organisation_edit_and_review_rights(self):
        """All 16 organisations, without HTTP: who may open the editor on a live page and
        on a page at the county step, and who gets the approve action there, as the table
        says (the routes themselves are driven above for a county and NB)."""
        from workflows.rules import RULES_BY_ACTION, refusal

        edit, approve = RULES_BY_ACTION["edit"], RULES_BY_ACTION["approve_county"]
        # (NB's pages wait at Ressursgruppen's step: its rule applies there.)
        wrong = []
        for org_name in ORGANISATIONS:
            org = self.orgs[org_name]
            free = org["pages"]["free"]
            county = Page.objects.get(pk=org["pages"]["county"].pk).specific
            task = county.current_workflow_task
            for role in ROLES:
                user = self.user_for(role, org)
                if user is None:
                    continue
                for kind, expected in situations(edit, role, org_name):
                    if kind not in ("free", "county"):
                        continue
                    page = free if kind == "free" else county
                    can = page.permissions_for_user(user).can_edit() and (
                        refusal(user, page, "edit") is None
                    )
                    lock = page.get_lock()
                    can = can and not (lock and lock.for_user(user))
                    if can != expected:
                        wrong.append(f"{org_name} / {role} / edit {kind}: {can}")
                waiting_at = "final" if org_name == NATIONAL_LIBRARY else "county"
                rule = approve if waiting_at == "county" else RULES_BY_ACTION["approve_final"]
                expected = role == SUPERUSER or (
                    rule.may[role] == STEP and step_of(role) == waiting_at
                )
                can = "approve" in [name for name, *_rest in task.get_actions(county, user)]
                if can != expected:
                    wrong.append(f"{org_name} / {role} / approve: {can}")
        assert not wrong, "\n".join(wrong)


for _rule in RULES:
    setattr(TestPermissionMatrix, f"test_{_rule.action}", _make_test(_rule))

"""Groups, permissions, media collections and the publishing workflow (idempotent set-up).

`setup_editorial()` is what the management command runs; `attach_section()` runs when a
contributor section (or its translation) is created after the set-up, so a section added
later gets its permissions and workflow at once.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.models import ContributorPage, HomePage
from workflows.models import EditorialTeam, FinalApprovalTask, OrganisationReviewTask
from workflows.organisations import (
    COUNTY_TASK_NAME,
    FINAL_TASK_NAME,
    ORGANISATIONS,
    RESOURCE_GROUP,
    TRANSLATORS,
    WORKFLOW_NAME,
    editors_group_name,
    reviewers_group_name,
)

# Collection permissions per media model: (app_label, model) -> codenames.
TEAM_MEDIA_PERMISSIONS = {
    ("wagtailimages", "image"): ["add_image", "change_image", "choose_image"],
    ("wagtaildocs", "document"): ["add_document", "change_document", "choose_document"],
    # wagtailmedia has no "choose" permission: its chooser lists what one may change.
    ("wagtailmedia", "media"): ["add_media", "change_media"],
}
RESOURCE_GROUP_MEDIA_PERMISSIONS = {
    ("wagtailimages", "image"): ["add_image", "change_image", "choose_image", "delete_image"],
    ("wagtaildocs", "document"): [
        "add_document",
        "change_document",
        "choose_document",
        "delete_document",
    ],
    ("wagtailmedia", "media"): ["add_media", "change_media", "delete_media"],
}
TRANSLATOR_MEDIA_PERMISSIONS = {
    ("wagtailimages", "image"): ["choose_image"],
    ("wagtaildocs", "document"): ["choose_document"],
}
TEAM_PAGE_PERMISSIONS = ["add", "change"]
# Ressursgruppen approves and publishes through the workflow like everyone else: no publish
# permission (only superusers publish outside the workflow, see workflows/publishing.py).
RESOURCE_GROUP_PAGE_PERMISSIONS = ["add", "change", "lock", "unlock"]
TRANSLATOR_PAGE_PERMISSIONS = ["change"]
# Page permissions no group may hold (removed on every run, also where added by hand).
FORBIDDEN_FOR_CONTRIBUTORS = ["publish", "bulk_delete"]
TAXONOMY_MODELS = [("home", "topic"), ("home", "audience"), ("initiatives", "library")]
# Wagtail's migrations create these with rights over the whole tree (Moderators may publish
# anywhere); in Kompetansebanken all rights go through the groups above.
STOCK_GROUPS = ["Editors", "Moderators"]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _permission_ids(spec):
    """{(app_label, codename): permission id} for every codename in a media spec, one query."""
    wanted = {
        (app_label, codename) for (app_label, _m), names in spec.items() for codename in names
    }
    found = Permission.objects.filter(
        content_type__app_label__in={app_label for app_label, _c in wanted},
        codename__in={codename for _a, codename in wanted},
    ).values_list("content_type__app_label", "codename", "pk")
    ids = {(app_label, codename): pk for app_label, codename, pk in found}
    missing = wanted - ids.keys()
    if missing:
        raise LookupError(f"Unknown permissions: {sorted(missing)}")
    return ids


def _admin_access(group):
    group.permissions.add(_permission("wagtailadmin", "access_admin"))


def _collection_permissions(group, collection, spec):
    permission_ids = set(_permission_ids(spec).values())
    existing = set(
        GroupCollectionPermission.objects.filter(
            group=group, collection=collection, permission_id__in=permission_ids
        ).values_list("permission_id", flat=True)
    )
    GroupCollectionPermission.objects.bulk_create(
        GroupCollectionPermission(group=group, collection=collection, permission_id=pk)
        for pk in sorted(permission_ids - existing)
    )


def _page_permissions(group, page, permission_types):
    for permission_type in permission_types:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type=ContentType.objects.get_for_model(Page),
                codename=f"{permission_type}_page",
            ),
        )


def _forbid_publish(group):
    GroupPagePermission.objects.filter(
        group=group,
        permission__codename__in=[f"{name}_page" for name in FORBIDDEN_FOR_CONTRIBUTORS],
    ).delete()


def _collection(name):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def ensure_workflow():
    """The workflow with its two tasks, in order."""
    resource_group, _created = Group.objects.get_or_create(name=RESOURCE_GROUP)
    county_task = OrganisationReviewTask.objects.filter(name=COUNTY_TASK_NAME).first()
    if county_task is None:
        county_task = OrganisationReviewTask.objects.create(name=COUNTY_TASK_NAME)
    final_task = FinalApprovalTask.objects.filter(name=FINAL_TASK_NAME).first()
    if final_task is None:
        final_task = FinalApprovalTask.objects.create(name=FINAL_TASK_NAME)
    final_task.groups.set([resource_group])
    for task in (county_task, final_task):
        if not task.active:
            task.active = True
            task.save(update_fields=["active"])

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    wanted = [county_task.task_ptr_id, final_task.task_ptr_id]
    current = list(workflow.workflow_tasks.order_by("sort_order").values_list("task_id", flat=True))
    if current != wanted:
        workflow.workflow_tasks.all().delete()
        for order, task_id in enumerate(wanted):
            WorkflowTask.objects.create(workflow=workflow, task_id=task_id, sort_order=order)
    return workflow


def _apply_workflow(workflow, page):
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def ensure_team(name):
    """The organisation's two groups, its collection and its team row."""
    editors, _created = Group.objects.get_or_create(name=editors_group_name(name))
    reviewers, _created = Group.objects.get_or_create(name=reviewers_group_name(name))
    collection = _collection(name)
    team = EditorialTeam.objects.filter(name=name).first()
    if team is None:
        team = EditorialTeam.objects.create(
            name=name, editors=editors, reviewers=reviewers, collection=collection
        )
    for group in (editors, reviewers):
        _admin_access(group)
        _collection_permissions(group, collection, TEAM_MEDIA_PERMISSIONS)
        _forbid_publish(group)
    return team


def _link_section(team, workflow):
    """Permissions and workflow on the team's section in every locale."""
    for section in team.get_sections():
        for group in (team.editors, team.reviewers):
            _page_permissions(group, section, TEAM_PAGE_PERMISSIONS)
        if workflow is not None:
            _apply_workflow(workflow, section)


def _find_section_key(name):
    section = (
        ContributorPage.objects.filter(title=name, locale__language_code="nb").first()
        or ContributorPage.objects.filter(title=name).first()
    )
    return section.translation_key if section else None


@transaction.atomic
def setup_editorial():
    """Create or update everything; safe to run on every deploy. Returns the teams."""
    workflow = ensure_workflow()
    homes = list(HomePage.objects.all())

    names = list(ORGANISATIONS)
    for section in ContributorPage.objects.filter(locale__language_code="nb").order_by("path"):
        if (
            section.title not in names
            and not EditorialTeam.objects.filter(section_key=section.translation_key).exists()
        ):
            names.append(section.title)

    teams = []
    for name in names:
        team = ensure_team(name)
        if team.section_key is None or not team.get_sections().exists():
            key = _find_section_key(name)
            if key and not EditorialTeam.objects.filter(section_key=key).exclude(pk=team.pk):
                team.section_key = key
                team.save(update_fields=["section_key"])
        _link_section(team, workflow)
        teams.append(team)

    resource_group, _created = Group.objects.get_or_create(name=RESOURCE_GROUP)
    _admin_access(resource_group)
    for app_label, model in TAXONOMY_MODELS:
        for action in ("add", "change", "delete", "view"):
            resource_group.permissions.add(_permission(app_label, f"{action}_{model}"))
    root_collection = Collection.get_first_root_node()
    _collection_permissions(resource_group, root_collection, RESOURCE_GROUP_MEDIA_PERMISSIONS)
    _forbid_publish(resource_group)

    translators, _created = Group.objects.get_or_create(name=TRANSLATORS)
    _admin_access(translators)
    # wagtail-localize's "Translate this page"; publishing stays with the workflow.
    start_translations = _permission("wagtail_localize", "submit_translation")
    translators.permissions.add(start_translations)
    resource_group.permissions.add(start_translations)
    # Språklova's Målform report (translation.views.MalformReportView).
    resource_group.permissions.add(_permission("translation", "view_malform_report"))
    _collection_permissions(translators, root_collection, TRANSLATOR_MEDIA_PERMISSIONS)
    _forbid_publish(translators)

    for home in homes:
        _page_permissions(resource_group, home, RESOURCE_GROUP_PAGE_PERMISSIONS)
        _page_permissions(translators, home, TRANSLATOR_PAGE_PERMISSIONS)
        _apply_workflow(workflow, home)
    # The tree root too, so a page created anywhere (a new locale's home included) is covered.
    _apply_workflow(workflow, Page.get_first_root_node())
    _retire_stock_groups()
    return teams


def _retire_stock_groups():
    """Take every page and collection right from Wagtail's default groups."""
    stock = Group.objects.filter(name__in=STOCK_GROUPS)
    GroupPagePermission.objects.filter(group__in=stock).delete()
    GroupCollectionPermission.objects.filter(group__in=stock).delete()


def attach_section(section):
    """Give a newly created section (or translation) its team's permissions and the workflow.

    A team whose section exists is never taken over by another section with the same title
    (a copy, say): that section gets no team and returns None. Does nothing before
    `setup_editorial` has run once (no workflow yet): the command links every existing
    section when it runs.
    """
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        return None
    team = EditorialTeam.objects.filter(section_key=section.translation_key).first()
    if team is None:
        team = EditorialTeam.objects.filter(name=section.title).first()
        if team is not None and team.get_sections().exists():
            # A copy of the section, or a second section with the organisation's name: it
            # must not take over the team (its reviewers, its queue). It stays without a
            # team, so its pages cannot be submitted until someone sorts it out.
            return None
        team = team or ensure_team(section.title)
        team.section_key = section.translation_key
        team.save(update_fields=["section_key"])
    _link_section(team, workflow)
    return team

"""Admin integration: our URLs, the overdue-content dashboard panel, the review log action,
and the guards that apply the rule table (workflows/rules.py) to every admin route that can
change a page: edit and revert, delete, move, copy, unpublish, alias conversion, bulk actions
and the admin API's page actions."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.utils import get_user_display_name, get_valid_next_url_from_request
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.models import Page, TaskState, WorkflowState

from home.models import ContributorPage
from workflows import chooser, urls
from workflows.api import GuardedPagesAdminAPIViewSet
from workflows.edit_guard import guard_workflow_action
from workflows.models import EditorialTeam, OrganisationReviewTask, section_without_team
from workflows.organisations import is_resource_group_member, missing_team_message
from workflows.review import (
    REVIEWED_ACTION,
    can_mark_reviewed,
    overdue_pages_for_user,
)
from workflows.rules import RULES_BY_ACTION, refusal

PANEL_LIMIT = 50


@hooks.register("register_admin_urls")
def register_workflow_urls():
    return [path("kb-arbeidsflyt/", include(urls, namespace="kb_workflow"))]


class OverdueContentPanel(Component):
    """The panel «Innhold som må gjennomgås»: all for Ressursgruppen, own pages for reviewers."""

    name = "overdue_content"
    template_name = "workflows/panels/overdue_content.html"
    order = 210

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = self.request.user
        pages = overdue_pages_for_user(user)[:PANEL_LIMIT]
        context["pages"] = [
            {
                "page": page,
                "can_edit": page.permissions_for_user(user).can_edit(),
                "can_mark": can_mark_reviewed(user, page),
            }
            for page in pages
        ]
        context["request"] = self.request
        context["csrf_token"] = parent_context.get("csrf_token")
        return context


class CountyQueuesPanel(Component):
    """For Ressursgruppen: every page waiting at the county step, in every organisation."""

    name = "county_queues"
    template_name = "workflows/panels/county_queues.html"
    order = 215

    def __init__(self, items):
        self.items = items

    @classmethod
    def items_for(cls):
        states = (
            TaskState.objects.filter(
                status=TaskState.STATUS_IN_PROGRESS,
                task__in=OrganisationReviewTask.objects.all(),
                workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
            )
            .select_related("revision", "workflow_state__requested_by")
            .order_by("started_at")[:PANEL_LIMIT]
        )
        items = []
        for state in states:
            page = state.revision.as_object()
            section = ContributorPage.section_of(page)
            requested_by = state.workflow_state.requested_by
            items.append(
                {
                    "page": page,
                    "title": page.get_admin_display_title(),
                    "organisation": section.title if section else "",
                    "submitted_by": get_user_display_name(requested_by) if requested_by else "",
                    "started_at": state.started_at,
                }
            )
        return items

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["items"] = self.items
        return context


@hooks.register("construct_homepage_panels")
def add_overdue_content_panel(request, panels):
    user = request.user
    resource_group = is_resource_group_member(user)
    if resource_group or EditorialTeam.objects.reviewed_by(user).exists():
        panels.append(OverdueContentPanel(request))
    if resource_group:
        items = CountyQueuesPanel.items_for()
        if items:
            panels.append(CountyQueuesPanel(items))


@hooks.register("construct_page_chooser_queryset")
def restrict_page_chooser(pages, request):
    """Editors choose among live pages and their own organisation's (see workflows.chooser)."""
    chooser.check_parent(request)
    return chooser.restrict_pages(pages, request.user)


@hooks.register("register_log_actions")
def register_review_log_action(actions):
    @actions.register_action(REVIEWED_ACTION)
    class ReviewedFormatter(LogFormatter):
        label = _("Marker som gjennomgått")

        def format_message(self, log_entry):
            next_review = (log_entry.data or {}).get("next_review", "")
            return _("Markert som gjennomgått. Neste gjennomgang: %(date)s") % {"date": next_review}


@hooks.register("before_edit_page")
def one_workflow_action_at_a_time(request, page):
    return guard_workflow_action(request, page)


SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")


def _hold_submission(request, page):
    """A page of a county section without a team is saved as a draft, not submitted.

    Its county step has no reviewers; the workflow must stop there with a message rather
    than skip the step (the task itself refuses to start as well).
    """
    if request.method != "POST" or not any(request.POST.get(name) for name in SUBMIT_ACTIONS):
        return
    section = section_without_team(page)
    if section is None:
        return
    post = request.POST.copy()
    for name in SUBMIT_ACTIONS:
        post.pop(name, None)
    request.POST = post
    messages.error(request, missing_team_message(section))


@hooks.register("before_edit_page")
def hold_submission_without_team(request, page):
    _hold_submission(request, page)


@hooks.register("before_create_page")
def hold_new_page_submission_without_team(request, parent_page, page_class):
    _hold_submission(request, parent_page)


@hooks.register("register_page_header_buttons")
def mark_reviewed_header_button(page, user, view_name, next_url=None):
    """«Marker som gjennomgått» in the page's header menu, for those who may mark it."""
    page = page.specific_deferred
    if page.live and can_mark_reviewed(user, page):
        yield Button(
            _("Marker som gjennomgått"),
            icon_name="calendar-check",
            priority=66,
            attrs={
                "data-controller": "w-action",
                "data-action": "w-action#post",
                "data-w-action-url-value": reverse("kb_workflow:mark_reviewed", args=[page.pk]),
                "data-w-action-next-value": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            },
        )


def _refused(request, page, action, fallback=None):
    """A redirect with the refusal message when the rule table forbids the action, else None."""
    message = refusal(request.user, page, action)
    if message is None:
        return None
    messages.error(request, message)
    if fallback is None:
        fallback = reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    return redirect(get_valid_next_url_from_request(request) or fallback)


@hooks.register("before_edit_page", order=-50)
def guard_edit(request, page):
    match = request.resolver_match
    action = "revert" if match and match.url_name == "revisions_revert" else "edit"
    return _refused(request, page, action, fallback=reverse("wagtailadmin_home"))


@hooks.register("before_delete_page")
def guard_delete(request, page):
    return _refused(request, page, "delete")


@hooks.register("before_move_page")
def guard_move(request, page, destination):
    return _refused(request, page, "move")


@hooks.register("before_copy_page")
def guard_copy(request, page):
    return _refused(request, page, "copy")


@hooks.register("before_unpublish_page")
def guard_unpublish(request, page):
    return _refused(request, page, "unpublish")


@hooks.register("before_convert_alias_page")
def guard_convert_alias(request, page):
    return _refused(request, page, "api_convert_alias")


@hooks.register("before_bulk_action")
def guard_page_bulk_action(request, action_type, objects, action_class_instance):
    if not issubclass(action_class_instance.model, Page):
        return None
    action = f"bulk_{action_type}"
    if action not in RULES_BY_ACTION:
        action = "publish"  # an unknown bulk action on pages: as strict as publishing
    for page in objects:
        response = _refused(request, page, action)
        if response is not None:
            return response
    return None


@hooks.register("construct_admin_api")
def guard_admin_api(router):
    router.register_endpoint("pages", GuardedPagesAdminAPIViewSet)

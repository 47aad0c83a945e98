"""Admin views: the "too late" notice after a workflow action, and "Marker som gjennomgått"."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin import messages
from wagtail.admin.auth import require_admin_access
from wagtail.admin.utils import get_user_display_name, get_valid_next_url_from_request
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Page, TaskState

from workflows.review import can_mark_reviewed, mark_reviewed

REASONS = {
    "own": gettext_lazy(
        "Du har selv bedt om eller gjort endringer i «%(title)s» under denne gjennomgangen. "
        "En annen godkjenner må godkjenne den."
    ),
    "changed": gettext_lazy(
        "«%(title)s» ble endret etter at gjennomgangen startet, så godkjenningen gjaldt ikke "
        "den nyeste versjonen. Gjennomgangen begynner på nytt i første steg; ingenting ble "
        "godkjent eller publisert."
    ),
}


def action_notice(request, task_state_id):
    """Explain why a workflow action did nothing: someone else got there first, the page
    changed during the review, or the reviewer changed it themselves."""
    task_state = get_object_or_404(TaskState, pk=task_state_id)
    workflow_state = task_state.workflow_state
    page = workflow_state.content_object
    if page is None or not page.permissions_for_user(request.user).can_edit():
        messages.warning(request, _("Siden venter ikke lenger på denne handlingen."))
        return redirect("wagtailadmin_home")
    title = page.get_admin_display_title()
    reason = REASONS.get(request.GET.get("grunn", ""))
    if reason is not None:
        messages.warning(request, reason % {"title": title})
        return redirect("wagtailadmin_pages:edit", page.pk)
    finished_by = task_state.finished_by
    name = get_user_display_name(finished_by) if finished_by else ""
    if task_state.status == TaskState.STATUS_APPROVED:
        message = _("«%(task)s» for «%(title)s» er allerede godkjent av %(name)s.")
    elif task_state.status == TaskState.STATUS_REJECTED:
        message = _("%(name)s har allerede bedt om endringer i «%(title)s» under «%(task)s».")
    elif task_state.status == TaskState.STATUS_CANCELLED:
        message = _(
            "Arbeidsflyten for «%(title)s» er avbrutt eller startet på nytt i en annen økt. "
            "Ingenting ble endret."
        )
    else:
        message = _("«%(title)s» venter ikke lenger på «%(task)s». Ingenting ble endret.")
    messages.warning(
        request, message % {"task": task_state.task.name, "title": title, "name": name}
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


_wagtail_workflow_action = page_viewset_registry.as_view("workflow_action", page_id_kwarg="page_id")


@require_admin_access
def workflow_action(request, page_id, action_name, task_state_id):
    """Wagtail's workflow action view, with a clear message when four eyes say no.

    Wagtail answers an action missing from the task's actions with a bare "permission denied";
    a reviewer who changed the page (or asked for the review) is told why instead.
    """
    task_state = TaskState.objects.filter(pk=task_state_id).first()
    if request.method == "POST" and task_state is not None:
        task = task_state.task.specific
        page = Page.objects.filter(pk=page_id).first()
        if (
            page is not None
            and str(page.pk) == task_state.workflow_state.object_id
            and hasattr(task, "is_own_submission")
            and task.user_can_review(page, request.user)
            and task.is_own_submission(page, request.user, task_state)
        ):
            messages.warning(request, REASONS["own"] % {"title": page.get_admin_display_title()})
            return redirect("wagtailadmin_pages:edit", page.pk)
    return _wagtail_workflow_action(
        request, page_id=page_id, action_name=action_name, task_state_id=task_state_id
    )


@require_POST
def mark_page_reviewed(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not can_mark_reviewed(request.user, page):
        raise PermissionDenied
    mark_reviewed(page, request.user)
    messages.success(
        request,
        _("«%(title)s» er markert som gjennomgått. Neste gjennomgang: %(date)s.")
        % {
            "title": page.get_admin_display_title(),
            "date": page.next_review.strftime("%d.%m.%Y"),
        },
    )
    return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")

"""Admin views: the "too late" notice after a workflow action, and "Marker som gjennomgått"."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name, get_valid_next_url_from_request
from wagtail.models import Page, TaskState

from workflows.review import can_mark_reviewed, mark_reviewed


def action_notice(request, task_state_id):
    """Explain why a workflow action did nothing: someone else got there first."""
    task_state = get_object_or_404(TaskState, pk=task_state_id)
    workflow_state = task_state.workflow_state
    page = workflow_state.content_object
    if page is None or not page.permissions_for_user(request.user).can_edit():
        messages.warning(request, _("Siden venter ikke lenger på denne handlingen."))
        return redirect("wagtailadmin_home")
    title = page.get_admin_display_title()
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

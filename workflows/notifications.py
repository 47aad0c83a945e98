"""E-mail notifications for the publishing workflow, in Norwegian.

- A task starts (submit, resubmit, or the county step approved): the people who can act on
  that task — the page's own organisation's reviewers, or Ressursgruppen. Nobody else; in
  particular not every superuser, as Wagtail's default does.
- The county step approves: the submitter hears the page went on to Ressursgruppen.
- The workflow finishes (published) or changes are requested: the submitter.

Mail is sent after the transaction commits, so an action that is rolled back (or that lost a
race) sends nothing. The receivers take the dispatch_uids of Wagtail's own notifiers, which
stops Wagtail from connecting those (see WorkflowsConfig.ready).
"""

import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.admin.mail import EmailNotificationMixin, Notifier, send_mail
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_approved, task_submitted, workflow_approved, workflow_rejected

from workflows.models import FinalApprovalTask, OrganisationReviewTask

logger = logging.getLogger("kb.workflows")


def render_mail(template_name, context):
    """(subject, body) of a mail from `workflows/notifications/<name>_subject.txt` and
    `<name>.txt`, in Bokmål; the subject on one line."""
    base = f"workflows/notifications/{template_name}"
    with translation.override("nb"):
        subject = " ".join(render_to_string(f"{base}_subject.txt", context).split())
        body = render_to_string(f"{base}.txt", context).strip()
    return subject, body


class KbNotifier(EmailNotificationMixin, Notifier):
    """Renders our own subject and text templates, in Bokmål, after commit."""

    notification = ""
    template_name = ""

    def get_template_set(self, instance, **kwargs):
        base = f"workflows/notifications/{self.template_name}"
        return {"subject": f"{base}_subject.txt", "text": f"{base}.txt"}

    def send_notifications(self, template_set, context, recipients, **kwargs):
        recipients = sorted(recipients, key=lambda user: user.pk)

        def send():
            for recipient in recipients:
                subject, body = render_mail(self.template_name, {**context, "user": recipient})
                try:
                    send_mail(subject, body, [recipient.email])
                except Exception:
                    logger.exception("Kunne ikke sende varsel til %s", recipient.email)

        transaction.on_commit(send)
        return True


def _page(workflow_state):
    return workflow_state.content_object.specific


class TaskSubmittedNotifier(KbNotifier):
    """To the people who can act on the task that just started."""

    notification = "submitted"
    template_name = "submitted"

    def __init__(self):
        super().__init__((TaskState,))

    def get_recipient_users(self, task_state, **kwargs):
        task = task_state.task.specific
        page = _page(task_state.workflow_state)
        if isinstance(task, OrganisationReviewTask):
            group = task.reviewers_group_for(page)
            groups = [group] if group else []
        elif isinstance(task, FinalApprovalTask):
            groups = list(task.groups.all())
        else:
            return set()
        excluded = {
            task_state.workflow_state.requested_by_id,
            task_state.revision.user_id,
            getattr(kwargs.get("user"), "pk", None),
        }
        users = get_user_model().objects.filter(groups__in=groups).distinct()
        return {user for user in users if user.pk not in excluded}

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        workflow_state = task_state.workflow_state
        context.update(
            page=_page(workflow_state),
            task=task_state.task.specific,
            workflow=workflow_state.workflow,
            requested_by=workflow_state.requested_by,
        )
        return context


class CountyApprovedNotifier(KbNotifier):
    """To the submitter when the county step approves and the page goes on."""

    notification = "approved"
    template_name = "forwarded"

    def __init__(self):
        super().__init__((TaskState,))

    def get_recipient_users(self, task_state, **kwargs):
        workflow_state = WorkflowState.objects.get(pk=task_state.workflow_state_id)
        if workflow_state.status != WorkflowState.STATUS_IN_PROGRESS:
            return set()  # the final approval: the "published" mail covers it
        submitter = workflow_state.requested_by
        if submitter is None or submitter == kwargs.get("user"):
            return set()
        return {submitter}

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        workflow_state = task_state.workflow_state
        context.update(
            page=_page(workflow_state),
            task=task_state.task.specific,
            task_state=task_state,
            next_task=workflow_state.current_task_state.task
            if workflow_state.current_task_state
            else None,
        )
        return context


class WorkflowNotifier(KbNotifier):
    def __init__(self):
        super().__init__((WorkflowState,))

    def get_recipient_users(self, workflow_state, **kwargs):
        submitter = workflow_state.requested_by
        if submitter is None or submitter == kwargs.get("user"):
            return set()
        return {submitter}

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        task_state = workflow_state.current_task_state
        context.update(
            page=_page(workflow_state),
            workflow=workflow_state.workflow,
            task_state=task_state,
            task=task_state.task if task_state else None,
            comment=task_state.get_comment() if task_state else "",
            actor=kwargs.get("user"),
        )
        return context


class PublishedNotifier(WorkflowNotifier):
    notification = "approved"
    template_name = "published"


class ChangesRequestedNotifier(WorkflowNotifier):
    notification = "rejected"
    template_name = "changes_requested"


# Wagtail's dispatch_uids: taking them keeps Wagtail's default notifiers unconnected.
WAGTAIL_TASK_SUBMITTED_UID = "group_approval_task_submitted_email_notification"
WAGTAIL_APPROVED_UID = "workflow_state_approved_email_notification"
WAGTAIL_REJECTED_UID = "workflow_state_rejected_email_notification"

task_submitted_notifier = TaskSubmittedNotifier()
county_approved_notifier = CountyApprovedNotifier()
published_notifier = PublishedNotifier()
changes_requested_notifier = ChangesRequestedNotifier()


def register_notifiers():
    """Replace Wagtail's workflow e-mails with ours, whichever app's ready() runs first."""
    replacements = [
        (task_submitted, TaskState, WAGTAIL_TASK_SUBMITTED_UID, task_submitted_notifier),
        (workflow_approved, WorkflowState, WAGTAIL_APPROVED_UID, published_notifier),
        (workflow_rejected, WorkflowState, WAGTAIL_REJECTED_UID, changes_requested_notifier),
    ]
    for signal, sender, uid, receiver in replacements:
        signal.disconnect(sender=sender, dispatch_uid=uid)
        signal.connect(receiver, sender=sender, dispatch_uid=uid, weak=False)
    task_approved.connect(
        county_approved_notifier,
        sender=TaskState,
        dispatch_uid="kb_county_step_approved_notification",
        weak=False,
    )

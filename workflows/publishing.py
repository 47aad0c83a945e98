"""What goes live: exactly the revision the workflow approved; any other publish is logged.

`publish_approved_revision` is `WAGTAIL_FINISH_WORKFLOW_ACTION`. Wagtail's default publishes the
page's *latest* revision when the last step approves, so a revision saved after the approval
(an API revert, a translation update) would go live unreviewed. Here the revision the last
task state approved is published; anything newer stays a draft. The tasks themselves make sure
that revision is the one every step approved (`workflows.models.GuardedTaskMixin`).

Only superusers hold the publish permission (`workflows.editorial`). A publish that does not
come from a finished workflow or from scheduled publishing of an approved revision is written
to the `kb.publishing` log with who and what, next to Wagtail's own log entry.
"""

import contextvars
import logging

from django.db.models.signals import post_save
from django.dispatch import receiver

# No wagtail.models import here: Wagtail imports this module (the finish action setting) while
# wagtail.models itself is loading.
logger = logging.getLogger("kb.publishing")

_workflow_publish = contextvars.ContextVar("kb_workflow_publish", default=False)

# Publishes that come from the workflow: at the final approval, or later by publish_scheduled
# for a revision approved with a future go-live date.
WORKFLOW_PUBLISH_ACTIONS = {"wagtail.publish.scheduled"}


def publish_approved_revision(workflow_state, user=None):
    task_state = workflow_state.current_task_state
    revision = task_state.revision
    token = _workflow_publish.set(True)
    try:
        # The approvers need no publish permission: their approval is the permission.
        revision.publish(user=user, skip_permission_checks=True)
    finally:
        _workflow_publish.reset(token)


@receiver(post_save, sender="wagtailcore.PageLogEntry", dispatch_uid="kb_publish_log")
def log_publish_outside_workflow(sender, instance, created, **kwargs):
    """A person (only superusers may) published outside the workflow: say who and what.

    Publishes by code without a user (the demo content, data migrations) are left to Wagtail's
    log entry alone.
    """
    if not created or instance.action != "wagtail.publish" or _workflow_publish.get():
        return
    if instance.user is None:
        return
    logger.warning(
        "Publisert utenfor arbeidsflyten: side %s «%s», revisjon %s, av %s (id %s)",
        instance.page_id,
        instance.label,
        instance.revision_id,
        instance.user.get_username(),
        instance.user_id,
    )

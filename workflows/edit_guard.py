"""One workflow action at a time on a page from the page editor.

Approving from the edit view first saves the form, built from the page as it was loaded. If
two reviewers approve the same page at once (or one double-clicks), the second request's save
can write the stale row back over the publish the first just made (wagtail PR #14460). The
`before_edit_page` hook below takes a PostgreSQL advisory lock on the page for the rest of the
request, then checks that the page has not changed since this request loaded it; if it has,
nothing is saved and the reviewer is told why.
"""

import threading

from django.core.signals import request_finished
from django.db import DEFAULT_DB_ALIAS, connections
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.models import Page

# First key of the two-key advisory lock: "KB" + "WF", so our locks never meet anyone else's.
LOCK_NAMESPACE = 0x4B42_5746


def _hold_page_lock(request, page_id):
    """Lock the page for this request; released when the request finishes."""
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s, %s)", [LOCK_NAMESPACE, page_id])
    thread = threading.get_ident()
    uid = f"kb-page-lock-{id(request)}"

    def release(**kwargs):
        if threading.get_ident() != thread:
            return
        request_finished.disconnect(dispatch_uid=uid)
        if connection.connection is not None:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [LOCK_NAMESPACE, page_id])

    request_finished.connect(release, dispatch_uid=uid, weak=False)


def guard_workflow_action(request, page):
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    _hold_page_lock(request, page.pk)
    loaded = (page.live, page.live_revision_id, page.latest_revision_id)
    current = Page.objects.filter(pk=page.pk).values_list(
        "live", "live_revision_id", "latest_revision_id"
    )
    if current.first() == loaded:
        return None
    messages.warning(
        request,
        _(
            "«%(title)s» ble endret i en annen økt mens du godkjente (kanskje av en annen "
            "godkjenner). Ingenting ble lagret. Se over siden på nytt."
        )
        % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)

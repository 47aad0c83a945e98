"""Translations go through the publishing workflow like any page.

wagtail-localize writes a translation to the page only when someone publishes it from the
translation editor, and that needs publish permission. Translators (without it) use
``send_for_review``: it stores the translation as a new draft revision, leaving the live page
untouched, and starts (or resumes) the page's workflow.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.coreutils import find_available_slug
from wagtail.models import Page, WorkflowState
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.segments.ingest import ingest_segments


class ReviewError(Exception):
    """Why a translation could not be sent for review (shown to the user)."""


def save_translation_draft(translation, user):
    """Write the current translations into a new draft revision of the target page.

    Mirrors ``TranslationSource.create_or_update_translation`` but never saves the page row of
    a live page (Wagtail keeps the live content there), so nothing changes on the public site.
    """
    source = translation.source
    locale = translation.target_locale
    original = source.as_instance()
    target = source.get_translated_instance(locale)
    if target.alias_of_id:
        raise ReviewError(_("Siden er et alias. Start oversettelsen før du sender den."))
    copy_synchronised_fields(original, target)
    # Untranslated strings fall back to the source text, as wagtail-localize's publish does.
    segments = source._get_segments_for_translation(locale, fallback=True)
    ingest_segments(original, target, source.locale, locale, segments)
    target.slug = find_available_slug(
        target.get_parent(), slugify(target.slug, allow_unicode=True), ignore_page_id=target.id
    )
    if not target.live:
        target.save(clean=False)
    revision = target.save_revision(user=user, log_action=True)
    return target, revision


def send_for_review(translation, user):
    """Save the translation as a draft and put it into the page's workflow.

    Returns the page. Raises ReviewError with a Norwegian message when that is not possible.
    """
    target = translation.get_target_instance()
    if not isinstance(target, Page):
        raise ReviewError(_("Bare sider sendes til gjennomgang."))
    perms = target.permissions_for_user(user)
    if not perms.can_edit():
        raise PermissionDenied
    lock = target.get_lock()
    if lock and lock.for_user(user):
        raise ReviewError(_("Siden er låst og kan ikke sendes til gjennomgang nå."))
    workflow = target.get_workflow()
    if workflow is None:
        raise ReviewError(
            _(
                "Siden har ingen arbeidsflyt. Be Ressursgruppen om å publisere oversettelsen "
                "eller å sette opp arbeidsflyten."
            )
        )
    with transaction.atomic():
        try:
            page, _revision = save_translation_draft(translation, user)
        except ValidationError as error:
            messages = "; ".join(error.messages)
            raise ReviewError(
                _("Oversettelsen kan ikke lagres: %(errors)s") % {"errors": messages}
            ) from error
    # The draft is kept even when the workflow refuses to start (e.g. a task stops it).
    try:
        with transaction.atomic():
            state = page.current_workflow_state
            if state is None:
                workflow.start(page, user)
            elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                state.resume(user)
            # A workflow already in progress goes on with the new revision; with
            # WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT earlier approvals no longer count.
    except ValidationError as error:
        raise ReviewError(" ".join(error.messages)) from error
    return page

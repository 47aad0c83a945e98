"""Live translations change only through the workflow.

wagtail-localize's "Translate this page" (with *include subtree*) saves every existing target
page with ``save_target(publish=False)``. That still writes the page row, and for a live page
the row is what the public site shows: an unreviewed translated title would go public.
``LiveTranslationGuard`` keeps such a change as a draft revision only: it notes the live
targets before wagtail-localize runs and afterwards puts their rows back as they were, keeping
the new revision as the page's latest draft (which then goes through the workflow).

The subtree is translated inside the request only with wagtail-localize's default job backend
(``WAGTAILLOCALIZE_JOBS`` unset); with a queued backend the guard could not see it, so
``subtree_translated_now`` lets the view refuse the subtree then.
"""

from wagtail.models import Page
from wagtail_localize.tasks import ImmediateBackend, background


def subtree_translated_now():
    return isinstance(background, ImmediateBackend)


def existing_targets(pages, locales):
    """The existing translations of `pages` in `locales` (specific pages, any status)."""
    keys = {page.translation_key for page in pages}
    if not keys or not locales:
        return []
    return list(
        Page.objects.filter(translation_key__in=keys, locale__in=locales)
        .exclude(pk__in=[page.pk for page in pages])
        .order_by("path")
        .specific()
    )


def in_review(pages):
    """The pages whose workflow is in progress: a new revision would change what is reviewed."""
    return [page for page in pages if page.workflow_in_progress]


class LiveTranslationGuard:
    """Snapshot live target pages; `restore()` puts back any row wagtail-localize rewrote."""

    def __init__(self, pages):
        self.snapshots = {page.pk: page.serializable_data() for page in pages if page.live}

    def restore(self):
        """Put the live rows back; returns the pages whose change was kept as a draft only."""
        kept = []
        for page in Page.objects.filter(pk__in=self.snapshots).specific():
            snapshot = self.snapshots[page.pk]
            if page.latest_revision_id == snapshot.get("latest_revision"):
                continue  # wagtail-localize left this page alone
            restored = page.with_content_json(snapshot)
            restored.live = True
            restored.has_unpublished_changes = True
            restored.save(clean=False)
            kept.append(restored)
        return kept

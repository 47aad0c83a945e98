"""Keeping content current: overdue pages, "Marker som gjennomgått", and who may do it."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.log_actions import log

from home.models import ContentPage, content_types, default_next_review
from workflows.models import EditorialTeam
from workflows.organisations import is_resource_group_member, section_paths, user_in_group

REVIEWED_ACTION = "kb.page.reviewed"


def overdue_pages(paths=None, today=None):
    """Live content pages whose next review date has passed, oldest first.

    `paths`: only pages below these tree paths (sections); None means everywhere.
    """
    today = today or timezone.localdate()
    if paths is not None and not paths:
        return []
    found = []
    for model in content_types():
        pages = model.objects.live().filter(next_review__lt=today)
        if paths is not None:
            condition = Q()
            for path in paths:
                condition |= Q(path__startswith=path)
            pages = pages.filter(condition)
        found.extend(pages.select_related("organisation", "locale"))
    found.sort(key=lambda page: (page.next_review, page.title))
    return found


def overdue_pages_for_user(user):
    """All overdue pages for Ressursgruppen, the own organisation's for its reviewers."""
    if is_resource_group_member(user):
        return overdue_pages()
    teams = list(EditorialTeam.objects.reviewed_by(user))
    if not teams:
        return []
    return overdue_pages(section_paths(teams))


def can_mark_reviewed(user, page):
    if not isinstance(page, ContentPage) or not user.is_authenticated:
        return False
    if is_resource_group_member(user):
        return True
    team = EditorialTeam.objects.for_page(page)
    return team is not None and user_in_group(user, team.reviewers_id)


@transaction.atomic
def mark_reviewed(page, user, today=None):
    """Set last_reviewed to today and next_review twelve months on, without a new revision.

    The dates change on the page row and in its latest revision (so the next edit or publish
    keeps them); the page history records the review with its own log action.
    """
    today = today or timezone.localdate()
    next_review = default_next_review(today)
    previous = page.next_review
    type(page).objects.filter(pk=page.pk).update(last_reviewed=today, next_review=next_review)
    page.last_reviewed, page.next_review = today, next_review
    revision = page.latest_revision
    if revision is not None:
        revision.content["last_reviewed"] = today.isoformat()
        revision.content["next_review"] = next_review.isoformat()
        revision.save(update_fields=["content"])
    log(
        instance=page,
        action=REVIEWED_ACTION,
        user=user,
        data={
            "last_reviewed": today.isoformat(),
            "next_review": next_review.isoformat(),
            "previous_next_review": previous.isoformat() if previous else None,
        },
    )
    return page

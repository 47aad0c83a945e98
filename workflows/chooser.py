"""The admin page chooser shows other organisations' pages only once they are live.

Wagtail's chooser lists every page with its draft title. Editors, reviewers and translators see
live pages, their own organisation's pages (both languages) and pages they own; Ressursgruppen
and superusers see all. The same rule covers the chooser's browse, search and "chosen" views.
"""

from django.db.models import Q
from django.http import Http404

from wagtail.admin.views.chooser import ChosenMultipleView
from wagtail.models import Page

from workflows.models import EditorialTeam
from workflows.organisations import is_resource_group_member, section_paths


def choosable_condition(user):
    """A filter for the pages the user may see in the chooser; None means every page."""
    if is_resource_group_member(user):
        return None
    condition = Q(live=True) | Q(owner=user.pk)
    groups = user.groups.all()
    teams = EditorialTeam.objects.filter(Q(editors__in=groups) | Q(reviewers__in=groups))
    for path in section_paths(teams):
        condition |= Q(path__startswith=path)
    return condition


def restrict_pages(pages, user):
    condition = choosable_condition(user)
    return pages if condition is None else pages.filter(condition)


def check_parent(request):
    """Browsing the chooser into a page the user may not see answers 404 (its title would show)."""
    parent_id = (request.resolver_match.kwargs if request.resolver_match else {}).get(
        "parent_page_id"
    )
    if parent_id and not restrict_pages(Page.objects.filter(pk=parent_id), request.user).exists():
        raise Http404


class RestrictedChosenMultipleView(ChosenMultipleView):
    """The chooser's "chosen pages" answer, for pages the user may see only."""

    def get(self, request):
        allowed = restrict_pages(
            Page.objects.filter(pk__in=[pk for pk in request.GET.getlist("id") if pk.isdigit()]),
            request.user,
        ).values_list("pk", flat=True)
        request.GET = request.GET.copy()
        request.GET.setlist("id", [str(pk) for pk in allowed])
        return super().get(request)

"""What the public may see: live, public pages whose ancestors are all live.

Wagtail's ``live()`` looks at the page alone, so a live lesson under an unpublished course is
still "live" and Wagtail's router serves it (with the course's title, authors and contact). On
the public site a page counts only when it and every page above it are published, and no view
restriction applies to it or above it (``public()``).

``visible_pages`` adds that condition to a queryset as one ``NOT EXISTS`` subquery, so a
listing costs no extra query; ``has_hidden_ancestor`` answers it for one page being served.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr

from wagtail.models import Page


def unpublished_ancestor():
    """True for a page below an unpublished page (the tree root does not count)."""
    return Exists(
        Page.objects.filter(
            live=False,
            numchild__gt=0,
            depth__gt=1,
            depth__lt=OuterRef("depth"),
            path=Substr(OuterRef("path"), 1, Length("path")),
        )
    )


def visible_pages(queryset=None):
    """Live, public pages (of `queryset`, else all pages) with no unpublished ancestor."""
    queryset = Page.objects.all() if queryset is None else queryset
    return queryset.live().public().exclude(unpublished_ancestor())


def exclude_below_unpublished(queryset):
    """`queryset` without pages below an unpublished page, as tree-path filters (one query).

    For search querysets: search backends accept only filters on indexed fields, and the tree
    path is one (Wagtail's ``public()`` filters the same way).
    """
    paths = Page.objects.filter(live=False, numchild__gt=0, depth__gt=1).values_list(
        "path", flat=True
    )
    below = Q()
    for path in paths:
        below |= Q(path__startswith=path)
    return queryset.exclude(below) if below else queryset


def has_hidden_ancestor(page):
    """Whether a page sits below an unpublished page (one query)."""
    step = page.steplen
    paths = [page.path[:end] for end in range(2 * step, len(page.path), step)]
    return bool(paths) and Page.objects.filter(path__in=paths, live=False).exists()

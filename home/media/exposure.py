"""Which media anonymous visitors may fetch: only what a live, public page uses.

Wagtail's reference index (`ReferenceIndex`) records every image, document and video a page
uses, through foreign keys, chooser blocks in StreamFields and rich-text links. A page row holds
its live content once published (drafts of a live page are revisions), so an index entry from a
live, public page is a use the public can see. Everything else (unpublished uploads, media only
a draft uses, media of private pages) answers 404 to anonymous visitors. Signed-in editors
(anyone who may use the admin) still get it, so previews of drafts show their media.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import BigIntegerField
from django.db.models.functions import Cast
from django.http import Http404
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.defaults import page_not_found

from wagtail.models import Page, ReferenceIndex


def may_preview_drafts(user):
    """Editors, reviewers and translators: anyone who may use the Wagtail admin."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def used_on_public_pages(queryset):
    """The objects of `queryset` that a live page outside any view restriction uses."""
    model = queryset.model
    public_pages = Page.objects.live().public().values("pk")
    references = (
        ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(model),
            base_content_type=ContentType.objects.get_for_model(Page),
        )
        .annotate(page_pk=Cast("object_id", BigIntegerField()))
        .filter(page_pk__in=public_pages)
        .annotate(target_pk=Cast("to_object_id", BigIntegerField()))
        .values("target_pk")
    )
    return queryset.filter(pk__in=references)


def is_public_media(obj):
    return used_on_public_pages(type(obj).objects.filter(pk=obj.pk)).exists()


def may_fetch(obj, user):
    return is_public_media(obj) or may_preview_drafts(user)


def mark_private(response):
    """The answer depends on who asks: no shared cache may keep it."""
    patch_cache_control(response, private=True)
    patch_vary_headers(response, ("Cookie",))
    return response


def not_found(request):
    """The site's own 404 page, marked private (an editor would have got the file)."""
    return mark_private(page_not_found(request, Http404()))

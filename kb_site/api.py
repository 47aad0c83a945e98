"""The read-only Wagtail API v2 at /api/v2/: visible pages, and the images and documents those
pages use.

Wagtail's viewsets only answer GET; pages are limited to live, public pages of this site in
every language with no unpublished page above them (home.visibility). Images and documents are
limited to those a live public page uses (Wagtail's reference index, home/media/exposure.py),
for everyone: an API answer must not depend on who asks, so a cache in front of it may keep it.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from home.media.exposure import used_on_public_pages
from home.visibility import exclude_below_unpublished


class VisiblePagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint without live pages below unpublished ones (list, detail, find).

    Path filters rather than a subquery, so the endpoint's ``search`` keeps working.
    """

    def get_base_queryset(self):
        return exclude_below_unpublished(super().get_base_queryset())


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    def get_queryset(self):
        return used_on_public_pages(super().get_queryset())


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    def get_queryset(self):
        return used_on_public_pages(super().get_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", VisiblePagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)

"""The read-only Wagtail API v2 at /api/v2/: visible pages, images and documents.

Wagtail's viewsets only answer GET; pages are limited to live, public pages of this site in
every language with no unpublished page above them (home.visibility), and images and
documents to collections without view restrictions.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from home.visibility import exclude_below_unpublished


class VisiblePagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint without live pages below unpublished ones (list, detail, find).

    Path filters rather than a subquery, so the endpoint's ``search`` keeps working.
    """

    def get_base_queryset(self):
        return exclude_below_unpublished(super().get_base_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", VisiblePagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)

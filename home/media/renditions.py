"""Renditions without a storage round trip per view, and pages that render when S3 is down.

Wagtail keeps every rendition in the `renditions` cache alias (Redis in production) once it
exists, and a signed S3 URL is computed locally, so a warm page view makes no S3 request.
Listings should prefetch the renditions their template uses: `with_listing_renditions`.
"""

from contextlib import contextmanager

from django.db.models import Prefetch

from wagtail.images import get_image_model
from wagtail.images.models import Filter, SourceImageIOError

from home.media.storage import S3_ERRORS, logger

# The card image of listings (catalog, topic pages, search): a 16:9 crop in WebP and JPEG.
CARD_IMAGE_SPECS = ("fill-{480x270,960x540}|format-{webp,jpeg}",)


@contextmanager
def storage_errors_as_missing(image):
    """Turn an S3 failure while making a rendition into Wagtail's "source image missing".

    Wagtail's template tags catch SourceImageIOError (and render a placeholder); botocore's
    connection errors would otherwise become a 500 on any page whose rendition is not made yet.
    """
    try:
        yield
    except S3_ERRORS as error:
        logger.error("Rendition of image %s failed; storage unavailable: %s", image.pk, error)
        raise SourceImageIOError(f"Storage unavailable: {error}") from error


def expand_specs(*specs):
    """Filter specs with {a,b} alternatives expanded: "fill-{1,2}" -> "fill-1", "fill-2"."""
    return [expanded for spec in specs for expanded in Filter.expand_spec(spec)]


def with_listing_renditions(queryset, *specs, field="listing_image"):
    """Pages (or any model with an image FK) with the image and the given renditions prefetched.

    One query for the images and one for their renditions, however many cards are listed:
        pages = with_listing_renditions(pages, *CARD_IMAGE_SPECS)
    """
    image_model = get_image_model()
    images = image_model.objects.prefetch_renditions(*expand_specs(*(specs or CARD_IMAGE_SPECS)))
    return queryset.prefetch_related(Prefetch(field, queryset=images))

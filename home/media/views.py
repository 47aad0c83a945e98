"""Document downloads and caption tracks served through the site.

Both answer only for media a live public page uses, or to signed-in editors
(home/media/exposure.py), and are marked `Cache-Control: private`.
"""

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from wagtail.documents.views import serve as wagtail_document_views

from wagtailmedia import get_media_model

from home.media.exposure import mark_private, may_fetch, not_found
from home.media.storage import STORAGE_ERRORS, logger


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (its hooks check use and view restrictions, home/media/hooks.py);
    every answer is private, as it depends on who asks."""
    response = wagtail_document_views.serve(request, document_id, document_filename)
    return mark_private(response)

CAPTION_LANGUAGES = {"nb", "nn"}
CACHE_SECONDS = 60 * 60


@require_GET
def captions(request, video_id, language):
    """The video's WebVTT track in one language (text/vtt), cached by its storage key."""
    if language not in CAPTION_LANGUAGES:
        raise Http404
    video = get_object_or_404(get_media_model(), pk=video_id)
    if not may_fetch(video, request.user):
        return not_found(request)
    field_file = getattr(video, f"captions_{language}")
    if not field_file:
        raise Http404
    cache_key = f"kb-captions:{field_file.name}"
    content = cache.get(cache_key)
    if content is None:
        try:
            with field_file.storage.open(field_file.name, "rb") as stored:
                content = stored.read()
        except FileNotFoundError:
            raise Http404 from None
        except STORAGE_ERRORS:
            logger.exception("Captions %s unavailable", field_file.name)
            return HttpResponse(status=503, headers={"Retry-After": "60"})
        cache.set(cache_key, content, CACHE_SECONDS)
    response = HttpResponse(content, content_type="text/vtt; charset=utf-8")
    mark_private(response)
    patch_cache_control(response, max_age=CACHE_SECONDS)
    response["X-Content-Type-Options"] = "nosniff"
    return response

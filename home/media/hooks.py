"""Documents: used on a live public page (or asked for by an editor), then Wagtail's
permission and collection checks, then a short signed S3 URL."""

from django.shortcuts import redirect

from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.models import document_served

from home.media.exposure import may_fetch, not_found
from home.media.storage import document_url_expire, is_remote, signed_url


@hooks.register("before_serve_document", order=-100)
def hide_documents_no_public_page_uses(document, request):
    """Runs before every other check: a document no live public page uses is a 404 for visitors
    (home/media/exposure.py), whatever collection it is in."""
    if not may_fetch(document, request.user):
        return not_found(request)
    return None


@hooks.register("before_serve_document", order=100)
def redirect_to_signed_url(document, request):
    """Runs after Wagtail's own view-restriction hook (order 0) has let the request through.

    Wagtail's "redirect" serve method would redirect to the plain signed URL; this one adds the
    file name and type the browser should use (S3's response-content-* overrides), and lives
    KB_DOCUMENT_URL_EXPIRE seconds. Local storage falls through to Wagtail's serve view.
    """
    if not is_remote(document.file.storage):
        return None
    document_served.send(sender=get_document_model(), instance=document, request=request)
    url = signed_url(
        document.file,
        expire=document_url_expire(),
        parameters={
            "ResponseContentDisposition": document.content_disposition,
            "ResponseContentType": document.content_type,
        },
    )
    response = redirect(url)
    response["Cache-Control"] = "private, no-store"
    return response

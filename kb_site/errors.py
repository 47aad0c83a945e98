"""Error views that must work when everything else fails."""

import logging

from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger("kb.errors")

# Used only if even the 500 template cannot be rendered (e.g. a broken template library).
FALLBACK_500 = (
    '<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8">'
    "<title>Noe gikk galt – Kompetansebanken</title></head><body><main>"
    "<h1>Noe gikk galt hos oss</h1><p>Prøv igjen om litt.</p>"
    '<p><a href="/">Gå til forsiden</a></p></main></body></html>'
)


@requires_csrf_token
def server_error(request):
    """The 500 page: a self-contained template rendered without context processors or database.

    The language comes from the URL prefix alone, so a broken database cannot break this page.
    """
    language = "nn" if request.path.startswith("/nn/") else "nb"
    # The page's one inline <style> carries django-csp's nonce (the public CSP allows no other
    # inline style); without the CSP middleware there is no nonce and no policy either.
    csp_nonce = str(getattr(request, "csp_nonce", ""))
    try:
        with translation.override(language):
            body = loader.get_template("500.html").render(
                {"language": language, "csp_nonce": csp_nonce}
            )
    except Exception:  # the last resort must not raise: log and answer with plain HTML
        logger.exception("The 500 template could not be rendered")
        body = FALLBACK_500
    return HttpResponseServerError(body)

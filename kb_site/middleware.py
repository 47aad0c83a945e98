"""Django's LocaleMiddleware, adjusted for URLs that have no language prefix."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

# Machine-facing URLs outside i18n_patterns whose 404s must stay 404s.
UNPREFIXED_PATHS = ("/api/",)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Keeps a 404 under /api/ a 404.

    Django's LocaleMiddleware answers a 404 on an unprefixed path with a redirect to
    /nb/<path> whenever that path would resolve, and Wagtail's catch-all pattern resolves
    every path. An API client asking for a draft or a missing page must get the API's own
    JSON 404, not a redirect to an HTML page.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_PATHS):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)

"""Answer a 404 in one language with a "not translated" note when the other language has it."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse

from translation.languages import find_original_for_path, live_translation


class NotTranslatedMiddleware:
    """For /nn/<path> (or /nb/<path>) that is not found while the other language has a live
    page at the same path: redirect to that page's translation when one is live, else show a
    note that the page is not translated, with a link to the original.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        found = find_original_for_path(request, request.path_info)
        if found is None:
            return response
        requested, original = found
        translation = live_translation(original, requested)
        if translation is not None:
            url = translation.get_url(request)
            if url and url != request.path:
                return redirect(url)
        response = TemplateResponse(
            request,
            "translation/not_translated.html",
            {
                "translation_original": original,
                "original_language": original.locale.language_code,
                "requested_language": requested,
            },
        )
        return response.render()

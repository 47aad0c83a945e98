"""Finding a page's counterpart in the other language, by translation or by path."""

import re

from django.conf import settings

from wagtail.models import Locale, Page, Site

from home.visibility import visible_pages


def language_name(code):
    """The language's name as settings.LANGUAGES gives it, e.g. «Nynorsk»."""
    return str(dict(settings.LANGUAGES).get(code, code))


_PREFIXED = re.compile(r"^/(?P<language>[a-z]{2})/(?P<rest>.*)$")


def relative_path(page):
    """The page's path below its language's home page, e.g. "innlandet/bokprat/"."""
    parts = page.url_path.strip("/").split("/")
    rest = "/".join(parts[1:])
    return f"{rest}/" if rest else ""


def localized_home(request, language_code):
    """The home page of the request's site in the given language, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        locale = Locale.objects.get_for_language(language_code)
    except Locale.DoesNotExist:
        return None
    root = site.root_page
    if root.locale_id == locale.pk:
        return root
    return root.get_translation_or_none(locale)


def untranslated_url(page, language_code):
    """Where the switcher leads for a page without a live translation in language_code."""
    return f"/{language_code}/{relative_path(page)}"


def find_original_for_path(request, path):
    """For a path like /nn/x/y/ that found nothing: the live public page at /nb/x/y/.

    Returns (language requested, page in the other language) or None.
    """
    match = _PREFIXED.match(path)
    if not match:
        return None
    requested = match["language"]
    codes = [code for code, _name in settings.LANGUAGES]
    if requested not in codes:
        return None
    rest = match["rest"]
    if rest and not rest.endswith("/"):
        rest += "/"
    for other in codes:
        if other == requested:
            continue
        home = localized_home(request, other)
        if home is None:
            continue
        page = visible_pages(
            Page.objects.filter(url_path=home.url_path + rest, locale_id=home.locale_id)
        ).first()
        if page is not None:
            return requested, page.specific
    return None


def live_translation(page, language_code):
    """The page's live translation in the given language, or None."""
    return visible_pages(
        page.get_translations(inclusive=True).filter(locale__language_code=language_code)
    ).first()

"""Template tags for Bokmål/Nynorsk: the language switcher and the original language."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from wagtail.models import Locale, Page

from home.templatetags.kb_tags import site_root
from home.visibility import visible_pages
from translation.languages import language_name, live_translation, untranslated_url

register = template.Library()


@register.simple_tag
def original_language_info(page):
    """{"code", "name", "original"}: the page's original language, and the live original page
    when this page is a translation (None otherwise)."""
    code = getattr(page, "original_language", "") or ""
    if not code:
        return None
    original = None
    if page.locale.language_code != code:
        original = live_translation(page, code)
    return {"code": code, "name": language_name(code).lower(), "original": original}


@register.simple_tag(takes_context=True)
def language_links(context):
    """A link per language: the page's live translation when there is one; else an address
    that shows a "not translated" note linking to the original (translation/middleware.py).
    """
    request = context.get("request")
    page = context.get("page") or context.get("translation_original")
    current = get_language()
    links = []
    translations = {}
    if isinstance(page, Page):
        translations_qs = visible_pages(page.get_translations(inclusive=True))
        for translation in translations_qs.select_related("locale"):
            translations[translation.locale.language_code] = translation
    root = site_root(context)
    for code, _name in settings.LANGUAGES:
        target = translations.get(code)
        url = target.get_url(request) if target else None
        if url is None and isinstance(page, Page) and page.depth > 2:
            url = untranslated_url(page, code)
        if url is None and root is not None:
            home = root.get_translation_or_none(Locale.objects.get_for_language(code))
            url = home.get_url(request) if home else f"/{code}/"
        links.append(
            {"code": code, "name": language_name(code), "url": url, "current": code == current}
        )
    return links

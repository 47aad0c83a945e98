"""Template tags for Bokmål/Nynorsk: the language a page was originally written in."""

from django import template

from translation.languages import LANGUAGE_NAMES, live_translation

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
    return {"code": code, "name": LANGUAGE_NAMES.get(code, code), "original": original}

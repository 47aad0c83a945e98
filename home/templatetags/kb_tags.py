"""Template tags for the site chrome: menu, breadcrumbs, language switcher, footer."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from wagtail.models import Locale, Page, Site

from home.visibility import visible_pages

register = template.Library()

LANGUAGE_NAMES = {"nb": "Bokmål", "nn": "Nynorsk"}


def _current_locale():
    try:
        return Locale.objects.get_for_language(get_language() or settings.LANGUAGE_CODE)
    except Locale.DoesNotExist:
        return Locale.get_default()


def _site_root(context):
    """The home page of the current site in the current language (cached on the request)."""
    request = context.get("request")
    cache_key = "_kb_home"
    if request is not None and hasattr(request, cache_key):
        return getattr(request, cache_key)
    site = Site.find_for_request(request) if request is not None else None
    root = site.root_page if site else None
    if root is not None:
        root = root.get_translation_or_none(_current_locale()) or root
    if request is not None:
        setattr(request, cache_key, root)
    return root


@register.simple_tag(takes_context=True)
def home_url(context):
    root = _site_root(context)
    return root.get_url(context.get("request")) if root else "/"


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's children shown in menus, marking the section being viewed."""
    root = _site_root(context)
    if root is None:
        return []
    request = context.get("request")
    current = context.get("page")
    items = []
    for child in root.get_children().live().in_menu().only("id", "title", "url_path", "path"):
        items.append(
            {
                "title": child.title,
                "url": child.get_url(request),
                "active": bool(current and current.path.startswith(child.path)),
            }
        )
    return items


@register.simple_tag(takes_context=True)
def footer_links(context):
    """Standard pages under the home page marked for the footer (not in the main menu)."""
    root = _site_root(context)
    if root is None:
        return []
    request = context.get("request")
    from home.models import StandardPage

    pages = StandardPage.objects.live().child_of(root).filter(show_in_menus=False)
    return [{"title": page.title, "url": page.get_url(request)} for page in pages]


@register.simple_tag(takes_context=True)
def language_links(context):
    """A link per language: the page's live translation when there is one; else an address
    that shows a "not translated" note linking to the original (home/translation/middleware.py).
    """
    from home.translation.languages import untranslated_url

    request = context.get("request")
    page = context.get("page") or context.get("translation_original")
    current = get_language()
    links = []
    translations = {}
    if isinstance(page, Page):
        translations_qs = visible_pages(page.get_translations(inclusive=True))
        for translation in translations_qs.select_related("locale"):
            translations[translation.locale.language_code] = translation
    root = _site_root(context)
    for code, _name in settings.LANGUAGES:
        target = translations.get(code)
        url = target.get_url(request) if target else None
        if url is None and isinstance(page, Page) and page.depth > 2:
            url = untranslated_url(page, code)
        if url is None and root is not None:
            home = root.get_translation_or_none(Locale.objects.get_for_language(code))
            url = home.get_url(request) if home else f"/{code}/"
        links.append(
            {"code": code, "name": LANGUAGE_NAMES[code], "url": url, "current": code == current}
        )
    return links


@register.inclusion_tag("home/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    ancestors = page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "path")
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}

"""Template tags for the site chrome: menu, breadcrumbs, footer."""

from django import template

from wagtail.models import Locale, Site

from home.models import StandardPage

register = template.Library()


def site_root(context):
    """The home page of the current site in the current language (cached on the request)."""
    request = context.get("request")
    cache_key = "_kb_home"
    if request is not None and hasattr(request, cache_key):
        return getattr(request, cache_key)
    site = Site.find_for_request(request) if request is not None else None
    root = site.root_page if site else None
    if root is not None:
        root = root.get_translation_or_none(Locale.get_active()) or root
    if request is not None:
        setattr(request, cache_key, root)
    return root


@register.simple_tag(takes_context=True)
def home_url(context):
    root = site_root(context)
    return root.get_url(context.get("request")) if root else "/"


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's children shown in menus, marking the section being viewed."""
    root = site_root(context)
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
    root = site_root(context)
    if root is None:
        return []
    request = context.get("request")
    pages = StandardPage.objects.live().child_of(root).filter(show_in_menus=False)
    return [{"title": page.title, "url": page.get_url(request)} for page in pages]


@register.inclusion_tag("home/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    ancestors = page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "path")
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}

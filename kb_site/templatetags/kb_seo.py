"""Head tags for search engines and link previews: canonical, hreflang, Open Graph, JSON-LD."""

from django import template

from wagtail.images.models import SourceImageIOError

from home.models import ContentPage
from home.structured_data import OG_LOCALES, SITE_NAME, json_ld_script_body
from home.visibility import visible_pages
from kb_site.absolute_urls import absolute_url

register = template.Library()

OG_IMAGE_SPEC = "fill-1200x630"


def _og_image(page, request):
    image = getattr(page, "listing_image", None)
    if image is None:
        return None
    try:
        rendition = image.get_rendition(OG_IMAGE_SPEC)
    except (OSError, SourceImageIOError):
        return None
    url = rendition.url
    if url.startswith("/"):
        url = absolute_url(url, request)
    return {"url": url, "width": rendition.width, "height": rendition.height}


@register.inclusion_tag("home/includes/structured_data.html", takes_context=True)
def structured_data_tags(context, page):
    request = context.get("request")
    url = page.get_full_url(request)
    translations = [
        (translation.locale.language_code, translation.get_full_url(request))
        for translation in visible_pages(page.get_translations()).select_related("locale")
    ]
    language = page.locale.language_code
    description = getattr(page, "summary", "") or page.search_description
    is_content = isinstance(page, ContentPage)
    return {
        "canonical_url": url,
        "language": language,
        "alternates": translations,
        "og": {
            "type": "article" if is_content else "website",
            "title": page.seo_title or page.title,
            "description": description,
            "url": url,
            "site_name": SITE_NAME,
            "locale": OG_LOCALES.get(language, language),
            "locale_alternates": [OG_LOCALES.get(code, code) for code, _url in translations],
            "published_time": page.first_published_at if is_content else None,
            "modified_time": page.last_published_at if is_content else None,
            "image": _og_image(page, request),
        },
        "json_ld": json_ld_script_body(page.get_structured_data(request, context)),
    }

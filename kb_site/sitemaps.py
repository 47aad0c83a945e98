"""sitemap.xml for both languages, with hreflang alternates, and robots.txt pointing at it."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.visibility import visible_pages
from kb_site.absolute_urls import absolute_url


class TranslatedPagesSitemap(Sitemap):
    """Every visible page (live, public, no unpublished ancestor) of the site in every language.

    Each URL lists the page's live translations (itself included) as `hreflang` alternates,
    plus an `x-default` alternate in the default language.
    """

    def items(self):
        site = self.get_wagtail_site()
        roots = [site.root_page, *site.root_page.get_translations()]
        in_site = Q()
        for root in roots:
            in_site |= Q(path__startswith=root.path)
        return (
            visible_pages(Page.objects.filter(in_site))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                urls.append({**url_info, "item": item})
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        self._add_alternates(urls)
        return urls

    def _add_alternates(self, urls):
        """One query for the translations of every page on this sitemap page."""
        keys = {url["item"].translation_key for url in urls}
        if not keys:
            return
        by_key = defaultdict(list)
        translations = (
            visible_pages(Page.objects.filter(translation_key__in=keys))
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for translation in translations:
            location = translation.get_full_url(self.request)
            if location:
                by_key[translation.translation_key].append(
                    (translation.locale.language_code, location)
                )
        for url in urls:
            alternates = by_key.get(url["item"].translation_key, [])
            if len(alternates) < 2:
                continue
            url["alternates"] = [
                {"lang_code": code, "location": location} for code, location in alternates
            ]
            default = dict(alternates).get(settings.LANGUAGE_CODE)
            if default:
                url["alternates"].append({"lang_code": "x-default", "location": default})


SITEMAPS = {"pages": TranslatedPagesSitemap}


@require_GET
@cache_control(max_age=60 * 60)
def robots_txt(request):
    """Crawlers may read the public site, not the admin or the API; the sitemap is named."""
    sitemap_url = absolute_url(reverse("sitemap"), request)
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")

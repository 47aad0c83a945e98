"""Create the pages a fresh site needs in both languages: about, accessibility, privacy.

Idempotent: pages that exist (by slug under each home page) are left as editors made them.
The default Site takes its hostname and port from WAGTAILADMIN_BASE_URL, so absolute URLs
(sitemap, feeds, canonical links, e-mails) name the public address.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Locale, Site

from home.models import HomePage, StandardPage
from home.site_pages import SITE_PAGES


class Command(BaseCommand):
    help = (
        "Oppretter om-siden, tilgjengelighetserklæringen og personvernsiden på bokmål og nynorsk."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        created = 0
        for spec in SITE_PAGES:
            source = None
            for language_code, _name in settings.LANGUAGES:
                locale = Locale.objects.get(language_code=language_code)
                home = HomePage.objects.get(locale=locale)
                content = spec[language_code]
                page = StandardPage.objects.child_of(home).filter(slug=content["slug"]).first()
                if page is None:
                    page = StandardPage(
                        title=content["title"],
                        slug=content["slug"],
                        intro=content["intro"],
                        body=[("text", content["body"])],
                        show_in_menus=spec.get("in_menu", False),
                        locale=locale,
                    )
                    if source is not None:
                        page.translation_key = source.translation_key
                    home.add_child(instance=page)
                    page.save_revision().publish()
                    created += 1
                source = page
        self.stdout.write(f"Nettstedssider: {created} opprettet.")
        self.set_default_site_address()

    def set_default_site_address(self):
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None or not address.hostname:
            return
        port = address.port or (443 if address.scheme == "https" else 80)
        if (site.hostname, site.port) != (address.hostname, port):
            site.hostname, site.port = address.hostname, port
            site.save(update_fields=["hostname", "port"])
            self.stdout.write(f"Standardnettsted: {address.hostname}:{port}")

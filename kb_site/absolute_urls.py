"""Absolute URLs from the Wagtail Site, never from the request's Host header.

A forged Host header must not end up in robots.txt, the sitemap, feeds or preview-image links
(a cache in front of the site would hand the forged links to everyone). Wagtail picks the Site
by the Host header only among configured sites and falls back to the default one.
"""

from urllib.parse import urljoin

from django.conf import settings

from wagtail.models import Site


def site_root_url(request=None):
    """The root URL (scheme, host and port) of the request's Wagtail Site, or the default one."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return site.root_url


def absolute_url(path, request=None):
    """`path` (a URL path, or an already absolute URL) on the Site's own address."""
    return urljoin(site_root_url(request) + "/", path)

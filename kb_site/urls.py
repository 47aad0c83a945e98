from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap

from accounts.views import ThrottledPasswordResetView
from kb_site.api import api_router
from kb_site.feeds import LatestContentFeed, TopicFeed
from kb_site.health import healthz
from kb_site.sitemaps import SITEMAPS, robots_txt
from search import views as search_views
from workflows.chooser import RestrictedChosenMultipleView
from workflows.views import workflow_action

handler500 = "kb_site.errors.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Before Wagtail's own route of the same path: answers for pages the user may see only.
    path(
        "admin/choose-page/chosen-multiple/",
        require_admin_access(RestrictedChosenMultipleView.as_view()),
        name="kb_choose_page_chosen_multiple",
    ),
    # Before Wagtail's own view at the same address: refusals by the four-eyes rule explained.
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        workflow_action,
    ),
    # Wagtail's password reset with a limit per client and per e-mail address (accounts/views.py).
    path("admin/password_reset/", ThrottledPasswordResetView.as_view()),
    # Passkeys (django-otp-webauthn): the browser's register and verify calls.
    path("admin/passkeys/", include("django_otp_webauthn.urls", namespace="otp_webauthn")),
    path("admin/", include(wagtailadmin_urls)),
    # Documents (Wagtail's views behind our checks) and caption tracks: home/media/urls.py.
    path("", include("home.media.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages carry their language: /nb/... and /nn/...; "/" redirects to the visitor's language.
urlpatterns += i18n_patterns(
    path("feed/", LatestContentFeed(), name="feed"),
    path("feed/tema/<str:slug>/", TopicFeed(), name="topic_feed"),
    path("sok/", search_views.SearchView.as_view(), name="search"),
    path("sok/forslag/", search_views.search_suggestions, name="search_suggestions"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

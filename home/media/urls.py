from django.urls import path

from wagtail.documents.views import serve as wagtail_document_views

from home.media import views

urlpatterns = [
    path(
        "documents/<int:document_id>/<path:document_filename>",
        views.serve_document,
        name="wagtaildocs_serve",
    ),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        wagtail_document_views.authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path(
        "video/<int:video_id>/teksting-<str:language>.vtt",
        views.captions,
        name="video_captions",
    ),
]

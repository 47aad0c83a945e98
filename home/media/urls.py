from django.urls import path

from home.media import views

urlpatterns = [
    path(
        "video/<int:video_id>/teksting-<str:language>.vtt",
        views.captions,
        name="video_captions",
    ),
]

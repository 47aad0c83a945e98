"""Video and audio for lessons (wagtailmedia), with caption tracks."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtailmedia.models import AbstractMedia


class Video(AbstractMedia):
    """A video file with a required WebVTT caption track in Bokmål and an optional Nynorsk one."""

    captions_nb = models.FileField(
        _("teksting (bokmål, WebVTT)"),
        upload_to="media/captions",
        help_text=_("Undertekster i WebVTT-format (.vtt). Påkrevd for video."),
    )
    captions_nn = models.FileField(
        _("teksting (nynorsk, WebVTT)"),
        upload_to="media/captions",
        blank=True,
    )

    admin_form_fields = (
        "title",
        "file",
        "collection",
        "captions_nb",
        "captions_nn",
        "duration",
        "width",
        "height",
        "thumbnail",
        "tags",
    )

    class Meta(AbstractMedia.Meta):
        verbose_name = _("video")
        verbose_name_plural = _("videoer")

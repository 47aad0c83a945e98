"""Media models: images with their renditions, and captioned video (wagtailmedia)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage

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


class KbImage(AbstractImage):
    """The project's image model, so image behaviour (renditions, validation) is ours to shape."""

    admin_form_fields = WagtailImage.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("bilde")
        verbose_name_plural = _("bilder")


class KbRendition(AbstractRendition):
    image = models.ForeignKey(KbImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

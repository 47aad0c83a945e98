"""Media models: images with their renditions, and captioned video (wagtailmedia)."""

import posixpath

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage

from wagtailmedia.models import AbstractMedia

from home.media.filenames import safe_filename
from home.media.renditions import storage_errors_as_missing
from home.media.storage import image_url_expire, signed_url, video_url_expire


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

    CAPTION_LANGUAGES = settings.LANGUAGES

    @property
    def playback_url(self):
        """A signed URL that stays valid long enough to watch and seek (KB_VIDEO_URL_EXPIRE)."""

        return signed_url(self.file, expire=video_url_expire())

    @property
    def mime_type(self):
        return "video/webm" if self.file.name.lower().endswith(".webm") else "video/mp4"

    @property
    def caption_tracks(self):
        """The caption tracks, the page's language as default, served from this site.

        Browsers load a <track> from another host only with CORS, so the captions go through
        home.media.views.captions (same origin) rather than a signed bucket URL.
        """
        available = [
            code for code, _label in self.CAPTION_LANGUAGES if getattr(self, f"captions_{code}")
        ]
        default = get_language() if get_language() in available else "nb"
        return [
            {
                "language": code,
                "label": label,
                "url": reverse("video_captions", args=[self.pk, code]),
                "default": code == default,
            }
            for code, label in self.CAPTION_LANGUAGES
            if code in available
        ]

    class Meta(AbstractMedia.Meta):
        verbose_name = _("video")
        verbose_name_plural = _("videoer")


class KbImage(AbstractImage):
    """The project's image model, so image behaviour (renditions, validation) is ours to shape."""

    admin_form_fields = WagtailImage.admin_form_fields

    def get_upload_to(self, filename):
        """original_images/<safe name>: no path tricks, Norwegian letters kept (docs/media.md)."""

        return posixpath.join("original_images", safe_filename(filename))

    def get_rendition(self, filter):

        with storage_errors_as_missing(self):
            return super().get_rendition(filter)

    def get_renditions(self, *filters):

        with storage_errors_as_missing(self):
            return super().get_renditions(*filters)

    class Meta(AbstractImage.Meta):
        verbose_name = _("bilde")
        verbose_name_plural = _("bilder")


class KbRendition(AbstractRendition):
    image = models.ForeignKey(KbImage, on_delete=models.CASCADE, related_name="renditions")

    def get_upload_to(self, filename):
        return posixpath.join("renditions", self.file.field.storage.get_valid_name(filename))

    @property
    def url(self):
        """On S3 a signed URL that outlives a long page visit (KB_IMAGE_URL_EXPIRE)."""

        return signed_url(self.file, expire=image_url_expire())

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

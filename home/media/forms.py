"""Admin upload forms for images, documents and video (Wagtail's form-base settings point here).

Each form checks the file itself (home/media/validation.py), makes its name safe for a storage
key, and then uploads it while the form is still being validated. If the storage fails, the
form gets a Norwegian error on that field, anything this form already uploaded is removed, and
the view never reaches `save()`: no database row without a file, no object without a row.
"""

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from wagtailmedia.forms import BaseMediaForm

from home.media import validation
from home.media.filenames import safe_filename
from home.media.storage import STORAGE_ERRORS, logger

STORAGE_DOWN_MESSAGE = _(
    "Filen kunne ikke lagres fordi lagringstjenesten ikke svarer. Ingenting er lagret. "
    "Prøv igjen om litt, og kontakt administrator hvis feilen varer."
)


class SafeUploadMixin:
    """Checks, safe names and an upload that fails as a form error, for any model form.

    `file_checks` maps a form field to a check that raises ValidationError.
    """

    file_checks = {}

    def clean(self):
        cleaned_data = super().clean()
        for name, check in self.file_checks.items():
            uploaded = cleaned_data.get(name)
            if not isinstance(uploaded, UploadedFile):
                continue
            try:
                check(uploaded)
            except ValidationError as error:
                self.add_error(name, error)
                continue
            uploaded.name = safe_filename(uploaded.name)
        return cleaned_data

    def _post_clean(self):
        super()._post_clean()
        if not self.errors:
            self._store_files()

    def _store_files(self):
        """Upload the new files now; on a storage error undo and report it on the field."""
        stored = []
        for name in self.file_checks:
            if name not in self.changed_data:
                continue
            model_field = self.instance._meta.get_field(name)
            field_file = getattr(self.instance, model_field.attname)
            if not field_file or field_file._committed:
                continue
            try:
                key = model_field.generate_filename(self.instance, field_file.name)
                field_file.name = field_file.storage.save(
                    key, field_file.file, max_length=model_field.max_length
                )
            except STORAGE_ERRORS:
                logger.exception("Upload of %s failed; storage unavailable", field_file.name)
                self._remove(stored)
                self.add_error(name, STORAGE_DOWN_MESSAGE)
                return
            # Keep the uploaded content on the field: metadata (size, hash) is read from it,
            # not fetched back from the storage, and the model's save() will not upload again.
            field_file._committed = True
            stored.append(field_file)

    @staticmethod
    def _remove(field_files):
        for field_file in field_files:
            try:
                field_file.storage.delete(field_file.name)
            except STORAGE_ERRORS:
                logger.exception("Could not remove %s after a failed upload", field_file.name)


HELP_TEXT = _("Tillatte filtyper: %(allowed)s. Største filstørrelse: %(max)s.")
IMAGE_FIELD_MESSAGES = {
    "invalid_image": _("Filen er ikke et bilde, eller bildet er ødelagt."),
    "invalid_image_known_format": _(
        "Innholdet i filen stemmer ikke med filendelsen «.%(extension)s» "
        "(filen er et %(image_format)s-bilde)."
    ),
    "file_too_large": _(
        "Filen er for stor (%(file_size)s). Største tillatte størrelse er %(max_filesize)s."
    ),
    "file_too_many_pixels": _(
        "Bildet har for mange piksler (%(num_pixels)s). Største tillatte antall er "
        "%(max_pixels_count)s."
    ),
}


def _reject_active_image(uploaded):
    """Wagtail's image field checked format, size and pixels; refuse SVG by name as well."""
    validation.check_not_active_content(
        validation.extension_of(uploaded.name), validation.read_head(uploaded)
    )


class KbImageForm(SafeUploadMixin, BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE."""

    file_checks = {"file": _reject_active_image}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField):
            field.to_python = self._refuse_active_content_first(field.to_python)
            allowed = field.supported_formats_text
            field.error_messages.update(IMAGE_FIELD_MESSAGES)
            field.error_messages["invalid_image_extension"] = _(
                "Filtypen er ikke tillatt for bilder. Tillatte filtyper: %(allowed)s."
            ) % {"allowed": allowed}
            field.error_messages["file_too_large_unknown_size"] = _(
                "Filen er for stor. Største tillatte størrelse er %(max)s."
            ) % {"max": field.max_upload_size_text}
            field.help_text = HELP_TEXT % {
                "allowed": allowed,
                "max": field.max_upload_size_text,
            }

    @staticmethod
    def _refuse_active_content_first(to_python):
        """SVG or HTML gets its own message before Willow reports "not a valid .png"."""

        def guarded(data):
            if isinstance(data, UploadedFile):
                _reject_active_image(data)
            return to_python(data)

        return guarded


class KbDocumentForm(SafeUploadMixin, BaseDocumentForm):
    """WAGTAILDOCS_DOCUMENT_FORM_BASE."""

    file_checks = {"file": validation.check_document}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and hasattr(field, "max_upload_size_text"):
            field.error_messages["file_too_large"] = IMAGE_FIELD_MESSAGES["file_too_large"]
            field.help_text = HELP_TEXT % {
                "allowed": ", ".join(sorted(validation.DOCUMENT_TYPES)),
                "max": field.max_upload_size_text,
            }
            field.widget.attrs["accept"] = ",".join(
                f".{extension}" for extension in sorted(validation.DOCUMENT_TYPES)
            )

    def _post_clean(self):
        if self.has_error("file"):
            # Wagtail's model clean() would add a second, English-worded error about the
            # (now missing) file's extension.
            return
        super()._post_clean()


class KbMediaForm(SafeUploadMixin, BaseMediaForm):
    """WAGTAILMEDIA["MEDIA_FORM_BASE"]: video with WebVTT captions and an optional poster."""

    file_checks = {
        "file": validation.check_video,
        "captions_nb": validation.check_webvtt,
        "captions_nn": validation.check_webvtt,
        "thumbnail": validation.check_image,
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("captions_nb", "captions_nn"):
            if name in self.fields:
                self.fields[name].widget.attrs["accept"] = ".vtt"
        if "captions_nb" in self.fields:
            self.fields["captions_nb"].error_messages["required"] = _(
                "Video må ha teksting på bokmål: last opp en WebVTT-fil (.vtt)."
            )

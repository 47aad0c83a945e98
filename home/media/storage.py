"""The S3 storage class, the errors a storage can raise, and signed URLs with a chosen lifetime."""

import logging
import mimetypes

from django.conf import settings

from boto3.exceptions import Boto3Error
from botocore.exceptions import BotoCoreError, ClientError
from storages.backends.s3 import S3Storage

from home.media.filenames import extension_of
from home.media.validation import CONTENT_TYPES

logger = logging.getLogger("kb.media")

# What an unreachable or failing S3 endpoint raises (a connection refused, a timeout, a 5xx,
# a refused upload). OSError covers local disks and Wagtail's SourceImageIOError.
S3_ERRORS = (BotoCoreError, ClientError, Boto3Error)
STORAGE_ERRORS = (*S3_ERRORS, OSError)

TEXT_TYPES = {"text/plain", "text/csv", "text/vtt"}


def content_type_for(name):
    """The Content-Type stored with an object, from its (already validated) extension."""
    content_type = CONTENT_TYPES.get(extension_of(name)) or mimetypes.guess_type(name)[0]
    content_type = content_type or "application/octet-stream"
    if content_type in TEXT_TYPES:
        content_type += "; charset=utf-8"
    return content_type


class MediaStorage(S3Storage):
    """django-storages' S3 backend; the Content-Type comes from the checked extension.

    django-storages stores whatever Content-Type the uploader's browser sent; a file that passed
    our checks as "rapport.pdf" is stored as application/pdf whatever the browser claimed.
    """

    def get_object_parameters(self, name):
        params = super().get_object_parameters(name)
        params.setdefault("ContentType", content_type_for(name))
        return params


def is_remote(storage):
    return isinstance(storage, S3Storage)


def signed_url(field_file, expire=None, parameters=None):
    """The URL of a stored file; on S3 a signed URL valid for `expire` seconds."""
    if not field_file:
        return ""
    storage = field_file.storage
    if is_remote(storage):
        return storage.url(field_file.name, parameters=parameters, expire=expire)
    return field_file.url


def image_url_expire():
    return getattr(settings, "KB_IMAGE_URL_EXPIRE", 24 * 60 * 60)


def video_url_expire():
    return getattr(settings, "KB_VIDEO_URL_EXPIRE", 6 * 60 * 60)


def document_url_expire():
    return getattr(settings, "KB_DOCUMENT_URL_EXPIRE", 300)

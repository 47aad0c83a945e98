"""List (and with --delete remove) media objects without a database row, and rows without an object.

    python manage.py find_orphan_media            # dry run: prints what it found
    python manage.py find_orphan_media --delete   # removes stray objects and dangling rows

Only keys under the media prefixes are considered, so nothing else in the bucket is touched.
Rows whose file is missing are deleted (a missing poster or caption track is only cleared), but
only when some rows do have their object: when none do, the storage settings are more likely
wrong (another bucket or AWS_LOCATION) and --force is needed.
"""

import posixpath

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from wagtailmedia import get_media_model

from home.media.storage import is_remote

MEDIA_PREFIXES = (
    "original_images/",
    "renditions/",
    "images/",
    "documents/",
    "media/",
    "media_thumbnails/",
    "uploaded_files/",
)


def media_fields():
    """(model, file field names) for every model that stores media."""
    image_model = get_image_model()
    return [
        (image_model, ["file"]),
        (image_model.get_rendition_model(), ["file"]),
        (get_document_model(), ["file"]),
        (get_media_model(), ["file", "thumbnail", "captions_nb", "captions_nn"]),
        (UploadedFile, ["file"]),
    ]


def stored_keys(storage):
    """Every stored name under the media prefixes (names as the FileFields hold them)."""
    if is_remote(storage):
        location = storage.location.strip("/")
        keys = set()
        for prefix in MEDIA_PREFIXES:
            full_prefix = posixpath.join(location, prefix) if location else prefix
            for item in storage.bucket.objects.filter(Prefix=full_prefix):
                key = item.key
                keys.add(key[len(location) + 1 :] if location else key)
        return keys

    keys = set()

    def walk(path):
        if not storage.exists(path):
            return
        directories, files = storage.listdir(path)
        keys.update(posixpath.join(path, name) for name in files)
        for directory in directories:
            walk(posixpath.join(path, directory))

    for prefix in MEDIA_PREFIXES:
        walk(prefix.rstrip("/"))
    return keys


class Command(BaseCommand):
    help = "Finds media objects without a database row and rows without an object."

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="Remove what was found.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Delete rows even when no row has its object (suspicious storage settings).",
        )

    def handle(self, *args, delete=False, force=False, **options):
        storage = default_storage
        keys = stored_keys(storage)
        referenced = set()
        dangling = []  # (model, pk, field, name)
        total_rows = 0
        for model, fields in media_fields():
            for row in model.objects.only("pk", *fields).iterator():
                total_rows += 1
                for field in fields:
                    name = getattr(row, field).name
                    if not name:
                        continue
                    referenced.add(name)
                    if name not in keys:
                        dangling.append((model, row.pk, field, name))
        orphans = sorted(keys - referenced)

        for key in orphans:
            self.stdout.write(f"object without row: {key}")
        for model, pk, field, name in dangling:
            self.stdout.write(f"row without object: {model._meta.label} {pk} {field}={name}")
        self.stdout.write(
            f"{len(orphans)} object(s) without a row, {len(dangling)} row(s) without an object."
        )
        if not delete:
            if orphans or dangling:
                self.stdout.write("Dry run: nothing deleted (use --delete).")
            return

        for key in orphans:
            storage.delete(key)
        self.stdout.write(f"Deleted {len(orphans)} object(s).")
        # A missing main file removes the row; a missing poster or caption track is cleared.
        dangling_rows = {(model, pk) for model, pk, field, _name in dangling if field == "file"}
        if dangling_rows and len(dangling_rows) >= total_rows and not force:
            self.stderr.write(
                "No row has its object: check the storage settings. Rows kept (use --force)."
            )
            return
        with transaction.atomic():
            for model, pk, field, _name in dangling:
                if (model, pk) not in dangling_rows:
                    model.objects.filter(pk=pk).update(**{field: ""})
            for model, pk in dangling_rows:
                model.objects.filter(pk=pk).delete()
        self.stdout.write(f"Deleted {len(dangling_rows)} row(s).")

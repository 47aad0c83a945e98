"""Upload checks: allowed types, sizes, content that matches the extension, no active content.

Every check raises a ValidationError with a Norwegian message and a stable `code`, so the admin
forms show the reason and save nothing. The checks read the file itself (magic bytes, the
parts inside a zip container), never the name or the content type the browser sent.
"""

import codecs
import re
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

import filetype
from filetype.types.video import Webm
from PIL import Image as PILImage

from home.media.filenames import extension_of

# Extension -> MIME type for the documents we accept (WAGTAILDOCS_EXTENSIONS lists the same).
DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "epub": "application/epub+zip",
    "txt": "text/plain",
    "csv": "text/csv",
    "vtt": "text/vtt",
}
VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm"}
IMAGE_TYPES = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "avif": "image/avif",
}
# Every type we ever store, for the Content-Type of stored objects (home/media/storage.py).
CONTENT_TYPES = {**DOCUMENT_TYPES, **VIDEO_TYPES, **IMAGE_TYPES}

# The part that makes a zip an Office Open XML document of each kind.
OOXML_MAIN_PARTS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
# OpenDocument and EPUB name their type in a first, uncompressed "mimetype" entry.
MIMETYPE_ENTRY_TYPES = {"odt", "ods", "odp", "epub"}
ACTIVE_CONTENT_EXTENSIONS = {"svg", "svgz", "html", "htm", "xhtml", "xht", "shtml", "xml"}
_ACTIVE_MARKERS = (b"<!doctype html", b"<html", b"<svg", b"<script", b"<?xml", b"<body")
# Markup a browser would act on if it ever rendered a text file as HTML or SVG, anywhere in the
# file. WebVTT's own cue tags (<b>, <i>, <u>, <c>, <v>, <lang>, <ruby>, <rt>, timestamps) are
# not among them.
_ACTIVE_MARKUP = re.compile(
    rb"<\s*(?:script|html|svg|body|head|iframe|frame|object|embed|style|meta|link|base|form|"
    rb"img|math|a\s|\?xml|!doctype)",
    re.IGNORECASE,
)
# A marker split between two chunks is found in the overlap carried to the next one.
_MARKUP_OVERLAP = 64
# ISO base media brands that are still images, not video (HEIF, AVIF).
_IMAGE_BRANDS = {b"heic", b"heix", b"hevc", b"mif1", b"msf1", b"avif", b"avis"}
_WEBVTT_SIGNATURE = re.compile(rb"\AWEBVTT(?:[ \t][^\r\n]*)?(?:\r\n|\r|\n|\Z)")
HEAD_BYTES = 8192


def setting(name):
    return getattr(settings, name, DEFAULTS[name])


DEFAULTS = {
    "KB_VIDEO_MAX_UPLOAD_SIZE": 500 * 1024 * 1024,
    "KB_CAPTIONS_MAX_UPLOAD_SIZE": 1024 * 1024,
    "KB_ZIP_MAX_UNCOMPRESSED_SIZE": 300 * 1024 * 1024,
    "KB_ZIP_MAX_RATIO": 100,
    "KB_ZIP_MAX_ENTRIES": 10_000,
    "WAGTAILIMAGES_MAX_IMAGE_PIXELS": 128_000_000,
    "WAGTAILIMAGES_MAX_UPLOAD_SIZE": 10 * 1024 * 1024,
}

MESSAGES = {
    "empty": _("Filen er tom."),
    "too_large": _("Filen er for stor (%(size)s). Største tillatte størrelse er %(max)s."),
    "extension": _("Filtypen «.%(extension)s» er ikke tillatt. Tillatte filtyper: %(allowed)s."),
    "active_content": _(
        "SVG- og HTML-filer kan ikke lastes opp, fordi de kan inneholde skript. "
        "Lagre innholdet som PDF eller som et bilde (PNG, JPEG) i stedet."
    ),
    "active_content_text": _(
        "Filen «.%(extension)s» inneholder HTML- eller SVG-kode (for eksempel <script>) og kan "
        "ikke lastes opp. Fjern koden, eller lagre innholdet som PDF."
    ),
    "mismatch": _(
        "Innholdet i filen stemmer ikke med filendelsen «.%(extension)s». "
        "Kontroller at filen er lagret i riktig format."
    ),
    "macros": _("Dokumenter med makroer kan ikke lastes opp. Lagre dokumentet uten makroer."),
    "zip_bomb": _(
        "Filen pakker seg ut til langt mer enn den tar plass (over %(max)s eller mer enn "
        "%(ratio)s ganger størrelsen) og blir avvist."
    ),
    "not_text": _("Filen «.%(extension)s» må være ren tekst (UTF-8)."),
    "webvtt": _(
        "Tekstingsfilen må være en WebVTT-fil: en tekstfil (UTF-8) med endelsen .vtt som "
        "begynner med «WEBVTT»."
    ),
    "video": _("Videoen må være en MP4- eller WebM-fil (.mp4 eller .webm)."),
    "too_many_pixels": _(
        "Bildet har for mange piksler (%(pixels)s). Største tillatte antall er %(max)s."
    ),
    "image": _("Filen er ikke et bilde i et format vi støtter (%(allowed)s)."),
}


def _error(code, **params):
    message = MESSAGES[code]
    return ValidationError(message % params if params else message, code=code, params=params)


def read_head(f, size=HEAD_BYTES):
    f.seek(0)
    head = f.read(size)
    f.seek(0)
    return head


def check_size(f, max_size):
    if not f.size:
        raise _error("empty")
    if max_size is not None and f.size > max_size:
        raise _error("too_large", size=filesizeformat(f.size), max=filesizeformat(max_size))


def check_not_active_content(extension, head):
    """No SVG or HTML, whatever the file is called."""
    if extension in ACTIVE_CONTENT_EXTENSIONS:
        raise _error("active_content")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()[:1024]
    if any(start.startswith(marker) for marker in _ACTIVE_MARKERS):
        raise _error("active_content")


def check_no_markup_anywhere(f, extension):
    """Text files (txt, csv, vtt) are read to the end: active markup anywhere is refused.

    The first-bytes check in check_not_active_content misses markup after a harmless first line.
    """
    f.seek(0)
    tail = b""
    try:
        for chunk in f.chunks():
            window = tail + chunk
            if _ACTIVE_MARKUP.search(window):
                raise _error("active_content_text", extension=extension)
            tail = window[-_MARKUP_OVERLAP:]
    finally:
        f.seek(0)


def check_extension(extension, allowed):
    if extension not in allowed:
        raise _error(
            "extension",
            extension=extension or "?",
            allowed=", ".join(sorted(allowed)),
        )


def _check_zip(f, extension):
    """An Office/OpenDocument/EPUB container: the right parts inside, no bomb, no macros."""
    f.seek(0)
    try:
        with zipfile.ZipFile(f) as archive:
            entries = archive.infolist()
            if len(entries) > setting("KB_ZIP_MAX_ENTRIES"):
                raise _error(
                    "zip_bomb",
                    max=filesizeformat(setting("KB_ZIP_MAX_UNCOMPRESSED_SIZE")),
                    ratio=setting("KB_ZIP_MAX_RATIO"),
                )
            uncompressed = sum(entry.file_size for entry in entries)
            if uncompressed > setting("KB_ZIP_MAX_UNCOMPRESSED_SIZE") or uncompressed > (
                setting("KB_ZIP_MAX_RATIO") * max(f.size, 1)
            ):
                raise _error(
                    "zip_bomb",
                    max=filesizeformat(setting("KB_ZIP_MAX_UNCOMPRESSED_SIZE")),
                    ratio=setting("KB_ZIP_MAX_RATIO"),
                )
            names = {entry.filename for entry in entries}
            if extension in OOXML_MAIN_PARTS:
                if "[Content_Types].xml" not in names or OOXML_MAIN_PARTS[extension] not in names:
                    raise _error("mismatch", extension=extension)
                if any(name.lower().endswith("vbaproject.bin") for name in names):
                    raise _error("macros")
            else:
                first = entries[0] if entries else None
                if first is None or first.filename != "mimetype" or first.file_size > 100:
                    raise _error("mismatch", extension=extension)
                declared = archive.read(first).strip().decode("ascii", "replace")
                if declared != DOCUMENT_TYPES[extension]:
                    raise _error("mismatch", extension=extension)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError):
        raise _error("mismatch", extension=extension) from None
    finally:
        f.seek(0)


def _check_text(f, extension):
    """Plain text: no known binary signature, no NUL bytes, valid UTF-8 throughout."""
    if filetype.guess(read_head(f)) is not None:
        raise _error("mismatch", extension=extension)
    decoder = codecs.getincrementaldecoder("utf-8")()
    f.seek(0)
    try:
        for chunk in f.chunks():
            if b"\x00" in chunk:
                raise _error("not_text", extension=extension)
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise _error("not_text", extension=extension) from None
    finally:
        f.seek(0)


def check_webvtt(f):
    """A WebVTT caption file: UTF-8 text whose first line is "WEBVTT"."""
    if extension_of(f.name) != "vtt":
        raise _error("webvtt")
    check_size(f, setting("KB_CAPTIONS_MAX_UPLOAD_SIZE"))
    f.seek(0)
    content = f.read()
    f.seek(0)
    if content.startswith(b"\xef\xbb\xbf"):
        content = content[3:]
    if b"\x00" in content or not _WEBVTT_SIGNATURE.match(content):
        raise _error("webvtt")
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        raise _error("webvtt") from None
    check_no_markup_anywhere(f, "vtt")
    f.content_type = "text/vtt"


def check_document(f):
    """A document from the allow-list whose content is what its extension says."""
    extension = extension_of(f.name)
    head = read_head(f)
    check_not_active_content(extension, head)
    check_extension(extension, set(getattr(settings, "WAGTAILDOCS_EXTENSIONS", DOCUMENT_TYPES)))
    if extension not in DOCUMENT_TYPES:
        raise _error("extension", extension=extension, allowed=", ".join(sorted(DOCUMENT_TYPES)))
    check_size(f, getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None))
    if extension == "pdf":
        if not head.startswith(b"%PDF-"):
            raise _error("mismatch", extension=extension)
    elif extension in OOXML_MAIN_PARTS or extension in MIMETYPE_ENTRY_TYPES:
        if not head.startswith(b"PK\x03\x04"):
            raise _error("mismatch", extension=extension)
        _check_zip(f, extension)
    elif extension == "vtt":
        check_webvtt(f)
    else:
        _check_text(f, extension)
        check_no_markup_anywhere(f, extension)
    f.content_type = DOCUMENT_TYPES[extension]


def check_video(f):
    """An MP4 (ISO base media with a video brand) or WebM (EBML, DocType webm) file."""
    extension = extension_of(f.name)
    head = read_head(f)
    check_not_active_content(extension, head)
    if extension not in VIDEO_TYPES:
        raise _error("video")
    check_size(f, setting("KB_VIDEO_MAX_UPLOAD_SIZE"))
    if extension == "mp4":
        matches = head[4:8] == b"ftyp" and head[8:12] not in _IMAGE_BRANDS
    else:
        matches = Webm().match(bytearray(head[:512]))
    if not matches:
        raise _error("mismatch", extension=extension)
    f.content_type = VIDEO_TYPES[extension]


def check_image(f, allowed_extensions=None):
    """A raster image (for files Wagtail's own image field does not check, e.g. video posters)."""
    extension = extension_of(f.name)
    allowed = allowed_extensions or getattr(
        settings, "WAGTAILIMAGES_EXTENSIONS", ["gif", "jpg", "jpeg", "png", "webp"]
    )
    head = read_head(f)
    check_not_active_content(extension, head)
    if extension not in allowed:
        raise _error("image", allowed=", ".join(extension.upper() for extension in allowed))
    check_size(f, setting("WAGTAILIMAGES_MAX_UPLOAD_SIZE"))
    max_pixels = setting("WAGTAILIMAGES_MAX_IMAGE_PIXELS")
    try:
        f.seek(0)
        with PILImage.open(f) as image:
            image_format = (image.format or "").lower()
            pixels = image.width * image.height * getattr(image, "n_frames", 1)
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise _error("too_many_pixels", pixels="?", max=max_pixels) from None
    except Exception:  # noqa: BLE001 - Pillow raises many types for a file that is not an image
        raise _error("image", allowed=", ".join(e.upper() for e in allowed)) from None
    finally:
        f.seek(0)
    expected = "jpeg" if extension == "jpg" else extension
    if image_format != expected:
        raise _error("mismatch", extension=extension)
    if max_pixels and pixels > max_pixels:
        raise _error("too_many_pixels", pixels=pixels, max=max_pixels)
    f.content_type = IMAGE_TYPES.get(extension, f"image/{expected}")

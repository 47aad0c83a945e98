"""Small, real files of each kind for the media tests and the bench."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

from PIL import Image

WEBVTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nVelkommen til bokprat på biblioteket.\n".encode()
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
# The first box of an MP4 file (ISO base media, brand isom) followed by an empty mdat box.
MP4 = (
    b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41"
    + b"\x00\x00\x00\x08free"
    + b"\x00\x00\x00\x10mdat"
    + b"\x00" * 8
)
# EBML header with DocType "webm".
WEBM = bytes.fromhex("1a45dfa3 9f 4286 81 01 42f7 81 01 42f2 81 04 42f3 81 08 4282 84") + (
    b"webm" + bytes.fromhex("4287 81 02 4285 81 02") + b"\x00" * 32
)


def image_bytes(width=64, height=48, image_format="PNG", color=(200, 120, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, image_format)
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def ooxml(kind="docx", extra=None):
    main = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr(main[kind], '<?xml version="1.0"?><document/>')
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def opendocument(mimetype="application/vnd.oasis.opendocument.text"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        archive.writestr("content.xml", '<?xml version="1.0"?><office:document-content/>')
    return buffer.getvalue()


def zip_bomb(kind="docx", size=400 * 1024 * 1024):
    """A docx whose one part unpacks to `size` bytes of zeros (a few hundred KB packed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", '<?xml version="1.0"?><document/>')
        chunk = b"\x00" * (1024 * 1024)
        with archive.open("word/media/padding.bin", "w", force_zip64=True) as part:
            for _ in range(size // len(chunk)):
                part.write(chunk)
    return buffer.getvalue()


def png_bomb(width=12_000, height=12_000):
    """A 144-megapixel PNG of one colour: tiny on disk, enormous once decoded."""
    buffer = io.BytesIO()
    Image.new("1", (width, height), 0).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()

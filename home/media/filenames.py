"""File names that are safe as storage keys and still readable in Norwegian."""

import os
import re
import unicodedata

from django.utils.text import get_valid_filename

# Longest base name kept (the storage adds a suffix when a key already exists).
MAX_STEM_LENGTH = 60
_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)
_REPEATS = re.compile(r"([-_.])[-_.]+")


def safe_filename(name, default="fil"):
    """A file name without path parts or control characters, Norwegian letters kept.

    "../../Håndbok om bokprat.PDF" becomes "Håndbok-om-bokprat.pdf". Letters are normalised
    to NFC, so an "å" typed on a Mac (a + combining ring) is one character like elsewhere.
    """
    name = unicodedata.normalize("NFC", str(name or ""))
    # Both separators: a name from Windows may carry backslashes.
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(char for char in name if unicodedata.category(char)[0] != "C")
    stem, extension = os.path.splitext(name)
    if not stem and extension:
        stem, extension = extension, ""
    extension = _UNSAFE.sub("", extension.lower())[:10]
    stem = _UNSAFE.sub("-", stem.strip())
    stem = _REPEATS.sub(r"\1", stem).strip("-_.")[:MAX_STEM_LENGTH].strip("-_.")
    if not stem:
        stem = default
    result = f"{stem}{extension}" if extension not in ("", ".") else stem
    # Django's own check as the last word (it refuses "", "." and "..").
    return get_valid_filename(result)


def extension_of(name):
    """The lower-case extension without the dot ("" when there is none)."""
    return os.path.splitext(str(name or ""))[1].lower().lstrip(".")

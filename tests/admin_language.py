"""What "no English in the admin" means, shared by the test-client and the browser tests."""

import re
from pathlib import Path

import wagtail
import wagtail_localize

import polib
import wagtailmedia

# Phrases people met in English (issue 15) and others from the same screens.
KNOWN_ENGLISH = [
    "Search all pages",
    "Help",
    "Exploring: Root",
    "Translate this page",
    "Translate with Apertium",
    "Locales",
    "Comment",
    "The page could not be created due to validation errors",
    "Add video",
    "None",
    "Dashboard",
    "Pages",
    "Images",
    "Documents",
    "Reports",
    "Settings",
    "Account",
    "Log out",
    "Save draft",
    "Publish",
    "Preview",
    "Upload",
    "Choose",
    "Search",
]

# English inside longer text: "1-1 of 1 None", "Exploring: Root", "Search all pages…".
ENGLISH_PATTERNS = [
    re.compile(r"\d+-\d+ of \d+"),
    re.compile(r"\bNone\b"),
    re.compile(r"Exploring|Search all pages|Translate this page|validation errors"),
]

# Text that reads the same in English and Norwegian, or names and codes.
SAME_IN_NORWEGIAN = {
    "Status",
    "Admin",
    "Tags",
    "URL",
    "ID",
    "Wagtail",
    "Apertium",
    "Nynorsk",
    "Bokmål",
    "Email",
    "E-post",
    "PDF",
    "Alt",
    "Video",
    "Audio",
    "Media",
    "Type",
    "Problem",
    "OK",
    "Slug",
    "Min",
    "Max",
    "Start",
    "Stop",
    "Info",
    "Link",
    "Locale",
    "Form",
}

# English that Wagtail 8 writes into its templates without gettext, or builds from a missing
# name; the catalogues cannot reach it. Known, reported, and the only English let through:
# the screen-reader-only submit button of the header search ("Search", in
# wagtailadmin/shared/header.html and home.html), and "None" in the result count when a page
# search or listing finds exactly one page (the view has no verbose_name: "1–1 av 1 None").
WAGTAIL_HARDCODED = {"Search"}
WAGTAIL_ONE_RESULT_COUNT = re.compile(r"^\d+–\d+ av 1 None$")

PACKAGES = [Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent]
PACKAGES.append(Path(wagtailmedia.__file__).parent)
ATTRIBUTES = ("placeholder", "aria-label", "title", "alt", "data-w-tooltip-content-value")
WORD = re.compile(r"[A-Za-z]")


def english_msgids():
    """Every English source string in Wagtail's, wagtail-localize's and wagtailmedia's
    catalogues (singular and plural), as written in the templates and code."""
    found = set()
    for package in PACKAGES:
        for po_file in package.glob("**/locale/en/LC_MESSAGES/*.po"):
            for entry in polib.pofile(str(po_file)):
                for text in (entry.msgid, entry.msgid_plural):
                    if text and "%" not in text and "{" not in text:
                        found.add(" ".join(text.split()))
    return found


def norwegian_texts(code):
    """Every translation in our catalogues for `code` (a text equal to one is Norwegian)."""
    found = set()
    for po_file in (Path(__file__).parent.parent / "admin_locale" / "locale" / code).glob(
        "LC_MESSAGES/*.po"
    ):
        for entry in polib.pofile(str(po_file)):
            found.add(" ".join(entry.msgstr.split()))
            found.update(" ".join(text.split()) for text in entry.msgstr_plural.values())
    return found


def english_in(texts, code, msgids):
    """The texts that are English: a known phrase, or exactly an English msgid of Wagtail's
    catalogues that is not also Norwegian."""
    norwegian = norwegian_texts(code) | SAME_IN_NORWEGIAN
    known = [phrase.lower() for phrase in KNOWN_ENGLISH]
    english = set()
    for text in texts:
        text = " ".join(text.split())
        if not WORD.search(text) or text in norwegian or WAGTAIL_ONE_RESULT_COUNT.match(text):
            continue
        lowered = text.lower().rstrip(" .…:")
        if (
            text in msgids
            or any(lowered == phrase or lowered.startswith(phrase + " ") for phrase in known)
            or any(pattern.search(text) for pattern in ENGLISH_PATTERNS)
        ):
            english.add(text)
    return english

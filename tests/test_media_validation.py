"""Bad uploads get a clear Norwegian error in the admin form and save nothing.

Posted through the Wagtail admin add views as an editor, like a person would; the storage is the
test settings' in-memory storage (what is refused never reaches a storage anyway).
"""

import html
import re
import unicodedata

from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.test import override_settings
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest
from wagtailmedia import get_media_model

from home.management.commands.find_orphan_media import stored_keys
from home.media.filenames import safe_filename
from tests.media_samples import (
    MP4,
    PDF,
    WEBM,
    WEBVTT,
    image_bytes,
    ooxml,
    opendocument,
    png_bomb,
    upload,
    zip_bomb,
)
from workflows.editorial import ensure_team

Image = get_image_model()
Document = get_document_model()
Video = get_media_model()

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
)
HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
MARKUP_IN_TEXT = "Filen «.%s» inneholder HTML- eller SVG-kode"


@pytest.fixture
def editor_client(client, db):
    team = ensure_team("Vestland fylkesbibliotek")
    user = get_user_model().objects.create_user("redaktor", "redaktor@example.no", "pw")
    user.groups.add(team.editors)
    client.force_login(user)
    return client


def post_and_expect_error(client, url, data, message):
    stored_before = stored_keys(default_storage)
    response = client.post(url, data)
    assert response.status_code == 200, f"expected the form again, got {response.status_code}"
    page = html.unescape(response.content.decode())
    assert message in page, page[page.find("error") - 200 : page.find("error") + 800]
    assert not Image.objects.exists()
    assert not Document.objects.exists()
    assert not Video.objects.exists()
    assert stored_keys(default_storage) == stored_before


# Documents ------------------------------------------------------------------------------------

BAD_DOCUMENTS = [
    ("program.exe", b"MZ\x90\x00" + b"\x00" * 60, "Filtypen «.exe» er ikke tillatt"),
    ("rapport.pdf", b"Dette er ikke en PDF.", "stemmer ikke med filendelsen «.pdf»"),
    ("rapport.pdf", ooxml("docx"), "stemmer ikke med filendelsen «.pdf»"),
    ("side.html", HTML_PAGE, "SVG- og HTML-filer kan ikke lastes opp"),
    ("tegning.svg", SVG, "SVG- og HTML-filer kan ikke lastes opp"),
    ("notat.txt", HTML_PAGE, "SVG- og HTML-filer kan ikke lastes opp"),
    ("tabell.xlsx", ooxml("docx"), "stemmer ikke med filendelsen «.xlsx»"),
    ("tekst.odt", opendocument("application/vnd.oasis.opendocument.spreadsheet"), "«.odt»"),
    ("bok.epub", b"PK\x03\x04 ikke en zip", "stemmer ikke med filendelsen «.epub»"),
    ("notat.txt", PDF, "stemmer ikke med filendelsen «.txt»"),
    ("data.csv", "navn;by\nÅse;Bø\n".encode("latin-1"), "må være ren tekst (UTF-8)"),
    ("brev.docx", ooxml("docx", {"word/vbaProject.bin": b"\x00"}), "makroer"),
    ("bombe.docx", zip_bomb(size=20 * 1024 * 1024), "pakker seg ut til langt mer"),
    ("teksting.vtt", b"1\n00:00:00,000 --> 00:00:02,000\nHei\n", "begynner med «WEBVTT»"),
    # Markup after a harmless first line, and far beyond the first 8 KB, is found too.
    ("notat.txt", b"Velkommen\n" + HTML_PAGE, MARKUP_IN_TEXT % "txt"),
    ("notat.txt", b"Velkommen\n" * 5000 + b"<img src=x onerror=alert(1)>", MARKUP_IN_TEXT % "txt"),
    ("data.csv", b"navn;lenke\nAse;<script>alert(1)</script>\n", MARKUP_IN_TEXT % "csv"),
    (
        "data.csv",
        b"navn;by\n" + b"Ase;Bo\n" * 3000 + b'Eve;"<svg onload=alert(1)>"\n',
        MARKUP_IN_TEXT % "csv",
    ),
    (
        "teksting.vtt",
        WEBVTT + b"\n\n00:00:05.000 --> 00:00:06.000\n<script>alert(1)</script>\n",
        MARKUP_IN_TEXT % "vtt",
    ),
]


@pytest.mark.parametrize(
    "name,content,message",
    BAD_DOCUMENTS,
    ids=[f"{case[0]}-{i}" for i, case in enumerate(BAD_DOCUMENTS)],
)
def test_bad_document_is_refused(editor_client, name, content, message):
    post_and_expect_error(
        editor_client,
        reverse("wagtaildocs:add"),
        {"title": "Dokument", "file": upload(name, content)},
        message,
    )


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=100)
def test_too_large_document_is_refused(editor_client):
    post_and_expect_error(
        editor_client,
        reverse("wagtaildocs:add"),
        {"title": "Stor", "file": upload("stor.pdf", PDF + b" " * 200)},
        "Største tillatte størrelse er 100\xa0byte.",
    )


def test_multiple_uploader_shows_the_same_message(editor_client):
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": upload("side.html", HTML_PAGE)}
    )
    assert response.json()["success"] is False
    assert "SVG- og HTML-filer kan ikke lastes opp" in response.json()["error_message"]
    assert not Document.objects.exists()


GOOD_DOCUMENTS = [
    ("Håndbok om bokprat.pdf", PDF),
    ("plan.docx", ooxml("docx")),
    ("budsjett.xlsx", ooxml("xlsx")),
    ("lysark.pptx", ooxml("pptx")),
    ("referat.odt", opendocument()),
    ("tall.ods", opendocument("application/vnd.oasis.opendocument.spreadsheet")),
    ("bok.epub", opendocument("application/epub+zip")),
    ("liste.csv", "navn;by\nÅse;Bø\n".encode()),
    ("les meg.txt", b"Velkommen til biblioteket.\n"),
    ("teksting.vtt", WEBVTT),
    ("regnestykke.txt", b"Hvis 3 < 5 og 5 > 3, er alt i orden.\n"),
    (
        "cue-tagger.vtt",
        WEBVTT + b"\n\n00:00:05.000 --> 00:00:06.000\n<v Roger><i>Hei</i> <b>alle</b></v>\n",
    ),
]


@pytest.mark.parametrize("name,content", GOOD_DOCUMENTS, ids=[case[0] for case in GOOD_DOCUMENTS])
def test_allowed_documents_are_accepted(editor_client, name, content):
    response = editor_client.post(
        reverse("wagtaildocs:add"), {"title": "Dokument", "file": upload(name, content)}
    )
    assert response.status_code == 302, html.unescape(response.content.decode())[-3000:]
    assert Document.objects.get().file.name == f"documents/{safe_filename(name)}"


# Images ---------------------------------------------------------------------------------------

BAD_IMAGES = [
    ("logo.svg", SVG, "SVG- og HTML-filer kan ikke lastes opp"),
    ("logo.gif", SVG, "SVG- og HTML-filer kan ikke lastes opp"),
    ("dokument.tiff", image_bytes(image_format="TIFF"), "Filtypen er ikke tillatt for bilder"),
    ("side.png", HTML_PAGE, "SVG- og HTML-filer kan ikke lastes opp"),
    (
        "tekst.jpg",
        b"Bare tekst, ikke et bilde.",
        "Filen er ikke et bilde, eller bildet er ødelagt.",
    ),
    ("foto.png", image_bytes(image_format="JPEG"), "stemmer ikke med filendelsen «.png»"),
    ("bombe.png", png_bomb(9000, 9000), "Bildet har for mange piksler (81000000)"),
]


@pytest.mark.parametrize("name,content,message", BAD_IMAGES, ids=[case[0] for case in BAD_IMAGES])
def test_bad_image_is_refused(editor_client, name, content, message):
    post_and_expect_error(
        editor_client,
        reverse("wagtailimages:add"),
        {"title": "Bilde", "file": upload(name, content)},
        message,
    )


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=100)
def test_too_large_image_is_refused(editor_client):
    post_and_expect_error(
        editor_client,
        reverse("wagtailimages:add"),
        {"title": "Stort", "file": upload("stort.png", image_bytes())},
        "Filen er for stor",
    )


# Video ----------------------------------------------------------------------------------------


def video_data(**overrides):
    data = {
        "title": "Slik holder du en bokprat",
        "file": upload("bokprat.mp4", MP4),
        "captions_nb": upload("bokprat.vtt", WEBVTT),
        "duration": "10",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


BAD_VIDEOS = [
    ({"captions_nb": None}, "Video må ha teksting på bokmål"),
    ({"captions_nb": upload("bokprat.vtt", b"Hei og velkommen\n")}, "begynner med «WEBVTT»"),
    ({"captions_nb": upload("bokprat.srt", WEBVTT)}, "med endelsen .vtt"),
    ({"captions_nn": upload("nynorsk.vtt", HTML_PAGE)}, "en tekstfil (UTF-8) med endelsen .vtt"),
    ({"file": upload("bokprat.mp4", WEBM)}, "stemmer ikke med filendelsen «.mp4»"),
    ({"file": upload("bokprat.webm", MP4)}, "stemmer ikke med filendelsen «.webm»"),
    ({"file": upload("bokprat.avi", b"RIFF\x00\x00\x00\x00AVI LIST")}, "MP4- eller WebM-fil"),
    ({"file": upload("bokprat.mp4", HTML_PAGE)}, "SVG- og HTML-filer"),
    ({"thumbnail": upload("plakat.svg", SVG)}, "SVG- og HTML-filer"),
    (
        {"captions_nb": upload("bokprat.vtt", WEBVTT + b"\n\n<iframe src=//evil.example>\n")},
        MARKUP_IN_TEXT % "vtt",
    ),
    ({"thumbnail": upload("plakat.png", image_bytes(image_format="JPEG"))}, "«.png»"),
]


@pytest.mark.parametrize("overrides,message", BAD_VIDEOS, ids=[m for _o, m in BAD_VIDEOS])
def test_bad_video_is_refused(editor_client, overrides, message):
    post_and_expect_error(
        editor_client, reverse("wagtailmedia:add", args=["video"]), video_data(**overrides), message
    )


@override_settings(KB_VIDEO_MAX_UPLOAD_SIZE=10)
def test_too_large_video_is_refused(editor_client):
    post_and_expect_error(
        editor_client,
        reverse("wagtailmedia:add", args=["video"]),
        video_data(),
        "Filen er for stor",
    )


def test_webm_video_with_poster_is_accepted(editor_client):
    response = editor_client.post(
        reverse("wagtailmedia:add", args=["video"]),
        video_data(
            file=upload("bokprat.webm", WEBM), thumbnail=upload("plakat.png", image_bytes())
        ),
    )
    assert response.status_code == 302, html.unescape(response.content.decode())[-3000:]
    video = Video.objects.get()
    # Django's storage adds a random suffix when another test's upload holds the name already.
    assert re.fullmatch(r"media/bokprat(_\w{7})?\.webm", video.file.name), video.file.name
    assert re.fullmatch(r"media_thumbnails/plakat(_\w{7})?\.png", video.thumbnail.name)


# File names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "given,expected",
    [
        ("Håndbok om bokprat.pdf", "Håndbok-om-bokprat.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\Økonomi 2025.XLSX", "Økonomi-2025.xlsx"),
        (unicodedata.normalize("NFD", "Bøker på Ærø.docx"), "Bøker-på-Ærø.docx"),
        (".htaccess", "htaccess"),
        ("rapport\x00.pdf.exe", "rapport.pdf.exe"),
        ("   .pdf", "fil.pdf"),
        ("", "fil"),
        ("a" * 200 + ".pdf", "a" * 60 + ".pdf"),
        ("Plan «2025» – versjon #2 (endelig).pdf", "Plan-2025-versjon-2-endelig.pdf"),
    ],
)
def test_safe_filename(given, expected):
    assert safe_filename(given) == expected

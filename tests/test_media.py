"""Media in S3: uploads through the Wagtail admin as an editor, renditions, signed document URLs,
video with captions, and pages and forms that behave when the store is down.

Every test here talks HTTP to a real S3 API on loopback (tests/s3.py); nothing is patched.
"""

import datetime
import logging
import re
import urllib.error
import urllib.parse
import urllib.request

from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.template import Context, Template
from django.test import override_settings
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest
from wagtailmedia import get_media_model

from courses.models import CoursePage
from home.media.forms import STORAGE_DOWN_MESSAGE
from home.media.renditions import with_listing_renditions
from home.media.validation import DOCUMENT_TYPES
from home.models import StandardPage
from tests import factories
from tests.media_samples import MP4, PDF, WEBVTT, image_bytes, ooxml, upload
from tests.s3 import S3Server
from workflows.editorial import ensure_team

Image = get_image_model()
Document = get_document_model()
Video = get_media_model()
ORGANISATION = "Innlandet fylkesbibliotek"
PICTURE_SPECS = 3 * 3  # format-{avif,webp,jpeg} x width-{480,800,1200} in blocks/image.html


@pytest.fixture(scope="module")
def s3_server():
    server = S3Server()
    yield server
    server.stop()


@pytest.fixture
def s3(s3_server):
    """Django's default storage is the project's S3 storage on the loopback server."""
    if s3_server.server is None:
        s3_server.start()
    s3_server.clear()
    caches["renditions"].clear()
    caches["default"].clear()
    with override_settings(STORAGES=s3_server.storages()):
        yield s3_server
    if s3_server.server is None:
        s3_server.start()


@pytest.fixture
def media_log(caplog):
    """Records of the "kb.media" logger (the "kb" logger does not propagate to the root)."""
    logger = logging.getLogger("kb.media")
    logger.addHandler(caplog.handler)
    yield caplog
    logger.removeHandler(caplog.handler)


@pytest.fixture
def team(db):
    return ensure_team(ORGANISATION)


@pytest.fixture
def editor(team):
    user = get_user_model().objects.create_user("redaktor", "redaktor@example.no", "pw")
    user.groups.add(team.editors)
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def stored_image(name="Lesesal.png", **kwargs):
    image = Image(title="Lesesal", file=ContentFile(image_bytes(1600, 900, **kwargs), name=name))
    image._set_image_file_metadata()
    image.save()
    return image


def image_page(home, image, slug="bilder"):
    page = StandardPage(
        title="Bilder fra biblioteket",
        slug=slug,
        body=[("image", {"image": image, "alt_text": "Lesesal med sofaer", "caption": "Lesesal"})],
    )
    home.add_child(instance=page)
    return page


def media_page(*blocks, slug="med-media"):
    """A live page using the given media: only those are served to visitors."""
    page = StandardPage(title="Med media", slug=slug, body=list(blocks))
    factories.home("nb").add_child(instance=page)
    page.save_revision().publish()
    return page


def document_block(document):
    return ("document", {"document": document, "title": "", "description": ""})


def video_block(video):
    return ("video", {"title": video.title, "video": video, "embed": None})


def signed_params(url):
    return urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)


# Storage settings ---------------------------------------------------------------------------


def test_bucket_setting_gives_private_s3_storage(s3_server):
    built = s3_server.settings_module()
    options = built["STORAGES"]["default"]["OPTIONS"]
    assert built["STORAGES"]["default"]["BACKEND"] == "home.media.storage.MediaStorage"
    assert options["file_overwrite"] is False
    assert options["default_acl"] is None
    assert options["querystring_auth"] is True
    assert options["querystring_expire"] == 300
    assert options["client_config"].s3 == {"addressing_style": "path"}
    assert built["WAGTAILDOCS_SERVE_METHOD"] == "redirect"


def test_without_bucket_media_stay_local(monkeypatch):
    import runpy

    from tests.s3 import BASE_SETTINGS

    monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME", raising=False)
    built = runpy.run_path(str(BASE_SETTINGS))
    assert built["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert built["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"


# Uploads through the admin, as an editor ----------------------------------------------------


def test_editor_uploads_image_into_own_collection_and_bucket(s3, team, editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add"),
        {"title": "Bokprat", "file": upload("Håndbok om bokprat.png", image_bytes(), "text/html")},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    image = Image.objects.get()
    assert image.collection == team.collection
    assert image.file.name == "original_images/Håndbok-om-bokprat.png"
    assert s3.keys("original_images/") == [image.file.name]
    # The type comes from the checked content, not from what the browser claimed.
    assert s3.head(image.file.name)["ContentType"] == "image/png"
    assert image.file_size == len(image_bytes()) and len(image.file_hash) == 40
    assert (image.width, image.height) == (64, 48)


def test_editor_uploads_through_the_multiple_uploader(s3, team, editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload("Lesesal.jpg", image_bytes(image_format="JPEG"))},
    )
    assert response.json()["success"] is True
    image = Image.objects.get()
    assert image.collection == team.collection
    assert s3.head(image.file.name)["ContentType"] == "image/jpeg"


def test_editor_uploads_document_into_own_collection_and_bucket(s3, team, editor_client):
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Håndbok om bokprat", "file": upload("Håndbok om bokprat.pdf", PDF)},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    document = Document.objects.get()
    assert document.collection == team.collection
    assert document.file.name == "documents/Håndbok-om-bokprat.pdf"
    assert s3.head(document.file.name)["ContentType"] == "application/pdf"
    assert document.file_size == len(PDF)


def test_editor_uploads_video_with_captions(s3, team, editor_client):
    response = editor_client.post(
        reverse("wagtailmedia:add", args=["video"]),
        {
            "title": "Slik holder du en bokprat",
            "file": upload("Bokprat på biblioteket.mp4", MP4),
            "captions_nb": upload("bokprat.vtt", WEBVTT),
            "captions_nn": upload("bokprat-nynorsk.vtt", WEBVTT),
            "duration": "12",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    video = Video.objects.get()
    assert video.collection == team.collection
    assert video.file.name == "media/Bokprat-på-biblioteket.mp4"
    assert s3.head(video.file.name)["ContentType"] == "video/mp4"
    assert s3.head(video.captions_nb.name)["ContentType"] == "text/vtt; charset=utf-8"
    assert video.captions_nb.name.startswith("media/captions/")
    assert video.captions_nn.name.startswith("media/captions/")


def test_same_name_twice_keeps_both_files(s3, editor_client):
    for _ in range(2):
        editor_client.post(
            reverse("wagtaildocs:add"), {"title": "Plan", "file": upload("plan.pdf", PDF)}
        )
    names = sorted(Document.objects.values_list("file", flat=True))
    assert len(set(names)) == 2
    assert s3.keys("documents/") == names


def test_replacing_a_document_file_removes_the_old_object(s3, team, editor_client):
    editor_client.post(
        reverse("wagtaildocs:add"), {"title": "Plan", "file": upload("plan.pdf", PDF)}
    )
    document = Document.objects.get()
    response = editor_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "Plan", "file": upload("Ny plan.docx", ooxml("docx"))},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    document.refresh_from_db()
    assert s3.keys("documents/") == ["documents/Ny-plan.docx"] == [document.file.name]


# Renditions and public pages ----------------------------------------------------------------


def test_rendition_lands_in_bucket_as_webp_and_srcset(s3, home_nb, client):
    image = stored_image()
    page = image_page(home_nb, image)
    html = client.get(page.url).content.decode()
    keys = s3.keys("renditions/")
    assert len(keys) == PICTURE_SPECS
    webp = [key for key in keys if key.endswith(".webp")]
    assert len(webp) == 3
    assert s3.head(webp[0])["ContentType"] == "image/webp"
    source = re.search(r'<source[^>]*srcset="([^"]+)"[^>]*type="image/webp"', html)
    assert source, html
    candidates = [candidate.strip() for candidate in source.group(1).split(",")]
    assert [candidate.rsplit(" ", 1)[1] for candidate in candidates] == ["480w", "800w", "1200w"]
    url = candidates[0].rsplit(" ", 1)[0].replace("&amp;", "&")
    assert url.startswith(s3.endpoint)
    assert signed_params(url)["X-Amz-Expires"] == ["86400"]
    with urllib.request.urlopen(url) as response:
        assert response.headers["Content-Type"] == "image/webp"
    assert 'alt="Lesesal med sofaer"' in html


def test_warm_page_view_needs_no_storage(s3, home_nb, client, media_log):
    """Once made, renditions come from the renditions cache and URLs are signed locally."""
    page = image_page(home_nb, stored_image())
    client.get(page.url)
    s3.stop()
    html = client.get(page.url).content.decode()
    assert html.count("X-Amz-Signature") >= PICTURE_SPECS
    assert not media_log.records


def test_page_renders_without_image_when_storage_is_down(s3, home_nb, client, media_log):
    page = image_page(home_nb, stored_image())
    s3.stop()
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bilder fra biblioteket" in html
    assert "<picture" not in html and "not-found" not in html
    assert any("storage unavailable" in record.getMessage() for record in media_log.records)


def test_listing_prefetch_serves_card_renditions_without_queries(
    s3, contributor, django_assert_num_queries
):
    for number in range(3):
        factories.CoursePageFactory(
            parent=contributor, title=f"Kurs {number}", listing_image=stored_image()
        )
    specs = ("fill-480x270|format-webp",)
    for image in Image.objects.all():
        image.get_renditions(*specs)
    caches["renditions"].clear()
    pages = with_listing_renditions(CoursePage.objects.live().child_of(contributor), *specs)
    # One query each for the pages, their images and the images' renditions.
    with django_assert_num_queries(3):
        pages = list(pages)
    with django_assert_num_queries(0):
        urls = [page.listing_image.get_renditions(*specs)[specs[0]].url for page in pages]
    assert len(urls) == 3 and all("X-Amz-Signature" in url for url in urls)


# Documents: permission checks, then a short signed URL --------------------------------------


def test_document_download_redirects_to_short_signed_url(s3, db, client):
    content = ooxml("docx")
    document = Document.objects.create(
        title="Håndbok om bokprat", file=ContentFile(content, name="Håndbok-om-bokprat.docx")
    )
    media_page(document_block(document))
    response = client.get(document.url)
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(f"{s3.endpoint}/{s3.bucket}/documents/")
    params = signed_params(location)
    assert params["X-Amz-Expires"] == ["300"] and params["X-Amz-Signature"]
    # Signed just now, so it expires five minutes from now (moto itself does not enforce it).
    signed_at = datetime.datetime.strptime(params["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ")
    now = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    assert abs((now - signed_at).total_seconds()) < 60
    with urllib.request.urlopen(location) as download:
        assert download.read() == content
        assert download.headers["Content-Type"] == DOCUMENT_TYPES["docx"]
        assert (
            "filename*=UTF-8''H%C3%A5ndbok-om-bokprat.docx"
            in (download.headers["Content-Disposition"])
        )
    # Without the signature the bucket refuses: a guessed URL gives nothing.
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(location.split("?")[0])
    assert refused.value.code == 403


def test_restricted_collection_is_checked_before_any_signed_url(s3, team, editor, client):
    document = Document.objects.create(
        title="Internt notat", file=ContentFile(PDF, name="notat.pdf"), collection=team.collection
    )
    media_page(document_block(document))
    restriction = CollectionViewRestriction.objects.create(
        collection=team.collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(team.editors)
    response = client.get(document.url)
    assert response.status_code == 302
    assert not response["Location"].startswith(s3.endpoint)
    client.force_login(editor)
    assert client.get(document.url)["Location"].startswith(s3.endpoint)
    assert Collection.objects.filter(pk=team.collection.pk).exists()


# Video ----------------------------------------------------------------------------------------


def test_video_block_plays_from_bucket_with_same_origin_captions(s3, db, client):
    from home.blocks import VideoBlock

    video = Video.objects.create(
        title="Bokprat",
        type="video",
        file=ContentFile(MP4, name="bokprat.mp4"),
        captions_nb=ContentFile(WEBVTT, name="bokprat.vtt"),
    )
    block = VideoBlock()
    html = str(block.render(block.to_python({"title": "Bokprat", "video": video.pk})))
    source = re.search(r'<source src="([^"]+)" type="video/mp4">', html)
    assert source
    assert signed_params(source.group(1).replace("&amp;", "&"))["X-Amz-Expires"] == ["21600"]
    track = reverse("video_captions", args=[video.pk, "nb"])
    media_page(video_block(video))
    assert f'<track kind="captions" src="{track}" srclang="nb" label="Bokmål" default>' in html
    response = client.get(track)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    assert response.content == WEBVTT
    assert client.get(reverse("video_captions", args=[video.pk, "nn"])).status_code == 404


def test_caption_track_is_503_while_storage_is_down(s3, db, client):
    video = Video.objects.create(
        title="Bokprat",
        type="video",
        file=ContentFile(MP4, name="bokprat.mp4"),
        captions_nb=ContentFile(WEBVTT, name="bokprat.vtt"),
    )
    media_page(video_block(video))
    s3.stop()
    response = client.get(reverse("video_captions", args=[video.pk, "nb"]))
    assert response.status_code == 503
    assert response["Retry-After"] == "60"


def test_stock_image_tag_does_not_fail_when_storage_is_down(s3, db, media_log):
    """Templates still loading wagtailimages_tags get Wagtail's placeholder, not a 500."""
    image = stored_image()
    s3.stop()
    template = Template("{% load wagtailimages_tags %}{% image image width-300 %}")
    html = template.render(Context({"image": image}))
    assert 'width="0"' in html
    assert media_log.records


# When the store is down during an upload ----------------------------------------------------


@pytest.mark.parametrize(
    "url_name,args,data",
    [
        (
            "wagtailimages:add",
            [],
            lambda: {"title": "Bilde", "file": upload("a.png", image_bytes())},
        ),
        ("wagtaildocs:add", [], lambda: {"title": "Plan", "file": upload("plan.pdf", PDF)}),
        (
            "wagtailmedia:add",
            ["video"],
            lambda: {
                "title": "Film",
                "file": upload("film.mp4", MP4),
                "captions_nb": upload("film.vtt", WEBVTT),
                "duration": "1",
            },
        ),
    ],
    ids=["image", "document", "video"],
)
def test_upload_with_storage_down_is_a_form_error_and_saves_nothing(
    s3, editor_client, media_log, url_name, args, data
):
    s3.stop()
    response = editor_client.post(reverse(url_name, args=args), data())
    assert response.status_code == 200
    assert str(STORAGE_DOWN_MESSAGE) in response.content.decode()
    assert not Image.objects.exists()
    assert not Document.objects.exists()
    assert not Video.objects.exists()
    s3.restart()
    assert s3.keys() == []


def test_multiple_uploader_reports_storage_down(s3, editor_client):
    s3.stop()
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": upload("plan.pdf", PDF)}
    )
    assert response.json() == {"success": False, "error_message": str(STORAGE_DOWN_MESSAGE)}
    assert not Document.objects.exists()


# Orphans ------------------------------------------------------------------------------------


def test_find_orphan_media_lists_then_deletes(s3, db, capsys):
    kept = stored_image("Beholdes.png")
    lost = stored_image("Borte.png")
    s3.client.delete_object(Bucket=s3.bucket, Key=lost.file.name)
    s3.client.put_object(Bucket=s3.bucket, Key="documents/glemt.pdf", Body=PDF)
    s3.client.put_object(Bucket=s3.bucket, Key="annet/ikke-media.txt", Body=b"x")

    call_command("find_orphan_media")
    output = capsys.readouterr().out
    assert "object without row: documents/glemt.pdf" in output
    assert f"row without object: home.KbImage {lost.pk} file={lost.file.name}" in output
    assert "annet/" not in output
    assert "documents/glemt.pdf" in s3.keys() and Image.objects.count() == 2

    call_command("find_orphan_media", "--delete")
    assert "documents/glemt.pdf" not in s3.keys()
    assert "annet/ikke-media.txt" in s3.keys()
    assert list(Image.objects.all()) == [kept]

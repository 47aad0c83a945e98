"""Media exposure: documents, captions and the API's media serve only what live public pages use.

An anonymous visitor gets a 404 (marked private) for anything else; a signed-in editor still
gets it, so previews of drafts show their media.
"""

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from wagtail.models import PageViewRestriction

import pytest
import wagtail_factories

from home.models import StandardPage
from tests.public_site import make_video, publish
from workflows.editorial import ensure_team

pytestmark = pytest.mark.django_db


def document(title, name="plan.pdf", content=b"%PDF-1.4\n%%EOF\n"):
    doc = wagtail_factories.DocumentFactory(title=title)
    doc.file.save(name, ContentFile(content), save=True)
    return doc


def body(image=None, doc=None, video=None, link_doc=None):
    blocks = []
    if image is not None:
        blocks.append(("image", {"image": image, "alt_text": "Et bibliotek", "caption": ""}))
    if doc is not None:
        blocks.append(("document", {"document": doc, "title": "", "description": ""}))
    if video is not None:
        blocks.append(("video", {"title": "Bokprat", "video": video, "embed": None}))
    if link_doc is not None:
        blocks.append(("text", f'<p>Se <a linktype="document" id="{link_doc.pk}">planen</a>.</p>'))
    return blocks


def add_page(parent, slug, live=True, **media):
    page = StandardPage(title=slug.capitalize(), slug=slug, body=body(**media), live=False)
    parent.add_child(instance=page)
    if live:
        return publish(page)
    page.save_revision()
    return page


@pytest.fixture(autouse=True)
def local_media(settings, tmp_path):
    """Files on disk, as `make run` keeps them: Wagtail's serve view streams them itself."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


@pytest.fixture
def editor_client(client):
    team = ensure_team("Vestland fylkesbibliotek")
    user = get_user_model().objects.create_user("redaktor", "redaktor@example.no", "pw")
    user.groups.add(team.editors)
    client.force_login(user)
    return client


@pytest.fixture
def media(home_nb):
    """A live page using an image, a document and a video; one document linked from its rich
    text; one document only a draft page uses; one nobody uses."""
    used_doc = document("Brukt plan")
    linked_doc = document("Lenket plan", name="lenket.pdf")
    draft_doc = document("Utkastplan", name="utkast.pdf")
    unused_doc = document("Ubrukt plan", name="ubrukt.pdf")
    image = wagtail_factories.ImageFactory(title="Brukt bilde")
    unused_image = wagtail_factories.ImageFactory(title="Ubrukt bilde")
    video = make_video()
    unused_video = make_video()
    live = add_page(home_nb, "levende", image=image, doc=used_doc, video=video, link_doc=linked_doc)
    draft = add_page(home_nb, "utkast", live=False, doc=draft_doc)
    return {
        "used_doc": used_doc,
        "linked_doc": linked_doc,
        "draft_doc": draft_doc,
        "unused_doc": unused_doc,
        "image": image,
        "unused_image": unused_image,
        "video": video,
        "unused_video": unused_video,
        "live": live,
        "draft": draft,
    }


def assert_private_404(response):
    assert response.status_code == 404
    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def captions_url(video):
    return f"/video/{video.pk}/teksting-nb.vtt"


def test_document_a_live_page_uses_downloads_for_anyone(client, media):
    for doc in (media["used_doc"], media["linked_doc"]):
        response = client.get(doc.url)
        assert response.status_code == 200, doc.title
        assert b"".join(response.streaming_content).startswith(b"%PDF")
        assert "private" in response["Cache-Control"]


def test_unused_and_draft_only_documents_are_404_for_visitors(client, media):
    for doc in (media["unused_doc"], media["draft_doc"]):
        assert_private_404(client.get(doc.url))


def test_signed_in_editor_gets_the_media_of_drafts(editor_client, media):
    for doc in (media["draft_doc"], media["unused_doc"]):
        response = editor_client.get(doc.url)
        assert response.status_code == 200, doc.title
        assert "private" in response["Cache-Control"]
    assert editor_client.get(captions_url(media["unused_video"])).status_code == 200


def test_signed_in_user_without_admin_access_is_a_visitor(client, media):
    user = get_user_model().objects.create_user("leser", "leser@example.no", "pw")
    client.force_login(user)
    assert_private_404(client.get(media["draft_doc"].url))


def test_media_of_an_unpublished_page_disappear(client, media):
    media["live"].unpublish()
    assert_private_404(client.get(media["used_doc"].url))
    assert_private_404(client.get(captions_url(media["video"])))


def test_media_only_a_draft_revision_of_a_live_page_uses_stay_hidden(client, media):
    page = media["live"]
    page.body = body(doc=media["draft_doc"])
    page.save_revision()
    assert_private_404(client.get(media["draft_doc"].url))
    assert client.get(media["used_doc"].url).status_code == 200


def test_media_of_a_private_page_are_hidden(client, media):
    PageViewRestriction.objects.create(
        page=media["live"], restriction_type="password", password="hemmelig"
    )
    assert_private_404(client.get(media["used_doc"].url))
    assert_private_404(client.get(captions_url(media["video"])))


def test_captions_only_for_videos_a_live_page_uses(client, media):
    response = client.get(captions_url(media["video"]))
    assert response.status_code == 200
    assert response.content.startswith(b"WEBVTT")
    assert "private" in response["Cache-Control"]
    assert_private_404(client.get(captions_url(media["unused_video"])))


def test_api_lists_only_media_live_pages_use(client, media):
    images = client.get("/api/v2/images/").json()["items"]
    assert [item["title"] for item in images] == ["Brukt bilde"]
    documents = client.get("/api/v2/documents/").json()["items"]
    assert sorted(item["title"] for item in documents) == ["Brukt plan", "Lenket plan"]
    for hidden in (media["unused_image"],):
        assert client.get(f"/api/v2/images/{hidden.pk}/").status_code == 404
    for hidden in (media["unused_doc"], media["draft_doc"]):
        assert client.get(f"/api/v2/documents/{hidden.pk}/").status_code == 404


def test_csv_downloads_as_an_attachment(client, home_nb):
    table = document("Tabell", name="tabell.csv", content="navn;by\nÅse;Bø\n".encode())
    add_page(home_nb, "tabeller", doc=table)
    response = client.get(table.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"].startswith("text/csv")

"""The read-only Wagtail API v2 at /api/v2/: live pages only, with our fields; images, documents."""

from django.test import TestCase

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import wagtail_factories

from home.models import StandardPage
from tests import factories
from tests.public_site import build_site, publish

PAGES = "/api/v2/pages/"


class ApiTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = build_site()
        cls.nb, cls.nn = site["nb"], site["nn"]

    def get(self, url, **params):
        response = self.client.get(url, params)
        self.assertEqual(response.status_code, 200, response.content[:300])
        return response.json()

    def listed_ids(self, **params):
        """Every id the listing gives, page by page (the API returns at most 20 at a time)."""
        ids, offset = set(), 0
        while True:
            data = self.get(PAGES, **params, offset=offset)
            ids |= {item["id"] for item in data["items"]}
            offset += len(data["items"])
            if not data["items"] or offset >= data["meta"]["total_count"]:
                return ids

    def test_lists_live_pages_in_both_languages(self):
        ids = self.listed_ids()
        for ns in (self.nb, self.nn):
            for page in (ns.course, ns.lessons[0], ns.resource, ns.initiative):
                self.assertIn(page.pk, ids)
        nn_ids = self.listed_ids(locale="nn")
        self.assertIn(self.nn.course.pk, nn_ids)
        self.assertNotIn(self.nb.course.pk, nn_ids)

    def test_drafts_never_appear(self):
        draft = self.nb.draft
        self.assertFalse(draft.live)
        self.assertNotIn(draft.pk, self.listed_ids())
        self.assertNotIn(draft.pk, self.listed_ids(type="courses.CoursePage", fields="*"))
        self.assertNotIn(draft.pk, self.listed_ids(child_of=self.nb.section.pk))
        response = self.client.get(f"{PAGES}{draft.pk}/")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertIn("message", response.json())
        listing = self.client.get(PAGES, {"search": "utkast", "fields": "*"}).content.decode()
        self.assertNotIn(draft.title, listing)

    def test_unpublished_draft_changes_of_a_live_page_never_appear(self):
        course = self.nb.course
        course.title = "Ikke godkjent ny tittel"
        course.summary = "Ikke godkjent ingress"
        course.save_revision()
        data = self.get(f"{PAGES}{course.pk}/")
        self.assertEqual(data["title"], "Bokprat for alle")
        self.assertEqual(data["summary"], "Lær å holde en bokprat for barn og voksne.")

    def test_unpublished_page_disappears(self):
        self.nb.resource.unpublish()
        self.assertNotIn(self.nb.resource.pk, self.listed_ids())
        self.assertEqual(self.client.get(f"{PAGES}{self.nb.resource.pk}/").status_code, 404)

    def test_private_pages_are_hidden(self):
        PageViewRestriction.objects.create(
            page=self.nb.initiative, restriction_type="password", password="hemmelig"
        )
        self.assertNotIn(self.nb.initiative.pk, self.listed_ids())

    def test_course_fields(self):
        data = self.get(f"{PAGES}{self.nb.course.pk}/")
        self.assertEqual(data["meta"]["type"], "courses.CoursePage")
        self.assertEqual(data["meta"]["locale"], "nb")
        self.assertEqual(data["summary"], "Lær å holde en bokprat for barn og voksne.")
        self.assertEqual(data["estimated_minutes"], 90)
        self.assertEqual(data["level"], "grunnleggende")
        self.assertEqual(data["level_display"], "Grunnleggende")
        self.assertEqual(data["format_display"], "Selvstudium")
        self.assertEqual(data["topics"], [{"name": "Bokprat", "slug": "bokprat"}])
        self.assertEqual(data["audiences"][0]["slug"], "alle")
        self.assertEqual(data["organisation"]["title"], "Innlandet fylkesbibliotek")
        self.assertEqual(data["learning_goals"][0]["value"], "Kunne holde en bokprat")
        self.assertEqual(data["authors"][0]["value"]["name"], "Kari Nordmann")

    def test_lessons_in_course_order(self):
        items = self.get(PAGES, child_of=self.nb.course.pk)["items"]
        self.assertEqual([item["id"] for item in items], [p.pk for p in self.nb.lessons])
        lesson = self.get(f"{PAGES}{self.nb.lessons[0].pk}/")
        block_types = [block["type"] for block in lesson["body"]]
        self.assertEqual(block_types, ["text", "video", "quiz"])

    def test_resource_fields(self):
        data = self.get(f"{PAGES}{self.nb.resource.pk}/")
        self.assertEqual(data["kind"], "startpakke")
        self.assertEqual(data["kind_display"], "Startpakke")
        self.assertEqual(data["body"][0]["type"], "chapter")

    def test_initiative_fields(self):
        data = self.get(f"{PAGES}{self.nb.initiative.pk}/")
        self.assertEqual(data["library"]["municipality"], "Hamar")
        self.assertEqual(data["library"]["county_display"], "Innlandet")
        self.assertEqual(data["library"]["population"], 32000)
        self.assertTrue(data["library"]["self_service"])
        self.assertEqual(data["period_end"], "2024-12-31")
        self.assertEqual(data["status_display"], "Avsluttet")
        self.assertEqual(data["results"], "<p>Det gikk bra.</p>")
        self.assertEqual(data["contact_name"], "Kari Nordmann")

    def test_filter_by_type_with_fields(self):
        items = self.get(PAGES, type="initiatives.InitiativePage", fields="library,status")["items"]
        self.assertEqual(
            {item["id"] for item in items}, {self.nb.initiative.pk, self.nn.initiative.pk}
        )
        self.assertEqual(items[0]["status"], "avsluttet")

    def test_read_only(self):
        url = f"{PAGES}{self.nb.course.pk}/"
        self.assertEqual(self.client.post(PAGES, {"title": "x"}).status_code, 405)
        self.assertEqual(self.client.put(url, {"title": "x"}).status_code, 405)
        self.assertEqual(self.client.patch(url, {"title": "x"}).status_code, 405)
        self.assertEqual(self.client.delete(url).status_code, 405)
        self.assertEqual(self.get(url)["title"], "Bokprat for alle")

    def test_bad_parameters_are_400_not_500(self):
        for params in ({"type": "finnes.Ikke"}, {"limit": "abc"}, {"child_of": "x"}):
            self.assertEqual(self.client.get(PAGES, params).status_code, 400, params)


class MediaApiTests(TestCase):
    """Only media a live public page uses are listed (more in tests/test_media_exposure.py)."""

    @classmethod
    def setUpTestData(cls):
        cls.home = factories.home("nb")

    def show_on_live_page(self, *documents, image=None):
        blocks = [
            ("document", {"document": document, "title": "", "description": ""})
            for document in documents
        ]
        if image is not None:
            blocks.append(("image", {"image": image, "alt_text": "Rom", "caption": ""}))
        page = StandardPage(title="Side med media", slug="side-med-media", body=blocks)
        self.home.add_child(instance=page)
        publish(page)

    def test_images_and_documents(self):
        image = wagtail_factories.ImageFactory(title="Bibliotekrom")
        document = wagtail_factories.DocumentFactory(title="Mal for plan")
        wagtail_factories.ImageFactory(title="Ubrukt bilde")
        wagtail_factories.DocumentFactory(title="Ubrukt mal")
        self.show_on_live_page(document, image=image)
        images = self.client.get("/api/v2/images/").json()["items"]
        self.assertEqual([item["title"] for item in images], ["Bibliotekrom"])
        self.assertEqual(images[0]["id"], image.pk)
        documents = self.client.get("/api/v2/documents/").json()["items"]
        self.assertEqual([item["title"] for item in documents], ["Mal for plan"])
        self.assertIn(f"/documents/{document.pk}/", documents[0]["meta"]["download_url"])
        self.assertEqual(self.client.post("/api/v2/documents/", {}).status_code, 405)

    def test_documents_in_private_collections_are_hidden(self):
        private = Collection.get_first_root_node().add_child(name="Internt")
        CollectionViewRestriction.objects.create(
            collection=private, restriction_type="password", password="hemmelig"
        )
        internal = wagtail_factories.DocumentFactory(title="Intern plan", collection=private)
        public = wagtail_factories.DocumentFactory(title="Offentlig mal")
        self.show_on_live_page(internal, public)
        titles = [item["title"] for item in self.client.get("/api/v2/documents/").json()["items"]]
        self.assertEqual(titles, ["Offentlig mal"])

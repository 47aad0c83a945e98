"""Nothing of a page that is not live and public reaches the public site.

A live lesson under an unpublished course (the course unpublished without its subpages, or a
lesson published before its course) answers 404 and is in no listing, search, sitemap, feed or
API answer; the same for live pages under an unpublished section. Language links, hreflang
alternates, related content and «similar libraries» never point at such a page.
"""

import datetime

from django.test import TestCase

from wagtail.models import PageViewRestriction

from tests import factories
from tests.public_site import build_site

PAGES = "/api/v2/pages/"


class HiddenBelowUnpublishedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = build_site()
        cls.nb, cls.nn = site["nb"], site["nn"]
        # Another initiative (same library) and a resource in a section that is not published:
        # a new organisation's section being prepared, with pages published by mistake.
        cls.hidden_section = factories.ContributorPageFactory(
            parent=cls.nb.home, title="Ny seksjon fylkesbibliotek", slug="ny-seksjon", live=False
        )
        cls.hidden_initiative = factories.InitiativePageFactory(
            parent=cls.hidden_section,
            title="Skjult tiltak om bokprat",
            slug="skjult-tiltak",
            library=cls.nb.initiative.library,
            period_end=datetime.date(2024, 12, 31),
        )
        cls.hidden_initiative.topics.set([cls.nb.topic])
        cls.hidden_initiative.save_revision().publish()
        cls.hidden_resource = factories.ResourcePageFactory(
            parent=cls.hidden_section, title="Skjult håndbok om bokprat", slug="skjult-handbok"
        )
        cls.hidden_resource.topics.set([cls.nb.topic])
        cls.hidden_resource.save_revision().publish()
        # The Bokmål course is unpublished; its lessons stay live (Wagtail's default).
        cls.nb.course.unpublish()
        # The Nynorsk course is unpublished too, so the Nynorsk lessons are hidden.
        cls.nn.course.unpublish()

    def test_a_lesson_of_an_unpublished_course_answers_404(self):
        lesson = self.nb.lessons[0]
        assert lesson.live
        response = self.client.get(lesson.url)
        self.assertEqual(response.status_code, 404)
        self.assertNotIn(self.nb.course.title, response.content.decode())
        self.assertNotIn("Kari Nordmann", response.content.decode())

    def test_pages_of_an_unpublished_section_answer_404(self):
        for page in (self.hidden_initiative, self.hidden_resource):
            self.assertEqual(self.client.get(page.url).status_code, 404)

    def test_hidden_pages_are_in_no_listing(self):
        hidden = [
            "Skjult tiltak om bokprat",
            "Skjult håndbok om bokprat",
            self.nb.lessons[0].title,
        ]
        for url in (
            self.nb.home.url,
            self.nb.topic_page.url,
            self.nb.resource_index.url,
            self.nb.initiative_index.url,
            "/nb/feed/",
            "/nb/feed/tema/bokprat/",
            "/sitemap.xml",
        ):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            for title in hidden:
                self.assertNotIn(title, response.content.decode(), url)
        sitemap = self.client.get("/sitemap.xml").content.decode()
        self.assertNotIn("/leksjon-1/", sitemap)
        self.assertNotIn("skjult", sitemap)

    def test_hidden_pages_are_not_found_by_search(self):
        for query in ("skjult", "bokprat", "velger"):
            response = self.client.get("/nb/sok/", {"q": query})
            self.assertEqual(response.status_code, 200)
            content = response.content.decode()
            self.assertNotIn("Skjult", content, query)
            self.assertNotIn(self.nb.lessons[1].title, content, query)
        suggestions = self.client.get("/nb/sok/forslag/", {"q": "skjul"}).json()
        self.assertNotIn("Skjult", str(suggestions))

    def test_hidden_pages_are_not_in_the_api(self):
        hidden_ids = {
            self.hidden_initiative.pk,
            self.hidden_resource.pk,
            *(lesson.pk for lesson in self.nb.lessons),
            *(lesson.pk for lesson in self.nn.lessons),
        }
        listed = set()
        offset = 0
        while True:
            data = self.client.get(PAGES, {"offset": offset, "limit": 20}).json()
            listed |= {item["id"] for item in data["items"]}
            offset += len(data["items"])
            if not data["items"] or offset >= data["meta"]["total_count"]:
                break
        self.assertTrue(listed)
        self.assertFalse(listed & hidden_ids)
        lessons = self.client.get(PAGES, {"type": "courses.LessonPage"}).json()
        self.assertEqual(lessons["meta"]["total_count"], 0)
        for page_id in hidden_ids:
            self.assertEqual(self.client.get(f"{PAGES}{page_id}/").status_code, 404)
        found = self.client.get(f"{PAGES}find/", {"html_path": self.nb.lessons[0].url})
        self.assertEqual(found.status_code, 404)
        search = self.client.get(PAGES, {"search": "skjult"}).json()
        self.assertEqual(search["meta"]["total_count"], 0)

    def test_visible_pages_do_not_point_at_hidden_ones(self):
        # The live initiative shares the hidden one's library and topic.
        response = self.client.get(self.nb.initiative.url)
        self.assertEqual(response.status_code, 200)
        content = response.content.decode()
        self.assertNotIn("Skjult tiltak", content)  # «similar libraries»
        self.assertNotIn("Skjult håndbok", content)  # related content
        self.assertNotIn(self.hidden_section.title, content)

    def test_language_links_skip_a_translation_below_an_unpublished_page(self):
        # The Nynorsk course is published again, the Bokmål one stays unpublished: the
        # Nynorsk lesson is visible, and must not link or hreflang to the hidden Bokmål one.
        self.nn.course.save_revision().publish()
        lesson_nn = self.nn.lessons[0]
        response = self.client.get(lesson_nn.url)
        self.assertEqual(response.status_code, 200)
        content = response.content.decode()
        self.assertNotIn('hreflang="nb" href="http', content)
        # The switcher's Bokmål link ends at the «not translated» note, not the hidden lesson.
        note = self.client.get(self.nb.lessons[0].url)
        self.assertEqual(note.status_code, 200)
        self.assertContains(note, 'class="not-translated"')
        self.assertNotContains(note, self.nb.lessons[0].title)
        self.assertNotContains(note, self.nb.course.title + "<")


class PrivateCourseTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = build_site()
        cls.nb = site["nb"]
        PageViewRestriction.objects.create(
            page=cls.nb.course, restriction_type=PageViewRestriction.LOGIN
        )

    def test_a_lesson_of_a_private_course_shows_nothing(self):
        response = self.client.get(self.nb.lessons[0].url)
        self.assertNotEqual(response.status_code, 200)
        self.assertNotIn(self.nb.lessons[0].title, response.content.decode())
        for url in ("/sitemap.xml", "/nb/feed/", PAGES + "?type=courses.LessonPage"):
            self.assertNotIn(self.nb.lessons[0].title, self.client.get(url).content.decode())
        search = self.client.get("/nb/sok/", {"q": "velger"}).content.decode()
        self.assertNotIn(self.nb.lessons[1].title, search)

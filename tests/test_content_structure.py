"""Organisation derived from the section, lesson order, and what every content page shows."""

import datetime

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import RequestFactory, TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.models import Locale

from courses.models import CoursePage, LessonPage
from home.models import default_next_review
from tests import factories
from tests.content_helpers import build_tree
from tests.factories import TopicPageFactory, make_document, make_image, make_video, refresh


def nn():
    return Locale.objects.get(language_code="nn")


class OrganisationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_tree("nb")
        cls.other_section = factories.ContributorPageFactory(
            parent=cls.tree.home, title="Nordland fylkesbibliotek", contact_email="post@nfk.no"
        )

    def test_derived_from_the_section_for_every_content_type(self):
        for page in (
            self.tree.course,
            *self.tree.lessons,
            self.tree.resource,
            self.tree.initiative,
        ):
            self.assertEqual(refresh(page).organisation_id, self.tree.section.pk, page.title)

    def test_never_typed_in_the_admin_form(self):
        for model in (CoursePage, LessonPage):
            form_class = model.get_edit_handler().get_form_class()
            self.assertNotIn("organisation", form_class.base_fields)

    def test_a_wrong_value_is_corrected_on_save(self):
        course = refresh(self.tree.course)
        course.organisation = self.other_section
        course.save()
        self.assertEqual(refresh(course).organisation, self.tree.section)

    def test_follows_a_move_to_another_section_with_its_lessons(self):
        course = refresh(self.tree.course)
        course.move(self.other_section, pos="last-child")
        self.assertEqual(refresh(course).organisation, self.other_section)
        for lesson in self.tree.lessons:
            self.assertEqual(refresh(lesson).organisation, self.other_section)
        # Publishing a revision made before the move keeps the new section.
        refresh(course).get_latest_revision().publish()
        self.assertEqual(refresh(course).organisation, self.other_section)

    def test_a_copy_to_another_section_belongs_to_that_section(self):
        copy = refresh(self.tree.course).copy(
            to=self.other_section, recursive=True, update_attrs={"slug": "kopi"}
        )
        self.assertEqual(refresh(copy).organisation, self.other_section)
        for lesson in LessonPage.objects.child_of(copy):
            self.assertEqual(lesson.organisation, self.other_section)
        self.assertEqual(refresh(self.tree.course).organisation, self.tree.section)

    def test_nynorsk_translation_belongs_to_the_nynorsk_section(self):
        section_nn = self.tree.section.copy_for_translation(nn())
        section_nn.save_revision().publish()
        course_nn = self.tree.course.copy_for_translation(nn())
        lesson_nn = self.tree.lessons[0].copy_for_translation(nn())
        self.assertEqual(refresh(course_nn).organisation.pk, section_nn.pk)
        self.assertEqual(refresh(lesson_nn).organisation.pk, section_nn.pk)
        self.assertEqual(
            refresh(course_nn).organisation.translation_key, self.tree.section.translation_key
        )

    def test_translation_before_its_section_gets_the_section_alias(self):
        resource_nn = self.tree.resource.copy_for_translation(nn(), copy_parents=True)
        organisation = refresh(resource_nn).organisation
        self.assertEqual(organisation.locale.language_code, "nn")
        self.assertEqual(organisation.translation_key, self.tree.section.translation_key)


class LessonOrderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_tree("nb")

    def lesson_html(self, lesson):
        response = self.client.get(refresh(lesson).get_url())
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_position_and_neighbours(self):
        first, second, third = self.tree.lessons
        html = self.lesson_html(second)
        self.assertIn("Leksjon 2 av 3", html)
        self.assertIn(f'href="{first.url}" rel="prev"', html)
        self.assertIn(f'href="{third.url}" rel="next"', html)
        html = self.lesson_html(first)
        self.assertIn("Leksjon 1 av 3", html)
        self.assertNotIn('rel="prev"', html)
        self.assertNotIn('rel="next"', self.lesson_html(third))

    def test_order_follows_reordering_with_move(self):
        first, second, third = self.tree.lessons
        refresh(third).move(refresh(first), pos="left")
        html = self.lesson_html(third)
        self.assertIn("Leksjon 1 av 3", html)
        self.assertNotIn('rel="prev"', html)
        self.assertIn(f'href="{first.url}" rel="next"', html)
        html = self.lesson_html(second)
        self.assertIn("Leksjon 3 av 3", html)
        self.assertIn(f'href="{first.url}" rel="prev"', html)
        course_html = self.client.get(self.tree.course.url).content.decode()
        positions = [course_html.index(f'href="{lesson.url}"') for lesson in (third, first, second)]
        self.assertEqual(positions, sorted(positions))

    def test_unpublished_lessons_are_not_counted(self):
        first, second, third = self.tree.lessons
        refresh(second).unpublish()
        html = self.lesson_html(third)
        self.assertIn("Leksjon 2 av 2", html)
        self.assertIn(f'href="{first.url}" rel="prev"', html)

    def test_lesson_uses_course_contact_and_authors(self):
        course = refresh(self.tree.course)
        course.authors = [("author", {"name": "Kari Kursholder", "role": "Rådgiver", "bio": ""})]
        course.save_revision().publish()
        html = self.lesson_html(self.tree.lessons[0])
        self.assertIn("Kari Kursholder", html)
        self.assertIn(f"mailto:{course.contact_email}", html)


class ContentPageDisplayTests(TestCase):
    """Organisation, authors, dates, topics, breadcrumbs and related content on every page."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_tree("nb")
        cls.tree_nn = build_tree("nn")
        course = refresh(cls.tree.course)
        course.authors = [
            ("author", {"name": "Ola Nordmann", "role": "Bibliotekar", "bio": "Har laget kurs."})
        ]
        course.last_reviewed = datetime.date(2025, 1, 15)
        course.next_review = datetime.date(2026, 1, 15)
        course.save_revision().publish()

    def html(self, page):
        response = self.client.get(refresh(page).get_url())
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_every_content_page_shows_who_when_and_where(self):
        section = self.tree.section
        for page in (
            self.tree.course,
            self.tree.lessons[1],
            self.tree.resource,
            self.tree.initiative,
        ):
            page = refresh(page)
            html = self.html(page)
            with self.subTest(page=page.title):
                self.assertIn(f'<a href="{section.url}">{section.title}</a>', html)
                self.assertIn(f'href="mailto:{page.get_contact_email()}"', html)
                self.assertIn(f'href="mailto:{section.contact_email}"', html)
                self.assertIn("Publisert", html)
                published = timezone.localtime(page.first_published_at).isoformat()
                self.assertTrue(f'<time datetime="{published}"' in html, "publisert-dato")
                self.assertIn("Sist oppdatert", html)
                self.assertIn(f'<a href="{self.tree.topic_page.url}">Bokprat</a>', html)
                self.assertIn('aria-label="Brødsmulesti"', html)
                self.assertIn(f'<a href="{section.url}">{section.title}</a></li>', html)
                self.assertIn(f'<span aria-current="page">{page.title}</span>', html)
                self.assertEqual(html.count("<h1"), 1)

    def test_authors_and_review_date(self):
        html = self.html(self.tree.course)
        self.assertIn("<dt>Kursform</dt><dd>Selvstudium</dd>", html)
        self.assertIn("<dt>Målgruppe</dt><dd><span>Alle bibliotekansatte</span></dd>", html)
        self.assertIn("<strong>Ola Nordmann</strong>, Bibliotekar", html)
        self.assertIn("Har laget kurs.", html)
        self.assertIn('<time datetime="2025-01-15">', html)

    def test_related_content_shares_a_topic_in_the_same_language(self):
        draft = factories.ResourcePageFactory(
            parent=self.tree.section, title="Utkast om bokprat", live=False
        )
        draft.topics.set([self.tree.topic])
        draft.save()
        unrelated = factories.ResourcePageFactory(parent=self.tree.section, title="Om søk")
        unrelated.topics.set([self.tree.other_topic])
        unrelated.save()
        html = self.html(self.tree.course)
        self.assertIn("Relatert innhold", html)
        self.assertIn(self.tree.resource.title, html)
        self.assertIn(self.tree.initiative.title, html)
        self.assertNotIn("Utkast om bokprat", html)
        self.assertNotIn(">Om søk<", html)
        self.assertNotIn(self.tree_nn.resource.url, html)
        related = refresh(self.tree.course).get_related_pages()
        self.assertNotIn(self.tree.course.pk, [page.pk for page in related])
        self.assertTrue(all(page.locale_id == self.tree.course.locale_id for page in related))

    def test_lesson_related_content_comes_from_its_course_topics(self):
        related = refresh(self.tree.lessons[0]).get_related_pages()
        self.assertEqual(
            {page.pk for page in related}, {self.tree.resource.pk, self.tree.initiative.pk}
        )

    def test_related_content_costs_a_fixed_number_of_queries(self):
        url = refresh(self.tree.course).get_url()
        self.client.get(url)
        with CaptureQueriesContext(connection) as few:
            self.client.get(url)
        for n in range(3):
            page = factories.InitiativePageFactory(
                parent=self.tree.section,
                title=f"Flere bokprater {n}",
                period_end=datetime.date(2024, 6, 1),
            )
            page.topics.set([self.tree.topic])
            page.save()
        with CaptureQueriesContext(connection) as many:
            html = self.client.get(url).content.decode()
        self.assertIn("Flere bokprater", html)
        self.assertEqual(len(few), len(many))

    def test_topics_link_to_the_topic_page_in_the_page_language(self):
        # A translation still points at the Bokmål topics (wagtail-localize copies many-to-many
        # values as they are); it shows the Nynorsk term and links to the Nynorsk topic page.
        reading = factories.TopicFactory(name="Lesestund", slug="lesestund")
        course = refresh(self.tree.course)
        course.topics.add(reading)
        course.save_revision().publish()
        reading_nn = reading.copy_for_translation(nn())
        reading_nn.name = "Lesestund på nynorsk"
        reading_nn.save()
        topic_page_nn = TopicPageFactory(
            parent=self.tree_nn.home, title="Lesestund", topic=reading_nn
        )
        section_nn = self.tree.section.copy_for_translation(nn())
        section_nn.save_revision().publish()
        course_nn = refresh(self.tree.course).copy_for_translation(nn())
        course_nn.save_revision().publish()
        self.assertEqual(set(course_nn.topics.all()), {self.tree.topic, reading})
        html = self.html(course_nn)
        self.assertTrue(
            f'<a href="{topic_page_nn.url}">Lesestund på nynorsk</a>' in html, "nn-temaside"
        )
        self.assertFalse(f'href="{self.tree.topic_page.url}"' in html, "ingen nb-temaside")
        # «Bokprat» has no Nynorsk translation: its Bokmål name is marked as such.
        self.assertTrue('<span lang="nb">Bokprat</span>' in html, "nb-term merket")

    def test_topic_without_topic_page_is_plain_text(self):
        page = refresh(self.tree.resource)
        page.topics.set([self.tree.topic, self.tree.other_topic])
        page.save_revision().publish()
        html = self.html(page)
        self.assertIn("<li><span>Søk</span></li>", html)

    def test_initiative_numbers_in_norwegian_format(self):
        initiative = refresh(self.tree.initiative)
        initiative.budget_nok = 1250000
        initiative.save_revision().publish()
        html = self.html(initiative)
        self.assertIn("<dd>32\xa0000</dd>", html)
        self.assertIn("1\xa0250\xa0000 kr", html)
        self.assertIn("<dd>12,0</dd>", html)

    def test_initiative_links_related_pages_in_its_own_language(self):
        section_nn = self.tree.section.copy_for_translation(nn())
        section_nn.save_revision().publish()
        course_nn = refresh(self.tree.course).copy_for_translation(nn())
        course_nn.title = "Bokprat for alle (nn)"
        course_nn.save_revision().publish()
        initiative = refresh(self.tree.initiative)
        initiative.related = [("page", self.tree.course), ("page", self.tree.resource)]
        initiative.save_revision().publish()
        initiative_nn = initiative.copy_for_translation(nn())
        initiative_nn.save_revision().publish()
        html = self.html(initiative_nn)
        self.assertIn(f'<a href="{refresh(course_nn).url}">Bokprat for alle (nn)</a>', html)
        # The resource has no Nynorsk translation: the Bokmål page, marked as Bokmål.
        self.assertIn(f'<a href="{self.tree.resource.url}" lang="nb">', html)

    def test_home_and_section_pages_list_content_with_cards(self):
        html = self.html(self.tree.section)
        self.assertIn(self.tree.course.title, html)
        self.assertIn("Nettkurs · Innlandet fylkesbibliotek", html)
        self.assertIn("mailto:post@fylkesbibliotek.no", html)


class ValidationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_tree("nb")

    def setUp(self):
        # Model validation speaks the active language: Bokmål here, whatever ran before.
        translation.activate("nb")
        self.addCleanup(translation.deactivate)

    def test_review_dates(self):
        course = refresh(self.tree.course)
        course.last_reviewed = datetime.date(2025, 5, 1)
        course.next_review = datetime.date(2025, 4, 1)
        with self.assertRaises(ValidationError) as caught:
            course.full_clean()
        self.assertIn(
            "Neste gjennomgang må være etter datoen for siste gjennomgang.",
            caught.exception.message_dict["next_review"],
        )
        course.last_reviewed = timezone.localdate() + datetime.timedelta(days=3)
        course.next_review = None
        with self.assertRaises(ValidationError) as caught:
            course.full_clean()
        self.assertIn("fram i tid", caught.exception.message_dict["last_reviewed"][0])

    def test_next_review_defaults_to_twelve_months_after_publishing(self):
        page = factories.ResourcePageFactory(parent=self.tree.section, live=False)
        page.save_revision().publish()
        self.assertEqual(refresh(page).next_review, default_next_review(timezone.localdate()))

    def test_initiative_period(self):
        initiative = refresh(self.tree.initiative)
        initiative.period_end = datetime.date(2023, 1, 1)
        with self.assertRaises(ValidationError) as caught:
            initiative.full_clean()
        self.assertIn("Sluttdatoen kan ikke være før startdatoen.", str(caught.exception))
        initiative.period_end = None
        initiative.status = "avsluttet"
        with self.assertRaises(ValidationError) as caught:
            initiative.full_clean()
        self.assertIn("Et avsluttet tiltak må ha en sluttdato.", str(caught.exception))
        initiative.status = "pagar"
        initiative.full_clean()

    def test_resource_needs_a_chapter(self):
        resource = refresh(self.tree.resource)
        resource.body = [("text", "<p>Bare tekst.</p>")]
        with self.assertRaises(ValidationError) as caught:
            resource.full_clean()
        self.assertIn("minst ett kapittel", str(caught.exception))

    def test_course_time_is_positive(self):
        course = refresh(self.tree.course)
        course.estimated_minutes = 0
        with self.assertRaises(ValidationError) as caught:
            course.full_clean()
        self.assertIn("minst ett minutt", str(caught.exception))

    def test_topic_page_topic_in_its_language_and_only_once(self):
        duplicate = TopicPageFactory.build(
            title="Bokprat igjen", topic=self.tree.topic, locale=self.tree.home.locale
        )
        with self.assertRaises(ValidationError) as caught:
            duplicate.clean()
        self.assertIn("Det finnes allerede en temaside for «Bokprat».", str(caught.exception))
        wrong_language = TopicPageFactory.build(title="Bokprat", topic=self.tree.topic, locale=nn())
        with self.assertRaises(ValidationError) as caught:
            wrong_language.clean()
        self.assertIn("Velg et tema på samme språk som siden.", str(caught.exception))


class SearchIndexTests(TestCase):
    """Titles, summaries and StreamField text, nested blocks included, are searchable."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_tree("nb")

    def test_streamfield_text_is_indexed(self):
        lesson = refresh(self.tree.lessons[0])
        lesson.body = [
            ("text", "<p>Vi snakker om lesegleden.</p>"),
            (
                "quiz",
                {
                    "question": "Hva er en fabelbok?",
                    "answers": [
                        {"text": "En bok med dyr", "correct": True, "feedback": "Riktig."},
                        {"text": "En kokebok", "correct": False, "feedback": "Nei."},
                    ],
                },
            ),
        ]
        lesson.save_revision().publish()
        resource = refresh(self.tree.resource)
        resource.body = [
            (
                "chapter",
                {
                    "heading": "Forberedelser",
                    "body": [("text", "<p>Velg tre bøker om tusser.</p>")],
                },
            )
        ]
        resource.save_revision().publish()
        course = refresh(self.tree.course)
        course.learning_goals = [("goal", "Kunne formidle grafiske romaner")]
        course.save_revision().publish()

        self.assertIn(lesson.pk, [p.pk for p in LessonPage.objects.live().search("lesegleden")])
        self.assertIn(lesson.pk, [p.pk for p in LessonPage.objects.live().search("fabelbok")])
        resources = type(resource).objects.live().search("tusser")
        self.assertIn(resource.pk, [p.pk for p in resources])
        courses = CoursePage.objects.live().search("romaner")
        self.assertIn(course.pk, [p.pk for p in courses])


class AccessibleMarkupTests(TestCase):
    """One h1, no skipped heading levels, alt text on images and captions on video."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_tree("nb")
        image, document, video = make_image(), make_document(), make_video()
        text = "<h2>Om bokprat</h2><p>Tekst.</p><h3>Detaljer</h3><p>Mer.</p>"
        every_block = [
            ("text", text),
            ("image", {"image": image, "alt_text": "Lesesal"}),
            ("image", {"image": image, "decorative": True}),
            ("video", {"title": "Bokprat i praksis", "video": video}),
            ("callout", {"kind": "tips", "title": "Tips", "text": "<p>Kort.</p>"}),
            ("document", {"document": document}),
            ("accordion", {"title": "FAQ", "items": [{"question": "Hvem?", "answer": "<p>A</p>"}]}),
            ("checklist", {"title": "Husk", "items": ["En"]}),
            ("case", {"title": "Klagen", "text": "<p>T</p>", "questions": ["Hva nå?"]}),
            ("reflection", {"heading": "Tenk over", "questions": ["Hvorfor?"]}),
            (
                "quiz",
                {
                    "question": "Hva?",
                    "answers": [
                        {"text": "A", "correct": True, "feedback": "Ja."},
                        {"text": "B", "correct": False, "feedback": "Nei."},
                    ],
                },
            ),
        ]
        lesson = refresh(cls.tree.lessons[0])
        lesson.body = every_block
        lesson.save_revision().publish()
        resource = refresh(cls.tree.resource)
        resource.body = [
            ("text", "<p>Innledning.</p>"),
            ("chapter", {"heading": "Kom i gang", "body": every_block}),
            ("chapter", {"heading": "Videre", "body": [("text", text)]}),
        ]
        resource.checklists = [("checklist", {"title": "Før start", "items": ["Plan"]})]
        resource.downloads = [("document", {"document": document})]
        resource.save_revision().publish()
        initiative = refresh(cls.tree.initiative)
        initiative.body = every_block
        initiative.follow_ups = [
            ("follow_up", {"date": "2025-01-01", "heading": "Ett år etter", "text": "<p>Bra.</p>"})
        ]
        initiative.save_revision().publish()

    def check_page(self, page):
        import re

        response = self.client.get(refresh(page).get_url())
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        main = html[html.index("<main") : html.index("</main>")]
        levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", main)]
        self.assertEqual(levels.count(1), 1, levels)
        self.assertEqual(levels[0], 1, levels)
        for previous, current in zip(levels, levels[1:], strict=False):
            self.assertLessEqual(current, previous + 1, f"{page.title}: {levels}")
        for img in re.findall(r"<img[^>]*>", html):
            self.assertRegex(img, r'\salt="[^"]*"')
        for video in re.findall(r"<video.*?</video>", html, flags=re.S):
            self.assertIn('<track kind="captions"', video)
        return html

    def test_lesson_resource_initiative_and_course(self):
        for page in (
            self.tree.lessons[0],
            self.tree.resource,
            self.tree.initiative,
            self.tree.course,
            self.tree.section,
            self.tree.home,
        ):
            with self.subTest(page=page.title):
                self.check_page(page)
        html = self.check_page(self.tree.resource)
        self.assertIn('<a href="#kapittel-kom-i-gang">Kom i gang</a>', html)
        self.assertIn('id="kapittel-kom-i-gang"', html)


class LessonPreviewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_tree("nb")

    def test_a_draft_lesson_previews_in_its_place(self):
        first, second, third = self.tree.lessons
        draft = factories.LessonPageFactory(parent=self.tree.course, title="Ny del", live=False)
        draft.move(refresh(second), pos="left")
        draft = refresh(draft)
        context = draft.get_context(RequestFactory().get("/"))
        self.assertEqual((context["lesson_number"], context["lesson_count"]), (2, 4))
        self.assertEqual(context["previous_lesson"].pk, first.pk)
        self.assertEqual(context["next_lesson"].pk, second.pk)
        # Visitors do not see the draft in the live lessons' numbering.
        html = self.client.get(refresh(second).get_url()).content.decode()
        self.assertIn("Leksjon 2 av 3", html)

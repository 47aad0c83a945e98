"""`seed_demo`: idempotent, resettable, enough content, and every demo page renders."""

import io
import re
from collections import Counter

from django.core.management import call_command
from django.test import TestCase

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from courses.models import CourseIndexPage, CoursePage, LessonPage, ResourceIndexPage, ResourcePage
from demo.data.organisations import ORGANISATIONS
from demo.data.taxonomy import TOPICS
from home.blocks import BaseContentBlock
from home.models import Audience, ContributorPage, HomePage, Topic, TopicPage, Video
from initiatives.models import InitiativeIndexPage, InitiativePage, Library

LAUNCH_SECTIONS = {
    *(
        f"{county} fylkesbibliotek"
        for county in [
            "Agder",
            "Akershus",
            "Buskerud",
            "Finnmark",
            "Innlandet",
            "Møre og Romsdal",
            "Nordland",
            "Oslo",
            "Rogaland",
            "Telemark",
            "Troms",
            "Trøndelag",
            "Vestfold",
            "Vestland",
            "Østfold",
        ]
    ),
    "Nasjonalbiblioteket",
}
PAGE_MODELS = [
    ContributorPage,
    TopicPage,
    CourseIndexPage,
    ResourceIndexPage,
    InitiativeIndexPage,
    CoursePage,
    LessonPage,
    ResourcePage,
    InitiativePage,
]
OTHER_MODELS = [Topic, Audience, Library, Video, get_image_model(), get_document_model()]


def seed(*args):
    out = io.StringIO()
    call_command("seed_demo", *args, "--no-progress", stdout=out)
    return out.getvalue()


def counts():
    result = Counter()
    for model in PAGE_MODELS:
        for code in ("nb", "nn"):
            result[f"{model.__name__}:{code}"] = model.objects.filter(
                locale__language_code=code, live=True
            ).count()
    for model in OTHER_MODELS:
        result[model.__name__] = model.objects.count()
    return result


def block_types(stream_value):
    """Block type names in a StreamValue, chapters' inner blocks included."""
    for block in stream_value:
        yield block.block_type
        if block.block_type == "chapter":
            yield from block_types(block.value["body"])


class SeedDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        seed()
        cls.first = counts()
        cls.second_output = seed()
        cls.second = counts()

    def test_second_run_creates_nothing(self):
        self.assertEqual(self.first, self.second)
        self.assertIn("ingenting nytt", self.second_output)

    def test_minimum_counts(self):
        c = self.first
        self.assertEqual(c["ContributorPage:nb"], 16)
        self.assertEqual(c["ContributorPage:nn"], 16)
        self.assertGreaterEqual(c["CoursePage:nb"], 19)
        self.assertGreaterEqual(c["ResourcePage:nb"], 8)
        self.assertGreaterEqual(c["InitiativePage:nb"] + c["InitiativePage:nn"], 15 * 2)
        self.assertEqual(c["Topic"], 18)
        self.assertEqual(c["TopicPage:nb"], 9)
        self.assertEqual(c["TopicPage:nn"], 9)
        for model in (CourseIndexPage, ResourceIndexPage, InitiativeIndexPage):
            self.assertEqual(c[f"{model.__name__}:nb"], 1)
            self.assertEqual(c[f"{model.__name__}:nn"], 1)
        self.assertGreaterEqual(c["Audience"], 6)
        self.assertGreaterEqual(c["Library"], 15)
        self.assertEqual(c["Video"], 1)

    def test_sections_have_exact_titles_and_nn_translations(self):
        nb = ContributorPage.objects.filter(locale__language_code="nb")
        self.assertEqual(set(nb.values_list("title", flat=True)), LAUNCH_SECTIONS)
        for section in nb:
            nn = section.get_translation_or_none(
                HomePage.objects.get(locale__language_code="nn").locale
            )
            self.assertIsNotNone(nn, section.title)
            self.assertEqual(nn.title, section.title)

    def test_taxonomy_translated_with_shared_slugs(self):
        for spec in TOPICS:
            nb = Topic.objects.get(slug=spec["slug"], locale__language_code="nb")
            nn = Topic.objects.get(slug=spec["slug"], locale__language_code="nn")
            self.assertEqual(nb.translation_key, nn.translation_key)
            self.assertEqual((nb.name, nn.name), (spec["nb"][0], spec["nn"][0]))

    def test_catalogs_in_main_menu(self):
        for model in (CourseIndexPage, ResourceIndexPage, InitiativeIndexPage):
            self.assertTrue(all(page.show_in_menus for page in model.objects.all()))
        self.assertEqual(
            ResourceIndexPage.objects.get(locale__language_code="nn").title, "Læringsressursar"
        )

    def test_courses_spread_and_lessons(self):
        courses = CoursePage.objects.filter(locale__language_code="nb")
        self.assertGreaterEqual(len({course.organisation_id for course in courses}), 8)
        for course in courses:
            lessons = LessonPage.objects.child_of(course).count()
            self.assertTrue(3 <= lessons <= 7, f"{course.title}: {lessons} leksjoner")
            self.assertTrue(course.authors and course.summary and course.contact_email)

    def test_every_block_type_is_used(self):
        used = set()
        for page in LessonPage.objects.all():
            used |= set(block_types(page.body))
        for page in ResourcePage.objects.all():
            used |= set(block_types(page.body))
        for page in InitiativePage.objects.all():
            used |= set(block_types(page.body))
            used |= set(block_types(page.follow_ups))
        expected = set(BaseContentBlock.base_blocks) - {"embed"}
        expected |= {"case", "reflection", "quiz", "chapter", "follow_up"}
        self.assertLessEqual(expected, used)
        # No embeds: they would fetch from the network when rendered.
        self.assertNotIn("embed", used)

    def test_launch_resources(self):
        titles = set(ResourcePage.objects.values_list("title", flat=True))
        for title in [
            "Startpakke om meråpent bibliotek",
            "Håndbok om bokprat",
            "Digital verktøykasse om konflikthåndtering",
            "Startpakke i samskaping",
        ]:
            self.assertIn(title, titles)
        self.assertEqual(
            {"startpakke", "handbok", "verktoykasse", "veileder"},
            set(ResourcePage.objects.values_list("kind", flat=True)),
        )
        for resource in ResourcePage.objects.filter(locale__language_code="nb"):
            self.assertTrue(resource.table_of_contents(), resource.title)
            self.assertTrue(resource.checklists and resource.downloads, resource.title)

    def test_initiatives_cover_population_bands_and_nynorsk(self):
        populations = Library.objects.values_list("population", flat=True)
        bands = {
            next(i for i, limit in enumerate([5000, 20000, 50000, 10**9]) if p < limit)
            for p in populations
        }
        self.assertEqual(bands, {0, 1, 2, 3})
        self.assertTrue(
            all(
                re.fullmatch(r"\d{4}", n)
                for n in Library.objects.values_list("municipality_number", flat=True)
            )
        )
        nn_originals = InitiativePage.objects.filter(
            locale__language_code="nn", original_language="nn"
        )
        self.assertGreaterEqual(nn_originals.count(), 3)
        # Their Bokmål translations live in the nb tree and still say they were written in nn.
        self.assertEqual(
            InitiativePage.objects.filter(
                locale__language_code="nb", original_language="nn"
            ).count(),
            nn_originals.count(),
        )
        for page in nn_originals:
            for block in page.related:
                self.assertEqual(block.value.locale_id, page.locale_id)
        self.assertTrue(InitiativePage.objects.exclude(follow_ups=[]).exists())
        self.assertTrue(InitiativePage.objects.exclude(related=[]).exists())

    def test_some_reviews_are_overdue(self):
        from django.utils import timezone

        today = timezone.localdate()
        overdue = CoursePage.objects.filter(next_review__lt=today).count()
        self.assertGreaterEqual(overdue, 2)
        self.assertLess(overdue, CoursePage.objects.count() / 2)

    def test_language_shares(self):
        """At least a quarter of the demo text exists in each of Bokmål and Nynorsk."""
        text = Counter()
        for model in (CoursePage, LessonPage, ResourcePage, InitiativePage):
            for page in model.objects.filter(live=True):
                text[page.locale.language_code] += len(str(page.summary)) + len(
                    str(getattr(page, "body", ""))
                )
        total = text["nb"] + text["nn"]
        self.assertGreaterEqual(text["nn"] / total, 0.25)
        self.assertGreaterEqual(text["nb"] / total, 0.25)

    def test_images_have_alt_texts_and_video_has_captions(self):
        for page in LessonPage.objects.all():
            for block in page.body:
                if block.block_type == "image":
                    self.assertTrue(block.value["alt_text"].strip())
        video = Video.objects.get()
        self.assertTrue(video.captions_nb.read().startswith(b"WEBVTT"))
        video.captions_nn.seek(0)
        self.assertTrue(video.captions_nn.read().startswith(b"WEBVTT"))
        video.file.seek(0)
        self.assertEqual(video.file.read(4), b"\x1aE\xdf\xa3")  # Matroska/WebM magic

    def test_documents_are_real_files(self):
        for document in get_document_model().objects.all():
            document.file.open()
            head = document.file.read(5)
            if document.file_extension == "pdf":
                self.assertEqual(head, b"%PDF-")
            else:
                self.assertTrue(head)

    def test_every_demo_page_answers_200_in_its_locale(self):
        homes = HomePage.objects.all()
        pages = Page.objects.none()
        for home in homes:
            pages |= home.get_descendants(inclusive=True).live()
        self.assertGreaterEqual(pages.count(), 280)
        for page in pages.specific().iterator():
            with self.subTest(page=page.url):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                code = page.locale.language_code
                self.assertIn(f'<html lang="{code}"', response.content.decode()[:500])

    def test_reset_recreates_the_same_content(self):
        old_ids = set(CoursePage.objects.values_list("pk", flat=True))
        output = seed("--reset")
        self.assertIn("Slettet", output)
        self.assertEqual(counts(), self.first)
        self.assertFalse(old_ids & set(CoursePage.objects.values_list("pk", flat=True)))
        # Sections survive a reset, so groups and workflows attached to them stay valid.
        self.assertEqual(ContributorPage.objects.count(), 2 * len(ORGANISATIONS))

"""StreamField blocks: Norwegian validation messages, editor previews, and what each renders."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.utils import translation

from wagtail.blocks import StreamValue, StructBlock
from wagtail.rich_text import RichText

import pytest

from courses import blocks as course_blocks
from courses.blocks import (
    CaseBlock,
    ChapterBlock,
    LessonContentBlock,
    QuizAnswerBlock,
    QuizBlock,
    ReflectionBlock,
    ResourceContentBlock,
)
from home import blocks as kb_blocks
from home.blocks import (
    AccordionBlock,
    AuthorBlock,
    CalloutBlock,
    ChecklistBlock,
    DocumentBlock,
    ImageBlock,
    VideoBlock,
)
from initiatives import blocks as initiative_blocks
from initiatives.blocks import FollowUpBlock
from tests.factories import make_document, make_image, make_video

EMBED_URL = "https://www.youtube.com/watch?v=kb-bokprat"


def messages(error):
    """Every message in a (nested) block validation error, as plain strings."""
    found = []
    if hasattr(error, "block_errors") and error.block_errors:
        children = error.block_errors.values()
        for child in children:
            found.extend(messages(child))
    if hasattr(error, "non_block_errors") and error.non_block_errors:
        for child in error.non_block_errors.as_data():
            found.extend(messages(child))
    if isinstance(error, ValidationError) and not hasattr(error, "block_errors"):
        found.extend(error.messages)
    elif isinstance(error, ValidationError) and hasattr(error, "error_list"):
        found.extend(m for m in error.messages if m)
    return found


QUIZ_ERRORS = [
    (
        [
            {"text": "Ja", "correct": False, "feedback": "Nei."},
            {"text": "Nei", "correct": False, "feedback": "Nei."},
        ],
        "Minst ett svaralternativ må være riktig.",
    ),
    (
        [
            {"text": "Ja", "correct": True, "feedback": "Bra."},
            {"text": " ja", "correct": False, "feedback": "Nei."},
        ],
        "To svaralternativer kan ikke være like.",
    ),
]


@pytest.mark.parametrize(("answers", "expected"), QUIZ_ERRORS, ids=["no-correct", "same-twice"])
def test_quiz_answers_are_checked(answers, expected):
    block = QuizBlock()
    with translation.override("nb"), pytest.raises(ValidationError) as caught:
        block.clean(block.to_python({"question": "Er dette riktig?", "answers": answers}))
    assert expected in " | ".join(messages(caught.value))


class BlockValidationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.image = make_image()
        cls.video = make_video()
        cls.video_without_captions = make_video("Uten teksting", captions=False)

    def setUp(self):
        translation.activate("nb")
        self.addCleanup(translation.deactivate)

    def assertInvalid(self, block, value, expected):
        with self.assertRaises(ValidationError) as caught:
            block.clean(block.to_python(value) if isinstance(value, dict) else value)
        found = " | ".join(messages(caught.exception))
        self.assertIn(expected, found)

    def test_image_needs_alt_text_unless_decorative(self):
        block = ImageBlock()
        value = {"image": self.image.pk, "alt_text": "  ", "decorative": False, "caption": ""}
        self.assertInvalid(
            block, value, "Skriv en alternativ tekst, eller marker bildet som dekorativt."
        )
        block.clean(block.to_python({**value, "decorative": True, "alt_text": ""}))
        block.clean(block.to_python({**value, "alt_text": "Lesesal med store vinduer"}))

    def test_decorative_image_may_not_have_alt_text(self):
        value = {"image": self.image.pk, "alt_text": "Lesesal", "decorative": True}
        self.assertInvalid(ImageBlock(), value, "Et dekorativt bilde skal ikke ha alternativ tekst")

    def test_video_is_uploaded_or_external_not_both_nor_neither(self):
        block = VideoBlock()
        self.assertInvalid(
            block,
            {"title": "Bokprat", "video": None, "embed": None},
            "Velg enten en opplastet video eller en video hos en annen tjeneste.",
        )
        self.assertInvalid(
            block,
            {"title": "Bokprat", "video": self.video.pk, "embed": EMBED_URL},
            "ikke begge",
        )
        block.clean(block.to_python({"title": "Bokprat", "video": self.video.pk}))
        block.clean(block.to_python({"title": "Bokprat", "video": self.video.pk, "embed": ""}))
        block.clean(block.to_python({"title": "Bokprat", "embed": EMBED_URL}))

    def test_video_link_goes_to_a_known_video_service(self):
        # Recognised from the address alone: nothing is fetched from the service.
        self.assertInvalid(
            VideoBlock(),
            {"title": "Bokprat", "embed": "https://example.com/bokprat.html"},
            "Lenken går ikke til en kjent videotjeneste.",
        )
        self.assertInvalid(VideoBlock(), {"title": "Bokprat", "embed": "bokprat"}, "URL")
        VideoBlock().clean(
            VideoBlock().to_python({"title": "Bokprat", "embed": "https://vimeo.com/1"})
        )

    def test_uploaded_video_must_have_captions(self):
        self.assertInvalid(
            VideoBlock(),
            {"title": "Uten", "video": self.video_without_captions.pk},
            "Videoen «Uten teksting» mangler teksting",
        )

    def test_quiz_needs_two_answers(self):
        answers = [{"text": "Ja", "correct": True, "feedback": "Bra."}]
        with self.assertRaises(ValidationError):
            QuizBlock().clean(QuizBlock().to_python({"question": "Hm?", "answers": answers}))

    def test_chapters_need_different_headings(self):
        block = ResourceContentBlock()
        body = [{"type": "text", "value": "<p>Tekst.</p>"}]
        value = block.to_python(
            [
                {"type": "chapter", "value": {"heading": "Kom i gang", "body": body}},
                {"type": "text", "value": "<p>Mellom.</p>"},
                {"type": "chapter", "value": {"heading": "Kom i gang!", "body": body}},
            ]
        )
        with self.assertRaises(ValidationError) as caught:
            block.clean(value)
        self.assertEqual(set(caught.exception.block_errors), {2})
        self.assertIn(
            "Kapittel 3 har samme overskrift som kapittel 1.",
            " ".join(messages(caught.exception)),
        )

    def test_valid_lesson_body_passes(self):
        block = LessonContentBlock()
        value = block.to_python(
            [
                {"type": "text", "value": "<p>Hei</p>"},
                {"type": "reflection", "value": {"heading": "Tenk", "questions": ["Hvorfor?"]}},
                {
                    "type": "quiz",
                    "value": {
                        "question": "Hva?",
                        "answers": [
                            {"text": "A", "correct": True, "feedback": "Ja."},
                            {"text": "B", "correct": False, "feedback": "Nei."},
                        ],
                    },
                },
            ]
        )
        cleaned = block.clean(value)
        self.assertEqual([child.block_type for child in cleaned], ["text", "reflection", "quiz"])


class BlockPreviewTests(TestCase):
    """The editor's block picker shows a preview and a description for every block."""

    STRUCT_BLOCKS = [
        ImageBlock,
        VideoBlock,
        CaseBlock,
        ReflectionBlock,
        QuizAnswerBlock,
        QuizBlock,
        CalloutBlock,
        DocumentBlock,
        kb_blocks.AccordionItemBlock,
        AccordionBlock,
        ChecklistBlock,
        ChapterBlock,
        AuthorBlock,
        FollowUpBlock,
    ]

    def test_every_struct_block_is_documented_and_previewable(self):
        defined = {
            obj
            for module in (kb_blocks, course_blocks, initiative_blocks)
            for obj in vars(module).values()
            if isinstance(obj, type) and issubclass(obj, StructBlock) and obj is not StructBlock
        }
        self.assertEqual(defined, set(self.STRUCT_BLOCKS))
        for block_class in self.STRUCT_BLOCKS:
            block = block_class()
            with self.subTest(block=block_class.__name__):
                self.assertTrue(block_class.__doc__)
                self.assertTrue(block.meta.icon)
                self.assertTrue(block.meta.template.startswith("blocks/"))
                self.assertTrue(str(block.get_description()))
                self.assertTrue(block.is_previewable)

    def test_preview_view_renders_each_block_with_site_styles(self):
        from django.contrib.auth import get_user_model
        from django.urls import reverse

        from courses.models import LessonPage, ResourcePage

        make_image()
        make_document()
        make_video()
        user = get_user_model().objects.create_superuser("forhandsvis", "f@nb.no", "pw")
        self.client.force_login(user)
        picker = {
            **LessonPage._meta.get_field("body").stream_block.child_blocks,
            **ResourcePage._meta.get_field("body").stream_block.child_blocks,
        }
        for name, block in picker.items():
            with self.subTest(block=name):
                response = self.client.get(
                    reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
                )
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                self.assertIn("/static/css/site.css", html)
                self.assertIn(f"block-{name}", html)


class BlockRenderingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.image = make_image("Lesesal")
        cls.document = make_document("Sjekkliste for oppstart")
        cls.video = make_video()

    def render(self, block, value, **context):
        return str(block.render(block.to_python(value), {"LANGUAGE_CODE": "nb", **context}))

    def test_image_with_alt_text_and_decorative(self):
        block = ImageBlock()
        html = self.render(block, {"image": self.image.pk, "alt_text": "Lesesal med sofaer"})
        self.assertIn('alt="Lesesal med sofaer"', html)
        self.assertIn("<picture", html)
        html = self.render(
            block, {"image": self.image.pk, "alt_text": "", "decorative": True, "caption": "Rom"}
        )
        self.assertIn('alt=""', html)
        self.assertIn("<figcaption>Rom</figcaption>", html)

    def test_uploaded_video_has_caption_track(self):
        html = self.render(VideoBlock(), {"title": "Bokprat", "video": self.video.pk})
        self.assertRegex(html, r'<track kind="captions" src="[^"]+" srclang="nb"')
        self.assertIn("<video controls", html)
        self.assertNotIn("<iframe", html)

    def test_external_video_is_a_link_not_an_iframe(self):
        html = self.render(VideoBlock(), {"title": "Bokprat", "embed": EMBED_URL})
        self.assertIn(f'href="{EMBED_URL}"', html)
        self.assertNotIn("<iframe", html)

    def test_quiz_works_without_javascript(self):
        html = self.render(
            QuizBlock(),
            {
                "question": "Hvor lang bør en bokprat være?",
                "answers": [
                    {"text": "Kort", "correct": True, "feedback": "Et par minutter per bok."},
                    {"text": "Lang", "correct": False, "feedback": "Det blir for mye."},
                ],
            },
        )
        # Each answer is a native disclosure: the feedback is in the page and opens on click.
        self.assertEqual(html.count("<details"), 2)
        self.assertIn("<summary>Kort</summary>", html)
        self.assertIn("Riktig.", html)
        self.assertIn("Ikke riktig.", html)
        self.assertNotIn("<script", html)

    def test_heading_levels_follow_the_context(self):
        value = {"title": "Før oppstart", "items": ["Avklar åpningstider"]}
        self.assertIn("<h2>Før oppstart</h2>", self.render(ChecklistBlock(), value))
        self.assertIn(
            "<h3>Før oppstart</h3>", self.render(ChecklistBlock(), value, heading_level=3)
        )
        chapter = self.render(
            ChapterBlock(),
            {
                "heading": "Kom i gang",
                "body": [
                    {"type": "callout", "value": {"kind": "tips", "title": "Tips", "text": "x"}},
                    {"type": "case", "value": {"title": "Klagen", "text": "y", "questions": ["?"]}},
                ],
            },
        )
        self.assertIn('id="kapittel-kom-i-gang"', chapter)
        self.assertIn("<h2>Kom i gang</h2>", chapter)
        self.assertIn('<h3 class="callout__title">Tips</h3>', chapter)
        self.assertIn("<h3>Case: Klagen</h3>", chapter)
        self.assertIn("<h4>Spørsmål til diskusjon</h4>", chapter)

    def test_every_block_template_renders(self):
        values = {
            "text": "<p>Tekst</p>",
            "callout": {"kind": "viktig", "title": "", "text": "<p>Husk</p>"},
            "document": {"document": self.document.pk},
            "accordion": {
                "title": "FAQ",
                "items": [{"question": "Hvem?", "answer": "<p>Alle</p>"}],
            },
            "checklist": {"title": "Liste", "items": ["En"]},
            "case": {"title": "Case", "text": "<p>Tekst</p>", "questions": []},
            "reflection": {"heading": "Tenk", "questions": ["Hvorfor?"]},
            "image": {"image": self.image.pk, "alt_text": "Bilde"},
            "video": {"title": "Film", "video": self.video.pk},
            "quiz": {
                "question": "Q",
                "answers": [
                    {"text": "A", "correct": True, "feedback": "Ja"},
                    {"text": "B", "correct": False, "feedback": "Nei"},
                ],
            },
        }
        block = LessonContentBlock()
        stream = StreamValue(
            block, [(name, block.child_blocks[name].to_python(v)) for name, v in values.items()]
        )
        html = str(block.render(stream, {"LANGUAGE_CODE": "nb"}))
        self.assertIn('role="note" aria-label="Viktig"', html)
        self.assertIn(self.document.url, html)
        self.assertIn("Sjekkliste for oppstart", html)
        self.assertIn('<details class="accordion__item">', html)
        self.assertNotIn("None", re.sub(r"<[^>]+>", "", html))

    def test_follow_up_and_author(self):
        html = self.render(
            FollowUpBlock(),
            {"date": datetime.date(2025, 3, 1), "heading": "Ett år etter", "text": "<p>Bra</p>"},
        )
        self.assertIn('<time datetime="2025-03-01">', html)
        author = self.render(AuthorBlock(), {"name": "Kari", "role": "Rådgiver", "bio": "Kort."})
        self.assertIn("<strong>Kari</strong>, Rådgiver", author)

    def test_rich_text_keeps_restricted_features(self):
        block = kb_blocks.RichTextBlock()
        self.assertNotIn("image", block.features)
        self.assertNotIn("embed", block.features)
        html = str(block.render(RichText("<h2>Overskrift</h2><p>Tekst</p>")))
        self.assertIn("<h2>Overskrift</h2>", html)


class DraftValidationTests(TestCase):
    """Saving a draft defers what only publishing needs; conflicting choices are never allowed."""

    @classmethod
    def setUpTestData(cls):
        cls.image = make_image()

    def test_draft_may_lack_alt_text_but_publishing_needs_it(self):
        block = LessonContentBlock()
        value = block.to_python(
            [{"type": "image", "value": {"image": self.image.pk, "alt_text": ""}}]
        )
        block.clean_deferred(value)
        with self.assertRaises(ValidationError):
            block.clean(value)

    def test_draft_video_without_source_is_kept_until_publishing(self):
        block = LessonContentBlock()
        value = block.to_python([{"type": "video", "value": {"title": "Kommer"}}])
        block.clean_deferred(value)
        with self.assertRaises(ValidationError):
            block.clean(value)

    def test_decorative_with_alt_text_is_refused_even_in_a_draft(self):
        block = LessonContentBlock()
        value = block.to_python(
            [
                {
                    "type": "image",
                    "value": {"image": self.image.pk, "alt_text": "Lesesal", "decorative": True},
                }
            ]
        )
        with self.assertRaises(ValidationError):
            block.clean_deferred(value)

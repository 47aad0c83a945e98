"""Blocks of courses, lessons and learning resources: learning activities and chapters."""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from home.blocks import BaseContentBlock, CalloutBlock, HeadingLevelMixin, RichTextBlock


class CaseBlock(HeadingLevelMixin, blocks.StructBlock):
    """A case text for discussion in a staff meeting."""

    title = blocks.CharBlock(label=_("Tittel"), max_length=200)
    text = RichTextBlock(label=_("Case"))
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Spørsmål")), label=_("Spørsmål til diskusjon"), min_num=0
    )

    class Meta:
        icon = "group"
        template = "blocks/case.html"
        label = _("Case til personalmøtet")
        description = _("En situasjon fra hverdagen med spørsmål til diskusjon")
        preview_value = {
            "title": "Lånerens klage",
            "text": "<p>En låner er misfornøyd med åpningstidene.</p>",
            "questions": ["Hva ville du sagt?"],
        }


class ReflectionBlock(HeadingLevelMixin, blocks.StructBlock):
    """Questions for the learner to reflect on."""

    heading = blocks.CharBlock(label=_("Overskrift"), max_length=200, default="Refleksjonsspørsmål")
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Spørsmål")), label=_("Spørsmål"), min_num=1
    )

    class Meta:
        icon = "help"
        template = "blocks/reflection.html"
        label = _("Refleksjonsspørsmål")
        description = _("Spørsmål deltakeren kan tenke over")
        preview_value = {"heading": "Refleksjon", "questions": ["Hva gjør dere i dag?"]}


class QuizAnswerBlock(blocks.StructBlock):
    """One answer of a quiz question, with the feedback shown when it is chosen."""

    text = blocks.CharBlock(label=_("Svaralternativ"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Riktig svar"), required=False)
    feedback = blocks.CharBlock(label=_("Tilbakemelding"), max_length=500)

    class Meta:
        icon = "radio-full"
        template = "blocks/quiz_answer.html"
        label = _("Svaralternativ")
        description = _("Et svaralternativ med tilbakemelding")
        preview_value = {
            "text": "Bokprat passer for alle aldre",
            "correct": True,
            "feedback": "Ja, bokprat kan tilpasses alle aldersgrupper.",
        }


class QuizBlock(HeadingLevelMixin, blocks.StructBlock):
    """A multiple-choice question with feedback per answer; works without JavaScript."""

    question = blocks.CharBlock(label=_("Spørsmål"), max_length=300)
    answers = blocks.ListBlock(QuizAnswerBlock(), label=_("Svaralternativer"), min_num=2)

    def clean(self, value):
        value = super().clean(value)
        answers = value.get("answers") or []
        if answers and not any(answer.get("correct") for answer in answers):
            raise StructBlockValidationError(
                block_errors={
                    "answers": ValidationError(_("Minst ett svaralternativ må være riktig."))
                }
            )
        texts = [(answer.get("text") or "").strip().casefold() for answer in answers]
        if len(set(texts)) != len(texts):
            raise StructBlockValidationError(
                block_errors={
                    "answers": ValidationError(_("To svaralternativer kan ikke være like."))
                }
            )
        return value

    class Meta:
        icon = "tick-inverse"
        template = "blocks/quiz.html"
        label = _("Quiz")
        description = _("Flervalgsspørsmål med tilbakemelding på hvert svar")
        preview_value = {
            "question": "Hvor lang bør en bokprat være?",
            "answers": [
                {"text": "Et par minutter per bok", "correct": True, "feedback": "Riktig."},
                {
                    "text": "En halv time per bok",
                    "correct": False,
                    "feedback": "Det blir for langt for de fleste.",
                },
            ],
        }


class LessonContentBlock(BaseContentBlock):
    """A lesson body: the basic blocks plus the learning activities."""

    case = CaseBlock()
    reflection = ReflectionBlock()
    quiz = QuizBlock()


def chapter_anchor(heading):
    return "kapittel-" + (slugify(heading, allow_unicode=True) or "uten-tittel")


class ChapterBlock(HeadingLevelMixin, blocks.StructBlock):
    """A chapter of a learning resource: heading and body; feeds the table of contents."""

    heading = blocks.CharBlock(label=_("Kapitteloverskrift"), max_length=200)
    body = LessonContentBlock(label=_("Innhold"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = chapter_anchor(value["heading"])
        return context

    class Meta:
        icon = "folder-open-1"
        template = "blocks/chapter.html"
        label = _("Kapittel")
        description = _("Et kapittel med overskrift; vises i innholdsfortegnelsen")
        preview_value = {
            "heading": "Kom i gang",
            "body": [("text", "<p>Start med å samle personalet og avklare målene.</p>")],
        }


class ResourceContentBlock(blocks.StreamBlock):
    """A learning resource body: chapters, with an optional text before them."""

    text = RichTextBlock()
    chapter = ChapterBlock()
    callout = CalloutBlock()

    def clean(self, value):
        value = super().clean(value)
        seen = {}
        errors = {}
        for index, child in enumerate(value):
            if child.block_type != "chapter":
                continue
            anchor = chapter_anchor(child.value["heading"])
            if anchor in seen:
                errors[index] = StructBlockValidationError(
                    block_errors={
                        "heading": ValidationError(
                            _(
                                "Kapittel %(number)d har samme overskrift som kapittel "
                                "%(other)d. Gi kapitlene ulike overskrifter."
                            )
                            % {"number": index + 1, "other": seen[anchor] + 1}
                        )
                    }
                )
            else:
                seen[anchor] = index
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value

    class Meta:
        label = _("Kapitler")

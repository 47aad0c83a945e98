"""StreamField blocks shared by every content type. One block, one template."""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from wagtailmedia.blocks import VideoChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class RichTextBlock(blocks.RichTextBlock):
    """Rich text with the restricted feature set editors may use."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/rich_text.html"
        label = _("Tekst")
        description = _("Brødtekst med overskrifter, lister og lenker")
        preview_value = (
            "<h3>Hva er bokprat?</h3><p>Bokprat er en muntlig formidling av bøker "
            "for en gruppe lesere.</p>"
        )


class ImageBlock(blocks.StructBlock):
    """An image with alt text, or explicitly marked as decorative."""

    image = ImageChooserBlock(label=_("Bilde"))
    alt_text = blocks.CharBlock(
        label=_("Alternativ tekst"),
        required=False,
        max_length=250,
        help_text=_("Beskriv hva bildet viser for dem som ikke ser det."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Dekorativt bilde"),
        required=False,
        help_text=_("Kryss av bare hvis bildet ikke gir informasjon (da leses det ikke opp)."),
    )
    caption = blocks.CharBlock(label=_("Bildetekst"), required=False, max_length=250)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Skriv en alternativ tekst, eller marker bildet som dekorativt.")
                    )
                }
            )
        return value

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Bilde")
        description = _("Et bilde med alternativ tekst")


class VideoBlock(blocks.StructBlock):
    """A video: an uploaded file with captions, or an embed from a video service."""

    title = blocks.CharBlock(label=_("Tittel"), max_length=200)
    video = VideoChooserBlock(
        label=_("Opplastet video"),
        required=False,
        help_text=_("MP4 eller WebM med teksting (WebVTT)."),
    )
    embed = EmbedBlock(
        label=_("Innebygd video (lenke)"),
        required=False,
        help_text=_("Bruk bare hvis videoen ikke er lastet opp. Tjenesten må ha teksting."),
    )
    transcript = blocks.RichTextBlock(
        label=_("Transkripsjon"), required=False, features=["bold", "italic", "link", "ul"]
    )

    def clean(self, value):
        value = super().clean(value)
        has_video, has_embed = bool(value.get("video")), bool(value.get("embed"))
        if has_video == has_embed:
            message = _("Velg enten en opplastet video eller en innebygd video, ikke begge.")
            raise StructBlockValidationError(block_errors={"video": ValidationError(message)})
        return value

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        label = _("Video")
        description = _("Video med teksting")


class CaseBlock(blocks.StructBlock):
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


class ReflectionBlock(blocks.StructBlock):
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
    text = blocks.CharBlock(label=_("Svaralternativ"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Riktig svar"), required=False)
    feedback = blocks.CharBlock(label=_("Tilbakemelding"), max_length=500)

    class Meta:
        icon = "radio-full"
        label = _("Svaralternativ")


class QuizBlock(blocks.StructBlock):
    """A multiple-choice question with feedback per answer; works without JavaScript."""

    question = blocks.CharBlock(label=_("Spørsmål"), max_length=300)
    answers = blocks.ListBlock(QuizAnswerBlock(), label=_("Svaralternativer"), min_num=2)

    def clean(self, value):
        value = super().clean(value)
        if not any(answer["correct"] for answer in value["answers"]):
            raise StructBlockValidationError(
                block_errors={
                    "answers": ValidationError(_("Minst ett svaralternativ må være riktig."))
                }
            )
        return value

    class Meta:
        icon = "tick-inverse"
        template = "blocks/quiz.html"
        label = _("Quiz")
        description = _("Flervalgsspørsmål med tilbakemelding på hvert svar")


class CalloutBlock(blocks.StructBlock):
    """A highlighted box: information, tip or warning."""

    kind = blocks.ChoiceBlock(
        label=_("Type"),
        choices=[("info", _("Informasjon")), ("tips", _("Tips")), ("viktig", _("Viktig"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Tittel"), max_length=200, required=False)
    text = RichTextBlock(label=_("Tekst"))

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        label = _("Faktaboks")
        description = _("Uthevet boks med informasjon, tips eller noe viktig")
        preview_value = {"kind": "tips", "title": "Tips", "text": "<p>Start i det små.</p>"}


class DocumentBlock(blocks.StructBlock):
    """A document to download."""

    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        label=_("Lenketekst"),
        required=False,
        max_length=200,
        help_text=_("Tom: dokumentets tittel brukes."),
    )
    description = blocks.CharBlock(label=_("Beskrivelse"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Dokument til nedlasting")
        description = _("Et dokument, en mal eller et skjema til nedlasting")


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Spørsmål eller overskrift"), max_length=300)
    answer = RichTextBlock(label=_("Svar"))

    class Meta:
        icon = "list-ul"
        label = _("Punkt")


class AccordionBlock(blocks.StructBlock):
    """Questions and answers that open and close (FAQ)."""

    title = blocks.CharBlock(label=_("Tittel"), required=False, max_length=200)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Punkter"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion.html"
        label = _("Trekkspill / ofte stilte spørsmål")
        description = _("Spørsmål og svar som kan åpnes og lukkes")


class ChecklistBlock(blocks.StructBlock):
    """A checklist, e.g. steps before opening a self-service library."""

    title = blocks.CharBlock(label=_("Tittel"), max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Punkt")), label=_("Punkter"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "blocks/checklist.html"
        label = _("Sjekkliste")
        description = _("En liste med punkter å krysse av")
        preview_value = {"title": "Før oppstart", "items": ["Avklar åpningstider"]}


class BaseContentBlock(blocks.StreamBlock):
    """The blocks every body may use."""

    text = RichTextBlock()
    image = ImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    document = DocumentBlock()
    accordion = AccordionBlock()
    checklist = ChecklistBlock()

    class Meta:
        label = _("Innhold")


class LessonContentBlock(BaseContentBlock):
    """A lesson body: the basic blocks plus the learning activities."""

    case = CaseBlock()
    reflection = ReflectionBlock()
    quiz = QuizBlock()


class ChapterBlock(blocks.StructBlock):
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


def chapter_anchor(heading):
    return "kapittel-" + (slugify(heading, allow_unicode=True) or "uten-tittel")


class ResourceContentBlock(blocks.StreamBlock):
    """A learning resource body: chapters, with an optional text before them."""

    text = RichTextBlock()
    chapter = ChapterBlock()
    callout = CalloutBlock()

    class Meta:
        label = _("Kapitler")


class AuthorBlock(blocks.StructBlock):
    """Who made the page."""

    name = blocks.CharBlock(label=_("Navn"), max_length=200)
    role = blocks.CharBlock(label=_("Rolle eller stilling"), max_length=200, required=False)
    bio = blocks.TextBlock(label=_("Kort om forfatteren"), max_length=600, required=False)
    photo = ImageChooserBlock(label=_("Portrett"), required=False)

    class Meta:
        icon = "user"
        template = "blocks/author.html"
        label = _("Forfatter")


class FollowUpBlock(blocks.StructBlock):
    """How an initiative stands some time later ("ett år etter")."""

    date = blocks.DateBlock(label=_("Dato"))
    heading = blocks.CharBlock(label=_("Overskrift"), max_length=200, default="Ett år etter")
    text = RichTextBlock(label=_("Tekst"))

    class Meta:
        icon = "date"
        template = "blocks/follow_up.html"
        label = _("Oppfølging")

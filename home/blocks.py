"""StreamField blocks shared by every content type. One block, one template.

Blocks that print headings take their level from the template context (`heading_level`,
2 when unset), so a block inside a chapter or under a section heading keeps a sensible
heading order.
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.finders import get_finders
from wagtail.images.blocks import ImageChooserBlock

from wagtailmedia.blocks import VideoChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]
DEFAULT_HEADING_LEVEL = 2


def _first_object(model_path):
    """The newest object of a model, for previews in the block picker (None when empty)."""
    from django.apps import apps

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    if model_path == "image":
        model = get_image_model()
    elif model_path == "document":
        model = get_document_model()
    else:
        model = apps.get_model(model_path)
    return model.objects.order_by("-pk").first()


class HeadingLevelMixin:
    """Puts `level` (this block's heading level) and `sublevel` into the template context."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        try:
            level = int((parent_context or {}).get("heading_level") or DEFAULT_HEADING_LEVEL)
        except (TypeError, ValueError):
            level = DEFAULT_HEADING_LEVEL
        level = min(max(level, 2), 6)
        context["level"] = level
        context["sublevel"] = min(level + 1, 6)
        return context


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
            "<h2>Hva er bokprat?</h2><p>Bokprat er en muntlig formidling av bøker "
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
        alt_text = (value.get("alt_text") or "").strip()
        if value.get("decorative") and alt_text:
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _(
                            "Et dekorativt bilde skal ikke ha alternativ tekst. Fjern teksten "
                            "eller fjern krysset for dekorativt bilde."
                        )
                    )
                }
            )
        # A draft may still lack its alt text; publishing needs it.
        if not value.get("decorative") and not alt_text and not self.is_deferred_validation:
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Skriv en alternativ tekst, eller marker bildet som dekorativt.")
                    )
                }
            )
        return value

    def get_preview_value(self):
        return self.normalize(
            {
                "image": _first_object("image"),
                "alt_text": "Bibliotekansatte i samtale rundt et bord",
                "caption": "Personalmøte på biblioteket",
            }
        )

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Bilde")
        description = _("Et bilde med alternativ tekst, eller markert som dekorativt")


class ExternalVideoURLBlock(blocks.URLBlock):
    """A link to a video at a known video service (YouTube, Vimeo, …), shown as a link.

    A plain URL rather than Wagtail's `EmbedBlock`: the site never embeds third-party players,
    and an empty link is an empty string that translation, rendering and word counts handle
    (wagtail-localize fails on an empty `EmbedBlock`). The service is recognised from the
    URL alone, by Wagtail's oEmbed provider list, without asking the service.
    """

    def clean(self, value):
        value = super().clean(value)
        if value and not any(finder.accept(value) for finder in get_finders()):
            raise ValidationError(
                _(
                    "Lenken går ikke til en kjent videotjeneste. Bruk adressen til videoen hos "
                    "tjenesten, for eksempel YouTube eller Vimeo."
                )
            )
        return value


class VideoBlock(blocks.StructBlock):
    """A video: an uploaded file with captions, or a link to a video service."""

    title = blocks.CharBlock(label=_("Tittel"), max_length=200)
    video = VideoChooserBlock(
        label=_("Opplastet video"),
        required=False,
        help_text=_("MP4 eller WebM med teksting (WebVTT)."),
    )
    embed = ExternalVideoURLBlock(
        label=_("Video hos en annen tjeneste (lenke)"),
        required=False,
        help_text=_(
            "Bruk bare hvis videoen ikke er lastet opp. Tjenesten må ha teksting. Av hensyn "
            "til personvernet vises videoen som en lenke, ikke innebygd."
        ),
    )
    transcript = blocks.RichTextBlock(
        label=_("Transkripsjon"), required=False, features=["bold", "italic", "link", "ul"]
    )

    def clean(self, value):
        value = super().clean(value)
        video, embed = value.get("video"), value.get("embed")
        if not video and not embed and self.is_deferred_validation:
            return value
        if bool(video) == bool(embed):
            message = _("Velg enten en opplastet video eller en video hos en annen tjeneste.")
            if video:
                message = _(
                    "Velg enten en opplastet video eller en video hos en annen tjeneste, "
                    "ikke begge."
                )
            raise StructBlockValidationError(block_errors={"video": ValidationError(message)})
        if video and not video.captions_nb:
            raise StructBlockValidationError(
                block_errors={
                    "video": ValidationError(
                        _(
                            "Videoen «%(title)s» mangler teksting. Last opp en WebVTT-fil på "
                            "videoen før du bruker den."
                        )
                        % {"title": video.title}
                    )
                }
            )
        return value

    def get_preview_value(self):
        return self.normalize(
            {"title": "Slik holder du en bokprat", "video": _first_object("home.Video")}
        )

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        label = _("Video")
        description = _("Video med teksting, eventuelt med transkripsjon")


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


class CalloutBlock(HeadingLevelMixin, blocks.StructBlock):
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

    def get_preview_value(self):
        return self.normalize(
            {
                "document": _first_object("document"),
                "title": "Mal for plan for meråpent bibliotek",
                "description": "Fyll ut malen sammen med kommunen.",
            }
        )

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Dokument til nedlasting")
        description = _("Et dokument, en mal eller et skjema til nedlasting")


class AccordionItemBlock(blocks.StructBlock):
    """One question or heading of an accordion, with the text it opens."""

    question = blocks.CharBlock(label=_("Spørsmål eller overskrift"), max_length=300)
    answer = RichTextBlock(label=_("Svar"))

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion_item.html"
        label = _("Punkt")
        description = _("Et spørsmål med svar")
        preview_value = {
            "question": "Må vi ha kameraovervåking?",
            "answer": "<p>Nei, men mange bibliotek velger det.</p>",
        }


class AccordionBlock(HeadingLevelMixin, blocks.StructBlock):
    """Questions and answers that open and close (FAQ)."""

    title = blocks.CharBlock(label=_("Tittel"), required=False, max_length=200)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Punkter"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion.html"
        label = _("Trekkspill / ofte stilte spørsmål")
        description = _("Spørsmål og svar som kan åpnes og lukkes")
        preview_value = {
            "title": "Ofte stilte spørsmål",
            "items": [
                {
                    "question": "Hvem kan bruke meråpent bibliotek?",
                    "answer": "<p>Alle over 15 år med lånekort og PIN-kode.</p>",
                }
            ],
        }


class ChecklistBlock(HeadingLevelMixin, blocks.StructBlock):
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


class AuthorBlock(blocks.StructBlock):
    """Who made the page: name, role, a short bio and an optional photo."""

    name = blocks.CharBlock(label=_("Navn"), max_length=200)
    role = blocks.CharBlock(label=_("Rolle eller stilling"), max_length=200, required=False)
    bio = blocks.TextBlock(label=_("Kort om forfatteren"), max_length=600, required=False)
    photo = ImageChooserBlock(label=_("Portrett"), required=False)

    class Meta:
        icon = "user"
        template = "blocks/author.html"
        label = _("Forfatter")
        description = _("Navn, rolle og en kort presentasjon")
        preview_value = {
            "name": "Kari Nordmann",
            "role": "Rådgiver, Innlandet fylkesbibliotek",
            "bio": "Kari har holdt bokprat for skoleklasser i femten år.",
        }


class FollowUpBlock(HeadingLevelMixin, blocks.StructBlock):
    """How an initiative stands some time later ("ett år etter")."""

    date = blocks.DateBlock(label=_("Dato"))
    heading = blocks.CharBlock(label=_("Overskrift"), max_length=200, default="Ett år etter")
    text = RichTextBlock(label=_("Tekst"))

    class Meta:
        icon = "date"
        template = "blocks/follow_up.html"
        label = _("Oppfølging")
        description = _("Hvordan tiltaket står seg en tid etterpå, med dato")
        preview_value = {
            "date": "2025-06-01",
            "heading": "Ett år etter",
            "text": "<p>Det meråpne tilbudet brukes av flere enn før.</p>",
        }

"""StreamField blocks shared by several page types. One block, one template.

Blocks of one content type live in its app's `blocks.py` (courses: lesson activities and
chapters; initiatives: follow-ups).

Blocks that print headings take their level from the template context (`heading_level`,
2 when unset), so a block inside a chapter or under a section heading keeps a sensible
heading order.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.finders import get_finders
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from wagtailmedia.blocks import VideoChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]
DEFAULT_HEADING_LEVEL = 2


def first_object(model_path):
    """The newest object of a model, for previews in the block picker (None when empty)."""
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
                "image": first_object("image"),
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
            {"title": "Slik holder du en bokprat", "video": first_object("home.Video")}
        )

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        label = _("Video")
        description = _("Video med teksting, eventuelt med transkripsjon")


class CalloutBlock(HeadingLevelMixin, blocks.StructBlock):
    """A highlighted box: information, tip or warning."""

    KINDS = [("info", _("Informasjon")), ("tips", _("Tips")), ("viktig", _("Viktig"))]

    kind = blocks.ChoiceBlock(label=_("Type"), choices=KINDS, default="info")
    title = blocks.CharBlock(label=_("Tittel"), max_length=200, required=False)
    text = RichTextBlock(label=_("Tekst"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        kinds = dict(self.KINDS)
        context["kind_label"] = kinds.get(value.get("kind"), kinds["info"])
        return context

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
                "document": first_object("document"),
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


# END

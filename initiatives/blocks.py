"""Blocks of initiatives."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import HeadingLevelMixin, RichTextBlock


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

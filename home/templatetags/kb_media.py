"""Image tags that leave a missing image out, and signed media URLs.

`{% load kb_media %}` gives `image`, `srcset_image` and `picture` with Wagtail's syntax; when the
original cannot be read (S3 down, file gone) they render nothing instead of a broken image.
Video URLs: `video.playback_url` and `video.caption_tracks` (home/models/media.py).
"""

from django import template

from wagtail.images.models import Picture, ResponsiveImage, SourceImageIOError
from wagtail.images.templatetags.wagtailimages_tags import (
    ImageNode,
    PictureNode,
    SrcsetImageNode,
)
from wagtail.images.templatetags.wagtailimages_tags import image as wagtail_image_tag

register = template.Library()


class MissingImageMixin:
    def _missing(self, context):
        if self.output_var_name:
            context[self.output_var_name] = None
        return ""

    def _attrs(self, context):
        return {key: value.resolve(context) for key, value in self.attrs.items()}


class KbImageNode(MissingImageMixin, ImageNode):
    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        try:
            rendition = image.get_rendition(self.get_filter())
        except SourceImageIOError:
            return self._missing(context)
        if self.output_var_name:
            context[self.output_var_name] = rendition
            return ""
        return rendition.img_tag(self._attrs(context))


class KbSrcsetImageNode(MissingImageMixin, SrcsetImageNode):
    wrapper = ResponsiveImage

    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        try:
            renditions = image.get_renditions(*self.get_filters())
        except SourceImageIOError:
            return self._missing(context)
        if self.output_var_name:
            context[self.output_var_name] = self.wrapper(renditions)
            return ""
        return self.wrapper(renditions, self._attrs(context)).__html__()


class KbPictureNode(KbSrcsetImageNode, PictureNode):
    wrapper = Picture


NODES = {ImageNode: KbImageNode, SrcsetImageNode: KbSrcsetImageNode, PictureNode: KbPictureNode}


def _image_tag(parser, token):
    node = wagtail_image_tag(parser, token)
    return NODES[type(node)](
        node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs
    )


register.tag("image", _image_tag)
register.tag("srcset_image", _image_tag)
register.tag("picture", _image_tag)

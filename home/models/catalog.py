"""The catalog page base: one content type from every organisation, filtered and paginated."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.filters import filterset_for
from home.queries import listing_context
from home.structured_data import StructuredDataMixin


class CatalogPage(StructuredDataMixin, Page):
    """Base for the catalogs that list one content type (`listed_model`) from every organisation."""

    intro = RichTextField(_("introduksjon"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    listed_model = None
    schema_type = "CollectionPage"

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        # One template for every catalog (Wagtail would name one per subclass).
        return "home/catalog_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        model = self.listed_model
        context.update(listing_context(request, self.locale, [model], filterset_for(model)))
        return context

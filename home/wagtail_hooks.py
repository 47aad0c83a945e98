"""Admin for the taxonomy (topics and audiences under one «Taxonomi» menu group), and the
public site's rule that pages below an unpublished page are not served."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import Audience, Topic
from home.visibility import has_hidden_ancestor


class TaxonomyTermViewSet(SnippetViewSet):
    """Shared listing for taxonomy terms: searchable by name, filterable by language.

    Wagtail adds the language (locale) filter itself for translatable models.
    """

    # Plain database search (icontains): finds parts of words, needs no search index.
    search_backend_name = None
    search_fields = ["name", "slug", "description"]
    list_display = ["name", Column("slug", label=_("Kortnavn")), "locale"]
    list_per_page = 50
    ordering = ["name"]
    copy_view_enabled = False


class TopicViewSet(TaxonomyTermViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Temaer")
    menu_name = "topics"


class AudienceViewSet(TaxonomyTermViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Målgrupper")
    menu_name = "audiences"


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TopicViewSet, AudienceViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomi")
    menu_name = "taxonomi"
    menu_order = 300


register_snippet(TaxonomyViewSetGroup)


@hooks.register("before_serve_page")
def hide_pages_below_unpublished_pages(page, request, serve_args, serve_kwargs):
    """A live page below an unpublished page is not public: 404 (see home.visibility)."""
    if has_hidden_ancestor(page):
        raise Http404

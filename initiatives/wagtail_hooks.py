"""Admin for the libraries that initiatives describe."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from initiatives.models import Library


class LibraryViewSet(SnippetViewSet):
    """Libraries, searchable by name and municipality, filterable by what makes them alike."""

    model = Library
    icon = "site"
    menu_label = _("Bibliotek")
    menu_name = "libraries"
    menu_order = 310
    add_to_admin_menu = True
    # Plain database search (icontains): finds parts of names, needs no search index.
    search_backend_name = None
    search_fields = ["name", "municipality", "municipality_number"]
    list_display = ["name", "municipality", "county", "library_type", "self_service", "population"]
    list_filter = ["county", "library_type", "self_service"]
    list_per_page = 50
    ordering = ["name"]


register_snippet(LibraryViewSet)

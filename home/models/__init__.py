from home.models.catalog import CatalogPage
from home.models.content import (
    ContentPage,
    ContentPageForm,
    content_types,
    default_next_review,
    listed_types,
)
from home.models.media import KbImage, KbRendition, Video
from home.models.pages import ContributorPage, HomePage, StandardPage, TopicPage
from home.models.snippets import Audience, TaxonomyTerm, Topic

__all__ = [
    "Audience",
    "CatalogPage",
    "ContentPage",
    "ContentPageForm",
    "ContributorPage",
    "HomePage",
    "KbImage",
    "KbRendition",
    "StandardPage",
    "TaxonomyTerm",
    "Topic",
    "TopicPage",
    "Video",
    "content_types",
    "default_next_review",
    "listed_types",
]

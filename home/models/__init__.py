from home.models.content import ContentPage, ContentPageForm, default_next_review
from home.models.media import KbImage, KbRendition, Video
from home.models.pages import ContributorPage, HomePage, StandardPage, TopicPage
from home.models.snippets import Audience, TaxonomyTerm, Topic

__all__ = [
    "Audience",
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
    "default_next_review",
]

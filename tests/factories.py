"""The one home of test data: factories for people, pages, taxonomy and media, and the small
helpers every test module needs (publish, refresh, add_catalog).

Page factories take `published=False` to leave the page as a draft (default: live, published
through a revision like an editor's publish). `UserFactory(role=..., organisation=...)` puts a
person in the groups `setup_editorial` creates.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from wagtail.models import Locale, Page

import factory
import wagtail_factories

from courses.models import (
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ResourceIndexPage,
    ResourcePage,
)
from home.models import Audience, ContributorPage, HomePage, StandardPage, Topic, TopicPage, Video
from initiatives.models import InitiativeIndexPage, InitiativePage, Library
from workflows.organisations import (
    RESOURCE_GROUP,
    TRANSLATORS,
    editors_group_name,
    reviewers_group_name,
)

PASSWORD = "passord-for-test"
WEBVTT = b"WEBVTT\n\n00:00.000 --> 00:02.000\nVelkommen til bokprat.\n"


def locale(code="nb"):
    return Locale.objects.get(language_code=code)


def home(code="nb"):
    return HomePage.objects.get(locale__language_code=code)


def refresh(page):
    """The page as the database has it now (its specific type)."""
    return Page.objects.get(pk=page.pk).specific


def publish(page):
    """Publish the page's current state through a revision, as an editor would."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_catalog(parent, model, title, slug):
    page = model(title=title, slug=slug)
    parent.add_child(instance=page)
    return page


def make_image(title="Bibliotekrom"):
    return wagtail_factories.ImageFactory(title=title)


def make_document(title="Mal for plan"):
    return wagtail_factories.DocumentFactory(title=title)


def make_video(title="Bokprat i praksis", captions=True, nynorsk_captions=False, webm=False):
    """A small video with Bokmål captions (and Nynorsk ones when asked)."""
    video = Video(title=title, type="video", duration=2.0, width=640, height=360)
    if webm:
        video.file.save("bokprat.webm", ContentFile(b"\x1a\x45\xdf\xa3"), save=False)
    else:
        video.file.save("bokprat.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42"), save=False)
    if captions:
        video.captions_nb.save("bokprat.vtt", ContentFile(WEBVTT), save=False)
    if nynorsk_captions:
        video.captions_nn.save("bokprat-nn.vtt", ContentFile(WEBVTT), save=False)
    video.save()
    return video


ROLE_GROUPS = {
    "editor": lambda organisation: [editors_group_name(organisation)],
    "reviewer": lambda organisation: [reviewers_group_name(organisation)],
    "resource": lambda organisation: [RESOURCE_GROUP],
    "translator": lambda organisation: [TRANSLATORS],
    "admin": lambda organisation: [],
}


class UserFactory(factory.django.DjangoModelFactory):
    """A person; `role` (editor, reviewer, resource, translator, admin) with `organisation`
    (for editors and reviewers) puts them in the groups setup_editorial made."""

    username = factory.Sequence(lambda n: f"bruker{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.no")
    first_name = factory.LazyAttribute(lambda user: user.username.capitalize())
    is_superuser = factory.LazyAttribute(lambda user: user.role == "admin")
    is_staff = factory.LazyAttribute(lambda user: user.role == "admin")
    group_names = factory.LazyAttribute(
        lambda user: ROLE_GROUPS[user.role](user.organisation) if user.role else []
    )

    class Params:
        role = None
        organisation = None

    class Meta:
        model = get_user_model()

    @classmethod
    def _create(cls, model_class, *args, group_names=(), **kwargs):
        user = model_class.objects.create_user(*args, password=PASSWORD, **kwargs)
        for name in group_names:
            user.groups.add(Group.objects.get(name=name))
        return user


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page factory whose pages are published through a revision unless published=False."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def published(self, create, extracted, **kwargs):
        if not create or extracted is None:
            return
        if extracted:
            publish(self)
        else:
            type(self).objects.filter(pk=self.pk).update(live=False)
            self.live = False
            self.save_revision()


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.Sequence(lambda n: f"tema-{n}")
    locale = factory.LazyFunction(locale)

    class Meta:
        model = Topic


class AudienceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Målgruppe {n}")
    slug = factory.Sequence(lambda n: f"malgruppe-{n}")
    locale = factory.LazyFunction(locale)

    class Meta:
        model = Audience


class LibraryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Testbibliotek {n}")
    municipality = "Hamar"
    municipality_number = "3403"
    county = "innlandet"
    population = 32000
    library_type = "hovedbibliotek"
    self_service = True
    staff_fte = 12

    class Meta:
        model = Library


class ContributorPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Testfylke {n} fylkesbibliotek")
    kind = "fylkesbibliotek"
    contact_email = "post@fylkesbibliotek.no"

    class Meta:
        model = ContributorPage


class CoursePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Kurs {n}")
    summary = "Et kurs om bokprat for alle bibliotekansatte."
    learning_goals = [("goal", "Kunne holde en bokprat")]
    level = "grunnleggende"
    estimated_minutes = 45
    format = "selvstudium"
    contact_email = "kurs@fylkesbibliotek.no"

    class Meta:
        model = CoursePage


class LessonPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Leksjon {n}")
    summary = "En leksjon."
    body = [("text", "<p>Tekst i leksjonen.</p>")]

    class Meta:
        model = LessonPage


class ResourcePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Ressurs {n}")
    summary = "En startpakke."
    kind = "startpakke"
    body = [("chapter", {"heading": "Kom i gang", "body": [("text", "<p>Første steg.</p>")]})]

    class Meta:
        model = ResourcePage


class InitiativePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Tiltak {n}")
    summary = "Et tiltak."
    library = factory.SubFactory(LibraryFactory)
    period_start = datetime.date(2024, 1, 1)
    status = "avsluttet"
    goals = "<p>Flere besøkende.</p>"
    body = [("text", "<p>Vi gjorde dette.</p>")]
    results = "<p>Det gikk bra.</p>"
    lessons_learned = "<p>Start tidlig.</p>"
    contact_name = "Kari Nordmann"
    contact_email = "kari@bibliotek.no"

    class Meta:
        model = InitiativePage


class TopicPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Temaside {n}")

    class Meta:
        model = TopicPage


class StandardPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Side {n}")
    body = [("text", "<p>Tekst.</p>")]

    class Meta:
        model = StandardPage


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nettkurs"

    class Meta:
        model = CourseIndexPage


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Læringsressurser"

    class Meta:
        model = ResourceIndexPage


class InitiativeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tiltak"

    class Meta:
        model = InitiativeIndexPage

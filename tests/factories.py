"""Factories for the page tree and taxonomy, shared by all tests."""

import datetime

from wagtail.models import Locale

import factory
import wagtail_factories

from courses.models import CoursePage, LessonPage, ResourcePage
from home.models import Audience, ContributorPage, HomePage, Topic
from initiatives.models import InitiativePage, Library


def locale(code="nb"):
    return Locale.objects.get(language_code=code)


def home(code="nb"):
    return HomePage.objects.get(locale__language_code=code)


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


class ContributorPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Testfylke {n} fylkesbibliotek")
    kind = "fylkesbibliotek"
    contact_email = "post@fylkesbibliotek.no"

    class Meta:
        model = ContributorPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kurs {n}")
    summary = "Et kurs om bokprat for alle bibliotekansatte."
    learning_goals = [("goal", "Kunne holde en bokprat")]
    level = "grunnleggende"
    estimated_minutes = 45
    format = "selvstudium"
    contact_email = "kurs@fylkesbibliotek.no"

    class Meta:
        model = CoursePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Leksjon {n}")
    summary = "En leksjon."
    body = [("text", "<p>Tekst i leksjonen.</p>")]

    class Meta:
        model = LessonPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Ressurs {n}")
    summary = "En startpakke."
    kind = "startpakke"
    body = [("chapter", {"heading": "Kom i gang", "body": [("text", "<p>Første steg.</p>")]})]

    class Meta:
        model = ResourcePage


class InitiativePageFactory(wagtail_factories.PageFactory):
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

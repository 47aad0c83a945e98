"""Admin for the taxonomy («Taxonomi»: topics and audiences) and for libraries."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from home.models import Audience, Topic
from initiatives.models import Library
from tests import factories


class TaxonomyAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser("ressurs", "r@nb.no", "pw")
        cls.bokprat = factories.TopicFactory(name="Bokprat", slug="bokprat")
        cls.sok = factories.TopicFactory(name="Søketeknikker", slug="soketeknikker")
        cls.bokprat_nn = cls.bokprat.copy_for_translation(factories.locale("nn"))
        cls.bokprat_nn.name = "Bokprat på nynorsk"
        cls.bokprat_nn.save()
        cls.leaders = factories.AudienceFactory(name="Ledere", slug="ledere")

    def setUp(self):
        self.client.force_login(self.user)

    def listing(self, model, **params):
        url = reverse(f"wagtailsnippets_home_{model._meta.model_name}:list")
        response = self.client.get(url, params)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_menu_group_holds_topics_and_audiences(self):
        html = self.client.get(reverse("wagtailadmin_home")).content.decode()
        self.assertIn("Taxonomi", html)
        self.assertIn(reverse("wagtailsnippets_home_topic:list"), html)
        self.assertIn(reverse("wagtailsnippets_home_audience:list"), html)

    def test_search_topics(self):
        html = self.listing(Topic, q="bokp")
        self.assertIn("Bokprat", html)
        self.assertNotIn("Søketeknikker", html)

    def test_filter_topics_by_language(self):
        html = self.listing(Topic, locale="nn")
        self.assertIn("Bokprat på nynorsk", html)
        self.assertNotIn("Søketeknikker", html)
        html = self.listing(Topic, locale="nb")
        self.assertIn("Søketeknikker", html)
        self.assertNotIn("Bokprat på nynorsk", html)

    def test_audiences_listed_and_searchable(self):
        self.assertIn("Ledere", self.listing(Audience, q="led"))
        self.assertNotIn("Ledere", self.listing(Audience, q="bokprat"))

    def test_create_topic_through_the_admin(self):
        url = reverse("wagtailsnippets_home_topic:add")
        response = self.client.post(
            f"{url}?locale=nb",
            {
                "name": "Spillformidling",
                "slug": "spillformidling",
                "description": "",
                "locale": "nb",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Topic.objects.filter(slug="spillformidling", locale__language_code="nb"))


class LibraryAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser("admin", "a@nb.no", "pw")
        factories.LibraryFactory(
            name="Hamar bibliotek",
            municipality="Hamar",
            county="innlandet",
            library_type="hovedbibliotek",
            self_service=True,
        )
        factories.LibraryFactory(
            name="Askvoll folkebibliotek",
            municipality="Askvoll",
            municipality_number="4645",
            county="vestland",
            library_type="filial",
            self_service=False,
            population=3000,
        )

    def setUp(self):
        self.client.force_login(self.user)

    def listing(self, **params):
        response = self.client.get(reverse("wagtailsnippets_initiatives_library:list"), params)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_filters(self):
        cases = [
            ({"county": "vestland"}, "Askvoll folkebibliotek", "Hamar bibliotek"),
            ({"library_type": "hovedbibliotek"}, "Hamar bibliotek", "Askvoll folkebibliotek"),
            ({"self_service": "false"}, "Askvoll folkebibliotek", "Hamar bibliotek"),
            ({"self_service": "true"}, "Hamar bibliotek", "Askvoll folkebibliotek"),
            ({"q": "askv"}, "Askvoll folkebibliotek", "Hamar bibliotek"),
        ]
        for params, shown, hidden in cases:
            with self.subTest(params=params):
                html = self.listing(**params)
                self.assertIn(shown, html)
                self.assertNotIn(hidden, html)

    def test_filter_form_offers_the_three_filters(self):
        html = self.listing()
        for name in ("county", "library_type", "self_service"):
            self.assertIn(f'name="{name}"', html)

    def test_invalid_library_gets_norwegian_messages(self):
        response = self.client.post(
            reverse("wagtailsnippets_initiatives_library:add"),
            {
                "name": "Nytt bibliotek",
                "municipality": "Bø",
                "municipality_number": "38",
                "county": "telemark",
                "population": "6000",
                "staff_fte": "3.5",
                "library_type": "hovedbibliotek",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Kommunenummeret har fire sifre.", response.content.decode())
        self.assertFalse(Library.objects.filter(name="Nytt bibliotek").exists())

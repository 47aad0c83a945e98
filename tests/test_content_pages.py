"""Every page type: where it may be created, that it routes and renders, and that the admin's
add form creates it (as a superuser) with the organisation derived from its section."""

import datetime

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import rich_text, streamfield

from courses.models import (
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ResourceIndexPage,
    ResourcePage,
)
from home.models import ContributorPage, HomePage, StandardPage, TopicPage
from initiatives.models import InitiativeIndexPage, InitiativePage
from tests import factories
from tests.content_helpers import I18nPageTestCase, admin_add_form_data, build_tree, listblock
from tests.factories import make_document, make_image

CONTENT_PAGES = (CoursePage, ResourcePage, InitiativePage)
INDEX_PAGES = (CourseIndexPage, ResourceIndexPage, InitiativeIndexPage)
ALL_TYPES = (
    HomePage,
    StandardPage,
    ContributorPage,
    TopicPage,
    CoursePage,
    LessonPage,
    ResourcePage,
    InitiativePage,
    *INDEX_PAGES,
)


class PageTreeRulesTests(I18nPageTestCase):
    """Parent and subpage types enforce the tree of issue 3."""

    def test_home_page_children(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {ContributorPage, StandardPage, TopicPage, *INDEX_PAGES},
        )
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_section_holds_the_content(self):
        self.assertAllowedSubpageTypes(ContributorPage, set(CONTENT_PAGES))
        self.assertAllowedParentPageTypes(ContributorPage, {HomePage})
        for model in CONTENT_PAGES:
            self.assertAllowedParentPageTypes(model, {ContributorPage})

    def test_lessons_only_in_courses(self):
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage})
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage})

    def test_leaves(self):
        for model in (LessonPage, ResourcePage, InitiativePage, TopicPage, *INDEX_PAGES):
            self.assertAllowedSubpageTypes(model, set())
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        for model in (TopicPage, *INDEX_PAGES):
            self.assertAllowedParentPageTypes(model, {HomePage})

    def test_can_create_where_allowed(self):
        allowed = [
            (Page, HomePage),
            (HomePage, ContributorPage),
            (HomePage, StandardPage),
            (StandardPage, StandardPage),
            (HomePage, TopicPage),
            (ContributorPage, CoursePage),
            (CoursePage, LessonPage),
            (ContributorPage, ResourcePage),
            (ContributorPage, InitiativePage),
            *[(HomePage, model) for model in INDEX_PAGES],
        ]
        for parent, child in allowed:
            self.assertCanCreateAt(parent, child)

    def test_cannot_create_elsewhere(self):
        allowed_parents = {
            HomePage: {Page},
            StandardPage: {HomePage, StandardPage},
            ContributorPage: {HomePage},
            TopicPage: {HomePage},
            CoursePage: {ContributorPage},
            LessonPage: {CoursePage},
            ResourcePage: {ContributorPage},
            InitiativePage: {ContributorPage},
            **{model: {HomePage} for model in INDEX_PAGES},
        }
        for child, parents in allowed_parents.items():
            for parent in (Page, *ALL_TYPES):
                if parent not in parents:
                    self.assertCanNotCreateAt(parent, child)

    def test_one_catalog_of_each_kind_per_home(self):
        home = factories.home("nb")
        for model in INDEX_PAGES:
            self.assertTrue(model.can_create_at(home))
            home.add_child(instance=model(title=str(model._meta.verbose_name)))
            self.assertFalse(model.can_create_at(factories.home("nb")))


class RoutingAndRenderingTests(I18nPageTestCase):
    """Each page type is routable and renders, in Bokmål and in Nynorsk."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_tree("nb")
        cls.tree_nn = build_tree("nn")

    def pages(self, tree):
        return [
            tree.home,
            tree.standard,
            tree.section,
            tree.topic_page,
            tree.course,
            *tree.lessons,
            tree.resource,
            tree.initiative,
            tree.course_index,
            tree.resource_index,
            tree.initiative_index,
        ]

    def test_every_page_type_is_routable_and_renderable(self):
        for tree in (self.tree, self.tree_nn):
            for page in self.pages(tree):
                with self.subTest(page=page.title, locale=page.locale.language_code):
                    self.assertPageIsRoutable(page)
                    self.assertPageIsRenderable(page)

    def test_pages_answer_in_their_own_language(self):
        for tree, code in ((self.tree, "nb"), (self.tree_nn, "nn")):
            for page in self.pages(tree):
                url = page.get_url()
                self.assertTrue(url.startswith(f"/{code}/"), url)
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200, url)
                html = response.content.decode()
                self.assertIn(f'<html lang="{code}">', html)
                self.assertEqual(html.count("<h1"), 1, url)

    def test_every_type_is_covered(self):
        rendered = {type(page.specific) for page in self.pages(self.tree)}
        self.assertEqual(rendered, set(ALL_TYPES))

    def test_every_page_type_opens_in_the_admin_editor(self):
        user = get_user_model().objects.create_superuser("editor", "e@nb.no", "pw")
        self.client.force_login(user)
        for page in self.pages(self.tree):
            with self.subTest(page=page.title):
                response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
                self.assertEqual(response.status_code, 200)

    def test_editor_shows_translated_topics_in_the_page_language(self):
        # wagtail-localize copies many-to-many values as they are: the Nynorsk copy of a course
        # points at the Bokmål topic. The editor ticks the Nynorsk term instead.
        nn = Locale.objects.get(language_code="nn")
        topic = factories.TopicFactory(name="Samskaping", slug="samskaping")
        topic_nn = topic.copy_for_translation(nn)
        topic_nn.name = "Samskaping (nn)"
        topic_nn.save()
        course = self.tree.course.specific
        course.topics.set([topic])
        course.save()
        section_nn = self.tree.section.copy_for_translation(nn)
        course_nn = course.copy_for_translation(nn)
        self.assertEqual(section_nn.locale, nn)
        self.assertEqual(list(course_nn.topics.all()), [topic])
        user = get_user_model().objects.create_superuser("oversetter", "o@nb.no", "pw")
        self.client.force_login(user)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[course_nn.pk]))
        form = response.context["form"]
        self.assertEqual(list(form.initial["topics"]), [topic_nn.pk])
        self.assertNotIn(topic.pk, form.fields["topics"].queryset.values_list("pk", flat=True))


class AdminAddFormTests(I18nPageTestCase):
    """A superuser creates each page type through the admin's add form."""

    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser("redaktor", "r@nb.no", "pw")
        cls.home = factories.home("nb")
        cls.home_nn = factories.home("nn")
        cls.section = factories.ContributorPageFactory(parent=cls.home, title="Vestland")
        cls.course = factories.CoursePageFactory(parent=cls.section, title="Søk for alle")
        cls.topic = factories.TopicFactory(name="Søk", slug="sok")
        cls.audience = factories.AudienceFactory(name="Ledere", slug="ledere")
        cls.library = factories.LibraryFactory(name="Bergen offentlige bibliotek")
        cls.image = make_image()
        cls.document = make_document()

    def setUp(self):
        self.client.force_login(self.user)

    def create(self, parent, model, fields, slug):
        """Post the add form (its own inputs plus ours) and publish, as an editor would."""
        fields.setdefault("slug", slug)
        _url, data = admin_add_form_data(self.client, parent, model, fields)
        # Posts to the add view, publishes, and checks the redirect to the parent's listing;
        # on a form error it fails with the error messages.
        self.assertCanCreate(parent, model, data)
        page = model.objects.get(slug=slug, locale=parent.locale)
        self.assertTrue(page.live)
        self.assertEqual(page.get_parent().pk, parent.pk)
        self.assertEqual(self.client.get(page.get_url()).status_code, 200)
        return page

    def authors(self):
        return streamfield(
            [("author", {"name": "Ola Nordmann", "role": "Rådgiver", "bio": "", "photo": ""})]
        )

    def test_standard_page(self):
        page = self.create(
            self.home,
            StandardPage,
            {
                "title": "Om tjenesten",
                "intro": "Kort om tjenesten.",
                "body": streamfield([("text", rich_text("<p>Mer om tjenesten.</p>"))]),
            },
            "om-tjenesten",
        )
        self.assertIn("Mer om tjenesten", str(page.body))

    def test_contributor_page(self):
        page = self.create(
            self.home,
            ContributorPage,
            {
                "title": "Nordland fylkesbibliotek",
                "kind": "fylkesbibliotek",
                "contact_email": "post@nfk.no",
                "about": rich_text("<p>Vi hjelper bibliotekene i Nordland.</p>"),
            },
            "nordland",
        )
        self.assertEqual(page.name, "Nordland fylkesbibliotek")

    def test_section_in_nynorsk_must_be_a_translation(self):
        url, data = admin_add_form_data(
            self.client,
            self.home_nn,
            ContributorPage,
            {
                "title": "Troms fylkesbibliotek",
                "slug": "troms",
                "kind": "fylkesbibliotek",
                "contact_email": "post@tfk.no",
                "about": rich_text("<p>Om oss.</p>"),
            },
        )
        data["action-publish"] = "action-publish"
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertIn(
            "må være en oversettelse av organisasjonen på bokmål", response.content.decode()
        )
        self.assertFalse(ContributorPage.objects.filter(slug="troms").exists())

    def test_topic_page(self):
        page = self.create(
            self.home,
            TopicPage,
            {"title": "Søk", "topic": str(self.topic.pk), "intro": rich_text("<p>Om søk.</p>")},
            "sok",
        )
        self.assertEqual(page.topic, self.topic)

    def test_catalog_pages_in_nynorsk_tree(self):
        for model, slug in zip(INDEX_PAGES, ("nettkurs", "ressursar", "tiltak"), strict=True):
            page = self.create(
                self.home_nn,
                model,
                {"title": slug.capitalize(), "intro": rich_text("<p>Oversikt.</p>")},
                slug,
            )
            self.assertEqual(page.locale.language_code, "nn")

    def test_home_page_for_a_language_without_one(self):
        root = Page.objects.get(depth=1)
        # Nynorsk lost its home page; a new one is created at the root for that language.
        self.home_nn.delete()
        url = reverse("wagtailadmin_pages:add", args=["home", "homepage", root.pk])
        _url, data = admin_add_form_data(
            self.client,
            root,
            HomePage,
            {
                "title": "Kompetansebanken",
                "slug": "nn",
                "intro": rich_text("<p>Velkomen.</p>"),
                "body": streamfield([]),
            },
        )
        data["locale"] = "nn"
        data["action-publish"] = "action-publish"
        response = self.client.post(f"{url}?locale=nn", data)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(HomePage.objects.filter(locale__language_code="nn").exists())

    def test_second_home_page_for_a_language_is_refused(self):
        root = Page.objects.get(depth=1)
        url, data = admin_add_form_data(
            self.client,
            root,
            HomePage,
            {"title": "Ny forside", "slug": "ny-forside", "body": streamfield([])},
        )
        data["locale"] = "nb"
        data["action-publish"] = "action-publish"
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertIn("Det finnes allerede en forside", response.content.decode())
        self.assertEqual(HomePage.objects.filter(locale__language_code="nb").count(), 1)

    def test_course_page(self):
        page = self.create(
            self.section,
            CoursePage,
            {
                "title": "Søk i bibliotekkatalogen",
                "summary": "Lær å søke smartere.",
                "topics": [self.topic.pk],
                "audiences": [self.audience.pk],
                "authors": self.authors(),
                "learning_goals": streamfield(
                    [("goal", "Kunne bruke avansert søk"), ("goal", "Kunne veilede lånere")]
                ),
                "level": "grunnleggende",
                "estimated_minutes": "60",
                "format": "samlinger",
                "contact_email": "kurs@vlfk.no",
                "external_url": "",
                "intro": streamfield(
                    [
                        ("text", rich_text("<p>Velkommen til kurset.</p>")),
                        (
                            "callout",
                            {"kind": "tips", "title": "Tips", "text": rich_text("<p>Øv.</p>")},
                        ),
                    ]
                ),
            },
            "sok-i-katalogen",
        )
        self.assertEqual(page.organisation, self.section)
        self.assertEqual(list(page.topics.all()), [self.topic])
        self.assertEqual(len(page.learning_goals), 2)
        self.assertEqual(page.authors[0].value["name"], "Ola Nordmann")
        self.assertIsNotNone(page.next_review)

    def test_lesson_page_with_every_lesson_block(self):
        answer = {"text": "", "correct": False, "feedback": "Nei."}
        page = self.create(
            self.course,
            LessonPage,
            {
                "title": "Boolske operatorer",
                "summary": "OG, ELLER og IKKE.",
                "authors": streamfield([]),
                "body": streamfield(
                    [
                        ("text", rich_text("<h2>Hva er boolsk søk?</h2><p>Søk med OG.</p>")),
                        (
                            "image",
                            {
                                "image": str(self.image.pk),
                                "alt_text": "Søkeskjerm",
                                "decorative": False,
                                "caption": "",
                            },
                        ),
                        (
                            "case",
                            {
                                "title": "Låneren finner ingenting",
                                "text": rich_text("<p>En låner søker på «bøker».</p>"),
                                "questions": listblock(["Hva gjør du?"]),
                            },
                        ),
                        (
                            "reflection",
                            {"heading": "Tenk over", "questions": listblock(["Hvordan søker du?"])},
                        ),
                        (
                            "quiz",
                            {
                                "question": "Hva gir flest treff?",
                                "answers": listblock(
                                    [
                                        {**answer, "text": "ELLER", "correct": True},
                                        {**answer, "text": "OG"},
                                    ]
                                ),
                            },
                        ),
                        (
                            "accordion",
                            {
                                "title": "Spørsmål",
                                "items": listblock(
                                    [{"question": "Trunkering?", "answer": rich_text("<p>*</p>")}]
                                ),
                            },
                        ),
                        ("checklist", {"title": "Husk", "items": listblock(["Stavemåte"])}),
                        (
                            "document",
                            {"document": str(self.document.pk), "title": "", "description": ""},
                        ),
                    ]
                ),
            },
            "boolske-operatorer",
        )
        self.assertEqual(page.organisation, self.section)
        self.assertEqual(
            [block.block_type for block in page.body],
            ["text", "image", "case", "reflection", "quiz", "accordion", "checklist", "document"],
        )

    def test_resource_page(self):
        page = self.create(
            self.section,
            ResourcePage,
            {
                "title": "Startpakke i samskaping",
                "summary": "Kom i gang med samskaping.",
                "topics": [self.topic.pk],
                "authors": self.authors(),
                "kind": "startpakke",
                "contact_email": "",
                "body": streamfield(
                    [
                        ("text", rich_text("<p>Innledning.</p>")),
                        (
                            "chapter",
                            {
                                "heading": "Hva er samskaping?",
                                "body": streamfield([("text", rich_text("<p>Sammen.</p>"))]),
                            },
                        ),
                        (
                            "chapter",
                            {
                                "heading": "Slik starter dere",
                                "body": streamfield([("text", rich_text("<p>Inviter.</p>"))]),
                            },
                        ),
                    ]
                ),
                "checklists": streamfield(
                    [("checklist", {"title": "Før møtet", "items": listblock(["Sett av tid"])})]
                ),
                "downloads": streamfield(
                    [
                        (
                            "document",
                            {"document": str(self.document.pk), "title": "Mal", "description": ""},
                        )
                    ]
                ),
            },
            "startpakke-samskaping",
        )
        self.assertEqual(page.organisation, self.section)
        self.assertEqual(
            [heading for _anchor, heading in page.table_of_contents()],
            ["Hva er samskaping?", "Slik starter dere"],
        )

    def test_initiative_page(self):
        page = self.create(
            self.section,
            InitiativePage,
            {
                "title": "Meråpent i Askvoll",
                "summary": "Et lite bibliotek med lange åpningstider.",
                "authors": self.authors(),
                "library": str(self.library.pk),
                "period_start": "2023-01-01",
                "period_end": "2023-12-31",
                "status": "avsluttet",
                "goals": rich_text("<p>Flere besøk.</p>"),
                "body": streamfield([("text", rich_text("<p>Vi bygde om inngangen.</p>"))]),
                "budget_nok": "250000",
                "staff_hours": "300",
                "resources_note": "",
                "results": rich_text("<p>Dobbelt så mange besøk.</p>"),
                "lessons_learned": rich_text("<p>Involver kommunen tidlig.</p>"),
                "contact_name": "Kari Nordmann",
                "contact_email": "kari@askvoll.kommune.no",
                "follow_ups": streamfield(
                    [
                        (
                            "follow_up",
                            {
                                "date": "2024-12-31",
                                "heading": "Ett år etter",
                                "text": rich_text("<p>Fortsatt populært.</p>"),
                            },
                        )
                    ]
                ),
                "related": streamfield([("page", str(self.course.pk))]),
            },
            "meraapent-askvoll",
        )
        self.assertEqual(page.organisation, self.section)
        self.assertEqual(page.library, self.library)
        self.assertEqual(page.period_end, datetime.date(2023, 12, 31))
        self.assertEqual(page.related[0].value.pk, self.course.pk)

    def test_content_page_in_nynorsk_section_gets_that_section(self):
        section_nn = self.section.copy_for_translation(Locale.objects.get(language_code="nn"))
        section_nn.save_revision().publish()
        page = self.create(
            section_nn,
            ResourcePage,
            {
                "title": "Handbok om bokprat",
                "summary": "Korleis halde bokprat.",
                "authors": streamfield([]),
                "kind": "handbok",
                "body": streamfield(
                    [
                        (
                            "chapter",
                            {
                                "heading": "Førebuing",
                                "body": streamfield([("text", rich_text("<p>Vel bøker.</p>"))]),
                            },
                        )
                    ]
                ),
                "checklists": streamfield([]),
                "downloads": streamfield([]),
            },
            "handbok-bokprat",
        )
        self.assertEqual(page.organisation, section_nn.page_ptr.specific)
        self.assertEqual(page.organisation.translation_key, self.section.translation_key)

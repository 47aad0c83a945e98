"""Found by others: sitemap.xml with hreflang, robots.txt, JSON-LD, Open Graph and Atom feeds."""

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from django.http import HttpResponse
from django.test import TestCase

from wagtail.models import Site

import feedparser
import wagtail_factories

from home.models import Topic
from home.structured_data import iso_duration
from tests.factories import publish
from tests.public_site import build_site

SITEMAP_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


class HeadParser(HTMLParser):
    """Collects <meta property>, <link rel> and JSON-LD scripts from a page."""

    def __init__(self):
        super().__init__()
        self.meta = {}
        self.links = []
        self.json_ld = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "property" in attrs:
            self.meta.setdefault(attrs["property"], []).append(attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data


def parse_head(response):
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


class PublicSiteTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.nb = cls.site["nb"]
        cls.nn = cls.site["nn"]

    def full(self, page):
        return page.get_full_url()

    @property
    def site_root(self):
        return Site.objects.get(is_default_site=True).root_url


class SitemapTests(PublicSiteTestCase):
    def setUp(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        self.assertIn("xml", response["Content-Type"])
        self.root = ET.fromstring(response.content)
        self.urls = {
            url.findtext("sm:loc", namespaces=SITEMAP_NS): {
                link.get("hreflang"): link.get("href")
                for link in url.findall("xhtml:link", SITEMAP_NS)
                if link.get("rel") == "alternate"
            }
            for url in self.root.findall("sm:url", SITEMAP_NS)
        }

    def test_covers_both_languages(self):
        for ns in (self.nb, self.nn):
            for page in (ns.home, ns.course, ns.lessons[0], ns.resource, ns.initiative):
                self.assertIn(self.full(page), self.urls)
        self.assertIn(self.full(self.nn.statement), self.urls)

    def test_hreflang_alternates_link_translations(self):
        nb_url, nn_url = self.full(self.nb.course), self.full(self.nn.course)
        expected = {"nb": nb_url, "nn": nn_url, "x-default": nb_url}
        self.assertEqual(self.urls[nb_url], expected)
        self.assertEqual(self.urls[nn_url], expected)
        self.assertEqual(
            self.urls[self.full(self.nb.statement)]["nn"], self.full(self.nn.statement)
        )

    def test_drafts_are_not_listed(self):
        locations = " ".join(self.urls)
        self.assertNotIn("/utkast/", locations)


class RobotsTests(PublicSiteTestCase):
    def test_robots_txt_points_at_the_sitemap(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/plain"))
        lines = response.content.decode().splitlines()
        self.assertIn("User-agent: *", lines)
        self.assertIn("Disallow: /admin/", lines)
        self.assertIn(f"Sitemap: {self.site_root}/sitemap.xml", lines)


class StructuredDataTests(PublicSiteTestCase):
    def json_ld(self, page):
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        scripts = parse_head(response).json_ld
        self.assertEqual(len(scripts), 1)
        return json.loads(scripts[0])

    def test_course_is_a_schema_org_course(self):
        data = self.json_ld(self.nb.course)
        self.assertEqual(data["@context"], "https://schema.org")
        self.assertEqual(data["@type"], "Course")
        self.assertEqual(data["name"], "Bokprat for alle")
        self.assertEqual(data["description"], "Lær å holde en bokprat for barn og voksne.")
        self.assertEqual(data["inLanguage"], "nb")
        self.assertEqual(data["timeRequired"], "PT1H30M")
        self.assertEqual(
            data["provider"],
            {
                "@type": "Organization",
                "name": "Innlandet fylkesbibliotek",
                "url": self.full(self.nb.section),
                "email": "post@fylkesbibliotek.no",
            },
        )
        self.assertEqual(data["hasCourseInstance"]["@type"], "CourseInstance")
        self.assertEqual(data["hasCourseInstance"]["courseMode"], "online")
        self.assertEqual(data["hasCourseInstance"]["courseWorkload"], "PT1H30M")
        self.assertEqual([part["position"] for part in data["hasPart"]], [1, 2])
        self.assertEqual(data["about"], [{"@type": "Thing", "name": "Bokprat"}])

    def test_nynorsk_course_says_nn(self):
        data = self.json_ld(self.nn.course)
        self.assertEqual(data["inLanguage"], "nn")
        self.assertEqual(data["url"], self.full(self.nn.course))

    def test_course_with_sessions_is_blended(self):
        self.nb.course.format = "samlinger"
        publish(self.nb.course)
        self.assertEqual(self.json_ld(self.nb.course)["hasCourseInstance"]["courseMode"], "blended")

    def test_resource_is_a_learning_resource(self):
        data = self.json_ld(self.nb.resource)
        self.assertEqual(data["@type"], "LearningResource")
        self.assertEqual(data["learningResourceType"], "Startpakke")
        self.assertEqual(data["publisher"]["name"], "Innlandet fylkesbibliotek")
        self.assertEqual(data["hasPart"], [{"@type": "CreativeWork", "name": "Kom i gang"}])

    def test_lesson_is_part_of_its_course(self):
        data = self.json_ld(self.nb.lessons[1])
        self.assertEqual(data["@type"], "LearningResource")
        self.assertEqual(data["isPartOf"]["url"], self.full(self.nb.course))
        self.assertEqual(data["position"], 2)

    def test_initiative_is_an_article(self):
        data = self.json_ld(self.nb.initiative)
        self.assertEqual(data["@type"], "Article")
        self.assertEqual(data["contentLocation"]["name"], "Hamar, Innlandet")

    def test_home_page_is_the_website_with_its_search(self):
        data = self.json_ld(self.nn.home)
        self.assertEqual(data["@type"], "WebSite")
        self.assertEqual(data["name"], "Kompetansebanken")
        self.assertEqual(data["inLanguage"], "nn")
        action = data["potentialAction"]
        self.assertEqual(action["@type"], "SearchAction")
        self.assertEqual(
            action["target"]["urlTemplate"], "http://localhost/nn/sok/?q={search_term_string}"
        )
        self.assertEqual(action["query-input"], "required name=search_term_string")

    def test_catalogs_and_topic_pages_are_collections(self):
        for page in (self.nb.course_index, self.nb.initiative_index, self.nb.topic_page):
            self.assertEqual(self.json_ld(page)["@type"], "CollectionPage")
        self.assertEqual(self.json_ld(self.nb.statement)["@type"], "WebPage")

    def test_script_end_tags_in_content_cannot_break_out(self):
        self.nb.course.title = "Kurs </script><script>alert(1)</script>"
        publish(self.nb.course)
        response = self.client.get(self.nb.course.url)
        self.assertNotIn("<script>alert(1)", response.content.decode())
        self.assertEqual(self.json_ld(self.nb.course)["name"], self.nb.course.title)

    def test_iso_durations(self):
        self.assertEqual(iso_duration(45), "PT45M")
        self.assertEqual(iso_duration(60), "PT1H")
        self.assertEqual(iso_duration(135), "PT2H15M")


class OpenGraphTests(PublicSiteTestCase):
    def test_course_has_open_graph_tags(self):
        head = parse_head(self.client.get(self.nb.course.url))
        self.assertEqual(head.meta["og:title"], ["Bokprat for alle"])
        self.assertEqual(head.meta["og:type"], ["article"])
        self.assertEqual(head.meta["og:url"], [self.full(self.nb.course)])
        self.assertEqual(head.meta["og:site_name"], ["Kompetansebanken"])
        self.assertEqual(head.meta["og:locale"], ["nb_NO"])
        self.assertEqual(head.meta["og:locale:alternate"], ["nn_NO"])
        self.assertEqual(
            head.meta["og:description"], ["Lær å holde en bokprat for barn og voksne."]
        )

    def test_listing_image_becomes_the_preview_image(self):
        self.nb.course.listing_image = wagtail_factories.ImageFactory(
            file__width=1600, file__height=1000
        )
        publish(self.nb.course)
        head = parse_head(self.client.get(self.nb.course.url))
        (image_url,) = head.meta["og:image"]
        self.assertTrue(image_url.startswith(self.site_root + "/"), image_url)
        self.assertEqual(head.meta["og:image:width"], ["1200"])
        self.assertEqual(head.meta["og:image:height"], ["630"])

    def test_canonical_and_hreflang_links(self):
        head = parse_head(self.client.get(self.nn.resource.url))
        canonical = [link["href"] for link in head.links if link.get("rel") == "canonical"]
        self.assertEqual(canonical, [self.full(self.nn.resource)])
        hreflang = {
            link["hreflang"]: link["href"]
            for link in head.links
            if link.get("rel") == "alternate" and "hreflang" in link
        }
        self.assertEqual(
            hreflang, {"nn": self.full(self.nn.resource), "nb": self.full(self.nb.resource)}
        )

    def test_other_pages_are_websites_with_a_canonical_url_without_filters(self):
        response = self.client.get(self.nb.course_index.url, {"topic": "bokprat", "side": "1"})
        head = parse_head(response)
        self.assertEqual(head.meta["og:type"], ["website"])
        self.assertNotIn("article:published_time", head.meta)
        canonical = [link["href"] for link in head.links if link.get("rel") == "canonical"]
        self.assertEqual(canonical, [self.full(self.nb.course_index)])
        for page in (self.nb.home, self.nn.topic_page, self.nn.statement, self.nb.section):
            head = parse_head(self.client.get(page.url))
            self.assertEqual(head.meta["og:title"], [page.title])
            self.assertEqual(head.meta["og:type"], ["website"])

    def test_every_content_type_has_tags(self):
        for page in (self.nb.lessons[0], self.nb.resource, self.nb.initiative):
            head = parse_head(self.client.get(page.url))
            self.assertEqual(head.meta["og:title"], [page.title])


class FeedTests(PublicSiteTestCase):
    def feed(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/atom+xml"))
        parsed = feedparser.parse(response.content)
        self.assertFalse(parsed.bozo, parsed.get("bozo_exception"))
        self.assertEqual(parsed.version, "atom10")
        return parsed

    def test_overall_feed_lists_new_content_in_the_language(self):
        parsed = self.feed("/nb/feed/")
        titles = [entry.title for entry in parsed.entries]
        self.assertEqual(
            sorted(titles),
            ["Bokprat for alle", "Bokprat på sykehjemmet", "Håndbok om bokprat", "Søketeknikker"],
        )
        self.assertEqual(parsed.feed.title, "Kompetansebanken: nytt innhold")
        course = next(entry for entry in parsed.entries if entry.title == "Bokprat for alle")
        self.assertEqual(course.link, self.full(self.nb.course))
        self.assertEqual(course.summary, "Lær å holde en bokprat for barn og voksne.")
        self.assertEqual(course.author, "Innlandet fylkesbibliotek")
        self.assertEqual([tag.term for tag in course.tags], ["Bokprat"])
        self.assertIsNotNone(course.published_parsed)
        self.assertIsNotNone(course.updated_parsed)

    def test_nynorsk_feed_has_nynorsk_pages(self):
        titles = [entry.title for entry in self.feed("/nn/feed/").entries]
        self.assertIn("Bokprat for alle (nynorsk)", titles)
        self.assertNotIn("Bokprat for alle", titles)

    def test_newest_first(self):
        publish(self.nb.resource)
        self.nb.initiative.first_published_at = None
        self.nb.initiative.save()
        publish(self.nb.initiative)
        titles = [entry.title for entry in self.feed("/nb/feed/").entries]
        self.assertEqual(titles[0], "Bokprat på sykehjemmet")

    def test_topic_feed_lists_only_that_topic(self):
        parsed = self.feed("/nb/feed/tema/bokprat/")
        titles = sorted(entry.title for entry in parsed.entries)
        self.assertEqual(
            titles, ["Bokprat for alle", "Bokprat på sykehjemmet", "Håndbok om bokprat"]
        )
        self.assertEqual(parsed.feed.title, "Kompetansebanken: nytt om Bokprat")
        self.assertEqual(parsed.feed.link, self.full(self.nb.topic_page))

    def test_topic_pages_link_to_their_feed(self):
        for ns in (self.nb, self.nn):
            head = parse_head(self.client.get(ns.topic_page.url))
            feeds = [
                link["href"] for link in head.links if link.get("type") == "application/atom+xml"
            ]
            self.assertIn(f"/{ns.code}/feed/tema/bokprat/", feeds)
            self.feed(f"/{ns.code}/feed/tema/bokprat/")

    def test_untranslated_topic_falls_back_to_its_slug(self):
        games = Topic.objects.create(
            name="Spillformidling", slug="spill", locale=self.nb.home.locale
        )
        self.nn.course.topics.add(games)
        publish(self.nn.course)
        parsed = self.feed("/nn/feed/tema/spill/")
        self.assertEqual([entry.title for entry in parsed.entries], ["Bokprat for alle (nynorsk)"])

    def test_unknown_topic_is_404(self):
        response = self.client.get("/nb/feed/tema/finnes-ikke/")
        self.assertEqual(response.status_code, 404)

    def test_drafts_never_appear(self):
        for url in ("/nb/feed/", "/nb/feed/tema/bokprat/"):
            self.assertNotIn(self.nb.draft.title, self.client.get(url).content.decode())

    def test_pages_link_to_the_feed(self):
        for page, language in ((self.nb.home, "nb"), (self.nn.course, "nn")):
            head = parse_head(self.client.get(page.url))
            feeds = [
                link["href"] for link in head.links if link.get("type") == "application/atom+xml"
            ]
            self.assertIn(f"/{language}/feed/", feeds)

    def test_summary_keeps_special_characters(self):
        self.nb.course.summary = "Tekst <b>med</b> & tegn"
        publish(self.nb.course)
        entry = next(
            entry for entry in self.feed("/nb/feed/").entries if entry.title == self.nb.course.title
        )
        self.assertIn("& tegn", entry.summary)


class ForgedHostTests(PublicSiteTestCase):
    """Absolute URLs come from the Wagtail Site: a forged Host header never reaches them."""

    FORGED = "evil.example"

    def get(self, url):
        response = self.client.get(url, headers={"host": self.FORGED})
        self.assertEqual(response.status_code, 200, url)
        return response.content.decode()

    def assert_no_forged_host(self, body):
        self.assertNotIn(self.FORGED, body)
        self.assertIn(self.site_root, body)

    def test_robots_txt(self):
        self.assert_no_forged_host(self.get("/robots.txt"))

    def test_sitemap(self):
        self.assert_no_forged_host(self.get("/sitemap.xml"))

    def test_feeds(self):
        for url in ("/nb/feed/", "/nn/feed/", "/nb/feed/tema/bokprat/"):
            body = self.get(url)
            self.assert_no_forged_host(body)
            parsed = feedparser.parse(body)
            self.assertTrue(parsed.feed.link.startswith(self.site_root), url)
            self.assertTrue(parsed.feed.id.startswith(self.site_root), url)
            for entry in parsed.entries:
                self.assertTrue(entry.link.startswith(self.site_root), entry.link)

    def test_preview_image_and_canonical_links(self):
        self.nb.course.listing_image = wagtail_factories.ImageFactory(
            file__width=1600, file__height=1000
        )
        publish(self.nb.course)
        body = self.get(self.nb.course.url)
        self.assert_no_forged_host(body)
        head = parse_head(HttpResponse(body))
        (image_url,) = head.meta["og:image"]
        self.assertTrue(image_url.startswith(self.site_root + "/"), image_url)

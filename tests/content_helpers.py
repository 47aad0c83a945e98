"""Helpers for the content-model tests: a small page tree, media, and admin form data."""

import datetime
from types import SimpleNamespace

from django.http import Http404
from django.urls import Resolver404, resolve, reverse
from django.utils import translation

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html

from tests import factories


class I18nPageTestCase(WagtailPageTestCase):
    """WagtailPageTestCase whose routing check understands our /nb/ and /nn/ prefixes.

    Wagtail's own `assertPageIsRoutable` routes the full path, language prefix included, from
    the site root, which never matches under `i18n_patterns`. This version resolves the URL as
    Django does (in the page's language) and routes the remaining path from that language's
    home page.
    """

    def assertPageIsRoutable(self, page, route_path="/", msg=None):
        path = page.get_url(self.dummy_request)
        with translation.override(page.locale.language_code):
            try:
                match = resolve(path)
                served_path = match.args[0] if match.args else match.kwargs.get("path", "")
                components = [part for part in served_path.split("/") if part]
                routed = page.get_site().root_page.localized.specific.route(
                    self.dummy_request, components
                )
            except (Http404, Resolver404) as error:
                raise self.failureException(
                    self._formatMessage(msg, f"{page} is not routable at {path}: {error!r}")
                ) from error
        if routed[0].pk != page.pk:
            raise self.failureException(
                self._formatMessage(msg, f"{path} routes to {routed[0]}, not {page}")
            )


def build_tree(code="nb"):
    """Home → section → course with three lessons, a resource, an initiative; topic pages."""
    home = factories.home(code)
    topic = factories.TopicFactory(name="Bokprat", slug="bokprat", locale=factories.locale(code))
    other_topic = factories.TopicFactory(name="Søk", slug="sok", locale=factories.locale(code))
    audience = factories.AudienceFactory(
        name="Alle bibliotekansatte", slug="alle", locale=factories.locale(code)
    )
    section = factories.ContributorPageFactory(parent=home, title="Innlandet fylkesbibliotek")
    course = factories.CoursePageFactory(parent=section, title="Bokprat for alle")
    course.topics.set([topic])
    course.audiences.set([audience])
    course.save_revision().publish()
    lessons = [factories.LessonPageFactory(parent=course, title=f"Del {n}") for n in range(1, 4)]
    for lesson in lessons:
        lesson.save_revision().publish()
    resource = factories.ResourcePageFactory(parent=section, title="Håndbok om bokprat")
    resource.topics.set([topic])
    resource.save_revision().publish()
    initiative = factories.InitiativePageFactory(
        parent=section, title="Bokprat på sykehjem", period_end=datetime.date(2024, 12, 31)
    )
    initiative.topics.set([topic])
    initiative.save_revision().publish()
    topic_page = factories.TopicPageFactory(parent=home, title="Bokprat", topic=topic)
    return SimpleNamespace(
        home=home,
        topic=topic,
        other_topic=other_topic,
        audience=audience,
        section=section,
        course=course,
        lessons=lessons,
        resource=resource,
        initiative=initiative,
        topic_page=topic_page,
        standard=factories.StandardPageFactory(parent=home, title="Om oss"),
        course_index=factories.CourseIndexPageFactory(parent=home),
        resource_index=factories.ResourceIndexPageFactory(parent=home),
        initiative_index=factories.InitiativeIndexPageFactory(parent=home),
    )


def listblock(items):
    """Form data for a ListBlock: a list of child values."""
    data = {"count": str(len(items))}
    for index, value in enumerate(items):
        data[str(index)] = {"value": value, "deleted": "", "order": str(index), "id": ""}
    return data


def admin_add_form_data(client, parent, model, fields):
    """The admin's add form as a browser would send it: its own inputs, overlaid with ours.

    StreamFields render no inputs (the admin's JavaScript builds them), so `fields` carries them
    as `streamfield(...)` data.
    """
    url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    form = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data = {key: values[-1] for key, values in form.lists()}
    data.update(nested_form_data(fields))
    # Multiple-choice fields (topics, audiences) are lists: keep them as lists.
    for key, value in fields.items():
        if isinstance(value, list | tuple) and all(not isinstance(v, dict) for v in value):
            data[key] = [str(v) for v in value]
            for flat_key in [k for k in data if k.startswith(f"{key}-")]:
                del data[flat_key]
    return url, data

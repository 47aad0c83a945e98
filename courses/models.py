"""Courses (nettkurs) with ordered lessons, learning resources, and their catalog pages."""

from functools import cached_property

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from courses.blocks import LessonContentBlock, ResourceContentBlock, chapter_anchor
from courses.choices import Format, Level, ResourceKind
from courses.filters import CourseFilterSet, ResourceFilterSet
from home.api_fields import content_api_fields, display
from home.blocks import BaseContentBlock, ChecklistBlock, DocumentBlock
from home.models import CatalogPage, ContentPage
from home.structured_data import iso_duration

# schema.org courseMode of each course format.
COURSE_MODES = {Format.SELF_STUDY: "online", Format.SESSIONS: "blended", Format.WEBINAR: "online"}


class CoursePage(ContentPage):
    """An online course (nettkurs): learning goals, practical facts and ordered lessons."""

    learning_goals = StreamField(
        [("goal", blocks.CharBlock(label=_("Læringsmål"), max_length=300))],
        verbose_name=_("læringsmål"),
        help_text=_("Hva deltakeren kan etter kurset, ett mål per punkt."),
    )
    level = models.CharField(_("nivå"), max_length=20, choices=Level.choices)
    estimated_minutes = models.PositiveIntegerField(
        _("beregnet tid (minutter)"),
        help_text=_("Omtrent hvor lang tid kurset tar."),
        validators=[MinValueValidator(1, _("Beregnet tid må være minst ett minutt."))],
    )
    format = models.CharField(_("form"), max_length=20, choices=Format.choices)
    contact_email = models.EmailField(_("e-post for kontakt"))
    external_url = models.URLField(
        _("ekstern adresse"),
        blank=True,
        help_text=_("Fyll ut hvis kurset ligger på et annet nettsted. Da er leksjoner valgfrie."),
    )
    intro = StreamField(BaseContentBlock(), verbose_name=_("introduksjon"), blank=True)

    content_panels = (
        ContentPage.content_panels
        + ContentPage.shared_panels
        + [
            FieldPanel("learning_goals"),
            MultiFieldPanel(
                [
                    FieldPanel("level"),
                    FieldPanel("estimated_minutes"),
                    FieldPanel("format"),
                    FieldPanel("contact_email"),
                    FieldPanel("external_url"),
                ],
                heading=_("Om kurset"),
            ),
            FieldPanel("intro"),
        ]
        + ContentPage.review_panels
    )
    search_fields = ContentPage.search_fields + [
        index.SearchField("learning_goals"),
        index.SearchField("intro"),
        index.FilterField("level"),
        index.FilterField("format"),
    ]
    api_fields = content_api_fields() + [
        APIField("learning_goals"),
        APIField("level"),
        display("level"),
        APIField("estimated_minutes"),
        APIField("format"),
        display("format"),
        APIField("contact_email"),
        APIField("external_url"),
        APIField("intro"),
    ]

    parent_page_types = ["home.ContributorPage"]
    subpage_types = ["courses.LessonPage"]

    type_key = "nettkurs"
    filterset_class = CourseFilterSet
    topic_facets = ("format", "niva", "tid")
    schema_type = "Course"

    class Meta:
        verbose_name = _("nettkurs")
        verbose_name_plural = _("nettkurs")

    def get_lessons(self):
        return LessonPage.objects.live().child_of(self).order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = list(self.get_lessons().only("id", "title", "slug", "url_path"))
        return context

    def get_structured_data(self, request, context):
        data = super().get_structured_data(request, context)
        duration = iso_duration(self.estimated_minutes)
        data.update(
            {
                "provider": self.publisher_data(request),
                "timeRequired": duration,
                "educationalLevel": str(self.get_level_display()),
                "isAccessibleForFree": True,
                "hasCourseInstance": {
                    "@type": "CourseInstance",
                    "courseMode": COURSE_MODES.get(self.format, "online"),
                    "courseWorkload": duration,
                    "inLanguage": self.locale.language_code,
                },
            }
        )
        goals = [block.value for block in self.learning_goals]
        if goals:
            data["teaches"] = goals
        if self.external_url:
            data["sameAs"] = self.external_url
        lessons = context.get("lessons") or ()
        if lessons:
            data["hasPart"] = [
                {
                    "@type": "LearningResource",
                    "name": lesson.title,
                    "url": lesson.get_full_url(request),
                    "position": position,
                }
                for position, lesson in enumerate(lessons, start=1)
            ]
        return data


class LessonPage(ContentPage):
    """One lesson of a course, shown as «Leksjon 3 av 7» with previous and next links."""

    body = StreamField(LessonContentBlock(), verbose_name=_("innhold"))

    content_panels = (
        ContentPage.content_panels
        + [
            FieldPanel("summary"),
            FieldPanel("body"),
            FieldPanel("authors"),
        ]
        + ContentPage.review_panels
    )
    search_fields = ContentPage.search_fields + [index.SearchField("body")]
    api_fields = content_api_fields() + [APIField("body")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    type_key = "leksjon"
    listed = False
    schema_type = "LearningResource"

    class Meta:
        verbose_name = _("leksjon")
        verbose_name_plural = _("leksjoner")

    @cached_property
    def course(self):
        """The course this lesson belongs to."""
        parent = self.get_parent()
        return parent.specific if parent else None

    def get_course(self):
        return self.course

    def get_topic_source(self):
        course = self.get_course()
        return course if isinstance(course, CoursePage) else self

    def get_related_exclusions(self):
        course = self.get_course()
        return {self.pk, course.pk if course else None}

    def get_contact_email(self):
        course = self.get_course()
        if isinstance(course, CoursePage):
            return course.get_contact_email()
        return super().get_contact_email()

    def get_authors(self):
        """The lesson's own authors, else the course's."""
        course = self.get_course()
        if not self.authors and isinstance(course, CoursePage):
            return course.authors
        return self.authors

    def lesson_position(self):
        """(the course's lessons in order, index of this lesson) with one query.

        The course's live lessons in tree order (the order editors set by moving pages), plus
        this lesson where it is not live yet (a preview shows it in its place).
        """
        siblings = [
            lesson
            for lesson in LessonPage.objects.live()
            .sibling_of(self, inclusive=True)
            .order_by("path")
            .only("id", "title", "slug", "url_path", "path")
            if lesson.pk != self.pk
        ]
        siblings.append(self)
        siblings.sort(key=lambda lesson: lesson.path)
        return siblings, siblings.index(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        siblings, position = self.lesson_position()
        context["course"] = self.get_course()
        context["lessons"] = siblings
        context["lesson_number"] = position + 1
        context["lesson_count"] = len(siblings)
        context["previous_lesson"] = siblings[position - 1] if position > 0 else None
        context["next_lesson"] = siblings[position + 1] if position + 1 < len(siblings) else None
        return context

    def get_structured_data(self, request, context):
        data = super().get_structured_data(request, context)
        data["learningResourceType"] = "Leksjon"
        data["isAccessibleForFree"] = True
        data["publisher"] = self.publisher_data(request)
        course = context.get("course")
        if course is not None:
            data["isPartOf"] = {
                "@type": "Course",
                "name": course.title,
                "url": course.get_full_url(request),
            }
        if context.get("lesson_number"):
            data["position"] = context["lesson_number"]
        return data


class ResourcePage(ContentPage):
    """A learning resource: starter pack, handbook, toolkit or guide, in chapters."""

    kind = models.CharField(_("type"), max_length=20, choices=ResourceKind.choices)
    body = StreamField(ResourceContentBlock(), verbose_name=_("kapitler"))
    downloads = StreamField(
        [("document", DocumentBlock())], verbose_name=_("nedlastinger"), blank=True
    )
    checklists = StreamField(
        [("checklist", ChecklistBlock())], verbose_name=_("sjekklister"), blank=True
    )
    contact_email = models.EmailField(_("e-post for kontakt"), blank=True)

    content_panels = (
        ContentPage.content_panels
        + ContentPage.shared_panels
        + [
            FieldPanel("kind"),
            FieldPanel("contact_email"),
            FieldPanel("body"),
            FieldPanel("checklists"),
            FieldPanel("downloads"),
        ]
        + ContentPage.review_panels
    )
    search_fields = ContentPage.search_fields + [
        index.SearchField("body"),
        index.SearchField("checklists"),
        index.SearchField("downloads"),
        index.FilterField("kind"),
    ]
    api_fields = content_api_fields() + [
        APIField("kind"),
        display("kind"),
        APIField("contact_email"),
        APIField("body"),
        APIField("checklists"),
        APIField("downloads"),
    ]

    parent_page_types = ["home.ContributorPage"]
    subpage_types = []

    type_key = "ressurs"
    filterset_class = ResourceFilterSet
    schema_type = "LearningResource"

    class Meta:
        verbose_name = _("læringsressurs")
        verbose_name_plural = _("læringsressurser")

    def table_of_contents(self):
        """(anchor, heading) for each chapter block, in order."""
        return [
            (chapter_anchor(block.value["heading"]), block.value["heading"])
            for block in self.body
            if block.block_type == "chapter"
        ]

    def clean(self):
        super().clean()
        if self.body is not None and not any(b.block_type == "chapter" for b in self.body):
            raise ValidationError({"body": _("En læringsressurs må ha minst ett kapittel.")})

    def get_structured_data(self, request, context):
        data = super().get_structured_data(request, context)
        data["learningResourceType"] = str(self.get_kind_display())
        data["isAccessibleForFree"] = True
        data["publisher"] = self.publisher_data(request)
        chapters = [heading for _anchor, heading in self.table_of_contents()]
        if chapters:
            data["hasPart"] = [{"@type": "CreativeWork", "name": heading} for heading in chapters]
        return data


class CourseIndexPage(CatalogPage):
    """«Nettkurs»: every course from every organisation."""

    listed_model = CoursePage

    class Meta:
        verbose_name = _("katalog over nettkurs")


class ResourceIndexPage(CatalogPage):
    """«Læringsressurser»: every learning resource from every organisation."""

    listed_model = ResourcePage

    class Meta:
        verbose_name = _("katalog over læringsressurser")

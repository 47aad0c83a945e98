"""Who belongs where: the contributing organisations, their sections and their teams."""

from django.contrib.auth.models import Group
from django.utils.translation import gettext as _

from wagtail.models import Page

# The fifteen county libraries and the National Library (see DOMAIN.md).
COUNTY_LIBRARIES = [
    "Agder fylkesbibliotek",
    "Akershus fylkesbibliotek",
    "Buskerud fylkesbibliotek",
    "Finnmark fylkesbibliotek",
    "Innlandet fylkesbibliotek",
    "Møre og Romsdal fylkesbibliotek",
    "Nordland fylkesbibliotek",
    "Oslo fylkesbibliotek",
    "Rogaland fylkesbibliotek",
    "Telemark fylkesbibliotek",
    "Troms fylkesbibliotek",
    "Trøndelag fylkesbibliotek",
    "Vestfold fylkesbibliotek",
    "Vestland fylkesbibliotek",
    "Østfold fylkesbibliotek",
]
NATIONAL_LIBRARY = "Nasjonalbiblioteket"
ORGANISATIONS = [*COUNTY_LIBRARIES, NATIONAL_LIBRARY]

RESOURCE_GROUP = "Ressursgruppen"
TRANSLATORS = "Oversettere"
WORKFLOW_NAME = "Publisering i Kompetansebanken"
COUNTY_TASK_NAME = "Gjennomgang i fylkesbiblioteket"
FINAL_TASK_NAME = "Godkjenning i Ressursgruppen"


def editors_group_name(organisation):
    return f"{organisation}: redaktører"


def reviewers_group_name(organisation):
    return f"{organisation}: godkjennere"


def section_for(page):
    """The contributor section a page sits in (the page itself if it is one), or None."""
    from home.models import ContributorPage

    if page is None or not page.path:
        return None
    step = Page.steplen
    paths = [page.path[:n] for n in range(step, len(page.path) + 1, step)]
    return ContributorPage.objects.filter(path__in=paths).order_by("-depth").first()


def team_for_section(section):
    """The editorial team of a section, in any locale (translations share the key)."""
    from workflows.models import EditorialTeam

    if section is None:
        return None
    team = EditorialTeam.objects.filter(section_key=section.translation_key).first()
    if team is None:
        team = EditorialTeam.objects.filter(name=section.title, section_key__isnull=True).first()
    return team


def team_for_page(page):
    return team_for_section(section_for(page))


def is_county_section(section):
    return section is not None and section.kind == section.KIND_COUNTY


def section_without_team(page):
    """The county section a page sits in, when no editorial team is linked to it; else None.

    Such a page cannot go through the county step: its workflow must stop, not skip the step.
    """
    section = section_for(page)
    if is_county_section(section) and team_for_section(section) is None:
        return section
    return None


def missing_team_message(section):
    return _(
        "Seksjonen «%(section)s» er ikke knyttet til en redaksjon med godkjennere i "
        "fylkesbiblioteket, så siden kan ikke sendes til gjennomgang. Utkastet er lagret. "
        "Be Ressursgruppen eller en administrator om å rette opp seksjonen."
    ) % {"section": section.title}


def user_in_group(user, group_id):
    """Whether the user is in the group, cached on the user object for the request."""
    if group_id is None or not user.is_authenticated:
        return False
    cache = user.__dict__.setdefault("_kb_group_ids", None)
    if cache is None:
        cache = set(user.groups.values_list("id", flat=True))
        user.__dict__["_kb_group_ids"] = cache
    return group_id in cache


def is_resource_group_member(user):
    if not user.is_authenticated:
        return False
    group = Group.objects.filter(name=RESOURCE_GROUP).first()
    return user.is_superuser or (group is not None and user_in_group(user, group.pk))


def reviewer_teams(user):
    """The teams in whose reviewer group the user is."""
    from workflows.models import EditorialTeam

    if not user.is_authenticated:
        return EditorialTeam.objects.none()
    return EditorialTeam.objects.filter(reviewers__in=user.groups.all())


def section_paths(teams):
    """Tree paths of the sections (every locale) of the given teams."""
    from home.models import ContributorPage

    keys = [team.section_key for team in teams if team.section_key]
    return list(
        ContributorPage.objects.filter(translation_key__in=keys).values_list("path", flat=True)
    )

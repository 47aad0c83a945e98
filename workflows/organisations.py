"""Who belongs where: the contributing organisations, their sections and their teams."""

from django.contrib.auth.models import Group
from django.utils.translation import gettext as _

from home.counties import County
from home.models import ContributorPage

# The fifteen county libraries and the National Library.
COUNTY_LIBRARIES = [county.library_name for county in County]
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


def group_ids(user):
    """The ids of the user's groups, kept on the user object for the request."""
    if "kb_group_ids" not in user.__dict__:
        user.__dict__["kb_group_ids"] = set(user.groups.values_list("id", flat=True))
    return user.__dict__["kb_group_ids"]


def is_county_section(section):
    return section is not None and section.kind == ContributorPage.Kind.COUNTY_LIBRARY


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
    return group_id in group_ids(user)


def is_resource_group_member(user):
    if not user.is_authenticated:
        return False
    group = Group.objects.filter(name=RESOURCE_GROUP).first()
    return user.is_superuser or (group is not None and user_in_group(user, group.pk))


def section_paths(teams):
    """Tree paths of the sections (every locale) of the given teams."""
    keys = [team.section_key for team in teams if team.section_key]
    return list(
        ContributorPage.objects.filter(translation_key__in=keys).values_list("path", flat=True)
    )

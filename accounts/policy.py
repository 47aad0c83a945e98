"""Who must sign in with a second factor, and whether this session has passed it."""

from django.contrib.auth.models import Group
from django.db.models import Q

from django_otp import user_has_device

from workflows.models import EditorialTeam
from workflows.organisations import ORGANISATIONS, RESOURCE_GROUP, reviewers_group_name


def approver_groups():
    """Ressursgruppen and every organisation's reviewers (`<Organisation>: godkjennere`)."""
    names = [RESOURCE_GROUP, *(reviewers_group_name(org) for org in ORGANISATIONS)]
    return Group.objects.filter(
        Q(name__in=names) | Q(pk__in=EditorialTeam.objects.values("reviewers"))
    )


def second_factor_required(user):
    """Superusers, Ressursgruppen and the county reviewers may not work without one."""
    if not user.is_authenticated:
        return False
    cached = user.__dict__.get("_kb_second_factor_required")
    if cached is None:
        cached = user.is_superuser or user.groups.filter(pk__in=approver_groups()).exists()
        user.__dict__["_kb_second_factor_required"] = cached
    return cached


def has_second_factor(user):
    return user.is_authenticated and user_has_device(user, confirmed=True)


def is_verified(user):
    """Whether this session passed a second factor (django-otp's `otp_device_id`)."""
    return user.is_authenticated and user.is_verified()

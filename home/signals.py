"""Keep each content page's organisation right when pages move between sections."""

from django.dispatch import receiver

from wagtail.signals import page_published, post_page_move

from home.models import ContentPage, default_next_review


def _content_descendants(page):
    for descendant in page.get_descendants(inclusive=True).specific():
        if isinstance(descendant, ContentPage):
            yield descendant


@receiver(post_page_move)
def update_organisation_after_move(sender, instance, **kwargs):
    for page in _content_descendants(instance):
        organisation = page.get_organisation()
        if page.organisation_id != (organisation.pk if organisation else None):
            type(page).objects.filter(pk=page.pk).update(organisation=organisation)


@receiver(page_published)
def set_next_review_on_publish(sender, instance, **kwargs):
    """A page published without a review date gets one 12 months ahead."""
    if isinstance(instance, ContentPage) and not instance.next_review:
        next_review = default_next_review()
        type(instance).objects.filter(pk=instance.pk).update(next_review=next_review)
        instance.next_review = next_review

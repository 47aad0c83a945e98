"""Template filters for describing libraries the way «Bibliotek som ligner ditt» compares them."""

from django import template

from initiatives.similar import population_band

register = template.Library()


@register.filter
def population_band_label(population):
    """«5 000–20 000» for a population of 7 600; empty when unknown."""
    band = population_band(population)
    return band.label if band else ""

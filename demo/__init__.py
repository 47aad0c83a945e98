"""Demo content for Kompetansebanken: text as Python data, media generated locally.

`python manage.py seed_demo` builds it (see `demo.builder`); nothing here uses the network.
"""

"""Nynorsk demo text: translations of Bokmål pages (same slugs) and Nynorsk originals."""

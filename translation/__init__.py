"""Bokmål ↔ Nynorsk: Apertium machine translation, the Målform report, "not translated" notes
and the route that sends translations through the publishing workflow."""

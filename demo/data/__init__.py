"""The demo text. Bokmål originals here; Nynorsk in `demo.data.nn`."""

"""The demo text. Bokmål originals here; Nynorsk in `home.demo.data.nn`."""

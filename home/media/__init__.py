"""Media in object storage: upload validation, storage-safe upload forms, signed URLs, renditions.

See docs/media.md for the storage layout and the settings.
"""

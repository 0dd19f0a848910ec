"""The chat UI's widgets, one per file."""

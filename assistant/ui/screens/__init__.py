"""The chat UI's screens."""

"""The Textual chat UI (`newsqa` / `newsqa chat`)."""

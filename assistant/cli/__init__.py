"""The `newsqa` command line: a thin click layer over `assistant.Assistant`."""

from assistant.cli.main import main

__all__ = ["main"]

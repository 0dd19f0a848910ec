"""The fronts beyond the terminal: `newsqa serve` (HTTP, OpenAI-compatible) and `newsqa mcp`."""

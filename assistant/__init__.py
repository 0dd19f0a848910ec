"""newsqa's assistant: retrieval, cited answers, conversations, and the fronts built on them."""

from assistant.api import Assistant, Conversation
from assistant.types import Answer, Citation, Passage

__all__ = ["Answer", "Assistant", "Citation", "Conversation", "Passage"]

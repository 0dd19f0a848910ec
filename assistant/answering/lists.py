"""Whether a question asks for several things at once ("list every area he floated", "which
countries"): its answer then tells as many as its sentences say."""

from __future__ import annotations

import re

from assistant.answering.asking import asking_clause
from assistant.answering.yes_no_asked import asked_as_yes_no

# "List every area", "what are all the reasons", "name each of them", "give me the list": an
# answer of several things, told in as many sentences as say them
LIST_ASKED = re.compile(
    r"\b(?:list|listed|every|each\s+of|all\s+(?:of\s+)?(?:the\s+)?(?:[a-z]+\s+)?[a-z]+s|"
    r"name\s+(?:them\s+)?all|what\s+else)\b",
    re.I,
)


def asks_for_list(question: str) -> bool:
    """Whether a question asks for several things at once ("list every area he floated")."""
    if asked_as_yes_no(question):  # ("did all the players show up")
        return False
    clause = asking_clause(question)
    if LIST_ASKED.search(clause):
        return True
    # "which countries", "what other schools": a kind asked for in the plural
    kind = re.match(
        r"\s*(?:which|what)\s+(?:other\s+|two\s+|three\s+|four\s+)?([a-z]+)\b", clause, re.I
    )
    return kind is not None and PLURAL_KIND.fullmatch(kind.group(1).lower()) is not None


PLURAL_KIND = re.compile(
    r"(?!(?:does|goes|has|was|news|series|species|means|sports|politics|economics|odds)$)"
    r"[a-z]{3,}(?<![su]s)(?<!is)s|people|children|men|women"
)

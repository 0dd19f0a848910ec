"""Whether someone commented or responded, as a yes/no question asks it and as a story tells
it: "has uber commented on the suits": "Uber told TechCrunch it cannot comment on pending
litigation"; "did roblox respond": "a Roblox spokesperson revealed the company is looking into
Gellar's complaint"."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from assistant.answering.candidates import Candidate
from assistant.answering.features import named_before, owner_words
from assistant.types import Passage
from index.terms import content_words

RESPONSE_ASKED = re.compile(
    r"^\s*(?:so\s+|and\s+|but\s+)?(?:has|have|had|did|does|do)\s+(?P<owner>.+?)\s+"
    r"(?:ever\s+|publicly\s+|officially\s+|actually\s+|even\s+|yet\s+|already\s+)?"
    r"(?:commented|comment|responded|respond|reacted|react|replied|reply|said\s+anything|"
    r"say\s+anything|made\s+a\s+statement|make\s+a\s+statement|issued\s+a\s+statement|"
    r"issue\s+a\s+statement|weighed\s+in|weigh\s+in|spoken\s+out|speak\s+out)\b",
    re.I,
)
# Told no comment: "declined to comment", "did not immediately respond to a request", "cannot
# comment on pending litigation"
NO_RESPONSE = re.compile(
    r"\b(?:declined|refused)\s+to\s+(?:comment|respond|specify|elaborate|discuss)|"
    r"\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t)\s+"
    r"(?:yet\s+|immediately\s+)?(?:respond(?:ed)?|comment(?:ed)?|return(?:ed)?|repl(?:y|ied))\b|"
    r"\b(?:could\s+not|couldn['’]t|cannot|can['’]t)\s+(?:be\s+reached|comment)\b|"
    r"\bno\s+comment\b|\bnot\s+(?:immediately\s+)?available\s+for\s+comment\b",
    re.I,
)
# Told a response: "In a statement to The Independent, a Roblox spokesperson revealed …"
RESPONDED = re.compile(
    r"\bin\s+a\s+statement\b|\bspokes(?:person|man|woman)\s+(?:\w+\s+)?(?:said|says|told|"
    r"confirmed|revealed|added|responded)\b|\bresponded\s+(?:to|by|with|in)\b|"
    r"\bsaid\s+in\s+a\s+(?:statement|post|blog)\b",
    re.I,
)


def response_told(
    question: str,
    sentences: Sequence[Candidate],
    passages: Sequence[Passage],
    names: Mapping[str, str] | None = None,
) -> tuple[Candidate, bool] | None:
    """The first sentence telling that the one the question asks about responded, or gave no
    comment, and which; None if none does. The one asked about is named in the sentence, just
    before it or in its headline. (One may comment on one thing and decline on another: the
    `sentences` come most relevant first.)"""
    asked = RESPONSE_ASKED.search(question)
    if asked is None:
        return None
    owner = owner_words(content_words(asked.group("owner")), names)
    if not owner:
        return None
    for c in sentences:
        declined = NO_RESPONSE.search(c.text)
        if declined is None and RESPONDED.search(c.text) is None:
            continue
        if named_before(owner, c, passages[c.passage], len(c.text)):
            return c, declined is None
    return None

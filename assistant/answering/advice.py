"""Requests for personal advice or instructions ("how do i get rid of fruit flies", "a banana
bread recipe"): news answers them only from a sentence on the very thing asked about."""

from __future__ import annotations

import re

from index.terms import content_words, families, family

ADVICE = re.compile(
    r"^\s*(?:how\s+(?:do|can|should|would|could)\s+(?:i|we)\b"
    r"|(?:can|could|would)\s+you\s+(?:recommend|suggest|help|write|teach|tell\s+me\s+how\s+to)\b"
    r"|(?:what|which)\s+can\s+i\b|(?:what(?:'s|’s|\s+is)\s+the\s+)?best\s+way\s+to\b)"
    r"|\brecipes?\b|\btips\s+(?:for|on|to)\b"
    # Something made for the one asking, "give me a plan for dinner"; not a request for what the
    # articles say: "give me all the cities that will have teams", "can u tell me how many
    # tackles he made", "give me melissa lucashenko's first book"
    r"|\b(?:give|show|share\s+with)\s+(?:me|us)\s+(?:a|an|some|any|your)\b(?!\s+(?:list|rundown|"
    r"summary|breakdown|recap|quick\s+(?:summary|rundown|recap))\b)"
    r"|\bhelp\s+me\b(?!\s+(?:understand|find|figure|work\s+out|make\s+sense))"
    r"|\b(?:explain|teach\s+me|show\s+me)\s+how\s+(?:to|i|you)\b"
    # a piece of writing asked for: "write me a python function that …", "draft an email"
    r"|^\s*(?:please\s+)?(?:write|draft|compose|code|generate)\s+(?:me\s+|us\s+)?(?:a|an|some)\b",
    re.I,
)
# The words of the request, not of what it is about: "an easy …", "the best way to", "get rid
# of", "give me a plan … without eggs". (What it asks for, "a recipe", "tips", must be said: a
# piece that names pumpkin pie among Thanksgiving favourites gives no recipe for it.)
REQUEST_WORDS = frozenset(
    map(
        family,
        [
            *("easy", "easiest", "simple", "quick", "quickly", "best", "good", "way", "ways"),
            *("plan", "help", "advice", "idea"),
            *("ideas", "instead", "use", "using", "make", "need", "want", "recommend"),
            *("suggest", "give", "tell", "get", "getting", "rid", "home", "step", "steps"),
            *("write", "without", "explain", "teach", "show"),
        ],
    )
)


def asks_advice(question: str) -> bool:
    """Whether the question asks for advice or instructions for the one asking."""
    return bool(ADVICE.search(question))


def unsaid_topic(question: str, said_text: str) -> list[str]:
    """The words of what an advice request is about ("fruit", "flies", "kitchen") that the
    text does not say, as the question writes them."""
    said = families(said_text)
    return [
        w
        for w in dict.fromkeys(content_words(question))
        # (a bare number sets the request's terms, "3 days a week", "for 4 people")
        if not w.isdigit() and family(w) not in REQUEST_WORDS and family(w) not in said
    ]


def about_the_topic(words: list[str]) -> list[str]:
    """The words that are not the request's own ("make" in "how do i make a banana bread")."""
    return [w for w in words if family(w) not in REQUEST_WORDS]

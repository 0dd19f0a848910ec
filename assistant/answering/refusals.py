"""Refusals that help: what is missing, which filters were in force, what the articles cover.

A refusal is a sentence of its own, never the question echoed in lower case: "The articles don't
mention Norway.", "None of the articles is from Bloomberg.", "There are no TRT World articles
after 2025-03-01." It ends with what the collection covers, so the reader knows where to look.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answering.llm import CorpusFacts
from assistant.answering.wording import expand_abbreviations
from assistant.citations import MARKER
from assistant.prompts import load_prompt

# What every refusal starts with: how an answer (the offline one, or an LLM's that repeats the
# refusal it was given) is recognised as one.
OPENINGS = ("the articles don't", "none of the articles", "there are no ")
# "what about X?": the last question asked again of X (not "what about ppl, can humans catch
# it?", which asks a question of its own)
WHAT_ABOUT = re.compile(
    r"^(?:and\s+|so\s+)?(?:what|how)\s+about\s+(?![^?]*,\s*(?:can|could|do|does|did|is|are|"
    r"was|were|will|would|has|have|should|what|who|how|when|where|why)\b)(.+)",
    re.I,
)
# A follow-up that asks nothing itself: "and the guy playing dodi?", "so the second one?" (not
# "and the cheapest oled model is how much", which asks)
ELLIPTICAL = re.compile(
    r"^(?:and|so|also|plus)\s+(?!(?:did|does|do|is|are|was|were|has|have|had|can|could|will|"
    r"would|should)\b)(?!.*\b(?:what|who|whom|whose|when|where|which|why|how)\b)",
    re.I,
)
WH_WORDS = ("who", "what", "when", "where", "which", "why", "how", "whose", "whom")
# A wh-question turned around an auxiliary ("what did Putin offer") reads wrongly after "The
# articles don't say …"; one whose wh-word is its subject ("who won the final") reads well.
INVERTED = re.compile(
    r"^(?:how\s+(?:much|many|long|far|old|big|soon)(?:\s+\w+)?|what|which|who|whom|whose|when|"
    r"where|why|how)(?:\s+[\w'’-]+){0,3}?\s+(?:did|does|do|is|are|was|were|has|have|had|can|could|will|"
    r"would|should|may|might|must)\b",
    re.I,
)


@dataclass(frozen=True)
class Scope:
    """The user's filters in force, as words ("TRT World", "after 2025-03-01")."""

    outlets: Sequence[str] = ()
    since: str | None = None
    until: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.outlets or self.since or self.until)

    def describe(self) -> str:
        """ "TRT World articles after 2025-03-01", "articles from 2025-01-01 to 2025-02-01"."""
        who = f"{either(list(self.outlets))} articles" if self.outlets else "articles"
        if self.since and self.until:
            return f"{who} from {self.since} to {self.until}"
        if self.since:
            return f"{who} after {self.since}"
        if self.until:
            return f"{who} before {self.until}"
        return who


EVIDENCE_LEAD = "What they say:"  # a refusal's cited evidence follows this


def refusal_text(
    question: str,
    coverage: CorpusFacts,
    missing_outlets: Sequence[str] = (),
    missing_terms: Sequence[str] = (),
    scope: Scope | None = None,
    found_nothing: bool = False,
    evidence: str = "",
    lacking: str = "",
    unsaid: Sequence[str] = (),
    silent_outlet: str = "",
    uncited: str = "",
    unlinked: str = "",
    unsettled: bool = False,
    untold: str = "",
    only: Sequence[str] = (),
) -> str:
    """The whole refusal: why, in one sentence, then what the articles cover, or, given
    `evidence` (a cited sentence on the question that does not answer it), what they say."""
    if missing_outlets:
        reason = f"None of the articles is from {either(list(missing_outlets))}."
    elif only:
        others = f"an outlet other than {both(list(only))}"
        reason = f"None of the articles found on this is from {others}."
    elif silent_outlet:
        reason = f"None of the articles from {silent_outlet} that were searched says this."
    elif uncited:
        reason = f"The articles on this don't cite {uncited}."
    elif scope is not None and scope.active and found_nothing:
        reason = f"There are no {scope.describe()}."
    elif missing_terms:
        reason = f"The articles don't mention {either_as_written(missing_terms, question)}."
    elif unsaid:
        reason = f"The articles on this don't mention {either_as_written(unsaid, question)}."
    elif unlinked:
        reason = f"The articles don't say this of {unlinked}."
    elif untold:
        reason = f"The articles don't say {untold}."
    elif unsettled:
        reason = "The articles don't say that happened."
    elif lacking:
        reason = f"The articles don't give {lacking} asked for."
    else:
        reason = f"The articles don't say {_topic(question)}."
    if scope is not None and scope.active and not found_nothing:
        reason += f" Only {scope.describe()} were searched."
    if evidence:
        return f"{reason} {EVIDENCE_LEAD} {evidence}"
    closing = load_prompt("refusal").render(
        articles=coverage.articles,
        article_word="article" if coverage.articles == 1 else "articles",
        outlets=coverage.outlets,
        first_published=coverage.first_published,
        last_published=coverage.last_published,
    )
    return f"{reason} {closing.strip()}"


def as_written(question: str, outlets: Sequence[str], name: Callable[[str], str]) -> str:
    """A question with the names it types in lower case written as the store writes them, for
    a refusal that echoes it: "which agency took the photo of putin used by trt world" as "…
    of Putin used by TRT World"; `name(word)` is a word's form as a name ("" if it is none)."""
    for outlet in outlets:
        # (escaped: a name is no replacement template)
        question = re.sub(
            rf"(?<!\w){re.escape(outlet)}(?!\w)", outlet.replace("\\", "\\\\"), question, flags=re.I
        )
    return re.sub(r"(?<![\w'’-])[a-z][a-z'’-]+\b", lambda m: name(m.group()) or m.group(), question)


def gives_evidence(text: str) -> bool:
    """Whether a refusal says what the articles do say on the question (cited)."""
    return EVIDENCE_LEAD in text


def is_refusal(text: str) -> bool:
    """Whether an answer's text is a refusal (see OPENINGS)."""
    return MARKER.sub("", text).strip().lower().startswith(OPENINGS)


def either(names: list[str]) -> str:
    """ "A", "A or B", "A, B or C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def both(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def either_as_written(terms: Sequence[str], question: str) -> str:
    """ "Norway or Sweden", each as the question wrote it."""
    return either([_shown(term, question) for term in terms])


def _shown(term: str, question: str) -> str:
    """A missing word as the question wrote it ("Norway", not "norway"), or as the articles
    write a name the question typed in lower case ("Andrea" for "andrea")."""
    match = re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", question, re.I)
    capitals = sum(map(str.isupper, term))
    # (typed with fewer capitals than the articles write it: "Adam silver", of "adam silver")
    if match is None or sum(map(str.isupper, match.group())) < capitals:
        return term
    return match.group()


def _topic(question: str) -> str:
    """The question as the object of "don't say": "who won the final" as it stands; anything
    else (inverted, yes/no, a statement) as "whether that is so" would misquote it."""
    q = " ".join(question.strip().split()).rstrip("?.! ")
    # (shorthand after its first word spelt out: "how many people downloaded it", not "how
    # many ppl"; "whats …" is read as typed)
    first, _, rest = q.partition(" ")
    q = f"{first} {expand_abbreviations(rest)}".strip()
    about = WHAT_ABOUT.match(q)
    if about:  # "what about its second weekend?"
        return f"anything about {about.group(1)}"
    head = [w.lower().strip(",") for w in q.split(" ")[:1]]
    if head and head[0] in WH_WORDS and not INVERTED.match(q):
        return q[0].lower() + q[1:]
    return "anything that answers this question"

"""A sentence of a passage as the offline answerer weighs it, and the markers it is cited with."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from assistant.answering.whole_sentences import quoted_whole, with_markers
from assistant.types import Passage
from index.terms import content_words

SAME_CLAIM = 0.6  # word-set Jaccard above which two sentences say the same thing


@dataclass
class Candidate:
    passage: int  # index into the passages
    text: str
    lexical: float = 0.0
    dense: float = 0.0  # closeness in meaning, to what is asked as well as to the question
    whole: float = 0.0  # … to the question as a whole only (floors are set on it)
    score: float = 0.0
    own: float = 0.0  # the score on the sentence's own words, without its article's (floors)
    parts: list[str] = field(default_factory=list)  # its sentences, for a quote over several
    before: str = ""  # the sentence before it in its passage ("Hayes…" then "She signed…")
    # … and, when that one too speaks of someone unnamed, the one that names them ("Hamlin
    # stayed in contention…" then "He secured three wins…" then "He also led 998 laps")
    referent: str = ""
    fit: float = 0.0  # how well it fills what the question leaves open (`fit.fit`)

    def cited(self, markers: str) -> str:
        """The text with markers after each of its sentences, so each one is checked."""
        return " ".join(with_markers(part, markers) for part in self.parts or [self.text])


def same_claim(a: str, b: str) -> bool:
    wa, wb = set(content_words(a)), set(content_words(b))
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= SAME_CLAIM


def markers_of(chosen: Candidate, candidates: list[Candidate], passages: Sequence[Passage]) -> str:
    """The chosen sentence's marker, and those of other articles saying the same thing."""
    return "".join(f"[{i + 1}]" for i in claim_sources(chosen, candidates, passages))


def claim_sources(
    chosen: Candidate, candidates: list[Candidate], passages: Sequence[Passage]
) -> list[int]:
    """The chosen sentence's passage, then those of other articles saying the same thing. Two
    overlapping chunks of one article hold the same sentence: one card for it, not two."""
    articles = {passages[chosen.passage].article_id}
    sources = [chosen.passage]
    for other in candidates:
        article = passages[other.passage].article_id
        if article not in articles and same_claim(other.text, chosen.text):
            articles.add(article)
            sources.append(other.passage)
    return sources


# A sentence that announces what it does not give: "there were a couple of reasons for …";
# the sentences after it, counted off ("First, …", "Second, …"), give them.
ANNOUNCES = re.compile(
    r"\b(?:a\s+couple\s+of|two|three|four|several|a\s+few|a\s+number\s+of|some|main|key)\s+"
    r"(?:main\s+|key\s+|big\s+)?(?:reasons|factors|causes|things|ways|steps|changes|problems|"
    r"issues|lessons|priorities|goals)\b",
    re.I,
)
# … or the one reason or view it goes on to give: "she has her own theory as to why", "here's
# why"; not one that gives it itself ("… why: …", "… because …").
ANNOUNCES_ONE = re.compile(
    r"\b(?:(?:own|a|an|his|her|their)\s+(?:theory|explanation|idea|view)\s+(?:as\s+to|of|on|"
    r"about)\s+why|here['’]s\s+why|the\s+reason\s+is\s+simple)\b|"
    # ("Asked if …, Kyncl’s answer was unequivocal." "“No. Music is much more resilient.")
    r"\b(?:answer|reply|response)\s+was\s+(?:unequivocal|clear|simple|short|blunt|emphatic)\W*$",
    re.I,
)
GIVES_IT = re.compile(r"\bbecause\b|\bdue\s+to\b|:\s*\S", re.I)
COUNTED_OFF = re.compile(
    r"[\"“]?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly|one|another|the\s+first|"
    r"the\s+second|the\s+other|also|\d\.)\b",
    re.I,
)
MAX_COUNTED = 3
SHORT_GIVEN = 8  # words of a sentence after an announcement too short to give it alone


def counted_off_after(chosen: Candidate, passage: Passage) -> Candidate:
    """The sentence with those that count off what it announces, when its passage holds them
    ("… a couple of reasons for the decline." "First, …" "Second, …")."""
    one = ANNOUNCES_ONE.search(chosen.text) is not None and not GIVES_IT.search(chosen.text)
    if not (one or ANNOUNCES.search(chosen.text)) or len(chosen.parts) > 1:
        return chosen
    sentences = [" ".join(parts) for parts in quoted_whole(passage.text)]
    if chosen.text not in sentences:
        return chosen
    at = sentences.index(chosen.text)
    if one:  # (the next sentence gives what it announces: "Abrams has her own theory as to
        # why …" "“Cost isn’t the issue,” she said. …")
        # (two, when the first is short: "“Cost isn’t the issue,” she said.")
        given = sentences[at + 1 : at + 2]
        if given and len(given[0].split()) < SHORT_GIVEN:
            given = sentences[at + 1 : at + 3]
        return replace(chosen, parts=[chosen.text, *given])
    after = list(itertools.takewhile(COUNTED_OFF.match, sentences[at + 1 : at + 1 + MAX_COUNTED]))
    return replace(chosen, parts=[chosen.text, *after]) if after else chosen

"""A yes/no question's reply from the chosen sentences: "Yes: …" or "No: …" when they settle it,
a refusal when it is asked in words the articles never use, else the sentences as they stand."""

from __future__ import annotations

import re

from assistant.answering.abstention import OfflineResult
from assistant.answering.asked_names import NOT_A_SPECIFIC
from assistant.answering.candidates import Candidate, markers_of
from assistant.answering.contraries import says_the_contrary
from assistant.answering.draft import Draft, Parts
from assistant.answering.focus import COMPARATIVES, HEDGES
from assistant.answering.ordinals import numbered_otherwise
from assistant.answering.sentences import answer_stem
from assistant.answering.yes_no import FRAMING, LIGHT_VERBS, yes_no_reply
from assistant.answering.yes_no_asked import untagged
from assistant.outlet_names import named_outlets

# An act named by its "-ing": "is putin open to europe joining the talks".
ACT = re.compile(r"[a-z]{3,}ing")


def yes_no_written(d: Draft, parts: Parts) -> OfflineResult | str:
    """The reply's text, or the refusal."""
    # (a timestamp the question quotes from the metadata is no word: "2023-10-04T20:…")
    # (nor is a tag: "…, right?")
    absent = parts.words.absent_words(NOT_A_SPECIFIC.sub(" ", untagged(d.question)), d.known)
    # (nor is a word of comparison: "fewer … than ukraine" is settled by "more … than")
    absent = [
        w
        for w in absent
        if answer_stem(w) not in FRAMING | LIGHT_VERBS and w not in COMPARATIVES | HEDGES
    ]
    # "Is it worth a fortune": asked in words the articles never use, which settles nothing
    # ("did he offer copper" is settled: "No"; so is "did it beat estimates", by a sentence
    # saying it fell short of them); unless each is akin to a word the sentences use: "worried"
    # and "minerals" are asked of "not a concern" and "rare earth metals" (not "fortune", of
    # prices)
    texts = [c.text for c in d.chosen]
    if (
        len(absent) > 1
        and not all(parts.meaning.speaks_of(w, texts) for w in absent)
        and not any(says_the_contrary(d.question, c.text) for c in d.chosen)
    ):
        return d.refuse(d.chosen[0], missing=absent)
    # "did the niners give up a first round pick to get chase young": "They traded a 2024
    # third-round pick to get the talented defender", and no sentence calls it a first
    other = _numbered_otherwise(d)
    if other is not None:
        d.chosen = [other, *(c for c in d.chosen if c is not other)][: len(d.chosen)]
        lines = [c.cited(markers_of(c, d.candidates, d.passages)) for c in d.chosen]
        return f"No: {' '.join(lines)}"
    attributed = named_outlets(d.question, parts.outlets())
    # (an act named by its "-ing", or by a verb, is told in other words too often for its
    # absence to settle "no": "is putin open to europe joining the talks": "… openness to
    # European involvement in … peace talks"; "did openai rehire altman": "Altman returns";
    # a thing's absence does: "copper")
    deeds = [w for w in absent if parts.words.verb_like(w)]
    things = [w for w in absent if not ACT.fullmatch(w) and w not in deeds]
    return yes_no_reply(
        d.question, d.chosen, d.candidates, d.passages, things, attributed, d.typed_now, deeds
    )


def _numbered_otherwise(d: Draft) -> Candidate | None:
    """A sentence close to the best that numbers the thing the question numbers otherwise,
    in an article none of whose sentences numbers it as the question does (`numbered_otherwise`,
    article by article: another piece's "first-round pick" is another pick)."""
    close = [c for c in d.candidates if d.close_enough(c)]
    for article in dict.fromkeys(d.passages[c.passage].article_id for c in close):
        own = [c for c in close if d.passages[c.passage].article_id == article]
        told = [c for c in d.sentences if d.passages[c.passage].article_id == article]
        other = numbered_otherwise(d.question, own, told)
        if other is not None:
            return other
    return None

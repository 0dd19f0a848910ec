"""A sentence of another article that tells what the answer's own leaves out of the question.

"How long is andy robertson expected to be out w that shoulder he did on scotland duty": the
Guardian gives "the loss of Andy Robertson for up to three months with a shoulder injury" and
never says Scotland; talkSPORT says "the left-back suffered a shoulder injury while on
international duty with Scotland". Read together they answer the question, each cited to its
own piece. The other sentence must name the one the question is about and share with the answer
a word the question asks by, so that both speak of the same thing ("Messi won the Copa América"
tells nothing of the goals a qualifier report counts).
"""

from __future__ import annotations

from assistant.answering.abstention import MIN_SENTENCE
from assistant.answering.candidates import Candidate
from assistant.answering.draft import Draft
from assistant.answering.sentences import answer_stems
from assistant.answering.specifics import said_in
from index.terms import families

BESIDE_TRIES = 8  # sentences tried for one telling the names the answer's article leaves out


def told_beside(d: Draft, unsaid: list[str]) -> Candidate | None:
    """A sentence of another article, close enough to the best, that says each of the `unsaid`
    names, the question's key name, and a word of the question the best sentence says too."""
    best = d.chosen[0]
    # (the answer's own article must speak of the one asked about: only the rest is told
    # beside it)
    if not d.key or not unsaid or d.key in {w.lower() for w in unsaid}:
        return None
    article = d.passages[best.passage].article_id
    names = answer_stems(" ".join(d.names))
    shared = (answer_stems(d.question) - names) & answer_stems(best.text)
    if not shared:
        return None
    # (by score: the stages before have put sentences of the kind asked for first)
    for c in sorted(d.candidates, key=lambda c: -c.score)[:BESIDE_TRIES]:
        if d.passages[c.passage].article_id == article or c.own < MIN_SENTENCE:
            continue
        text = f"{c.before} {c.text}"
        said = families(text)
        if (
            d.close_enough(c, best)
            and said_in(d.key, said, text)
            and all(said_in(w.lower(), said, text) for w in unsaid)
            and shared & answer_stems(c.text)
        ):
            return c
    return None

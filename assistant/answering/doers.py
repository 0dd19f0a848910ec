"""Who did what a "who" question asks: "who scored milan's winner" is answered by a sentence
telling a goal scored by someone the question does not name ("Chukwueze scored"), before one
that names people only ("Theo Hernandez almost found the net")."""

from __future__ import annotations

import re

from assistant.answering.abstention import MIN_SENTENCE, OfflineResult
from assistant.answering.answer_kinds import people_named
from assistant.answering.asking import asking_clause
from assistant.answering.candidates import Candidate
from assistant.answering.draft import Draft, Parts
from assistant.answering.roles import SCORING_WORDS
from assistant.answering.scoring import doer_forms
from assistant.answering.sentences import IRREGULAR
from assistant.answering.subject import runs_said
from index.terms import STOPWORDS, family

# "who scored the winner", "so who eventually replaced him"; not "who is …", "who did they hire"
WHO_DID = re.compile(
    r"^\W*(?:so\s+|and\s+|but\s+)?who(?:\s+else)?\s+(?:actually\s+|finally\s+|eventually\s+|"
    r"just\s+|then\s+)?([a-z][a-z'’-]*)\b",
    re.I,
)
# … and "which firm is leading the round", "what company bought beeper": the doer by its kind
# (not one done to: "what firm was hired to audit it")
WHICH_DID = re.compile(
    r"^\W*(?:so\s+|and\s+|but\s+)?(?:which|what)\s+[a-z][\w-]*\s+(?:"
    r"(?:is|was|are|were)\s+(?:actually\s+|finally\s+|now\s+|still\s+)?([a-z][a-z'’-]*ing)|"
    r"(?:(?:has|have|had)\s+)?(?:actually\s+|finally\s+|eventually\s+|just\s+|then\s+)?"
    r"([a-z][a-z'’-]*(?:ed|ing)|bought|sold|won|led|took|made|paid|got|hit|ran|beat|left|built))\b",
    re.I,
)
# Auxiliaries: "who is the ceo" asks who someone is, "who did they hire" whom they hired.
AUXILIARIES = frozenset(
    ("is", "was", "are", "were", "be", "been", "did", "does", "do", "has", "have", "had", "will",
     "would", "can", "could", "should", "may", "might", "must", "s")
)  # fmt: skip
# Verbs that say too little of a deed to find it by: "who got the winner", "who made the call".
LIGHT = frozenset(
    map(
        family,
        ("get", "got", "gets", "give", "gave", "make", "made", "take", "took", "go", "went",
         "come", "came", "put", "keep", "kept", "let", "knows", "know", "think", "thinks", "said",
         "says", "say", *AUXILIARIES),
    )
)  # fmt: skip
TRIES = 8  # the best sentences looked at for one telling the deed


def deed_asked(question: str) -> tuple[str, str] | None:
    """The verb a "who" question asks the doer of, and the head of its object ("scored",
    "winner" of "who scored milan's winner"); the verb is "" when it says little ("who got the
    winner"). None when it asks who someone is."""
    clause = asking_clause(question)
    match = WHO_DID.match(clause) or WHICH_DID.match(clause)
    if match is None:
        return None
    word = match.group(match.lastindex or 1).lower()
    if word in AUXILIARIES or (word in STOPWORDS and family(word) not in LIGHT):
        return None  # ("who is the ceo", "who did they hire")
    thing: list[str] = []
    for token in re.findall(r"[a-z][\w'’-]*", clause[match.end() :].lower()):
        if token in STOPWORDS:
            if thing:
                break
            continue
        thing.append(token)
    head = thing[-1] if thing and not thing[-1].endswith(("'s", "’s")) else ""
    verb = "" if family(word) in LIGHT else word
    return (verb, head) if verb or head else None


def naming_the_doer(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Who scored milan's winner": a sentence telling the scoring and naming someone new, if
    one is close enough, before one that only names someone."""
    if d.wants not in ("person", "name") or d.yes_no:
        return None
    deed = deed_asked(d.question)
    if deed is None:
        return None
    verb, head = deed

    def tells(text: str) -> bool:
        return (bool(verb) and deed_told(text, verb)) or (bool(head) and _owned(text, head))

    first = d.candidates[0]
    told = first.fit >= 1.0 and tells(first.text)
    doing = [
        c
        for c in d.candidates[:TRIES]
        if c.fit >= 1.0
        and (c is first or c.own >= MIN_SENTENCE)
        and tells(c.text)
        and d.close_enough(c)
    ]
    doing = sorted(doing, key=lambda c: (c is not first, -c.score)) if told else doing
    # (the best that tells the deed stays first unless another says more of the names asked)
    d.lead(on_most_named(d, doing if told else sorted(doing, key=lambda c: -c.score))[:1])
    return None


def doer_untold(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Who directed the film they made about the poem": no sentence chosen names anyone the
    question does not, nor tells the directing (the piece says there is a film, not who made
    it)."""
    if d.wants != "person" or d.yes_no:
        return None
    deed = deed_asked(d.question)
    if deed is None or not deed[0]:
        return None
    verb = deed[0]
    # (new to the conversation too: "Henry Wadsworth Longfellow" names no one new when the
    # turns before asked of Longfellow)
    told = " ".join(d.earlier).lower()

    def names_anew(c: Candidate) -> bool:
        named = people_named(c.text)
        return c.fit >= UNNAMED_FIT and not (
            told
            and named
            and all(re.search(rf"\b{re.escape(n.split()[-1])}\b", told, re.I) for n in named)
        )

    if any(names_anew(c) or done_said(f"{c.before} {c.text}", verb) for c in d.chosen):
        return None
    return d.refuse(d.chosen[0], d.kind_name)


UNNAMED_FIT = 0.5  # the fit of a sentence naming someone the question does not


def done_said(text: str, verb: str) -> bool:
    """Whether a text tells the deed, in any of its forms ("written" for "wrote"), or names its
    doer: "directed" by "director", "led" by "leader", "by Antonoff"."""
    if deed_told(text, verb) or DONE_BY.search(text):
        return True
    base = family(IRREGULAR.get(verb.lower(), verb.lower()))
    doing = {base} | doer_forms(base)
    return any(family(IRREGULAR.get(w, w)) in doing for w in re.findall(r"[a-z]+", text.lower()))


# The one who did it, named after "by": "It was written by Antonoff."
DONE_BY = re.compile(r"\bby\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]+")


def on_most_named(d: Draft, doers: list[Candidate]) -> list[Candidate]:
    """Of sentences naming someone who did what is asked, those that say the most of the names
    the question gives first, if one is close enough: "who scored when chelsea beat blackburn"
    is answered by "Chelsea, who beat Blackburn thanks to goals from …", not by another game's
    scorer in a round-up."""
    if not doers or not d.asked_names:
        return doers
    # (its own words: the sentence before tells another game)
    counts = [runs_said(d.question, d.asked_names, Candidate(c.passage, c.text)) for c in doers]
    for least in sorted({n for n in counts if n > 0}, reverse=True):
        most = [c for c, n in zip(doers, counts, strict=True) if n >= least]
        if d.close_enough(most[0], d.top):
            return most + [c for c in doers if c not in most]
    return doers


# Words that say a deed was not quite done: "Theo Hernandez almost scored".
NOT_QUITE = re.compile(
    r"\b(?:almost|nearly|not|never|no|n['’]t|could\s+have|would\s+have)\s+$", re.I
)


def deed_told(text: str, verb: str) -> bool:
    """Whether the text tells the deed done: the verb in some form, not "almost" or "not"; a
    thing started in any word for founding it ("founded in 2000 by …" for "who started
    discogs"), and not a start of doing something else ("who started selling on Discogs")."""
    root = family(verb)
    roots = FOUNDING if root in FOUNDING else SCORED if root in SCORED else {root}
    for match in re.finditer(r"[A-Za-z][\w'’-]*", text):
        if family(match.group().lower()) not in roots:
            continue
        if NOT_QUITE.search(text[: match.start()]):
            continue
        if family(match.group().lower()) in PHASES and ANOTHER_DEED.match(text, match.end()):
            continue
        return True
    return False


# Words for founding a thing: "who started discogs" is told by "founded … by".
FOUNDING = frozenset(
    map(
        family,
        ("start", "found", "launch", "establish", "create", "cofound", "co-found", "introduce"),
    )
)
# … and for scoring: "who scored" is told by "goals from …", "a Gudelj header".
SCORED = frozenset(map(family, SCORING_WORDS))
# … and for the phase of another deed: "started selling on Discogs" starts the selling.
PHASES = frozenset(map(family, ("start", "begin", "began", "stop", "quit", "keep", "continue")))
ANOTHER_DEED = re.compile(r"\s+(?:to\s+[a-z]+|[a-z]{3,}ing)\b")


def _owned(text: str, head: str) -> bool:
    """Whether the text gives the thing asked about as someone's: "Samuel Chukwueze’s winner"
    for "who scored the winner"."""
    return bool(re.search(rf"\b[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b", text))

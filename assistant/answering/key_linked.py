"""Whether the best sentence is on the one the question names, with each name it surely means:
the check that refuses one that is not, and the stage that puts a close one that is first."""

from __future__ import annotations

import re

from assistant.answering.abstention import MIN_SENTENCE, OfflineResult
from assistant.answering.asking import asking_words
from assistant.answering.candidates import Candidate
from assistant.answering.draft import Draft, Parts
from assistant.answering.specifics import said_in
from assistant.answering.subject import (
    article_text,
    initials_said,
    name_shown,
    on_the_name,
    unlinked_name,
)
from assistant.outlet_names import named_outlets
from index.terms import families

LINK_TRIES = 8  # sentences tried for one linked to every name the question surely means


def key_unlinked(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What is the Wild paying Hynes": what it pays Evason; "how many goals did Messi score at
    the Copa América": goals in a Copa qualifier Messi is not in."""
    best = d.chosen[0]
    unlinked = unlinked_of(d, parts, best)
    if unlinked:
        result = d.refuse(best)
        result.unlinked = name_shown(d.question, unlinked, d.names)
        return result
    return None


def linking_the_key(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "The first witness … was some paris-born cocoa trader living in london. how much was he
    trying to get out of ftx": a sentence from the piece on him ("Almost $100,000, he said."),
    if one is close enough, before one on FTX's investors, whose piece names no Paris
    (`key_unlinked` would refuse it)."""
    if not d.key or not unlinked_of(d, parts, d.candidates[0]):
        return None
    typed, best = d.typed, d.candidates[0]
    linked = next(
        (
            c
            for c in d.candidates[1:LINK_TRIES]
            if d.close_enough(c)
            and c.own >= MIN_SENTENCE
            and (typed is None or typed.search(c.text))  # (still of the kind asked for)
            and c.fit >= best.fit
            and not unlinked_of(d, parts, c)
        ),
        None,
    )
    if linked is not None:
        d.lead([linked])
    return None


def unlinked_of(d: Draft, parts: Parts, best: Candidate) -> str | None:
    """The name the question surely means that a sentence, its passage and its article leave
    unlinked to what it says (`unlinked_name`), if any."""
    if not d.key:
        return None
    checked = parts.names.surely(d.names, d.key, d.question)
    attributed = named_outlets(d.question, parts.outlets())
    if len(attributed) > 1:  # two outlets' pieces set side by side: a name either says
        theirs = " ".join(p.text for p in d.passages if p.outlet in attributed)
        checked = {w: f for w, f in checked.items() if not said_in(w, families(theirs), theirs)}
    passage = d.passages[best.passage].text
    # (its whole article, read once: the chunks retrieval did not read may say a name)
    read = parts.names.article_text
    whole = read(d.passages[best.passage].article_id) if read is not None else ""
    said_whole = families(whole)
    if d.key_carried:
        # (a name carried from the turns before, "and how much sleep do they say is good" of
        # the UK Biobank study: its article is on it, whichever of its chunks says it)
        article = d.passages[best.passage].article_id
        passage = " ".join(p.text for p in d.passages if p.article_id == article)
    if d.key not in asking_words(d.question):
        # (a name only of the question's setting, "after the ireland series loss - how many
        # comments were they deleting", is said in the passage, if not in the sentence; or
        # elsewhere in its article: "that mediterranean lifestyle study (uk biobank) - how
        # much lower was the risk of dying")
        if said_in(d.key, families(passage), passage):
            return None
        if whole and said_in(d.key, said_whole, whole):
            return None
    if _owner_on(d, best):
        read_here = article_text(d.passages[best.passage].article_id, d.passages)
        if said_in(d.key, families(read_here), read_here):
            return None
    if whole:
        # (the other names, said in a chunk of the article not read: "Caroline", once, in a
        # piece that goes on about Ellison)
        checked = {
            w: f for w, f in checked.items() if w == d.key or not said_in(w, said_whole, whole)
        }
    unlinked = unlinked_name(best, d.key, d.names, d.passages, checked, d.question)
    if unlinked == d.key and initials_said(d.question, d.key, f"{best.before} {best.text}"):
        return None  # "… the SWPC reported", asked "per the space weather prediction center"
    return unlinked


# "OpenAI's Preparedness Framework": a thing of its owner's, named by the owner's name first.
OWNED = re.compile(r"\b([\w.-]+)['’]s\s+((?:[\w-]+\s+){0,2}[\w-]+)")


def _owner_on(d: Draft, best: Candidate) -> bool:
    """Whether the key is a thing of an owner the question names ("OpenAI's Preparedness
    Framework") and the sentence's article is on that owner: a piece on OpenAI that names its
    framework once, then goes on about it, is on it."""
    for match in OWNED.finditer(d.question):
        owner = match.group(1).lower()
        if d.key in match.group(2).lower().split() and owner in d.names and owner != d.key:
            article = d.passages[best.passage].article_id
            return on_the_name(article, owner, d.passages, d.names[owner])
    return False

"""Stages that lead with the sentence on the very one asked: its name, model, deed, shift, score.

Each takes the draft with its candidates ranked and puts those on what the question singles out
ahead, when one is close enough; `on_the_shift_asked` and `on_the_one` abstain when none is.
"""

from __future__ import annotations

import re

from assistant.answering.abstention import MIN_SENTENCE, OfflineResult
from assistant.answering.agent import does, subject_and_verb
from assistant.answering.asked_names import MAX_NAMED_FOR_CHECK, few_named
from assistant.answering.asking import SETTING_LEAD, asking_clause, set_in_context, stated_ends
from assistant.answering.candidates import Candidate
from assistant.answering.deed_premises import store_verb
from assistant.answering.draft import Draft, Parts
from assistant.answering.event_premise import deed_teller
from assistant.answering.ordinals import number_asked, numbers_it
from assistant.answering.place_words import asks_recipient
from assistant.answering.roles import another_stage
from assistant.answering.scores import SCORE, scores_unsaid
from assistant.answering.subject import name_groups, off_subject, runs_said, says
from assistant.answering.what_about import on_the_shift, shifted_to
from assistant.answering.which_one import on_the_one_asked


def dated_by_fit(d: Draft, c: Candidate) -> bool:
    """Whether a sentence gives the date asked by its fit, whatever its words."""
    return d.wants == "date" and c.fit >= 1.0


def on_the_key(d: Draft, parts: Parts) -> OfflineResult | None:
    """A sentence on the one the question names first, if one is close enough."""
    if not d.key:
        return None
    typed = d.typed
    linked = [c for c in d.candidates if not off_subject(c, d.key, d.names, d.passages, d.question)]
    if typed is not None:  # (a date by its fit, as `of_the_kind` reads one: "in its early
        # days" gives none)
        dated = d.wants in ("date", "time")
        linked = [
            c
            for c in linked
            if (typed.search(c.text) and (not dated or c.fit > 0)) or dated_by_fit(d, c)
        ]
        if dated:  # (and a day told outright before "today")
            linked = [c for c in linked if c.fit >= 1.0] or linked
    if d.slot.tied or (
        (d.wants == "rank" or asks_recipient(d.slot)) and d.candidates[0].fit >= 1.0
    ):  # (a place in an order, when the best gives one: "she finished third", before her
        # album's heading; so too whom money goes to: "donated to …"; "in Moscow" says too
        # little of a place asked for to demand one)
        linked = [c for c in linked if c.fit >= 1.0]
    # … and, before one that sits in an article on it, one that names it ("it is looking at
    # Talon … for $600 million" before "two startups for $1 billion")
    # (or two others of its names, by first names: "Chris and Morgane tied the knot", for
    # "chris stapleton and his wife morgane")
    # (not one that gives less of what is asked: "1 million installs in five days", naming
    # Roblox, after "5 billion hours per month on the platform", for how much time is spent)
    least = linked[0].fit if linked and typed is not None else 0.0
    naming = [
        c
        for c in linked
        if (says(c, d.key, d.names.get(d.key, "")) or _two_named(d, c)) and c.fit >= least
    ]
    if naming and d.close_enough(naming[0]):
        linked = naming[:1] + [c for c in linked if c is not naming[0]]
    if linked and d.close_enough(linked[0]):
        d.lead(linked)
    return None


def _two_named(d: Draft, c: Candidate) -> bool:
    """Whether a sentence says two of the names the question gives, each by any of its words
    (not two words of one: "Gold Coast")."""
    return runs_said(d.question, d.names, c) >= 2


# A model's measure the question gives: "the 45mm watch", "the 512gb model", "the 16-inch one".
SPEC = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?[- ]?(?:mm|cm|gb|tb|mb|inch|inches|in|hz|mp|mah|w|kw|kwh|v)(?!\w)",
    re.I,
)


def on_the_model(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What is the 45mm series 9 going for": a sentence on the 45mm model ("the 45mm models
    are now down to $359"), if one is close enough, before one on the watch at large."""
    specs = _specs(d.question)
    if not specs:
        return None

    def on_it(c: Candidate) -> bool:
        return specs <= _specs(c.text)

    if on_it(d.candidates[0]):
        return None
    typed = d.typed
    on_model = [c for c in d.candidates if on_it(c) and (typed is None or typed.search(c.text))]
    if on_model and d.close_enough(on_model[0]):
        d.lead(on_model)
    return None


def _specs(text: str) -> set[str]:
    """A text's measures of a model, written one way ("16-inch", "16 inch": "16inch")."""
    return {re.sub(r"[- ]", "", m.group()).lower() for m in SPEC.finditer(text)}


def doing_what_asked(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What did putin offer": a sentence with Putin offering ("Putin extended an offer"), if
    one is close enough, before one on the offer alone ("The offer follows a statement …")."""
    if d.wants != "other" or d.yes_no:
        return None
    asked = subject_and_verb(asking_clause(d.question), d.asked_names)
    if asked is None or does(d.candidates[0].text, *asked):
        return None
    doing = [c for c in d.candidates if c.own >= MIN_SENTENCE and does(c.text, *asked)]
    if doing and d.close_enough(doing[0]):
        d.lead(doing[:1])
    return None


def telling_the_deed(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "When did liam neeson quit drinking": a sentence that tells the deed, in any of its
    words ("He stopped drinking altogether in 2013"), if one giving a date is close enough,
    before one giving another date ("… married … until her death in 2009")."""
    if d.wants != "date" or d.yes_no:
        return None
    tells = deed_teller(d.question, d.deed_names, store_verb(parts))
    if tells is None or tells(d.candidates[0].text):
        return None
    telling = [c for c in d.candidates if c.own >= MIN_SENTENCE and c.fit >= 1.0 and tells(c.text)]
    if telling and d.close_enough(telling[0]):
        d.lead(telling[:1])
    return None


def on_the_shift_asked(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What about its second weekend?": a sentence on that, or no answer."""
    shifted = shifted_to(d.question, d.query, parts.document_frequency)
    if not shifted:
        return None
    typed = d.typed
    on_it = on_the_shift(d.question, d.query, shifted, d.candidates, d.passages)
    if not on_it or not d.close_enough(on_it[0]):
        return d.refuse()
    if typed is not None and not any(typed.search(c.text) for c in on_it):
        # "what about dig?" after Talon's price: Dig's, which the articles don't give
        return d.refuse(on_it[0], d.kind_name)
    if typed is not None:
        on_it = [c for c in on_it if typed.search(c.text)]
    d.lead(on_it)
    return None


def on_the_score(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Who scored the stoppage time pen in the 4-4 vs man city": a sentence from an article
    that reports the 4-4, if one is close enough, before a report of another game."""
    if not SCORE.search(d.question) or not scores_unsaid(d.question, d.top, d.passages):
        return None
    reporting = [
        c
        for c in d.candidates
        if d.close_enough(c) and not scores_unsaid(d.question, c, d.passages)
    ]
    d.lead(reporting[:1])
    return None


def on_the_one(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Who won the davis cup in 2019", "who won game 7": sentences on that one, if one is
    close enough (a year is a clue, not the time asked about, in a multi-hop question; a
    yes/no question is settled by what is said, whatever its number)."""
    first = d.candidates[0]
    # (of a question naming many things, the one its asking clause asks about, if its context
    # names the rest: "zee biz looked back at india's wc semis. who did they play in 2003", not
    # "arteta n pochetino at psg back in 2001 - how long did they live together in a hotel")
    few = name_groups(d.question, d.asked_names) <= MAX_NAMED_FOR_CHECK
    asked = d.question if few else set_in_context(d.question)
    # (a year that sets out when is a clue to the event, not the time the answer must speak
    # of: "when alexis ohanian stepped down from reddits board in 2020, who ended up taking his
    # seat"; so is one a statement before the question gives: "The Trump Organization was
    # convicted of tax fraud in 2022. How long did Allen Weisselberg spend in jail?")
    clause = asking_clause(d.question)
    stated = stated_ends(d.question)
    if SETTING_LEAD.match(d.question) or (stated and d.question.find(clause) >= stated[-1]):
        asked = clause
    d.candidates, lacks = on_the_one_asked(
        asked or d.question,
        d.candidates,
        d.passages,
        close_enough=lambda c: d.close_enough(c, first),
        check_years=few_named(d.question, d.asked_names),
        check_numbers=not d.yes_no,
        whole=parts.names.article_text,
    )
    if lacks:
        result = d.refuse(first)
        result.unlinked = lacks
        return result
    return _of_the_stage(d, first) or _of_the_ordinal(d, first)


def _of_the_stage(d: Draft, first: Candidate) -> OfflineResult | None:
    """Of a stage asked ("the 2019 rugby world cup quarter final"), no sentence on another only
    ("The 2019 Rugby World Cup final between England and South Africa"): one on it or on none,
    if close enough; else a refusal."""
    if d.yes_no or not d.candidates or not another_stage(d.candidates[0].text, d.question):
        return None
    rest = [c for c in d.candidates if not another_stage(c.text, d.question)]
    if rest and d.close_enough(rest[0], first):
        d.lead(rest)
        return None
    return d.refuse(first)


def _of_the_ordinal(d: Draft, first: Candidate) -> OfflineResult | None:
    """Of a thing the question numbers in words ("who was the prosecution's first witness"), no
    sentence numbering it otherwise ("Adam Yedidia, who was the prosecution's second witness"):
    one that does not, if close enough; else a refusal. (A yes/no question is settled by the
    other number: `yes_no_written`.)"""
    asked = number_asked(d.question)
    if d.yes_no or not d.candidates or asked is None:
        return None
    if not numbers_it(asked, d.candidates[0].text, same=False):
        return None
    rest = [c for c in d.candidates if not numbers_it(asked, c.text, same=False)]
    if rest and d.close_enough(rest[0], first):
        d.lead(rest)
        return None
    return d.refuse(first)

"""Which sentences go first: each stage puts those that answer what was asked ahead, or abstains.

A stage takes the draft with its candidates ranked, reorders them, and returns None; or it
returns the result when the question is settled there (an abstention saying what the articles
say instead, or the date a piece came out). The answerer runs them in order (`STAGES`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.abstention import MIN_SENTENCE, OfflineResult
from assistant.answering.asked_names import MAX_NAMED_FOR_CHECK
from assistant.answering.asking import asks_what_came_of_it, set_in_context
from assistant.answering.candidates import Candidate
from assistant.answering.change_asked import of_the_change_taken
from assistant.answering.cited import ASKS_WHAT_WAS_SAID, cited_account, in_their_words
from assistant.answering.contraries import hope_dashed, says_the_contrary
from assistant.answering.deed_premises import (
    buyer_of_a_sale,
    premise_of_a_denied_deed,
    premise_of_the_buyer,
    premise_of_the_deed,
)
from assistant.answering.doers import naming_the_doer, on_most_named
from assistant.answering.draft import Draft, Parts
from assistant.answering.figure_fit import SAID_APART
from assistant.answering.fit import names_the_head
from assistant.answering.focus import focus_forms, focus_word
from assistant.answering.key_linked import linking_the_key
from assistant.answering.names_given import given_name
from assistant.answering.occupation import on_the_job
from assistant.answering.on_what_asked import (
    dated_by_fit,
    doing_what_asked,
    on_the_key,
    on_the_model,
    on_the_one,
    on_the_score,
    on_the_shift_asked,
    telling_the_deed,
)
from assistant.answering.ordinals import premise_of_the_ordinal
from assistant.answering.outcome import result_told
from assistant.answering.payers import paid_by_another, payer_asked
from assistant.answering.pending import expected_only, figures_only_expected
from assistant.answering.pleas import premise_of_the_plea
from assistant.answering.premises import premise_of_the_result, premise_of_the_sum, premise_turned
from assistant.answering.published import asks_publication, publication_answer
from assistant.answering.role_filled import nobody_in_the_role
from assistant.answering.role_premise import premise_of_the_role
from assistant.answering.roles import (
    names_in_qualified_role,
    names_in_role,
    role_of,
    role_qualifiers,
)
from assistant.answering.scores import scores_unsaid
from assistant.answering.scoring import SAME_MEANING, coverage_of
from assistant.answering.sentences import DAY_WORDS, answer_stems
from assistant.answering.specifics import said_in
from assistant.answering.subject import name_groups
from assistant.answering.titles import premise_of_the_title
from assistant.answering.yes_no import asks_outright, says_what_was_asked, told_outright
from assistant.attribution import display_name
from assistant.outlet_names import ASKS_FOR_SOURCES, named_outlets, one_publication
from index.terms import families

SAY_ALL_TRIES = 8  # sentences tried for one from an article that says all the question names
CONTRARY_TRIES = 12  # … and for one saying the contrary of what was asked


Stage = Callable[[Draft, Parts], OfflineResult | None]


def focus_unspoken(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "How much copper": no passage speaks of copper, whatever figures they hold."""
    word = focus_word(d.question) or d.focus or ""
    if (
        d.focus
        and not any(focus_forms(d.focus) & answer_stems(p.text) for p in d.passages)
        and not any(c.fit >= 1.0 for c in d.candidates)  # "15,959 vehicles" for "cars"
        # (nor said another way: "employees" for "workers")
        and not parts.meaning.speaks_of(word, [p.text for p in d.passages], SAME_MEANING)
    ):
        return d.refuse(missing=[word])
    return None


def publication(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "When did Globes publish the piece on …": the date of the piece retrieval ranked first
    (it searched with the whole conversation's words), of the outlet named if one is."""
    if not asks_publication(d.question, d.wants, d.named):
        return None
    on_outlet = [c for c in d.candidates if d.passages[c.passage].outlet in d.named]
    chosen_one = min(on_outlet or d.candidates, key=lambda c: (c.passage, -c.score))
    text = publication_answer(d.passages[chosen_one.passage], f"[{chosen_one.passage + 1}]")
    if not text:
        return None
    coverage = coverage_of(d.terms, [chosen_one], d.passages)
    return OfflineResult(text, False, coverage, chosen_one.score)


def of_the_kind(d: Draft, parts: Parts) -> OfflineResult | None:
    """A sentence of the kind asked for first: an amount for "how much", a date for "when", a
    place for "where", someone beside the role for "who directed it"."""
    top, typed = d.top, d.typed
    d.role = role_of(d.question) if d.wants == "person" else None
    if typed is not None:
        # The best-matching sentence without an amount or a date is what the articles say
        # instead, not the answer.
        # (a date also by a time told from the sentence before: "patented the following
        # year", after one on 1890)
        of_kind = [c for c in d.candidates if typed.search(c.text) or dated_by_fit(d, c)]
        if d.wants in ("date", "time"):  # a date other than the question's own ("what date
            # does it launch": not "last year", nor the day it names)
            dated = [c for c in of_kind if c.fit > 0]
            if (
                not (dated and d.close_enough(dated[0], top))
                and asks_what_came_of_it(d.question)
                and expected_only(d.question, [c.text for c in d.candidates]) is not None
            ):
                return None  # only expected, as `expected_instead` says
            of_kind = dated
        if d.slot.age:  # "how old is he": an age ("Kalmus, 49,"), not "six cases"
            of_kind = [c for c in of_kind if c.fit >= 1.0]
        if asks_what_came_of_it(d.question):  # "how many did haaland score": not what he
            # "could score"
            of_kind = [c for c in of_kind if not figures_only_expected(c.text)]
        # "How many tackles", "how much did converse bring in": a figure said of that thing.
        # Figures said of others answer another question.
        if d.slot.tied:  # (else one that names the thing counted further off, if close enough)
            beside = [c for c in of_kind if c.fit >= 1.0]
            if beside and d.close_enough(beside[0], top):
                of_kind = beside
            else:
                of_kind = [c for c in of_kind if c.fit >= SAID_APART]
        if d.slot.paid:  # "what is ubisoft paying microsoft": a sum it pays, not one
            # Microsoft paid for Activision
            payer = payer_asked(d.question, d.asked_names)
            of_kind = [c for c in of_kind if not paid_by_another(c.text, payer)]
        if not of_kind or not d.close_enough(of_kind[0], top):
            return d.refuse(top, d.kind_name)
        if d.slot.day:  # "what date": one that says the day, if one is close enough ("in
            # 2022" is less, not nothing)
            of_kind = _first(d, of_kind, [c for c in of_kind if DAY_WORDS.search(c.text)], top)
        if d.slot.year or d.slot.span or d.wants == "date":  # "what year": one that says a
            # year ("began in 1816"), before a month; "how long": a period ("for up to two
            # months"), before a figure; "when": a day told outright, before "today"
            of_kind = _first(d, of_kind, [c for c in of_kind if c.fit >= 1.0], top)
        d.lead(of_kind)
    elif d.wants == "name":  # "whats the crispr hiv therapy called": one that gives it as the
        # name ("The therapy, named EBT-101"), if one is close enough, before one that only
        # mentions some name
        named = [c for c in d.candidates if c.fit >= 1.0 and names_the_head(d.slot, c.text)]
        if named and d.close_enough(named[0], top):
            d.lead(named)
    elif d.slot.shaped:  # "where", "which leg": a sentence that gives one, if one is close
        # enough, before those that only share more of the question's words
        gives = [c for c in d.candidates if c.fit >= 1.0 and c.own >= MIN_SENTENCE]
        if gives and d.close_enough(gives[0], top):
            d.lead(gives)
    elif d.role:  # "who directed it": a sentence naming someone beside the role ("director
        # Emma Tammi") before one that only names someone
        role = d.role
        cast = [
            c
            for c in d.candidates
            if c.own >= MIN_SENTENCE and names_in_role(c.text, role, d.slot.asked)
        ]
        # (however far behind, when the best names nobody new: it answers no "who")
        # ("who got made interim ceo": one naming the interim CEO before the CEO)
        qualifiers = role_qualifiers(d.question)
        if qualifiers:
            cast = [
                c
                for c in d.candidates
                if c.own >= MIN_SENTENCE
                and names_in_qualified_role(c.text, role, qualifiers, d.slot.asked)
            ] or cast
        cast = on_most_named(d, cast)
        if cast and (d.close_enough(cast[0], top) or top.fit == 0.0):
            d.lead(cast)
    return None


def _first(
    d: Draft, candidates: list[Candidate], better: list[Candidate], top: Candidate
) -> list[Candidate]:
    """The `better` of the candidates first, if the best of them is close enough to `top`."""
    if better and d.close_enough(better[0], top):
        return better + [c for c in candidates if c not in better]
    return candidates


def expected_instead(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What date did the sec approve the etf": only expected ("is expected to soon approve"),
    nowhere said to be done. Of a question on one or two things: a multi-hop question's many
    words meet some expectation or other."""
    if not asks_what_came_of_it(d.question) or (
        name_groups(d.question, d.asked_names) > MAX_NAMED_FOR_CHECK
    ):
        return None
    at = expected_only(d.question, [c.text for c in d.candidates])
    if at is not None and d.close_enough(d.candidates[at], d.top):
        result = d.refuse(d.candidates[at])
        result.unsettled = True
        return result
    return None


def saying_all_named(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Did check point beat estimates": from an article that names Check Point, if one is
    close enough, before a piece on another company's quarter."""
    names, typed = parts.names, d.typed
    if names.unsaid(d.question, d.candidates[:1], d.passages, d.known, d.specific):
        complete = [
            c
            for c in d.candidates[1:SAY_ALL_TRIES]
            if d.close_enough(c)
            and c.own >= MIN_SENTENCE  # (not one too weak to answer on its own)
            and (typed is None or typed.search(c.text))  # still of the kind asked for,
            and (not d.slot.tied or c.fit >= SAID_APART)  # of the thing asked ("18K" is no fee)
            and not scores_unsaid(d.question, c, d.passages)  # … of the game asked
            and not names.unsaid(d.question, [c], d.passages, d.known, d.specific)
        ]
        d.lead(complete[:1])
    return None


def from_the_outlet_named(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What did anewz say about the aluminium offer": that outlet's best sentence first, if it
    is close enough (the others' may share more of the question's words: "aluminium", where
    AnewZ writes "aluminum")."""
    attributed = named_outlets(d.question, parts.outlets())
    if not one_publication(attributed) or ASKS_FOR_SOURCES.search(d.question) or d.yes_no:
        return None
    theirs = [c for c in d.candidates if d.passages[c.passage].outlet in attributed]
    if theirs and d.close_enough(theirs[0]):
        d.lead(theirs[:1])
    return None


def from_the_cited(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What did Reuters say about it": a sentence from an article that names Reuters, if one
    is close enough; another article's account is not Reuters'."""
    d.cited, citing = cited_account(
        d.question, d.candidates, d.passages, parts.outlets, parts.words.texts_with
    )
    if not d.cited:
        return None
    if ASKS_WHAT_WAS_SAID.search(d.question):  # their words, not an article naming them
        citing = in_their_words(citing, d.passages, d.cited)
    if not citing or not d.close_enough(citing[0]):
        result = d.refuse()
        result.uncited = display_name(d.cited[0], [p.text for p in d.passages])
        return result
    typed = d.typed
    if typed is not None:  # "according to police, how many were arrested": theirs
        of_kind = [c for c in citing if typed.search(c.text)]
        if not of_kind or not d.close_enough(of_kind[0], citing[0]):
            return d.refuse(citing[0], d.kind_name)
        citing = of_kind
    d.citing = citing
    d.lead(citing)
    return None


def _told_outright(d: Draft) -> tuple[Candidate, bool] | None:
    """`told_outright` among the sentences of the two articles read first, the most relevant
    first."""
    articles = list(dict.fromkeys(d.passages[c.passage].article_id for c in d.candidates))
    weighed = {(c.passage, c.text): i for i, c in enumerate(d.candidates)}
    read = sorted(
        (c for c in d.sentences if d.passages[c.passage].article_id in articles[:2]),
        key=lambda c: weighed.get((c.passage, c.text), len(weighed)),
    )
    return told_outright(d.question, read, d.passages, d.asked_names)


def settling(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Does it run the ai live on the device": a sentence that says it (or that it is not so),
    if one is close enough, settles it; from the outlet the question names, if it names one
    ("did anewz report it")."""
    if not d.yes_no:
        return None
    first = d.candidates[0]
    # A sentence telling it outright of the one asked about, however few of the question's
    # words it says: "There's no camera, no screen …" in a review of the frames; "Uber told
    # TechCrunch it cannot comment on pending litigation"
    feature = _told_outright(d) if asks_outright(d.question) else None
    if feature is not None:
        same = (feature[0].passage, feature[0].text)
        d.in_context = [c for c in d.candidates if (c.passage, c.text) == same][:1] or [feature[0]]
        d.lead(d.in_context)
        return None
    told = named_outlets(d.question, parts.outlets())
    # (of the one asked about: "delta beat forecasts so its shares went up, right" is not
    # settled by investors "disappointed with Apple's forecast")
    on_it = [c for c in d.candidates[:SAY_ALL_TRIES] if _names_all(d, c)]
    # (a hope told as dashed settles it before any that only shares its words: "Poyer hoped
    # ayahuasca would elevate his football performances …, but it hasn't worked that way")
    dashed = [c for c in on_it if d.close_enough(c, first) and hope_dashed(d.question, c.text)]
    settles = dashed or [
        c
        for c in on_it
        if d.close_enough(c, first)
        and (not told or d.passages[c.passage].outlet in told)
        and c.own >= MIN_SENTENCE
        and says_what_was_asked(d.question, c, d.passages, d.typed_now)
    ]
    if not settles:  # … or says the contrary: "significantly more resources … than Ukraine" for
        # "does he admit russia has fewer rare earths than ukraine"; or tells the result asked
        # about either way ("did the jets beat the raiders": "the win for the Raiders")
        settles = [
            c
            for c in on_it
            + [c for c in d.candidates[SAY_ALL_TRIES:CONTRARY_TRIES] if _names_all(d, c)]
            if d.close_enough(c, first)
            and (says_the_contrary(d.question, c.text) or result_told(d.question, c.text))
        ]
    d.lead(settles[:1])
    return None


def _names_all(d: Draft, c: Candidate) -> bool:
    """Whether a sentence (read with the one before it, its headline and its outlet) says each
    name the articles must say."""
    p = d.passages[c.passage]
    text = " ".join(filter(None, [p.title, p.outlet, c.before, c.text]))
    words = families(text)
    # (of a question set in context, the names its asking clause gives: "the roar says RA
    # might land joe schmidt thru peter horne. is schmidt interested in coaching the
    # wallabies" is settled by a sentence on Schmidt that names no Horne)
    asked = set_in_context(d.question)
    # (a given name need not be said again beside the surname: "Poyer hoped …")
    return all(
        said_in(name, words, text)
        for name in d.specific
        if not given_name(d.question, name, d.specific)
        and (not asked or re.search(rf"\b{re.escape(name)}\b", asked, re.I))
    )


STAGES: tuple[Stage, ...] = (
    focus_unspoken,
    publication,
    premise_of_the_result,
    premise_turned,
    premise_of_the_ordinal,
    premise_of_the_title,
    premise_of_the_deed,
    premise_of_a_denied_deed,
    premise_of_the_role,
    premise_of_the_plea,
    premise_of_the_buyer,
    premise_of_the_sum,
    of_the_kind,
    of_the_change_taken,
    expected_instead,
    on_the_key,
    on_the_model,
    doing_what_asked,
    telling_the_deed,
    naming_the_doer,
    on_the_shift_asked,
    on_the_score,
    on_the_one,
    on_the_job,
    nobody_in_the_role,  # (of the year or the game asked: "who won the world series in 2019")
    saying_all_named,
    linking_the_key,  # (… and linked to each name it surely means)
    from_the_outlet_named,
    from_the_cited,
    buyer_of_a_sale,  # (after the kind: "Devolver started buying studios" names a buyer too)
    settling,
)

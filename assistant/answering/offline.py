"""The offline answerer: a short answer made of the passages' own sentences, each one cited.

It picks the few sentences that best answer the question (IDF-weighted coverage of the question's
words, meaning similarity from the local model, and what the question asks for: a number, a date,
a person), merges sources that say the same thing into one sentence with `[1][2]`, and never writes
a word the articles did not. When nothing supports an answer it abstains and says what the corpus
covers instead.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from assistant.answering.abstention import (
    MIN_COVERAGE,
    MIN_SENTENCE,
    OfflineResult,
    not_what_was_asked,
)
from assistant.answering.advice import about_the_topic, asks_advice, unsaid_topic
from assistant.answering.asked_names import MAX_NAMED_FOR_CHECK, NOT_A_SPECIFIC, NameChecks
from assistant.answering.asking import (
    asks_reason,
    asks_what_came_of_it,
    focus_word,
    is_yes_no,
    question_focus,
)
from assistant.answering.candidates import Candidate, markers_of, same_claim
from assistant.answering.cited import cited_account
from assistant.answering.fit import AnswerSlot, fit
from assistant.answering.outlets import named_outlets_left_out, outlet_lines, outlets_named
from assistant.answering.pending import expected_only
from assistant.answering.published import asks_publication, publication_answer
from assistant.answering.refusals import WHAT_ABOUT
from assistant.answering.roles import ASKED_AS, names_in_role, role_of
from assistant.answering.scoring import Meaning, coverage_of, sentences_of, unrelated, weigh_words
from assistant.answering.sentences import (
    DAY_WORDS,
    NOT_GIVEN,
    NOT_YET,
    TYPE_NAMES,
    TYPE_PATTERNS,
    UNSETTLED,
    answer_stem,
    answer_stems,
)
from assistant.answering.specifics import said_in
from assistant.answering.subject import (
    article_says,
    name_groups,
    name_shown,
    off_subject,
    on_any,
    says,
    unlinked_name,
)
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.what_about import on_the_shift, shifted_to
from assistant.answering.which_one import on_the_one_asked
from assistant.answering.wording import (
    expand_abbreviations,
)
from assistant.answering.yes_no import says_the_contrary, says_what_was_asked, yes_no_reply
from assistant.attribution import display_name
from assistant.query import (
    ASKS_FOR_SOURCES,
    named_outlets,
    one_publication,
    outlets_set_aside,
)
from assistant.types import Passage
from index.terms import content_words, families

Related = Callable[[str, str], bool]
TYPE_RATIO = 0.75  # a sentence of the kind asked for must score this share of the best sentence


IDF_FLOOR_CHUNKS = 1000  # a small corpus says little about which words are rare: flatten its IDF
CARRIED_SHARE = 0.5  # of a word's weight, when a follow-up's condensed query carried it over
KEEP_RATIO = 0.85  # further sentences must score at least this share of the best
MAX_SENTENCES = 3
SAY_ALL_TRIES = 8  # sentences tried for one from an article that says all the question names
SHORTLIST = 16  # sentences scored by meaning as well as words, and as many filling the slot
# A sentence that gives the kind of answer asked for, about the thing asked about, outranks one
# that only shares more of the question's topic words (`fit.fit`).
FIT_WEIGHT = 0.15


class OfflineAnswerer:
    """Composes cited answers from retrieved passages, with no model beyond the local encoder."""

    def __init__(
        self,
        document_frequency: Callable[[str], int],
        total_chunks: int,
        embed: Callable[[Sequence[str]], np.ndarray] | None = None,
        embed_query: Callable[[str], np.ndarray] | None = None,
        common: frozenset[str] = frozenset(),
        starts_a_word: Callable[[str], bool] | None = None,
        unaccented: Callable[[str], bool] | None = None,
        outlets: Callable[[], list[str]] | None = None,
        texts_with: Callable[[str], list[str]] | None = None,
    ) -> None:
        """`texts_with(word)`: texts of the store that hold a word, to tell how the articles
        write it ("Qatar", "kick")."""
        self.document_frequency = document_frequency
        self.total_chunks = max(total_chunks, 1)
        self.words = CorpusWords(document_frequency, common, starts_a_word, unaccented, texts_with)
        self.outlets = outlets or (lambda: [])  # the store's outlets
        self.meaning = Meaning(embed, embed_query)
        self.names = NameChecks(self.idf, self.words.ordinary, self.outlets, self.words.name)

    def idf(self, term: str) -> float:
        df = self.document_frequency(term)
        n = max(self.total_chunks, IDF_FLOOR_CHUNKS)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def answer(
        self,
        question: str,
        passages: Sequence[Passage],
        query: str | None = None,
        known: frozenset[str] = frozenset(),
        earlier: Sequence[str] = (),
    ) -> OfflineResult:
        """Pick, merge and cite sentences; `query` is a condensed follow-up, if any: its words
        count for matching and its meaning alongside the question's, while the question as
        asked decides the answer type and what must be known. `known` words are the ones the
        articles' metadata accounts for (see `unknown_specifics`); `earlier`, a follow-up's
        earlier questions, most recent first."""
        question = expand_abbreviations(question)
        query = expand_abbreviations(query) if query else None
        typed_now = self._terms(question)  # the words typed now, without those carried over
        terms = dict(typed_now)
        for word in content_words(query or ""):  # a condensed follow-up's earlier words
            # set the context; the words typed now say what is asked
            terms.setdefault(answer_stem(word), CARRIED_SHARE * self.idf(word))
        if not passages or not terms:
            return OfflineResult("", True, 0.0, 0.0)
        missing = self.words.unknown_specifics(question, known)  # as asked: a condensed query
        advice = asks_advice(question)  # carries old words
        if advice:  # "how do i make …": the request's own words are not what is missing
            missing = about_the_topic(missing)
        if missing:
            return OfflineResult("", True, 0.0, 0.0, missing=missing)
        # "Who else covered it besides the Independent": not the Independent's sentences
        aside = outlets_set_aside(question, self.outlets())
        candidates = [c for c in sentences_of(passages) if passages[c.passage].outlet not in aside]
        if not candidates:
            return OfflineResult("", True, 0.0, 0.0)
        weigh_words(candidates, passages, terms)
        # The encoder is the slow part: only a shortlist by words (and rank) is embedded.
        candidates.sort(key=lambda c: (-c.lexical, c.passage))
        named = outlets_named(question, passages)
        shortlist = candidates[:SHORTLIST]
        for outlet in named:  # each outlet the question names gets its best sentence a chance
            if all(passages[c.passage].outlet != outlet for c in shortlist):
                shortlist += [c for c in candidates if passages[c.passage].outlet == outlet][:1]
        slot = AnswerSlot.of(question)
        if query and not slot.focus:  # "and how many do they have": what the turn before
            # counted, as the condensed query carries it
            asked_before = AnswerSlot.of(query)
            if asked_before.wants == slot.wants and asked_before.focus:
                slot = replace(slot, focus=asked_before.focus, head=asked_before.head)
        if slot.wants == "other" and WHAT_ABOUT.match(question):  # "what about lyft's numbers"
            # after "uber q3 net income?": an amount again, for Lyft
            kinds = (AnswerSlot.of(q) for q in earlier)
            last_kind = next((k for k in kinds if k.wants != "other"), None)
            if last_kind is not None:
                slot = replace(
                    slot, wants=last_kind.wants, money=last_kind.money, paid=last_kind.paid
                )
        wants = slot.wants
        typed = TYPE_PATTERNS.get(wants)

        # The best sentences that fill the slot get a chance too (by shape only, so far).
        def context(c: Candidate) -> str:
            return f"{passages[c.passage].title or ''} {c.before}"

        rest = candidates[SHORTLIST:]
        shortlist += [
            c for c in rest if fit(slot, c.text, unrelated, context(c), passages[c.passage].text)
        ][:SHORTLIST]
        candidates = shortlist
        headlines = [passages[c.passage].title or "" for c in candidates]
        self.meaning.score(question, candidates, query, headlines=headlines)
        related = self.meaning.relatedness(slot, candidates)
        for c in candidates:
            c.fit = fit(slot, c.text, related, context(c), passages[c.passage].text)
            rank_prior = 0.05 / (1 + c.passage)
            c.score = 0.45 * c.lexical + 0.55 * c.dense + FIT_WEIGHT * c.fit + rank_prior
            # The floors were set on a sentence's own words (and a person's name for "who"):
            # its article's must not lift it, nor its shape for other kinds of answer.
            lift = FIT_WEIGHT * c.fit if wants == "person" else 0.0
            c.own = 0.45 * c.own + 0.55 * c.dense + lift + rank_prior
        candidates.sort(key=lambda c: -c.score)
        if query and query != question:  # "is he going to pitch next season", after two
            # turns on his contract: a sentence that says the rarest word asked now, if one is
            # close enough, before those on the earlier turns' words alone
            rarest = max(typed_now, key=typed_now.__getitem__, default="")
            speaking = [c for c in candidates if rarest in answer_stems(f"{c.before} {c.text}")]
            if speaking and speaking[0].score >= TYPE_RATIO * candidates[0].score:
                # (all of them, for a yes or no: a sentence on the contract settles nothing)
                lead = speaking if is_yes_no(question) else speaking[:1]
                candidates = lead + [c for c in candidates if c not in lead]
        top = candidates[0]
        focus = question_focus(question)
        if (
            focus
            and not any(focus in answer_stems(p.text) for p in passages)
            and not any(c.fit >= 1.0 for c in candidates)  # "15,959 vehicles" for "cars"
        ):
            # "How much copper": no passage speaks of copper, whatever figures they hold.
            missing = [focus_word(question) or focus]
            return not_what_was_asked(terms, top, passages, missing=missing)
        if asks_publication(question, wants, named):  # "when did Globes publish the piece on …"
            # The piece retrieval ranked first (it searched with the whole conversation's
            # words), of the outlet named if one is
            on_outlet = [c for c in candidates if passages[c.passage].outlet in named]
            chosen_one = min(on_outlet or candidates, key=lambda c: (c.passage, -c.score))
            text = publication_answer(passages[chosen_one.passage], f"[{chosen_one.passage + 1}]")
            if text:
                coverage = coverage_of(terms, [chosen_one], passages)
                return OfflineResult(text, False, coverage, chosen_one.score)
        role = role_of(question) if wants == "person" else None  # "who directed it"
        if typed is not None:
            # "How much", "when": the answer is a sentence holding an amount or a date. The
            # best-matching sentence without one is what the articles say instead, not the answer.
            of_kind = [c for c in candidates if typed.search(c.text)]
            # "How many tackles", "how much did converse bring in": a figure said of that
            # thing. Figures said of others answer another question.
            if slot.tied:
                of_kind = [c for c in of_kind if c.fit >= 1.0]
            if not of_kind or of_kind[0].score < TYPE_RATIO * top.score:
                lacking = TYPE_NAMES[wants]
                return not_what_was_asked(terms, top, passages, lacking)
            if slot.day:  # "what date": one that says the day, if one is close enough ("in
                # 2022" is less, not nothing)
                days = [c for c in of_kind if DAY_WORDS.search(c.text)]
                if days and days[0].score >= TYPE_RATIO * top.score:
                    of_kind = days + [c for c in of_kind if c not in days]
            candidates = of_kind + [c for c in candidates if c not in of_kind]
        elif slot.shaped:  # "where", "which leg": a sentence that gives one, if one is
            # close enough, before those that only share more of the question's words
            gives = [c for c in candidates if c.fit >= 1.0 and c.own >= MIN_SENTENCE]
            if gives and gives[0].score >= TYPE_RATIO * top.score:
                candidates = gives + [c for c in candidates if c not in gives]
        elif role:  # "who directed it": a sentence naming someone beside the role ("director
            # Emma Tammi") before one that only names someone
            cast = [
                c
                for c in candidates
                if c.own >= MIN_SENTENCE and names_in_role(c.text, role, slot.asked)
            ]
            # (however far behind, when the best names nobody new: it answers no "who")
            if cast and (cast[0].score >= TYPE_RATIO * top.score or top.fit == 0.0):
                candidates = cast + [c for c in candidates if c not in cast]
        asked_names = self.names.asked(question, passages)
        key, names = self.names.key(question, wants, passages, asked_names)
        if asks_what_came_of_it(question) and (
            name_groups(question, asked_names) <= MAX_NAMED_FOR_CHECK
        ):  # "what date did the sec approve the etf": only expected ("is expected to soon
            # approve"), nowhere said to be done (of a question on one or two things: a
            # multi-hop question's many words meet some expectation or other)
            at = expected_only(question, [c.text for c in candidates])
            if at is not None and candidates[at].score >= TYPE_RATIO * top.score:
                result = not_what_was_asked(terms, candidates[at], passages)
                result.unsettled = True
                return result
        if role in ASKED_AS and not any(
            names_in_role(c.text, role) and all(says(c, n) for n in asked_names) for c in candidates
        ):  # "who won the tour de france": no sentence on it says anyone won it (the Kings,
            # for "who won warriors v kings", may be named in the question)
            return not_what_was_asked(terms, top, passages, ASKED_AS[role])
        if key:  # a sentence on the one the question names, if one is close enough
            linked = [c for c in candidates if not off_subject(c, key, names, passages)]
            if typed is not None:
                linked = [c for c in linked if typed.search(c.text)]
            if slot.tied or (wants == "rank" and candidates[0].fit >= 1.0):  # (a place in
                # an order, when the best gives one: "she finished third", before her album's
                # heading; "in Moscow" says too little of a place asked for to demand one)
                linked = [c for c in linked if c.fit >= 1.0]
            # … and, before one that sits in an article on it, one that names it ("it is
            # looking at Talon … for $600 million" before "two startups for $1 billion")
            naming = [c for c in linked if says(c, key, names.get(key, ""))]
            if naming and naming[0].score >= TYPE_RATIO * candidates[0].score:
                linked = naming[:1] + [c for c in linked if c is not naming[0]]
            if linked and linked[0].score >= TYPE_RATIO * candidates[0].score:
                candidates = linked + [c for c in candidates if c not in linked]
        shifted = shifted_to(question, query, self.document_frequency)
        if shifted:  # "what about its second weekend?": a sentence on that, or no answer
            on_it = on_the_shift(question, query, shifted, candidates, passages)
            if not on_it or on_it[0].score < TYPE_RATIO * candidates[0].score:
                return not_what_was_asked(terms, candidates[0], passages)
            if typed is not None and not any(typed.search(c.text) for c in on_it):
                # "what about dig?" after Talon's price: Dig's, which the articles don't give
                lacking = TYPE_NAMES[wants]
                return not_what_was_asked(terms, on_it[0], passages, lacking)
            if typed is not None:
                on_it = [c for c in on_it if typed.search(c.text)]
            candidates = on_it + [c for c in candidates if c not in on_it]
        # "who won the davis cup in 2019", "who won game 7": sentences on that one, if one is
        # close enough (a year is a clue, not the time asked about, in a multi-hop question;
        # a yes/no question is settled by what is said, whatever its number)
        first = candidates[0]
        candidates, lacks = on_the_one_asked(
            question,
            candidates,
            passages,
            close_enough=lambda c: c.score >= TYPE_RATIO * first.score,
            check_years=name_groups(question, asked_names) <= MAX_NAMED_FOR_CHECK,
            check_numbers=not is_yes_no(question),
        )
        if lacks:
            result = not_what_was_asked(terms, first, passages)
            result.unlinked = lacks
            return result
        specific = self.names.surely(asked_names, key, question, passages)
        if self.names.unsaid(question, candidates[:1], passages, known, specific):
            # "did check point beat estimates": from an article that names Check Point, if one
            # is close enough, before a piece on another company's quarter
            complete = [
                c
                for c in candidates[1:SAY_ALL_TRIES]
                if c.score >= TYPE_RATIO * candidates[0].score
                and (typed is None or typed.search(c.text))  # still of the kind asked for
                and not self.names.unsaid(question, [c], passages, known, specific)
            ]
            candidates = complete[:1] + [c for c in candidates if c not in complete[:1]]
        # "What did Reuters say about it": a sentence from an article that names Reuters, if
        # one is close enough; another article's account is not Reuters'
        cited, citing = cited_account(question, candidates, passages, self.outlets)
        if cited:
            if not citing or citing[0].score < TYPE_RATIO * candidates[0].score:
                result = not_what_was_asked(terms, candidates[0], passages)
                result.uncited = display_name(cited[0], [p.text for p in passages])
                return result
            if typed is not None:  # "according to police, how many were arrested": theirs
                of_kind = [c for c in citing if typed.search(c.text)]
                if not of_kind or of_kind[0].score < TYPE_RATIO * citing[0].score:
                    return not_what_was_asked(terms, citing[0], passages, TYPE_NAMES[wants])
                citing = of_kind
            candidates = citing + [c for c in candidates if c not in citing]
        if is_yes_no(question):  # "does it run the ai live on the device": a sentence that
            # says it (or that it is not so), if one is close enough, settles it
            first = candidates[0]
            told = named_outlets(question, self.outlets())  # ("did anewz report it": theirs)
            settling = [
                c
                for c in candidates[:SAY_ALL_TRIES]
                if c.score >= TYPE_RATIO * first.score
                and (not told or passages[c.passage].outlet in told)
                and c.own >= MIN_SENTENCE
                and says_what_was_asked(question, c, passages, typed_now)
            ]
            candidates = settling[:1] + [c for c in candidates if c not in settling[:1]]
        best = candidates[0]
        chosen = [best]
        limit = 2 if typed is not None else MAX_SENTENCES
        for c in candidates[1:]:
            if len(chosen) >= limit or c.score < KEEP_RATIO * best.score:
                break
            if typed is not None and not typed.search(c.text):
                break
            if any(same_claim(c.text, k.text) for k in chosen):
                continue
            chosen.append(c)
        chosen += named_outlets_left_out(named, chosen, candidates, passages, best.score)
        if cited:  # … and more sentences only from that account
            chosen = [c for c in chosen if c in citing]
        if key:  # more sentences only on the one the question names: not an outlet's piece
            # on something else that shares a word ("mistakes") with it
            chosen = [c for c in chosen if c is best or not off_subject(c, key, names, passages)]
        coverage = coverage_of(terms, chosen, passages)
        attributed = named_outlets(question, self.outlets())
        outlet = one_publication(attributed)
        # "What did the Verge say about it?": only that outlet's articles (or its sections',
        # "the bbc") can answer.
        if (
            outlet
            and not ASKS_FOR_SOURCES.search(question)
            and all(passages[c.passage].outlet not in attributed for c in chosen)
        ):
            result = not_what_was_asked(terms, best, passages)
            result.silent_outlet = outlet
            return result
        if focus and not any(
            focus in families(passages[c.passage].text) or c.fit >= 1.0 for c in chosen
        ):
            return not_what_was_asked(
                terms, best, passages, missing=[focus_word(question) or focus]
            )
        # (of a question on one or two things: a multi-hop one's kind, "which excerpts", is
        # said by one of its several articles)
        few = name_groups(question, asked_names) <= MAX_NAMED_FOR_CHECK
        kind = slot.kind if few and not is_yes_no(question) else None
        if (
            kind
            and not any(c.fit >= 0.5 for c in chosen)
            and not self.meaning.speaks_of(kind.lower(), [f"{c.before} {c.text}" for c in chosen])
        ):  # "what score did ign give it": sentences that give no score, nor speak of one
            result = not_what_was_asked(terms, best, passages)
            result.unsaid = [kind]
            return result
        if advice:  # "how do i get rid of fruit flies": a sentence on them
            # (a piece on a dessert shop's kitchen is no advice on flies)
            passage = passages[best.passage]
            unsaid_words = unsaid_topic(
                question, f"{passage.title or ''} {best.before} {best.text}"
            )
            if unsaid_words:
                return OfflineResult("", True, coverage, best.score, unsaid=unsaid_words)
        if best.own < MIN_SENTENCE or coverage < MIN_COVERAGE:
            return OfflineResult("", True, coverage, best.score)
        unsaid = self.names.unsaid(question, chosen, passages, known, specific)
        if unsaid:  # "the 2021 Nobel prize" answered from articles on the 2023 one
            result = not_what_was_asked(terms, best, passages)
            # the whole name a word of it belongs to: "Check Point", not "check"
            shown = (
                name_shown(question, w, specific) if w in specific else self.words.name(w) or w
                for w in unsaid
            )
            result.unsaid = list(dict.fromkeys(shown))
            return result
        if query and query != question and not asked_names:  # "how much is it expected to
            # go for", after two turns on ASOS's debt: an article on ASOS, or no answer
            carried = self.names.carried(question, query, passages)
            if carried and not any(map(article_says(best, passages), carried)):
                result = not_what_was_asked(terms, best, passages)
                result.unlinked = carried[max(carried, key=self.idf)]
                return result
            if carried:  # … and the sentences after it too
                chosen = [best, *on_any(chosen[1:], carried, passages)]
        checked = self.names.surely(names, key, question)
        if len(attributed) > 1:  # two outlets' pieces set side by side: a name either says
            theirs = " ".join(p.text for p in passages if p.outlet in attributed)
            checked = {w: f for w, f in checked.items() if not said_in(w, families(theirs), theirs)}
        unlinked = unlinked_name(best, key, names, passages, checked) if key else None
        if unlinked:  # "what is the Wild paying Hynes": what it pays Evason; "how many goals
            # did Messi score at the Copa América": goals in a Copa qualifier Messi is not in
            result = not_what_was_asked(terms, best, passages)
            result.unlinked = name_shown(question, unlinked, names)
            return result
        kept_back = not is_yes_no(question) and NOT_GIVEN.search(best.text)
        # "Why did Inter Miami scrap the trip": the scrapping is given; that it has not yet
        # happened is not
        unsettled = NOT_YET if asks_reason(question) else UNSETTLED
        if kept_back or (asks_what_came_of_it(question) and unsettled.search(best.text)):
            # "How much did Binance.US end up paying?": it broke off the deal; "the terms were
            # not disclosed"
            result = not_what_was_asked(terms, best, passages)
            result.unsettled = not kept_back
            result.lacking = TYPE_NAMES.get(wants, "") if kept_back else ""
            return result
        lines = [c.cited(markers_of(c, candidates, passages)) for c in chosen]
        if ASKS_FOR_SOURCES.search(question) and not is_yes_no(question):
            # "Which outlets reported …": name them, each with its piece, then what they say
            lines = outlet_lines(chosen, passages) + lines[:1]
        text = " ".join(lines)
        if is_yes_no(question):
            # (a timestamp the question quotes from the metadata is no word: "2023-10-04T20:…")
            absent = self.words.absent_words(NOT_A_SPECIFIC.sub(" ", question), known)
            if len(absent) > 1 and not says_the_contrary(question, best.text):
                # "is it worth a fortune": asked in words the articles never use, which settles
                # nothing ("did he offer copper" is settled: "No"; so is "did it beat
                # estimates", by a sentence saying it fell short of them)
                return not_what_was_asked(terms, best, passages, missing=absent)
            text = yes_no_reply(
                question, chosen, candidates, passages, absent, attributed, typed_now
            )
        return OfflineResult(text, False, coverage, best.score)

    def _terms(self, text: str) -> dict[str, float]:
        terms = {}
        for word in content_words(text):
            word = self.words.spelt(word)
            terms[answer_stem(word)] = self.idf(word)
        return terms

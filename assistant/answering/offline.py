"""The offline answerer: a short answer made of the passages' own sentences, each one cited.

It picks the few sentences that best answer the question (IDF-weighted coverage of the question's
words, meaning similarity from the local model, and what the question asks for: a number, a date,
a person), merges sources that say the same thing into one sentence with `[1][2]`, and never writes
a word the articles did not. When nothing supports an answer it abstains and says what the corpus
covers instead.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from assistant.answering.abstention import OfflineResult
from assistant.answering.advice import about_the_topic, asks_advice
from assistant.answering.aliases import aliases
from assistant.answering.answer_kinds import (
    dated_before,
    year_written_out,
)
from assistant.answering.answer_wanted import kinds_asked
from assistant.answering.asked_names import NOT_A_SPECIFIC, NameChecks
from assistant.answering.asking import REQUEST_WORDS, as_asked
from assistant.answering.candidates import (
    claim_sources,
    counted_off_after,
    markers_of,
    same_claim,
)
from assistant.answering.compared import each_after_its_own, other_side
from assistant.answering.draft import Draft, Parts
from assistant.answering.each_asked import for_each_part
from assistant.answering.focus import question_focus
from assistant.answering.follow_up_slot import slot_asked
from assistant.answering.full_names import unknown_full_names
from assistant.answering.lists import asks_for_list
from assistant.answering.names_typed import respelt_beside
from assistant.answering.outlets import named_outlets_left_out, outlet_lines, outlets_named
from assistant.answering.part_by_part import with_parts_answered
from assistant.answering.preferences import STAGES
from assistant.answering.ranking import fit_in_place, rank, shortlist
from assistant.answering.scoring import (
    Meaning,
    coverage_of,
    sentences_of,
    unrelated,
    weigh_words,
)
from assistant.answering.second_kind import other_kind
from assistant.answering.sentences import answer_stem
from assistant.answering.speaker_before import named_by_the_one_before, quoted_unnamed
from assistant.answering.specifics import clipped_from, spelt_out
from assistant.answering.subject import off_subject
from assistant.answering.verdict import CHECKS
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.who_else import only_those
from assistant.answering.wording import expand_abbreviations
from assistant.answering.yes_no_written import yes_no_written
from assistant.outlet_names import ASKS_FOR_SOURCES, ELSE, named_outlets, outlets_set_aside
from assistant.types import Passage
from index.terms import content_words

IDF_FLOOR_CHUNKS = 1000  # a small corpus says little about which words are rare: flatten its IDF
CARRIED_SHARE = 0.5  # of a word's weight, when a follow-up's condensed query carried it over
KEEP_RATIO = 0.85  # further sentences must score at least this share of the best
MAX_SENTENCES = 3
MAX_LISTED = 5  # … and for a question asking for a list
LIST_RATIO = 0.8  # (whose further things share fewer of its words)


class OfflineAnswerer:
    """Composes cited answers from retrieved passages, with no model beyond the local encoder."""

    def __init__(
        self,
        document_frequency: Callable[[str], int],
        total_chunks: int,
        embed: Callable[[Sequence[str]], np.ndarray] | None = None,
        embed_query: Callable[[str], np.ndarray] | None = None,
        common: frozenset[str] = frozenset(),
        words_starting: Callable[[str], list[str]] | None = None,
        unaccented: Callable[[str], bool] | None = None,
        outlets: Callable[[], list[str]] | None = None,
        texts_with: Callable[[str], list[str]] | None = None,
        article_text: Callable[[str], str] | None = None,
        embed_words: Callable[[Sequence[str]], np.ndarray] | None = None,
    ) -> None:
        """`texts_with(word)`: texts of the store that hold a word, to tell how the articles
        write it ("Qatar", "kick"); `article_text(article_id)`: a stored article's whole text,
        for the names its other chunks say; `embed_words`: each word's own vector (`embed` by
        default)."""
        self.document_frequency = document_frequency
        self.total_chunks = max(total_chunks, 1)
        self.words = CorpusWords(document_frequency, common, words_starting, unaccented, texts_with)
        self.outlets = outlets or (lambda: [])  # the store's outlets
        self.meaning = Meaning(embed, embed_query, embed_words)
        self.names = NameChecks(
            self.idf,
            self.words.ordinary,
            self.outlets,
            self.words.name_alone,
            article_text,
            self.words.named_often,
        )
        self.parts = Parts(self.words, self.names, self.meaning, self.outlets, self.idf)

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
        cited_before: Sequence[str] = (),
    ) -> OfflineResult:
        """Pick, merge and cite sentences; `query` is a condensed follow-up, if any: its words
        count for matching and its meaning alongside the question's, while the question as
        asked decides the answer type and what must be known. `known` words are the ones the
        articles' metadata accounts for (see `unknown_specifics`); `earlier`, a follow-up's
        earlier questions, most recent first; `cited_before`, the outlets its last answer cited
        (which "who else covered it" sets aside)."""
        question = expand_abbreviations(question)
        query = expand_abbreviations(query) if query else None
        # ("who else covered it besides the Independent": not the Independent's sentences)
        aside = outlets_set_aside(question, self.outlets(), earlier, cited_before)
        result = self._decided(
            self._draft(question, passages, query, known, earlier, cited_before, aside)
        )
        # ("how much did they put into ftx and would they have invested if …": each part
        # answered on its own as well, as the sentences best for the whole may not)
        result = with_parts_answered(
            result,
            question,
            query,
            lambda part, asked: self._decided(
                self._draft(part, passages, asked, known, earlier, cited_before, aside)
            ),
        )
        if result.abstained and not result.missing and ELSE.search(question) and aside:
            # "who else covered it": no one else did; say who did, and what they say
            # (on what was asked before: "covered" is not the subject)
            asked = self._terms(question)
            terms = {t: v for t, v in self._terms(query or "").items() if t not in asked}
            return only_those(aside, passages, terms or asked, result)
        return result

    def _decided(self, draft: Draft | OfflineResult) -> OfflineResult:
        """The answer the stages and checks come to on a draft (an abstention as it is)."""
        if isinstance(draft, OfflineResult):
            return draft
        for stage in STAGES:  # the sentences that answer what was asked go first
            result = stage(draft, self.parts)
            if result is not None:
                return result
        self._choose(draft)
        for check in CHECKS:  # … and are checked before they are given
            result = check(draft, self.parts)
            if result is not None:
                return result
        return self._written(draft)

    def _draft(
        self,
        question: str,
        passages: Sequence[Passage],
        query: str | None,
        known: frozenset[str],
        earlier: Sequence[str],
        cited_before: Sequence[str] = (),
        aside: Sequence[str] = (),
    ) -> Draft | OfflineResult:
        """The question read and its candidate sentences ranked; or an abstention, when it names
        what no article holds or nothing is left to rank."""
        texts = [p.text for p in passages]
        question = self.words.respelt(question, texts)  # "scorcese"
        # "shedure sanders"; "adam yedida", though the store holds that as a form of "Yedidia"
        question = respelt_beside(question, texts, lambda w: self.words.document_frequency(w) > 0)
        typed_now = self._terms(question)  # the words typed now, without those carried over
        terms = dict(typed_now)
        for word in content_words(query or ""):  # a condensed follow-up's earlier words
            # set the context; the words typed now say what is asked
            terms.setdefault(answer_stem(word), CARRIED_SHARE * self.idf(word))
        if not passages or not terms:
            return OfflineResult("", True, 0.0, 0.0)
        # (a short form no article holds that the passages spell out is known: "apa" for
        # "American Psychological Association"; so is a name they write that it clips: "bama"
        # for "Alabama")
        spelt = frozenset(
            w
            for w in content_words(question)
            if w.isalpha()
            and not self.words.in_corpus(w)
            and any(spelt_out(w, p.text) or clipped_from(w, p.text) for p in passages)
        )
        # (the words that ask for sources are the articles' metadata: "which outlet reported
        # it", on a store whose texts never say "outlet")
        asking = ASKS_FOR_SOURCES.search(question)
        sourced = frozenset(content_words(asking.group())) if asking else frozenset()
        if asking:  # … nor what a sentence must say: "which of the 2 outlets gives numbers on
            # the aluminium, anewz or trt" is answered by a sentence on the aluminium
            offered = named_outlets(question, self.outlets())
            asked_of = {answer_stem(w) for w in sourced | set(content_words(" ".join(offered)))}
            if set(typed_now) - asked_of:
                terms = {t: v for t, v in terms.items() if t not in asked_of}
                typed_now = {t: v for t, v in typed_now.items() if t not in asked_of}
        # (as asked: a condensed query carries old words)
        # (the asker's own, "my 11 yr old", and clock times are no specifics)
        missing = self.words.unknown_specifics(
            # (nor the words of a request around the question: "can you tell me who …")
            NOT_A_SPECIFIC.sub(" ", REQUEST_WORDS.sub(" ", as_asked(question))),
            known | spelt | sourced,
        )
        # (a first name many share, with a surname no article gives it: "adam silver")
        missing = missing or [
            name
            for name in unknown_full_names(question, self.words, texts)
            if not set(content_words(name)) <= known
        ]
        advice = asks_advice(question)
        if advice:  # "how do i make …": the request's own words are not what is missing
            missing = about_the_topic(missing)
        if missing:
            return OfflineResult("", True, 0.0, 0.0, missing=missing)
        candidates = [c for c in sentences_of(passages) if passages[c.passage].outlet not in aside]
        if not candidates:
            return OfflineResult("", True, 0.0, 0.0)
        weigh_words(candidates, passages, terms)
        named = outlets_named(question, passages, earlier, cited_before)
        asked_names = self.names.asked(question, passages)
        slot = slot_asked(question, query, earlier, frozenset(asked_names))
        aka = aliases(p.text for p in passages)
        candidates = shortlist(candidates, passages, named, slot, aka)
        rank(self.meaning, question, query, candidates, passages, slot, typed_now, aka)
        # (… or one that goes on about the thing before by "it", whatever else it names: "how
        # much did it cost amazon to build", after one on amazon's sequoia system, is on Sequoia)
        carried = bool(query) and (not asked_names or bool(IT_MEANT.search(question)))
        if not carried:
            key, names = self.names.key(question, slot.wants, passages, asked_names)
        else:  # a follow-up naming no one is on what the last question naming something
            # named ("any word on when season 2 drops?", after "castlevania nocturne on netflix
            # - when and where is it set?" and "how many episodes is the season"; "their
            # chairman died - how old was he", after "how many points were everton docked"; not
            # the "he" the condensed query carries)
            topic = query or question
            topic_names = self.names.asked(topic, passages)
            # (each as the articles spell it: "mikaela shifrin's parents", two turns back)
            spelt_before = [self.words.respelt(before, texts) for before in earlier]
            for before in spelt_before:
                named_before = self.names.asked(before, passages)
                if named_before:
                    topic, topic_names = before, named_before
                    break
            key, names = self.names.key(topic, slot.wants, passages, topic_names)
            if key:  # (the names the conversation gave before are its own, not others beside
                # it: "ice poseidon", asked of two turns back, after one on kick's revenue split)
                for before in spelt_before:
                    names = {**self.names.asked(before, passages), **names}
        # (metadata names no sentence need say: "tim biggs in the age on …", his byline)
        names = {w: form for w, form in names.items() if w not in known}
        key = "" if key in known or not names else key
        return Draft(
            question,
            query,
            passages,
            known,
            earlier,
            terms,
            typed_now,
            slot,
            candidates,
            candidates[0],
            named,
            advice,
            focus=question_focus(question),
            asked_names=asked_names,
            aka=aka,
            key=key,
            names=names,
            key_carried=carried,
            specific=self.names.surely(asked_names, key, question, passages),
        )

    def _choose(self, d: Draft) -> None:
        """The answer's sentences: the first, and up to two more close to it that say
        something else (of the kind asked for, from each outlet named, from the source cited,
        on the one the question names)."""
        best = d.candidates[0]
        chosen = [best]
        listed = d.typed is None and asks_for_list(d.question)  # (each thing its sentence)
        limit = 2 if d.typed is not None else MAX_LISTED if listed else MAX_SENTENCES
        for c in d.candidates[1:]:
            if (
                len(chosen) >= limit
                or c.score < (LIST_RATIO if listed else KEEP_RATIO) * best.score
            ):
                break
            if d.typed is not None and not d.typed.search(c.text):
                break
            if any(same_claim(c.text, k.text) for k in chosen):
                continue
            chosen.append(c)
        extra = (  # (in place of the last)
            for_each_part(
                d, chosen, lambda slot, c: fit_in_place(slot, c, unrelated, d.passages, d.aka)
            )
            or other_kind(d, chosen, MAX_SENTENCES)
            or other_side(d, chosen)
        )
        chosen = chosen[: max(limit, MAX_SENTENCES) - len(extra)] + extra
        chosen = each_after_its_own(chosen, extra)
        chosen += named_outlets_left_out(d.named, chosen, d.candidates, d.passages, best.score)
        if d.cited:  # … and more sentences only from that account
            chosen = [c for c in chosen if c in d.citing]
        if d.key:  # more sentences only on the one the question names: not an outlet's piece
            # on something else that shares a word ("mistakes") with it
            chosen = [
                c
                for c in chosen
                if c is best or not off_subject(c, d.key, d.names, d.passages, d.question)
            ]
        d.chosen = chosen
        d.coverage = coverage_of(d.terms, chosen, d.passages)

    def _written(self, d: Draft) -> OfflineResult:
        """The answer: the chosen sentences with their markers; the outlets first when it asks
        which reported it; "Yes" or "No" first when the sentences settle a yes/no question."""
        best = d.chosen[0]
        asks_who = d.wants == "person" or "person" in kinds_asked(d.question)
        if asks_who and len(best.parts) <= 1 and named_by_the_one_before(best):
            # "He made the world's first MXene in 2011": who he is, the sentence before says
            best = replace(best, parts=[best.before, best.text])
        elif asks_who and quoted_unnamed(best):
            # "“Today, I wrote to the Mayor of Lisbon …,” he wrote": who wrote it, the sentence
            # before says ("Then the Israeli ambassador to Portugal, Dor Shapiro, waded in.")
            best = replace(best, parts=[best.before, *(best.parts or [best.text])])
        elif len(best.parts) <= 1 and (told := dated_before(best, d.passages[best.passage].text)):
            # "The Ouija board was patented the following year.": which year, the one before
            # says (or the one before that: "In 1890, …")
            best = replace(best, parts=[*told, year_written_out(best.text, told)])
        # (with what one announces, counted off after it: "First, …", "Second, …")
        # (… and no sentence twice: the one before, now said with it, is no other to give)
        rest = [c for c in d.chosen[1:] if c.text not in best.parts]
        d.chosen = [counted_off_after(c, d.passages[c.passage]) for c in [best, *rest]]
        best = d.chosen[0]
        lines = [c.cited(markers_of(c, d.candidates, d.passages)) for c in d.chosen]
        if ASKS_FOR_SOURCES.search(d.question) and not d.yes_no:
            # "Which outlets reported …": name them, each with its piece (those saying the same
            # too), then what they say
            same = claim_sources(best, d.candidates, d.passages)
            lines = outlet_lines(d.chosen, d.passages, same) + lines[:1]
        text = " ".join(lines)
        if d.yes_no:
            reply = yes_no_written(d, self.parts)
            if isinstance(reply, OfflineResult):
                return reply
            text = reply
        return OfflineResult(text, False, d.coverage, best.score)

    def _terms(self, text: str) -> dict[str, float]:
        terms = {}
        for word in content_words(text):
            word = self.words.spelt(word)
            terms[answer_stem(word)] = self.idf(word)
        return terms


# A thing the turn before was on, as the subject or object of a follow-up.
IT_MEANT = re.compile(
    r"\b(?:did|does|do|is|was|will|has|can|could|would)\s+it\b|\bit\s+(?:cost|take)\b", re.I
)

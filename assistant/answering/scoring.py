"""How well each sentence of the passages matches a question: by its words (and its article's),
by meaning through the local encoder, and how much of the question its passages cover."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.candidates import Candidate
from assistant.answering.figures import figure_neighbours
from assistant.answering.names_given import ordinary_words
from assistant.answering.sentences import MID_SENTENCE_NAME, answer_stems
from assistant.answering.statements import CLOSING_STOP, is_statement
from assistant.answering.whole_sentences import quoted_whole
from assistant.answering.wording import other_spellings
from assistant.types import Passage
from index.terms import content_words, families, family

Related = Callable[[str, str], bool]
Embed = Callable[[Sequence[str]], np.ndarray]
CONTEXT_SHARE = 0.5  # of a question word's weight, when the sentence's article says it elsewhere
BEFORE_SHARE = 0.8  # … and when the sentence just before says it
SAME_MEANING = 0.8  # encoder similarity of two words taken as one ("cars", "vehicles")
# … and of two words on one subject ("character" and "role", "score" and "rating"; not "weather"
# and "weekend", nor "recipe" and "pie")
AKIN = 0.5
ASKING_SHARE = 0.5  # of a sentence's meaning score, its closeness to the question's asking clause
WORD_CACHE = 50_000  # word vectors kept between questions
# The first words of a sentence that go on about someone or something named before it.
# (first, or after a short opening set off by a comma: "However, that deal …", "In 2013, he …";
# not "Menendez used this line …", whose subject is named)
REFERS_BACK = re.compile(
    r"\W*(?:(?:[\w’'-]+\s+){0,2}[\w’'-]+,\s+)?(?:he|she|his|her|him|they|their|them|it|its|this|"
    r"that|these|those)\b",
    re.I,
)


def sentences_of(passages: Sequence[Passage]) -> list[Candidate]:
    """The passages' statements of 4 to 80 words (a quote over several sentences is one), each
    with the sentence before it."""
    out = []
    for index, passage in enumerate(passages):
        before = referent = ""
        for parts in quoted_whole(passage.text):
            # (a quote that ends by asking says what comes before it: "… But when Daam1 was
            # missing, no tumors grew. We were puzzled: how can …?”")
            while len(parts) > 1 and parts[-1].rstrip("\"'”’)").endswith("?"):
                parts = parts[:-1]
            sentence = " ".join(parts)
            told = TOLD_THEN_ASKED.match(sentence) if len(parts) == 1 else None
            if told:  # (the statement before a piece's own question: "Ratcliffe's £1.3billion
                # offer … will be high on the agenda when United's board meet on Thursday, but
                # how did we get to this point?")
                sentence = told["told"]
                parts = [sentence]
            # (a quote that opens with a question is talk, not a statement: "What do you want
            # to know? Ask your question …"; unless a statement answers it after: "Isn't there
            # an old adage …? I think Andrew Carnegie gave away … about 11 billion dollars")
            opens_asking = len(parts) > 1 and parts[0].rstrip("\"'”’)").endswith("?")
            if opens_asking and STATEMENT_OPENING.match(parts[1]):
                opening = re.match(r"\s*([\"“])", parts[0])  # (the quote still opens it)
                parts = [f"{opening.group(1) if opening else ''}{parts[1]}", *parts[2:]]
                sentence = " ".join(parts)
                opens_asking = False
            unnamed = goes_on_unnamed(sentence)
            if (
                4 <= len(sentence.split()) <= 80
                and is_statement(sentence)
                and not opens_asking
                and not echoes_title(sentence, passage.title or "")
                # (one that leads into what follows it tells nothing alone: "… like 2023 Oscar
                # winners:" before a post, "focuses on the following areas:" before a list)
                and not sentence.rstrip().endswith(":")
            ):
                out.append(
                    Candidate(
                        index,
                        sentence,
                        parts=parts,
                        before=before,
                        referent=referent if unnamed else "",
                    )
                )
            # (a run of sentences on someone unnamed keeps the one that named them)
            referent = (referent or before) if unnamed else ""
            # (a piece's own short question goes on about the sentence before it, which its
            # answer does too: "… the rules will apply only to men's golf. Why? Because the
            # average driving distance on the LPGA Tour is still well within the norm.")
            if not (before and ASKED_ALOUD.fullmatch(sentence)):
                before = sentence
    return out


# A sentence opening on its subject, as a statement does: "I think …", "It was …".
STATEMENT_OPENING = re.compile(r"\W*(?:I|We|He|She|It|They|There|This|That|These|Those)\b")
# A statement that a question of the piece's own goes on from, after a comma.
TOLD_THEN_ASKED = re.compile(
    r"(?P<told>[^?]{40,}?),\s+(?:but|so|and|yet)\s+(?:how|why|what|who|where|when|which|will|"
    r"would|can|could|is|are|was|were|does|do|did|has|have)\b[^?]*\?[\"”’']?\s*"
)
TITLE_ECHO = 0.7  # the share of a line's words its piece's headline has, to be a heading


def echoes_title(sentence: str, title: str) -> bool:
    """Whether a line with no closing stop says its piece's headline again, as a live blog's
    heading does ("McRae reveals hidden message under the collar of his grand final shirt")."""
    if CLOSING_STOP.search(sentence.strip()):
        return False
    words = content_words(sentence)
    said = set(content_words(title))
    return bool(words) and sum(w in said for w in words) >= TITLE_ECHO * len(words)


# A short question a piece asks itself: "Why?", "How so?", "The reason?", "What happened next?"
ASKED_ALOUD = re.compile(r"\W*(?:[\w'’-]+\s+){0,3}[\w'’-]+\?[\"”’']?\s*")
# A sentence whose subject is someone named before: "He also led …", "She signed …".
PRONOUN_SUBJECT = re.compile(r"\W*(?:he|she|they)\s", re.I)


def goes_on_unnamed(sentence: str) -> bool:
    """Whether a sentence goes on about someone named before it: by a pronoun as its subject
    ("He also led …"), or by one elsewhere in a sentence that names no one ("The record made
    him the winningest manager"; not "Biden said his plan …")."""
    if PRONOUN_SUBJECT.match(sentence):
        return True
    if not PRONOUN_ELSEWHERE.search(sentence) or MID_SENTENCE_NAME.search(sentence):
        return False
    first = re.match(r"\W*([A-Z][\w'’-]*)", sentence)
    return first is None or first.group(1).lower() in ordinary_words()


PRONOUN_ELSEWHERE = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.I)


def weigh_words(
    candidates: list[Candidate], passages: Sequence[Passage], terms: dict[str, float]
) -> None:
    """Set each sentence's `own` and `lexical` scores: the weighted share of the question's
    words it says."""
    total_weight = sum(terms.values())
    # A sentence is read in its article: "There are 157,000 speakers" in an article about
    # the Sphere is about the Sphere. Question words its article says elsewhere count for
    # part, so the words that tell its sentences apart decide among them.
    said_in_article: dict[str, set[str]] = {}
    for passage in passages:
        said_in_article.setdefault(passage.article_id, set()).update(
            answer_stems(" ".join(filter(None, [passage.title, passage.text])))
        )
    forms = term_forms(terms)

    def said(stems: set[str]) -> set[str]:
        return terms_said(forms, stems)

    # (the sentence before, by its text, for one that goes on about what that one goes on about)
    prior = {(c.passage, c.text): c.before for c in candidates}
    for candidate in candidates:
        found = said(answer_stems(candidate.text))
        # The sentence before says most of what it goes on about ("Pieter-Steph du Toit
        # played his best match." then "The back-rower made 28 tackles."), and the one before
        # that when it goes on too ("The team pinpointed a gene, Daam1. This gene is critical
        # … This breakthrough, documented in …").
        told_before = candidate.before
        if told_before and REFERS_BACK.match(candidate.text) and REFERS_BACK.match(told_before):
            told_before = f"{prior.get((candidate.passage, told_before), '')} {told_before}"
        before = said(answer_stems(told_before)) - found
        around = said(said_in_article[passages[candidate.passage].article_id]) - found - before
        # Its own words, with what the sentence before says for it; the floors are set on
        # these, its article's other words must not lift it over them.
        candidate.own = (
            sum(terms[t] for t in found) + BEFORE_SHARE * sum(terms[t] for t in before)
        ) / total_weight
        candidate.lexical = (
            candidate.own + CONTEXT_SHARE * sum(terms[t] for t in around) / total_weight
        )


def term_forms(terms: dict[str, float]) -> dict[str, set[str]]:
    """Each of the question's stems with the other forms a text may say it in: the doer
    ("director" for "directing") and the other side of the Atlantic's ("aluminum")."""
    return {t: doer_forms(t) | set(other_spellings(t)) for t in terms}


def terms_said(forms: dict[str, set[str]], stems: set[str]) -> set[str]:
    """The question's stems (`term_forms`) that a text's stems say, in any form."""
    return {t for t, also in forms.items() if t in stems or also & stems}


def share_said(terms: dict[str, float], text: str) -> float:
    """The weighted share of the question's words a text says, in any of their forms."""
    said = terms_said(term_forms(terms), answer_stems(text))
    return sum(terms[t] for t in said) / (sum(terms.values()) or 1.0)


def doer_forms(stem: str) -> set[str]:
    """The one who does it, for a verb's stem, and the verb, for the doer's: "directing" is said
    by "director", "reporters" by "reported" ("direct", "director"; "reporter", "report")."""
    if len(stem) < 3:
        return set()
    forms = {stem + "er", stem + "or", stem + stem[-1] + "er"}  # "winner"
    if len(stem) >= 6 and stem.endswith(("er", "or")):
        base = stem[:-2]
        forms |= {base, base[:-1]} if base[-1] == base[-2:-1] else {base}
    return forms


def coverage_of(
    terms: dict[str, float], chosen: list[Candidate], passages: Sequence[Passage]
) -> float:
    """How much of the question the chosen sentences' articles (with headings) speak to: all
    their passages, as a sentence deep in a piece ("He has been on a 15-year quest") is on
    what the piece names before it."""
    articles = {passages[c.passage].article_id for c in chosen}
    words: set[str] = set()
    for p in passages:
        if p.article_id in articles:
            words |= families(" ".join(filter(None, [p.title, p.outlet, p.text])))
    return sum(w for t, w in terms.items() if t in words) / (sum(terms.values()) or 1.0)


def unrelated(word: str, head: str) -> bool:
    """No two words are taken as one (without the encoder)."""
    return False


class Meaning:
    """Meaning similarity by the local encoder, if there is one: of sentences to a question, and
    of words near a figure to the thing counted. Word vectors are kept between questions."""

    def __init__(
        self,
        embed: Embed | None,
        embed_query: Callable[[str], np.ndarray] | None,
        embed_words: Embed | None = None,
    ) -> None:
        self.embed = embed
        self.embed_query = embed_query or (lambda text: self.embed([text])[0])  # type: ignore[misc]
        # (words are kept between questions: each must get its own vector, whatever it is
        # encoded with, or one question's answer would hang on those asked before it)
        self.embed_words = embed_words or embed
        self._word_vectors: dict[str, np.ndarray] = {}

    def speaks_of(self, word: str, texts: Sequence[str], least: float = AKIN) -> bool:
        """Whether the texts use a word akin to `word` ("role" for "character", "rating" for
        "score"), by the encoder; with none, only the word itself in some form counts. `least`
        is how alike: SAME_MEANING for a word said another way ("employees" for "workers")."""
        if any(family(word) in families(text) for text in texts):
            return True
        if self.embed is None:
            return False
        words = {word}.union(*(w for w in map(content_words, texts)))
        self._learn(sorted(words))
        head = self._word_vectors[word]
        return any(float(self._word_vectors[w] @ head) >= least for w in words if w != word)

    def _learn(self, words: Sequence[str]) -> None:
        """Encode the words not yet known, in one batch."""
        new = [w for w in words if w not in self._word_vectors]
        if new and self.embed is not None:
            if len(self._word_vectors) > WORD_CACHE:
                # (then every word asked for is learnt anew: the callers read them all)
                self._word_vectors.clear()
                new = list(dict.fromkeys(words))
            self._word_vectors.update(zip(new, self.embed_words(new), strict=True))  # type: ignore[misc]

    def relatedness(self, slot: AnswerSlot, candidates: list[Candidate]) -> Related:
        """Whether a word near a figure means the thing counted ("vehicles" for "cars"), by the
        encoder: one batch for the words of this question's sentences, kept for the next."""
        if self.embed is None or slot.head is None or slot.wants not in ("amount", "number"):
            return unrelated
        words = {slot.head}.union(*(figure_neighbours(c.text) for c in candidates))
        self._learn(sorted(words))
        vectors = self._word_vectors

        def related(word: str, head: str) -> bool:
            a, b = vectors.get(word), vectors.get(head)
            return a is not None and b is not None and float(a @ b) >= SAME_MEANING

        return related

    def score(
        self,
        question: str,
        candidates: list[Candidate],
        query: str | None = None,
        *,
        headlines: Sequence[str],
        asking: str = "",
    ) -> None:
        """Meaning similarity to the question as asked or, for a condensed follow-up ("Did AnewZ
        report it too?" says little on its own), to the condensed query, whichever is closer.

        A sentence is also read under its article's headline, and the closer reading counts:
        "But we sell more F-150s to NASCAR fans." says little of Ford's racing boss on its own,
        and "The Athletic's Ken Rosenthal and Evan Drellich reported on it" nothing of the
        Astros, while their headlines do. (Under its headline alone, a sentence drifts from a
        long question that spans several articles: on MultiHop-RAG's, by 0.03 on average.)"""
        if self.embed is None:
            return
        texts = [c.text for c in candidates]
        headed = [i for i, h in enumerate(headlines) if h]
        # A sentence that speaks of what the one before named ("His first publication on the
        # topic was in 1981.", "However, that deal has not yielded any results.") is also read
        # after it, and the closer reading counts.
        following = [i for i, c in enumerate(candidates) if c.before and REFERS_BACK.match(c.text)]
        vectors = self.embed(
            texts
            + [f"{headlines[i]}. {texts[i]}" for i in headed]
            + [f"{candidates[i].before} {texts[i]}" for i in following]
        )
        asked = [self.embed_query(question)]
        if query and query != question:
            asked.append(self.embed_query(query))
        n, h = len(texts), len(headed)
        sims = np.max([vectors[:n] @ v for v in asked], axis=0)
        if headed:
            under = np.max([vectors[n : n + h] @ v for v in asked], axis=0)
            sims[headed] = np.maximum(sims[headed], under)
        if following:
            after = np.max([vectors[n + h :] @ v for v in asked], axis=0)
            sims[following] = np.maximum(sims[following], after)
        whole = sims
        if asking:
            # A question set in context ("spurs v chelsea, the var check on udogie's lunge -
            # why did he only get a yellow"): the sentence that answers is close to what it
            # asks, not only to the context it restates. (The floors stay on the question as
            # a whole: a short clause, "how long is detour", is close to little on its own.)
            own = vectors[:n] @ self.embed_query(asking)
            sims = (1 - ASKING_SHARE) * sims + ASKING_SHARE * own
        for candidate, sim, as_whole in zip(candidates, sims, whole, strict=True):
            candidate.dense = float(max(0.0, sim))
            candidate.whole = float(max(0.0, as_whole))

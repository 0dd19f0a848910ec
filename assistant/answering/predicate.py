"""Whether the articles an answer comes from speak of the rarest ordinary word the question asks
with ("is it gonna rain in kansas city this weekend": rain), or only share its names."""

from __future__ import annotations

import re

from assistant.answering.abstention import OfflineResult
from assistant.answering.asked_names import CALENDAR, MAX_NAMED_FOR_CHECK
from assistant.answering.asking import ANSWER_TYPES, asking_words
from assistant.answering.draft import Draft, Parts
from assistant.answering.scoring import SAME_MEANING
from assistant.answering.subject import name_groups
from assistant.answering.wording import ASIDES
from index.terms import STOPWORDS, families, family

LEAST_LETTERS = 4  # shorter words ("win", "job") are said in too many other ways to demand
# Times, which articles give as dates and days ("this weekend": "on Sunday").
TIMES = frozenset(
    ("weekend", "weekends", "week", "weeks", "today", "tonight", "tomorrow", "yesterday",
     "year", "years", "month", "months", "season", "seasons", "night", "morning", "afternoon",
     "evening", "currently", "recently", "lately", "nowadays")
)  # fmt: skip


def predicate_unspoken(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Is it gonna rain in kansas city this weekend": sentences on the Chiefs, whose articles
    never speak of rain nor of anything akin to it, do not answer; "The articles on this don't
    mention rain". The word is the asking clause's rarest ordinary one, typed now: names are
    checked elsewhere, and a word the store never holds is a name or a slip."""
    if d.query and d.query != d.question:
        return None  # (a follow-up's words lean on the turns before)
    if name_groups(d.question, d.asked_names) > MAX_NAMED_FOR_CHECK:
        return None  # (a multi-hop question's words are told by several articles)
    word = _rarest_ordinary(d, parts)
    if not word:
        return None
    best = d.chosen[0]  # (the answer is its best sentence: another article's sentence beside
    # it, on rain in Brazil, does not make one on the Chiefs speak of rain)
    text = " ".join(filter(None, [d.passages[best.passage].title, d.passages[best.passage].text]))
    if family(word) in families(text):
        return None
    # (said in other words by the sentence given, a word for the same thing: "stores" for
    # "shops"; a word on the same subject, "outside" for "rain", says nothing of it)
    if parts.meaning.speaks_of(word, [f"{best.before} {best.text}"], least=SAME_MEANING):
        return None
    result = d.refuse(best)
    result.unsaid = [word]
    return result


# Prepositions that set where a thing is asked about: "in kansas city", "at wembley".
SETTING = frozenset(("in", "at", "near", "around", "across", "outside", "inside"))
SETTING_WORDS = 3  # the words a setting runs to, at most, before a stopword ends it


def settings(question: str) -> set[str]:
    """The words that set where the thing asked about is ("kansas", "city" of "is it gonna rain
    in kansas city this weekend"): the place is no part of what is asked."""
    tokens = re.findall(r"[\w'’-]+", question.lower())
    out: set[str] = set()
    for i, token in enumerate(tokens):
        if token not in SETTING:
            continue
        j = i + 1 + (tokens[i + 1 : i + 2] == ["the"])
        for word in tokens[j : j + SETTING_WORDS]:
            if word in STOPWORDS:
                break
            out.add(word)
    return out


def _rarest_ordinary(d: Draft, parts: Parts) -> str:
    setting = settings(d.question)
    words = [
        w
        for w in sorted(asking_words(d.question))  # (in one order: a tie goes the same way)
        if len(w) >= LEAST_LETTERS
        and w.isalpha()
        and w not in STOPWORDS
        and w not in ASIDES
        and w not in CALENDAR
        and w not in TIMES
        and w not in setting
        and w not in ANSWER_TYPES
        and w not in d.known
        and parts.document_frequency(w) > 0  # (one the store never holds is a name or a slip)
        and parts.words.ordinary(w)
    ]
    return max(words, key=parts.idf, default="")

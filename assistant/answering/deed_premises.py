"""Deeds a question takes as done that the articles do not bear out: a ban never told ("why did
the fda ban ozempic"), a deed they deny, a purchase another made."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answering.abstention import OfflineResult
from assistant.answering.deed_stated import stated_as_asked
from assistant.answering.denied_premise import denied_deed
from assistant.answering.draft import Draft, Parts
from assistant.answering.event_premise import deed_untold
from assistant.answering.premises import other_names, told_otherwise
from assistant.answering.purchases import asks_buyer, bought_by_another, tells_sale
from assistant.answering.specifics import said_in
from assistant.answering.vocabulary import INFLECTIONS, past_bases
from index.terms import content_words, families


def premise_of_the_deed(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Why did the FDA ban ozempic": no passage tells a ban beside a name the question gives,
    though they speak of Ozempic."""
    names = d.deed_names
    # (a deed stated before the question is taken as one asked about: "so apple ended up
    # buying beeper - how much did it pay?")
    question = stated_as_asked(d.question) or d.question
    verb = store_verb(parts)
    if d.yes_no or not deed_untold(question, names, d.passages, verb, other_names(d, parts)):
        return None
    return told_otherwise(d, d.candidates[0])


def store_verb(parts: Parts) -> Callable[[str], bool]:
    """Whether the store writes a word as a verb, in any of its forms."""
    words = parts.words

    def verb(word: str) -> bool:
        # (a word the store never holds says nothing of how it is used: an ordinary word
        # typed where the deed goes is the deed, "why did putin reject …" over two articles)
        # (… and a deed stated, in its past form: "so united sacked ten hag - …")
        return any(
            words.used_as_verb(form) or (words.ordinary(form) and not words.in_corpus(form))
            for form in _verb_bases(word)
        )

    return verb


def _verb_bases(word: str) -> list[str]:
    """`past_bases`, and for a word in "-ing" the verbs it may be a form of (`INFLECTIONS`, a
    doubled last letter): "buying": "buy"; "firing": "fire"; "quitting": "quit"."""
    if not (word.endswith("ing") and len(word) > len("ing") + 2):
        return past_bases(word)
    forms = [word] + [word[: -len(end)] + repl for end, repl in INFLECTIONS if end == "ing"]
    if word[-4] == word[-5]:
        forms.append(word[:-4])
    return forms


def premise_of_a_denied_deed(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "When kay burley apologised to eylon levy, what did she say": the articles say "Kate
    Burley did not apologize", and nowhere that she did. (A yes or no is answered "No"
    instead.)"""
    if d.yes_no:
        return None
    denial = denied_deed(d.question, list(d.asked_names), d.passages, d.sentences)
    return None if denial is None else told_otherwise(d, denial)


def premise_of_the_buyer(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Why did apple buy dig security": the articles tell Palo Alto Networks acquiring it,
    and nowhere Apple buying it."""
    if d.yes_no:
        return None
    told = d.sentences
    # (the thing's name words, however typed: "irobot", which no capital marks)
    names = list(d.asked_names) + [
        w
        for w in content_words(d.question)
        if w not in d.asked_names and not parts.words.ordinary(w)
    ]
    other = bought_by_another(d.question, names, [c.text for c in told])
    return None if other is None else told_otherwise(d, told[other])


def buyer_of_a_sale(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Who ended up buying wework after it went bankrupt": a sentence telling a sale, if one
    is close enough; no answer from one on the bankruptcy alone."""
    if not asks_buyer(d.question):
        return None
    # (of the thing named: "Devolver started buying studios" tells no sale of Activision)
    names = set(d.specific or d.asked_names)
    sales = [
        c
        for c in d.candidates
        if tells_sale(c.text) and all(said_in(n, families(c.text), c.text) for n in names)
    ]
    if sales and d.close_enough(sales[0]):
        d.lead(sales[:1])
        return None
    return told_otherwise(d, d.candidates[0])

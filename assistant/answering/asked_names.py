"""The names a question is about, and which of them the articles an answer comes from say."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from assistant.answering.asking import asking_clause, asking_words, set_in_context
from assistant.answering.candidates import Candidate
from assistant.answering.names_given import given_name, in_runs
from assistant.answering.names_typed import cased_phrase, clipped_in, slipped_beside, written_form
from assistant.answering.published_days import dates_published
from assistant.answering.sentences import (
    cased_names,
    name_phrases,
)
from assistant.answering.slot_words import SUPERLATIVE
from assistant.answering.specifics import PLACE_INITIALS, apposed, said_as_name
from assistant.answering.subject import (
    ASKS_ENTITY,
    KIND_OF_ITS_OWN,
    SOURCE_FRAME,
    families_of,
    name_groups,
    said_words,
)
from assistant.answering.yes_no_asked import is_yes_no
from assistant.outlet_names import name_words, named_outlets
from assistant.query import YEAR
from assistant.types import Passage
from index.dates import MONTHS, WEEKDAYS
from index.terms import STOPWORDS, content_words, fold_accents

# A verb in lower case after "to", and its object: "to rob a charity".
TO_DO = re.compile(
    r"\bto\s+([a-z][a-z'’-]*)\s+(?:a|an|the|his|her|their|its|my|our|your|this|that|these|"
    r"those|some|any|every)\b"
)
# What "how much" or "how many" asks the amount of, typed in lower case: "how much weight has he
# lost" (no name, whatever "Weight Watchers" says).
AMOUNT_OF = re.compile(r"\bhow\s+(?:much|many)\s+([a-z]+)\b")
# … and the kind of thing "what" or "which" asks for: "what date was its board meant to …" (no
# name, whatever "Effective Date" says).
KIND_ASKED = re.compile(r"\b(?:what|which)\s+([a-z]+)\b")

# Days of the year by name, a time rather than a subject: "thanksgiving reading: when did people
# start growing cranberries".
HOLIDAYS = frozenset(
    ("thanksgiving", "christmas", "halloween", "easter", "hanukkah", "diwali", "ramadan", "eid",
     "passover", "xmas")
)  # fmt: skip
CALENDAR = frozenset(MONTHS) | WEEKDAYS | HOLIDAYS  # times, not names a sentence must say

HOW_WORD = re.compile(r"\bhow\s+[a-z]+", re.I)
MAX_NAMED_FOR_CHECK = 2  # names of a question the articles read must all say
# Times and timestamps a question quotes from the articles' metadata ("18:00:38", "2023-10-04T21:
# 11:57+00:00"): never specifics the text must hold.
# Timestamps and times of day; "mid", "early" and "late" before a month ("mid oct") are part of a
# date, not a name ("Mid Sussex").
NOT_A_SPECIFIC = re.compile(
    r"\b\d{4}-\d{2}-\d{2}T[\d:+.Z-]+|\b\d{1,2}:\d{2}(?::\d{2})?\b|"
    r"\b(?:mid|early|late)(?=[- ]?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|"
    # a bound on a rank, not a figure of its own: "is kd in the top 10 all time"
    r"\b(?:top|bottom)[- ]\d{1,3}\b|"
    # the asker's own: "thinking of taking my 11 yr old"
    r"\b(?:my|our)\s+\d{1,2}(?:[- ]?(?:yrs?|years?|months?|weeks?)[- ]?old\b|[- ]?y/?o\b)",
    re.I,
)
# A word typed with a plus after it, as services are named ("kids+", "disney+", "apple tv+").
PLUS_NAMED = re.compile(r"(?<![\w+])([A-Za-z][A-Za-z]+)\+(?![\w+])")
# One whose own words are asked for, however many names follow: "marc benioff's reaction to
# lidiane jones leaving slack for bumble" asks of Benioff.
OWN_WORDS_ASKED = re.compile(
    r"^\W*(?:so\s+|and\s+)?(?:(?:what|how)(?:'s|’s|s|\s+is|\s+was|\s+were|\s+are)?\s+)?"
    r"(?:the\s+)?(?:[a-z][\w.-]*\s+){0,2}[a-z][\w.-]*['’]s\s+(?:reaction|response|take|view|views|"
    r"stance|position|opinion|comment|comments|thoughts|answer|reply|verdict)\b",
    re.I,
)
# Words that stand for someone named before: an asking clause with one asks about that one.
REFERRING = frozenset(("he", "she", "him", "her", "his", "hers"))


def _first_at(question: str, word: str) -> int:
    """Where a name word is first typed in the question (its end when it is not found)."""
    found = re.search(rf"\b{re.escape(word)}", question, re.I)
    return found.start() if found else len(question)


def outlet_word(word: str, passages: Sequence[Passage]) -> bool:
    """Whether `word` is part of the name of a passage's outlet."""
    return any(p.outlet and word in name_words(p.outlet) for p in passages)


def few_named(question: str, names: dict[str, str], at_least: int = 0) -> bool:
    """Whether a question names few things (`MAX_NAMED_FOR_CHECK`), as one on a thing or two
    does, unlike a multi-hop one; or, when names set its context, whether its asking clause
    does ("essentiallysports on the nascar guys autosport snubbed - how many laps did hamlin
    lead", "zee biz looked back at india's wc semis. who did they play in 2003"), and names
    `at_least` that many."""
    if name_groups(question, names) <= MAX_NAMED_FOR_CHECK:
        return True
    clause = set_in_context(question)
    return bool(clause) and at_least <= name_groups(clause, names) <= MAX_NAMED_FOR_CHECK


class NameChecks:
    """Reads a question's names. `idf` weighs how rare a word is in the store, `ordinary` tells
    everyday English words, and `outlets` lists the store's outlets."""

    def __init__(
        self,
        idf: Callable[[str], float],
        ordinary: Callable[[str], bool],
        outlets: Callable[[], list[str]],
        written_as_name: Callable[[str], str] = lambda word: "",
        article_text: Callable[[str], str] | None = None,
        named_often: Callable[[str], bool] = lambda word: False,
    ) -> None:
        """`written_as_name(word)`: the word as the store's articles write it, if they write it
        as a name ("" if not); `article_text(article_id)`: an article's whole text, of which
        retrieval read only some chunks; `named_often(word)`: whether the store writes a word
        as a name more than once."""
        self.idf = idf
        self.ordinary = ordinary
        self.outlets = outlets
        self.written_as_name = written_as_name
        self.article_text = article_text
        self.named_often = named_often

    def unsaid(
        self,
        question: str,
        chosen: list[Candidate],
        passages: Sequence[Passage],
        known: frozenset[str],
        names: dict[str, str],
    ) -> list[str]:
        """The question's names and years that the articles the answer comes from do not say
        (as written in the question); other articles may."""
        phrases = name_phrases(NOT_A_SPECIFIC.sub(" ", question))
        specific = [w for w in content_words(" ".join(phrases)) if YEAR.fullmatch(w)]
        read = passages
        # A question naming several things (a multi-hop one, "the trial TechCrunch reported and
        # the colleague The Verge named") may find each in another article, some beyond the
        # passages read: its names count only if no passage read says them. A question about
        # one or two is answered from an article that says them all, the one its answer's first
        # sentence comes from: "what eps did nike report for fiscal q1 2021" is not answered
        # from a piece on fiscal 2024, whatever year other passages read mention.
        if (
            len(phrases) <= MAX_NAMED_FOR_CHECK
            and name_groups(question, names) <= MAX_NAMED_FOR_CHECK
        ):
            # (one that sets two outlets' pieces side by side reads both)
            many = len(named_outlets(question, self.outlets())) > 1
            articles = {passages[c.passage].article_id for c in (chosen if many else chosen[:1])}
            read = [p for p in passages if p.article_id in articles]
            phrases = name_phrases(NOT_A_SPECIFIC.sub(" ", dates_published(question, read)))
            specific = [w for phrase in phrases for w in content_words(phrase)]
            specific += [w for w in names if YEAR.fullmatch(w) or w.isalpha()]
            # A name typed in lower case that no passage read writes at all ("andrea", asked
            # of Taylor Swift's mother): the articles write it as a name elsewhere
            specific += self.unread_names(question, names, passages)
        unsaid = self._unsaid_in(specific, read, passages, known)
        if unsaid and read is not passages and self.article_text is not None:
            # (the article's other chunks, which retrieval did not read: "Lautaro Martínez"
            # named once in a roundup whose chunk read says "Martínez" alone)
            whole = fold_accents(self.article_text(passages[chosen[0].passage].article_id))
            said = said_words(whole)
            unsaid = [w for w in unsaid if not said_as_name(w.replace(".", ""), said, whole)]
        return [
            w
            for w in unsaid
            if not clipped_in(w, question, read) and not slipped_beside(w, question, read)
        ]

    @staticmethod
    def _unsaid_in(
        words: list[str],
        read: Sequence[Passage],
        passages: Sequence[Passage],
        known: frozenset[str],
    ) -> list[str]:
        """The words that the passages `read` do not say, in any form (outlets of the passages
        and `known` metadata words aside)."""
        if not words:
            return []
        # (accents folded, as the question's words are: "Martínez" says "martinez")
        text = fold_accents(
            " ".join(" ".join(filter(None, [p.title, p.outlet, p.published, p.text])) for p in read)
        )
        said = said_words(text)

        def unsaid(word: str) -> bool:
            w = fold_accents(word)  # ("Beyoncé" typed with its accent)
            return (
                not said_as_name(w.replace(".", ""), said, text)
                # (a possessive typed without its mark: "sanctuary ais" for Sanctuary AI's)
                and not (len(w) >= 3 and w.endswith("s") and said_as_name(w[:-1], said, text))
            )

        return [
            w
            for w in dict.fromkeys(words)
            if w not in known and unsaid(w) and not outlet_word(w, passages)
        ]

    def sources(self, question: str) -> set[str]:
        """The words of the sources a question cites ("the nyt/athletic piece", "as reported by
        Fortune"): where it was said, not what it is about."""
        cited = [" ".join(filter(None, m.groups())) for m in SOURCE_FRAME.finditer(question)]
        cited += named_outlets(question, self.outlets())  # "as reported by Fortune, CNBC and …"
        return name_words(" ".join(cited))  # "CBSSports.com" by "cbssports"

    def common(self, word: str) -> bool:
        """An ordinary word the store does not write as a name ("delivering", not "talon")."""
        return self.ordinary(word) and not self.written_as_name(word)

    def unread_names(
        self, question: str, names: dict[str, str], passages: Sequence[Passage]
    ) -> list[str]:
        """The question's words that no passage read holds and the store writes as names: common
        words ("andrea", "london"), and others the store names more than once ("zuckerberg").
        (A rarer word typed so is as likely a short form the articles write otherwise, "xmas",
        "utd", or a word the store once writes in a name, "acumen".)"""
        text = " ".join(" ".join(filter(None, [p.title, p.text])) for p in passages)
        said = families_of(text)
        sources = self.sources(question)
        return [
            w
            for w in dict.fromkeys(content_words(NOT_A_SPECIFIC.sub(" ", question)))
            if w not in names
            and w not in sources
            and w.isalpha()
            and w not in CALENDAR
            and not said_as_name(w, said, text)
            and (
                w in PLACE_INITIALS  # (a place by its initials, "uk": in capitals, a name)
                or (
                    len(w) > 2
                    and (self.ordinary(w) or self.named_often(w))
                    and bool(self.written_as_name(w))
                )
            )
        ]

    def asked(self, question: str, passages: Sequence[Passage]) -> dict[str, str]:
        """The question's name words (lower case) with their written forms: from its capitals
        or, typed in lower case, from how the passages write its words (`cased_names`)."""
        # Bodies only: a headline capitalises every word ("Apple Watch Ban To Kick In"). "How
        # old was he": the word that asks is no name, whatever "Old Trafford" says
        names = cased_names(HOW_WORD.sub(" ", question), [p.text for p in passages], self.common)
        for token in " ".join(name_phrases(NOT_A_SPECIFIC.sub(" ", question))).split():
            word = token.strip(".,'’").lower()
            if word.isalpha() and word not in STOPWORDS:
                names.setdefault(word, token.strip(".,'’"))
        for word in apposed(question):  # "rainforest, the payments startup": a name
            names.setdefault(word, word.capitalize())
        for word in PLUS_NAMED.findall(question):  # "amazon kids+": a service's name
            # (a short word in capitals, as services write it: "Apple TV+")
            names.setdefault(word.lower(), word.upper() if len(word) <= 3 else word.capitalize())
        # The first word is capitalised as any sentence's: a name only if it is no word
        # ("Canva did a share sale …")
        first = re.match(r"\s*([A-Z][\w'’-]*)", question)
        word = first.group(1).strip("'’").lower() if first else ""
        if word.isalpha() and len(word) > 2 and not self.ordinary(word):
            names.setdefault(word, first.group(1).strip("'’"))  # type: ignore[union-attr]
        # (the most of something names nothing, however a product writes it: "the max
        # wattage", for a store that sells the "iPhone 15 Pro Max"; nor does an ordinary word
        # clipped, "gen ai" for "generative AI")
        # (nor a verb typed in lower case after "to", with its object after it: "ways to rob a
        # charity", for a store that names a Rob)
        done = {m.group(1) for m in TO_DO.finditer(question)}
        # (… nor an ordinary word for what is measured or asked for: "how much weight", "what
        # date")
        measured = {
            m.group(1)
            for pattern in (AMOUNT_OF, KIND_ASKED)
            for m in pattern.finditer(question)
            if self.common(m.group(1))
        }
        return {
            w: form
            for w, form in names.items()
            if not SUPERLATIVE.fullmatch(w)
            and not clipped_in(w, question, passages, True)
            and w not in done | measured
        }

    def key(
        self, question: str, wants: str, passages: Sequence[Passage], names: dict[str, str]
    ) -> tuple[str, dict[str, str]]:
        """The name the question is most about (its rarest word of a name), and all its name
        words as the articles write them; ("", {}) when the answer need not say it.

        Names come from the question's capitals or, typed in lower case, from how the passages
        write its words (`cased_names`). A sentence that shares the question's other words but
        speaks of someone else ("Evason's contract … $2M per season" for "what is the Wild
        paying john hynes") answers another question. Yes/no questions settle on what is said
        instead ("No, the articles don't mention copper"); questions naming more than two
        things (multi-hop ones) draw on several sentences, and "who", "which" and "what kind
        of" questions ask for another than the names they give as clues ("who persuaded
        Yedidia"): none is checked.
        """
        asks_another = ASKS_ENTITY.match(question) and not KIND_OF_ITS_OWN.match(question)
        if is_yes_no(question) or wants in ("person", "name") or asks_another:
            return "", {}  # "who persuaded Yedidia": the answer names another than the clues
        texts = [" ".join(filter(None, [p.title, p.text])) for p in passages]
        if not few_named(question, names, at_least=1) and not OWN_WORDS_ASKED.match(question):
            return "", {}  # counted with its outlets and dates: a multi-hop question
        sources = self.sources(question)
        names = {
            w: form
            for w, form in names.items()
            if len(w) > 1  # "M.L.B." is no name "M"
            and w not in CALENDAR
            and w not in sources
            and not outlet_word(w, passages)
        }  # dates (a holiday too), outlets and cited sources are not what a sentence is about
        if not names:
            return "", {}
        # The rarest in the corpus; in a tie (a small store), the one the passages mention least.
        # Of the names the asking clause gives, if it gives any: "talksport piece after the 3-3
        # in istanbul - how many goals had man utd shipped" asks about United, not Istanbul.
        said = " ".join(texts).lower()
        clause = asking_words(question)
        asked_here = [w for w in names if w in clause]
        if not asked_here and REFERRING & set(
            re.findall(r"[a-z]+", asking_clause(question).lower())
        ):
            # "robertson is out ahead of the merseyside derby - whats the injury n how long is
            # he out for": the one named first, whom "he" stands for, not the rarest name
            first = min(names, key=lambda w: _first_at(question, w))
            return first, names
        asked_here = asked_here or list(names)
        # (of a full name, the last word, by which its article goes on: "how much was caroline
        # ellison paid" is answered by "she got a $200,000 salary" after a sentence on Ellison)
        asked_here = [w for w in asked_here if not given_name(question, w, names)] or asked_here
        return max(asked_here, key=lambda w: (self.idf(w), -said.count(w))), names

    def surely(
        self, names: dict[str, str], key: str, question: str, passages: Sequence[Passage] = ()
    ) -> dict[str, str]:
        """The name words the articles must say. Ordinary words typed in lower case ("kick in")
        may be a name in some article ("Kick", the streaming site): they count only when typed
        as names, as the key one, beside another name word ("ryder cup", as the articles write
        "Ryder Cup"), or when the store writes them as names ("qatar"). Dates are not names."""
        typed = set(re.findall(r"(?<=\s)[A-Z][\w'’-]*", question))
        runs = in_runs(question, names, [p.text for p in passages])
        sources = self.sources(question)  # (a source the store writes as a name: "Athletic")
        return {
            w: form
            for w, form in names.items()
            if len(w) > 1
            and w not in CALENDAR
            and (
                w == key
                or form in typed
                or w in runs
                or not self.ordinary(w)
                or (w not in sources and self.written_as_name(w))
            )
        }

    def carried(self, question: str, query: str, passages: Sequence[Passage]) -> dict[str, str]:
        """The names a condensed follow-up carries over from the turns before ("asos" into "how
        much is it expected to go for"), with their written forms: its earlier words that the
        passages write as names, or that are no ordinary word; not outlets, dates or figures."""
        typed = set(content_words(question))
        words = [w for w in dict.fromkeys(content_words(query)) if w not in typed]
        bodies = [p.text for p in passages]  # (a headline capitalises every word)
        cased = cased_names(" ".join(words), bodies, self.common)
        carried = {
            w: cased.get(w) or written_form(w, bodies)
            for w in words
            if w.isalpha()
            and len(w) > 2
            and w not in CALENDAR
            and (w in cased or not self.ordinary(w))
            and not outlet_word(w, passages)
        }
        # … and a name of ordinary words, written as one ("World Series"), as a whole: its
        # words alone ("World" of a World Cup) are not it
        order = [w for w in content_words(query.replace(question, " ")) if w not in typed]
        for phrase, form in named_phrases(order, passages).items():
            for word in phrase.split():
                carried.pop(word, None)
            carried[phrase] = form
        return carried


def named_phrases(words: Sequence[str], passages: Sequence[Passage]) -> dict[str, str]:
    """Two words in a row that the passages write together as a name ("world series": "World
    Series"), with that written form; not an outlet's."""
    bodies = [p.text for p in passages]  # (a headline capitalises every word)
    found = {}
    for first, second in itertools.pairwise(words):
        if not (first + second).isalpha():
            continue
        form = cased_phrase(f"{first} {second}", bodies)
        if form and not outlet_word(first, passages):
            found[f"{first} {second}"] = form
    return found

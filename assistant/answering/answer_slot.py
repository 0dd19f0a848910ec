"""What a question leaves open: the kind of answer it wants and the words for the thing asked.

`AnswerSlot.of` reads it once from the question; `fit` scores a sentence on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.answer_wanted import clause_asking, question_wants
from assistant.answering.asking import ANSWER_TYPES, FOCUS, as_asked, asking_clause
from assistant.answering.figure_words import (
    CROWD,
    FIGURE_ITSELF,
    MONEY_ITSELF,
    NEWS_NOUNS,
    PEOPLE_COUNTED,
    PRICE_ITSELF,
    SHARE_ITSELF,
)
from assistant.answering.figures import AGE_ASKED, WORD, figure_values
from assistant.answering.focus import (
    SIZED,
    VAGUE_THINGS,
    focus_phrase,
    measured_phrase,
    subject_focus,
)
from assistant.answering.kind_words import ASKS_EXPANSION, NAMED_KIND
from assistant.answering.measures import JOINING, OLD_ONE, RATE, WAGE_ASKED
from assistant.answering.names_given import bare, ordinary_words
from assistant.answering.owner import owner_focus
from assistant.answering.sentences import (
    IRREGULAR,
    NOT_A_FIGURE,
    answer_stem,
)
from assistant.answering.slot_words import (
    COMPARED,
    CONTEST_ASKED,
    DAY_ASKED,
    EXACTLY,
    MAKER_ASKED,
    MAKING,
    MONEY_ASKED,
    NO_KIND,
    NOT_PRICED,
    OFTEN,
    PAID_ASKED,
    PERIOD_ON_PERIOD,
    PORTION_ASKED,
    PRICE_OF_THING,
    SCOPE,
    SETTING_AGAINST,
    SHARE_AFTER,
    SHARE_ASKED,
    SPAN_ASKED,
    WHAT_DOES,
    WHOLE,
    WORTH_ASKED,
    YEAR_ASKED,
)
from assistant.answering.specifics import WORD_NUMBERS
from assistant.answering.wording import CHAT_ASIDES
from index.terms import STOPWORDS, content_words, family
from index.terms import words as words_of

# The unit a figure is asked in, at the end of the question: "… in mah?", "in km", "in lbs".
IN_UNIT = re.compile(
    r"\bin\s+(mah|wh|kwh|mwh|gwh|km|kms|kilometers|kilometres|miles|mph|kph|kg|kgs|lbs|pounds|"
    r"tons|tonnes|gb|tb|mb|ghz|mhz|hz|mp|megapixels|inches|feet|ft|meters|metres|cm|mm|watts|"
    r"w|kw|mw|gw|liters|litres|gallons|calories|kcal)\s*[?.!)]*\s*$",
    re.I,
)
# What "how much" asks of when it asks a length of time: "how much time", "how many hours".
TIME_ASKED = frozenset(
    ("time", "hours", "hrs", "minutes", "mins", "days", "weeks", "months", "years")
)
# "How big an increase did it find": the size of a change, in a count or a share ("a 1,265%
# increase").
CHANGE_SIZED = re.compile(
    r"^\s*how\s+(?:big|large|huge|steep|sharp|significant)\s+(?:of\s+)?an?\s+(?:rise|increase|"
    r"jump|drop|fall|decline|growth|gain|loss|cut|hike|surge|dip|boost|spike|decrease|"
    r"reduction|slump|rebound)\b",
    re.I,
)
NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
WEIGHT_ASKED = re.compile(r"\bweigh(?:s|ed|ing)?\b|\bhow\s+heavy\b", re.I)


@dataclass(frozen=True)
class AnswerSlot:
    """What a question leaves open: the kind of answer, and the words for the thing asked about
    ("dog illness case reports" for "how many dog illness case reports has Oregon received")."""

    wants: str
    focus: tuple[str, ...]  # the focus phrase's word families, its head last
    head: str | None  # the head as written ("cars"), to compare by meaning
    asked: frozenset[str]  # the question's own words, lower case
    subject: tuple[str, ...] = ()  # whose figure: "converse" in "how much did converse bring in"
    money: bool = False  # an amount of money: "how much did the US pay"
    measured: tuple[str, ...] = ()  # what a unit measures: "contract" in "how many years is …"
    given: frozenset[float] = frozenset()  # the values of the question's own figures
    paid: bool = False  # money changing hands, not what something is worth
    day: bool = False  # a day, not a year or a month: "what date is it on"
    span: str = ""  # a stretch or a rate of time: "length" ("how long"), "frequency" ("how often")
    done: str = ""  # what the people counted did: "download" of "how many people downloaded it"
    year: bool = False  # a year, not a month or a day: "what year did they start"
    age: bool = False  # how old: asked by the asking clause ("an old crash" before it asks none)
    weighed: bool = False  # a weight: "how much do the echo frames weigh", "how heavy"
    sized: bool = False  # a size: "how big is the balloon" ("inflated to 80 feet")
    contest: bool = False  # a side: "who beat them in the final" ("lost to Canada")
    rate: bool = False  # money by the period: "how much is he earning a week"
    owner: tuple[str, ...] = ()  # whose the things counted are: "how many staff does X have"
    maker: bool = False  # a maker or owner, most often a company: "who makes ouija boards now"
    unit: str = ""  # the unit the figure is asked in: "whats the battery capacity in mah"
    wage: bool = False  # money paid to one for work: "how much was ellison paid as ceo"
    portion: bool = False  # a part of a whole, a share or a sum: "how much of their spend"

    @classmethod
    def of(cls, question: str, names: frozenset[str] = frozenset()) -> AnswerSlot:
        """The slot a question leaves open; `names` are its name words (lower case), however
        typed."""
        # (the news words retrieval passes over are things counted: "how many violation reports")
        question = as_asked(question)  # ("tell me the wild's record": what their record is)
        # (an aside in brackets describes, asking nothing: "how many employees does rainforest
        # (the atlanta payments startup) have")
        typed = question  # (its figures, units and words, brackets and all)
        question = ASIDE_IN_BRACKETS.sub("", question)
        wants = question_wants(question)
        # (of a question asking two things, the figure's own clause: "what year was that, and
        # roughly for how much"; a kind asked in the other stays asked: "what was the final
        # score and who had the big game")
        own = clause_asking(question, wants) if wants in ("amount", "number") else question
        # (a change's period is no thing measured: "grew how much year over year")
        phrase = focus_phrase(PERIOD_ON_PERIOD.sub(" ", own)) or ""
        words = [
            w
            for w in words_of(phrase)
            if (w not in STOPWORDS or w in NEWS_NOUNS)
            and (len(w) > 1 or w.isdigit())
            and w not in JOINING  # ("ouija-related cases" are cases of Ouija)
            and w not in SETTING_AGAINST  # ("democratic versus republican candidates")
            and w not in CHAT_ASIDES  # ("what was it lol")
            and w not in WHOLE
            and w not in SCOPE
        ]
        # "how much money did it pull in", "what pct had launched", "what's the figure for":
        # money is what an amount is in, a share or a figure what it is, not a thing it is
        # said of
        # (… nor are "stuff" and "things", said of anything: "how much stuff does india ship")
        # (… nor is a price or a cost, a sum of money whatever the sentence calls it: "what
        # price did the auction stop at": "at $US44 million, they stopped the auction")
        # (… however exactly it is asked for: "whats the exact number")
        if set(words) - EXACTLY <= (
            MONEY_ITSELF | SHARE_ITSELF | FIGURE_ITSELF | VAGUE_THINGS | PRICE_ITSELF
        ):
            words = []
        # (nor is the verb of "what happens when …", "what caused it": no kind of thing)
        if len(words) == 1 and words[0].lower() in WHAT_DOES:
            words = []
        # "the highest valuation trump slapped on it": a name with a verb in the past after it
        # starts a clause of its own, as a capitalised one does (`focus_phrase`); not a name
        # inside the thing ("share of us aluminium imports")
        cut = next(
            (
                i
                for i in range(1, len(words) - 1)
                if words[i].lower() in names and _past(words[i + 1].lower())
            ),
            len(words),
        )
        words = words[:cut]
        # (… as does a run of names closing the phrase, with a verb after it: "how much cfpb
        # made them pay back" asks what was paid, not an amount of the CFPB; "the internal name
        # alameda research had" a name, not Alameda Research)
        after = re.search(rf"\b{re.escape(phrase)}\s+([a-z]+)", own, re.I) if phrase else None
        run = len(words)
        while run > 0 and words[run - 1].lower() in names:
            run -= 1
        if after and run < len(words):
            verb = after[1].lower()
            # (of an amount only, the whole phrase: "how many democrats voted" counts them;
            # after a helper verb, a name of two words or more behind a thing of its own: "how
            # many new iphones did apple sell" asks iphones)
            if (_past(verb) and (run > 0 or wants == "amount")) or (
                verb in CLAUSE_VERBS and run > 0 and len(words) - run >= 2
            ):
                words = words[:run]
        # (past a name that owns it, and a year: "the philippines' 2022 national budget" is a
        # budget; not "children's hospitals", hospitals of a kind)
        owners = [m for m in OWNER.finditer(phrase) if m.group(1).lower() in names]
        if owners:
            owned = set(words_of(phrase[: owners[-1].end()]))
            while len(words) > 1 and (words[0] in owned or YEAR_WORD.fullmatch(words[0])):
                words = words[1:]
        kind_of_sum = IN_SUM_KIND.search(own) if wants == "amount" and not words else None
        if kind_of_sum:  # "how much are they seeking in damages": damages, not any sum
            words = [(kind_of_sum.group(1) or kind_of_sum.group(2)).lower()]
        own_subject = subject_focus(own)  # (whose figure it is, read once: used below too)
        priced = COSTING.search(own) if wants == "amount" and not words else None
        if priced:  # "how much is the cybertruck range extender pack going to cost": the pack,
            # past the names of its maker, which say whose it is
            # (the thing itself, before what it is from or for: "a license from masimo")
            thing = re.split(r"\b(?:from|of|for|with|by|to|in|on|at)\b", priced.group(1))[0]
            # (what counts it is no part of it: "one dose")
            words = [w for w in words_of(thing) if w not in STOPWORDS and w not in WORD_NUMBERS]
            while words and words[0] in names:
                words = words[1:]
            # (… unless whose figure it is says it all: "one dose of cabotegravir")
            if set(map(answer_stem, words)) <= set(own_subject):
                words = []
        focus = tuple(answer_stem(w) for w in words)
        asked = frozenset(bare(w.strip(".,'’")) for w in WORD.findall(typed))
        head = words[-1] if words else None
        asking = asking_clause(own)
        if wants == "expansion":  # the short form itself
            match = ASKS_EXPANSION.search(asking)
            head = match.group(1) if match else None
        # "what share of tiktok users pay for music": a share, whatever they pay
        # ("make" asks money only of no other thing: "how much did he make", not "how much
        # training compute makes a model count")
        # (of the asking clause when it names a thing or someone of its own: "… terror financing
        # authority: by how much did terror-financing reports jump" asks no money)
        subject = own_subject
        # (whose figure, by any word of their name: "how much is letitia james seeking", said
        # of "James")
        subject += _name_run(own, subject, names)
        clause = asking if focus or subject else question
        money_words = {m.group().lower() for m in MONEY_ASKED.finditer(clause)}
        priced = PRICE_OF_THING.match(own)
        if priced and not NOT_PRICED & set(priced["thing"].lower().split()):
            money_words.add("price")  # "how much is the m3 max macbook pro": its price
        # ("how much time do ppl spend in it" asks a length of time, not money spent)
        timed = wants in ("amount", "number") and (head or "").lower() in TIME_ASKED
        # ("how much meditating does he do a day": a doing is measured by the time it takes)
        timed = timed or (wants == "amount" and _doing(head or "") and not money_words)
        money = (
            wants == "amount"
            and not timed
            and bool(money_words if not focus else money_words - MAKING)
            and not SHARE_ASKED.search(asking)
            and not SHARE_AFTER.search(own)
            and not COMPARED.search(question)
        )
        paid = money and bool(PAID_ASKED.search(question)) and not WORTH_ASKED.search(question)
        measured = tuple(answer_stem(w) for w in content_words(measured_phrase(question) or ""))
        given = figure_values(NOT_A_FIGURE.sub(" ", typed))
        day = wants == "date" and bool(DAY_ASKED.search(question))
        spans = SPAN_ASKED.search(asking) if wants == "number" else None
        span = "" if spans is None else "frequency" if spans.group(1).lower() in OFTEN else "length"
        span = span or ("length" if timed else "")
        if timed and (head or "").lower() == "time":
            focus = ()  # ("how much time": a stretch in any unit, "5 billion hours", no "time")
        counted = FOCUS.search(question) if wants == "number" else None
        did = re.match(r"\s+([a-z]{2,}ed)\b", question[counted.end() :]) if counted else None
        done = answer_stem(did.group(1).lower()) if did else ""
        year = wants == "date" and bool(YEAR_ASKED.search(question))
        # ("the old one" asks no age: "how big of an increase is it over the old one")
        age = bool(AGE_ASKED & set(re.findall(r"[a-z]+", OLD_ONE.sub(" ", asking.lower()))))
        weighed = wants in ("amount", "number") and bool(WEIGHT_ASKED.search(question))
        sized = wants == "number" and bool(SIZED.search(asking) or CHANGE_SIZED.search(asking))
        # (a crowd's size is a head count, not "a 50-metre penalty": "how big was the crowd")
        sized = sized and (head or "").lower() not in CROWD | PEOPLE_COUNTED
        contest = wants == "person" and bool(CONTEST_ASKED.search(asking))
        # ("how much is he earning a week", "how much time do they spend on it a month")
        rate = (money or span == "length") and bool(RATE.search(own))
        owner = owner_focus(own) if wants == "number" else ()
        maker = wants == "person" and bool(MAKER_ASKED.search(asking))
        in_unit = IN_UNIT.search(typed) if wants in ("amount", "number") else None
        unit = in_unit.group(1).lower() if in_unit else ""
        wage = money and bool(WAGE_ASKED.search(own))
        portion = wants == "amount" and bool(PORTION_ASKED.search(asking))
        return cls(
            wants,
            focus,
            head,
            asked,
            subject,
            money,
            measured,
            given,
            paid,
            day,
            span,
            done,
            year,
            age,
            weighed,
            sized,
            contest,
            rate,
            owner,
            maker,
            unit,
            wage,
            portion,
        )

    @property
    def shaped(self) -> bool:
        """Whether a sentence that gives the answer shows it plainly: a place, a short form
        spelt out, a kind set apart. (A person may be "the Kremlin" or "companies", named by no
        capitals a sentence shows.)"""
        if self.wants in ("place", "expansion", "rank"):
            return True
        return self.wants == "other" and self.head is not None and self.head not in ANSWER_TYPES

    @property
    def kind(self) -> str | None:
        """The kind of thing asked for, in one word, that an answer must speak of ("what score
        did ign give it", "what's the weather like"); None when the question names no such kind
        in one word, or one any answer is ("what word did he make up", "the title")."""
        if len(self.focus) != 1 or not self.head:
            return None
        if not (self.shaped and self.wants == "other") and self.wants != "name":
            return None  # ("the name of the song": a song, named)
        head = self.head.lower()
        return None if head in NO_KIND or NAMED_KIND.fullmatch(head) else head

    @property
    def tied(self) -> bool:
        """Whether a figure must be said of something the question names to answer it."""
        return self.wants in ("amount", "number") and bool(self.focus or self.subject or self.money)


def names_in(words: list[str]) -> list[str]:
    """The capitalised words of a sentence, its first only when it is no ordinary word:
    "Balderton is leading the round"; not "Get in touch"."""
    names = [w for i, w in enumerate(words) if i > 0 and NAME_WORD.fullmatch(w)]
    if words and NAME_WORD.fullmatch(words[0]) and words[0].lower() not in ordinary_words():
        names.append(words[0])
    return names


# The kind of sum asked "in": "how much are they seeking in damages", "… pay in fines".
SUM_KINDS = (
    r"(damages|compensation|fines|fees|bonuses|taxes|royalties|refunds|ransom|bail|"
    r"settlements?|penalties|subsidies|grants|loans)"
)
IN_SUM_KIND = re.compile(
    # (only a sum that is seldom told without its word: not "in funding", "raised $20m")
    rf"\bin\s+{SUM_KINDS}\s*[?.!]*\s*$|"
    # (… or asked right after "how much": "how much money in damages is it seeking")
    rf"\bhow\s+much(?:\s+money)?\s+in\s+{SUM_KINDS}\b",
    re.I,
)
# The thing a cost is asked of: "how much is the X going to cost", "how much does an X cost".
COSTING = re.compile(
    r"\bhow\s+much\s+(?:is|are|does|do|will|would|could|might)\s+"
    r"((?:[a-z][\w'’-]*\s+){1,6}?)(?:(?:be\s+)?going\s+to\s+|gonna\s+)?cost\b",
    re.I,
)
OWNER = re.compile(r"\b([\w-]+?)(?:['’]s|(?<=s)['’])(?=\s)")
YEAR_WORD = re.compile(r"(?:19|20)\d\d")
# (not one with a figure or a unit of its own: "(out of 1,500 staff)", "(in mah)")
ASIDE_IN_BRACKETS = re.compile(r"\s*\((?![^()]*\d)(?!\s*in\s)[^()]{1,80}\)")
# Verbs that, after a name, start a clause of its own: "the name alameda research had".
CLAUSE_VERBS = frozenset(("had", "has", "have", "did", "does", "do", "is", "was", "are", "were"))


def _past(word: str) -> bool:
    """A verb's past form: "slapped", "put", "paid"."""
    return (len(word) > 4 and word.endswith("ed")) or word in IRREGULAR


def _doing(word: str) -> bool:
    """Whether a word names a doing measured by the time it takes: "meditating", "sleeping";
    not "rushing", "hiring" or "mining", measured otherwise."""
    return word.lower() in TIMED_DOINGS


TIMED_DOINGS = frozenset(
    ("meditating", "meditation", "sleeping", "sleep", "exercising", "exercise", "studying",
     "reading", "gaming", "streaming", "practising", "practicing", "practice", "training",
     "waiting", "commuting", "scrolling", "watching", "working")
)  # fmt: skip


def _name_run(question: str, subject: tuple[str, ...], names: frozenset[str]) -> tuple[str, ...]:
    """The other words of the name the subject opens, as the question types it: "james" after
    "letitia" (both name words)."""
    words = words_of(question)
    for i, word in enumerate(words):
        if family(word) in subject and word in names:
            run = []
            for after in words[i + 1 :]:
                if after not in names:
                    break
                run.append(family(after))
            return tuple(run)
    return ()

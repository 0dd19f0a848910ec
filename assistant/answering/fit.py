"""Whether a sentence holds what a question asks for, beside the words they share.

A sentence can share every topic word of a question and still not answer it: asked "how many
tackles did du Toit make", the article's opening line on du Toit's great match shares more words
than "The back-rower made 28 tackles". What tells the answer apart is the slot the question leaves
open: a figure said of the thing counted ("28 tackles"), a date, a name the question does not
already give, a word that sets apart the thing asked about ("left leg" for "which leg"). This
module reads that slot from the question once (`AnswerSlot`) and scores a sentence on it (`fit`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answering.answer_kinds import (
    MAKER_SAID,
    RECORD_LINE,
    dated_before,
    expands,
    gives_cause,
    named_before,
    people_named,
    ranks,
    sides_named,
)
from assistant.answering.asking import (
    ANSWER_TYPES,
    FOCUS,
    as_asked,
    asking_clause,
    clause_asking,
    question_wants,
)
from assistant.answering.candidates import Candidate
from assistant.answering.figure_fit import (
    FIGURE_ITSELF,
    MONEY_ITSELF,
    NEWS_NOUNS,
    SHARE_ITSELF,
    figure_fit,
    is_focus,
    says_whole,
    unasked_difference,
)
from assistant.answering.figures import AGE_ASKED, WORD, figure_values
from assistant.answering.focus import (
    SIZED,
    focus_phrase,
    measured_phrase,
    subject_focus,
)
from assistant.answering.kind_words import ASKS_EXPANSION, NAMED_KIND
from assistant.answering.measures import JOINING, OLD_ONE, RATE, SIZE, WEIGHT
from assistant.answering.names_given import bare, new_name, ordinary_words
from assistant.answering.owner import counts_owners, owner_focus
from assistant.answering.places import places_named
from assistant.answering.sentences import (
    CLOCK,
    DAY_WORDS,
    IRREGULAR,
    NOT_A_FIGURE,
    SPAN,
    WHEN_WORDS,
    answer_stem,
)
from assistant.answering.slot_words import (
    BIRTH_ASKED,
    COMPARED,
    CONTEST_ASKED,
    DAY_ASKED,
    MAKER_ASKED,
    MAKING,
    MONEY_ASKED,
    OFTEN,
    PAID_ASKED,
    SHARE_AFTER,
    SHARE_ASKED,
    SPAN_ASKED,
    WORTH_ASKED,
    YEAR_ASKED,
)
from index.terms import STOPWORDS, content_words, family, fold_accents
from index.terms import words as words_of

# The unit a figure is asked in, at the end of the question: "… in mah?", "in km", "in lbs".
IN_UNIT = re.compile(
    r"\bin\s+(mah|wh|kwh|mwh|gwh|km|kms|kilometers|kilometres|miles|mph|kph|kg|kgs|lbs|pounds|"
    r"tons|tonnes|gb|tb|mb|ghz|mhz|hz|mp|megapixels|inches|feet|ft|meters|metres|cm|mm|watts|"
    r"w|kw|mw|gw|liters|litres|gallons|calories|kcal)\s*[?.!]*\s*$",
    re.I,
)
# What "how much" asks of when it asks a length of time: "how much time", "how many hours".
TIME_ASKED = frozenset(
    ("time", "hours", "hrs", "minutes", "mins", "days", "weeks", "months", "years")
)
# A figure with a unit of length or time: "56-yard", "eight months", "2,120-kilometer", a
# "10-game" streak.
MEASURED_SPAN = re.compile(
    r"(?<![\w.])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|a few|several|a couple of)[\s-]+(?:seconds?|minutes?|"
    r"mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|decades?|centuries|yards?|yds?|"
    r"feet|foot|ft|inch(?:es)?|miles?|meters?|metres?|kilomet(?:er|re)s?|km|kms|pages?|laps?|"
    r"rounds?|innings)\b|"
    # (a run of games said as one: a "10-game" streak, not "won just three games")
    r"(?<![\w.])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:game|match|"
    r"win|fight|race|start|season)\b",
    re.I,
)
# "What was the score": a scoreline ("a 19-17 defeat", "won 3-1"), not a season ("2023-24").
SCORE_WORDS = frozenset(("score", "scoreline", "scores"))
# (not a side's record after its name: "The Buffalo Bills (8-6)")
SCORELINE = re.compile(
    r"(?<![\d.,–-])(?<!\()\d{1,3}\s?[-–]\s?\d{1,3}(?![\d%)]|[.,]\d|\s?[-–]\s?\d)"
    # a cricket score, runs for wickets: "reeling at 120 for eight", "252/6", "all out for 180"
    r"|(?<![\d.,])\d{2,3}\s?(?:for\s+|/)(?:10|\d|one|two|three|four|five|six|seven|eight|nine|"
    r"ten)\b(?!\s?(?:%|per|years?|months?))|\ball\s+out\s+for\s+\d{2,3}\b"
)
# "Headquartered in Hangzhou", "based at Cambridge", "a Hangzhou-based maker": a place given.
PLACE = re.compile(
    r"\b(?:in|at|from|near|outside|based in|headquartered in)\s+(?:the\s+)?[A-Z][a-z]{2,}|"
    r"\b[A-Z][a-z]{2,}-based\b"
)
# Where money goes: to whom it is given.
MONEY_GOING = frozenset(
    ("money", "proceeds", "funds", "funding", "cash", "profits", "donations", "revenue", "fine")
)
GOES = frozenset(("go", "goes", "going", "went", "gone"))
GIVEN_TO = re.compile(
    r"\b(?:donat\w+|given|give[sn]?|go(?:es|ing)?|went|paid|sent|allocated|directed|earmarked|"
    r"channell?ed|handed|pledged|used)\s+(?:\w+\s+){0,2}?(?:to|towards?|for)\s+(?:the\s+|its\s+)?"
    r"(?:[A-Z]\w+|fund|support|pay|help|charit|schools?|victims|families|research)",
)
# Where something is, as against where things happen to it.
LOCATED = frozenset(
    ("based", "headquartered", "headquarters", "hq", "located", "situated", "home", "live")
)
SITED = re.compile(
    r"\b(?:based|headquartered|headquarters|located|situated|home)\s+(?:is\s+)?(?:in|at|near|"
    r"outside)\s+(?:the\s+)?[A-Z]|\b[A-Z][a-z]{2,}-based\b|\b(?:lives?|living)\s+in\s+[A-Z]",
    re.I,
)
# A birthplace said as one, not where someone is now: "born in Dublin", "a native of".
BIRTHPLACE = re.compile(
    r"\b(?:born|raised|grew\s+up|growing\s+up|native\s+of|hails?\s+from|hometown)\b", re.I
)
NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
# Words that tell one of a kind from another ("which leg": the left one) are no more than this
# far before the word for the kind.
MODIFIER_GAP = 2


# Words for what any answer is, which no sentence need say: "what word did he make up".
NO_KIND = frozenset(
    ("word", "words", "term", "terms", "phrase", "title", "titles", "nickname", "thing",
     "things", "stuff", "one", "ones", "bit", "example", "examples", "answer", "detail",
     "details", "result", "results", "outcome", "outcomes", "status", "situation", "news",
     "update", "updates", "story", "response", "reaction", "message", "point", "latest")
)  # fmt: skip


# Words setting one thing against another inside the thing asked, which no sentence need say.
SETTING_AGAINST = frozenset(("versus", "vs", "v"))


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

    @classmethod
    def of(cls, question: str, names: frozenset[str] = frozenset()) -> AnswerSlot:
        """The slot a question leaves open; `names` are its name words (lower case), however
        typed."""
        # (the news words retrieval passes over are things counted: "how many violation reports")
        question = as_asked(question)  # ("tell me the wild's record": what their record is)
        wants = question_wants(question)
        # (of a question asking two things, the figure's own clause: "what year was that, and
        # roughly for how much"; a kind asked in the other stays asked: "what was the final
        # score and who had the big game")
        own = clause_asking(question, wants) if wants in ("amount", "number") else question
        phrase = focus_phrase(own) or ""
        words = [
            w
            for w in words_of(phrase)
            if (w not in STOPWORDS or w in NEWS_NOUNS)
            and (len(w) > 1 or w.isdigit())
            and w not in JOINING  # ("ouija-related cases" are cases of Ouija)
            and w not in SETTING_AGAINST  # ("democratic versus republican candidates")
        ]
        # "how much money did it pull in", "what pct had launched", "what's the figure for":
        # money is what an amount is in, a share or a figure what it is, not a thing it is
        # said of
        if set(words) <= MONEY_ITSELF | SHARE_ITSELF | FIGURE_ITSELF:
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
        focus = tuple(answer_stem(w) for w in words)
        asked = frozenset(bare(w.strip(".,'’")) for w in WORD.findall(question))
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
        subject = subject_focus(own)
        clause = asking if focus or subject else question
        money_words = {m.group().lower() for m in MONEY_ASKED.finditer(clause)}
        # ("how much time do ppl spend in it" asks a length of time, not money spent)
        timed = wants in ("amount", "number") and (head or "").lower() in TIME_ASKED
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
        given = figure_values(NOT_A_FIGURE.sub(" ", question))
        day = wants == "date" and bool(DAY_ASKED.search(question))
        spans = SPAN_ASKED.search(asking) if wants == "number" else None
        span = "" if spans is None else "frequency" if spans.group(1).lower() in OFTEN else "length"
        span = span or ("length" if timed else "")
        counted = FOCUS.search(question) if wants == "number" else None
        did = re.match(r"\s+([a-z]{2,}ed)\b", question[counted.end() :]) if counted else None
        done = answer_stem(did.group(1).lower()) if did else ""
        year = wants == "date" and bool(YEAR_ASKED.search(question))
        # ("the old one" asks no age: "how big of an increase is it over the old one")
        age = bool(AGE_ASKED & set(re.findall(r"[a-z]+", OLD_ONE.sub(" ", asking.lower()))))
        weighed = wants in ("amount", "number") and bool(WEIGHT_ASKED.search(question))
        sized = wants == "number" and bool(SIZED.search(asking))
        contest = wants == "person" and bool(CONTEST_ASKED.search(asking))
        rate = money and bool(RATE.search(own))
        owner = owner_focus(own) if wants == "number" else ()
        maker = wants == "person" and bool(MAKER_ASKED.search(asking))
        in_unit = IN_UNIT.search(question) if wants in ("amount", "number") else None
        unit = in_unit.group(1).lower() if in_unit else ""
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


def _names_in(words: list[str]) -> list[str]:
    """The capitalised words of a sentence, its first only when it is no ordinary word:
    "Balderton is leading the round"; not "Get in touch"."""
    names = [w for i, w in enumerate(words) if i > 0 and NAME_WORD.fullmatch(w)]
    if words and NAME_WORD.fullmatch(words[0]) and words[0].lower() not in ordinary_words():
        names.append(words[0])
    return names


def _past(word: str) -> bool:
    """A verb's past form: "slapped", "put", "paid"."""
    return (len(word) > 4 and word.endswith("ed")) or word in IRREGULAR


def fit(
    slot: AnswerSlot,
    sentence: str,
    related: Callable[[str, str], bool],
    context: str = "",
    passage: str = "",
    before: str = "",
) -> float:
    """How well a sentence fills the question's slot: 1 when it gives an answer of the kind
    asked for, about the thing asked about; 0.5 for an answer of that kind said of something
    else, or the thing asked about named with nothing that sets it apart; 0 otherwise.

    `related(a, b)` tells whether two words mean nearly the same ("cars" and "vehicles");
    `context` is its article's headline and the sentence before it, which may name whose
    figure it gives ("The Converse brand fell short." then "Sales came in at $588 million.");
    `passage`, the text around it, which may say what kind of thing it counts ("battery swap
    stations" of "30 stations in Delhi"); `before`, the sentence before it, which may name
    whom it speaks of ("the wide receiver broke loose").
    """
    words = WORD.findall(sentence)
    if slot.span and not slot.focus:  # "how long was the game winner": "a 56-yard field
        # goal", not "won just three games"
        return (
            1.0
            if _period(sentence, slot.span)
            else 0.5 * bool(figure_fit(slot, NOT_A_FIGURE.sub(" ", sentence), related))
        )
    if slot.weighed:  # "how much do they weigh": "acetate weighing 46.3g", not "$389.99",
        # nor "30 grams less than the original"
        weights = [
            m
            for m in WEIGHT.finditer(sentence)
            if not unasked_difference(slot, sentence[m.end() :])
        ]
        return 1.0 if weights else 0.0
    if slot.sized and (SIZE.search(sentence) or WEIGHT.search(sentence)):
        return 1.0  # "how big is the balloon": "inflated to 80 feet", whatever it is called
    if slot.wants in ("amount", "number"):
        found = figure_fit(slot, NOT_A_FIGURE.sub(" ", sentence), related)
        if found and slot.rate and not RATE.search(sentence):
            return 0.5  # "how much is he earning a week": "bought for £47.2m" is no wage
        if found and slot.owner and not counts_owners(slot.owner, sentence, context, passage):
            found = min(found, 0.5)  # "how many employees does rainforest have": not Synapse's
        if found and not slot.focus and slot.subject:
            said = {family(w) for w in content_words(fold_accents(f"{context} {sentence}"))}
            return 1.0 if said.intersection(slot.subject) else 0.5
        if found == 1.0 and not says_whole(slot, f"{context} {passage} {sentence}"):
            return 0.5  # "the cheapest season ticket" for the midfield club one
        return found
    if slot.wants == "date":
        told = DAY_WORDS if slot.day else WHEN_WORDS
        dates = [m.group().lower() for m in told.finditer(sentence) if m.group().lower()]
        dates = [d for d in dates if d not in slot.asked]
        if slot.year and dates:  # "what year": "in 1816", more than "mid-September"
            return 1.0 if any(YEAR.fullmatch(d) for d in dates) else 0.5
        if not dates and dated_before(Candidate(0, sentence, before=before), passage):
            return 1.0  # "patented the following year", a sentence or two after one on 1890
        if dates and all(d in RELATIVE_DAYS for d in dates):
            return 0.5  # "as parts of Kick are today" gives a day less than "on September 21"
        return 1.0 if dates else 0.0
    if slot.wants == "time":
        return 1.0 if CLOCK.search(sentence) else 0.0
    if slot.wants == "person":
        named = people_named(sentence) + (sides_named(sentence) if slot.contest else [])
        if slot.maker:  # "produced by Hasbro", more than a name beside other deeds
            named += _names_in(words)
            if new_name(named, slot.asked, slot.focus):
                return 1.0 if MAKER_SAID.search(sentence) else 0.5
        if not new_name(named, slot.asked, slot.focus):
            named = named_before(sentence, before)  # whom "he" or "the receiver" is
        return 1.0 if new_name(named, slot.asked, slot.focus) else 0.0
    if slot.wants == "place":
        if asks_recipient(slot):  # "where does the money go": to whom or what it is given
            # ("All proceeds … are donated to New York City's Public Schools"), wherever that is
            return 1.0 if GIVEN_TO.search(sentence) else 0.0
        if not PLACE.search(sentence):
            return 0.0
        given = [re.search(r"[A-Z][a-z]+", m.group()) for m in PLACE.finditer(sentence)]
        if all(g and g.group().lower() in slot.asked for g in given):
            return 0.5  # "where was her dad born": not "the Virginia-based director" of
            # "the virginia woman who lost a leg", a place the question gives
        if slot.asked & LOCATED:  # "where is it based": where it is based, not where it sells
            return 1.0 if SITED.search(sentence) else 0.5
        if slot.asked & BIRTH_ASKED:  # "where was her dad born": not where she is held
            return 1.0 if BIRTHPLACE.search(sentence) else 0.5
        return 1.0
    if slot.wants == "name":
        return 1.0 if new_name(_names_in(words), slot.asked, slot.focus) else 0.0
    if slot.wants == "expansion":
        return 1.0 if expands(slot.head or "", sentence) else 0.0
    if slot.wants == "rank":  # "where'd she place": "she finished third", not "a second stab"
        return 1.0 if ranks(sentence, slot.asked) else 0.0
    if slot.wants == "reason":  # "why did aew let cm punk go": "… due to his altercation"
        return 1.0 if gives_cause(sentence) else 0.0
    if slot.head and slot.head.lower() in SCORE_WORDS:  # "what was the score": "a 19-17 defeat"
        return 1.0 if SCORELINE.search(sentence) else 0.0
    if slot.head and slot.head.lower() == "record" and RECORD_LINE.search(sentence):
        return 1.0  # "his career record in primetime": "his career mark … falls to 1-13"
    places = places_named(sentence, slot.head) if slot.head else []
    if places:  # "which countries": "in France, …"
        return 1.0 if new_name(places, slot.asked, slot.focus) else 0.0
    if slot.head and slot.head not in ANSWER_TYPES:  # "which leg", "what pick": the kind,
        # with a word that sets it apart
        return _kind_fit(slot, words, related)
    return 0.0


YEAR = re.compile(r"(?:1[6-9]|20)\d{2}")
# Days told by the day of writing: often the time of a state, seldom the date of an event asked.
RELATIVE_DAYS = frozenset(("today", "tonight", "tomorrow", "yesterday", "now", "currently"))
WEIGHT_ASKED = re.compile(r"\bweigh(?:s|ed|ing)?\b|\bhow\s+heavy\b", re.I)
# How often, not how long: "each day", "once a week", "weekly".
OFTEN_SPAN = re.compile(
    r"\b(?:once|every|each|per)\s+|\b(?:daily|nightly|weekly|monthly|yearly|annually|quarterly|"
    r"hourly|biweekly|fortnightly)\b",
    re.I,
)


# How often, as a share of the occasions: "75% of the time", "nine times out of ten", "one in
# five".
SHARE_OF_TIMES = re.compile(
    r"\b(?:\d[\d.]*\s*(?:%|percent\b|per\s?cent\b)|half|most|much|some)\s+of\s+the\s+time\b|"
    r"\b(?:in|on)\s+\d[\d.]*\s*(?:%|percent\b|per\s?cent\b)\s+of\s+(?:all\s+)?(?:cases|occasions)\b|"
    r"\b(?:\w+\s+)?times?\s+(?:out\s+)?of\s+(?:every\s+)?(?:\d+|ten|five|four|three)\b|"
    r"\b(?:one|two|three|\d+)\s+in\s+(?:every\s+)?(?:\d+|two|three|four|five|six|ten|twenty)\b",
    re.I,
)


def asks_recipient(slot: AnswerSlot) -> bool:
    """ "Where does the money go", "where will the proceeds go": to whom it is given."""
    return slot.wants == "place" and bool(slot.asked & MONEY_GOING) and bool(slot.asked & GOES)


def _period(sentence: str, span: str) -> bool:
    """Words for a period of the kind asked. How long: a measured stretch, or words for one
    ("since 2002"), but not a rate ("how long did they soak" is not answered by "each day,
    they weighed them"). How often: a rate ("every week", "twice a year") or a share of the
    occasions ("75% of the time"), not a stretch ("10 years ago", "for a week")."""
    rates = [_is_rate(sentence, m) for m in SPAN.finditer(sentence)]
    if span == "frequency":
        return bool(SHARE_OF_TIMES.search(sentence)) or any(rates)
    return bool(MEASURED_SPAN.search(sentence)) or not all(rates)


def _is_rate(sentence: str, m: re.Match[str]) -> bool:
    if OFTEN_SPAN.match(sentence, m.start()):
        return True
    first = m.group().split()[0].lower()
    return first in ("a", "an") and bool(RATE_BEFORE.search(sentence[: m.start()]))


# "a week" is a rate after a count or an amount ("twice a week", "40 hours a week", "$5 a
# month"), not on its own ("a week ago", "for a week")
RATE_BEFORE = re.compile(
    r"(?:\b(?:once|twice|thrice|times)|\d[\d,.]*\s*(?:%|[kmb]n?)?|\b(?:hours?|minutes?|days?|"
    r"nights?|games?|miles?|dollars|pounds|euros|doses?|meals?|shifts?|posts?|episodes?))\s+$",
    re.I,
)


def _kind_fit(slot: AnswerSlot, words: list[str], related: Callable[[str, str], bool]) -> float:
    best = 0.0
    for i, word in enumerate(words):
        if not is_focus(slot, word, related, head_only=True):
            continue
        best = 0.5
        # "the left leg", "the 262nd pick"; "the state of Wisconsin"
        before = words[max(0, i - MODIFIER_GAP) : i]
        # (… or a name after it: "Hotel Lutetia", "the film Oppenheimer")
        after = words[i + 2 : i + 3] if words[i + 1 : i + 2] == ["of"] else words[i + 1 : i + 2]
        after = [w for w in after if NAME_WORD.fullmatch(w)]
        if any(w.lower() not in slot.asked and w.lower() not in STOPWORDS for w in before + after):
            return 1.0
    return best

"""Whether a sentence holds what a question asks for, beside the words they share.

A sentence can share every topic word of a question and still not answer it: asked "how many
tackles did du Toit make", the article's opening line on du Toit's great match shares more words
than "The back-rower made 28 tackles". What tells the answer apart is the slot the question leaves
open: a figure said of the thing counted ("28 tackles"), a date, a name the question does not
already give, a word that sets apart the thing asked about ("left leg" for "which leg").
`answer_slot.AnswerSlot` reads that slot from the question once; this module scores a sentence on
it (`fit`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

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
from assistant.answering.answer_slot import NAME_WORD, AnswerSlot, names_in
from assistant.answering.asking import (
    ANSWER_TYPES,
)
from assistant.answering.candidates import Candidate
from assistant.answering.figure_fit import SAID_APART, figure_fit, is_focus
from assistant.answering.figure_units import unasked_difference
from assistant.answering.figures import WORD, counted_by_ordinal, figure_values
from assistant.answering.measures import RATE, SIZE, WAGE_SAID, WEIGHT
from assistant.answering.names_given import new_name
from assistant.answering.owner import counts_owners
from assistant.answering.place_words import (
    BIRTHPLACE,
    GIVEN_TO,
    LOCATED,
    PLACE,
    SITED,
    asks_recipient,
)
from assistant.answering.places import places_named
from assistant.answering.said_whole import says_whole
from assistant.answering.score_fit import (
    SCORE_ON_THE_WAY,
    SCORE_WORDS,
    SENTENCE_WORDS,
    names_a_side,
    points_of_a_game,
    score_fit,
    term_fit,
)
from assistant.answering.sentences import (
    CLOCK,
    DAY_WORDS,
    MEASURED_SPAN,
    NOT_A_FIGURE,
    SPACE_UNITS,
    SPAN,
    WHEN_WORDS,
    answer_stem,
)
from assistant.answering.slot_words import (
    BIRTH_ASKED,
)
from assistant.answering.specifics import contracted_in
from index.terms import STOPWORDS, content_words, family, fold_accents
from index.terms import words as words_of

# Words that tell one of a kind from another ("which leg": the left one) are no more than this
# far before the word for the kind.
MODIFIER_GAP = 2


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
    if slot.span == "length" and (slot.head or "").lower() == "time" and not slot.focus:
        # "how much time do people spend on it a month": a stretch measured ("5 billion hours
        # per month", per month if asked so), not an age ("an 11-year-old") nor "a month"
        spent = [m for m in MEASURED_SPAN.finditer(sentence) if not AGED.match(sentence, m.end())]
        return (1.0 if not slot.rate or RATE.search(sentence) else 0.5) if spent else 0.0
    if slot.span and not slot.focus:  # "how long was the game winner": "a 56-yard field
        # goal", not "won just three games"
        return (
            1.0
            if _period(sentence, slot.span, slot.given, timed=bool(slot.asked & LASTING))
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
        if not found and slot.wants == "number" and slot.focus and not slot.age:
            # ("how many goals has he scored": "his fifth and sixth goals of the season")
            counted = counted_by_ordinal(sentence)
            found = 1.0 if any(is_focus(slot, w, related) for w in counted) else 0.0
        if points_of_a_game(slot):
            # ("how many points did the seahawks score vs the giants": "a 24-3 win over the
            # Giants", "Final: Seahawks 24, Giants 3", less than "scored 24 points"; not points
            # on the way, "the turnover leads to three points")
            if found >= SAID_APART and SCORE_ON_THE_WAY.search(sentence):
                found = 0.5
            if (
                found < SAID_APART
                and score_fit(sentence, slot) >= 1.0
                and names_a_side(slot, sentence)
            ):
                found = SAID_APART
        if found == FIGURE_ALONE and slot.money and _priced_before(slot, sentence, before):
            found = 1.0  # "what does the subscription cost": "The fee is €9.99 a month", after
            # a sentence on the subscription
        if found and slot.rate and not RATE.search(sentence):
            return 0.5  # "how much is he earning a week": "bought for £47.2m" is no wage
        if found and slot.wage and not (WAGE_SAID.search(sentence) or RATE.search(sentence)):
            return 0.5  # "how much was ellison paid": "a $2 billion venture fund" is no wage
        if found and slot.owner and not counts_owners(slot.owner, sentence, context, passage):
            found = min(found, 0.5)  # "how many employees does rainforest have": not Synapse's
        if found >= FIGURE_ALONE and not slot.focus and slot.subject:
            # (initials with stops as typed without: "The U.S. gave" says "us")
            said = {answer_stem(w) for w in content_words(fold_accents(f"{context} {sentence}"))}
            # ("how much was dave clark paid": not "The company paid rapper Nelly $150,000")
            paid_another = slot.money and _paid_another(slot, sentence)
            # ("msft" said as "Microsoft")
            subject_said = bool(said.intersection(slot.subject)) or any(
                contracted_in(w, f"{context} {sentence}") for w in slot.subject
            )
            return 1.0 if subject_said and not paid_another else 0.5
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
            named += names_in(words)
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
        return 1.0 if new_name(names_in(words), slot.asked, slot.focus) else 0.0
    if slot.wants == "expansion":
        return 1.0 if expands(slot.head or "", sentence) else 0.0
    if slot.wants == "rank":  # "where'd she place": "she finished third", not "a second stab"
        return 1.0 if ranks(sentence, slot.asked) else 0.0
    if slot.wants == "reason":  # "why did aew let cm punk go": "… due to his altercation"
        return 1.0 if gives_cause(sentence, slot.asked) else 0.0
    if slot.head and slot.head.lower() in SCORE_WORDS:  # "what was the score": "a 19-17 defeat"
        return score_fit(sentence, slot)
    if slot.head and slot.head.lower() in SENTENCE_WORDS:  # "what sentence did wang get": a
        # term given ("sentenced to 25 years"), not "a lenient sentence" sought
        return term_fit(sentence)
    if slot.head and slot.head.lower() == "record" and RECORD_LINE.search(sentence):
        return 1.0  # "his career record in primetime": "his career mark … falls to 1-13"
    places = places_named(sentence, slot.head) if slot.head else []
    if places:  # "which countries": "in France, …"
        return 1.0 if new_name(places, slot.asked, slot.focus) else 0.0
    if slot.head and slot.head not in ANSWER_TYPES:  # "which leg", "what pick": the kind,
        # with a word that sets it apart, or its words quoted after it ("the message “44 sons”")
        if re.search(rf"\b{re.escape(slot.head)}s?,?\s+[“\"‘]\w", sentence, re.I):
            return 1.0
        return _kind_fit(slot, words, related)
    return 0.0


# A name given as the name: "named EBT-101", "called “Explore with Alexa”", "dubbed Ninja".
NAMING = re.compile(
    r"\b(?:named|called|calling|dubbed|known\s+as|titled|nicknamed|branded|"
    # … or given anew: "we rebooted that as Very Important People", "renamed it X"
    r"(?:rebooted|relaunched|rebranded|renamed|retitled|revived)(?:\s+(?:it|that|this|them))?"
    r"(?:\s+as|\s+to)?)\s+[\"“‘']?[A-Z0-9]"
)
NAMED_REACH = 4  # words before "named" that may say what is named ("The therapy, named …")


def names_the_head(slot: AnswerSlot, sentence: str) -> bool:
    """Whether the sentence gives a name as the name of the thing asked ("The therapy, named
    EBT-101"; any thing, when the question names no kind)."""
    for match in NAMING.finditer(sentence):
        if slot.head is None:
            return True
        before = words_of(sentence[: match.start()])[-NAMED_REACH:]
        if family(slot.head.lower()) in {family(w) for w in before}:
            return True
    # (… or told by what it is, after it: "Mabat 2000, an Israeli police-run facial-recognition
    # surveillance network")
    if slot.head is not None and re.search(
        rf"\b[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){{0,3}},\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,5}}"
        rf"(?i:{re.escape(slot.head)})\b",
        sentence,
    ):
        return True
    # (… or set beside it: "the law firm handling the case, Hausfeld", "the law firm Hausfeld")
    return slot.head is not None and bool(
        re.search(
            rf"\b(?i:{re.escape(slot.head)}s?)\b(?:(?:\s+[a-z][a-z'’-]*){{1,6}},)?\s+(?:[A-Z][\w&.'’-]*\s*){{1,4}}"
            r"(?:[,.;:)]|$)",
            sentence,
        )
    )


YEAR = re.compile(r"(?:1[6-9]|20)\d{2}")
# Days told by the day of writing: often the time of a state, seldom the date of an event asked.
RELATIVE_DAYS = frozenset(("today", "tonight", "tomorrow", "yesterday", "now", "currently"))
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


# Whom a sum was paid to, named after the verb: "paid rapper Nelly $150,000".
PAID_TO = re.compile(r"\b(?:paid|pays|pay|paying)\s+(?:[a-z]+\s+){0,2}?([A-Z][\w'’-]+)")


def _paid_another(slot: AnswerSlot, sentence: str) -> bool:
    """Whether the sentence tells a sum paid to someone the question does not ask about."""
    return any(
        answer_stem(name) not in slot.subject and name not in slot.asked
        for match in PAID_TO.finditer(sentence)
        if (name := match.group(1).lower().removesuffix("'s").removesuffix("’s"))
    )


# Verbs that make "how long" a stretch of time, not of space: "how long did the battery last".
LASTING = frozenset(
    ("last", "lasted", "lasts", "take", "took", "takes", "taken", "stay", "stayed", "wait",
     "waited", "live", "lived", "serve", "served", "spend", "spent", "survive", "survived")
)  # fmt: skip
SPACE_UNIT = re.compile(rf"\b(?:{SPACE_UNITS})\b", re.I)


AGED = re.compile(r"[\s-]*old\b")  # "11-year-old": an age, no stretch of time


def _period(
    sentence: str, span: str, given: AbstractSet[float] = frozenset(), timed: bool = False
) -> bool:
    """Words for a period of the kind asked. How long: a measured stretch, or words for one
    ("since 2002"), but not a rate ("how long did they soak" is not answered by "each day,
    they weighed them"). How often: a rate ("every week", "twice a year") or a share of the
    occasions ("75% of the time"), not a stretch ("10 years ago", "for a week")."""
    rates = [_is_rate(sentence, m) for m in SPAN.finditer(sentence)]
    if span == "frequency":
        return bool(SHARE_OF_TIMES.search(sentence)) or any(rates)
    # (not a measure the question gives itself: "the 16 inch macbook" is no stretch of time)
    measured = [
        m
        for m in MEASURED_SPAN.finditer(sentence)
        if not (SPACE_UNIT.search(m.group()) and (timed or figure_values(m.group()) & given))
    ]
    return bool(measured) or not all(rates)


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


FIGURE_ALONE = 0.5  # the figure-fit of a figure said beside no thing the question names
# A price told of what the sentence before is on: "The fee is €9.99 a month", "It costs $5".
PRICE_OPENING = re.compile(
    r"^(?:The|Its|It|That|This|Their)\s+(?:[\w-]+\s+)?(?:fee|price|cost|subscription|charge|rate)"
    r"s?\b|^(?:It|They|That|This)\s+(?:costs?|is\s+priced|sells|retails|starts)\b"
)


def _priced_before(slot: AnswerSlot, sentence: str, before: str) -> bool:
    """Whether a sentence opens by pricing what the sentence before it names as the thing
    asked: "Meta will offer an ad-free subscription …" then "The fee is €9.99 a month"."""
    if not slot.focus or not PRICE_OPENING.match(sentence.lstrip("“\"'")):
        return False
    return family(slot.focus[-1]) in {family(w) for w in content_words(before)}

"""Whether a sentence's figures give the figure a question asks for: of the thing counted, in
the money or the unit asked, a count and not a share, a price paid and not takings (the figure
half of `fit.fit`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.answering.asking import ANSWER_TYPES
from assistant.answering.counted_by import doing_outfits, received
from assistant.answering.figure_units import in_unit, unasked_difference
from assistant.answering.figure_words import (
    ANYONE_COUNTED,
    ATTENDING,
    AUDIENCE,
    CHANGED,
    CHARGED_AS_SHARE,
    COUNTED_ALIKE,
    COUNTERS,
    CROWD,
    DYING,
    FUNDING,
    GETTING,
    GROUPS,
    HEADCOUNT,
    IN_A_SQUAD,
    LENGTHS,
    MEASURE_HEADS,
    MONEY_ITSELF,
    NEWS_NOUNS,
    NOT_A_PRICE,
    PAYING,
    PAYING_OUT,
    PENALTIES,
    PEOPLE,
    PEOPLE_COUNTED,
    QUANTITY_UNITS,
    RAISED_OTHERWISE,
    RAISING,
    READERSHIP,
    SHARE_ITSELF,
    SPACE_NOUNS,
    SUMS_GOT,
    SUMS_PAID,
    THINGS_ALIKE,
    VIEWING,
)
from assistant.answering.figures import (
    DOLLAR_OF,
    FIGURE,
    NEAR,
    RATE_WORDS,
    VALUATION,
    WORD,
    ages_beside,
    an_age,
    counted_end,
    figure_value,
    in_money,
    shares_spelt,
    stated_age,
)
from assistant.answering.focus import UNITS, focus_forms
from assistant.answering.sentences import CLOCK, answer_stem
from assistant.answering.uncounted import MULTIPLES, counts_another, without_uncounted
from index.terms import STOPWORDS

if TYPE_CHECKING:
    from assistant.answering.answer_slot import AnswerSlot

SAID_APART = 0.75  # the fit of a figure in a sentence naming the thing counted, but not beside it


PRONOUNS = frozenset(("he", "she", "him", "her", "they", "them"))
PENALTY_AFTER = 10  # words after a sum that may say it was a fine ("… to charities as a fine")


def figure_fit(slot: AnswerSlot, text: str, related: Callable[[str, str], bool]) -> float:
    # (a dollar named by its country after the sign is a dollar: "$US44 million"; a number
    # word made one with the word after it counts nothing asked: "a half-step", "four-time
    # champions", unless what it counts is: "a three-game ban" for "how many games")
    # (… nor does a model's measure, "the 64GB LCD", a count asked)
    specs = slot.wants == "number" and not slot.unit
    text = without_uncounted(text, lambda word: _counts(slot, word), specs)
    text = shares_spelt(text)  # ("a third of the money": a share)
    # (a word asked whole, written with a hyphen: "10 co-founders" for "how many cofounders")
    text = HYPHENED.sub(lambda m: _joined(slot, m), text)
    tokens = WORD.findall(DOLLAR_OF.sub("$", text))
    at = [
        i
        for i, token in enumerate(tokens)
        if FIGURE.fullmatch(token)
        and token.lower().strip(",.") not in slot.asked
        and figure_value(tokens, i) not in slot.given  # "$22 million" for "its $22m round"
    ]
    if slot.unit:  # "whats the battery capacity in mah": a figure in mAh ("24,000-mAh")
        at = [i for i in at if tokens[i + 1 : i + 2] and in_unit(slot.unit, tokens[i + 1])]
    if not slot.age:  # "her five-year-old son" gives an age, and only an age
        at = [i for i in at if not an_age(tokens, i)]
    elif slot.wants == "number":  # "how old was she": "she was 15", not "the first one";
        # "how old is brus": "Brus, 80," (not "Bawendi, 62,")
        # ("how old is he": beside whoever the turns before were on, "Kalmus, 49, thinks")
        beside = ages_beside(text, slot.asked, anyone=bool(slot.asked & PRONOUNS))
        at = [i for i in at if stated_age(tokens, i) or tokens[i].strip(",.") in beside]
    # ("how much does it weigh": not "30 grams less than the original", a difference)
    at = [i for i in at if not unasked_difference(slot, " " + " ".join(tokens[i + 1 :]))]
    if slot.wants == "number" and not slot.sized:  # "how many people": a count, not "70% of
        # its viewers" ("how big can penalties get": "up to 6% of turnover" is a size), nor a
        # multiple ("double surprise", "half the price")
        at = [i for i in at if not _a_share(tokens, i) and tokens[i].lower() not in MULTIPLES]
    if slot.money:  # "how much did the US pay": dollars, not "2 million tons"; a fee may be a
        # share of what it is charged on ("a 3% fee")
        charged = bool(slot.asked & CHARGED_AS_SHARE)  # ("what's the fee": "a 3% fee")
        # (… and how much a sum falls or grows may be told as a share: "reduce the fair value
        # of the portfolio by 7.9%")
        changed = bool(slot.asked & CHANGED)
        at = [
            i
            for i in at
            if in_money(tokens, i)
            or (charged and _share_charged(tokens, i))
            or ((changed or slot.portion) and _a_share(tokens, i))
        ]
    if slot.paid:  # "valued at $10 billion", "a market cap of $70 billion": no price paid;
        # nor "made £18.9bn in revenue", nor a sentence on its debt that tells of no sale
        lowered = {t.lower() for t in tokens}
        takings_only = bool(NOT_A_PRICE & lowered) and not PAYING & lowered
        # (nor a penalty, unless one is asked: "how much did he pay for it originally": not
        # "ordered to pay $2 million to charities as a fine")
        penalties = frozenset() if slot.asked & PENALTIES else PENALTIES
        at = [
            i
            for i in at
            if not takings_only
            and not VALUATION & {w.lower() for w in tokens[max(0, i - NEAR) : i]}
            and not NOT_A_PRICE & {w.lower() for w in tokens[max(0, i - NEAR) : i + NEAR + 1]}
            and not penalties
            & {w.lower() for w in tokens[max(0, i - NEAR) : i + PENALTY_AFTER + 1]}
        ]
    if at and _raised_unsaid(slot, tokens):
        return OTHER_KIND
    if not at:
        return 0.0
    if not slot.focus:
        return 1.0
    # (of a measure named by a phrase, the measure itself: "an 8.5% discount rate", not "a 14.2%
    # discount")
    head_only = len(slot.focus) > 1 and (slot.head or "").lower() in MEASURE_HEADS
    beside_other = False
    if not slot.span and not TIME_STEMS & set(slot.focus):
        # a thing counted is not counted in time: "after 35 minutes", "the three-time champions"
        at = [i for i in at if not _of_time(tokens, i)]
        if not at:
            return 0.5
    # (the act a noun asked for names, said of one the question names: "the highest valuation
    # trump slapped on mar-a-lago": "Trump valued Mar-a-Lago as high as $739 million"; not
    # "Bolt … valued it at $11 billion" for Rainforest's)
    acted = _asks_an_act(slot) and _names_asked(slot, tokens)
    for i in at:
        low = max(0, i - NEAR)
        for j, word in enumerate(tokens[low : counted_end(tokens, i)], start=low):
            # "$2 million per year" is a rate, not a count of years
            rate = j > i and tokens[j - 1].lower() in RATE_WORDS
            # (people counted by another word for them only right after the figure: "laid off
            # 300 workers", not "everyone in attendance in 1995")
            near = not rate and (
                is_focus(slot, word, related)
                or (j == i + 1 and _counted_alike(slot, word))
                or (j > i and _clipped_to(slot, word))
                or (j < i and tokens[j + 1].lower() == "of" and _people_in(slot, word))
                or doing_outfits(slot, tokens, j)
            )
            if near and (not head_only or is_focus(slot, word, related, head_only=True)):
                return 1.0
            beside_other = beside_other or near
        if _quantity_of_it(slot, tokens, i):
            return 1.0
        # (the act's object between it and the figure: "valued Mar-a-Lago as high as $739m")
        if acted and any(_act_of(slot, w) for w in tokens[max(0, i - 2 * NEAR) : i]):
            return 1.0
    if beside_other:
        return SAID_APART
    # the thing counted named in the sentence, further from the figure: "the bar for training
    # compute … at 10^25 FLOPs"
    # (… unless each figure counts a thing of its own: "the four directions" in a sentence on
    # the Barbie doll, for "how many barbies has mattel sold")
    if (
        _specific_head(slot)
        and not (slot.wants == "number" and all(counts_another(tokens, i, NOT_THINGS) for i in at))
        and any(
            is_focus(slot, word, related, head_only=True)
            for j, word in enumerate(tokens)
            if not (j and tokens[j - 1].lower() in RATE_WORDS)
        )
    ):
        return SAID_APART
    return 0.5


def _raised_unsaid(slot: AnswerSlot, tokens: list[str]) -> bool:
    """Whether money raised is asked ("how much has daye raised from investors") of a sentence
    that tells no raising or funding ("a further £29 for a consultation"); not a price raised
    ("how much did netflix raise prices")."""
    asked = slot.asked
    if not (slot.money and asked & RAISING) or asked & RAISED_OTHERWISE:
        return False
    return not {t.lower() for t in tokens} & FUNDING


def _counts(slot: AnswerSlot, word: str) -> bool:
    """Whether the word a figure is joined to counts what is asked, or a unit of it."""
    low = word.lower()
    if answer_stem(low) in slot.focus or slot.span:
        return True
    # (a thing counted by its own name is no measure: "how many steam deck oleds has valve sold"
    # is not told by "a 7.4-inch OLED screen")
    if slot.wants == "number" and not slot.sized and _things_counted(slot):
        return False
    return low in TIME_UNITS or low in LENGTHS or low in QUANTITY_UNITS


def _asks_an_act(slot: AnswerSlot) -> bool:
    """Whether the thing asked is the noun of an act ("valuation": stem "valuat")."""
    return bool(slot.focus) and slot.focus[-1].endswith("at")


def _act_of(slot: AnswerSlot, word: str) -> bool:
    """Whether the word is the verb whose act the question's noun names ("valued" for
    "valuation", "limited" for "limitation"), where the stemmer roots the two apart."""
    stem = answer_stem(word.lower())
    return len(stem) >= 3 and slot.focus[-1][:-2] in (stem, stem.removesuffix("e"))


def _names_asked(slot: AnswerSlot, tokens: list[str]) -> bool:
    """Whether the sentence names, capitalised, one the question names."""
    return any(
        t[:1].isupper() and t.lower().strip(",.'’") in slot.asked and t.lower() not in STOPWORDS
        for t in tokens
    )


def _quantity_of_it(slot: AnswerSlot, tokens: list[str], i: int) -> bool:
    """ "How much water": a figure in a unit that measures a substance ("2 to 5 liters a day"),
    and not one said of another ("20 grams (0.7 ounce) of salt")."""
    if slot.wants != "amount" or slot.money or len(slot.focus) != 1:
        return False
    after = [t.lower() for t in tokens[i + 1 : i + 3 + NEAR]]
    # ("how much room does he need": a length, "takes 18 inches to pull the puck in")
    spaced = (slot.head or "").lower() in SPACE_NOUNS and bool(after) and after[0] in LENGTHS
    if not after or (after[0] not in QUANTITY_UNITS and not spaced):
        return False
    if "of" not in after[:NEAR]:
        return True
    said_of = [w for w in after[after.index("of") + 1 :] if w not in STOPWORDS][:1]
    return all(answer_stem(w) in slot.focus for w in said_of)


OTHER_KIND = 0.25  # a figure, not of the kind asked: no raising ("how much has daye raised")


def _share_charged(tokens: list[str], i: int) -> bool:
    """ "A 3% fee on an ongoing basis", "a fine of up to 6% of global turnover": a charge given
    as a share."""
    around = [t.lower() for t in tokens[max(0, i - NEAR) : i + 1 + NEAR]]
    return _a_share(tokens, i) and bool(CHARGED_AS_SHARE & set(around))


TIME_UNITS = frozenset(
    ("second", "seconds", "minute", "minutes", "mins", "hour", "hours", "hrs", "day", "days",
     "week", "weeks", "month", "months", "year", "years", "yrs", "time", "times")
)  # fmt: skip
TIME_STEMS = frozenset(answer_stem(u) for u in TIME_UNITS)
# Words after a figure that measure or count anything, no thing of its own ("15 times", "5 units").
NOT_THINGS = UNITS | TIME_UNITS | COUNTERS


def _of_time(tokens: list[str], i: int) -> bool:
    """ "35 minutes", "two years": a figure that counts time (or times: "the 12-time Grammy
    winner")."""
    if CLOCK.match(" ".join(tokens[i : i + 2])):
        return True  # ("6am AEDT": a time of day)
    return tokens[i + 1 : i + 2] != [] and tokens[i + 1].lower() in TIME_UNITS


HYPHENED = re.compile(r"\b([A-Za-z]+)-([A-Za-z]+)\b")


def _joined(slot: AnswerSlot, match: re.Match[str]) -> str:
    joined = match.group(1) + match.group(2)
    return joined if answer_stem(joined.lower()) in slot.focus else match.group()


def _a_share(tokens: list[str], i: int) -> bool:
    after = [t.lower() for t in tokens[i + 1 : i + 3]]
    if (
        after[:1] in (["to"], ["and"], ["or"])
        and len(tokens) > i + 2
        and FIGURE.fullmatch(tokens[i + 2])
    ):
        return _a_share(tokens, i + 2)  # (a range: "30 to 50 percent")
    return tokens[i].endswith("%") or after[:1] == ["percent"] or after == ["per", "cent"]


def _things_counted(slot: AnswerSlot) -> bool:
    """Whether the question counts things named by a word of their own, in the plural ("how
    many steam deck oleds"); not a bound or a measure ("whats the minimum u have to put in")."""
    head = (slot.head or "").lower()
    return _specific_head(slot) and head.endswith("s") and head not in MEASURE_HEADS


def _specific_head(slot: AnswerSlot) -> bool:
    """Whether the thing counted is named by a word of its own ("compute", "startups"), not a
    unit, money, a share, people or a kind any answer is, which any sentence may happen to say
    ("in the years ahead")."""
    head = (slot.head or "").lower()
    return bool(head) and not (
        head in UNITS or head in MONEY_ITSELF or head in SHARE_ITSELF or head in ANSWER_TYPES
    )


def _doers_of(word: str, asked: frozenset[str]) -> bool:
    """Whether a word names those who do what the question asks of people: "players" of "how
    many people can play", "voters" of "how many people voted"."""
    if word.removesuffix("s") in asked or word.removesuffix("es") in asked:
        return False  # the plural of a thing asked about: "tiers" of "the ad free tier"
    match = re.fullmatch(r"([a-z]{3,}?)(?:e?rs|ors|ees)", word)
    return match is not None and any(
        w.startswith(match.group(1)) and len(w) <= len(match.group(1)) + 2 for w in asked
    )


def _people_in(slot: AnswerSlot, word: str) -> bool:
    """Whether a word names a group whose size counts the people asked ("how many people work
    at awaceb": "a team of roughly a dozen")."""
    return (slot.head or "").lower() in PEOPLE_COUNTED and word.lower() in GROUPS


def _counted_alike(slot: AnswerSlot, word: str) -> bool:
    """Whether the word right after a figure counts what is asked by another word for it:
    "830 staffers" for "how many workers", "110,000 participants" for "how many people" (not
    "5,000 voters" for "how many people can play": people who do something else)."""
    head, lowered = (slot.head or "").lower(), word.lower()
    if head in PEOPLE and lowered in ANYONE_COUNTED:
        return True
    # (the dead or hurt are counted by any word for people: "killing all 55 passengers" for
    # "how many people died")
    if head in PEOPLE and lowered in PEOPLE_COUNTED and slot.asked & DYING:
        return True
    return any(head in alike and lowered in alike for alike in COUNTED_ALIKE)


def _clipped_to(slot: AnswerSlot, word: str) -> bool:
    """Whether the thing counted is a short word the question clipped, said after the figure:
    "subs" of "4.9 million subscribers", "devs" of "27 different developers"."""
    return any(len(f) == CLIPPED_SHORT and _clips(f, word.lower(), 4) for f in slot.focus[-1:])


CLIPPED_SHORT = 3  # letters of the shortest clipped word read


def _clips(stem: str, word: str, cut: int) -> bool:
    """Whether the question's `stem` is `word` clipped short by at least `cut` letters."""
    return len(word) >= len(stem) + cut and word.startswith(stem)


def is_focus(
    slot: AnswerSlot, word: str, related: Callable[[str, str], bool], head_only: bool = False
) -> bool:
    lowered = word.lower()
    if (lowered in STOPWORDS and lowered not in NEWS_NOUNS) or not lowered[:1].isalpha():
        return False
    focus = slot.focus[-1:] if head_only else slot.focus
    head = (slot.head or "").lower()
    if head in PEOPLE_COUNTED and (lowered in PEOPLE or lowered == "person"):
        return True  # "how many staff did epic cut": "830 people"; "an 800-person trial"
    if head in PEOPLE and _doers_of(lowered, slot.asked):
        return True  # "how many people can play": "up to six players"
    if head in PEOPLE and slot.asked & (ATTENDING | {"at"}) and lowered in CROWD:
        return True  # "how many people showed up", "… were at the game": "only 20,800 fans
        # filled the stands", "the official attendance is a little more than 3,500"
    if head in PEOPLE and slot.asked & VIEWING and lowered in AUDIENCE:
        return True  # "how many ppl watched it on nbc": "an average of 27m viewers"
    if head in PEOPLE and received(slot) and lowered in READERSHIP:
        return True  # "how many ppl get the newsletter": "64,000 subscriber inboxes"
    if (head in IN_A_SQUAD and lowered in HEADCOUNT) or (
        head in PEOPLE_COUNTED - PEOPLE and lowered == "strong"
    ):
        return True  # "how many players did he call up": "a 36-man squad" (not "how many
        # people were at the game": "10-man Dortmund")
    if head in PEOPLE_COUNTED and slot.done and answer_stem(lowered) == slot.done:
        return True  # "how many people downloaded it": "100,000 downloads"
    if slot.money and head in SUMS_GOT and lowered in GETTING:
        return True  # "what was the winner's payout": "the winning driver … wins $50,000"
    if slot.money and head in SUMS_PAID and lowered in PAYING_OUT:
        return True  # "what fee did chelsea pay": "Chelsea forked out £42.5m"
    if focus_forms(answer_stem(lowered)) & set(focus):  # ("tons" for "tonnes")
        return True
    if lowered.endswith("s") and focus_forms(answer_stem(lowered[:-1])) & set(focus):
        return True  # ("fines" for "fine", which the stemmer roots apart: "fin", "fine")
    if any(head in alike and lowered in alike for alike in THINGS_ALIKE):
        return True
    # (a word clipped in the question: "temp" of "four temporary hit points")
    if any(len(f) >= 4 and _clips(f, lowered, 3) for f in focus):
        return True
    return slot.head is not None and related(lowered, slot.head)

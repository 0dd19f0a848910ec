"""The thing a question asks about: "dog illness case reports" in "how many dog illness case
reports has Oregon received", the kind in "which leg", whose figure in "how much did X pay", and
what a unit or a measure measures."""

from __future__ import annotations

import re

from assistant.answering.answer_wanted import TERSE_FIGURE
from assistant.answering.asking import (
    ANSWER_TYPES,
    FOCUS,
    KIND,
    PAST_NEXT,
    PHRASE_END,
    THING,
    THING_ENDS,
    asking_clause,
)
from assistant.answering.kind_words import ASKS_PAID, CALLED_ASKED
from assistant.answering.sentences import IRREGULAR
from assistant.answering.slot_words import SHARE_NOUNS, SUPERLATIVE
from assistant.answering.wording import initials
from index.dates import MONTHS, WEEKDAYS
from index.terms import STOPWORDS, content_words, family, fold_accents

# "How big was the crowd", "how tall is the tower": the thing measured, the phrase after the verb
# ("how big can penalties get": as big as they may be)
MAY_BE = r"(?:can|could|will|would|might|may)"
GROW = r"\s+(?:get|be|go|grow|become|reach)\b"
SIZED = re.compile(
    r"^\s*how\s+(?:big|large|huge|tall|high|deep|wide|heavy)\s+"
    r"(?:is|was|are|were|will\s+be|(?="
    + MAY_BE
    + r"\s+\S+(?:\s+\S+){0,3}"
    + GROW
    + ")"
    + MAY_BE
    + r")\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?!" + PHRASE_END + r"\b)"
    # (a change or a margin is what the figure is: "how big was the rise in phishing emails")
    r"(?!(?:rise|increase|jump|drop|fall|decline|growth|gain|loss|cut|hike|surge|dip|boost|"
    r"difference|gap|margin|lead|win|defeat|change|swing)\b)"
    + THING
    + "(?="
    + THING_ENDS
    + "|"
    + GROW
    + ")",
    re.I,
)
# "Whats talon cyber security's annual revenue": the figure owned, after its owner
POSSESSED = re.compile(
    r"^\s*(?:what|which)(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)?\s+(?:the\s+)?"
    # (not a verb asking what did it: "what drove spotify's first operating profit")
    r"(?!(?:[a-z]+ed|drove|made|led|did|does|do|gave|took|brought|sent|got|went|came|set|put)\b)"
    r"(?:[\w.&-]+\s+){0,3}?[\w.&-]+['’]s?\s+(?!" + PHRASE_END + r"\b)"
    r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=" + THING_ENDS + ")",
    re.I,
)
SUBJECT = re.compile(
    r"\bhow (?:much|many)\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|could|can)"
    # ("one dose of cabotegravir": the dose, of cabotegravir)
    r"\s+(?:the\s+|a\s+|an\s+|one\s+|each\s+|every\s+|a\s+single\s+)?"
    # (no subject, but an adverb: "how many had already been displaced")
    r"(?!(?:already|actually|really|just|still|also|now|ever|never|not|since|yet|reportedly|"
    r"officially|eventually|finally|ultimately|so\s+far|been|being)\b)"
    r"([A-Za-z][\w.-]*(?:['’]s\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?|"
    r"\s+of\s+(?:the\s+)?[A-Za-z][\w-]*)?)",
    re.I,
)


def subject_focus(question: str) -> tuple[str, ...]:
    """The subject of "how much did X …" (stemmed, accents folded): whose figure is asked
    for; with what it owns ("beyonce's renaissance film": any of the three will do)."""
    match = SUBJECT.search(question)
    words = content_words(fold_accents(match.group(1))) if match else []
    subject = tuple(family(w) for w in words if w not in ANSWER_TYPES)
    if match and re.search(r"\s+of\s+", match.group(1)):  # "the bank of england": "BOE" too
        subject += (initials(re.findall(r"[A-Za-z]+", match.group(1))).lower(),)
    # (… or what they paid for: "how much did man utd pay inter for onana", where "Bought for
    # £47.2m, Onana arrived …" names no buyer)
    paid = PAID_FOR.search(question) if subject else None
    if paid:
        # (its head: "the activision cloud streaming rights" are rights, not Activision)
        words = [w for w in content_words(fold_accents(paid.group(1))) if w not in TRAILING]
        subject += tuple(family(w) for w in words[-1:])
    return subject


PAID_FOR = re.compile(
    r"\b(?:pay|paid|spend|spent|shell(?:ed)?\s+out|fork(?:ed)?\s+out)\b[^?]*?\b(?:for|on)\s+"
    r"(?:the\s+|a\s+|an\s+)?((?:(?!(?:to|in|from|with|at|by|and|when|after|before|back|again|"
    r"then|now|exactly|originally|initially)\b)[A-Za-z][\w'’-]*\s*){1,5})",
    re.I,
)
TRAILING = frozenset(("again", "back", "then", "now", "exactly", "originally", "initially"))


def borrowed_focus(question: str, previous: str) -> str:
    """A follow-up's "how many" given the thing the question before counted: "and how many
    do they have in taiwan" after "how many battery swap stations is he planning for delhi"
    asks "and how many battery swap stations do they have in taiwan"."""
    asks = re.search(
        r"\bhow (?:much|many)\b(?=\s+(?:do|does|did|are|is|were|was|have|has)\b)", question, re.I
    )
    earlier = FOCUS.search(previous)
    if FOCUS.search(question) or asks is None or earlier is None:
        return question
    # (a thing counted is not what "how much" asks after it: "how much has it raised", after
    # "how many teams got through")
    if asks.group().split()[-1].lower() != earlier.group().split()[1].lower():
        return question
    return f"{question[: asks.end()]} {earlier.group(1)}{question[asks.end() :]}"


def focus_word(question: str) -> str | None:
    """The focus of "how much X" as the question writes it ("copper"): its phrase's last word."""
    match = FOCUS.search(question)
    words = _thing_words(match.group(1)) if match else []
    return words[-1] if words else None


PEOPLE_WORDS = frozenset(("people", "persons", "individuals", "folks"))


def focus_phrase(question: str) -> str | None:
    """The words for the thing a question asks about: "dog illness case reports" in "how many
    dog illness case reports has Oregon received", "leg" in "which leg did she lose". A measure
    takes in what it measures: "share US aluminium imports" for "what share of US aluminium
    imports did Russia provide"."""
    clause = asking_clause(question)
    happened = HAPPENED_TO.search(clause)
    if happened:  # "what happened to his wife": the wife
        return happened.group(1)
    called = CALLED_ASKED.search(clause)
    if called:  # "what's the company called": the company ("what's it called": said before)
        thing = " ".join(w for w in called.group(1).split() if w.lower() not in POINTERS)
        # (… the thing a statement before it sets out: "mentions a police facial recognition
        # network that covers all of east jerusalem. what's it called?")
        told = SET_OUT.findall(question[: question.find(clause)]) if not thing else []
        return thing or (told[-1] if told else None)
    # "what was palo alto going to pay": what is paid, not palo alto
    kind = None if ASKS_PAID.search(clause.lower()) else KIND.search(clause)
    match = (
        FOCUS.search(question)
        or SIZED.search(clause)
        or _figure_owned(clause)
        or kind
        or PRICED.search(clause)
    )
    if not match:
        return None
    words = _thing_words(match.group(1))
    if not words or words[-1].lower() in OBJECTS:  # "what drove it": a verb and its object
        return None
    if match is kind and len(words) == 1 and PAST.fullmatch(words[0].lower()):
        return None  # "what changed that": a verb, whose subject is asked ("speed" is none)
    if match is kind:  # "which commissioner said art is human": the commissioner, who said it
        said = next((i for i in range(1, len(words)) if words[i].lower() in IRREGULAR), None)
        words = words[:said]
    # "what is the earliest year | Call of Duty could …": a name after the kind's own words
    # starts the clause's subject
    cut = next(
        (i for i in range(1, len(words)) if words[i][:1].isupper() and words[i - 1].islower()),
        len(words),
    )
    words = words[:cut]
    # "how many people work at awaceb": people, who do the verb after ("work" is no thing)
    people = next((i for i, w in enumerate(words) if w.lower() in PEOPLE_WORDS), len(words))
    words = words[: people + 1]
    if SUPERLATIVE.fullmatch(words[-1].lower()):
        # "whats the biggest DSA fine the EU could hit it with": the fine, which "the EU
        # could hit it with" says more of (not a verb "fine")
        after = re.match(
            r"((?:\s+(?!(?:the|a|an|it|they|he|she|you|u)\b)[A-Za-z][\w-]*){1,2})",
            match.string[match.start(1) + match.group(1).find(words[-1]) + len(words[-1]) :],
        )
        if after:
            words += after.group(1).split()
    phrase = " ".join(words)
    if NAME_OF.fullmatch(phrase):  # "what's the name of the lab": the lab
        named = MEASURED.match(match.string[match.end() :])
        return named.group(1) if named else None
    if KIND_OF.fullmatch(phrase):  # "what kind of tv ratings did it get": the ratings
        kind_of = MEASURED.match(match.string[match.end() :])
        if kind_of:
            return kind_of.group(1)
    if phrase.split()[-1].lower() in MEASURES:
        measured = MEASURED.match(match.string[match.end() :])
        if measured:
            phrase += " " + measured.group(1)
    return phrase


PAST = re.compile(r"[a-z]{4,}ed")
# A thing a statement sets out, with what it does after: "a police … network that covers".
SET_OUT = re.compile(r"\b(?:an?|the)\s+((?:[\w-]+\s+){0,4}[\w-]+)\s+(?:that|which)\s", re.I)
# Pronouns as objects: a phrase that ends in one is a verb's ("what drove it", "what made them").
OBJECTS = frozenset(("it", "them", "him", "her", "us", "me"))
# Words that point back, naming nothing: "what's it called".
POINTERS = frozenset(
    ("it", "they", "this", "that", "these", "those", "he", "she", "the", "a", "an")
)
HAPPENED_TO = re.compile(
    r"^what(?:'s|’s|s)?\s+(?:has\s+|had\s+)?happen(?:ed|s|ing)?\s+(?:to|with)\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+|its\s+|that\s+)?([a-z][\w'’-]*)\s*[?.!]?\s*$",
    re.I,
)


def _figure_owned(clause: str) -> re.Match[str] | None:
    """ "Whats talon's annual revenue": the figure owned ("his agency's rule" is no figure)."""
    match = POSSESSED.search(clause)
    return match if match and TERSE_FIGURE.search(match.group(1)) else None


def _thing_words(phrase: str) -> list[str]:
    """A focus phrase's words for the thing asked about, past any comparative: "how much
    pricier were the tickets" asks by how much, not about a thing called "pricier"."""
    words = [w for w in phrase.split() if w.lower() not in HEDGES]
    while words and (words[0].lower() in COMPARATIVES or words[0].lower() in PERIODIC):
        words = words[1:]  # ("annual revenue": revenue, whatever the period it is told for)
    return words


PERIODIC = frozenset(("annual", "yearly", "quarterly", "monthly", "weekly", "daily", "hourly"))


# Words that hedge or stress the asking, naming no thing: "what exactly did he offer", "what else
# did he float", "how many
# shops actually got in", "when does it really go offline".
HEDGES = frozenset(
    ("exactly", "precisely", "specifically", "actually", "really", "roughly", "approximately",
     "basically", "literally", "even", "ever", "just", "truly", "else", "maybe", "perhaps",
     "possibly", "probably", "potentially", "possible", "potential", "likely", "prospective")
)  # fmt: skip


NAME_OF = re.compile(r"(?:names?|titles?)", re.I)
KIND_OF = re.compile(r"(?:kinds?|types?|sorts?)", re.I)
# Comparatives after "how much": the question asks for a difference.
COMPARATIVES = frozenset({
    "more", "less", "fewer", "bigger", "larger", "smaller", "higher", "lower", "cheaper",
    "pricier", "dearer", "costlier", "longer", "shorter", "faster", "slower", "older", "younger",
    "greater", "better", "worse", "richer", "poorer", "heavier", "lighter", "taller", "further",
    "farther", "stronger", "weaker", "wider", "narrower", "deeper", "earlier", "later",
    # (and a price's superlatives: "the cheapest ticket" is a ticket)
    "cheapest", "priciest", "dearest", "most", "least", "expensive",
})  # fmt: skip
# "What does the midfield club season ticket cost": the thing priced.
PRICED = re.compile(
    r"^what\s+(?:does|did|do|will|would)\s+(?:the\s+|a\s+|an\s+)?"
    r"((?:[A-Za-z][\w'’-]*\s+){0,5}?[A-Za-z][\w-]*)\s+cost\b",
    re.I,
)
# Units a figure is counted in; "how many years is her contract" measures the contract.
UNITS = frozenset({
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "miles", "kilometres",
    "kilometers", "feet", "metres", "meters", "acres", "pounds", "kilograms", "tons", "tonnes",
})  # fmt: skip
# A unit spelt either way ("tonnes" said as "tons", "metres" as "meters"), by its stem.
UNIT_PAIRS = (("tonn", "ton"), ("metr", "meter"), ("litr", "liter"), ("kilometr", "kilometer"))
UNIT_SPELLINGS = {a: b for pair in UNIT_PAIRS for a, b in (pair, pair[::-1])}


def focus_forms(focus: str | None) -> set[str]:
    """The stems a question's focus is said by: itself, and a unit's other spelling."""
    return {focus, UNIT_SPELLINGS.get(focus, focus)} if focus else set()


UNIT_OF = re.compile(
    r"\s+(?:is|was|are|were|will be)\s+(?:the\s+|a\s+|an\s+)?"
    r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s+" + PHRASE_END + r"\b|\s*[?.,!]|\s*$)",
    re.I,
)


def measured_phrase(question: str) -> str | None:
    """The thing a unit measures: "emma hayes's contract" in "how many years is emma hayes's
    contract with us soccer". A figure in years said of her time at Chelsea is not its length."""
    match = FOCUS.search(question)
    if not match or match.group(1).split()[-1].lower() not in UNITS:
        return None
    measured = UNIT_OF.match(question[match.end() :])
    return measured.group(1) if measured else None


MEASURES = frozenset(SHARE_NOUNS) | {
    "amount", "number", "value", "price", "cost", "total", "sum", "rate", "figure", "level", "size",
}  # fmt: skip
MEASURED = re.compile(
    r"\s+of\s+(?:the\s+)?((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s+"
    + PHRASE_END
    + r"\b|\s*[?.,!]|\s*$"
    + PAST_NEXT  # ("what proportion of letters | sent in")
    # (… or a verb now, with its particle: "what share of the festival crowd | flies in from")
    + r"|\s+[a-z]{2,}s\s+(?:in|out|up|off|back|away|over|down)\s+(?:from|to|at|for|on)\b"
    # (… or a verb after those measured, with what it takes: "what share of its devs | qualify
    # for that", "of tiktok users | pay for music"; not a noun they make up: "sales revenue")
    + r"|(?<=[a-z]s)\s+(?![a-z]*(?:ion|ment|ness|ity|ue|ship|ance|ence|ure|age|er|or)\s)"
    + r"[a-z]{2,}[^s\W]\s+(?:for|to|the|a|an|on|with|from|that|this|it|them|more|less)\b"
    + ")",
    re.I,
)


# Words for anything at all, which no answer need say ("what extras did he get"), nor any
# figure be said of.
VAGUE_THINGS = frozenset(("stuff", "things", "thing", "extras", "extra"))


def question_focus(question: str) -> str | None:
    """The thing asked about in "how much X" or "how many X" (stemmed), if any.

    An answer must speak of it: asked "how much copper", a sentence about aluminium is no answer.
    ("Which X" is left out: on multi-hop news questions X is mostly a kind, "which company").
    """
    word = focus_word(question)
    words = content_words(word or "")
    if not words or words[0] in ANSWER_TYPES or words[0] in VAGUE_THINGS:
        return None
    return family(words[0])


# "What did he say abt china", "did she comment on the deal": what was said is on a topic, which
# the answer must speak of. ("Said on monday" names a day, not a topic; someone's words, not an
# outlet's report: "the TechCrunch report on October 7" names a piece.)
TOPIC_ASKED = re.compile(
    r"\b(?:say|said|says|saying|think|thinks|thought|mention|mentioned|mentions|comment|"
    r"commented|comments|tell|told|feel|feels|felt)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:about|abt|regarding|re:?|of|on)\s+((?:(?:the|a|an)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})",
    re.I,
)
TOPIC_ON = re.compile(r"\bcomment\w*\s+on\b", re.I)


DAY_NAMES = frozenset(MONTHS) | WEEKDAYS | {"today", "yesterday"}


def asked_about(question: str) -> list[str]:
    """The words of the topic a question asks what was said about ("china" in "what did he
    say abt china"), up to the first little word: "ratings" of "about the ratings for the
    nba". None for a pronoun ("about it", "abt them")."""
    match = TOPIC_ASKED.search(question)
    if match is None:
        return []
    joined = match.group().lower()
    if re.search(r"\s(?:of|on)\s", joined) and not TOPIC_ON.search(joined):
        return []  # ("said on monday", "think of it")
    topic: list[str] = []
    for word in re.findall(r"[\w'’-]+", match.group(1).lower()):
        word = re.sub(r"['’]s?$", "", word)  # ("europe's role")
        if word in STOPWORDS or word in ("abt",) or word.isdigit() or word in DAY_NAMES:
            if topic or word not in ("the", "a", "an"):
                break
            continue
        topic.append(word)
    return topic

"""Deeds told by a verb with a particle ("pulled out of the deal", "threw the case out") and
the other words that tell the same deed ("withdrew", "dismissed"), so a reason asked for one the
articles never tell ("why did the court throw out the case") is read as resting on a premise."""

from __future__ import annotations

import re

from assistant.answering.deed_doers import undoubled
from assistant.answering.sentences import IRREGULAR
from index.terms import family

PARTICLES = ("out", "down", "off", "away", "up", "back", "over", "aside")
PARTICLE_REACH = 3  # words between a verb and its particle: "threw the case out"


def _root(word: str) -> str:
    low = word.lower()
    return undoubled(family(IRREGULAR.get(low, low)))


def _phrasal(verb: str, particle: str) -> str:
    return f"{_root(verb)} {particle}"


def _phrasals(*pairs: str) -> frozenset[str]:
    return frozenset(_phrasal(*pair.split()) for pair in pairs)


# Deeds that tell each other, each a verb with its particle or a word (in any of its forms):
# ways of giving a thing up, of throwing a case out, of closing, of turning an offer down, of
# selling and of buying. (Not words as often said of other things: "rejected that argument",
# "the end result", "sick leave".)
ALIKE: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (
        _phrasals(
            "pull out", "walk away", "back out", "drop out", "bow out", "opt out", "step down",
            "step aside", "step away", "stand down", "hang up", "call off",
        ),
        re.compile(
            r"\b(?:withdr[ae]w\w*|exit(?:s|ed|ing)?|quits?|quitting|abandon\w*|resign\w*|retir\w*|"
            r"depart(?:s|ed|ing|ure)?|ditch\w*|scrap(?:s|ped|ping)?|cancell?\w*|terminat\w*)\b",
            re.I,
        ),
    ),
    (
        _phrasals("throw out", "toss out", "strike down", "kick out"),
        re.compile(r"\b(?:dismiss\w*|tossed|quash\w*|overturn\w*|struck\s+down)\b", re.I),
    ),
    (
        _phrasals("shut down", "close down", "wind down"),
        re.compile(
            r"\b(?:shut(?:s|ting)?|clos(?:e|ed|es|ing|ure)|shutter\w*|canned|axed|axing|"
            r"scrap(?:s|ped|ping)?)\b",
            re.I,
        ),
    ),
    (
        _phrasals("turn down"),
        re.compile(r"\b(?:declin\w*|refus\w*|reject\w*|rebuff\w*|snub\w*|spurn\w*)\b", re.I),
    ),
    (_phrasals("sell off"), re.compile(r"\b(?:sell\w*|sold|offload\w*|divest\w*)\b", re.I)),
    (  # (a price or a figure lowered: "knocked 15% off", "lowered its price by 15%")
        _phrasals("knock off", "shave off", "mark down", "bring down"),
        re.compile(
            r"\b(?:lower\w*|cut(?:s|ting)?|reduc\w*|slash\w*|trim\w*|discount\w*|drop(?:s|ped|ping)?)\b",
            re.I,
        ),
    ),
    (
        _phrasals("buy out", "take over"),
        re.compile(r"\b(?:buy\w*|bought|acquir\w*|acquisition|purchas\w*)\b", re.I),
    ),
    (  # (a share bought: "SoftBank is taking a 51% stake")
        _phrasals("buy into"),
        re.compile(r"\b(?:buy\w*|bought|acquir\w*|purchas\w*|stakes?|invest\w*)\b", re.I),
    ),
)  # fmt: skip
# Of them, the ways of leaving a post or a habit, which a question may ask by one word as well
# ("when did he quit drinking", told by "He stopped drinking"; "why did she resign", by "stepped
# down"); not ways of giving up a thing ("withdrew its legal challenge" tells no resignation).
LEAVING: tuple[frozenset[str], re.Pattern[str]] = (
    _phrasals(
        "step down", "step aside", "step away", "stand down", "hang up", "walk away", "bow out",
        "give up",
    ),
    re.compile(
        # (verbs, not nouns: "the resignation of staffer Connor Stallions" names its own doer)
        r"\b(?:quits?|quitting|resign(?:s|ed|ing)?|retir(?:e|es|ed|ing)|stop(?:s|ped|ping)?|"
        r"ceas(?:e|ed|es|ing))\b",
        re.I,
    ),
)  # fmt: skip


# … and the ways of calling a thing off, which a question may ask by one word too ("why did
# inter miami scrap the china trip", told by "the tour … was cancelled").
CALLED_OFF: tuple[frozenset[str], re.Pattern[str]] = (
    _phrasals("call off", "pull out", "back out", "walk away"),
    re.compile(
        r"\b(?:scrap(?:s|ped|ping)?|cancell?(?:s|ed|ing|ation|ations)?|abandon(?:s|ed|ing)?|"
        r"ditch(?:es|ed|ing)?|ax(?:e|es|ed|ing)|shelv(?:e|es|ed|ing)|terminat(?:e|es|ed|ing))\b",
        re.I,
    ),
)


# … and the ways of being cautioned in a game, which a question asks by one word ("why did
# martino get booked", told by "gets a weird yellow card").
BOOKED: tuple[frozenset[str], re.Pattern[str]] = (
    frozenset(),
    re.compile(r"\b(?:book(?:ed|ing|ings)?|yellow(?:\s+card)?s?|caution(?:s|ed)?|carded)\b", re.I),
)


def phrasal_asked(verb: str, particle: str) -> str | None:
    """The deed a verb and its particle tell, when the articles' other words for it are known
    ("pull out" is told by "withdrew"); None for one told in words past knowing ("go down")."""
    deed = _phrasal(verb, particle)
    return deed if any(deed in phrasals for phrasals, _ in ALIKE) else None


def word_asked(word: str) -> str | None:
    """The deed a single word tells, when it is a way of leaving a post or a habit (`LEAVING`),
    of being cautioned (`BOOKED`) or of calling a thing off (`CALLED_OFF`): "quit" is told by
    "stepped down" or "stopped" too, "booked" by "a yellow card", "scrap" by "cancelled"; None
    for any other word."""
    low = word.lower()
    return low if _kinds(low) else None


def _kinds(deed: str) -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    """The kinds of `ALIKE` a deed asked is of: a verb with its particle, of those that hold it;
    a word, of `LEAVING`, `BOOKED` or `CALLED_OFF`."""
    if " " not in deed:
        return tuple(kind for kind in (LEAVING, BOOKED, CALLED_OFF) if kind[1].fullmatch(deed))
    return tuple(kind for kind in (*ALIKE, LEAVING) if deed in kind[0])


def tells_phrasal(deed: str, text: str) -> bool:
    """Whether a text tells a deed asked as a verb with its particle (or as a word for leaving),
    in those words or in others for it."""
    said = phrasal_roots(text)
    return any(
        bool(said & phrasals) or words.search(text) is not None for phrasals, words in _kinds(deed)
    )


def telling_roots(deed: str, text: str) -> set[str]:
    """The roots of the words in a text that tell a deed asked as a verb with its particle
    ("step" of "stepped down", "resign" of "resigned"), to find who did it."""
    said = phrasal_roots(text)  # (read once, for every kind the deed is of)
    roots = {deed.split()[0]} if deed in said else set()
    for phrasals, words in _kinds(deed):
        roots |= {_root(p.split()[0]) for p in said & phrasals}
        roots |= {_root(m.group().split()[0]) for m in words.finditer(text)}
    return roots


WORD = re.compile(r"[\w'’-]+|[,;:.!?()“”\"]")


def phrasal_roots(text: str) -> set[str]:
    """The verbs with particles a text tells: "pulled out", "threw the case out" (not across
    a comma), and the nouns made of them ("the pullout", "a walk-away", "shutdown")."""
    tokens = WORD.findall(text)
    roots = set()
    for i, token in enumerate(tokens):
        low = token.lower()
        for particle in PARTICLES:  # (a noun of the two: "pullout", "step-down", "shutdown")
            stem = low.removesuffix("s").removesuffix(particle).rstrip("-")
            if stem != low.removesuffix("s") and len(stem) >= 3:
                roots.add(_phrasal(stem, particle))
        if not token[:1].isalpha():
            continue
        for ahead in tokens[i + 1 : i + 2 + PARTICLE_REACH]:
            if not ahead[:1].isalnum():
                break
            if ahead.lower() in PARTICLES:
                roots.add(_phrasal(token, ahead.lower()))
                break
    return roots

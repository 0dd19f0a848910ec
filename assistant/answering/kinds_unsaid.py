"""A sum or a kind of answer asked for, when the sentences chosen give another: "how much was
check point fined" answered by its cash in hand; "what score did ign give it" by sentences that
give no score and speak of none."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.abstention import OfflineResult
from assistant.answering.asked_names import MAX_NAMED_FOR_CHECK
from assistant.answering.draft import Draft, Parts
from assistant.answering.figure_words import DYING, PEOPLE, PEOPLE_COUNTED
from assistant.answering.score_fit import SENTENCE_WORDS
from assistant.answering.scoring import SAME_MEANING
from assistant.answering.sentences import answer_stem, answer_stems
from assistant.answering.subject import name_groups, off_subject
from index.dates import CALENDAR
from index.terms import families, family


def money_of_another_kind(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "How much was check point fined": a sentence on a fine, a penalty or a sum paid to
    settle (its cash in hand is no fine); "what did godzilla minus one cost to make": on its
    budget, not its takings. One that speaks of it, if close enough, or no answer."""
    if d.wants != "amount":
        return None
    kind = next((k for k in MONEY_KINDS if k.asked.search(d.question)), None)
    if kind is None or kind.said.search(f"{d.chosen[0].before} {d.chosen[0].text}"):
        return None
    typed = d.typed
    of_kind = [
        c
        for c in d.candidates
        if kind.said.search(f"{c.before} {c.text}")
        and (typed is None or typed.search(c.text))
        and d.close_enough(c, d.chosen[0])
        and not (d.key and off_subject(c, d.key, d.names, d.passages, d.question))
    ]
    if of_kind:
        d.chosen = of_kind[:1]
        return None
    return d.refuse(d.chosen[0], kind.name)


def money_of_another_thing(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Whats the price of the cybertruck range extender": a sum said of the range extender
    (the one before it may name it), not the Cyberbeast's price tag beside it. When the
    articles speak of the thing and give it no sum, no answer, with what they say of it."""
    head = (d.slot.head or "").lower()
    # (… or a name it is paid for: "what fee did arsenal pay chelsea for kai havertz", not
    # Palmer's fee beside it)
    bought = PAID_FOR.search(d.question) if d.slot.paid else None
    if bought and bought.group(1).lower() in d.asked_names:
        head = bought.group(1).lower()
    elif head in d.asked_names:
        return None
    if (
        d.wants != "amount"
        or not d.slot.money
        or d.yes_no
        or len(head) < THING_LENGTH
        or head in MONEY_WORDS
        or (not bought and name_groups(d.question, d.asked_names) > MAX_NAMED_FOR_CHECK)
    ):
        return None
    thing = family(head)

    def says_it(text: str) -> bool:
        return thing in families(text)

    best = d.chosen[0]
    if says_it(f"{best.before} {best.text}") or parts.meaning.speaks_of(
        head, [best.text], SAME_MEANING
    ):
        return None
    on_it = [c for c in d.candidates if says_it(f"{c.before} {c.text}")]
    if not on_it:
        return None  # (a thing no passage names is left to the checks of words unsaid)
    # (the ones that say the most of the thing's words first, in their order: "the range
    # extender will be an optional pack", not a gift guide's "two-pack" for "the range extender
    # pack")
    thing_words = set(d.slot.focus)
    on_it.sort(key=lambda c: -len(thing_words & answer_stems(f"{c.before} {c.text}")))
    typed = d.typed
    priced = [c for c in on_it if typed is not None and typed.search(c.text) and c.fit >= 1.0]
    if priced and d.close_enough(priced[0], best):
        d.chosen = priced[:1]
        return None
    return d.refuse(on_it[0], d.kind_name)


PAID_FOR = re.compile(
    # (or bought: "how much did microsoft pay when it bought bungie", "… to acquire bungie")
    r"\b(?:for|(?:when|after)\s+(?:it|they|he|she|we)\s+(?:bought|acquired|purchased|snapped\s+up)|"
    r"to\s+(?:buy|acquire|purchase)|buying|acquiring|purchasing)\s+(?:[a-z][\w'’.-]*\s+){0,2}"
    r"([a-z][\w'’.-]*)\s*[?.!]*\s*$",
    re.I,
)
THING_LENGTH = 4  # the fewest letters of a thing's name read for this ("ps5", "car" are not)
# Words for a sum itself, not the thing it is of: "the price", "its valuation".
MONEY_WORDS = frozenset(
    ("price", "prices", "cost", "costs", "fee", "fees", "amount", "sum", "value", "valuation",
     "worth", "salary", "wage", "wages", "pay", "revenue", "revenues", "sales", "profit",
     "profits", "income", "earnings", "budget", "fine", "fines", "money", "cash", "funding",
     "bonus", "deal", "contract", "figure", "total", "payout", "settlement", "compensation",
     "dollars", "much", "market", "stake", "debt", "loss", "losses", "spend", "spending",
     "investment", "round", "tax", "taxes", "rate", "rent", "fare", "tuition", "premium")
)  # fmt: skip


@dataclass(frozen=True)
class MoneyKind:
    """Money of one kind: how a question asks it, how a sentence says it, what it is called."""

    asked: re.Pattern[str]
    said: re.Pattern[str]
    name: str


MONEY_KINDS = (
    MoneyKind(
        re.compile(r"\b(?:fined|fines?|penalty|penalties|penali[sz]ed)\b", re.I),
        re.compile(
            r"\b(?:fine[ds]?|fining|penalt\w+|penali[sz]\w+|sanction\w*|settle\w*|forfeit\w*|"
            r"damages|compensation)\b|\bpa(?:y|ys|id|ying)\s+(?:[\w-]+\s+){0,3}?[$£€¥]\s?\d",
            re.I,
        ),
        "the fine",
    ),
    MoneyKind(
        re.compile(
            r"\b(?:cost|costs|costing|budget)\s+(?:to|for)\s+(?:make|making|produce|producing|"
            r"build|building|film|filming|develop|developing)\b|\bproduction\s+(?:cost|budget)",
            re.I,
        ),
        re.compile(
            r"\b(?:budget\w*|cost|costs|costing|spent|spend\w*|made\s+for|produced\s+for|"
            r"built\s+for|price\s+tag|invest\w*)\b",
            re.I,
        ),
        "the cost",
    ),
    MoneyKind(  # "how much is uber expected to pay to settle": not its gross bookings
        re.compile(r"\bsettle(?:s|d|ment|ments)?\b", re.I),
        re.compile(
            r"\b(?:settle\w*|resolv\w*|damages|compensation|payout|penalt\w*|fine[ds]?|"
            r"agree[ds]?\s+to\s+pay)\b",
            re.I,
        ),
        "the settlement",
    ),
)


# A sentence telling of the dead or hurt, whatever its figure counts.
DEATHS_TOLD = re.compile(
    r"\b(?:die[ds]?|dying|dead|deaths?|kill\w*|perish\w*|fatal\w*|lives|bodies|casualt\w*|"
    r"injur\w*|wound\w*|hurt|murder\w*|massacre\w*|slain|lost\s+their\s+lives)\b",
    re.I,
)


def deaths_untold(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "How many check point employees have been killed": a count of the dead or hurt, not
    "four of the top executives at Check Point are women". One that tells of deaths, if close
    enough, or no answer."""
    head = (d.slot.head or "").lower()
    # (of people: "how many trees died" may be told in other words, "were felled")
    if d.wants != "number" or not d.slot.asked & DYING or d.yes_no:
        return None
    if head not in PEOPLE_COUNTED and head not in PEOPLE:
        return None
    if any(DEATHS_TOLD.search(f"{c.before} {c.text}") for c in d.chosen):
        return None
    typed = d.typed
    told = [
        c
        for c in d.candidates
        if DEATHS_TOLD.search(f"{c.before} {c.text}")
        and (typed is None or typed.search(c.text))
        and d.close_enough(c, d.chosen[0])
    ]
    if told:
        d.chosen = told[:1]
        return None
    return d.refuse(d.chosen[0], "the toll")


def kind_unspoken(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What score did ign give it": sentences that give no score, nor speak of one. Of a
    question on one or two things: a multi-hop one's kind, "which excerpts", is said by one of
    its several articles."""
    few = name_groups(d.question, d.asked_names) <= MAX_NAMED_FOR_CHECK
    kind = d.slot.kind if few and not d.yes_no else None
    if (
        kind
        # (a name fills a name slot, whatever it names: "the song" must be spoken of)
        and not (d.wants != "name" and any(c.fit >= 0.5 for c in d.chosen))
        # (a kind with a shape of its own, a prison term, is given only in that shape: "jail
        # clothing" speaks of no sentence given)
        and (
            kind.lower() in SHAPED_KINDS
            or not parts.meaning.speaks_of(kind.lower(), [f"{c.before} {c.text}" for c in d.chosen])
        )
        and not _shows_kind(kind.lower(), d)
    ):
        if kind.lower() in SHAPED_KINDS:
            return d.refuse(d.chosen[0], f"the {kind.lower()}")
        result = d.refuse(d.chosen[0])
        result.unsaid = [kind]
        return result
    return None


# (a score may be a review's, "7/10", which no scoreline shows: it is spoken of instead)
SHAPED_KINDS = SENTENCE_WORDS
# Kinds a sentence gives by its shape rather than by naming them: "under what condition would
# they sell": "… could supply up to 2 million tons … if the US market reopens".
SHOWN_BY = {
    "condition": re.compile(r"\b(?:if|unless|provided|as long as|on condition|only when)\b", re.I),
    # "whats the history of the ouija board": "… was patented the following year"
    "history": re.compile(
        r"\b(?:1[5-9]\d\d|\d{1,2}(?:st|nd|rd|th) century|first|originally|origins?|"
        r"(?:was|were) (?:founded|invented|patented|created|established|introduced|developed))\b",
        re.I,
    ),
}


def _shows_kind(kind: str, d: Draft) -> bool:
    """Whether a chosen sentence, or one close to the best, gives the kind by its shape; it is
    then given first."""
    shape = SHOWN_BY.get(kind.removesuffix("s"))
    if shape is None:
        return False
    close = [c for c in d.candidates[:SHAPE_TRIES] if d.close_enough(c, d.chosen[0])]
    showing = next((c for c in close if shape.search(c.text)), None)
    if showing is not None:
        d.chosen = [showing, *(c for c in d.chosen if c is not showing)]
    return showing is not None


SHAPE_TRIES = 3


def no_one_named(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Who was time's person of the year in 2022": sentences that name no one ("They met in
    person in July 2022": no capitalised word but a month), nor go on about one named before
    ("He …"), give no one asked for. (A name of one word is a name too: "Putin chaired a
    meeting".)"""
    if d.wants != "person" or d.yes_no or d.slot.maker:
        return None
    if any(c.fit > 0 or _may_name(c.text) for c in d.chosen):
        return None
    return d.refuse(d.chosen[0], "the person")


def _may_name(sentence: str) -> bool:
    """Whether a sentence may name someone: a capitalised word after its first that is no month
    or day, or a pronoun opening it that goes on about one named before."""
    words = re.findall(r"[\w'’.-]+", sentence)
    if words and words[0].lower() in ("he", "she", "his", "her"):
        return True
    return any(w[:1].isupper() and w.lower().strip(".") not in CALENDAR for w in words[1:])


# Works a title names: a sentence that speaks of one gives its title beside it ("his memoir,
# Friends, Lovers …", "the album “Midnights”", "the Netflix show Squid Game").
WORKS = frozenset(
    answer_stem(w)
    for w in (
        "book", "novel", "memoir", "song", "album", "single", "track", "film", "movie", "show",
        "series", "podcast", "documentary", "play", "poem", "painting", "episode", "musical",
    )
)  # fmt: skip
TITLE_REACH = 4  # words after the work's word that may open its title ("… book, called Being …")
QUOTED = re.compile(r"[“\"‘'][^“”\"‘’']{2,80}[”\"’']")


def title_unsaid(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Whats the name of the book peter kalmus wrote": sentences that speak of his book with no
    title beside it ("Kalmus wrote a book on climate change and chained himself to a Chase
    bank") give no name, whatever other names they hold."""
    if d.wants not in ("name", "other") or d.yes_no:
        return None
    works = [w for w in d.slot.focus if w in WORKS]
    head = answer_stem(d.slot.head) if d.slot.head else ""
    if not works or not (d.wants == "name" or head in works):
        return None
    if _titled(d.chosen[0].text, works):  # (the answer's lead: those after go on from it)
        return None
    return d.refuse(d.chosen[0], "the title")


def _titled(sentence: str, works: list[str]) -> bool:
    """Whether a sentence that speaks of the work gives a title beside it (one that does not
    speak of it may give it alone: "Swift opened with Cruel Summer")."""
    words = re.findall(r"[\w'’.-]+|[“\"‘]", sentence)
    at = [i for i, w in enumerate(words) if answer_stem(w.lower()) in works]
    if not at:
        return True
    if QUOTED.search(sentence):
        return True
    for i in at:
        after = words[i + 1 : i + 1 + TITLE_REACH]
        before = words[i - 1] if i else ""
        if any(w[:1].isupper() or w[:1].isdigit() for w in after):
            return True
        if before[:1].isupper() and not before.endswith(("'s", "’s")) and i > 1:
            return True
    return False

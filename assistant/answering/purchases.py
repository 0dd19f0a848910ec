"""Purchases a question asks of or takes as made ("who ended up buying wework", "why did apple
buy dig security"), and the sentences that tell one: who bought what, and which way round."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.terms import families, family

# "Who ended up buying wework": a buyer, which a sentence telling a sale names; not one on the
# thing's bankruptcy.
WHO_BOUGHT = re.compile(
    r"^\s*(?:so\s+|and\s+)?who\s+(?:(?:ended|end)\s+up\s+|eventually\s+|finally\s+|actually\s+)?"
    # (not "who took over as interim ceo": a role taken on)
    r"(?:bought|buy|buying|acquired|acquiring|purchased|purchasing|took\s+over|taking\s+over)\b"
    r"(?!\s+(?:as|at|from)\b)",
    re.I,
)
SALE_TOLD = re.compile(
    r"\b(?:buy|buys|bought|buying|buyers?|acquir\w*|acquisition\w*|purchas\w*|took\s+over|"
    r"takeover|tak(?:e|es|ing)\s+over|sold|sells?|selling|sale|(?:sealed|closed|completed|"
    r"finali[sz]ed)\s+(?:its|the|a)\s+(?:[\w-]+\s+){0,2}deal)\b",
    re.I,
)


def asks_buyer(question: str) -> bool:
    """Whether the question asks who bought something."""
    return WHO_BOUGHT.match(question) is not None


def tells_sale(text: str) -> bool:
    """Whether a text tells a purchase or a sale."""
    return SALE_TOLD.search(text) is not None


# A purchase a question takes as made by the one it names: "why did apple buy dig security for
# $400m", "how did amazon decide to buy convoy", "how much did cisco pay for dig security".
BUYING_TAKEN = re.compile(
    r"^\s*(?:so\s+|and\s+|but\s+)?(?:why|how(?:\s+much)?|when|where|what)\s+"
    r"(?:did|does|has|had|would)\s+"
    r"(?P<buyer>[\w'’. &-]+?)\s+(?:(?:decide|agree|want|choose|opt|move)\s+to\s+|end\s+up\s+)?"
    r"(?:buy|buying|bought|acquire|acquiring|acquired|purchase|purchased|take\s+over|"
    # (… with the sum between: "why did sony pay $440m for the catalogs")
    r"(?:pay|paying|paid)\s+(?:[$€£]?\d[\d.,]*\s*(?:[a-z]{1,8}\s+)?|so\s+much\s+)?for|"
    r"spend\s+on)\s+"
    r"(?:the\s+|a\s+)?(?P<thing>.+?)(?=\s+(?:for|in|at|after|before|from|back|last|this|earlier|"
    r"over|when|and|,)\b|[?.,!]|$)",
    re.I,
)
# … or states as made before asking about it: "so apple ended up buying beeper - how much did
# it pay?"
BUYING_STATED = re.compile(
    r"^\s*(?:so\s+|and\s+|but\s+|apparently\s+)?"
    r"(?P<buyer>(?!(?:why|how|when|where|what|who|which|did|does|do|is|was|has|had|i|you|we|"
    r"they|my|our|your|his|her|their|people|fans|investors|someone|everyone|shoppers|buyers)\b)"
    r"[\w'’.&-]+(?:\s+[\w'’.&-]+){0,2}?)\s+"
    r"(?:(?:ended|ends)\s+up\s+|went\s+on\s+to\s+|has\s+|had\s+|just\s+|finally\s+)?"
    r"(?:bought|buying|acquired|purchased|took\s+over)\s+(?:the\s+)?"
    # (a company, not "a tesla", "a lot of chips", "shares")
    r"(?P<thing>(?!(?:a|an|some|lots?|more|shares?|stock|stocks)\b)[\w'’.&-]+"
    r"(?:\s+(?!(?:shares?|stock|stocks)\b)[\w'’.&-]+){0,3}?)"
    r"(?=\s*(?:[-–—,.:;]\s|[-–—,.:;]?$)|\s+(?:for|in|after|before|last|this|earlier|when|"
    r"and|so)\b)(?=.*\?)",
    re.I,
)
# The one telling a purchase, named just before its verb: "Palo Alto Networks is acquiring".
BUYER_TOLD = re.compile(
    r"((?:[A-Z][\w'’.&-]*\s+){1,4})(?:(?:is|was|has|had|have|will|would|agreed\s+to|is\s+in\s+"
    r"talks\s+to|was\s+in\s+talks\s+to|plans\s+to|is\s+set\s+to)\s+)?(?:acquir\w*|bought|buy\w*|"
    r"purchas\w*|took\s+over|tak(?:es|ing)\s+over)\b"
    # … or closing a deal for it, or the purchase its own: "Microsoft has sealed its deal for
    # Activision Blizzard", "Amazon's proposed acquisition of iRobot"
    r"|((?:[A-Z][\w'’.&-]*\s+){1,4})(?:has\s+|had\s+)?(?:sealed|closed|completed|finali[sz]ed)"
    r"\s+(?:its|the|a)\s+(?:[\w-]+\s+){0,2}(?:deal|acquisition|purchase|takeover)\s+(?:for|of)\b"
    r"|((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\s+(?:[\w-]+\s+){0,2}(?:acquisition|"
    r"purchase|takeover)\s+of\b"
)


def buying_taken(question: str) -> tuple[set[str], set[str]] | None:
    """The buyer's and the thing's words of a purchase the question takes as made; None when
    it takes none."""
    match = BUYING_TAKEN.match(question) or BUYING_STATED.match(question)
    if match is None:
        return None
    buyer = {w for w in re.findall(r"[a-z][\w'’-]*", match["buyer"].lower()) if len(w) > 1}
    thing = {w for w in re.findall(r"[a-z][\w'’-]*", match["thing"].lower()) if len(w) > 2}
    return (buyer, thing) if buyer and thing else None


def purchase_as_asked(question: str) -> str | None:
    """A purchase stated before the question, put as asked: "so apple ended up buying beeper -
    how much did it pay?" takes "why did apple buy beeper"; None when it states none."""
    match = BUYING_STATED.match(question)
    return f"why did {match['buyer']} buy {match['thing']}" if match else None


def bought_by_another(
    question: str, thing_names: Sequence[str], sentences: Sequence[str]
) -> int | None:
    """The index of a sentence telling the thing bought by someone other than the buyer the
    question takes (`thing_names`: the question's name words), when none names that buyer
    beside it; None otherwise."""
    taken = buying_taken(question)
    if taken is None:
        return None
    buyer, thing = taken
    names = [w for w in thing_names if w in thing]
    if not names:
        return None
    # (the buyer by its name, not the ordinary words beside it: "sony" of "sony music", whose
    # "music" the articles on a music fund say throughout)
    buyer = {w for w in buyer if w in thing_names} or buyer
    # (a rival the question names as typed: "why did sheikh jasim buy … over jim ratcliffe")
    typed = set(re.findall(r"[a-z][\w'’-]*", question.lower()))
    rivals = {family(w) for w in thing_names if w in typed and w not in buyer and w not in thing}
    rivals -= {family(w) for w in taken[0]}
    other = reversed_at = None
    sales: list[int] = []
    beside = False  # (the buyer asked about named beside it at all)
    for i, sentence in enumerate(sentences):
        low = families(sentence)
        if not all(family(n) in low for n in names):
            continue
        # (not one who gave up on it: "after fellow bidder, Sheikh Jassim, withdrew his offer")
        named = any(family(w) in low for w in buyer) and not WITHDRAWN.search(sentence)
        beside = beside or named
        if not tells_sale(sentence):
            continue
        buyer_told = families(_buyer_told(sentence))
        if named:
            if not sold_in_one_clause(sentence, names):
                continue  # (a sale of another thing it bid for: "offered £4bn to buy Chelsea")
            if buyer_told & {family(n) for n in names} and not buyer_told & {
                family(w) for w in buyer
            }:
                # (the other way round: "Annapurna Interactive bought … 24 Bit Games", for
                # "when did 24 bit games buy annapurna"; unless another sentence tells it the
                # way asked)
                reversed_at = i if reversed_at is None else reversed_at
                continue
            return None  # (told of the buyer asked about)
        sales.append(i)
        if other is None and buyer_told and not buyer_told & {family(n) for n in names}:
            other = i
        if other is None and low & rivals and sold_in_one_clause(sentence, names):
            other = i  # (the rival buying it: "Ratcliffe … has an agreement … to buy")
    # (a sale of it told more than once, and the buyer asked about never named beside it: "why
    # did google buy irobot", of articles on Amazon's "acquisition price for iRobot")
    if other is None and not beside and len(sales) >= SALES_TOLD:
        other = sales[0]
    return reversed_at if reversed_at is not None else other


def _buyer_told(sentence: str) -> str:
    """The one a sentence tells buying something: named after "by" of a purchase told in the
    passive ("Activision Blizzard was acquired by Microsoft"), else before it (`BUYER_TOLD`)."""
    passive = BOUGHT_BY.search(sentence)
    if passive:
        return passive.group(1)
    told = BUYER_TOLD.search(sentence)
    return next((g for g in told.groups() if g), "") if told else ""


BOUGHT_BY = re.compile(
    r"\b(?:acquired|bought|purchased|taken\s+over|snapped\s+up)\s+by\s+((?:[A-Z][\w'’.&-]*\s*){1,4})"
)


def sold_in_one_clause(sentence: str, names: Sequence[str]) -> bool:
    """Whether a clause of the sentence tells a sale beside the thing's name ("… has an agreement
    to buy a 25 per cent share in United"), not only of another thing the sentence names
    elsewhere ("the race for United …, who had previously offered £4bn to buy Chelsea")."""
    for match in SALE_TOLD.finditer(sentence):
        start = max(sentence.rfind(mark, 0, match.start()) for mark in CLAUSE_MARKS)
        ends = [i for i in (sentence.find(mark, match.end()) for mark in CLAUSE_MARKS) if i >= 0]
        clause = families(sentence[start + 1 : min(ends, default=len(sentence))])
        if all(family(n) in clause for n in names):
            return True
    return False


CLAUSE_MARKS = (",", ";", ":", "(", ")", " – ", " — ")
SALES_TOLD = 2  # sentences telling a sale of the thing, none naming the buyer asked about
# A bidder who gave up: "withdrew his offer", "pulled out of the race", "walked away".
WITHDRAWN = re.compile(
    r"\b(?:withdr[ae]w\w*|pull(?:ed|s|ing)?\s+out|walk(?:ed|s|ing)?\s+away|dropp(?:ed|ing)\s+"
    r"out|back(?:ed|s|ing)?\s+out|abandon(?:ed|s|ing)?|gave\s+up|giv(?:es|ing)\s+up)\b",
    re.I,
)

"""Who beat whom, who paid whom or who got what from whom, as a question takes it and as the
articles tell it.

"Why did the bengals lose to the bills", "how much did sonos have to pay google": the question
takes a result as given. When the articles tell the other result ("the Bengals beat the Bills
24-18", "Sonos scored a $32.5 million win against Google") and never the one taken, the
question rests on a false premise and is refused with what they say. (Of a payment, the one
paid is the winner; of a trade or a sale, the one who gets it.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from assistant.answering.candidates import Candidate
from assistant.answering.scores import SCORE, says_score
from assistant.answering.scoring import sentences_of
from assistant.types import Passage
from index.terms import STOPWORDS

SIDE = r"([a-z][\w'’.-]*)"
THE = r"(?:the\s+)?"
# (a verb's helpers between the side and the verb: "the jets end up beating")
HELPERS = (
    r"(?:(?:end(?:ed|s)?\s+up|manage[ds]?\s+to|agree[ds]?\s+to|go(?:es)?\s+on\s+to|went\s+on\s+to|"
    r"(?:come|came|comes|coming|fight|fought|rally|rallied|bounce|bounced)\s+back\s+to)\s+)?"
)
BEATING = (
    r"(?:beat|beats|beating|defeat|defeats|defeated|defeating|upset|upsets|upsetting|edge|edges|"
    r"edged|edging|rout|routs|routed|routing|thrash|thrashed|crush|crushed|down|downed|top|"
    r"topped|outlast|outlasted|blow\s+out|blew\s+out|blowing\s+out|hammer|hammered|"
    r"dominate|dominated|whip|whipped|smash|smashed|knock\s+out|knocked\s+out|eliminate|"
    r"eliminated|stun|stunned|outscore|outscored)"
)
LOSING = r"(?:lose|loses|lost|losing|fall|falls|fell|falling)\s+(?:to|against)"
GETTING = (
    r"(?:(?:trade|trades|traded|trading)\s+for|acquire|acquires|acquired|acquiring|get|gets|got|"
    r"getting|land|lands|landed|landing|buy|buys|bought|buying)"
)
MADE_TO = r"(?:(?:having|have|has|had)\s+to\s+)?"
WON_OVER = r"(?:win|wins|won|winning)\s+(?:over|against)"
# The result a question takes: its winner, then its loser.
CLAIMS: tuple[tuple[re.Pattern[str], bool], ...] = (
    (re.compile(rf"\b{SIDE}\s+{HELPERS}(?:{BEATING}|{WON_OVER})\s+{THE}{SIDE}\b"), True),
    (re.compile(rf"\b{SIDE}\s+{HELPERS}{LOSING}\s+{THE}{SIDE}\b"), False),
    (re.compile(rf"\b{SIDE}\s+{HELPERS}{MADE_TO}(?:pay|pays|paid|paying)\s+{THE}{SIDE}\b"), False),
    # "why did the padres trade for juan soto from the yankees": the one who gets him first
    (
        re.compile(
            rf"\b{SIDE}\s+{HELPERS}{GETTING}\s+(?:[\w'’.-]+\s+){{0,3}}?from\s+{THE}{SIDE}\b"
        ),
        True,
    ),
    (
        re.compile(
            rf"\b(?:give|gives|gave|giving|hand|handed)\s+{THE}{SIDE}\s+the\s+(?:win|victory|"
            rf"decision|nod)\s+over\s+{THE}{SIDE}\b"
        ),
        True,
    ),
)


def _gap(most: int) -> str:
    """Up to `most` characters within a sentence ("$32.5 million" in it), as few as will do."""
    return rf"(?:[^.;!?]|(?<=\d)\.(?=\d)|(?<=\bNo)\.){{0,{most}}}?"  # ("No. 22 Utah")


GAP = _gap(40)
TOLD_WON = (
    r"\b(?:beat|beats|beating|defeated|defeating|downed|downing|edged|edging|routed|routing|"
    r"thrashed|crushed|topped|topping|outlasted|upset|blew\s+out|blowing\s+out|hammered|"
    r"dominated|whipped|"
    r"smashed|knocked\s+out|eliminated|stunned|outscored|"
    r"(?:won|win|victory|triumph)\s+(?:\w+\s+){0,3}?(?:over|against))\b"
)
TOLD_SENT = r"\b(?:sent|sends|sending|traded|trades|dealt|deals|sold|sells|shipped|ships)\b"
TOLD_GOT = r"\b(?:acquired|acquires|acquiring|landed|lands|got|gets|bought|buys|received)\b"
TOLD_PAID = r"\b(?:pay|pays|paid|paying)\b"
TOLD_LOST = r"\b(?:lost|fell|losing|loss|defeat)\s+(?:\w+\s+){0,3}?(?:to|against)\b"


def claimed_result(question: str) -> tuple[str, str] | None:
    """The winner and the loser a question takes as given, as it types them; None if it
    takes no result."""
    lowered = question.lower()
    for pattern, first_won in CLAIMS:
        match = pattern.search(lowered)
        if match is None:
            continue
        a, b = (w.strip(".'’") for w in match.groups())
        if a in STOPWORDS or b in STOPWORDS or a == b:
            continue
        return (a, b) if first_won else (b, a)
    return None


def tells_win(text: str, winner: Iterable[str], loser: Iterable[str]) -> bool:
    """Whether a text says one side beat the other: "X beat Y", "Y lost to X", "X's 24-3 win
    over Y", "Y paid X" (each side by any of its names); not a forecast ("picks the Bills to
    beat the Bengals", "could beat")."""
    if FORECAST.search(text):
        return False
    for w in winner:
        for lo in loser:
            x, y = rf"\b{re.escape(w)}\b", rf"\b{re.escape(lo)}\b"
            if (
                re.search(rf"{x}{GAP}{TOLD_WON}{GAP}{y}", text, re.I)
                or re.search(rf"{y}{GAP}{TOLD_LOST}{GAP}{x}", text, re.I)
                or re.search(rf"{y}{GAP}{TOLD_PAID}{GAP}{x}", text, re.I)
                or re.search(rf"{y}{GAP}{TOLD_SENT}{GAP}\bto\s+(?:the\s+)?{x}", text, re.I)
                or re.search(rf"{x}{GAP}{TOLD_GOT}{GAP}\bfrom\s+(?:the\s+)?{y}", text, re.I)
            ):
                return True
    return False


FORECAST = re.compile(
    r"\b(?:to|will|would|could|can|should|might|may|must|not|never)\s+(?:beat|defeat|win|lose|"
    r"top|upset)\b|\b(?:picks?|picked|predict\w*|expect\w*|odds|favou?red|projected|"
    r"forecast\w*)\b",
    re.I,
)


def contrary_result(
    question: str,
    passages: Sequence[Passage],
    names_of: Callable[[str], Iterable[str]],
) -> Candidate | None:
    """A sentence telling the other result than the one the question takes, when none of the
    passages tells the one it takes. `names_of(side)` gives the other names a side goes by
    ("Las Vegas" for the Raiders)."""
    claim = claimed_result(question)
    if claim is None:
        return None
    winner, loser = ([side, *names_of(side)] for side in claim)
    payment = PAYMENT_TAKEN.search(question) is not None
    # (of a title the question says was won, the one who took it: "how did kyle larson beat
    # ryan blaney for the 2023 cup championship", where "Ryan Blaney secured his first-ever
    # championship")
    title = TITLE_ASKED.search(question) is not None
    # (with the score the question gives, one side is enough: "blowing out No. 22 Utah, 42-18"
    # tells of "utah crushed arizona 42-18", where the article calls Arizona "the Wildcats")
    scores = SCORE.findall(question)
    contrary = None
    for candidate in sentences_of(passages):
        scored = any(says_score(candidate.text, s, either_way=True) for s in scores)
        # (the result taken, told of both sides: "England … earn Friday's late 3-2 win against the
        # Netherlands" is another game than "england beat belgium 3-2")
        if tells_win(candidate.text, winner, loser) or (
            title and took_title(candidate.text, winner)
        ):
            return None
        if contrary is None and (
            tells_win(candidate.text, loser, winner)
            or (title and took_title(candidate.text, loser))
            or (scored and tells_side(candidate.text, loser, won=True))
            or (scored and tells_side(candidate.text, winner, won=False))
            # (of a payment, the one the question has paid paying a sum: "why did the justice
            # dept have to pay binance 4.3bn", where "Binance agreed to pay about $4.3 billion")
            or (payment and pays_a_sum(candidate.text, winner))
        ):
            contrary = candidate
    return contrary


def tells_side(text: str, side: Iterable[str], won: bool) -> bool:
    """Whether a text says one side won (or lost) whoever the other was: "Belgium to a dramatic
    3-2 home win over England", "blowing out No. 22 Utah"; not a forecast. A side beaten in the
    sentence did not win it ("blowing out No. 22 Utah, 42-18, … their first win over the
    Utes")."""
    if FORECAST.search(text):
        return False
    for name in side:
        x = rf"\b{re.escape(name)}\b"
        lost = re.search(rf"{TOLD_WON}{GAP}{x}|{x}{GAP}{TOLD_LOST}", text, re.I) is not None
        if lost and not won:
            return True
        if won and not lost and re.search(rf"{x}{LONG_GAP}{TOLD_WON}", text, re.I):
            return True
    return False


TITLE_ASKED = re.compile(r"\b(?:championship|title|crown)\b", re.I)
TITLE_TAKEN = (
    r"\b(?:won|wins|winning|secured|secures|clinched|clinches|claimed|claims|captured|took|"
    r"lifted)\b"
    + _gap(30)
    + r"\b(?:championship|title|crown)\b|\bcrowned\b"
    + _gap(30)
    + r"\bchampions?\b"
)


def took_title(text: str, side: Iterable[str]) -> bool:
    """Whether a text says a side took the title: "Ryan Blaney secured his first-ever
    championship", "Blaney was crowned the Cup Series champion"; not a forecast."""
    if FORECAST.search(text):
        return False
    return any(
        re.search(rf"\b{re.escape(name)}\b{GAP}(?:{TITLE_TAKEN})", text, re.I) for name in side
    )


LONG_GAP = _gap(80)  # (past an aside: "Binance, the world's largest …, has")
PAYMENT_TAKEN = re.compile(rf"\b{MADE_TO}(?:pay|pays|paid|paying)\b", re.I)


def pays_a_sum(text: str, payer: Iterable[str]) -> bool:
    """Whether a text says one side pays (or agreed to pay) a sum: "Binance … agreed to pay
    about $4.3 billion"; not that it is paid one ("Tom Brady (who was paid $55 million)")."""
    if FORECAST.search(text):
        return False
    return any(
        re.search(
            rf"\b{re.escape(side)}\b{LONG_GAP}(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)"
            rf"(?<!be\s)(?<!get\s)(?<!got\s)(?<!gets\s){TOLD_PAID}\s+(?:about|around|nearly|roughly|almost|"
            rf"more\s+than|over|up\s+to|some)?\s*[$£€¥]\s?\d",
            text,
            re.I,
        )
        for side in payer
    )

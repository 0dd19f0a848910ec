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
from assistant.answering.result_claims import (
    GETTING,
    HELPERS,
    SIDE,
    claimed_result,
)
from assistant.answering.scores import SCORE, says_score
from assistant.answering.scoring import sentences_of
from assistant.answering.taken_results import (
    FORECAST,
    GAP,
    LONG_GAP,
    PAYMENT_TAKEN,
    SENTENCE_GAP,
    TITLE_ASKED,
    TOLD_PAID,
    pays_a_sum,
    took_title,
)
from assistant.answering.which_one import another_one, numbered, question_years
from assistant.query import YEAR
from assistant.types import Passage
from index.terms import STOPWORDS

TOLD_WON = (
    r"\b(?:beat|beats|beating|defeated|defeating|downed|downing|edged|edging|routed|routing|"
    r"thrashed|crushed|topped|topping|outlasted|upset|blew\s+out|blowing\s+out|hammered|"
    r"dominated|whipped|"
    r"smashed|knocked\s+out|eliminated|stunned|outscored|pulveri[sz]ed|demolished|trounced|"
    r"thumped|walloped|mauled|battered|humbled|humiliated|swept|overpowered|outclassed|"
    r"dispatched|"
    r"(?:won|win|victory|triumph)\s+(?:\w+\s+){0,3}?(?:over|against))\b"
)
TOLD_SENT = r"\b(?:sent|sends|sending|traded|trades|dealt|deals|sold|sells|shipped|ships)\b"
TOLD_GOT = r"\b(?:acquired|acquires|acquiring|landed|lands|got|gets|bought|buys|received)\b"
TOLD_LOST = (
    r"\b(?:lost|fell|losing|loss|defeat|succumbed|collapse|collapsed|bowed\s+out)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:to|against)\b"
)
# Beaten, told of the loser: "the Wallabies were pumped 40-6 by Wales"
TOLD_BEATEN = (
    r"(?:\b(?:was|were|been|being|got|get|gets)\s+(?:\w+\s+)?(?:beaten|defeated|downed|edged|routed|"
    r"thrashed|crushed|hammered|pumped|smashed|stunned|outscored|demolished|trounced|thumped|"
    r"walloped|mauled|battered|humbled|humiliated|swept|overpowered|outclassed|outplayed|"
    r"dispatched|knocked\s+out|eliminated|blown\s+out)\s+(?:[\d–-]+\s+|\w+\s+)?by\b"
    # … or in a clause of its own: "with Ireland sent home by the All Blacks in the quarters"
    r"|\b(?:sent\s+home|sent\s+packing|knocked\s+out|dumped\s+out|ousted|eliminated)\s+by\b)"
)


def tells_win(text: str, winner: Iterable[str], loser: Iterable[str], deals: bool = True) -> bool:
    """Whether a text says one side beat the other: "X beat Y", "Y lost to X", "X's 24-3 win
    over Y", "Y paid X" (each side by any of its names); not a forecast ("picks the Bills to
    beat the Bengals", "could beat"). Payments and trades count only with `deals`: a result of
    a game or a trial is not told by "they wanted to pay us off"."""
    if FORECAST.search(text):
        return False
    for w in winner:
        for lo in loser:
            x, y = rf"\b{re.escape(w)}\b", rf"\b{re.escape(lo)}\b"
            if (
                re.search(rf"{x}{GAP}{TOLD_WON}{GAP}{y}", text, re.I)
                or re.search(rf"{y}{GAP}{TOLD_LOST}{GAP}{x}", text, re.I)
                or re.search(rf"{y}{GAP}{TOLD_BEATEN}\s+(?:the\s+)?{x}", text, re.I)
                or (deals and _dealt(text, x, y))
                or (_in_favour(text, x) and re.search(y, text, re.I))
                # a verdict for one side: "a federal jury … siding with Epic Games in its fight
                # to break Google's control"
                or (_sided_with(text, x) and re.search(y, text, re.I))
                # "the Raiders held the Jets to just a field goal … in a 16-12 win"
                or re.search(rf"{x}{GAP}{y}{SENTENCE_GAP}{IN_A_WIN}", text, re.I)
                # a win at the other side's ground: "gives Arsenal vital victory in Sevilla"
                or re.search(rf"{x}{GAP}{WON_AT}(?:the\s+)?{y}", text, re.I)
                # "… from Jets QB Zach Wilson … as Kansas City did not give the ball back to
                # earn the win, 23-20"
                or (re.search(rf"{x}{GAP}{WIN_EARNED}", text, re.I) and re.search(y, text, re.I))
                or _final_score(text, x, y)
            ):
                return True
    return False


def _dealt(text: str, x: str, y: str) -> bool:
    """Whether a text tells a deal that went `x`'s way: "Y paid X", "Y sent … to X", "X got …
    from Y" (each side a pattern)."""
    return bool(
        re.search(rf"{y}{GAP}{TOLD_PAID}{GAP}{x}", text, re.I)
        or re.search(rf"{y}{GAP}{TOLD_SENT}{GAP}\bto\s+(?:the\s+)?{x}", text, re.I)
        or re.search(rf"{x}{GAP}{TOLD_GOT}{GAP}\bfrom\s+(?:the\s+)?{y}", text, re.I)
    )


def _final_score(text: str, winner: str, loser: str) -> bool:
    """Whether a text gives a final score with the winner ahead: "Final: Jaguars 31, Saints
    24", "Diamondbacks 9-1 Rangers, FINAL" (not a score during the game)."""
    if not re.search(r"\bfinal\b", text, re.I):
        return False
    for first, second, ahead in ((winner, loser, True), (loser, winner, False)):
        for match in re.finditer(
            rf"{first}\s+(\d+)\s*(?:,|[-–])\s*(?:{second}\s+(\d+)|(\d+)\s+(?:the\s+)?{second})",
            text,
            re.I,
        ):
            a, b = int(match.group(1)), int(match.group(2) or match.group(3))
            if (a > b) == ahead and a != b:
                return True
    return False


def _in_favour(text: str, side: str) -> bool:
    """Whether a text gives a score in a side's favour ("the 32-12 score in the Springboks'
    favour", "finished 3-1 in favour of Ajax")."""
    return (
        re.search(
            rf"\d\s?[-–]\s?\d+{GAP}\bin\s+(?:the\s+)?{side}(?:['’]s?)?\s+favou?r\b"
            rf"|\d\s?[-–]\s?\d+{GAP}\bin\s+favou?r\s+of\s+(?:the\s+)?{side}",
            text,
            re.I,
        )
        is not None
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
        return _contrary_alone(question, passages, names_of)
    winner, loser = ([side, *names_of(side)] for side in claim)
    payment = PAYMENT_TAKEN.search(question) is not None
    deals = deals_taken(question)
    # (of a title the question says was won, the one who took it: "how did kyle larson beat
    # ryan blaney for the 2023 cup championship", where "Ryan Blaney secured his first-ever
    # championship")
    title = TITLE_ASKED.search(question) is not None
    # (with the score the question gives, one side is enough: "blowing out No. 22 Utah, 42-18"
    # tells of "utah crushed arizona 42-18", where the article calls Arizona "the Wildcats")
    scores = SCORE.findall(question)
    asked = numbered(YEAR.sub(" ", question))  # (the numbered games asked of, read once)
    # (a side knocked out is told by the win that ended it, not by a game of the series: "when
    # did the braves eliminate the phillies" is not told by "the Braves beat the Phillies in
    # Game 2", where "the Phillies beat the Braves in Game 4 to eliminate Atlanta")
    knockout = KNOCKED_OUT.search(question) is not None
    contrary = None
    for candidate in told_in(passages):
        scored = any(says_score(candidate.text, s, either_way=True) for s in scores)
        # (the result taken, told of both sides: "England … earn Friday's late 3-2 win against the
        # Netherlands" is another game than "england beat belgium 3-2")
        passage = passages[candidate.passage].text
        # ("the last time they met, in 2019, the Saints won 13-9": another game)
        earlier = _earlier_meeting(candidate.text, question, passages[candidate.passage], asked)
        # (a game of a series, "in Game 2", tells no knock-out; a one-off tie's win does)
        ended = (
            not knockout
            or KNOCKED_OUT.search(candidate.text) is not None
            or not SERIES_GAME.search(candidate.text)
        )
        if (
            not earlier
            and ended
            and (
                tells_win(candidate.text, winner, loser, deals)
                or (title and took_title(candidate.text, winner))
                or (
                    settled_for(candidate.text, winner, loser)
                    and both_named(passage, winner, loser)
                )
            )
        ):
            return None
        if (
            contrary is None
            and ended
            and (
                tells_win(candidate.text, loser, winner, deals)
                or (title and took_title(candidate.text, loser))
                or (scored and tells_side(candidate.text, loser, won=True))
                or (scored and tells_side(candidate.text, winner, won=False))
                # (lost by a margin or won by a score, in a passage on both sides: "India lost the
                # match by 35 runs", of the semi-final against England)
                or (
                    settled_for(candidate.text, loser, winner)
                    and both_named(passage, winner, loser)
                )
                # (of a payment, the one the question has paid paying a sum: "why did the justice
                # dept have to pay binance 4.3bn", where "Binance agreed to pay about $4.3 billion")
                or (payment and pays_a_sum(candidate.text, winner))
            )
        ):
            contrary = candidate
    return contrary


# A side put out of a competition, asked or told: "eliminate", "knock out", "oust", "dump out".
KNOCKED_OUT = re.compile(
    r"\b(?:eliminat\w*|knock(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?out|ousted|oust|dump(?:s|ed|ing)?"
    r"\s+(?:\w+\s+){0,3}?out)\b",
    re.I,
)


SERIES_GAME = re.compile(r"\bgame\s+\d+\b", re.I)


def _earlier_meeting(
    sentence: str, question: str, passage: Passage, asked: dict[str, set[str]]
) -> bool:
    """Whether a sentence tells of a game in an earlier year than its article's, one the
    question does not name ("with the Saints winning 13-9 in 2019", in a report from 2023); or
    of another numbered game than the one asked, by its own words or its headline's ("Final:
    Rangers 11, Diamondbacks 7" under "… results from Game 4", for "game 2"; `asked`, the
    question's numbered games)."""
    if asked and another_one(asked, sentence, passage.title or ""):
        return True
    published = YEAR.match(passage.published or "")
    if published is None:
        return False
    years = question_years(sentence)
    return (
        bool(years) and not years & question_years(question) and max(years) < int(published.group())
    )


def told_in(passages: Sequence[Passage]) -> list[Candidate]:
    """The passages' statements, and the headline of each article read: a headline often tells
    the result its story goes on to tell in other words ("Tottenham’s Unbeaten Run Ends With
    4-1 Home Defeat to Chelsea", then "the Blues came from behind to win")."""
    first: dict[str, Candidate] = {}
    for index, passage in enumerate(passages):
        if passage.title and len(passage.title.split()) >= 4:
            first.setdefault(passage.article_id, Candidate(index, passage.title.strip()))
    return [*sentences_of(passages), *first.values()]


# A result a question takes of one side alone, with a score: "england won the t20 series 3-2"
WON_ALONE = re.compile(
    rf"\b{SIDE}\s+{HELPERS}(?:won|win|wins|clinched|took|claimed|sealed)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:series|final|game|match|tie|cup|test|decider|contest|race)\b"
)
# "a 3-2 triumph for West Indies": who won, by the score
TRIUMPH_FOR = re.compile(
    r"\b(?:win|triumph|victory|success)\s+for\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _contrary_alone(
    question: str,
    passages: Sequence[Passage],
    names_of: Callable[[str], Iterable[str]],
) -> Candidate | None:
    """Of a result taken of one side with its score ("england won the t20 series 3-2"), a
    sentence giving that score to another side ("a 3-2 triumph for West Indies") or telling the
    side lost, when none tells the side won."""
    match = WON_ALONE.search(question.lower())
    scores = SCORE.findall(question)
    if match is None or not scores or match.group(1) in STOPWORDS:
        return None
    side = [match.group(1), *names_of(match.group(1))]
    contrary = None
    for candidate in told_in(passages):
        text = candidate.text
        if not any(says_score(text, s, either_way=True) for s in scores):
            continue
        if tells_side(text, side, won=True) or _triumph_of(text, side):
            return None
        other = TRIUMPH_FOR.search(text)
        if contrary is None and (
            tells_side(text, side, won=False) or (other and not _triumph_of(text, side))
        ):
            contrary = candidate
    return contrary


def _triumph_of(text: str, side: Iterable[str]) -> bool:
    """Whether a text gives the triumph to the side ("a 3-2 triumph for West Indies")."""
    return any(
        re.search(rf"\b{re.escape(name)}\b", m.group(1), re.I)
        for m in TRIUMPH_FOR.finditer(text)
        for name in side
    )


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
        # "… Ends With 4-1 Home Defeat to Chelsea": the side a loss was to won
        if won and not lost and re.search(rf"{TOLD_LOST}\s+(?:the\s+)?{x}", text, re.I):
            return True
        # "the winner for Galatasaray in their 3-2 win at Old Trafford"
        if won and not lost and re.search(rf"{WINNER_FOR}{x}|{x}{GAP}{SCORED_WIN}", text, re.I):
            return True
    return False


LOST_BY = (
    r"(?:lost|lose|loses|losing|were\s+beaten|was\s+beaten)\s+(?:(?:the|their|its|his|her)\s+)?"
    r"(?:(?:match|game|final|semi-?final|tie|contest|series|race|fight|bout)\s+)?by\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:single\s+)?)\b"
)


def _sided_with(text: str, side: str) -> bool:
    """Whether a verdict went for the side, named within a few words of it: "siding with
    Fortnite maker Epic Games" (not Google, named further on in "its fight to break Google's
    control")."""
    match = re.search(rf"{SIDED_WITH}\s+(?:[\w'’.-]+\s+){{0,3}}?{side}", text, re.I)
    return match is not None and not VERDICT_SUPPOSED.search(text[: match.start()])


SIDED_WITH = (
    r"(?:\b(?:sided|siding)\s+with\b|\bruled\s+(?:in\s+favou?r\s+of|for)\b|"
    r"\b(?:found|decided)\s+in\s+favou?r\s+of\b)"
)
# A verdict only supposed: "if the jury sides with Epic", "appeared to be siding with".
VERDICT_SUPPOSED = re.compile(
    r"\b(?:if|whether|could|would|should|might|may|must|expected|likely|appeared|appears|seems|"
    r"seemed|hopes?|urged?|asked)\b(?:\W+\w+){0,4}\W*$",
    re.I,
)
# (a win told as a thing, not denied: not "have not won in Denver since 2015", "no win in")
WON_AT = r"(?<!\bno\s)(?<!\bwithout\sa\s)\b(?:win|victory|triumph)\s+(?:at|in)\s+"
IN_A_WIN = r"\bin\s+an?\s+(?:[a-z]+\s+)?\d{1,3}\s?[-–]\s?\d{1,3}\s+(?:win|victory|triumph)\b"
SCORE_TOLD = r"\d{1,3}\s?[-–]\s?\d{1,3}(?!\d|[.,-]\d)"  # ("fell, 3-1, in East Hartford")
WIN_EARNED = (
    r"\b(?:earn|earned|earning|secure|secured|seal|sealed|clinch|clinched|claim|claimed|grab|"
    rf"grabbed|hold\s+on\s+for|held\s+on\s+for)\s+the\s+(?:win|victory)\W{{0,3}}{SCORE_TOLD}"
)
# Who won, told of the winner alone: "the winner for Galatasaray", "in their 3-2 win"
WINNER_FOR = r"\b(?:winner|winning\s+goal|decisive\s+goal|match-winner)\s+for\s+(?:the\s+)?"
SCORED_WIN = rf"\b(?:their|its|his|her)\s+(?:\w+\s+)?{SCORE_TOLD}\s+(?:win|victory|triumph)\b"
LOST_SCORED = rf"(?:lost|fell|went\s+down|succumbed)\s*,?\s+(?:[a-z]+\s+){{0,2}}?{SCORE_TOLD}"
WON_SCORED = (
    r"(?:prevailed|triumphed|won|held\s+on|hung\s+on|edged\s+(?:it|home)|came\s+out\s+on\s+top)"
    rf"\s+(?:[a-z]+\s+){{0,3}}?{SCORE_TOLD}"
)


def settled_for(text: str, winner: Iterable[str], loser: Iterable[str]) -> bool:
    """Whether a text settles a result without naming the other side: the winner won by a score
    ("it was the Springboks who once again prevailed 12-11") or the loser lost by a margin
    ("India lost the match by 35 runs"); not a forecast."""
    if FORECAST.search(text):
        return False
    return any(
        re.search(rf"\b{re.escape(name)}\b{GAP}{WON_SCORED}", text, re.I) for name in winner
    ) or any(
        re.search(rf"\b{re.escape(name)}\b{LONG_GAP}(?:{LOST_BY}|{LOST_SCORED})", text, re.I)
        for name in loser
    )


def both_named(text: str, one: Iterable[str], other: Iterable[str]) -> bool:
    """Whether a text names both sides, each by any of its names."""
    return all(
        any(re.search(rf"\b{re.escape(name)}\b", text, re.I) for name in side)
        for side in (one, other)
    )


def deals_taken(question: str) -> bool:
    """Whether the result a question takes is a payment or a trade ("how much did sonos pay
    google", "why did the padres trade for soto"), which a sum paid or a player sent tells."""
    return bool(PAYMENT_TAKEN.search(question) or DEAL_TAKEN.search(question))


DEAL_TAKEN = re.compile(rf"\b{GETTING}\b", re.I)


def result_told(
    question: str, text: str, names_of: Callable[[str], Iterable[str]] = lambda side: ()
) -> bool | None:
    """Of a result a question asks about ("did the jets beat the raiders"), whether a text
    tells it (True), tells the other result (False: "the win for the Raiders", "the Jets lost
    to the Raiders"), or tells neither (None). `names_of(side)` gives a side's other names."""
    claim = claimed_result(question)
    if claim is None:
        return None
    winner, loser = ([side, *names_of(side)] for side in claim)
    deals = deals_taken(question)
    if tells_win(text, winner, loser, deals) or settled_for(text, winner, loser):
        return True
    # (not a side said to win whoever the other was: "Italy, running hot on Sinner, who beat
    # Djokovic" tells nothing of Italy and Australia)
    if (
        tells_win(text, loser, winner, deals)
        or settled_for(text, loser, winner)
        or _triumph_of(text, loser)
    ):
        return False
    return None

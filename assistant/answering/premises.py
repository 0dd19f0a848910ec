"""Questions that take as given what the articles tell the other way: a result ("why did the
bengals lose to the bills", where the Bengals won) or a change ("why did palo alto raise its
billings forecast", where Palo Alto Networks "lowered its billings forecast")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet

from assistant.answering.abstention import OfflineResult
from assistant.answering.asking import asking_clause
from assistant.answering.candidates import Candidate
from assistant.answering.draft import Draft, Parts
from assistant.answering.figures import figure_values, money_sums, same_sum
from assistant.answering.outcome import (
    both_named,
    contrary_result,
    deals_taken,
    settled_for,
    tells_win,
    told_in,
)
from assistant.answering.result_claims import BEATING, claimed_result
from assistant.answering.scoring import sentences_of
from assistant.answering.sentences import answer_stem
from assistant.answering.specifics import said_in
from assistant.answering.taken_results import PAYMENT_TAKEN, TITLE_ASKED, took_title
from assistant.answering.vocabulary import BARE_CONTRACTION
from assistant.answering.whole_sentences import quoted_whole
from assistant.types import Passage
from index.dates import MONTHS, WEEKDAYS
from index.terms import STOPWORDS, content_words, families


def _words(alternatives: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternatives})\b")


# Changes and their contraries, each said of the same thing ("its billings forecast", "profits").
DIRECTIONS = (
    (
        _words(
            r"rise|rises|rose|risen|rising|grow|grows|grew|grown|growing|jump(?:s|ed)?|"
            r"surge[sd]?|soar(?:s|ed)?|climb(?:s|ed)?|rocket(?:s|ed)?|rall(?:y|ies|ied)|"
            r"spike[sd]?|"
            # ("a margin of 17.9%, down from 25.1%"; "up 5%")
            r"up(?=\s+(?:from\s|by\s|\d))"
        ),
        _words(
            r"fell|fall|falls|fallen|falling|drop(?:s|ped)?|decline[sd]?|slump(?:s|ed)?|plunge[sd]?|"
            r"sank|sink|sinks|shr[ai]nk|shrinks|tumbled?|slid|crash(?:es|ed)?|collapsed?|"
            r"nosedived?|tanked|down(?=\s+(?:from\s|by\s|\d))"
        ),
    ),
    (
        _words(r"raise[sd]?|raising|hike[sd]?|hiking|boost(?:s|ed)?|increase[sd]?"),
        _words(r"cut|cuts|cutting|lower(?:s|ed)?|lowering|reduce[sd]?|reducing|slash(?:es|ed)?"),
    ),
    (
        _words(r"beat|beats|beating|topped|exceeded|surpassed"),
        _words(r"fell short|falls short|missed|misses|miss"),
    ),
    (
        _words(r"open|opens|opened|opening|reopen(?:s|ed)?"),
        _words(r"close|closes|closed|closing|closures?|shut|shuts"),
    ),
)


def other_names(d: Draft, parts: Parts) -> Callable[[str], AbstractSet[str]]:
    """The other names a side or a doer goes by, in the store and in the passages at hand:
    "Las Vegas" of the Raiders, "Los Angeles" of the Chargers."""
    texts = [p.text for p in d.passages]

    def names_of(name: str) -> AbstractSet[str]:
        return parts.words.name_openings(name) | parts.words.openings_in(name, texts)

    return names_of


def premise_of_the_result(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Why did the bengals lose to the bills": the articles tell that the Bengals won, and
    nowhere that the Bills did."""
    clause = asking_clause(d.question)
    if d.yes_no and (clause == d.question or claimed_result(clause) is not None):
        return None  # (a result asked outright is settled yes or no; one set before a yes/no
        # question is taken: "epic lost its trial vs google - is sweeney going to appeal?")
    names_of = other_names(d, parts)
    contrary = contrary_result(d.question, d.passages, names_of)
    if contrary is not None:  # ("The articles don't say Jets beat Chiefs": "Final: Chiefs 23 …")
        return told_otherwise(d, contrary, _result_taken(d.question, d.asked_names))
    # (why or how a result came about that no article tells: "why did marshall blow out utsa",
    # over a preview of the game)
    if result_untold(d.question, clause, d.passages, names_of, parts.names.article_text):
        return told_otherwise(d, d.candidates[0], _result_taken(d.question, d.asked_names))
    return None


def _result_taken(question: str, names: dict[str, str]) -> str:
    """The win a question takes, in words: "Marshall beat UTSA" ("" unless it takes a win)."""
    claim = claimed_result(question)
    if claim is None or not BEATEN.search(question):
        return ""
    winner, loser = (names.get(side, side.capitalize()) for side in claim)
    return f"{winner} beat {loser}"


BEATEN = re.compile(rf"{BEATING}|\b(?:win|wins|won|lose|loses|lost|losing)\b", re.I)


# A question asking why or how a result came about: "why did the saints hang on and beat the
# jaguars", "how did the cowboys blow out the niners"; not "how many …", "how much …".
CAUSE_ASKED = re.compile(r"^(?:why|how(?!\s+(?:many|much|long|far|old|big|often)))\b", re.I)
# … or a detail of it: "what round did paro knock out stevenson in", "by how many runs did the
# rangers beat the d-backs", "when did the jets beat the bills"
DETAIL_OF_RESULT_ASKED = re.compile(
    r"^(?:by\s+how\s+(?:many|much)|(?:in\s+)?(?:what|which)\s+\w+\s+(?:did|does|do|was|were)|"
    r"when|where)\b",
    re.I,
)


def result_untold(
    question: str,
    clause: str,
    passages: Sequence[Passage],
    names_of: Callable[[str], Iterable[str]],
    article_text: Callable[[str], str] | None = None,
) -> bool:
    """Whether a question asks why or how a result came about (in its asking `clause`) that no
    article read tells, though they speak of both sides: the game may be still to come ("why
    did marshall blow out utsa", over a preview) or have gone the other way in words not read
    as a result. A result only set as context ("arizona beat utah 42-18, how many tackles …")
    is not asked about. `article_text(article_id)` gives an article's whole text: the result is
    looked for beyond the chunks retrieved ("Final: Jaguars 31, Saints 24" may sit in another)."""
    asks = CAUSE_ASKED.match(clause) or DETAIL_OF_RESULT_ASKED.match(clause)
    if not asks or claimed_result(clause) is None:
        return False
    # (a sum paid asked of, "what fee did chelsea pay man city for palmer", is a price: a
    # purchase the articles may tell in other words, "Chelsea forked out £42.5m"; why it was
    # paid is a result, "why did sonos have to pay google")
    if PAYMENT_TAKEN.search(clause) and not CAUSE_ASKED.match(clause):
        return False
    claim = claimed_result(question)
    if claim is None:
        return False
    winner, loser = ([side, *names_of(side)] for side in claim)
    on_both = {
        p.article_id for p in passages if both_named(f"{p.title or ''} {p.text}", winner, loser)
    }
    if not on_both:
        return False  # (a side the articles never name is refused as absent)
    texts = [c.text for c in told_in(passages)]
    if article_text is not None:
        texts += [" ".join(s) for a in sorted(on_both) for s in quoted_whole(article_text(a))]
    title = TITLE_ASKED.search(question) is not None
    return not any(
        tells_win(text, winner, loser, deals_taken(question))
        or settled_for(text, winner, loser)
        or (title and took_title(text, winner))
        for text in texts
    )


def told_otherwise(d: Draft, told: Candidate, untold: str = "") -> OfflineResult:
    """The refusal "The articles don't say that happened" (or, given what the question takes,
    "The articles don't say Marshall beat UTSA"), with what they tell instead (shown however
    little of the question's words it says)."""
    result = d.refuse(told)
    result.unsettled = True
    result.untold = untold
    result.evidence = result.evidence or told.cited(f"[{told.passage + 1}]")
    return result


WINDOW = 4  # words either side of the change that say what changed
SUBJECT_REACH = 8  # … and before it, in an article's sentence


def premise_turned(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Why did palo alto raise its billings forecast": the articles on Palo Alto tell that it
    lowered it, and nowhere that it raised it. (A yes or no is answered "No" instead:
    `yes_no.says_the_contrary`.)"""
    if d.yes_no:
        return None
    # (the names it must say, or, of a question whose names any article may say, all it gives)
    names = set(d.specific or d.asked_names)
    # (the articles on what it names: another company's profits "jumped")
    on_it, told = on_the_names(d, names)
    turned = contrary_premise(d.question, on_it, told, names)
    return None if turned is None else told_otherwise(d, turned)


def on_the_names(d: Draft, names: AbstractSet[str]) -> tuple[list[Candidate], list[Candidate]]:
    """The best candidates (`TRIES`) and all the sentences from passages that say every name
    (another company's profits "jumped" too)."""
    about = {
        i
        for i, p in enumerate(d.passages)
        if all(said_in(w, families(passage_text(p)), passage_text(p)) for w in names)
    }
    return (
        [c for c in d.candidates[:TRIES] if c.passage in about],
        [c for c in d.sentences if c.passage in about],
    )


TRIES = 5  # the best sentences looked at for the contrary change


def passage_text(passage: Passage) -> str:
    """A passage's headline and text, read together."""
    return f"{passage.title or ''} {passage.text}"


def contrary_premise(
    question: str,
    candidates: list[Candidate],
    sentences: list[Candidate],
    names: AbstractSet[str] = frozenset(),
) -> Candidate | None:
    """The first candidate that tells the contrary of the change the question takes, of the
    same thing, when no sentence tells the change itself. What changed is told by the words
    beside the change, the question's `names` aside (whose it is, said of many changes)."""
    asked = question.lower()
    for up, down in DIRECTIONS:
        for taken, other in ((up, down), (down, up)):
            match = taken.search(asked)
            if match is None or NEGATED.search(asked[: match.start()]):
                continue  # ("how come they dont open on thanksgiving": taken as not done)
            things = _around(asked, match) - {answer_stem(n) for n in names}
            # (a figure the change is by, given again, tells the same change: "raise its offer
            # for irobot by 15%", "lowered its acquisition price … by 15%")
            by = figure_values(_by_figure(asked[match.end() :]))
            if not things and not by:
                continue
            # Told as taken, of as much of what it is said of: no false premise (another change
            # the question takes may be one). "An increase in revenue from overdraft fees" is
            # not the fee raised that "cut its overdraft fees from $35" denies.
            told = max((_said_of(taken, s.text, things, by) for s in sentences), default=0)
            for c in candidates:
                # (nor one saying the change taken too of the same things, unless by the figure
                # asked: "lowered its price … by 15% owing to increased debt"; "fell short of
                # sales expectations …, but it beat on earnings" denies a miss on earnings)
                low = c.text.lower()
                if _said_of(other, c.text, things, by) > told and (
                    not _said_of(taken, c.text, things) or _by_the_figure(other, low, by)
                ):
                    return c
    return None


def _around(text: str, match: re.Match[str], reach: int = WINDOW) -> set[str]:
    """The stems of the content words near a change: what it is said of (`reach` words
    before it); not another verb's forms ("started taking a cut of shipping": the change is no
    more said of "started" than of the fee)."""
    before = re.findall(r"[a-z][\w'’-]*", text[: match.start()])[-reach:]
    after = re.findall(r"[a-z][\w'’-]*", text[match.end() :])[:WINDOW]
    return {
        answer_stem(w)
        for w in content_words(" ".join(before + after))
        if w not in STOPWORDS and w not in TIMES and len(w) > 2 and not VERB_FORM.fullmatch(w)
    }


VERB_FORM = re.compile(r"[a-z]{3,}(?:ed|ing)")
# A change the question takes as not done: "dont open", "didn't cut", "never raised".
NEGATED = re.compile(
    rf"\b(?:not|never|no\s+longer|\w+n['’]t|{BARE_CONTRACTION.pattern})\s+(?:\w+\s+)?$"
)


# Words of when, which any change may be said beside: not what changed.
TIMES = frozenset(
    ("year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "today",
     "yesterday", "season", "time", "last", "this", "next", *MONTHS, *WEEKDAYS)
)  # fmt: skip


def _said_of(
    change: re.Pattern[str], sentence: str, things: set[str], by: frozenset[float] = frozenset()
) -> int:
    """How many of the things a change is said of the sentence tells it beside (0: it does not
    tell it), and one more if it gives the figure the change is `by`. A sentence names what
    changed further before it than a question does: "Topix, Japan's main stock index, has
    risen"."""
    low = sentence.lower()
    return max(
        (
            len(_around(low, match, SUBJECT_REACH) & things)
            + bool(by & figure_values(_by_figure(low[match.end() :])))
            for match in change.finditer(low)
        ),
        default=0,
    )


def _by_the_figure(change: re.Pattern[str], text: str, by: frozenset[float]) -> bool:
    """Whether a text tells the change by one of the figures `by`."""
    return any(by & figure_values(_by_figure(text[m.end() :])) for m in change.finditer(text))


def _by_figure(after: str) -> str:
    """The figure a change is by, in the words after it: "by 15%" in "lowered its price for
    iRobot — … — by 15% owing to …" ("" if none)."""
    match = BY_FIGURE.search(after) or SHARE_RIGHT_AFTER.match(after)
    return match.group(1) if match else ""


# (within the sentence's reach: past an aside set off by dashes)
BY_FIGURE = re.compile(
    r"^(?:[^.;]|\.(?=\d)){0,160}?\bby\s+((?:about|around|roughly|nearly|some)?\s*[$£€]?\d[\d.,]*"
    r"\s*(?:%|percent|per\s+cent|[a-z]+)?)"
)

# … or a share right after it: "crash 60%", "rocketed more than 60%".
SHARE_RIGHT_AFTER = re.compile(
    r"\s+(?:(?:more\s+than|over|nearly|almost|about|around|roughly|some|as\s+much\s+as)\s+)?"
    r"(\d[\d.,]*\s*(?:%|percent|per\s+cent))"
)


# A sum the question takes as imposed or paid: "the EU fined X $180 million … has musk paid it",
# "what did X do to get fined £18m by ofcom"
SUM_TAKEN = re.compile(
    r"\b(?:fined|paid|awarded|ordered\s+to\s+pay|handed\s+a\s+(?:fine|penalty))\b", re.I
)
# … or as spent on a deal: "why did chelsea pay £80m for cole palmer"
SUM_SPENT = re.compile(r"\b(?:pay|pays|spend|spends|spent|splash(?:ed)?\s+out)\b", re.I)
# Words that tell of a deal's sum in a sentence.
DEAL_WORDS = re.compile(
    r"\b(?:deal|fee|paid|pay|pays|bought|buy|signed|signing|transfer|worth|cost|costs|price|"
    r"fined|fine|acquired|acquisition|sold|sale|valued)\b",
    re.I,
)
# … which the articles give only as what could be: "a fine of up to $180 million", "Ofcom can
# levy fines of up to £18 million"
ONLY_POSSIBLE = re.compile(r"\bup\s+to\b|\b(?:could|would|can|may|might)\b", re.I)


def premise_of_the_sum(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "The EU fined X $180 million under the DSA … has musk paid it yet?": refused with what
    the articles say of that sum instead; "why did chelsea pay £80m for cole palmer", where
    the deal was "worth around $A82 million", with the sum they give."""
    told = sum_only_possible(d.question, d.passages) or sum_told_otherwise(
        d.question, d.passages, set(d.asked_names)
    )
    return None if told is None else told_otherwise(d, told)


def sum_only_possible(question: str, passages: Sequence[Passage]) -> Candidate | None:
    """Of a sum a question takes as imposed or paid, the first sentence giving it, when every
    one gives it as what could be ("would result in a fine of up to $180 million") and none
    tells it imposed."""
    if not SUM_TAKEN.search(question):
        return None
    sums = figure_values(question, money=True)
    told = [c for c in sentences_of(passages) if sums & figure_values(c.text, money=True)]
    if told and all(ONLY_POSSIBLE.search(c.text) for c in told):
        return told[0]
    return None


def sum_told_otherwise(
    question: str, passages: Sequence[Passage], names: AbstractSet[str]
) -> Candidate | None:
    """Of a sum a question takes as paid, the first sentence giving another sum for the deal of
    the one it names (its name, a word of a deal, a sum), when no sentence gives the sum it
    takes."""
    if not (SUM_TAKEN.search(question) or SUM_SPENT.search(question)) or not names:
        return None
    sums = money_sums(question)
    if not sums:
        return None
    other = None
    for c in sentences_of(passages):
        given = money_sums(c.text)
        if any(same_sum(a, b) for a in sums for b in given):
            return None
        if (
            other is None
            and given
            and DEAL_WORDS.search(c.text)
            and any(said_in(n, families(c.text), c.text) for n in names)
        ):
            other = c
    return other

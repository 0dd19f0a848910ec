"""Checks on the chosen sentences: each abstains when they do not answer what was asked.

A check returns None to let the answer stand, or the abstention; they run in order (`CHECKS`)
after the sentences are chosen, and the answer is written only when all pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answering.abstention import MIN_COVERAGE, MIN_SENTENCE, OfflineResult
from assistant.answering.advice import unsaid_topic
from assistant.answering.answer_kinds import dated_before
from assistant.answering.asked_names import MAX_NAMED_FOR_CHECK
from assistant.answering.asking import (
    ANSWER_TYPES,
    asking_words,
    asks_reason,
    asks_what_came_of_it,
)
from assistant.answering.candidates import Candidate
from assistant.answering.collective import share_of_several
from assistant.answering.draft import Draft, Parts
from assistant.answering.fit import SCORE_WORDS
from assistant.answering.focus import asked_about, focus_forms, focus_word
from assistant.answering.meetings import result_to_come
from assistant.answering.month_and_year import month_of_another_year
from assistant.answering.scores import SCORE, scores_unsaid, sides_unsaid
from assistant.answering.sentences import NOT_GIVEN, NOT_YET, UNSETTLED, quoted_whole
from assistant.answering.specifics import PLACE_INITIALS, said_in
from assistant.answering.statements import is_statement
from assistant.answering.subject import (
    article_says,
    article_text,
    initials_said,
    name_groups,
    name_shown,
    off_subject,
    on_any,
    on_the_name,
    unlinked_name,
)
from assistant.answering.told_beside import told_beside
from assistant.outlet_names import ASKS_FOR_SOURCES, named_outlets, one_publication
from index.terms import STOPWORDS, families, family

Check = Callable[[Draft, Parts], OfflineResult | None]


def outlet_silent(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What did the Verge say about it?": only that outlet's articles (or its sections', "the
    bbc") can answer."""
    attributed = named_outlets(d.question, parts.outlets())
    outlet = one_publication(attributed)
    if (
        outlet
        and not ASKS_FOR_SOURCES.search(d.question)
        and all(d.passages[c.passage].outlet not in attributed for c in d.chosen)
    ):
        result = d.refuse(d.chosen[0])
        result.silent_outlet = outlet
        return result
    return None


def of_no_kind(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "When is season 2 coming out": the sentences on season 2 give no date (those with one
    were on the first season)."""
    typed, best = d.typed, d.chosen[0]
    if d.wants == "date" and best.fit >= 1.0 and dated_before(best, d.passages[best.passage].text):
        return None  # (told from the sentences before: "patented the following year")
    if typed is not None and not typed.search(_without_given(best.text, d.question)):
        return d.refuse(best, d.kind_name)
    return None


def _without_given(text: str, question: str) -> str:
    """The text without the numbers the question gives: "the 16-inch MacBook Pro" gives no
    battery capacity to "whats the battery capacity on the 16-inch macbook pro"."""
    for number in set(GIVEN_NUMBER.findall(question)):
        text = re.sub(rf"(?<![\d.,]){re.escape(number)}(?![\d])", " ", text)
    return text


GIVEN_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def focus_unsaid(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "How much copper": a chosen sentence's article speaks of copper, or one gives what is
    asked."""
    if d.focus and not any(
        focus_forms(d.focus) & families(d.passages[c.passage].text) or c.fit >= 1.0
        for c in d.chosen
    ):
        return d.refuse(d.chosen[0], missing=[focus_word(d.question) or d.focus])
    return None


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
        and not (d.key and off_subject(c, d.key, d.names, d.passages))
    ]
    if of_kind:
        d.chosen = of_kind[:1]
        return None
    return d.refuse(d.chosen[0], kind.name)


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
        and not parts.meaning.speaks_of(kind.lower(), [f"{c.before} {c.text}" for c in d.chosen])
        and not _shows_kind(kind.lower(), d)
    ):
        result = d.refuse(d.chosen[0])
        result.unsaid = [kind]
        return result
    return None


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


# "When and where is bill kenwright's funeral": the event asked the time or place of, ending
# a question put with "is" or "was" (not "when was it announced", "when is it due").
EVENT_ASKED = re.compile(
    r"^(?:when|where)(?:\s+and\s+(?:when|where))?(?:\s+(?:is|was|are|were)|['’]?s)\s+.*?"
    r"\b([a-z]{4,})\s*[?.!]*\s*$",
    re.I,
)
NO_EVENT = re.compile(r"(?:ed|ing|en|ly)$|^(?:open|due|over|back|held|then|there|now|today)$")
# "Where is tiktok testing its ad free tier": a deed in progress, its object ending the question,
# is no event asked of ("when is the opening of the stadium" is one).
DEED_IN_PROGRESS = re.compile(
    r"\b[a-z]{3,}ing(?:\s+(?:out|up|off|on|back|down))?\s+(?:its|the|a|an|their|his|her|this|that|these|those|them|it|our|my|your)\b",
    re.I,
)
# "So who won the final": the contest won, when it is one a sentence telling its winner names
# ("Sinner served out for a famous win" was the semi-final's); not "the game", which a result
# need not say ("the Chiefs beat the Jets 23-20").
WON_ASKED = re.compile(
    r"^(?:so\s+|and\s+)?who\s+(?:won|wins|took)\s+.*?\b([a-z]{4,})\s*[?.!]*\s*$", re.I
)
WON_EVENTS = frozenset(
    ("final", "finals", "semifinal", "election", "race", "award", "title", "trophy",
     "championship", "cup", "prize", "tournament", "primary", "vote", "pennant", "medal")
)  # fmt: skip


def event_unspoken(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "When and where is bill kenwright's funeral": sentences on his illness and his years at
    Everton give a time, not the funeral's; "so who won the final", a win in the semi-final."""
    event = _event_unspoken(d, parts)
    if not event:
        return None
    result = d.refuse(d.chosen[0])
    result.unsaid = [event]
    return result


def _event_unspoken(d: Draft, parts: Parts) -> str:
    question = d.question.strip()
    won = WON_ASKED.match(question)
    if won and won.group(1).lower() in WON_EVENTS:
        # (said as it is: any sentence telling a win has a word akin to "final")
        contest = won.group(1).lower()
        said = families(" ".join(c.text for c in d.chosen))
        return "" if family(contest) in said else contest
    asked = EVENT_ASKED.match(question)
    event = asked.group(1).lower() if asked else ""
    if (
        not event
        or event in STOPWORDS  # ("the last time frankfurt did that kind of damage to them")
        or NO_EVENT.search(event)
        or event in d.asked_names
        or event in ANSWER_TYPES
        or DEED_IN_PROGRESS.search(question)
        # (the sentence itself: "has died", before it, gives no funeral's date)
        or parts.meaning.speaks_of(event, [c.text for c in d.chosen])
    ):
        return ""
    return event


def advice_unsaid(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "How do i get rid of fruit flies": a sentence on them (a piece on a dessert shop's
    kitchen is no advice on flies)."""
    if not d.advice:
        return None
    best = d.chosen[0]
    passage = d.passages[best.passage]
    unsaid_words = unsaid_topic(d.question, f"{passage.title or ''} {best.before} {best.text}")
    if unsaid_words:
        return OfflineResult("", True, d.coverage, best.score, unsaid=unsaid_words)
    return None


def too_weak(d: Draft, parts: Parts) -> OfflineResult | None:
    """Below the floors (`abstention.MIN_SENTENCE`, `MIN_COVERAGE`): nothing answers."""
    best = d.chosen[0]
    if best in d.in_context:
        return None
    if best.own < MIN_SENTENCE or d.coverage < MIN_COVERAGE:
        return OfflineResult("", True, d.coverage, best.score)
    return None


def names_unsaid(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "The 2021 Nobel prize" answered from articles on the 2023 one; "how did spurs beat
    chelsea 4-1" from a report of a 2-1 game."""
    unsaid = parts.names.unsaid(d.question, d.chosen, d.passages, d.known, d.specific)
    best = d.chosen[0]
    # (… told by another article on the same thing: "on international duty with Scotland")
    beside = told_beside(d, unsaid)
    if beside is not None:
        d.chosen = [best, beside, *(c for c in d.chosen[1:] if c is not beside)]
        # (which the checks after need not find in the answer's own article)
        told = {w.lower() for w in unsaid}
        d.names = {w: form for w, form in d.names.items() if w not in told}
        d.specific = {w: form for w, form in d.specific.items() if w not in told}
        unsaid = []
    # (a score is said in words too, "six goals against Scotland": only another score given
    # instead tells of another game)
    if SCORE.search(best.text):
        unsaid += scores_unsaid(d.question, best, d.passages)
    if not unsaid:
        return None
    result = d.refuse(best)
    # the whole name a word of it belongs to: "Check Point", not "check"
    shown = (
        name_shown(d.question, w, d.specific)
        if w in d.specific
        else parts.words.name(w) or (w.upper() if w in PLACE_INITIALS else w)
        for w in unsaid
    )
    result.unsaid = list(dict.fromkeys(shown))
    return result


def topic_unsaid(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What did he say abt china", after two turns on rare earths: the passage of the best
    sentence speaks of China, or nothing said answers."""
    topic = asked_about(d.question)
    if not topic or name_groups(d.question, d.asked_names) > MAX_NAMED_FOR_CHECK:
        return None  # (a multi-hop question's claims are told by several articles)
    best = d.chosen[0]
    # (said in the passage's statements: not in a heading linking another story, "SUGAR
    # SUBSTITUTES NOT ADVISED …, SAYS WORLD HEALTH ORGANIZATION", under a dietitian's words)
    text = " ".join(f"{c.text} {stated(d.passages[c.passage].text)}" for c in d.chosen)
    said = families(text)
    # (any of its words: "Europe's role" is said by "European involvement"; requiring each,
    # even with words akin by the encoder, refused too much or let too much through)
    if any(said_in(w, said, text) for w in topic):
        return None
    result = d.refuse(best)
    result.unsaid = [" ".join(parts.words.name(w) or w for w in topic)]
    return result


def stated(text: str) -> str:
    """A passage's statements, without its headings and captions."""
    return " ".join(" ".join(g) for g in quoted_whole(text) if is_statement(" ".join(g)))


def subject_carried(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "How much is it expected to go for", after two turns on ASOS's debt: an article on ASOS,
    or no answer; and the sentences after the first on it too."""
    if not d.query or d.query == d.question or d.asked_names:
        return None
    best = d.chosen[0]
    carried = parts.names.carried(d.question, d.query, d.passages)
    if carried and not any(map(article_says(best, d.passages), carried)):
        result = d.refuse(best)
        result.unlinked = carried[max(carried, key=parts.idf)]
        return result
    if carried:
        d.chosen = [best, *on_any(d.chosen[1:], carried, d.passages)]
    return None


def key_unlinked(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What is the Wild paying Hynes": what it pays Evason; "how many goals did Messi score at
    the Copa América": goals in a Copa qualifier Messi is not in."""
    if not d.key:
        return None
    checked = parts.names.surely(d.names, d.key, d.question)
    attributed = named_outlets(d.question, parts.outlets())
    if len(attributed) > 1:  # two outlets' pieces set side by side: a name either says
        theirs = " ".join(p.text for p in d.passages if p.outlet in attributed)
        checked = {w: f for w, f in checked.items() if not said_in(w, families(theirs), theirs)}
    best = d.chosen[0]
    passage = d.passages[best.passage].text
    if d.key_carried:
        # (a name carried from the turns before, "and how much sleep do they say is good" of
        # the UK Biobank study: its article is on it, whichever of its chunks says it)
        article = d.passages[best.passage].article_id
        passage = " ".join(p.text for p in d.passages if p.article_id == article)
    if d.key not in asking_words(d.question):
        # (a name only of the question's setting, "after the ireland series loss - how many
        # comments were they deleting", is said in the passage, if not in the sentence; or
        # elsewhere in its article: "that mediterranean lifestyle study (uk biobank) - how
        # much lower was the risk of dying")
        if said_in(d.key, families(passage), passage):
            return None
        read = parts.names.article_text
        whole = read(d.passages[best.passage].article_id) if read is not None else ""
        if whole and said_in(d.key, families(whole), whole):
            return None
    if _owner_on(d, best):
        whole = article_text(d.passages[best.passage].article_id, d.passages)
        if said_in(d.key, families(whole), whole):
            return None
    if parts.names.article_text is not None:
        # (the other names, said in a chunk of the article not read: "Caroline", once, in a
        # piece that goes on about Ellison)
        whole = parts.names.article_text(d.passages[best.passage].article_id)
        said = families(whole)
        checked = {w: f for w, f in checked.items() if w == d.key or not said_in(w, said, whole)}
    unlinked = unlinked_name(best, d.key, d.names, d.passages, checked)
    if unlinked == d.key and initials_said(d.question, d.key, f"{best.before} {best.text}"):
        unlinked = None  # "… the SWPC reported", asked "per the space weather prediction center"
    if unlinked:
        result = d.refuse(best)
        result.unlinked = name_shown(d.question, unlinked, d.names)
        return result
    return None


# "OpenAI's Preparedness Framework": a thing of its owner's, named by the owner's name first.
OWNED = re.compile(r"\b([\w.-]+)['’]s\s+((?:[\w-]+\s+){0,2}[\w-]+)")


def _owner_on(d: Draft, best: Candidate) -> bool:
    """Whether the key is a thing of an owner the question names ("OpenAI's Preparedness
    Framework") and the sentence's article is on that owner: a piece on OpenAI that names its
    framework once, then goes on about it, is on it."""
    for match in OWNED.finditer(d.question):
        owner = match.group(1).lower()
        if d.key in match.group(2).lower().split() and owner in d.names and owner != d.key:
            article = d.passages[best.passage].article_id
            return on_the_name(article, owner, d.passages, d.names[owner])
    return False


def not_given(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "How much did Binance.US end up paying?": it broke off the deal; "the terms were not
    disclosed". ("Why did Inter Miami scrap the trip": the scrapping is given; that it has not
    yet happened is not.)"""
    best = d.chosen[0]
    # (one of the sentences says that what is asked was kept back: "… couldn't disclose where
    # it would wind up", asked "where is it going to be")
    withheld = next((c for c in d.chosen if _withholds_asked(d.question, c.text)), None)
    if withheld is not None and not d.yes_no:
        result = d.refuse(withheld)
        result.lacking = d.kind_name
        return result
    kept_back = not d.yes_no and NOT_GIVEN.search(best.text)
    unsettled = NOT_YET if asks_reason(d.question) else UNSETTLED
    # (a yes or no on how it ended, too: "did zamora end up getting jail time")
    outcome = asks_what_came_of_it(d.question) or (d.yes_no and ENDED.search(d.question))
    if kept_back or (outcome and unsettled.search(best.text)):
        result = d.refuse(best)
        result.unsettled = not kept_back
        result.lacking = d.kind_name if kept_back else ""
        return result
    return None


ASKED_WORD = re.compile(r"\b(where|when|who|why|how\s+(?:much|many|long)|what)\b", re.I)


def _withholds_asked(question: str, sentence: str) -> bool:
    """Whether a sentence says the thing the question asks was not given, by the question's
    own asking word: "couldn't disclose where", asked "where"."""
    asked = ASKED_WORD.search(question)
    if asked is None:
        return False
    word = re.sub(r"\s+", " ", asked.group(1).lower())
    return any(
        re.match(rf"\W*(?:\w+\s+){{0,2}}?{word}\b", sentence[m.end() :], re.I)
        for m in NOT_GIVEN.finditer(sentence)
    )


def score_of_others(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What was the final score of bills vs chargers": a preview gives the sides' records and
    the score of a game of one of them against another side, not the one asked of."""
    if not (d.slot.head and d.slot.head.lower() in SCORE_WORDS):
        return None
    if sides_unsaid(list(d.asked_names), d.chosen[0], parts.outlets()):
        return d.refuse(d.chosen[0], "the score")
    # (a game's score, which no chosen sentence gives: "whats the final score of that game",
    # answered with sentences on the coach's record)
    if GAME_SCORE.search(d.question) and not any(c.fit >= 1.0 for c in d.chosen):
        return d.refuse(d.chosen[0], "the score")
    return None


# A game's score asked, not a rating's: "the final score", "the score of the game", "… vs …".
GAME_SCORE = re.compile(
    r"\b(?:final|full[- ]time|half[- ]time)\s+score|\bscore\s+(?:of|in)\s+(?:the\s+|that\s+)?"
    r"(?:game|match|final|semi|tie|derby|decider)|\b(?:vs?|versus|against)\b",
    re.I,
)


ENDED = re.compile(r"\b(?:end(?:ed|s)?\s+up|eventually|ultimately|in\s+the\s+end)\b", re.I)


CHECKS: tuple[Check, ...] = (
    outlet_silent,
    of_no_kind,
    focus_unsaid,
    money_of_another_kind,
    share_of_several,
    kind_unspoken,
    event_unspoken,
    advice_unsaid,
    too_weak,
    names_unsaid,
    month_of_another_year,
    topic_unsaid,
    subject_carried,
    key_unlinked,
    not_given,
    score_of_others,
    result_to_come,
)

"""Checks on the chosen sentences: each abstains when they do not answer what was asked.

A check returns None to let the answer stand, or the abstention; they run in order (`CHECKS`)
after the sentences are chosen, and the answer is written only when all pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from assistant.answering.abstention import MIN_COVERAGE, MIN_SENTENCE, OfflineResult
from assistant.answering.advice import unsaid_topic
from assistant.answering.answer_kinds import dated_before
from assistant.answering.asked_names import MAX_NAMED_FOR_CHECK
from assistant.answering.asking import (
    asks_reason,
    asks_what_came_of_it,
)
from assistant.answering.candidates import markers_of
from assistant.answering.collective import share_of_several
from assistant.answering.doers import doer_untold
from assistant.answering.draft import Draft, Parts
from assistant.answering.events_asked import event_unspoken
from assistant.answering.focus import asked_about, focus_forms, focus_word
from assistant.answering.key_linked import key_unlinked
from assistant.answering.kinds_unsaid import (
    deaths_untold,
    kind_unspoken,
    money_of_another_kind,
    money_of_another_thing,
    no_one_named,
    title_unsaid,
)
from assistant.answering.meetings import result_to_come
from assistant.answering.month_and_year import month_of_another_year
from assistant.answering.only_another import only_another
from assistant.answering.score_fit import SCORE_WORDS
from assistant.answering.scores import SCORE, scores_unsaid, sides_unsaid
from assistant.answering.scoring import SAME_MEANING
from assistant.answering.specifics import PLACE_INITIALS, said_in
from assistant.answering.statements import is_statement
from assistant.answering.subject import (
    article_says,
    name_groups,
    name_shown,
    on_any,
)
from assistant.answering.told_beside import told_beside
from assistant.answering.unsettled import NOT_GIVEN, NOT_YET, UNSETTLED
from assistant.answering.whole_sentences import quoted_whole
from assistant.outlet_names import ASKS_FOR_SOURCES, REPUBLISHED, named_outlets, one_publication
from index.terms import families

Check = Callable[[Draft, Parts], OfflineResult | None]


def outlet_silent(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What did the Verge say about it?": only that outlet's articles (or its sections', "the
    bbc") can answer; unless another ran its piece ("that nyt piece the age reran")."""
    attributed = named_outlets(d.question, parts.outlets())
    outlet = one_publication(attributed)
    if (
        outlet
        and not ASKS_FOR_SOURCES.search(d.question)
        and not REPUBLISHED.search(d.question)
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
    word = focus_word(d.question) or d.focus or ""
    if (
        d.focus
        and not any(
            focus_forms(d.focus) & families(d.passages[c.passage].text) or c.fit >= 1.0
            for c in d.chosen
        )
        # (nor said another way in them: "employees" for "workers")
        and not parts.meaning.speaks_of(
            word, [d.passages[c.passage].text for c in d.chosen], SAME_MEANING
        )
    ):
        return d.refuse(d.chosen[0], missing=[word])
    return None


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
    if d.yes_no:  # "can kids use it in spanish": "available in English only" settles it
        close = [c for c in d.candidates if d.close_enough(c, best)]
        other = only_another(
            unsaid, close, lambda word, named: parts.meaning.speaks_of(word, [" ".join(named)])
        )
        if other is not None:
            line = other.cited(markers_of(other, d.candidates, d.passages))
            return OfflineResult(f"No: {line}", False, d.coverage, other.score)
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
    # (not when it gives what is asked for all that, of another thing kept back: "Dyche
    # declined to comment on …, who have been charged with 115 financial breaches")
    gives = d.typed is not None and best.fit >= 1.0 and d.typed.search(best.text) is not None
    kept_back = not d.yes_no and not gives and NOT_GIVEN.search(best.text)
    unsettled = NOT_YET if asks_reason(d.question) else UNSETTLED
    # (a yes or no on how it ended, too: "did zamora end up getting jail time")
    outcome = asks_what_came_of_it(d.question) or (d.yes_no and ENDED.search(d.question))
    # (… unless the giving up is what is asked: "when did x walk away from the code", told by
    # "Musk pulled out of the Code")
    outcome = outcome and not GIVING_UP_ASKED.search(d.question)
    # (a figure given is given, whatever delay a clause sets out; not a date of what was
    # delayed: "so when did the deal finally close")
    figure = gives and d.wants in ("amount", "number")
    if kept_back or (outcome and _unsettled_here(best.text, unsettled, d.slot.asked, figure)):
        result = d.refuse(best)
        result.unsettled = not kept_back
        result.lacking = d.kind_name if kept_back else ""
        return result
    return None


# Another named beside the one asked, in a clause of its own: "…, and Chelsea, who are also
# under investigation".
OTHER_NAMED = re.compile(
    r"(?:,\s+|\band\s+)((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*),?\s+(?:who|which)"
    r"(?:\s+[a-z]+){0,3}\s+$"
)


def _unsettled_here(
    text: str, unsettled: re.Pattern[str], asked: AbstractSet[str], gives: bool = False
) -> bool:
    """Whether a sentence says what was asked is unsettled; not when that is said of another
    it names in a clause of its own ("Manchester City, who have been charged with 115
    breaches …, and Chelsea, who are also under investigation"), whom the question (`asked`,
    its words) does not name; nor, in one that `gives` the figure asked, in a clause setting
    out when or why ("lowered its price … by 15% … while regulatory snags delayed closing")."""
    for match in unsettled.finditer(text):
        if gives and SETTING_CLAUSE.search(text[: match.start()]):
            continue
        other = OTHER_NAMED.search(text[max(0, match.start() - 60) : match.start()].split(";")[-1])
        if other and not {w.lower().strip(".") for w in other.group(1).split()} & asked:
            continue
        return True
    return False


# A clause setting out when or why, open up to a word: "… while regulatory snags".
SETTING_CLAUSE = re.compile(
    r"\b(?:while|whilst|as|because|since|after|amid|owing\s+to|due\s+to)\b[^,;:—–()]*$", re.I
)
# A question on a giving up: "when did x walk away from the code", "why was the trip scrapped".
GIVING_UP_ASKED = re.compile(
    r"\b(?:(?:break|broke|call|walk|pull|back|drop|bow|fall|fell)(?:s|ed|ing)?\s+(?:[\w'’-]+\s+)?"
    r"(?:off|away|out|through)|scrap\w*|abandon\w*|cancel\w*|terminat\w*|postpon\w*|delay\w*|"
    r"collaps\w*|quit\w*|exit\w*|withdr[ae]w\w*|ditch\w*|dump\w*)\b",
    re.I,
)


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
    money_of_another_thing,
    deaths_untold,
    share_of_several,
    kind_unspoken,
    no_one_named,
    title_unsaid,
    event_unspoken,
    doer_untold,
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

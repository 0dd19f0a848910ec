"""Whether a sentence says the contrary of what a yes/no question asks: "fell short of" for
"did it beat estimates", "cleared" for "blocked", a hope told as dashed, what nearly came about,
another result than the one asked about, a stance the other way."""

from __future__ import annotations

import re

from assistant.answering.figures import SAME_SUM, figure_values, money_sums
from assistant.answering.outcome import result_told
from assistant.answering.sentences import answer_stems
from index.terms import STOPWORDS

# Verbs of outcome and their contraries: asked "did it beat estimates", a sentence saying it
# "fell short of" them settles the question the other way. (Beating and missing are read only
# of expectations: a team that "missed a penalty" may still have beaten its rival; winning and
# losing are left out, as the sentence may be said of the other side.)
EXPECTED = re.compile(r"\b(?:estimates?|expectations?|expected|forecasts?|consensus|guidance)\b")


def _words(alternatives: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternatives})\b")


def _than(alternatives: str) -> re.Pattern[str]:
    """A comparative followed within a few words by "than"."""
    return re.compile(rf"\b(?:{alternatives})\b(?:\W+[\w'’-]+){{0,4}}?\W+than\b")


# A comparison either way.
COMPARISONS = (
    (
        _than(r"more|greater|larger|bigger|higher|richer|stronger"),
        _than(r"fewer|less|smaller|lower|poorer|weaker"),
    ),
)

CONTRARIES = (
    (
        EXPECTED,
        _words(r"beat|beats|beating|topped|tops|exceed\w*|surpass\w*|outperform\w*|outpac\w*"),
        _words(
            r"fell short|falls short|fall short|short of|shy of|missed|misses|miss|below|"
            r"underperform\w*|lagged|trailed|disappoint\w*"
        ),
    ),
    (
        None,
        _words(
            r"rise|rises|rose|risen|grow|grows|grew|grown|increase[ds]?|gain(?:s|ed)?|"
            r"climb(?:s|ed)?|jump(?:s|ed)?|surge[ds]?|(?:go|goes|went|gone)\s+up"
        ),
        _words(
            r"fell|falls|fallen|drop(?:s|ped)?|declined?|declines|decreased?|decreases|"
            r"shr[ai]nk|shrinks|shrunk|slump(?:s|ed)?|plunge[ds]?|slid|sank"
        ),
    ),
    (
        None,
        _words(r"approved?|approves|cleared|clears|waved through|signed off"),
        _words(r"rejected|rejects|reject|block|blocks|blocked|vetoed|denied|struck down"),
    ),
    (None, *COMPARISONS[0]),  # "fewer resources than ukraine": "more … than Ukraine"
    # Stances and states that exclude each other: "did he call himself a techno pessimist":
    # "he described himself as a 'techno-optimist'"
    (None, _words(r"optimis\w*"), _words(r"pessimis\w*")),
    (None, _words(r"bullish"), _words(r"bearish")),
    (None, _words(r"profits?|profitable|in the black"), _words(r"loss|losses|in the red")),
    (None, _words(r"succeed\w*|success\w*"), _words(r"fail|fails|failed|failure")),
    (None, _words(r"accept|accepts|accepted"), _words(r"rejected|rejects|declined|turned down")),
    (None, _words(r"open"), _words(r"closed|shut")),
    # Owning up and denying: "did montano ever admit she hooked up w jake paul": "Montano
    # completely denied any relation with the boxer"
    (
        None,
        _words(r"admit|admits|admitted|admitting|confess|confessed|own(?:ed)? up"),
        _words(r"denied|denies|deny|denying|refuted|refutes"),
    ),
    (None, _words(r"alive"), _words(r"dead|died")),
    # A fight ended inside the distance, or on the cards: "did canelo knock him out": "Canelo
    # won with tallies of 119-108, 118-109 & 118-109"
    (
        None,
        _words(
            r"knock(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?out|knockout|ko|ko'?d|tko|stop(?:s|ped)\s+him|"
            r"stoppage"
        ),
        _words(
            r"(?:unanimous|split|majority|points)\s+decision|on\s+(?:the\s+)?(?:score\s?cards|points)|"
            r"tallies|went\s+the\s+(?:full\s+)?distance|all\s+(?:12|twelve|ten|10)\s+rounds"
        ),
    ),
    # Done alone, or by both: "did he suggest russia cut its budget by itself", "a 50 percent
    # cut for both countries"
    (
        None,
        _words(
            r"alone|by (?:it|him|her|them)sel(?:f|ves)|on (?:its|his|her|their) own|"
            r"unilateral(?:ly)?|single-handed(?:ly)?"
        ),
        _words(r"both|mutual(?:ly)?|joint|jointly|together|reciprocal(?:ly)?|bilateral(?:ly)?"),
    ),
)


# A stance, either way: "is putin against the europeans joining the talks", "his openness to
# European involvement". Asked, "against" is one; said, only after a verb of taking a stand
# ("voted against"; not "allegations against Google").
AGAINST_ASKED = _words(
    # (of one who takes it: "is putin totally against …"; not "did they win against the bills")
    r"(?:is|are|was|were|be|been|being|stand|stands|stood|vote[sd]?|voting|speak|speaks|spoke|"
    r"come out|came out)\s+(?:\w+\s+){0,2}?against|opposed to|opposes|opposing|objects? to|"
    r"objected to|hostile to"
)
AGAINST_SAID = _words(
    r"(?:is|are|was|were|be|been|being|stand|stands|stood|spoke|speaks|vote[sd]?|voting|"
    r"campaign(?:s|ed)?|came out|come out|comes out)\s+(?:\w+ly\s+)?against|opposed to|opposes|"
    r"opposing|objects? to|objected to|hostile to"
)
IN_FAVOUR = _words(
    r"open to|openness to|welcome[ds]?|welcoming|support|supports|supported|supportive of|"
    r"in favou?r of|backs|backed|embraced?|embraces|willing(?:ness)? to"
)


def says_the_contrary(question: str, sentence: str) -> bool:
    """The sentence says the contrary of the question's verb of outcome, and not the verb, or
    tells the other result than the one asked about ("did the jets beat the raiders": "the
    win for the Raiders")."""
    if result_told(question, sentence) is False:
        return True
    asked = question.lower()
    said = sentence.lower()
    if not SET_ASIDE.search(asked):  # "is it rated R": "it is rated PG-13, rather than R"
        typed = set(re.findall(r"[\w’'-]+", asked)) - STOPWORDS
        if any(m.group(1).lower() in typed for m in SET_ASIDE.finditer(sentence)):
            return True
    for about, yes, no in CONTRARIES:
        if about is not None and not about.search(asked):
            continue
        for ask, other in ((yes, no), (no, yes)):
            if ask.search(asked) and _said_outright(other, said) and not ask.search(said):
                return True
    if _negated_form(asked, said) or hope_dashed(question, sentence):
        return True
    if _only_almost(question, said):
        return True
    if AGAINST_ASKED.search(asked) and IN_FAVOUR.search(said) and not AGAINST_ASKED.search(said):
        return True
    favoured = IN_FAVOUR.search(asked) and not IN_FAVOUR.search(said)
    return bool(favoured and AGAINST_SAID.search(said))


# A hope told as dashed: "Poyer hoped ayahuasca would elevate his football performances …, but
# it hasn't worked that way for him".
HOPE_DASHED = re.compile(
    r"\b(?:hoped|hoping|expected|wanted|thought|believed|wished|intended)\b([^.;:!?]*?)\bbut\s+"
    r"(?:it|that|this|they|he|she)\s+(?:hasn['’]t|has\s+not|didn['’]t|did\s+not|wasn['’]t|"
    r"was\s+not|haven['’]t|have\s+not|never)\b",
    re.I,
)
HOPED_SHARED = 2  # of the question's words the hope must say to be the one asked about


def hope_dashed(question: str, sentence: str) -> bool:
    """Whether a sentence tells what the question asks of as hoped for and not come about."""
    match = HOPE_DASHED.search(sentence)
    if match is None:
        return False
    hoped = answer_stems(f"{sentence[: match.start()]} {match.group(1)}")
    return len(answer_stems(_asked_part(question)) & hoped) >= HOPED_SHARED


def _asked_part(question: str) -> str:
    """The sentences of a question that ask, without those around them that only tell: "has
    jordan poyer actually quit drinking?" of "… saw the athletic long read on him and
    ayahuasca"."""
    asked = [part for part in re.findall(r"[^?.!]+[?.!]*", question) if part.rstrip().endswith("?")]
    return " ".join(asked) or question


# What nearly came about, and so did not: "a defensive collapse at Hampden Park almost helping
# England towards earning a place for Team GB at the Paris Olympics".
ALMOST = re.compile(
    r"\b(?:almost|nearly|narrowly\s+missed|came\s+close\s+to)\s+((?:\w+(?:ing|ed)|won|got|made|"
    r"took|beat)\b[^.;:!?]*)"
)


def _only_almost(question: str, said: str) -> bool:
    """Whether a sentence tells what the question asks of as what nearly came about."""
    return any(
        len(answer_stems(_asked_part(question)) & answer_stems(m.group(1))) >= HOPED_SHARED
        for m in ALMOST.finditer(said)
    )


# What is only sought or feared, not done: "will seek to block the deal", "could reject it",
# "the risk of the acquisition being blocked" (what will be is told: "will be closed that day").
HEDGED_BEFORE = re.compile(
    r"\b(?:could|would|may|might|seeks?\s+to|seeking\s+to|sought\s+to|threat\w*\s+to|"
    r"tr(?:y|ies|ied|ying)\s+to|move\s+to|moves\s+to|plans?\s+to|likely\s+to)\s+(?:\w+\s+)?$|"
    r"\b(?:risk|threat|prospect|chance|possibility|fears?)\s+of\s+(?:[\w-]+\s+){0,3}$"
)


def _said_outright(pattern: re.Pattern[str], said: str) -> bool:
    """Whether a word of the pattern is in the sentence as done, not only sought or feared."""
    return any(
        not HEDGED_BEFORE.search(said[max(0, m.start() - 30) : m.start()])
        for m in pattern.finditer(said)
    )


def _negated_form(asked: str, said: str) -> bool:
    """The sentence says a word of the question in its negated form, or the question's negated
    word plain, and not the other: "is it legal": "illegal"; "is a deal unlikely": "likely"."""
    # (adjectives and adverbs only: "form" is no contrary of "inform", nor "close" of
    # "disclose")
    typed = set(re.findall(r"[a-z][a-z-]+", asked))
    qualities = set(re.findall(rf"[a-z][a-z-]{{2,}}{QUALITY_ENDING}\b", asked))
    qualities |= {
        w
        for w in typed
        if w in PLAIN_QUALITIES or (w.startswith("un") and w[2:] in PLAIN_QUALITIES)
    }
    for word in qualities - STOPWORDS:
        negated = re.compile(rf"\b{NEGATING_PREFIX}{re.escape(word)}\b")
        if negated.search(said) and not re.search(rf"\b{re.escape(word)}\b", said):
            return True
        plain = re.fullmatch(rf"{NEGATING_PREFIX}([a-z]{{4,}})", word)
        if (
            plain
            and re.search(rf"\b{plain.group(1)}\b", said)
            and not re.search(rf"\b{re.escape(word)}\b", said)
        ):
            return True
    return False


NEGATING_PREFIX = r"(?:un|in|im|il|ir|dis|non-?)"
# Short qualities with no ending to tell them by: "was it an unfair result": "a fair result".
# (not words that are verbs or fillers too: "clear his ankle injury", "make sure")
PLAIN_QUALITIES = frozenset(
    ("fair", "true", "happy", "safe", "wise", "lucky", "likely", "healthy", "popular", "paid",
     "sold", "beaten")
)  # fmt: skip
QUALITY_ENDING = r"(?:able|ible|al|ive|ent|ant|ly|ful|ous|ic)"


# What a sentence sets aside for what it says: "rated PG-13, rather than R".
SET_ASIDE = re.compile(
    r"\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?:a\s+|an\s+|the\s+)?([\w’'-]+)", re.I
)


# A sum of money asked about without its money sign: "did microsoft buy activision for 75
# billion" (a deal's words around it: not "did 5 million people watch").
SCALED = re.compile(r"\b\d[\d,.]*\s*(?:bn|billion|trillion|m|mn|million)\b", re.I)
MONEY_ASKED = re.compile(
    r"\b(?:buy|bought|acquire\w*|pay|paid|cost\w*|price\w*|worth|valu\w+|raise[ds]?|sell|sold|"
    r"deal|fine[ds]?|spend|spent|earn\w*|revenue|profit|salary|contract)\b",
    re.I,
)
NEAR_SUM = 2.0  # a sum this close to the one asked (either way) is given for the same thing


def sums_asked(question: str) -> list[float]:
    """The sums of money a question asks about: with their money ("$50m"), or scaled in a
    question on a deal, a price or a payment ("for 75 billion")."""
    sums = [v for _, v in money_sums(question)]
    if not sums and MONEY_ASKED.search(question):
        sums = [v for m in SCALED.finditer(question) for v in figure_values(m.group())]
    return sums


def another_sum(question: str, sentence: str) -> bool:
    """Whether a sentence gives another sum than the one a yes/no question asks about, near
    enough to be given for the same thing, and not the one asked: "the $69 billion Activision
    deal", for "did microsoft buy activision for 75 billion"."""
    asked = sums_asked(question)
    given = [v for _, v in money_sums(sentence)]
    if not asked or not given or gives_sum(asked, sentence):
        return False
    return any(1 / NEAR_SUM <= g / a <= NEAR_SUM for a in asked for g in given)


def gives_sum(asked: list[float], sentence: str) -> bool:
    """Whether a sentence gives one of the sums asked, rounded or not."""
    return any(abs(a - g) <= SAME_SUM * max(a, g) for a in asked for _, g in money_sums(sentence))

"""The result a question takes as given: who beat whom, who paid whom, who got what from
whom ("why did the bengals lose to the bills": the Bills won), read from its words alone.
`outcome` weighs it against what the articles tell."""

from __future__ import annotations

import re

from index.terms import STOPWORDS

# (a side's name may open with its figures, "49ers"; not an ordinal, "3rd-placed ipswich")
SIDE = r"([a-z][\w'’.-]*|\d+(?!st\b|nd\b|rd\b|th\b|st-|nd-|rd-|th-)[a-z][\w'’.-]*)"
THE = r"(?:the\s+)?"
# (a verb's helpers between the side and the verb: "the jets end up beating")
HELPERS = (
    # ("ohio state finally beat michigan")
    r"(?:(?:finally|eventually|ultimately|actually|really|narrowly|easily|comfortably|somehow|"
    r"just)\s+)?"
    r"(?:(?:end(?:ed|s)?\s+up|manage[ds]?\s+to|agree[ds]?\s+to|go(?:es)?\s+on\s+to|went\s+on\s+to|"
    r"(?:come|came|comes|coming|fight|fought|rally|rallied|bounce|bounced)\s+back\s+to)\s+)?"
    # ("manage to hang on and beat", "held on to beat")
    r"(?:(?:hang|hangs|hung|hold|holds|held)\s+on\s+(?:and|to)\s+)?"
)
BEATING = (
    r"(?:(?:get|gets|got|getting|edge|edges|edged|ease|eased|cruise|cruised|breeze|breezed|"
    r"squeeze|squeezed|sneak|sneaked|snuck)\s+past|(?:see|sees|saw|seeing)\s+off|"
    r"beat|beats|beating|defeat|defeats|defeated|defeating|upset|upsets|upsetting|edge|edges|"
    r"edged|edging|rout|routs|routed|routing|thrash|thrashed|crush|crushed|down|downed|top|"
    r"topped|outlast|outlasted|blow\s+out|blew\s+out|blowing\s+out|hammer|hammered|"
    r"dominate|dominated|whip|whipped|smash|smashed|knock\s+out|knocked\s+out|eliminate|"
    r"eliminated|stun|stunned|outscore|outscored|pulveri[sz]e|pulveri[sz]ed|demolish|demolished|"
    r"trounce|trounced|thump|thumped|wallop|walloped|humble|humbled|sweep|swept|dispatch|"
    r"dispatched)"
)
LOSING = r"(?:lose|loses|lost|losing|fall|falls|fell|falling)\s+(?:to|against)"
GETTING = (
    r"(?:(?:trade|trades|traded|trading)\s+for|acquire|acquires|acquired|acquiring|get|gets|got|"
    r"getting|land|lands|landed|landing|buy|buys|bought|buying)"
)
MADE_TO = r"(?:(?:having|have|has|had)\s+to\s+)?"
# ("won over ucla", "won vs seattle", "won the game against michigan")
WON_OVER = (
    r"(?:win|wins|won|winning)\s+(?:(?:the|their|its)\s+(?:[\w-]+\s+)?(?:game|match|tie|clash|"
    r"contest|showdown|derby|opener|final|semi-?final|decider|series)\s+)?"
    r"(?:over|against|vs\.?|versus)"
)
# The verbs that take a win: "pull off the win over", "earned a victory against".
TAKING_A_WIN = (
    r"(?:pull(?:s|ed|ing)?\s+off|grab(?:s|bed|bing)?|secur(?:e|es|ed|ing)|earn(?:s|ed|ing)?|"
    r"notch(?:es|ed|ing)?|seal(?:s|ed|ing)?|clinch(?:es|ed|ing)?|record(?:s|ed|ing)?|"
    r"snatch(?:es|ed|ing)?|get|gets|got|getting|take|takes|took|taking)"
)
# "the phillies got eliminated by atlanta": the side beaten first, its winner after "by"
BEATEN_BY = (
    # (not a feeling or a figure of speech: "fans got upset by", "stock was hammered by")
    r"(?:got|get|gets|getting|were|was|been|being)\s+(?:beaten|beat|defeated|edged|routed|"
    r"thrashed|downed|eliminated|knocked\s+out|dumped\s+out|swept|blown\s+out|outlasted|"
    r"outscored)\s+by"
)
# The result a question takes: its winner, then its loser.
CLAIMS: tuple[tuple[re.Pattern[str], bool], ...] = (
    (re.compile(rf"\b{SIDE}\s+{HELPERS}(?:{BEATING}|{WON_OVER})\s+{THE}{SIDE}\b"), True),
    # "how did the jets pull off the win over the chiefs", "the bucks earned a victory against"
    (
        re.compile(
            rf"\b{SIDE}\s+{HELPERS}{TAKING_A_WIN}\s+(?:the|a|an|their|its)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:win|victory|upset)\s+(?:over|against|vs\.?|versus)\s+{THE}{SIDE}\b"
        ),
        True,
    ),
    # "how many rounds did it take deontay wilder to beat joseph parker"
    (
        re.compile(
            rf"\b(?:take|takes|took|taking)\s+(?:[\w'’.-]+\s+)?{SIDE}\s+to\s+(?:{BEATING}|"
            rf"{WON_OVER})\s+{THE}{SIDE}\b"
        ),
        True,
    ),
    # "after the warriors knocked the kings out of the in-season tournament"
    (
        re.compile(
            rf"\b{SIDE}\s+{HELPERS}(?:knock|knocks|knocked|knocking|dump|dumps|dumped|dumping)\s+"
            rf"{THE}{SIDE}\s+out\b"
        ),
        True,
    ),
    (re.compile(rf"\b{SIDE}\s+{HELPERS}{LOSING}\s+{THE}{SIDE}\b"), False),
    (re.compile(rf"\b{SIDE}\s+{BEATEN_BY}\s+{THE}{SIDE}\b"), False),
    # "blackburn's upset of chelsea", "the saints' rout of the jaguars"
    (
        re.compile(
            rf"\b{SIDE}(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:(?:upset|rout|defeat|demolition|thrashing|"
            rf"hammering|drubbing|dismantling)\s+(?:of|over)|(?:victory|win|triumph)\s+over)\s+"
            rf"{THE}{SIDE}\b"
        ),
        True,
    ),
    # "how did collingwood end up losing the 2023 afl grand final to brisbane"
    (
        re.compile(
            rf"\b{SIDE}\s+{HELPERS}(?:lose|loses|lost|losing)\s+(?:(?:the|a|an|their|its)\s+"
            rf"(?:[\w'’.-]+\s+){{0,4}}?(?:final|game|match|series|decider|tie|bout|fight|"
            rf"semi|semi-final|semifinal|title|championship|cup|clash|showdown|derby|race|opener)"
            # ("lost game 1 of the world series to arizona")
            rf"|(?:game|match|leg|test|round)\s+(?:\d{{1,2}}|one|two|three|four|five|six|seven))"
            rf"(?:\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,3}}?(?:series|finals?|playoffs?|cup|"
            rf"championship|tournament|season))?\s+"
            # (not a goal fought for: "lose the fight to keep plants open")
            rf"(?:to|against|vs\.?|versus)\s+(?!(?:keep|stay|make|win|get|be|have|go|take|save|avoid|reach|"
            rf"remain|secure|force|stop|end|host|land|sign|buy|build|open|close)\b){THE}{SIDE}\b"
        ),
        False,
    ),
    # "epic lost its jury trial vs google" (not "to": "lose the vote to become speaker")
    (
        re.compile(
            rf"\b{SIDE}\s+{HELPERS}(?:lose|loses|lost|losing)\s+(?:the|a|an|their|its)\s+"
            rf"(?:[\w'’.-]+\s+){{0,3}}?(?:trial|case|lawsuit|suit|vote|election|appeal)\s+"
            rf"(?:against|vs\.?|versus)\s+{THE}{SIDE}\b"
        ),
        False,
    ),
    # "who scored man united's winner against bayern": the side whose winner it was won
    (
        re.compile(
            rf"\b{SIDE}['’]s\s+(?:[\w-]+\s+)?(?:winner|winning\s+goal|win|victory)\s+"
            # ("newcastle's winner in the 2-1 over ac milan")
            rf"(?:in\s+(?:the|a|their|its)\s+(?:[\w–-]+\s+){{0,2}}?)?"
            rf"(?:against|over|vs\.?|versus)\s+{THE}{SIDE}\b"
        ),
        True,
    ),
    # "who kicked the winner for the vikings against the broncos"
    (
        re.compile(
            rf"\b(?:winner|game-winner|match-winner|winning\s+(?:goal|kick|field\s+goal|fg|try|"
            rf"touchdown|td|run|basket|shot|runs?))\s+for\s+{THE}{SIDE}\s+(?:against|over|vs\.?|"
            rf"versus)\s+{THE}{SIDE}\b"
        ),
        True,
    ),
    (re.compile(rf"\b{SIDE}\s+{HELPERS}{MADE_TO}(?:pay|pays|paid|paying)\s+{THE}{SIDE}\b"), False),
    # "why did the padres trade for juan soto from the yankees": the one who gets him first
    (
        re.compile(
            # (not one done to: "why did ed woods get tossed from the game")
            rf"\b{SIDE}\s+{HELPERS}{GETTING}(?!\s+(?:[a-z]{{3,}}ed|sent|thrown|kicked|taken|shown)\b)"
            rf"\s+(?:[\w'’.-]+\s+){{0,3}}?from\s+"
            rf"{THE}{SIDE}\b"
        ),
        True,
    ),
    # "how did jermell charlo pull off the upset and take canelos undisputed titles": the one
    # who takes another's title beat them (the owner, without the owner's mark)
    (
        re.compile(
            rf"\b{SIDE}\s+{HELPERS}(?:pull\s+off\s+(?:the|an|a)\s+upset\s+and\s+)?"
            rf"(?:take|takes|took|taking|snatch|snatched|claim|claims|claimed|strip|stripped|"
            rf"win|wins|won|winning|lift|lifted)\s+{THE}([a-z][\w.-]*?)(?:['’]s|['’]|s)\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?:titles?|belts?|crowns?|championships?)\b"
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


# A result named as a side's own, after its owner's mark: "blackburn's upset of chelsea", "man
# united's winner against bayern".
OWNED_RESULT = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:upset|rout|defeat|demolition|thrashing|hammering|drubbing|dismantling|"
    r"victory|win|triumph|winner|winning)\b"
)


def claimed_result(question: str) -> tuple[str, str] | None:
    """The winner and the loser a question takes as given, as it types them; None if it
    takes no result."""
    lowered = question.lower()
    for pattern, first_won in CLAIMS:
        match = pattern.search(lowered)
        if match is None:
            continue
        if re.search(r"['’]s?$", match.group(1)) and not OWNED_RESULT.match(
            lowered[match.end(1) :]
        ):
            continue  # (an owner's, before a word that is no deed: "europe's top competition")
        a, b = (re.sub(r"['’]s$", "", w).strip(".'’") for w in match.groups())
        if a in PASSIVE_HELPERS:  # ("the phillies got eliminated by …": the passive's)
            continue
        # (a side named by a short word before its name: "ac milan", "fc porto")
        after = re.match(r"\s+([a-z][\w'’-]{2,})", lowered[match.end(2) :])
        if len(b) <= 2 and b not in STOPWORDS and after and after.group(1) not in STOPWORDS:
            b = after.group(1)
        elif (
            b in STOPWORDS
            and b not in DESCRIBING
            and lowered[: match.start(2)].endswith("the ")
            and after
            and after.group(1) not in STOPWORDS
            and after.group(1) not in SIDE_WORDS
        ):
            b = f"{b} {after.group(1)}"  # (a name that opens with an ordinary word: "the all
            # blacks")
        if a in THEY:
            a = _named_before(lowered[: match.start(1)]) or a
        if a in STOPWORDS or b in STOPWORDS or a == b:
            continue
        return (a, b) if first_won else (b, a)
    return None


THEY = frozenset(("they",))
# Words that describe a side rather than name it: "the other team", "the same side".
DESCRIBING = frozenset(
    ("other", "same", "very", "only", "whole", "best", "worst", "first", "last", "next",
     "previous", "rest", "opposing", "home", "away", "visiting", "top", "bottom")
)  # fmt: skip
SIDE_WORDS = frozenset(
    ("team", "teams", "side", "sides", "club", "clubs", "squad", "one", "ones", "opponent",
     "opponents", "guys", "champions", "winners", "hosts", "visitors", "rest")
)  # fmt: skip
PASSIVE_HELPERS = frozenset(("got", "get", "gets", "getting", "was", "were", "been", "being"))
# "who scored for marseille when they beat monaco", "how many points did the bears score after
# they beat the chiefs": "they" are the side named before the clause it opens, as a side is
# named for the question: after "for", or as the subject, "did the bears" (not "did mahomes
# throw", a player, nor "against the jets", the other side).
_THEY_CLAUSE = re.compile(r"\b(?:when|after|as|while|since|once|because|where)\s+$")
_NAMED = re.compile(
    r"(?=\b(?:(?<!against\s)(?<!over\s)(?<!vs\s)for\s+(?:the\s+)?|"
    r"(?:did|do|does|had|has|have)\s+the\s+)([a-z][\w'’.-]*))"
)
# Words for no side: "what did they say after the game when they beat the rams".
NO_SIDE = frozenset(
    ("game", "games", "match", "season", "week", "team", "fans", "crowd", "players", "coach",
     "win", "loss", "result", "night", "day", "weekend", "first", "second", "last", "first-half")
)  # fmt: skip


def _named_before(before: str) -> str | None:
    """The side a "they" opening a clause stands for: the last one named before the clause
    ("marseille" in "who scored for marseille when …"); None unless such a clause opens."""
    if not _THEY_CLAUSE.search(before):
        return None
    named = [
        m.group(1)
        for m in _NAMED.finditer(before)
        if m.group(1) not in STOPWORDS and m.group(1) not in NO_SIDE
    ]
    return named[-1] if named else None

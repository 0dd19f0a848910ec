"""What a question's own words say of the answer it wants: money ("pay", "cost", "the cheapest"),
money changing hands or a value, a share, a day rather than a year, a span of time, a birthplace.
`answer_slot.AnswerSlot` reads them once per question."""

from __future__ import annotations

import re

SPAN_ASKED = re.compile(r"^how\s+(long|often|frequently|soon)\b", re.I)
OFTEN = ("often", "frequently")
# What a thing sells for: "what is it going for", "what did it sell for".
SOLD_FOR = r"sell for|sold for|sells for|selling for|go for|goes for|going for"
# … and what is offered for it: "how much is ratcliffe offering for his 25% chunk" (not "how much
# aluminium did putin offer", a quantity)
OFFERED_FOR = r"offer(?:s|ed|ing)?\s+for|bid(?:s|ding)?\s+for"
MONEY_ASKED = re.compile(
    r"\b(?:pay|paid|paying|pays|cost|costs|costing|price|prices|priced|spend|spent|spending|"
    r"charge|charged|charges|charging|worth|earn|earned|earns|earning|earnings|salary|wages?|"
    r"fees?|fine|fined|raise|raised|raising|funding|valuation|valued|value|revenues?|sales|"
    r"profits?|bring in|brought in|bought for|buy for|bid|sue|sued|suing|sues|"
    r"damages|compensation|money|cash|make|made|makes|making|pocket|pocketed|netted|bagged|"
    r"rake in|raked in|take home|took home|cheap|cheaper|cheapest|pricier|priciest|dearer|"
    r"dearest|expensive|retails? for|retailing for|on sale for|"
    # sums named by what they are for ("the winner's payout", "the rent")
    r"payouts?|payments?|winnings|purses?|jackpots?|prize money|bonus|bonuses|budgets?|rents?|"
    r"fares?|tuition|mortgages?|ransom|bail|bounty|payroll|"
    # (what is frozen is funds: "how much have they frozen since the war started")
    r"froze|frozen|freeze|freezing|" + SOLD_FOR + "|" + OFFERED_FOR + r")\b",
    re.I,
)
# "Who beat them in last year's final", "who did they play": a side, named in a word ("Canada")
CONTEST_ASKED = re.compile(
    r"^\s*who\s+(?:(?:did|do|does|will)\s+(?:[\w'’-]+\s+){1,2}?(?:beat|play|face|meet|lose\s+to)|"
    r"beat|beats|defeated|knocked\s+out|eliminated|won|wins|lost\s+to|edged|upset|topped|"
    r"thrashed|will\s+(?:face|play|meet))\b",
    re.I,
)
# "Who makes ouija boards now", "who bought the team": a maker or an owner, which is most
# often a company ("produced by Hasbro").
MAKER_ASKED = re.compile(
    r"^\s*who\s+(?:makes|made|owns|owned|bought|buys|acquired|acquires|produces|produced|"
    r"publishes|published|develops|developed|manufactures|manufactured|sponsors|sponsored|"
    r"distributes|distributed|sells|sold|builds|built|runs|operates)\b",
    re.I,
)
MAKING = frozenset(("make", "made", "makes", "making"))
# The words for a part of a whole ("what slice of US aluminium imports"), shown by a percentage.
SHARE_NOUNS = (
    "share", "percentage", "percent", "proportion", "fraction", "chunk", "portion", "slice",
)  # fmt: skip
SHARE_ASKED = re.compile(
    r"^(?:what|which|how)\s+(?:big\s+)?(?:a\s+)?(?:(?!the\b|is\b|was\b|are\b|were\b|did\b|does\b)"
    rf"[\w-]+\s+)?(?:{'|'.join(SHARE_NOUNS)}|"
    r"rate|ratio|margin|yield|return|%)\b",
    re.I,
)
# A part of a whole asked: "how much of their r&d spend did they get back" (a share or a sum);
# not "how much of a raise", a size.
PORTION_ASKED = re.compile(r"^how\s+much\s+of\s+(?!an?\b)", re.I)
# A share asked for after the thing it is of: "the biggest fine, as a share of turnover", "how
# much did it rise, in percent", "… by what %"
SHARE_AFTER = re.compile(
    r"\bas\s+an?\s+(?:" + "|".join(SHARE_NOUNS) + r"|%)\b|\bin\s+(?:percent|per\s*cent|%|pct)\b|"
    r"\b(?:what|which)\s+(?:" + "|".join(SHARE_NOUNS) + r"|%)(?=\W|$)|[\s,](?:pct|%)\s*[?.!]*\s*$",
    re.I,
)
# What a price paid is asked with, and what says a figure is a valuation instead: "how much did
# Shein pay for Missguided" is not answered by "Shein is valued at £53bn".
PAID_ASKED = re.compile(
    r"\b(?:pay|paid|paying|pays|cost|costs|costing|price|priced|spend|spent|spending|charge|"
    r"charged|charging|buy|bought|acquire|acquired|fetch|fetched|"
    + SOLD_FOR
    + "|"
    + OFFERED_FOR
    + r")\b",
    re.I,
)
# "How much is the m3 max macbook pro": a thing's price, asked of the thing alone (not "how much
# is the difference", "… the death toll", "… the population of texas": a figure of its own).
PRICE_OF_THING = re.compile(
    r"^\s*(?:so\s+|and\s+|ok\s+)?how\s+much\s+(?:is|are|was|were|'s|’s|s|will\s+be)\s+"
    r"(?:the|a|an|this|that|these|those|its|his|her|their|one)\s+"
    r"(?P<thing>(?:(?!(?:of|in|on|for|at|from|to|by|with|per|than)\b)[\w'’.+-]+\s+){0,5}?"
    r"[\w'’.+-]+)(?:\s+(?:now|today|rn|these\s+days))?\s*[?.!]*\s*$",
    re.I,
)
# Figures of their own, never a price: "how much is the turnout".
NOT_PRICED = frozenset(
    ("difference", "gap", "increase", "rise", "drop", "fall", "jump", "cut", "change", "share",
     "stake", "percentage", "percent", "proportion", "portion", "rate", "margin", "lead", "score",
     "total", "number", "amount", "limit", "cap", "weight", "distance", "size", "capacity",
     "range", "speed", "time", "delay", "impact", "effect", "turnout", "toll", "population",
     "crowd", "attendance", "inflation", "tariff", "tariffs", "surge", "apr", "interest",
     "growth", "unemployment", "temperature", "height", "length", "depth", "age", "odds",
     "spread", "deficit", "debt", "gdp", "ratio", "yield", "volume", "output", "demand",
     "supply", "majority", "count", "tally", "record")
)  # fmt: skip
# "What date is it on", "which day did it hit number one": a day, not the year.
DAY_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:date|day)\b(?!\s+of\s+the\s+(?:week|month|year))|\bwhat\s+day\s+of\s+"
    r"the\s+week\b",
    re.I,
)
# "What year did they start", "in which yr": a year, not a month or a day.
YEAR_ASKED = re.compile(r"\b(?:what|which)\s+(?:year|yr)\b", re.I)
WORTH_ASKED = re.compile(r"\b(?:worth|valuation|valued|value|market cap\w*)\b", re.I)
# "Where was he born": a birthplace, not where he is now ("born in Dublin", "a native of", "grew
# up in").
BIRTH_ASKED = frozenset(("born", "birthplace", "grow", "grew", "raised", "native", "hometown"))
# "How much more did they spend", "how much pricier will it be": by how much, which a share
# answers as well as a sum ("spent 22% more").
COMPARED = re.compile(
    r"\bhow\s+much\s+(?:more|less|higher|lower|bigger|smaller|cheaper|pricier|dearer|costlier|"
    r"greater|larger|faster|slower|longer|shorter|further|farther)\b|"
    # … and by how much a price changed: "how much does he expect home prices to be up", "how
    # much did it rise" ("a 3.5% increase" answers)
    # (not "end up paying": up and down only after a verb of being or going)
    r"\bhow\s+much\b(?:\s+[\w'’-]+){0,8}?\s+(?:(?:be|is|are|was|were|been|go|goes|going|went|"
    r"gone)\s+(?:up|down)|rise|rises|rose|risen|fall|falls|fell|fallen|increased?|decreased?|"
    r"grow|grew|grown|drop|dropped|jump|jumped|climb|climbed|decline|declined)\b",
    re.I,
)

# "What reason did discogs give", "what were the reasons for it": a cause.
REASON_ASKED = re.compile(r"^what(?:'s|’s|s)?\s+(?:(?:was|were|is|are)\s+)?(?:the\s+)?reasons?\b")


# "Where did she place", "where do they sit in the table", "what position did he finish": a
# place in an order, not on a map ("where did they sit down with him" asks where they met).
RANK_ASKED = re.compile(
    r"^(?:where(?:'d|’d|d)?\b(?:\s+[\w'’-]+){0,6}?\s+(?:rank|ranks|ranked|ranking|place|placed|"
    r"finish|finished|finishing|sit|sits|sitting|sat|end up|ended up|"
    r"come|came|rate|rated)\b(?!\s+(?:from|to|down)\b)|(?:what|which)\s+(?:place|position|rank|"
    r"ranking|spot|pick|seed|round)\b)"
)
# The most of something, which is not the thing ("the biggest fine", "the max clip length") nor a
# name, however a product writes it ("iPhone 15 Pro Max").
SUPERLATIVE = re.compile(
    r"(?:bigg|larg|high|low|great|small|long|short|fast|lat|earli|old|young|cheap|strong|"
    r"rich|hott|heavi)est|best|worst|most|least|max|maximum|min|minimum|top"
)


# Verbs "what" asks the doer or the deed of: "what happens when …", "what caused the crash".
WHAT_DOES = frozenset(
    ("happens", "happened", "happening", "caused", "causes", "led", "leads", "went", "goes",
     "changed", "changes", "matters", "mattered", "came", "comes", "became", "becomes",
     "prompted", "prompts", "sparked", "sparks", "triggered", "triggers", "drove", "drives",
     "stopped", "stops", "made", "makes", "brought", "brings", "helped", "helps", "hurt",
     "hurts", "means", "meant", "counts", "counted", "decided", "decides", "worked", "works")
)  # fmt: skip
# How exactly a figure is asked for: "the exact number", "a rough figure".
EXACTLY = frozenset(
    ("exact", "actual", "precise", "rough", "approximate", "official", "overall", "ballpark")
)
# … and that all of a thing is meant: "what did that whole barrier cost" (no kind of thing).
WHOLE = frozenset(("whole", "entire"))
# Words for how far a count runs, not what it counts: "what share of manufacturers worldwide".
SCOPE = frozenset(
    ("worldwide", "globally", "nationwide", "overall", "altogether", "combined", "apiece",
     "internationally", "domestically", "nationally")
)  # fmt: skip
# Words for what any answer is, which no sentence need say: "what word did he make up".
NO_KIND = frozenset(
    ("word", "words", "term", "terms", "phrase", "title", "titles", "nickname", "thing",
     "things", "stuff", "one", "ones", "bit", "example", "examples", "answer", "detail",
     "details", "result", "results", "outcome", "outcomes", "status", "situation", "news",
     "update", "updates", "story", "response", "reaction", "message", "point", "latest")
)  # fmt: skip


# Words setting one thing against another inside the thing asked, which no sentence need say.
SETTING_AGAINST = frozenset(("versus", "vs", "v"))

# A change over a period on the one before: "year over year", "month-on-month", "yoy".
PERIOD_ON_PERIOD = re.compile(
    r"\b(?:year|month|quarter|week|day)[\s-]+(?:over|on)[\s-]+(?:year|month|quarter|week|day)\b|"
    r"\b(?:yoy|y/y|qoq)\b",
    re.I,
)

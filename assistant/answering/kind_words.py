"""The words by which a question asks for a kind of answer: a figure, a threshold, a sum paid, a
name, a person; read by `asking` to tell which kind a clause asks for."""

from __future__ import annotations

import re

# A bound asked for, which is a figure: "what's the compute threshold in the AI act".
THRESHOLD_ASKED = re.compile(
    r"^what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:threshold|thresholds|ceiling|cap|limit|minimum|maximum)\b(?!\s+(?:on|of)\s+(?:who|what))"
)


# "What does STEVE stand for", "what is CFPB short for": the words a short form stands for.
ASKS_EXPANSION = re.compile(
    r"^what(?:'s|’s|s)?\s+(?:does|do|did|is|was)?\s*(?:the\s+)?(?:acronym\s+|abbreviation\s+)?"
    r"([\w.&-]+)\s+(?:stand|stands|short)\s+for\b",
    re.I,
)


# "What does a season ticket cost", "what's the average yearly value of the deal": an amount
# asked for without "how much".
ASKS_COST = re.compile(r"\bcost(?:s|ed|ing)?\b")
# A sum reached, or asked in a currency: "what would the max fine come to in dollars", "what
# does the bill add up to" (not "what came to mind", "what comes to the club").
SUM_REACHED = re.compile(
    r"\b(?:come|comes|came|coming|amount|amounts|amounted|add|adds|added|adding|work|works|"
    r"worked)\s+(?:up\s+|out\s+)?to\b(?!\s+(?:the|a|an|this|that|his|her|their|its|be|do|see|"
    r"play|know|say|talk|think|mind|pass|life|light|grips|blows|town|terms|power|office|work|"
    r"school|an?\s+end)\b)|\bin\s+(?:dollars|euros|pounds|usd|eur|gbp|rupees|yen)\b"
)
# "What does trout make a year", "what did they say he makes per season": pay by the period.
PAY_RATE = re.compile(
    # ("whats arora paid a year": a wage)
    r"\b(?:make|makes|made|making|earn|earns|earned|earning|pocket|pockets|take\s+home|"
    r"takes\s+home|get\s+paid|gets\s+paid|paid)\s+(?:a|an|per|each|every)\s+(?:year|yr|"
    r"season|month|week|wk|game|day|hour)\b"
)
# "What did they think his deal would be worth": a value, however the clause asks it.
WORTH_ASKED_LAST = re.compile(
    # ("… worth then?", "… worth now", "… worth these days")
    # (… or valued at: "what is flexport valued at")
    r"\b(?:worth|valued\s+at)(?:\s+(?:then|now|today|nowadays|exactly|roughly|again|these\s+days))?"
    r"\s*[?.!]*\s*$"
)
# "what's the cheapest ticket", "what was the priciest seat": a price.
PRICE_RANKED = re.compile(
    r"^what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?(?:cheapest|priciest|dearest|"
    r"(?:most|least)\s+expensive)\b(?!\s+(?:way|ways|option|options|method|place|places|time|"
    r"route|routes|alternative|plan|plans|thing|things)\b)"
)
# The figures a "what" question may ask by name: "the value", "its net profit".
FIGURE_NOUNS = (
    r"(?:value|price|cost|revenue|salary|fee|fine|valuation|budget|worth|profit|income|"
    r"earnings|rate|attendance|population|turnout|toll|headcount|capacity|margin|tally|"
    r"audience|viewership|ratings|sales|revenues|profits|losses|turnover|pay|paycheck|"
    r"compensation|wage|wages|bonus|payout|prize\s+money|purse|rent|fare|fares|tuition|"
    r"mortgage)"
)
ASKS_FIGURE = re.compile(
    # ("what was bank of queenslands full year profit": whose, said before it)
    r"^what(?:'s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the|its|their|his|her|"
    r"(?:(?!(?:in|on|for|at|with|to|from|by|about|and|or|did|does|do)\b)[\w'’.&-]+\s+){0,4}?"
    r"[\w.&-]+(?:['’]?s))\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{FIGURE_NOUNS}\b|"
    # "what was the crowd at the stade de france", "the crowd size": not "the crowd chanting"
    r"(?:crowd|crowds|size)(?=\s+(?:at|in|for|of|on|during|when)\b|\s*[?.!,]|\s*$))"
)
# … or before the verb, with no "the": "what net profit did azrieli report for q3".
# (of the figures, those no other sense asks: not "what value do fans get")
FIGURE_BEFORE_VERB = re.compile(
    r"^what\s+(?:(?!kind|sort|type|types|kinds|sorts)[\w-]+\s+){0,2}?(?:price|cost|revenues?|"
    r"salary|fee|fine|valuation|budget|"
    r"profits?|income|earnings|attendance|population|turnout|headcount|margin|sales|losses|"
    r"turnover|wages?|bonus|payout|rent|fare|tuition)\s+(?:did|does|do|was|is|were|are|has|"
    r"have|had|will|would|could|can)\b"
)
NAME_ASKED = re.compile(
    r"^what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?(?:names?|titles?)\s+of\b"
)
# "What's it called", "what is the new model named": a name, of the thing between (after a
# dash too: "… aluminium maker - whats it called").
CALLED_ASKED = re.compile(
    r"(?:^|[-–—:,]\s+)what(?:'s|’s|s)?(?:\s+(?:is|was|are|were))?\s+(.*?)\s*\b(?:called|named|titled|"
    r"known\s+as)\s*[?.!]*\s*$",
    re.I,
)
# What ends a wage asked as paid or made: "what was caroline ellison paid as alameda ceo", "what
# was he making at oregon st"; not what it was paid for, nor "the no 1 paid iphone game".
WAGE_END = (
    r"(?=\s*(?:$|[?,.!;]|(?:as|in|per|a|an|each|every|by|at|under|last|this|that|when|while|"
    r"during|before|after|to|now|then|today|there|back)\b))"
)
# (what one person makes is a wage; what a company or "they" make is a thing made)
MAKING_WAGE = rf"(?:(?<=\bhe\s)|(?<=\bshe\s))making{WAGE_END}"
# "What was Palo Alto going to pay for Talon", "what did it earn": what is paid is an amount.
ASKS_PAID = re.compile(
    r"^what\s+(?:(?:did|does|do|will|would|could|can|should)(?:\s+[\w'’-]+){1,6}?\s+"
    r"(?:pay|spend|charge|earn|raise|fetch|bring in|sell for|get paid)|(?:was|were|is|are)"
    r"(?:\s+[\w'’-]+){1,6}?\s+(?:(?:going|set|expected|due|willing|planning|about) to\s+(?:pay|"
    r"spend|charge|earn|raise|fetch|be\s+paid)|paying|spending|charging|earning|raising|fetching|"
    # ("what was caroline ellison paid as alameda ceo": a wage; not what it was paid for, nor
    # "the no 1 paid iphone game")
    rf"(?:getting|being)\s+paid|paid{WAGE_END}|{MAKING_WAGE})|(?:has|have|had)"
    r"(?:\s+[\w'’-]+){1,6}?\s+(?:paid|spent|charged|earned|raised|fetched|been\s+paid))\b"
    # ("whats mayo clinic paying him", "what did microsoft end up paying": "whats" is spelt out
    # as "what"; not "what kind of leave is paid")
    # (… nor "what interest rate is X paying", whose thing is named before its verb)
    r"|^what(?:['’]?s)?(?:\s+(?!(?:is|are|was|were)\b)[\w'’-]+){1,6}?\s+(?:paying|spending|"
    r"charging|earning)\b"
    # ("what's tepper paying him", "what's bhavik patel getting paid", "whats she paid")
    r"|^what(?:['’]s|s)(?:\s+[\w'’-]+){1,6}?\s+(?:paying|spending|charging|earning|"
    # ("what's jonathan smith going to be paid")
    rf"(?:getting|being)\s+paid|paid{WAGE_END}|{MAKING_WAGE}|(?:going|set|expected|due|willing|"
    r"planning|about) to\s+(?:pay|be\s+paid))\b"
)
# "What did the marketplace fee go up to", "what did the fed cut rates to": a level reached.
CHANGED_TO = re.compile(
    r"^what\s+(?:did|does|do|has|have|had|will|would|could)\s+(?:[\w'’-]+\s+){1,10}?(?:go(?:ne)?\s+"
    r"(?:up|down)|rise|risen|increase|climb|jump|fall|fallen|drop|decline|grow|grown|shrink|"
    r"cut|raise|lower|reduce|hike|bump|slash|lift|push|boost|"
    # (said as done to it: "what did kuo say the supply would be limited to")
    r"(?:be\s+|been\s+)?(?:limited|capped|restricted|cut|raised|lowered|reduced|slashed|"
    r"increased|boosted|lifted|trimmed))\s+(?:[\w'’-]+\s+){0,3}?to\b(?!\s+\w+ing\b)"
)
# "What is the 45mm watch going for", "what does it sell for": its price.
GOING_FOR = re.compile(
    r"^what(?:'s|’s|s)?\s+(?!time|day|date|year|position|pick|round|place|record)"
    r"(?:(?:is|are|was|were|does|do|did|will)\s+)?(?:[\w'’-]+\s+){0,8}?"
    r"(?:going|selling|retailing|go|sell|retail|sells|goes|retails)\s+for\b|"
    r"^what(?:'s|’s|s)?\s+(?:(?:is|are|was|were)\s+)?(?:[\w'’-]+\s+){0,8}?on\s+sale\s+for\b"
)
# "Which VC led the round", "what site ran it": the answer is a name, said in the sentence.
# Kinds of thing a name answers: "which VC led the round", "what institution".
NAMED_KIND = re.compile(
    r"(?:company|companies|firms?|vc|investors?|outlets?|sites?|publications?|newspapers?|"
    r"teams?|clubs?|groups?|organi[sz]ations?|agency|agencies|brands?|banks?|funds?|city|"
    r"cities|apps?|platforms?|startups?|bands?|studios?|networks?|channels?|entity|entities|"
    r"institutions?)"
)
# … and other things a name answers, whose sentence must speak of the kind too ("which song":
# a song, named): places by kind (countries and states are told by the world's list of them,
# `places.PLACE_KINDS`), works, bodies. (Not those often answered otherwise: "which major
# tournaments" by their years, "which awards" by their categories.)
NAMED_THING = re.compile(
    NAMED_KIND.pattern[:-1] + r"|universit(?:y|ies)|colleges?|schools?|boroughs?|towns?|"
    r"counties|county|neighbou?rhoods?|stadiums?|venues?|arenas?|grounds?|ballparks?|hospitals?|"
    r"songs?|albums?|"
    r"films?|movies?|shows?|books?|novels?|phones?|leagues?|airlines?|labels?)"
)
ASKS_NAME = re.compile(
    r"^(?:which|what)\s+(?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\b)"
    r"[\w-]+\s+){0,2}?" + NAMED_THING.pattern + r"\b"
)
# "Which google exec defended it", "which michigan o-lineman broke his leg": someone, named in
# the sentence (as for "who").
# Words for someone by what they do ("the wide receiver", "which google exec").
PERSON_NOUN = (
    r"(?:player|coach|executive|exec|founder|co-?founder|athlete|"
    r"celebrity|individual|person|figure|judge|lawyer|attorney|prosecutor|official|minister|"
    r"politician|senator|lawmaker|president|chairman|chairwoman|ceo|boss|manager|director|"
    r"lineman|quarterback|qb|striker|forward|defender|midfielder|goalkeeper|keeper|pitcher|"
    r"db|wr|rb|lb|cb|linebacker|cornerback|tight\s+end|running\s+back|kicker|punter|"
    r"catcher|shortstop|outfielder|infielder|reliever|winger|fullback|"
    r"receiver|batter|bowler|batsman|golfer|boxer|fighter|driver|rider|rookie|teammate|"
    r"actor|actress|singer|rapper|musician|artist|author|writer|journalist|reporter|host|"
    r"comedian|scientist|researcher|economist|analyst|spokesperson|spokesman|spokeswoman|"
    r"doctor|officer|engineer|billionaire|entrepreneur|candidate|leader|star)"
)
ASKS_PERSON = re.compile(
    r"^(?:which|what)\s+(?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)"
    r"\b)[\w-]+\s+){0,2}?(?:[\w]+-)?" + PERSON_NOUN + r"s?\b"
)

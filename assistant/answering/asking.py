"""What a question asks: the clause that asks, whether it asks what came of something or why.
(The kind of answer is read in `answer_wanted`; the thing asked about, and whose it is, in `focus`.)

Read from the question's words alone; `answer_slot.AnswerSlot` gathers it for the offline answerer.
"""

from __future__ import annotations

import re

from assistant.answering.slot_words import SHARE_NOUNS
from assistant.answering.yes_no_asked import (
    YES_NO_AFTER_BREAK,
    indirect_asked,
    is_yes_no,
)
from index.terms import content_words

# The words that end a question's focus phrase: a verb, or a preposition ("how many dog illness
# case reports | has Oregon received", "the average yearly value | of the deal").
PHRASE_END = (
    r"(?:the|a|an|did|does|do|is|was|are|were|has|have|had|will|would|could|can|should|might|may|in|"
    r"on|at|for|of|from|to|by|with|since|during|over|under|per|that|which|who|got|get|when|"
    r"and|or|than|as|after|before|this|last|next|its|their|his|her|like|looking|"
    # (an adverb before the verb: "how many people | actually showed up")
    r"actually|really|ultimately|eventually|reportedly|officially|currently|finally|already|"
    r"still|even|just|ever|also|now|allegedly|apparently|supposedly|originally|"
    # ("the original price | back in aug 2022")
    r"back(?=\s+(?:in|then|when|at|on|during|before|after)\b)|"
    # (a clause with its own subject: "the song | they're dancing to")
    r"they['’]re|he['’]s|she['’]s|we['’]re|you['’]re|they|he|she|we|you|i)"
)
# … or a word that a determiner follows, a verb: "which us state | grows the most cranberries"
# (not a thing counted by the period: "how many terror financing reports a day").
VERB_NEXT = (
    r"|\s+[a-z][\w'’-]*\s+(?:the|its|their|his|her|(?:a|an)(?!\s+(?:day|week|month|year|season|"
    r"game|night|hour|minute|time|piece|head)\b))\b"
)
# … or a past tense: "how many orgs | signed up", "how many people | died", "what proportion
# of letters | sent in"
PAST_NEXT = (
    r"|\s+[a-z]{2,}ed\b|\s+(?:died|sent|sold|made|paid|held|built|won|lost|spent|brought|bought|"
    r"kept|left|told|found|seen|done|given|taken|written|shown|known|chosen|grown|thrown|hit|"
    r"put|run|shut|cut|set|came|went|fell|rose|grew|ran|took|gave|got|saw|became|began|broke|"
    r"chose|drew|drove|flew|knew|led|met|stood|threw|wore|wrote)\b"
)
# The phrase for a thing, of up to four words, and where it ends: before a little word or a verb,
# or at the end of the clause.
# (a year inside it, not closing it: "the philippines' 2022 national budget")
THING = r"((?:(?:[A-Za-z][\w'’-]*|(?:19|20)\d\d)\s+){0,3}?[A-Za-z][\w-]*)"
THING_ENDS = r"\s+" + PHRASE_END + r"\b|\s*[?.,!]|\s*$"
FOCUS = re.compile(
    r"\b(?:how much|how many)\s+(?:of\s+(?:the\s+)?)?(?!"
    + PHRASE_END
    # (nor a verb, whose subject is the amount: "how much ended up with sbf", "how much went to
    # charity"; not "seed funding")
    + r"\b|(?:[a-z]{2,}[^e\W]ed|went|came|fell|rose|grew|goes|comes)\s+(?:up|to|into|in|out|off|"
    r"on|back|down|away|with|from|for|by|at|over)\b|(?:[a-z]{2,}[^e\W]ed|went|came)\s*[?.!]*$)"
    + THING
    + "(?="
    + THING_ENDS
    + VERB_NEXT
    + PAST_NEXT
    + ")",
    re.I,
)
# "Which leg", "what pick was he", "what's the average yearly value of the deal": the kind of thing
# asked for, the phrase up to its verb or preposition.
KIND = re.compile(
    r"^\s*(?:which|what)(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+|its\s+|their\s+)?"
    r"(?!" + PHRASE_END + r"\b)" + THING + "(?=" + THING_ENDS + VERB_NEXT + ")",
    re.I,
)


# Nouns that name the kind of answer rather than a thing the articles must mention.
ANSWER_TYPES = frozenset(
    [
        *SHARE_NOUNS,
        "year",
        "years",
        "day",
        "days",
        "month",
        "months",
        "date",
        "dates",
        "time",
        "times",
        "percent",
        "percentage",
        "share",
        "number",
        "amount",
        "way",
        "ways",
        "kind",
        "type",
        "types",
        "part",
        "person",
        "people",
        "country",
        "countries",
        "place",
        "places",
        "name",
        "names",
    ]
)


# A question word that asks: one opening the question or a clause ("…, and where", "that post
# — how old was she"). Inside a clause it joins one ("the woman who got the flu", "who else was
# up when Swift won").
# (after a preposition a word asks on only as its object, "by how much", "for which team":
# "which university was she teaching at when it started" asks nothing with "when")
ASKING = re.compile(
    r"(?:(?:^|[,;:?!(—–]\s*|\.\s+|\s-+\s+|(?:\b(?:and|or|but|so|also|then|n|plus)\s+|&\s*)"
    # ("and roughly what share"; "whats the bonus", typed without its apostrophe)
    r"(?:(?:roughly|approximately|about|exactly|also|then|just|precisely)\s+)?)(?:how|"
    r"what(?:s|['’]s)?|which|who|whom|whose|when|where|why)|"
    r"\b(?:by|in|for|to|from|of|at|on|with|about)\s+(?:how|what|which|who|whom|whose)"
    # (asked by a request: "… - explain why?", "tell me what song she played"; or as what is
    # known: "any word on when season 2 drops", "do we know where it is held")
    r"|\b(?:explain|describe|tell\s+(?:me|us)|know|idea|(?:word|news|update|info)\s+(?:on|about))"
    r"\s+(?:how|what|which|who|whom|whose|when|where|why)"
    # (or after a phrase setting where it is asked, typed without a comma: "under cz's plea
    # agreement what fine is he meant to pay")
    r"|^\s*(?:under|during|per|in|at|on)\s+(?:(?!(?:how|what|which|who|whom|whose|when|where|"
    r"why)\b)[\w'’.-]+\s+){1,5}?(?:how|what(?:s|['’]s)?|which|who|whom|whose|when|where|why))\b",
    re.I,
)
# (a "when" or "where" asks in place at the end, "they met when?", or before the verb it
# asks of, "… when had they last lost"; one followed by its own clause sets a time or a place,
# "tell me their record when they let him go", "the game where u can only talk")
IN_PLACE = re.compile(
    r"\b(?:(?:how|what|which|who|whom)\b(?!.*\b(?:what|which)\b)|(?:when|where)\b(?=\W*$|\s+"
    r"(?:did|does|do|is|are|was|were|has|had|have|will|would|can|could|should)\b))",
    re.I,
)

# … as a figure does, after the verb it is asked of, before another asking clause: "they raised
# how much and who led it".
HOW_IN_PLACE = re.compile(r"(?<=[a-z] )how\s+(?:much|many|long|old|big|far|tall)\b", re.I)


def asking_clauses(question: str) -> list[str]:
    """The question from each word that asks on: "when did cranberry farming start, and where"
    gives it from "when" and from "where"; "the woman who got the flu lost which leg" from
    "which" (asked in place)."""
    starts = [m.end() - len(re.split(r"[\s—–]", m.group())[-1]) for m in ASKING.finditer(question)]
    # A statement before the question sets its context, whatever it embeds: "menendez quizzed
    # them on what the cfpb made them pay back. whats the figure for bank of america"
    stated = stated_ends(question)
    if stated and starts and starts[-1] >= stated[-1]:
        starts = [i for i in starts if i >= stated[-1]]
    # … so does one before a yes/no question set off after it: "peter kalmus, the nasa
    # scientist who went to that maine homestead - has he been arrested" asks from "has" (not
    # a question before it: "who won the game - and did they cover?")
    turned = [m.end() for m in YES_NO_AFTER_BREAK.finditer(question)]
    if turned and not ASKS_FIRST.match(question) and (not starts or turned[-1] > starts[-1]):
        starts = [turned[-1]]
    if not starts:
        match = IN_PLACE.search(question)
        starts = [match.start()] if match else []
    elif (early := HOW_IN_PLACE.search(question[: starts[0]])) is not None:
        # "scalable capital raised how much and who led it": the first part asks in place
        starts = [early.start(), *starts]
    clauses = [question[i:].lstrip(",;:?!( ") for i in starts] or [question]
    # "what about microsoft, how much was nadella willing to pay": the lead-in only says whom
    # the question that follows is on
    # … as does a clause setting out when it was: "when the eu sent musk that letter, how long
    # did they give him"
    asking = [c for c in clauses if not LEAD_IN.match(c) and not SETTING_LEAD.match(c)]
    return asking or clauses


# The end of a sentence that states: a word typed in lower case or a number, then a full stop
# ("… back to customers. whats the figure"; not "Dr. Smith", "U.S. pay", "etc. and").
STATED = re.compile(r"\b(?!etc\.)[a-z0-9]{3,}[.!]\s+(?=\w)")
# … or a heading with a colon, which asks nothing itself: "businessworld op-ed on the 2024 deficit
# budget: when did …" (not "who said this quote: …")
HEADING = re.compile(
    r"^(?![^:]*\b(?:who|whom|whose|what|whats|when|where|which|why|how|did|does|do|is|are|was|"
    r"were|has|have|had|can|could|will|would|should)\b)[^:?]{3,100}:\s+(?=\w)",
    re.I,
)


def stated_ends(question: str) -> list[int]:
    """Where each statement before the question ends (`STATED`, `HEADING`)."""
    heading = HEADING.match(question)
    return ([heading.end()] if heading else []) + [m.end() for m in STATED.finditer(question)]


# ("what about microsoft, how much …"; "whats up with andy robertson … - what injury …")
LEAD_IN = re.compile(
    r"(?:(?:what|how)\s+about|what(?:'s|’s|s|\s+is)?\s+(?:up|going\s+on|the\s+deal|the\s+story)"
    r"\s+with)\s+[^,;:?!–—]+(?:[,;:?!–—]|\s-)\s*\S",
    re.I,
)
SETTING_LEAD = re.compile(
    r"(?:when|while|after|before|once)\s+(?!(?:did|does|do|is|was|were|are|will|would|can|could|"
    r"has|have|had|should|exactly|roughly|approximately|about)\b)[^,;:?!–—]+(?:[,;:–—]|\s-)\s*\S",
    re.I,
)


# A request for a thing, typed where a question would be: "tell me the wild's record …", "can u
# give me their budget" (a request with a question in it, "tell me what song …", asks by that).
REQUEST = re.compile(
    r"^\s*(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:pls\s+|please\s+)?(?:tell|give|show)\s+(?:me|us)"
    r"\s+(?=(?:the|their|his|her|its|our|your)\s)",
    re.I,
)


# The words of a request around what is asked: "can you tell me about", "pls show me".
REQUEST_WORDS = re.compile(
    r"^\s*(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:pls\s+|please\s+)?(?:tell|give|show)\s+"
    r"(?:me|us)\b(?:\s+about\b)?",
    re.I,
)


def as_asked(question: str) -> str:
    """A request for a thing as the question it stands for: "tell me the wild's record" as
    "what is the wild's record"; any other question as it is."""
    return REQUEST.sub("what is ", indirect_asked(question), count=1)


def asking_clause(question: str) -> str:
    """The first of `asking_clauses`."""
    return asking_clauses(question)[0]


# Where a question's main clause ends and a clause setting its time or cause begins.
SUBORDINATE = re.compile(
    r"\s(?:when|after|before|while|because|since|once|until|as soon as|despite)\s", re.I
)


def main_clause(question: str) -> str:
    """The question up to a clause setting its time or cause: "how many workers walked off at
    ford's kentucky plant" of "… when the uaw widened the strike"."""
    return SUBORDINATE.split(question, maxsplit=1)[0]


def asking_words(question: str) -> set[str]:
    """The content words of the clause that asks, without its subordinate ones ("how many
    comments were they deleting", not "after the ireland series loss")."""
    return set(content_words(main_clause(asking_clause(question))))


ASKS_DONE = re.compile(r"\b(?:did|was|were|had|has|have|got|ended up|end up)\b", re.I)


def asks_what_came_of_it(question: str) -> bool:
    """Whether a question asks what happened, in the past: "how much did it end up paying";
    not what was planned ("when was it meant to launch originally") or how long something has
    gone on ("how long has it been running")."""
    clause = asking_clause(question)
    return (
        not is_yes_no(question)
        and bool(ASKS_DONE.search(clause))
        and not PLANNED.search(clause)
        and not SPAN_SO_FAR.search(clause)
    )


PLANNED = re.compile(
    # (… or what would be: "what would the max fine come to if …")
    r"\b(?:meant to|supposed to|planned|planning|scheduled|set to|expected to|would|"
    # ("what was the original price": the first one asked, not what came of it)
    r"originally|initially|original|initial|first announced)\b",
    re.I,
)
SPAN_SO_FAR = re.compile(r"^how\s+(?:long|often)\b", re.I)


def asks_reason(question: str) -> bool:
    """Whether a question asks why or how something happened ("why did Inter Miami scrap the
    trip"): it takes the event as given."""
    return bool(
        re.match(
            r"why\b|how\s+(?!much|many|long|far|big|old|soon|often)", asking_clause(question), re.I
        )
    )


CONTEXT_WORDS = 3  # content words before the asking clause that make it a question set in context


def set_in_context(question: str) -> str:
    """The clause that asks, when words before it set the question's context ("spurs v chelsea
    (nov 6), the var check on udogie's lunge - why did he only get a yellow"); else ""."""
    clause = asking_clause(question)
    before = question[: len(question) - len(clause)] if question.endswith(clause) else ""
    if "?" in before or ASKS_FIRST.match(before):  # (a question before it is asked too: "were
        # tickets dearer than the eras tour ones? whats the avg price")
        return ""
    return clause if len(content_words(before)) >= CONTEXT_WORDS and content_words(clause) else ""


# A question's first word that asks: what comes before another asking clause is asked too.
ASKS_FIRST = re.compile(
    r"\s*(?:what|whats|how|hows|who|whos|when|where|why|which|did|do|does|is|are|was|were|can|"
    r"could|will|would|should|has|have|had)\b",
    re.I,
)

"""What kind of answer a sentence gives: a place in an order, a cause, a spelt-out short form."""

from __future__ import annotations

import re

from assistant.answering.candidates import Candidate
from assistant.answering.kind_words import PERSON_NOUN
from assistant.answering.sentences import PROPER_NAME
from assistant.answering.statements import is_statement
from assistant.answering.whole_sentences import quoted_whole
from index.dates import MONTHS, WEEKDAYS
from index.terms import STOPWORDS, family

# A place in an order: "8th", "third", "seventh-least", "top four", "bottom".
ORDINAL = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|last|"
    r"(?:top|bottom)(?:\s+(?:\d+|two|three|four|five|six|ten|half))?)\b",
    re.I,
)
RANK_NEAR = 40  # characters either side of an ordinal that may say what it ranks
RANKING = re.compile(
    r"\b(?:finish\w*|place[ds]?|placing|position\w*|rank\w*|spot|table|standings|list|chart\w*|"
    r"overall|sitting|sits?|came|comes|league|seed\w*)\b",
    re.I,
)
# Words that give a cause or a purpose. ("After", "since" and "as" more often give a time or a
# manner than a reason, and are left out.)
CAUSE = re.compile(
    r"\b(?:because|due to|owing to|thanks to|as a result|in order to|so that|reasons?\b|"
    r"caused|causing|led to|leading to|result of|blamed|attribut\w*\s+(?:[\w'’-]+\s+){0,8}?to|"
    r"stems? from|given that|"
    r"forced|forcing|amid|over concerns?|concerned|fears? (?:that|of|over)|citing|cited|"
    r"in protest|in response to|motivated|prompted|prompting|why|"
    # a consequence told after its cause: "will start dialysis so had no option but to retire"
    r"no (?:other )?(?:option|choice|alternative) but|so (?:(?:he|she|they|it|we) )?had to)\b",
    re.I,
)
# … though "after" with what someone did gives one ("axed for the quarter-final after missing a
# team curfew"), as does "for" or "over" after a penalty ("fined for breaching", "sued over").
# (Lower case only: "after Spring", "for King Charles" are no deeds.)
CAUSE_DONE = re.compile(
    r"\bafter\s+(?:allegedly\s+|repeatedly\s+|not\s+)?"
    r"(?!(?:some|any|no|every)thing\b|morning\b|evening\b|spring\b)[a-z]{2,}ing\b"
)
# … and so does "after" with a change of plan ("a game rearranged for Saturday after heavy rain
# flooded parts of Kingston's Independence Park").
PUT_OFF_AFTER = re.compile(
    r"\b(?:postponed|rearranged|rescheduled|delayed|moved|pushed\s+back|called\s+off|"
    r"cancell?ed|abandoned|halted|suspended|scrapped)\b[^.;]{0,40}?\bafter\s+"
    r"(?!(?:that|this|which|it|then|him|her|them|years?|months?|weeks?|days?)\b)[a-z]",
    re.I,
)
PENALISED = re.compile(
    r"\b(?:fined|banned|suspended|sacked|fired|axed|dropped|benched|arrested|charged|sued|"
    r"critici[sz]ed|punished|jailed|penali[sz]ed|disciplined|expelled|dismissed|ousted|"
    r"condemned|slammed|blasted|faulted|blamed)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:over|for\s+(?:his|her|their|its|allegedly|[a-z]{3,}ing\b))\b",
    re.I,
)


def gives_cause(sentence: str, asked: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence gives a cause or a purpose; not by "after" with the deed asked of
    itself, its question's words `asked` ("why did she retire": not "after announcing her
    retirement")."""
    return bool(
        CAUSE.search(sentence)
        or any(not _restated(sentence[m.start() :], asked) for m in CAUSE_DONE.finditer(sentence))
        or PENALISED.search(sentence)
        or PUT_OFF_AFTER.search(sentence)
    )


RESTATED_WITHIN = 4  # words of an "after" clause that may say the deed asked again


def _restated(clause: str, asked: frozenset[str]) -> bool:
    """Whether the first words of an "after …" clause name the deed asked again, in a form of
    its own ("retirement" for "retire"); not a name ("after leading the Giants")."""
    words = re.findall(r"[A-Za-z]+", clause)[1 : 1 + RESTATED_WITHIN]
    said = [family(w) for w in words if w.islower() and len(w) > 3]
    roots = [family(w) for w in asked if len(w) > 3 and w not in STOPWORDS]
    return any(w.startswith(root) for w in said for root in roots if len(root) > 3)


def ranks(sentence: str, asked: frozenset[str]) -> bool:
    """Whether a sentence gives a place in an order the question does not: an ordinal with a
    word for ranking near it."""
    return any(
        m.group().lower() not in asked
        and RANKING.search(sentence[max(0, m.start() - RANK_NEAR) : m.end() + RANK_NEAR])
        for m in ORDINAL.finditer(sentence)
    )


EXPANDS = re.compile(r"\b(?:stands?|short|acronym|abbreviation)\s+for\b", re.I)


def expands(short: str, sentence: str) -> bool:
    """Whether a sentence spells out a short form: "stands for …", or capitalised words whose
    initials make it ("Strong Thermal Emission Velocity Enhancement" for STEVE)."""
    if EXPANDS.search(sentence):
        return True
    letters = re.sub(r"[^A-Za-z]", "", short).upper()
    initials = "".join(w[0] for w in re.findall(r"\b[A-Z][a-z]+", sentence))
    return len(letters) >= 2 and letters in initials


def people_named(sentence: str) -> list[str]:
    """Runs of two or more capitalised words that may name someone: "On Wednesday" and "In
    December" do not, nor the name of a body, an event or a place ("the World Cup", "Ohio
    State University")."""
    out = []
    for match in PROPER_NAME.finditer(sentence):
        words = [
            w
            for w in match.group().split()
            if w.lower() not in STOPWORDS and w.lower() not in MONTHS and w.lower() not in WEEKDAYS
        ]
        if (
            len(words) >= 2
            and words[-1].lower().strip(".,'’") not in NOT_A_PERSON
            and not DAY_OF_THE_YEAR.search(" ".join(words).strip(".,'’"))
            and not DAY_AFTER.match(sentence, match.end())
        ):
            out.append(" ".join(words))
    # one name alone, said of as someone: "his personal physician and party guest, Polidori,
    # who spun it out"
    out += [
        m.group(1)
        for m in ONE_NAME_WHO.finditer(sentence)
        if not any(m.group(1) in name for name in out) and m.group(1).lower() not in STOPWORDS
    ]
    return out


ONE_NAME_WHO = re.compile(r"\b([A-Z][a-z]{2,}),\s+who\b")


# The last words of names of bodies, events, works and places, which no one's name ends with
# (not those that are surnames too: Park, Hall, Day, Court, Masters).
NOT_A_PERSON = frozenset(
    ("cup", "league", "club", "university", "college", "school", "inc", "corp", "corporation",
     "company", "ltd", "llc", "plc", "group", "association", "federation", "union", "council",
     "committee", "commission", "department", "ministry", "agency", "party", "bank",
     "fund", "championship", "championships", "series", "bowl", "award", "awards", "prize",
     "festival", "stadium", "arena", "street", "avenue", "airport", "hospital",
     "institute", "foundation", "center", "centre", "museum", "games", "trophy", "conference",
     "summit", "act", "index", "exchange", "airlines", "motors", "technologies", "labs",
     "studios", "records", "network", "channel", "office", "board", "authority", "services",
     "police", "army", "navy", "forces", "republic", "kingdom", "states", "island", "islands",
     "county", "city", "river", "lake", "mountains", "valley", "bridge", "road", "tower",
     "cathedral", "palace", "senate", "congress", "parliament",
     "government", "administration", "system", "project", "program", "programme", "show",
     "film", "album", "tour", "race", "grand", "prix", "open", "olympics", "week",
     "forum", "pro", "max", "plus", "ultra", "mini", "edition", "version")
)  # fmt: skip
# A day of the year, no one's name: "Christmas Day", "New Year's Eve" (not "Jason Day").
DAY_OF_THE_YEAR = re.compile(
    r"(?:Christmas|Boxing|Election|Memorial|Labou?r|Independence|Thanksgiving|Veterans|Armistice|"
    r"Remembrance|Easter|Groundhog|Presidents|Black|Cyber|Game|Opening|Deadline|Media|Match|"
    r"Judgment|Halloween|Australia|Canada|Bastille)\s+(?:Day|Eve|Night)$"
)
# … its possessive cut off the name: "New Year's Eve", "Valentine's Day", "Mother's Day"
DAY_AFTER = re.compile(r"['’]s?\s+(?:Day|Eve|Night)\b")


# Someone spoken of without a name: "he" or "she" as the subject, or by what they do ("the
# wide receiver broke loose", "the 24-year-old", "the seven-time Pro Bowler"), but not with the
# name straight after ("the actor Tom"). (Not "…,” he said": who said a quote is seldom who
# is asked about.)
REFERS_BACK = re.compile(
    r"^(?:[Hh]e|[Ss]he)\b"
    r"|\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?i:" + PERSON_NOUN + r"|\d+-year-old)\b(?!\s+[A-Z])"
)


def named_before(sentence: str, before: str) -> list[str]:
    """The people the sentence before names, when this one speaks of someone without naming
    them ("That was until Christian Kirk came through." then "… the wide receiver broke loose
    for a 44-yard touchdown"); none otherwise."""
    # (not in a quote, whose "the coach" is the speaker's, seldom the one named before)
    if not before or not REFERS_BACK.search(QUOTED.sub(" ", sentence)):
        return []
    return people_named(before)


QUOTED = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")


SIDE_NAME = re.compile(r"(?<=[a-z,;]\s)[A-Z][a-z]{2,}\b")


def sides_named(sentence: str) -> list[str]:
    """Single capitalised words inside a sentence that may name a side of a contest ("lost last
    year's final to Canada"); not a month, a weekday or a little word, nor the start of a
    competition's or a body's name ("after that Champions League theme")."""
    events = [
        m.span()
        for m in PROPER_NAME.finditer(sentence)
        if m.group().split()[-1].lower().strip(".,'’") in NOT_A_PERSON
    ]
    return [
        m.group()
        for m in SIDE_NAME.finditer(sentence)
        if m.group().lower() not in STOPWORDS
        and m.group().lower() not in MONTHS
        and m.group().lower() not in WEEKDAYS
        and not any(start <= m.start() < end for start, end in events)
    ]


# A record of wins and losses, not a game's score: "his career mark falls to 1-13", "move to
# 3-1 on the season", "the Bills (8-6)"; not "a 96-84 win".
RECORD_LINE = re.compile(
    r"\b(?:record|mark)\b[^.;]{0,40}?\b\d{1,3}-\d{1,3}(?:-\d{1,3})?\b|"
    r"\b(?:to|at)\s+\d{1,3}-\d{1,3}(?:-\d{1,3})?\b(?!\s*(?:win|victory|loss|defeat|lead|rout))|"
    r"\(\d{1,3}-\d{1,3}(?:-\d{1,3})?\)|"
    # "the Astros went 6-17", "they were 39-42 at home"
    r"\b(?:went|finished|finish|sit|sits|stand|stands|were|are)\s+\d{1,3}-\d{1,3}(?:-\d{1,3})?\b"
    r"(?!\s*(?:up|down|win|victory|loss|defeat|lead|rout|in\s+the\s+(?:first|second|third)))",
    re.I,
)
# A maker or an owner said as one: "produced by Hasbro", "Hasbro, which owns the brand".
MAKER_SAID = re.compile(
    r"\b(?:mak(?:es|ing|er|ers)|made|produc\w*|manufactur\w*|own(?:s|ed|er|ers|ership)?|"
    r"bought|buy(?:s|er|ers)?|acqui\w*|publish\w*|develop\w*|sponsor\w*|distribut\w*|"
    r"sells?|sold|builds?|built|runs?|operat\w*|brand)\b",
    re.I,
)


# A time told from the one before it: "the following year", "two days later", "that same month".
TIME_BEFORE = re.compile(
    r"\b(?:the\s+(?:following|next|previous|same)|that(?:\s+same)?)\s+(?:day|week|month|year|"
    r"season|decade)\b|\b(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|"
    r"years?|decades?)\s+(?:later|earlier|after|before)\b(?!\s+\w)",
    re.I,
)

# … a year or a month, which the sentence before gives.
GIVES_TIME = re.compile(
    r"\b(?:1[6-9]|20)\d{2}\b|\b(?:january|february|march|april|june|july|august|september|"
    r"october|november|december)\b",
    re.I,
)


def dated_before(c: Candidate, passage: str = "") -> list[str]:
    """The sentences before one that tells its time from them ("The Ouija board was patented
    the following year."), from the one that gives the year or date ("In 1890, a Baltimore
    spiritualist …") on: the one before, or up to `TIME_BACK` of them in its `passage`; none if
    it tells its own time."""
    if not c.before or TIME_BEFORE.search(c.text) is None or GIVES_TIME.search(c.text):
        return []
    if GIVES_TIME.search(c.before):
        return [c.before] if is_statement(c.before) else []
    at = passage.find(c.text[:60])
    if at <= 0:
        return []
    earlier = [" ".join(parts) for parts in quoted_whole(passage[:at])][-TIME_BACK:]
    for i in range(len(earlier) - 1, -1, -1):
        if GIVES_TIME.search(earlier[i]):
            told = earlier[i:]
            return told if all(is_statement(t) for t in told) else []
    return []


TIME_BACK = 2  # sentences back a time told from the one before may come from


# The year a time told from the one before means: "the following year" after 1890 is 1891.
YEAR_AFTER = re.compile(
    r"\b(?:the\s+(following|next|previous|same)|that(?:\s+same)?)\s+year\b|"
    r"\b(a|an|one|two|three|four|five|six|\d+)\s+years?\s+(later|after|earlier|before)\b(?!\s+\w)",
    re.I,
)
STEPS = {"following": 1, "next": 1, "previous": -1, "same": 0, None: 0}
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
YEAR_SAID = re.compile(r"\b(?:1[6-9]|20)\d{2}\b")


def year_written_out(text: str, told: list[str]) -> str:
    """The text with the year a time told from the sentences before means written after it:
    "patented the following year (1891)", after "In 1890, …"; as it is when they give no one
    year."""
    match = YEAR_AFTER.search(text)
    years = set(YEAR_SAID.findall(" ".join(told)))
    if match is None or len(years) != 1:
        return text
    if match.group(2):
        count = COUNTS.get(match.group(2).lower()) or int(match.group(2))
        step = count if match.group(3).lower() in ("later", "after") else -count
    else:
        step = STEPS[match.group(1).lower() if match.group(1) else None]
    year = int(years.pop()) + step
    return f"{text[: match.end()]} ({year}){text[match.end() :]}"

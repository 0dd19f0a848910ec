"""What a sentence says, read from its words alone.

Amounts, counts and dates; the names a question holds, and how the articles write them (whether a
sentence states something at all is `statements`; a passage split into whole sentences,
`whole_sentences`). What a question asks is read in `assistant.answering.asking`; the offline
answerer (`assistant.answering.offline`) scores and chooses with both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.terms import content_words, family

# A part of a whole in words: "a third of the money", "two-thirds of voters", "a quarter of
# its staff".
PARTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
WHOLES = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
FRACTION = re.compile(
    rf"\b(?:{'|'.join(PARTS)})[\s-]+(?:{'|'.join(WHOLES)})s?(?=\s+of\s+(?!an?\s+hour\b))", re.I
)
# An amount ("how much", "what share"): figures, or words that only amounts use; "two
# countries" is a count, not an amount.
AMOUNT = re.compile(
    r"(?<![A-Za-z])\d|\b(?:hundred|thousand|million|billion|trillion|percent|half|dozen|double|"
    r"triple|twice|tenfold|several times)s?\b|" + FRACTION.pattern + "|"
    # a number written out, in a unit: "by eight minutes per match", "three times"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)\s+(?:seconds?|minutes?|hours?|days?|weeks?|"
    r"months?|years?|times|percent|per cent|points?|inches|feet|yards|miles|met(?:er|re)s|"
    r"kilomet(?:er|re)s|pounds|ounces|grams|kilograms|tons|tonnes|dollars|euros|cents)\b",
    re.I,
)


# A count or a size ("how many", "how long", "how old"): number words too.
NUMBER = re.compile(
    r"(?<![A-Za-z])\d|\b(?:hundred|thousand|million|billion|trillion|percent|half|dozen|zero|one|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|several|few|couple|double|triple|twice|tenfold)s?\b",
    re.I,
)


# A time of day: "8pm", "7:45 p.m.", "20:00", "noon", "nine o'clock".
CLOCK = re.compile(
    r"\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b(?:[01]?\d|2[0-3]):[0-5]\d\b|"
    r"\bnoon\b|\bmidnight\b|\b\w+\s+o['’]clock\b",
    re.I,
)
DATE_WORDS = re.compile(
    r"\b(1[6-9]|20)\d{2}\b|\b(january|february|march|april|may|june|july|august|september|october|"
    r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"today|tomorrow|tonight|ago|(?:last|next|this|earlier this|later this)\s+(?:week|month|"
    r"year|spring|summer|autumn|fall|winter|weekend)|"
    # ("two days after", "a year later"; not "hundreds of years after the events")
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|"
    r"a couple of)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier))\b|"
    # (a month written short, with its day: "Oct. 20", "Sept 3", "20 Nov")
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
    re.I,
)


# A day, for "what date", "which day": a date in a month ("Nov. 25", "25 November", "11/25"), a
# weekday, or one said from today. A year or a month alone does not say which day.
# A moment of a match, which is when things in it happen: "sent off in the 55th minute", "at
# half-time", "in the third quarter".
MATCH_MOMENT = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)[- ]minute\b|\b(?:in|at|during|into|before|after)\s+(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|fifth|final|last|opening|closing)\s+(?:half|quarter|period|"
    r"set|round|inning|innings|minutes?)|half[- ]?time|stoppage[- ]time|injury[- ]time|overtime|"
    r"extra[- ]time)\b",
    re.I,
)
# A time told by the edge of a period, or from now: "will be heard … before the end of the
# season", "at the start of next year", "next season", "in the coming weeks", "within days".
PERIOD_EDGE = re.compile(
    r"\b(?:before|by|until|till|at|after|from|towards?|in|around)\s+the\s+(?:end|start|beginning|"
    r"middle|close|turn)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:season|year|month|week|"
    r"decade|century|summer|winter|spring|autumn|term|campaign|window|quarter|day)\b|"
    r"\bnext\s+season\b|\b(?:early|late|mid|later|earlier)[\s-]+next\s+(?:year|season|month|week)\b|"
    r"\b(?:in|over)\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months|years)\b|"
    r"\bwithin\s+(?:days|weeks|months|hours|the\s+next\s+\w+\s+(?:days|weeks|months|years))\b",
    re.I,
)
# What tells when: a date, a moment of a match, or the edge of a period.
WHEN_WORDS = re.compile(f"{DATE_WORDS.pattern}|{MATCH_MOMENT.pattern}|{PERIOD_EDGE.pattern}", re.I)
DAY_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
    r"dec)[a-z]*\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight)\b",
    re.I,
)


# A capitalised word of a name: "Howell", "McTominay", "DeChambeau", "O'Brien"; accented too
# ("Mekić", "Benoît", "Ødegaard", "Škriniar").
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"  # (Latin Extended-A mixes the cases: "Š" and "š")
_LOWER = "a-zß-öø-ÿĀ-ž"
_NAME_PART = rf"(?:[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?|[OD]['’][{_UPPER}][{_LOWER}]+)"
# Two or more of them, a middle initial allowed ("Beryl A. Howell").
# A capitalised word inside a sentence, after a lower-case word, a figure or a comma: a name.
MID_SENTENCE_NAME = re.compile(r"(?<=[a-z0-9,;:] )[A-Z][\w'’-]*")
PROPER_NAME = re.compile(rf"\b{_NAME_PART}(?:\s+(?:[A-Z]\.\s+)?{_NAME_PART})+\b")


# Figures that are no amount or count: years, days of a month, ordinals ("the 10th coach").
NOT_A_FIGURE = re.compile(
    r"\b(?:1[6-9]|20)\d{2}(?:-\d{2,4})?\b|\b\d{1,2}(?:st|nd|rd|th)\b|"
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{1,2}:\d{2}\b|"
    # a label, not a count: "Week 6", "Game 7", "Chapter 11", "No. 1"
    r"\b(?:week|game|round|chapter|episode|season|stage|phase|act|level|step|no\.)\s*\d{1,3}\b|"
    # part of a name: "Dimension 20", "Pixel 8", "May 22" (not a side's score, "Rangers 5",
    # "Arsenal 2-1")
    r"(?-i:\b[A-Z][a-z]+[a-rt-z]\s+\d{1,3}\b)(?![,.]\d|[-–]\d|%|\s*(?:million|billion|percent|per\b))|"
    # a score, not a count: "go 1-0 up", "a 2-1 defeat"
    r"\b(?:go|goes|went|won|win|wins|lost|lose|beat|beating|trailing|trail|led|leading|drew)\s+"
    r"\d{1,2}-\d{1,2}\b|\b\d{1,2}-\d{1,2}\s+(?:win|victory|defeat|loss|lead|draw|up|down|"
    r"reverse|scoreline|triumph|thrashing|rout|result|aggregate)\b|"
    # "one" in a turn of phrase: "on one hand", "one of them", "no one", "at one point"
    r"\bon\s+(?:the\s+)?one\s+hand\b|\bno\s+one\b|\bat\s+one\s+(?:point|stage|time)\b|"
    r"\bone\s+(?:of|another|day|way|thing)\b",
    re.I,
)


class _Figures:
    """Finds an amount or a count in a sentence, its dates and ordinals set aside."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(NOT_A_FIGURE.sub(" ", text))


# A stretch or a rate of time ("how long", "how often"): a count, or words for a period
# ("a decade", "every Saturday", "annually", "once a week").
PERIODS = (
    r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|season|year|decade|"
    r"century|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
NOT_AN_ORDINAL = r"(?!\s+(?:time|half|leg|place|round|set|goal|try))"  # "a second time"
SPAN = re.compile(
    rf"\b(?:once|a|an|every|each|per)\s+(?:\w+\s+)?{PERIODS}s?\b{NOT_AN_ORDINAL}|"
    # "for years", "for the season" (not "ready for second ball fights")
    rf"\bfor\s+(?:the\s+(?:\w+\s+)?{PERIODS}s?|(?:\w+\s+)?{PERIODS}s)\b{NOT_AN_ORDINAL}|"
    r"\b(?:daily|nightly|weekly|monthly|yearly|"
    r"annually|quarterly|hourly|biweekly|fortnightly|decades|centuries|overnight|forever)\b|"
    # "since 2002": how long, from when (not a thing of a year, "unchanged from the 2021 model")
    r"\bsince\s+(?:the\s+)?(?:1[6-9]|20)\d{2}s?\b|\bfrom\s+(?:(?:1[6-9]|20)\d{2}s?\b|"
    r"the\s+(?:1[6-9]|20)\d{2}(?:s\b|\b(?!\s+[a-z])))",
    re.I,
)


COUNT = _Figures(NUMBER)


class _Span:
    """Finds a stretch or a rate of time: a count (of a unit, for a stretch: "a two-year deal",
    "44-yard"; not "a 3-0 defeat" nor "the eighth time"), or words for a period."""

    def __init__(self, measured: bool) -> None:
        self.measured = measured

    def search(self, text: str) -> re.Match[str] | None:
        counted = MEASURED_SPAN if self.measured else COUNT
        return counted.search(text) or SPAN.search(text)


# Units of a stretch of space (or of what is read or run): "56-yard", "a 300-page report".
SPACE_UNITS = (
    r"yards?|yds?|feet|foot|ft|inch(?:es)?|miles?|meters?|metres?|kilomet(?:er|re)s?|km|kms|"
    r"pages?|laps?"
)
# A figure with a unit of length or time: "56-yard", "eight months", "2,120-kilometer", a
# "10-game" streak.
MEASURED_SPAN = re.compile(
    r"(?<![\w.])(?:\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion))?|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|"
    # (a unit in title case names a thing: the show "60 Minutes", "Four Seasons")
    r"fifteen|twenty|thirty|forty|fifty|a few|several|a couple of)[\s-]+(?!(?-i:[A-Z][a-z]))"
    r"(?:seconds?|minutes?|"
    rf"mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|decades?|centuries|{SPACE_UNITS}|"
    r"rounds?|innings|seasons?|terms?)\b|"
    # (a run of games said as one: a "10-game" streak, not "won just three games")
    r"(?<![\w.])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:game|match|"
    r"win|fight|race|start|season)\b|"
    # (a streak's length said after it: "extend its win streak to 27")
    r"\bstreak\s+(?:to|of|at)\s+\d+\b(?![,.]\d|\s*(?:%|percent|per\s*cent|points?|yards?))",
    re.I,
)


TYPE_PATTERNS: dict[str, _Figures | _Span | re.Pattern[str]] = {
    "amount": _Figures(AMOUNT),
    "number": COUNT,
    "date": WHEN_WORDS,
    "time": CLOCK,
    "length": _Span(measured=True),
    "frequency": _Span(measured=False),
}


TYPE_NAMES = {
    "amount": "the amount",
    "number": "the number",
    "date": "the date",
    "time": "the time",
    "length": "the length of time",
    "frequency": "the frequency",
}


# (a figure with its unit is the figure: "$20.2bn" gives "20.2"; a currency's letter before a
# figure is no name: "P5.768tn"; a fiscal year is its year: "fy2019")
NAME_TOKEN = re.compile(
    r"(?<=[\s(\"“])[A-Z](?!\d*[.,]\d|Y\d{2})[\w'’-]*|\b\d+\.\d+(?=(?:bn|tn|mn|m|k|b)\b)|\b\d[\d,.]*\b"
    r"|(?<=\b[fF][yY])\d{4}\b"  # a fiscal year: "fy2019"
)


# "Each year" and "annually" say the same: the light stemmer already folds "yearly", "monthly"
# and "weekly" into their nouns, these adverbs it cannot.
PERIOD_WORDS = {
    "annual": "year", "annually": "year", "yearly": "year", "daily": "day", "monthly": "month",
    "weekly": "week", "hourly": "hour", "quarterly": "quarter",
}  # fmt: skip
# Past forms no suffix rule undoes: "made" is "make", "won" is "win".
IRREGULAR = dict(
    re.findall(
        r"(\w+):(\w+)",
        "made:make won:win paid:pay bought:buy sold:sell led:lead ran:run took:take taken:take "
        "gave:give given:give got:get gotten:get went:go gone:go came:come said:say told:tell "
        "found:find held:hold kept:keep left:leave lost:lose met:meet sent:send spent:spend "
        "stood:stand brought:bring thought:think began:begin begun:begin chose:choose "
        "chosen:choose drew:draw drawn:draw drove:drive driven:drive fell:fall fallen:fall "
        "felt:feel fought:fight flew:fly flown:fly grew:grow grown:grow knew:know known:know "
        "lent:lend meant:mean rose:rise risen:rise sat:sit saw:see seen:see shot:shoot "
        "sought:seek struck:strike taught:teach threw:throw thrown:throw wrote:write "
        "written:write broke:break broken:break spoke:speak spoken:speak stole:steal "
        "stolen:steal ate:eat eaten:eat built:build caught:catch dealt:deal fed:feed "
        "forgot:forget froze:freeze hid:hide rode:ride rang:ring sang:sing sank:sink "
        "slept:sleep stuck:stick swam:swim swept:sweep swung:swing tore:tear torn:tear "
        "withdrew:withdraw withdrawn:withdraw upheld:uphold overtook:overtake woke:wake "
        "wore:wear worn:wear bore:bear borne:bear bled:bleed fled:flee "
        "bitten:bite shook:shake shaken:shake slid:slide spun:spin sprang:spring sprung:spring "
        "stung:sting strove:strive swore:swear wept:weep "
        "dug:dig beaten:beat undid:undo sung:sing",
    )
)


DOTTED_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]\.?")


def answer_stem(word: str) -> str:
    """The family a word is matched on in answers: period adverbs folded into their nouns,
    irregular past forms into their verbs, and "-ery" nouns into theirs (delivery, deliver);
    initials with stops as typed without ("u.k" is "uk")."""
    if "." in word and DOTTED_INITIALS.fullmatch(word):
        word = word.replace(".", "")
    ordinal = ORDINAL_NUMBER.fullmatch(word)
    if ordinal:  # ("May 22nd" says "may 22")
        return ordinal.group(1)
    word = IRREGULAR.get(word, PERIOD_WORDS.get(word, MONTHS_SHORT.get(word, word)))
    root = family(word)
    if len(root) >= 6 and root.endswith("our"):  # "tumour" says "tumor", "labour" "labor"
        root = root[:-2] + "r"
    if word.endswith(("ied", "ies")) and root.endswith("i"):  # "tried" says "trying"
        return root[:-1] + "y"
    return root[:-1] if root.endswith("ery") and len(root) >= 7 else root


# Months as a date writes them short ("On Nov. 8"), said by their names (not "mar", "may", nor
# "apr", a rate).
MONTHS_SHORT = {
    "jan": "january", "feb": "february", "jun": "june", "jul": "july",
    "aug": "august", "sep": "september", "sept": "september", "oct": "october",
    "nov": "november", "dec": "december",
}  # fmt: skip


ORDINAL_NUMBER = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")


def answer_stems(text: str) -> set[str]:
    """The stems a sentence is matched on, with period adverbs folded into their nouns."""
    return {answer_stem(w) for w in content_words(text)}


def name_phrases(question: str) -> list[str]:
    """The names and numbers of a question, neighbours joined: "the 2024 Super Bowl" gives
    "2024 Super Bowl" (the first word, capitalised as any sentence's, is left out)."""
    phrases: list[list[str]] = []
    last_end = -2
    for match in NAME_TOKEN.finditer(question):
        token = match.group().rstrip(".,'’")
        if not token:
            continue
        if phrases and question[last_end : match.start()] == " ":
            phrases[-1].append(token)
        else:
            phrases.append([token])
        last_end = match.end()
    return [" ".join(p) for p in phrases]


SENTENCE_START = re.compile(r"(?:^|[.!?…:]\s+|[\"“]\s*)$")
NAME_SHARE = 0.8  # of a word's occurrences (not opening a sentence) written capitalised


def word_pattern(word: str) -> re.Pattern[str]:
    """The word whole, in any case ("asos" finds "ASOS", not "ASOS's-brand")."""
    return re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w-])", re.I)


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The phrase's words together, in any case and spacing ("World  series" for "world
    series")."""
    return re.compile(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\b", re.I)


# Prepositions that are no stopwords: never a name of the question's, however a name that
# holds one is written ("Beyond Meat", "Inside Out").
PREPOSITIONS = frozenset(
    ("beyond", "despite", "towards", "toward", "within", "without", "amid", "amidst", "among",
     "amongst", "across", "behind", "beneath", "besides", "throughout", "upon", "versus", "via",
     "onto", "unlike", "near", "underneath", "along", "around")
)  # fmt: skip


def cased_names(
    question: str, texts: Sequence[str], ordinary: Callable[[str], bool] | None = None
) -> dict[str, str]:
    """The question's words that the articles write as names, each with its written form.

    A question typed in lower case ("how much is the wild paying john hynes") has no capitals
    to find its names by; the passages it retrieved show them: a word they write capitalised
    nearly every time it does not open a sentence ("the Wild", "Hynes", "CMA") is a name there.
    An `ordinary` word must be so written more than once: a heading's "Delivering" names
    nothing.
    """
    found: dict[str, str] = {}
    for word in dict.fromkeys(content_words(question)):
        if len(word) < 2 or not word.isalpha() or word in PREPOSITIONS:
            continue  # (nor a preposition some name opens with: "beyond", of "Beyond Meat")
        upper, lower, form = _casings(word_pattern(word), texts)
        if not upper + lower and len(word) > 4 and word.endswith("s"):
            # (whose, typed without its apostrophe: "harbaughs sideline ban", of "Harbaugh")
            upper, lower, form = _casings(word_pattern(word[:-1]), texts)
        if upper < NAME_SHARE * (upper + lower) or not upper:
            continue
        if upper > 1 or ordinary is None or not ordinary(word):
            found[word] = form
    return found


def _casings(pattern: re.Pattern[str], texts: Sequence[str]) -> tuple[int, int, str]:
    """How often the texts write a word capitalised and in lower case (where no sentence
    opens), and its first capitalised form."""
    upper = lower = 0
    form = ""
    for text in texts:
        for match in pattern.finditer(text):
            if SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()]):
                continue  # capitalised by its place, whatever it is
            if match.group()[0].isupper():
                upper += 1
                form = form or match.group()
            else:
                lower += 1
    return upper, lower, form

"""What a sentence says and what a question asks, read from their words alone.

Amounts, counts and dates; statements (not questions, shouted lines or captions); quotations kept
whole; yes/no questions; the names, focus and kind of answer a question holds. The offline answerer
(`assistant.answering.offline`) scores and chooses with these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.chunk import split_sentences
from index.terms import content_words, family, fold_accents

# An amount ("how much", "what share"): figures, or words that only amounts use; "two
# countries" is a count, not an amount.
AMOUNT = re.compile(
    r"(?<![A-Za-z])\d|\b(?:hundred|thousand|million|billion|trillion|percent|half|dozen|double|"
    r"triple|twice|tenfold|several times)s?\b",
    re.I,
)


# A count or a size ("how many", "how long", "how old"): number words too.
NUMBER = re.compile(
    r"(?<![A-Za-z])\d|\b(?:hundred|thousand|million|billion|trillion|percent|half|dozen|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|several|few|couple|double|triple|twice|tenfold)s?\b",
    re.I,
)


DATE_WORDS = re.compile(
    r"\b(1[6-9]|20)\d{2}\b|\b(january|february|march|april|may|june|july|august|september|october|"
    r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"today|tomorrow|tonight|ago|(?:last|next|this|earlier this|later this)\s+(?:week|month|"
    r"year|spring|summer|autumn|fall|winter|weekend)|(?:hours?|days?|weeks?|months?|years?)\s+"
    r"(?:after|before|later|earlier))\b",
    re.I,
)


PROPER_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


# Figures that are no amount or count: years, days of a month, ordinals ("the 10th coach").
NOT_A_FIGURE = re.compile(
    r"\b(?:1[6-9]|20)\d{2}(?:-\d{2,4})?\b|\b\d{1,2}(?:st|nd|rd|th)\b|"
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{1,2}:\d{2}\b",
    re.I,
)


class _Figures:
    """Finds an amount or a count in a sentence, its dates and ordinals set aside."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(NOT_A_FIGURE.sub(" ", text))


TYPE_PATTERNS: dict[str, _Figures | re.Pattern[str]] = {
    "amount": _Figures(AMOUNT),
    "number": _Figures(NUMBER),
    "date": DATE_WORDS,
}


TYPE_NAMES = {"amount": "the amount", "number": "the number", "date": "the date"}


NAME_TOKEN = re.compile(r"(?<=[\s(\"“])[A-Z][\w'’-]*|\b\d[\d,.]*\b")


# "Each year" and "annually" say the same: the light stemmer already folds "yearly", "monthly"
# and "weekly" into their nouns, these adverbs it cannot.
PERIOD_WORDS = {"annual": "year", "annually": "year", "daily": "day"}
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
        "wore:wear worn:wear bore:bear borne:bear bled:bleed fled:flee",
    )
)


def answer_stem(word: str) -> str:
    """The family a word is matched on in answers: period adverbs folded into their nouns,
    irregular past forms into their verbs, and "-ery" nouns into theirs (delivery, deliver)."""
    word = IRREGULAR.get(word, PERIOD_WORDS.get(word, word))
    root = family(word)
    return root[:-1] if root.endswith("ery") and len(root) >= 7 else root


def answer_stems(text: str) -> set[str]:
    """The stems a sentence is matched on, with period adverbs folded into their nouns."""
    return {answer_stem(w) for w in content_words(text)}


# The words that end a question's focus phrase: a verb, or a preposition ("how many dog illness
# case reports | has Oregon received", "the average yearly value | of the deal").
PHRASE_END = (
    r"(?:the|a|an|did|does|do|is|was|are|were|has|have|had|will|would|could|can|should|might|may|in|"
    r"on|at|for|of|from|to|by|with|since|during|over|under|per|that|which|who|got|get|when|"
    r"and|or|than|as|after|before|this|last|next|its|their|his|her)"
)
FOCUS = re.compile(
    r"\b(?:how much|how many)\s+(?:of\s+(?:the\s+)?)?(?!" + PHRASE_END + r"\b)"
    r"((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w-]*)(?=\s+" + PHRASE_END + r"\b|\s*[?.,!]|\s*$)",
    re.I,
)
# "Which leg", "what pick was he", "what's the average yearly value of the deal": the kind of thing
# asked for, the phrase up to its verb or preposition.
KIND = re.compile(
    r"^\s*(?:which|what)(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+|its\s+|their\s+)?"
    r"(?!" + PHRASE_END + r"\b)((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w-]*)"
    r"(?=\s+" + PHRASE_END + r"\b|\s*[?.,!]|\s*$)",
    re.I,
)


# Nouns that name the kind of answer rather than a thing the articles must mention.
ANSWER_TYPES = frozenset(
    [
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


def cased_names(question: str, texts: Sequence[str]) -> dict[str, str]:
    """The question's words that the articles write as names, each with its written form.

    A question typed in lower case ("how much is the wild paying john hynes") has no capitals
    to find its names by; the passages it retrieved show them: a word they write capitalised
    nearly every time it does not open a sentence ("the Wild", "Hynes", "CMA") is a name there.
    """
    found: dict[str, str] = {}
    for word in dict.fromkeys(content_words(question)):
        if len(word) < 2 or not word.isalpha():
            continue
        pattern = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w-])", re.I)
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
        if upper and upper >= NAME_SHARE * (upper + lower):
            found[word] = form
    return found


SUBJECT = re.compile(
    r"\bhow (?:much|many)\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|could|can)"
    r"\s+(?:the\s+|a\s+|an\s+)?([A-Za-z][\w.-]*(?:['’]s\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)?)",
    re.I,
)


def subject_focus(question: str) -> tuple[str, ...]:
    """The subject of "how much did X …" (stemmed, accents folded): whose figure is asked
    for; with what it owns ("beyonce's renaissance film": any of the three will do)."""
    match = SUBJECT.search(question)
    words = content_words(fold_accents(match.group(1))) if match else []
    return tuple(family(w) for w in words if w not in ANSWER_TYPES)


def focus_word(question: str) -> str | None:
    """The focus of "how much X" as the question writes it ("copper"): its phrase's last word."""
    match = FOCUS.search(question)
    return match.group(1).split()[-1] if match else None


def focus_phrase(question: str) -> str | None:
    """The words for the thing a question asks about: "dog illness case reports" in "how many
    dog illness case reports has Oregon received", "leg" in "which leg did she lose". A measure
    takes in what it measures: "share US aluminium imports" for "what share of US aluminium
    imports did Russia provide"."""
    clause = asking_clause(question)
    match = FOCUS.search(question) or KIND.search(clause)
    if not match:
        return None
    phrase = match.group(1)
    if phrase.split()[-1].lower() in MEASURES:
        measured = MEASURED.match(match.string[match.end() :])
        if measured:
            phrase += " " + measured.group(1)
    return phrase


MEASURES = frozenset({
    "share", "percentage", "percent", "proportion", "amount", "number", "value", "price", "cost",
    "total", "sum", "rate", "figure", "level", "size",
})  # fmt: skip
MEASURED = re.compile(
    r"\s+of\s+(?:the\s+)?((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s+"
    + PHRASE_END
    + r"\b|\s*[?.,!]|\s*$)",
    re.I,
)


def question_focus(question: str) -> str | None:
    """The thing asked about in "how much X" or "how many X" (stemmed), if any.

    An answer must speak of it: asked "how much copper", a sentence about aluminium is no answer.
    ("Which X" is left out: on multi-hop news questions X is mostly a kind, "which company").
    """
    word = focus_word(question)
    words = content_words(word or "")
    if not words or words[0] in ANSWER_TYPES:
        return None
    return family(words[0])


# A question word that asks: one opening the question or a clause ("…, and where"). Inside a
# clause it joins one ("the woman who got the flu", "who else was up when Swift won").
ASKING = re.compile(
    r"(?:^|[,;:?!(]\s*|\b(?:and|or|but|so|also|then|by|in|for|to|from|of|at|on|with|about)\s+)(?:how|what|which|who|whom|whose|when|"
    r"where|why)\b",
    re.I,
)
IN_PLACE = re.compile(r"\b(?:how|what|which|who|whom|when|where)\b(?!.*\b(?:what|which)\b)", re.I)


def asking_clauses(question: str) -> list[str]:
    """The question from each word that asks on: "when did cranberry farming start, and where"
    gives it from "when" and from "where"; "the woman who got the flu lost which leg" from
    "which" (asked in place)."""
    starts = [m.end() - len(m.group().split()[-1]) for m in ASKING.finditer(question)]
    if not starts:
        match = IN_PLACE.search(question)
        starts = [match.start()] if match else []
    return [question[i:].lstrip(",;:?!( ") for i in starts] or [question]


def asking_clause(question: str) -> str:
    """The first of `asking_clauses`."""
    return asking_clauses(question)[0]


WANTS_ORDER = ("amount", "number", "date", "person", "place", "name", "expansion")


def question_wants(question: str) -> str:
    """The kind of answer asked for. A yes/no question asks for none ("Did X say Y when Z?").
    Of a question asking two things ("who won and by how much"), the kind a sentence shows
    most plainly: a figure before a date, a date before a name."""
    if is_yes_no(question):
        # "were tickets dearer than the eras tour ones? whats the avg price": what is asked
        # after the yes/no question
        after = re.search(r"[?.!]\s+(?=\S)", question)
        if after is None or is_yes_no(question[after.end() :]):
            return "other"
        question = question[after.end() :]
    kinds = {_clause_wants(clause.lower()) for clause in asking_clauses(question)}
    kind = next((kind for kind in WANTS_ORDER if kind in kinds), "other")
    if kind == "other" and not WH_WORD.search(question) and TERSE_FIGURE.search(question):
        return "amount"  # "nike greater china sales in q1?": typed as a search, for a figure
    return kind


WH_WORD = re.compile(r"\b(?:how|what|whats|which|who|whos|whom|whose|when|where|why)\b", re.I)
TERSE_FIGURE = re.compile(
    r"\b(?:sales|revenue|revenues|price|prices|cost|costs|profit|profits|earnings|salary|"
    r"valuation|budget|fee|fees|fine|worth|income|turnover|market cap|stake)\b",
    re.I,
)


def _clause_wants(q: str) -> str:
    if re.search(r"^how much\b|^what (?:percentage|share|amount|price|sum)\b", q) or (
        q.startswith(("what", "how")) and (ASKS_COST.search(q) or ASKS_FIGURE.search(q))
    ):
        return "amount"
    if re.search(
        r"^how (many|long|far|big|large|old|soon|tall|heavy|fast|often)\b|^what number\b", q
    ):
        return "number"
    if re.search(r"^when\b|^what (date|day|year|month)\b", q):
        return "date"
    if re.search(r"^(?:who|whom)\b", q):
        return "person"
    if re.search(r"^where\b", q):
        return "place"
    if ASKS_NAME.search(q):
        return "name"
    if ASKS_EXPANSION.search(q):
        return "expansion"
    return "other"


# "What does STEVE stand for", "what is CFPB short for": the words a short form stands for.
ASKS_EXPANSION = re.compile(
    r"^what(?:'s|’s|s)?\s+(?:does|do|did|is|was)?\s*(?:the\s+)?(?:acronym\s+|abbreviation\s+)?"
    r"([\w.&-]+)\s+(?:stand|stands|short)\s+for\b",
    re.I,
)


# "What does a season ticket cost", "what's the average yearly value of the deal": an amount
# asked for without "how much".
ASKS_COST = re.compile(r"\bcost(?:s|ed)?\b")
ASKS_FIGURE = re.compile(
    r"^what(?:'s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:value|price|cost|revenue|salary|fee|fine|valuation|budget|worth|profit|income|"
    r"earnings|rate)\b"
)
# "Which VC led the round", "what site ran it": the answer is a name, said in the sentence.
ASKS_NAME = re.compile(
    r"^(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:company|companies|firm|vc|investor|investors|outlet|"
    r"site|publication|newspaper|team|club|group|organi[sz]ation|agency|brand|bank|fund|city|"
    r"app|platform|startup|player|coach|band|studio|network|channel|individual|person|"
    r"executive|founder|athlete|celebrity|figure|entity)\b"
)


def with_markers(sentence: str, markers: str) -> str:
    """Put markers before the sentence's closing punctuation (after a closing quote); a line
    with none (a heading, a list item) gets a full stop, so the next sentence starts anew."""
    match = re.search(r"([.!?…]+)([\"'”’)]*)\s*$", sentence)
    if match and not match.group(2):
        return sentence[: match.start()] + f" {markers}" + match.group(1)
    return f"{sentence.rstrip()} {markers}" + ("" if match else ".")


def quoted_whole(text: str) -> list[list[str]]:
    """The text's sentences, a quotation that runs over several kept together: a quote cut in
    half ("This will not affect prices. However, it would restrain them," he said.) misquotes."""
    out: list[list[str]] = []
    group: list[str] = []
    for span in split_sentences(text):
        sentence = text[span.start : span.end].strip()
        if group and len(" ".join([*group, sentence]).split()) > 80:
            out.append(group)  # an unclosed quote: no sentence is lost for it
            group = []
        group.append(sentence)
        if not _opens_quote(" ".join(group)):
            out.append(group)
            group = []
    if group:
        out.append(group)
    return out


def _opens_quote(text: str) -> bool:
    """Whether a quotation opened in the text is still open at its end."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


# A sentence quoted as an answer must state something: not ask ("Who will pay?"), not shout
# ("BREAKING: PRICES SOAR"), and not be a headline or caption fragment left in the text.
CAPTION = re.compile(
    r"^(?:photo|image|picture|caption|file photo|credit)s?\b|/\s*photo\b|"
    r"\bin this (?:\w+ )?(?:photo|picture|image|sketch|illustration|handout)\b",
    re.I,
)


def is_statement(sentence: str) -> bool:
    """Whether a sentence can stand as an answer (see CAPTION's comment)."""
    text = sentence.strip()
    if text.endswith("?") or text.rstrip("\"'”’)").endswith("?") or CAPTION.search(text):
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return False
    if not re.search(r"[.!…:;\"'”’)]$", text):  # no closing punctuation: a heading?
        tokens = [w for w in text.split() if w[:1].isalpha()]
        capitalised = sum(w[0].isupper() for w in tokens)
        if tokens and capitalised >= 0.6 * len(tokens):
            return False
    return True


YES_NO = re.compile(
    r"^\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|may|might)\b",
    re.I,
)


NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|denied|denies|deny|refused|rejected|declined|without)\b|"
    r"n't\b",
    re.I,
)


def is_yes_no(question: str) -> bool:
    """A question answered by yes or no ("Did AnewZ report it too?")."""
    return bool(YES_NO.match(question))


# A sentence that says the thing asked about did not happen, or has not yet: "broke off its $1.3
# billion deal", "the appeal will be heard before the end of the season". Asked what came of it
# ("how much did it end up paying"), it is no answer, but what the articles say instead.
UNSETTLED = re.compile(
    r"\b(?:broke off|break off|called off|scrapped|abandon(?:ed|s)?|cancell?ed|terminated|"
    r"walked away|pulled out|fell through|collapsed|has yet to|have yet to|had yet to|not yet|"
    r"yet to be|will be (?:heard|decided|announced|determined|known|revealed|settled)|"
    r"pending|postponed|on hold|delayed)\b",
    re.I,
)
# A sentence that says the detail was kept back: "terms were not disclosed".
NOT_GIVEN = re.compile(
    r"\b(?:undisclosed|(?:was|were|is|are|been) not (?:disclosed|revealed|made public|released)|"
    r"declined to (?:say|disclose|comment|reveal)|did not (?:disclose|reveal|say))\b",
    re.I,
)
ASKS_DONE = re.compile(r"\b(?:did|was|were|had|has|have|ended up|end up)\b", re.I)


def asks_what_came_of_it(question: str) -> bool:
    """Whether a question asks what happened, in the past: "how much did it end up paying"."""
    return not is_yes_no(question) and bool(ASKS_DONE.search(asking_clause(question)))

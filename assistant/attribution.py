"""Whom a question takes its claim from: "according to bloomberg", "what did reuters say about",
"cnn's take on", "did the washington post cover".

Typed in lower case, such a name is told by the attribution around it, not by its capitals. An
answer to "what did Reuters say about the firing" must be Reuters' account: a sentence that
cites Reuters, or a Reuters article. Other articles on the firing say something else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.sentences import cased_names
from index.dates import MONTHS, WEEKDAYS
from index.terms import STOPWORDS, family, fold_accents

# A word of a name: no possessive "'s" inside ("the fed's projections" cites the Fed).
_WORD = r"[a-z0-9](?:[\w&.-]|['’](?!s\b))*"
_NAME = r"((?:" + _WORD + r"\s+){0,2}?" + _WORD + r")"
_GREEDY_NAME = r"((?:" + _WORD + r"\s+){0,2}" + _WORD + r")"
# ("cover" only as "covered": "does insurance cover ozempic" cites nobody)
_SAYING = (
    r"(?:say|said|says|write|wrote|writes|written|report|reported|reports|publish|published|"
    r"covered|claim|claimed|claims|tweet|tweeted|think|thinks|thought|describe|described|"
    r"describes|portray|portrayed|portrays|characteri[sz]e|characteri[sz]ed)"
)
_FILED = (
    r"article|piece|story|report|reporting|coverage|review|analysis|op-ed|column|editorial|"
    r"write-?up|interview|podcast"
)
_PIECE = r"(?:take|angle|spin|verdict|" + _FILED + r"|list)"
# What a source files, after its name with no "'s": "a reuters report", "the ft piece".
_WRITTEN = r"(?:" + _FILED + r"|feature|profile|investigation|exclusive|scoop|headline)\b"
_NAME_END = r"(?=\s*(?:[,?!:;]|$|[-–—])|\s+(?:how|what|who|when|where|why|which|did|does|is|was)\b)"
_BREAK = r"(?:\s*:|\s+[-–—]\s)"  # a colon or a dash between words, not "post-match"
# Whose the name is, left out of it: "rivian's" in "what did rivian's rj scaringe say".
_OWNER = r"(?:[a-z0-9][\w&.-]*['’]s\s+)?"
_AFTER_SPACE = r"(?:^|(?<=\s))(?:the\s+)?"
ATTRIBUTIONS = [
    re.compile(r"\baccording to\s+(?:the\s+)?" + _NAME + r"(?:['’]s\b[^,?]*?)?" + _NAME_END, re.I),
    # "… on thanksgiving in 2019 per adobe", "per the ft, …"; not "per game" (see `RATES`)
    re.compile(r"(?:^|[,;]\s*|\s)per\s+(?:the\s+)?" + _NAME + r"(?=\s*(?:[,?!.]|$))", re.I),
    # "did the washington post cover the trial" (not "does insurance cover it")
    re.compile(r"\b(?:did|has|have|had)\s+(?:the\s+)?" + _GREEDY_NAME + r"\s+cover(?:ed)?\b", re.I),
    # "hows bloomberg covering the offer", "how is the ft reporting it"
    re.compile(
        r"\bhow(?:'s|’s|s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+)?"
        + _GREEDY_NAME
        + r"\s+(?:covering|reporting)\b",
        re.I,
    ),
    # "what did reuters say about", "has cnn reported"
    re.compile(
        r"\b(?:did|does|do|has|have|had)\s+(?:the\s+)?"
        + _OWNER
        + _GREEDY_NAME
        + r"\s+"
        + _SAYING
        + r"\b",
        re.I,
    ),
    # "cnn's take on", "the guardian's review", "what's elon musk's take"
    re.compile(_AFTER_SPACE + _NAME + r"['’]s\s+" + _PIECE + r"\b", re.I),
    # "fortune said who broke the news", "the sec says …"
    re.compile(r"^(?:the\s+)?" + _GREEDY_NAME + r"\s+" + _SAYING + r"\b", re.I),
    # "cnbc on the sbf trial - which prosecutor …"
    re.compile(r"^(?:the\s+)?" + _NAME + r"\s+on\s+[^?]*?\s[-–—:]\s", re.I),
    # "in a straits times piece on ai, …", "from a reuters report", "according to a der spiegel
    # report", "there was a bloomberg story about …"; "a nikkei report said …"
    re.compile(
        # (a piece: "in the openai story" is one on OpenAI as often as one of its own)
        r"\b(?:(?:in|from|there\s+(?:was|is))\s+(?:a|an)|according\s+to\s+(?:a|an|the))\s+"
        + _NAME
        + r"\s+"
        + _WRITTEN,
        re.I,
    ),
    re.compile(
        r"(?:^|[,;:]\s*|\s)(?:a|an|the)\s+" + _NAME + r"\s+" + _WRITTEN + r"\s+" + _SAYING, re.I
    ),
    # "saw in der spiegel that …", "heard on cnn that …", "was it in the wsj that …"
    re.compile(
        r"\b(?:read|saw|seen|heard|was\s+it|is\s+it)\s+(?:it\s+)?(?:in|on)\s+(?:the\s+)?"
        + _NAME
        + r"(?=\s+that\b|\s*:)",
        re.I,
    ),
    # "bloomberg had a story on the strike", "the ft ran a piece about it"
    re.compile(
        r"(?:^|[,;:]\s*|\s)(?:the\s+)?"
        + _NAME
        + r"\s+(?:had|ran|published|carried|did)\s+(?:a|an)\s+(?:\w+\s+)?"
        + _WRITTEN
        + r"\s+(?:on|about|with|of)\b",
        re.I,
    ),
    # "so spiegel says …", "der spiegel interviewed becker - …", "nyt story: how many …",
    # "from the straits times: …"
    re.compile(
        r"^(?:so|and|apparently|ok|okay|hey|btw|also|but)\s+(?:the\s+)?"
        + _GREEDY_NAME
        + r"\s+"
        + _SAYING
        + r"\b",
        re.I,
    ),
    re.compile(r"^(?:the\s+)?" + _GREEDY_NAME + r"\s+interview(?:ed|s)\b", re.I),
    re.compile(r"^(?:the\s+)?" + _NAME + r"\s+" + _WRITTEN + _BREAK, re.I),
    re.compile(r"^(?:from|via)\s+(?:the\s+)?" + _NAME + _BREAK, re.I),
]
# Question words typed run together with their verb: "whats", "hows".
ASKING_RUN_IN = frozenset(
    ("whats", "what's", "what’s", "hows", "how's", "how’s", "wheres", "where's", "whos", "who's",
     "whens", "whys", "wat", "wats", "wot")
)  # fmt: skip
# What names nobody: "what did he say", "did they report".
PRONOUNS = frozenset(
    ("he", "she", "it", "they", "we", "you", "i", "him", "her", "them", "this", "that", "these",
     "those", "anyone", "anybody", "someone", "somebody", "everyone", "people", "one", "who")
)  # fmt: skip

# What a source writes or files, named after it: "the sbf indictment", "the athletic piece" (the
# pieces an outlet runs are `cited.PIECE_WORDS`, which keep the outlet's name whole).
DOCUMENTS = frozenset(
    ("piece", "article", "story", "report", "suit", "lawsuit", "indictment", "filing", "complaint",
     "earnings", "results", "figures", "q1", "q2", "q3", "q4", "quarter", "quarterly", "annual",
     "study", "survey", "poll", "ruling", "memo", "letter", "column", "op-ed", "analysis",
     "interview", "podcast", "preview", "recap", "writeup", "write-up", "breakdown", "documents",
     "docs", "data", "tracker", "explainer", "guide", "list", "review", "roundup")
)  # fmt: skip
# Verbs and scores that tell what happened, in no name of a source.
TOLD_VERBS = frozenset(
    ("won", "lost", "beat", "drew", "fell", "rose", "got", "went", "came", "took", "gave",
     "sold", "bought", "paid", "hit", "ran", "led", "left", "kept", "made", "scored", "signed",
     "fired", "quit", "died", "crashed", "launched", "announced", "released")
)  # fmt: skip
# What tells which piece, not whose: "the earnings report", "a new report", "the post-match
# interview"; and what a reader did, "heard on cnn that …".
DESCRIBING = frozenset(
    ("new", "recent", "latest", "final", "annual", "quarterly", "monthly", "weekly", "earnings",
     "jobs", "company", "original", "official", "first", "last", "previous", "initial", "full",
     "short", "long", "same", "other", "whole", "entire", "internal", "leaked", "draft",
     "preliminary", "special", "big", "main", "interim", "exclusive", "post-match", "pre-match",
     "post-game", "postgame", "pre-game", "pregame", "post-race", "tv", "radio", "video", "online",
     "heard", "saw", "seen", "read", "watched", "noticed", "q1", "q2", "q3", "q4", "quarter",
     "quarterly", "second", "third", "fourth", "fiscal", "half-year", "year-end", "locker",
     "street", "paper", "papers", "news", "broadcast", "press", "media", "social", "black",
     "cyber", "christmas", "thanksgiving", "holiday", "today", "tonight", "yesterday", "tomorrow",
     "weekend", "morning", "evening", "night")
) | frozenset(MONTHS) | WEEKDAYS  # fmt: skip
SCORE = re.compile(r"\d+[-–]\d+")
AGAINST = frozenset(("vs", "v", "versus"))  # "cinerama's screen vs the sphere's view"
FOREIGN_ARTICLES = frozenset(("le", "el", "il", "al"))  # "Le Monde", not "LE Monde"
JOINING_WORDS = frozenset(("of", "and", "&", "for", "de"))  # inside a name
# What "per" divides by: "points per game", "$4 per share".
RATES = frozenset(
    ("game", "games", "match", "season", "year", "annum", "month", "week", "day", "hour", "minute",
     "second", "share", "cent", "capita", "person", "head", "unit", "mile", "kilometre", "km",
     "gallon", "litre", "liter", "kg", "kilo", "pound", "ton", "tonne", "barrel", "night",
     "ticket", "seat", "user", "subscriber", "household", "customer", "employee", "order")
)  # fmt: skip


def cited_sources(question: str) -> list[str]:
    """The names a question attributes its claim to, as typed: "bloomberg" in "according to
    bloomberg, how much did ftx customers lose", "reuters" in "what did reuters say about it"."""
    found: dict[str, None] = {}
    question = question.strip()
    for pattern in ATTRIBUTIONS:
        # (tried from each word, past a name found: "what ign's review" is read from "ign" when
        # "what ign" names nobody; "times of india's take" is not read again from "india")
        at = 0
        while (match := pattern.search(question, at)) is not None:
            # (past the name, or on from the next word when it names nobody)
            after = re.search(r"\s\S", question[match.start() + 1 :])
            at = match.start() + 2 + after.start() if after else len(question)
            name = re.sub(r"^the\s+", "", match.group(1).strip(" .,'’"), flags=re.I)
            # (a word that asks, run in before the name: "whats ign's review")
            typed = name.split()
            while typed and typed[0].lower() in ASKING_RUN_IN:
                typed = typed[1:]
            name = " ".join(typed)
            words = without_document(name).lower().split()
            # (a joining word inside a name is part of it: "times of india's take")
            inner = [w for w in words[1:-1] if w not in JOINING_WORDS]
            if (
                not words
                or any(
                    w in STOPWORDS or w in PRONOUNS or w in RATES or w in AGAINST
                    for w in [words[0], *inner, words[-1]]
                )
                or all(w in DESCRIBING or w in STOPWORDS for w in words)
                or words[0] in DESCRIBING - {"new"}  # ("new york times" is a name)
                or words[0].isdigit()  # (a year or a count: "in 2023: …")
                # (a clause told, no name: "bears won 12-10 on mnf - who kicked it")
                or any(w in TOLD_VERBS or SCORE.fullmatch(w) for w in words)
            ):
                continue
            found.setdefault(name, None)
            at = max(at, match.end())
    return list(found)


def without_document(name: str) -> str:
    """A cited name without the document its source wrote: "the sbf indictment", "the athletic
    piece", "the ny ag suit" are SBF's, The Athletic's, the NY AG's."""
    typed = name.split()
    while typed and typed[-1].lower() in DOCUMENTS:
        typed = typed[:-1]
    return " ".join(typed)


INITIALS_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|&|for|the)\s+)*[A-Z][\w'’-]*)+")
WORDS = re.compile(r"[A-Za-z0-9]+")


# A photo credit names an agency, not a source of what the article says: "Carlos Jasso |
# Bloomberg | Getty Images", "(Photo by Mario Tama/Getty Images)", "Photo: AP Archive".
CREDIT = re.compile(
    r"[^\n.|]*\|[^\n|]*\|\s*(?:Getty Images|Shutterstock)|"
    r"[^\s(]+(?:\s[^\s(]+){0,3}\s+(?:via|for)\s+Getty Images|"
    r"\b(?:photo|credit|image|picture)s?\s*(?:by\b|:)[^\n)]{0,80}|[\w.-]+/Getty Images",
    re.I,
)


def cites(text: str, source: str) -> bool:
    """Whether a text names a source: its words in any form, or the last of them ("Musk said"
    for "elon musk", "Republican lawmakers" for "republicans"), the word a short form opens
    ("the Federal Reserve" for "fed") or its initials ("the Securities and Exchange Commission"
    for "sec")."""
    text = fold_accents(CREDIT.sub(" ", text))  # ("mekic" is Danny Mekić)
    source = fold_accents(source)
    written = WORDS.findall(text)
    run = [family(w.lower()) for w in written]
    wanted = [family(w) for w in WORDS.findall(source.lower())]
    # (another form of a name is written as one: "Republican lawmakers" for "republicans", not
    # "politics" for "politico")
    typed = source.lower()
    if len(wanted) == 1 and any(
        f == wanted[0] and (w[0].isupper() or w.lower() == typed)
        for f, w in zip(run, written, strict=True)
    ):
        return True
    # (a name of several words as one run of them: "Times of India", not "times", "of" and
    # "India" anywhere)
    if len(wanted) > 1 and any(run[i : i + len(wanted)] == wanted for i in range(len(run))):
        return True
    # (a person by the last name; not a body by its last word: "India" is no "times of india")
    joined = set(source.lower().split()) & JOINING_WORDS
    if len(wanted) > 1 and not joined and _last_word_alone(text, wanted[-1]):
        return True
    if len(wanted) != 1:
        return False
    short = source.replace(".", "").lower()
    # (the first word of a name of several: "Federal Reserve"; not "Ignoring the …" for "ign")
    opened = r"\b" + re.escape(short.capitalize()) + r"[a-z]+\s+(?:of\s+)?[A-Z]"
    if len(short) >= 3 and re.search(opened, text):
        return True
    return any(
        "".join(w[0] for w in run.split() if w[0].isupper() and w != "The").lower() == short
        for run in INITIALS_RUN.findall(text)
    )


TITLES = frozenset(("mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady"))


def _last_word_alone(text: str, last: str) -> bool:
    """Whether the text says a name by its last word, capitalised and on its own ("Musk said"
    for "elon musk"), not as the end of another name ("TNT Sports" is no "bbc sport")."""
    for match in WORDS.finditer(text):
        token = match.group()
        if not token[0].isupper() or family(token.lower()) != last:
            continue
        before = re.search(r"([A-Za-z0-9]+)([^A-Za-z0-9]*)$", text[: match.start()])
        if (
            before is None
            or not before.group(1)[0].isupper()
            or before.group(1).lower() in TITLES
            or re.search(r"[.!?:;\n]", before.group(2))  # it opens a sentence
        ):
            return True
    return False


def written_as_name(source: str, texts: Sequence[str]) -> bool:
    """Whether the texts write a source as a name: with a capital inside a sentence ("said the
    Fed"), or only ever with one; or never mention it at all. A word they write in lower case
    ("insurance", "the latest data", "experts") names nobody the question quotes."""
    lower = False
    for text in texts:
        for word in WORDS.findall(source):
            for match in re.finditer(r"\b" + re.escape(word) + r"\b", text, re.I):
                if not match.group()[0].isupper():
                    lower = True
                elif match.start() > 1 and text[match.start() - 2] not in ".!?\n":
                    return True
    return not lower and bool(WORDS.findall(source))


def display_name(source: str, texts: Sequence[str] = ()) -> str:
    """A source typed in lower case, as the texts write it (`cased_names`: "Reuters", "Fed"),
    or else in capitals: "CNN", "Washington Post", "RJ Scaringe"."""
    if source != source.lower():
        return source
    written = cased_names(source, texts)
    words = source.split()
    if len(words) == 1 and len(source) <= 3:
        return written.get(source, source.upper())
    # ("bbc sport": a short word with no vowel is initials, "BBC")
    return " ".join(
        w
        if 0 < i < len(words) - 1 and w in JOINING_WORDS  # "Times of India"
        else written.get(
            w,
            w.upper()
            if (len(w) <= 2 and w not in FOREIGN_ARTICLES) or not re.search("[aeiouy]", w)
            else w.capitalize(),
        )
        for i, w in enumerate(words)
    )


def as_typed(shown: str, typed: str) -> str:
    """A cited source as the question typed it, where reading it respelt the name as one the
    articles hold ("Nikkei", not "Nikki", for "a nikkei report said …")."""
    if not shown or re.search(r"(?<!\w)" + re.escape(shown) + r"(?!\w)", typed, re.I):
        return shown
    length = len(shown.split())
    unread = [
        name
        for name in map(without_document, cited_sources(typed))
        if len(name.split()) == length and name.lower() != shown.lower()
    ]
    return display_name(unread[0]) if len(unread) == 1 else shown

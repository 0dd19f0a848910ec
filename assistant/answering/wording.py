"""How people type: abbreviations, typos, accents, spellings either side of the Atlantic, and
which words are ordinary English.

A question typed in a hurry ("whats the avg price", "novmber", "beyonce") must be read as meant,
and a word no article holds must be told apart from a slip: "vinted" names something the
articles never mention, "acording" is a typo of a word they hold.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

# Chat asides that ask nothing, and words for a kind of piece: ordinary words, no name the
# articles must hold. (Kept in the question: a store may hold one as a name, "SMH" for the
# Sydney Morning Herald.)
CHAT_ASIDES = frozenset({
    "idk", "tbh", "imo", "imho", "btw", "omg", "lol", "lmao", "smh", "fwiw", "iirc", "afaik",
    "ngl", "dunno", "lemme", "pls", "plz", "bruh", "lowkey", "highkey", "tldr", "fr", "rly",
    "srsly", "tho", "haha", "hahaha", "lmk",
})  # fmt: skip
ASIDES = CHAT_ASIDES | frozenset({
    # … and words for a kind of piece, which name nothing the articles must hold
    "longread", "longreads", "writeup", "explainer", "liveblog", "listicle", "roundup", "recap",
    "newsletter", "oped", "piece", "article", "story", "report", "column",
    # (and the outlets that run them: "and the other outlet?"; what they say is the metadata)
    "outlet", "outlets",
    "stuff",  # ("all that stuff abt american partners")
})  # fmt: skip
# Chat and newsroom shorthand, mapped to the words an article would use.
ABBREVIATIONS = {
    "ppl": "people",
    "avg": "average",
    "whats": "what",
    "wats": "what",
    "gonna": "going to",  # (chat forms of a verb: "is it gonna rain")
    "wanna": "want to",
    "gotta": "got to",
    "wat": "what",
    "wud": "would",
    "shud": "should",
    "cud": "could",
    "hows": "how",
    "whos": "who",
    "wheres": "where",
    "govt": "government",
    "gov": "government",
    "yr": "year",
    "yrs": "years",
    "wk": "week",
    "wks": "weeks",
    "pct": "percent",
    "approx": "approximately",
    "mln": "million",
    "bn": "billion",
    "bil": "billion",
    "bln": "billion",
    "mil": "million",
    "info": "information",
    "tho": "though",
    "bc": "because",
    "abt": "about",
    "xmas": "christmas",
    "pts": "points",
    "yds": "yards",
    "mins": "minutes",
    "hrs": "hours",
    "hr": "hour",
    "mths": "months",
    "qtr": "quarter",
    "bday": "birthday",
    "tmrw": "tomorrow",
    "dept": "department",
    "intl": "international",
    "utd": "united",
    "q1": "first quarter",
    "q2": "second quarter",
    "q3": "third quarter",
    "q4": "fourth quarter",
    "cuz": "because",
    "coz": "because",
    "rly": "really",
    "tmr": "tomorrow",
    "yday": "yesterday",
    "tonite": "tonight",
    "thru": "through",
    "vids": "videos",
    "pics": "pictures",
    "prez": "president",
    "pms": "prime ministers",  # (not "pm", a time of day too)
    "mgr": "manager",
    "repub": "republican",
    "repubs": "republicans",
    "btc": "bitcoin",
    "probs": "probably",
    "pro": "professional",
    "n": "and",
    "w": "with",
    "u": "you",
    "r": "are",
    "ur": "your",
    "b4": "before",
    "prof": "professor",
    "org": "organization",
    "orgs": "organizations",
    "profs": "professors",
    "uni": "university",
    "mgmt": "management",
    "exec": "executive",
    "execs": "executives",
    "tix": "tickets",
    "chem": "chemistry",
    "incl": "including",
    "excl": "excluding",
    "td": "touchdown",
    "tds": "touchdowns",
    "qb": "quarterback",
    "qbs": "quarterbacks",
    "cb": "cornerback",
    "wr": "wide receiver",
    "rb": "running back",
    "lb": "linebacker",
    "mkt": "market",
    "smth": "something",
    "sth": "something",
    "mkts": "markets",
    "repping": "representing",
    # (teams by the names their fans type: "the niners" are the 49ers)
    "niners": "49ers",
    "sixers": "76ers",
    "bucs": "buccaneers",
    "habs": "canadiens",
    "ru": "russia",
}
# "which tech co is first": a company (typed in lower case, not "Co." of a firm's name)
COMPANY = re.compile(r"(?<=[a-z] )co\b(?![.'’-])")
# "cos" is "because" before a clause ("cos it rained"), companies after a word that says whose
# ("russian cos", "the big tech cos").
COMPANIES = re.compile(
    r"(?<=[a-z] )cos\b(?!['’]|\s+(?:i|it|he|she|they|we|you|the|of|there|this|that|my|his|her|"
    r"their|its|our|your|a|an)\b)",
    re.I,
)
# "acc to the avison young guy", "acc. to reuters": according to (not the ACC, a conference).
ACCORDING = re.compile(r"\bacc(?:\.|ording)?\s+to\b|\bacc\s*2\b|\baccdg\s+to\b")
# Everyday words and the ones articles write for them. Used only for a word no article holds:
# "dad" stays "dad" in a store that writes it.
INFORMAL = {
    "dad": "father", "mum": "mother", "mom": "mother", "stepdad": "stepfather",
    "stepmom": "stepmother", "stepmum": "stepmother", "grandma": "grandmother",
    "granny": "grandmother", "grandpa": "grandfather", "grandad": "grandfather",
    "hubby": "husband", "bro": "brother", "sis": "sister", "kid": "child", "kids": "children",
    "kiddo": "child", "telly": "television", "footy": "football",
    "cop": "police officer", "cops": "police", "flick": "film", "biz": "business",
    "fave": "favourite", "fav": "favourite", "convo": "conversation", "comms": "communications",
    "doc": "documentary", "docu": "documentary", "mic": "microphone", "ref": "referee",
    "refs": "referees", "champ": "champion", "champs": "champions", "vet": "veteran",
}  # fmt: skip
LETTERS = "abcdefghijklmnopqrstuvwxyz"


# Shorthand that is an acronym too when typed in capitals: "6 hr", but "HR"; "bc", but "BC".
ACRONYMS_TOO = frozenset(("hr", "bc"))


def expand_abbreviations(text: str) -> str:
    """The text with shorthand spelt out ("avg price" -> "average price"), and without the
    fillers that say how much rather than what ("no matter what", "a little bit")."""
    text = FILLERS.sub("", COMPANY.sub("company", COMPANIES.sub("companies", text)))
    text = ACCORDING.sub("according to", text)
    text = CHANNEL_SUBS.sub(r"\1\2subscribers", text)
    text = WAGE_ON.sub(r"\1paid\2", text)
    text = WAGE_ON_ALONE.sub(r"\1paid", text)
    # "whats his agency's rule": "what is his agency's rule" (a possessive after "what" asks
    # what a thing of someone's is, no name)
    text = WHATS_HIS.sub(r"\1 is \2", text)
    # (… and "whats eylon levy paid": what he is paid)
    text = WHATS_PAID.sub(r"\1 is ", text)
    text = MANAGING_DIRECTOR.sub(_managing_director, text)
    return re.sub(
        # (a possessive is kept: "the govt's rules"; not a part of a joined word or of initials:
        # "pro-choice", "N.Y.")
        r"(?<![\w'’.-])(" + "|".join(map(re.escape, ABBREVIATIONS)) + r")"
        r"(?=['’]s\b|(?![\w'’-]|\.\w))",
        _spelt_out,
        text,
        flags=re.I,
    )


# "a goldman sachs MD": its managing director, a title after a firm's name (not Maryland after a
# city, "baltimore, md", nor a doctor's letters, "john smith, m.d.")
MANAGING_DIRECTOR = re.compile(
    r"\b((?:a|an|the|its|their|his|her|as|former|new|deputy|senior)\s+(?:[\w’'&.-]+\s+){0,3}?)"
    r"md\b(?![.\w])",
    re.I,
)


def _managing_director(match: re.Match[str]) -> str:
    before = re.sub(
        r"\b(an)(\s+)$", lambda m: m.group(1)[0] + m.group(2), match.group(1), flags=re.I
    )
    return f"{before}managing director"


# What someone is "on" by the week or year is their wage: "whats palmer on per week" (not "what
# did he say on a day like this").
WAGE_ON = re.compile(
    r"((?:^|[,;:.?!–—-]\s*)(?:what(?:['’]?s)?|how\s+much)\b[^?.,;]*?\s)on(\s+(?:a|per)\s+(?:week|wk|month|"
    r"year|yr|season)\b)(?!\s+(?:like|off|when|of)\b)",
    re.I,
)
# … or, asked of someone with nothing after it: "how much is he on?"
WAGE_ON_ALONE = re.compile(
    r"(\bhow\s+much\s+(?:is|was|are|were)\s+(?:he|she|they)\s+)on(?=\s*[?.!]*\s*$)", re.I
)
# "subs" of a channel or a feed are its subscribers ("how many youtube subs did she have"); of
# a football side, its substitutes.
CHANNEL_SUBS = re.compile(
    r"\b(youtube|yt|twitch|tiktok|insta|instagram|channel|substack|newsletter|patreon|onlyfans|"
    r"kick|x|twitter|spotify|podcast)((?:['’]s)?\s+)subs\b",
    re.I,
)
WHATS_HIS = re.compile(r"\b(what)[’']?s\s+(his|her|their|its|my|your|our)\b", re.I)
WHATS_PAID = re.compile(r"\b(what)[’']?s\s+(?=(?:[\w'’-]+\s+){1,4}?paid\b)", re.I)


# Fillers no article would write, which the answer need not hold: "does ru plan to ship it no
# matter what?", "only meant to nudge output up a little bit".
FILLERS = re.compile(
    r"\s*\b(?:no\s+matter\s+what|(?:just\s+)?a\s+(?:little\s+|tiny\s+|wee\s+)?bit|"
    r"(?:and|or)\s+(?:stuff|whatever)(?:\s+like\s+that)?)\b(?=\s*(?:[?.!,]|$))",
    re.I,
)


# A year typed by its last two digits: "the '87 semi", "and the 87 one?", "back in 93". After an
# apostrophe always; bare only after a word that places it and before a word for an event or
# the question's end (not "the 87 goals").
SHORT_YEAR = re.compile(
    r"(?<![\w$£€.,'’-])['’](\d{2})\b(?!['’]|\s*(?:%|percent|pct|per\s*cent))"
    r"|\b((?:the|in|of|since|from|until|till|by)\s+)(\d{2})(?=\s+(?:one|edition|final|finals|"
    r"semi|semis|semi-final|semifinal|season|campaign|tournament|world\s+cup|trip|squad|team|"
    r"election|draft|series|class|olympics|games|cup|vintage|game|match|clash|race|fight|"
    r"meeting)\b|\s*[?.!]*\s*$)",
    re.I,
)
CENTURY_TURN = 30  # "'29" is 2029, "'87" 1987: the news of the last century and this one


def full_years(text: str) -> str:
    """The text with years typed by their last two digits written in full."""

    def full(match: re.Match[str]) -> str:
        digits = match.group(1) or match.group(3)
        return f"{match.group(2) or ''}{'19' if int(digits) >= CENTURY_TURN else '20'}{digits}"

    return SHORT_YEAR.sub(full, text)


def _spelt_out(match: re.Match[str]) -> str:
    word = match.group()
    if len(word) == 1 and word.isupper():  # "N", "W", "U": a letter, not "and", "with"
        return word
    if word.isupper() and word.lower() in ACRONYMS_TOO:  # "HR" is human resources
        return word
    before = re.search(r"([\w+]+)\s+$", match.string[: match.start()])
    if word.lower() in MODEL_WORDS and before and before.group(1).lower() not in NOT_A_MODEL:
        return word  # a model's name: "vision pro", "iphone 15 pro"; not "a pro", "turned pro"
    return ABBREVIATIONS[word.lower()]


MODEL_WORDS = frozenset(("pro",))  # shorthand that ends a product's name after another word
# … unless that word is no name's: "a pro", "turned pro", "how many pro players".
NOT_A_MODEL = frozenset(
    ("a", "an", "the", "go", "goes", "went", "gone", "going", "turn", "turns", "turned",
     "turning", "is", "are", "was", "were", "be", "been", "being", "as", "many", "most", "more",
     "some", "any", "all", "other", "former", "top", "his", "her", "their", "of", "for", "and",
     "or", "to", "in", "on", "at", "with", "by", "from", "like", "fellow", "no", "how", "what",
     "which", "who", "whats", "first", "young", "female", "male", "women", "men", "golf",
     "tennis", "nfl", "nba", "pga", "mlb", "nhl", "football", "soccer", "basketball",
     "baseball", "hockey", "boxing", "poker", "esports", "surfing", "cycling", "darts", "snooker",
     "bowling", "rugby", "cricket", "wrestling")
)  # fmt: skip


def typo_neighbours(word: str) -> set[str]:
    """Every spelling one edit away (a letter dropped, added, changed or two swapped)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    inserts = {a + c + b for a, b in splits for c in LETTERS}
    return (deletes | swaps | changes | inserts) - {word}


def common_slips(word: str) -> set[str]:
    """The slips that make a word's commonest misspellings, which seldom turn one real word
    into another: a doubled letter typed once or twice ("efects", "tommorrow"), two neighbours
    swapped ("teh")."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    doubled = {a + b[0] + b for a, b in splits if b}
    undoubled = {a + b[1:] for a, b in splits if len(b) > 1 and a[-1:] == b[0]}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    return (doubled | undoubled | swaps) - {word}


def is_typo_of_known(word: str, known: Callable[[str], bool]) -> bool:
    """Whether a word of five letters or more is one slip away from a word `known` accepts."""
    return len(word) >= 5 and any(known(other) for other in typo_neighbours(word))


@cache
def common_words(tokenizer_path: str | Path) -> frozenset[str]:
    """Ordinary English words: the whole-word entries of the bundled encoder's vocabulary
    (WordPiece, built from general English text). A word outside it ("vinted", "carlsen",
    "albertsons") is a name or a rare term: a specific the articles must hold."""
    data = json.loads(Path(tokenizer_path).read_text(encoding="utf-8"))
    vocab = data.get("model", {}).get("vocab", {})
    return frozenset(w for w in vocab if w.isalpha() and not w.startswith("##"))


def initials(words: Sequence[str]) -> str:
    """The first letters of the words, in capitals: "BOE" for "bank of england"."""
    return "".join(w[0] for w in words if w).upper()


# British and American spellings of one word: vapour/vapor, organised/organized, centre/center,
# analyse/analyze, catalogue/catalog (each way round; a spelling no article holds matters not).
SPELLINGS = tuple(
    (re.compile(rf"(?<=\w{{3}}){a}(?={ends}$)"), b)
    for a, b, ends in (
        ("our", "or", "(?:s|ed|ing|ite|ites|able|ful|er|ers)?"),
        ("or", "our", "(?:s|ed|ing|ite|ites|able|ful)?"),
        ("is", "iz", "(?:e|es|ed|ing|ation|ations)"),
        ("iz", "is", "(?:e|es|ed|ing|ation|ations)"),
        ("ys", "yz", "(?:e|es|ed|ing)"),
        ("yz", "ys", "(?:e|es|ed|ing)"),
        ("tre", "ter", "s?"),
        ("ter", "tre", "s?"),
        ("ogue", "og", "s?"),
    )
)


# … and words no ending tells: "aluminium", "aluminum".
SPELT_APART = {
    "aluminium": "aluminum", "sulphur": "sulfur", "programme": "program", "tyre": "tire",
    "kerb": "curb", "plough": "plow", "grey": "gray", "mould": "mold", "pyjamas": "pajamas",
    "cheque": "check", "cosy": "cozy", "sceptic": "skeptic", "sceptical": "skeptical",
}  # fmt: skip
SPELT_APART |= {b: a for a, b in list(SPELT_APART.items()) if b not in ("check", "program")}


def other_spellings(word: str) -> list[str]:
    """The word as the other side of the Atlantic spells it ("vapour", "vapor")."""
    apart = [SPELT_APART[word]] if word in SPELT_APART else []
    return apart + [
        pattern.sub(repl, word, count=1) for pattern, repl in SPELLINGS if pattern.search(word)
    ]


# A name's endings as other transliterations write them: Andonovsky/Andonovski, Zelensky/Zelenskyy.
TRANSLITERATED = (("sky", "ski"), ("ski", "sky"), ("sky", "skyy"), ("skyy", "sky"))


def transliterations(word: str) -> list[str]:
    """A name's other transliterations ("andonovski" for "andonovsky")."""
    return [word[: -len(a)] + b for a, b in TRANSLITERATED if word.endswith(a) and len(word) > 6]

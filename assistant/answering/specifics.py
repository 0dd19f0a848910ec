"""Whether a text says one of a question's specifics: as typed, in another form, as a number
written out ("6" and "six"), spelt out in full ("rwc" for the Rugby World Cup), or by the name a
nickname shortens ("arnie" for Arnold)."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from assistant.answering.wording import typo_neighbours
from index.terms import country_of, family, fold_accents

NUMBER_WORDS = dict(
    enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]
    )
)  # fmt: skip
WORD_NUMBERS = {word: str(n) for n, word in NUMBER_WORDS.items()}
# A name of capitalised words, with the small words a name keeps inside it ("University of
# California San Diego").
CAPITALISED_RUN = re.compile(  # (a word cut short keeps its stop: "Warner Bros. Discovery")
    r"[A-Z][\w'’-]*(?:\.(?=\s+[A-Z]))?(?:\s+(?:(?:of|and|for|the|de|du|&)\s+)*[A-Z][\w'’-]*"
    r"(?:\.(?=\s+[A-Z]))?)*"
)
MIN_SHORT_FORM = 2
# Bodies named "X of Y" and "Y X" alike: "Department of Justice", "Justice Department".
BODIES = frozenset(
    ("Department", "Ministry", "Office", "Bureau", "Board", "Secretary", "Council", "Court")
)
SHORT_PLURAL = 4  # letters of a short form whose plural no stem joins to it ("vcs", "ceos")
# Countries news names by their initials as often as by their names (by the name's family).
# (One way only: Ukraine is not said by "Kyiv".)
ALSO_CALLED = {
    "americ": ("us", "usa", "united states"),
    "us": ("america", "united states"),
    "usa": ("america", "united states"),
    "britain": ("uk",),
    "british": ("uk",),
    "uk": ("britain", "british", "united kingdom"),
    # … and by their capitals and seats, for their governments: "moscow … a deal with kyiv"
    # ("Washington" as often begins a name, "washington post"; such a name is checked whole)
    "moscow": ("russia", "kremlin"),
    "kremlin": ("russia", "moscow"),
    "washington": ("us", "united states"),
    "kyiv": ("ukraine",),
    "kiev": ("ukraine",),
    "beij": ("china",),
    "brussel": ("eu", "european union"),
    "tehr": ("iran",),
    "pyongyang": ("north korea",),
}
# A pet form: the start of a name and a diminutive ending ("arnie", "spidey", "robbie").
NICKNAME = re.compile(r"(?=[a-z]{4,7}$)([a-z]{3,}?)(?:ie|ey|y)")  # (short, as pet forms are)


def said_in(word: str, said: AbstractSet[str], text: str) -> bool:
    """Whether `text` (whose word families are `said`) says a question's `word`."""
    if family(word) in said:
        return True
    # (a short form's plural, too short for a stem: "VCs" says "vc", "CEO" says "ceos")
    if len(word) <= SHORT_PLURAL and (
        f"{word}s" in said or (word[-1:] == "s" and word[:-1] in said)
    ):
        return True
    if len(word) <= SHORT_PLURAL and word in {w.replace(".", "") for w in said if "." in w}:
        return True  # (initials written with full stops: "the U.K.'s regulator" says "uk")
    if word.isascii() and any(
        family(fold_accents(w)) == family(word) for w in said if not w.isascii()
    ):
        return True  # ("andre onana": "André Onana")
    other_form = country_of(word)  # "Norwegian" said as "Norway"
    if other_form is not None and family(other_form) in said:
        return True
    if also_called_in(word, said, text):  # "the american market": "the US market"
        return True
    other = NUMBER_WORDS.get(int(word)) if word.isdigit() and int(word) <= 20 else None
    other = other or WORD_NUMBERS.get(word)
    if other is not None and family(other) in said:
        return True
    if re.fullmatch(r"\d{2}", word) and ("20" + word in said or "19" + word in said):
        return True  # "since q4 of 22": of 2022
    if len(word) >= SLIP_LENGTH and word.isalpha():
        slips = _slips(word.lower())
        if any(w.lower() in slips for w in re.findall(r"\b[A-Z][a-z]+", text)):
            return True  # "connor stallions": the articles' name "Connor Stalions" (not "scaring")
    return word.isalpha() and (
        spelt_out(word, text) or nickname_in(word, text) or contracted_in(word, text)
    )


def contracts(typed: str, name: str) -> bool:
    """Whether a typed word is a name cut short: its start alone ("linc" for "Lincoln"); or in
    its middle: its start, then some of its letters in order, down to its last ("barca" for
    "Barcelona", "bucs" for "Buccaneers", "dems" for "Democrats"); or its first letter and its
    end ("dbacks" for "Diamondbacks"); or, typed with no vowel, its consonants from first to
    last ("msft" for "Microsoft")."""
    low, name = typed.lower(), name.lower()
    if len(low) < CONTRACTED_LEAST or len(name) < len(low) + CONTRACTED_OFF:
        return False
    if name.startswith(low):
        return True
    if name[0] == low[0] and len(low) > CONTRACTED_LEAST and name.endswith(low[1:]):
        return True
    if not set(low) & VOWELS:  # (its consonants only, first to last: "msft" for "Microsoft")
        return name[0] == low[0] and name[-1] == low[-1] and _letters_of(low, name)
    return name.startswith(low[:3]) and name[-1] == low[-1] and _letters_of(low, name)


VOWELS = frozenset("aeiouy")


def contracted_in(word: str, text: str) -> bool:
    """Whether `text` writes a name the typed word cuts short (`contracts`)."""
    return len(word) >= CONTRACTED_LEAST and any(
        contracts(word, name)
        for name in re.findall(rf"\b{re.escape(word[:1].upper())}[a-z]+", text)
    )


CONTRACTED_LEAST = 4  # letters of a name typed cut short
CONTRACTED_OFF = 3  # … and at least this many left out


SLIP_LENGTH = 8  # a word this long is said by a name a slip of the keys from it


# Places news names by their initials, which a question may type in lower case: "in the uk".
PLACE_INITIALS = frozenset(("uk", "eu", "usa", "uae", "nyc"))


@lru_cache(maxsize=4096)
def _slips(word: str) -> frozenset[str]:
    """The spellings one slip of the keys from a word (`typo_neighbours`), a letter added,
    dropped or changed after its first two; kept, as a question's words are checked against
    many texts."""
    return frozenset(
        w for w in typo_neighbours(word) if w[:2] == word[:2] and sorted(w) != sorted(word)
    )


def also_called_in(word: str, said: AbstractSet[str], text: str) -> bool:
    """Whether `text` (whose word families are `said`) names the country a word names by
    another of its names (`ALSO_CALLED`)."""
    return any(
        (" " in called and called in text.lower()) or family(called) in said
        for called in ALSO_CALLED.get(family(word), ())
    )


def said_as_name(word: str, said: AbstractSet[str], text: str) -> bool:
    """`said_in`, for a name: a word of its family counts only when the text writes it as a
    name (with a capital) or as typed. "Canva" is not said by "canvas", "Scaringe" not by
    "scaring"; "Europe" is by "European"."""
    if family(word) not in said or not word.isalpha():
        return said_in(word, said, text)
    root = family(word)
    # (without full stops: "U.S." writes "us"; each part of a joined word is one)
    for token in re.findall(rf"\b{re.escape(word[:3])}[\w'’]*", text.replace(".", ""), re.I):
        bare = token.removesuffix("'s").removesuffix("’s")
        if (bare[:1].isupper() or bare.lower() == word) and family(bare.lower()) == root:
            return True
    return said_in(word, said - {root}, text)


def nickname_in(word: str, text: str) -> bool:
    """Whether `text` writes a name that a nickname shortens: "Arnold" for "arnie", "Spider-Man"
    for "spidey", "Philadelphia" for "philly". (Only with a capital: the name, not a word that
    starts the same.)"""
    match = NICKNAME.fullmatch(word.lower())
    if not match:
        return False
    stem = match.group(1)
    if len(stem) > 3 and stem[-1] == stem[-2]:  # "philly": Philadelphia
        stem = stem[:-1]
    return re.search(rf"\b{stem.capitalize()}[a-z-]", text) is not None


def spelt_out(short: str, text: str) -> bool:
    """Whether `text` writes a short form out as a name whose initials make it ("Rugby World
    Cup" for "rwc", "University of California" for "uc", "Sam Bankman-Fried" for "sbf")."""
    return times_spelt_out(short, text) > 0


CLIPPED_LEAST = 4  # letters of a name typed clipped ("bama", "cutch")
CLIPPED_OFF = 2  # … and at least this many letters left off


def clipped_from(typed: str, text: str) -> bool:
    """Whether `text` writes a name that the typed word is a clipped form of, its start, end or
    middle: "bama" for "Alabama", "cutch" for "McCutchen", "conf" for "Code Conference" (a
    word the store at large writes in lower case, whose start `CorpusWords.rare` does not
    read as a name's)."""
    if len(typed) < CLIPPED_LEAST or not typed.isalpha():
        return False
    low = typed.lower()
    # (its start only of a name written so inside a sentence: not "Confidential" opening one)
    for match in re.finditer(r"\b[A-Z][A-Za-z]+", text):
        name = match.group().lower()
        if len(name) < len(low) + CLIPPED_OFF:
            continue
        inside = INSIDE.search(text[max(0, match.start() - 2) : match.start()]) is not None
        if low in name[1:] or (inside and name.startswith(low)):
            return True
    return False


INSIDE = re.compile(r"[a-z,;] $")  # (what stands before a word inside a sentence)


def times_spelt_out(short: str, text: str) -> int:
    """How many times `text` writes a short form out in full (`spelt_out`)."""
    letters = short.upper()
    if len(letters) < MIN_SHORT_FORM or len(letters) > 6:
        return 0
    times = 0
    for match in CAPITALISED_RUN.finditer(text):
        # (each part of a joined name is a word: "Sam Bankman-Fried" for "SBF")
        words = [w for w in re.split(r"[\s-]+", match.group()) if w[:1].isupper()]
        initials = "".join(w[0] for w in words)
        times += len(words) >= len(letters) and letters in initials
        # (… its small words too, when the short form has them: "Tears of the Kingdom" for
        # "totk", "Department of Justice" for "doj")
        run = re.sub(r"^The\s+", "", match.group())  # (not "The Department of Justice"'s T)
        every = "".join(w[0] for w in re.split(r"[\s-]+", run) if w[:1].isalpha())
        times += not every.isupper() and letters == every.upper()
        # (… or "X of Y" said "Y X": "Justice Department" for "doj", "Defence Ministry" for "mod")
        times += (
            len(letters) == 3
            and letters[1] == "O"
            and initials.removeprefix("T" if words[0] == "The" else "") == letters[2] + letters[0]
            and words[-1] in BODIES
        )
        # (a university's short form, its "U" left unwritten: "Michigan State" for "msu")
        times += len(letters) >= 3 and letters.endswith("U") and initials == letters[:-1]
        # (… or more than one letter of its last word: "University of Virginia" for "uva")
        times += (
            len(letters) >= 3
            and len(words) >= 2
            and len(letters) > len(words)
            and letters[: len(words) - 1] == initials[:-1]
            and _letters_of(letters[len(words) - 1 :], words[-1].upper())
        )
        # (… an initialism in the name gives all its letters: "JP Morgan" for "jpm")
        spelt = "".join(
            w.replace(".", "") if INITIALISM.fullmatch(w.replace(".", "")) else w[0] for w in words
        )
        times += spelt != initials and letters == spelt
    # (… or in lower case, an officer's title: "chief executive officer" for "ceo")
    if len(letters) >= 3 and letters.endswith("O"):
        words = [rf"{c.lower()}[a-z]{{3,}}" for c in letters[:-1]]
        times += len(re.findall(r"\b" + r"\s+".join([*words, "officer"]) + r"\b", text))
    return times


INITIALISM = re.compile(r"[A-Z]{2,3}")


def _letters_of(letters: str, word: str) -> bool:
    """Whether the letters are the word's first and then others of it, in order ("VA" of
    "VIRGINIA")."""
    if not word.startswith(letters[:1]):
        return False
    at = 1
    for letter in letters[1:]:
        at = word.find(letter, at) + 1
        if at == 0:
            return False
    return True


# A word named by the kind of thing it is, after a comma: "rainforest, the payments startup"
APPOSED = re.compile(
    r"\b([a-z][\w'’-]{2,}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:startup|start-up|company|"
    r"firm|app|brand|band|group|platform|service|site|website|maker|developer|studio|bank|fund|"
    r"network|label|team|club|player|singer|rapper|outlet|magazine|newspaper|agency|retailer|"
    r"chain|airline|exchange|show|series|podcast|film|movie|game|album|song)\b",
    re.I,
)


def apposed(question: str) -> list[str]:
    """Words a question sets out as names by saying what they are ("rainforest, the payments
    startup")."""
    return [m.group(1).lower() for m in APPOSED.finditer(question)]

"""Words as newsqa reads them, for questions and for the lexical index alike.

Ingest and retrieval must split and stem text the same way, so both take these from here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "according",
        "article",
        "articles",
        "report",
        "reported",
        "reports",
        "reporting",
        "said",
        "says",
        "news",
        "source",
        "sources",
        "did",
        "does",
        "question",
        "based",
        "mentioned",
        "both",
        "whether",
        "much",
        "many",
        "each",
        "every",
        "per",
    ]
)
WORD = re.compile(r"[^\W_][\w'’.]*[^\W_]|[^\W_]")  # Unicode words: Tromsø, Москва
# The plural of a short form written in capitals: "AAs", "EVs", "CEOs" (too short for `stem`).
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")


def words(text: str) -> list[str]:
    """Lower-cased words, possessives and edge punctuation removed, a short form's plural
    made singular ("AAs" is "aa")."""
    out = []
    for word in WORD.findall(text):
        if ACRONYM_PLURAL.fullmatch(word):
            word = word[:-1]
        word = word.lower().replace("’", "'").removesuffix("'s").strip(".'-")
        if word:
            out.append(word)
    return out


def content_words(text: str) -> list[str]:
    """Words that carry meaning (stopwords dropped), in order, without repeats."""
    seen: dict[str, None] = {}
    for word in words(text):
        if word not in STOPWORDS and (len(word) > 1 or word.isdigit()):
            seen.setdefault(word, None)
    return list(seen)


@lru_cache(maxsize=1 << 17)  # a corpus's vocabulary; retrieval stems thousands of words a query
def stem(word: str) -> str:
    """A light suffix stripper: 'supplies' matches 'supply', 'offered' matches 'offer'."""
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + repl
    # An adverb's "-ly" ("quickly"), not the end of "supply", "italy" or "early"
    if word.endswith("ly") and len(word) >= 6 and word[-3] not in "aeiouy" and word[-4:] != "pply":
        return word[:-2]
    return word


def stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}


# Endings that make a people's or place's adjective of a name: Europe/European, Russia/Russian,
# Ukraine/Ukrainian, China/Chinese, Korea/Korean, Canada/Canadian.
DEMONYM_ENDINGS = ("ians", "eans", "ian", "ean", "ese", "ans", "an")
VOWELS = "aeiou"


@lru_cache(maxsize=1 << 16)
def family(word: str) -> str:
    """The root a word shares with its derived forms: 'european' and 'europe' give 'europ',
    'russian' and 'russia' 'russ', 'chinese' and 'china' 'chin', 'cultivation' and 'cultivating'
    'cultivat', 'supply' and 'supplied' 'suppl'. A stem first ('supplies' is 'supply'); words
    under five letters are left whole but for a silent 'e' ('fire' and 'fired' give 'fir')."""
    root = stem(word)
    # (a short verb ending in a vowel, in its forms: "tied" and "tying" are "tie", "sued" is
    # "sue"; not "need" or "seed")
    if len(root) == 4 and root.endswith("ed") and root[1] in VOWELS + "y" and root[1] != "e":
        root = root[:-1]
    elif len(root) == 5 and root.endswith("ying") and root[0] not in VOWELS:
        root = root[0] + "ie"
    if len(root) < 5:
        # (a short verb's or noun's silent "e", which its endings drop: "fire" and "fired",
        # "game" and "games" give "fir" and "gam")
        if len(root) == 4 and root[-1] == "e" and root[-2] not in VOWELS:
            return root[:-1]
        return root
    if root.endswith("y"):  # "supply", "supplies", "supplied": "suppl"
        root = root[:-1]
    if root.endswith("ation") and len(root) >= 8:  # the act of a verb: cultivation, cultivate
        return root[:-3]
    for ending in DEMONYM_ENDINGS:
        # A bare "-an" needs a longer root: American/America, but Japan is no Jap-an.
        if root.endswith(ending) and len(root) - len(ending) >= (4 if "an" in ending[:2] else 3):
            root = root[: -len(ending)]
            break
    while len(root) > 3 and root[-1] in VOWELS:
        root = root[:-1]
    return root


def families(text: str) -> set[str]:
    """The word-form families of a text's content words."""
    return {family(w) for w in content_words(text)}


# Peoples and their countries whose names no ending joins ("Norwegian" city, "Norway").
DEMONYMS = {
    "norwegian": "norway", "french": "france", "british": "britain", "dutch": "netherlands",
    "spanish": "spain", "danish": "denmark", "swedish": "sweden", "finnish": "finland",
    "polish": "poland", "turkish": "turkey", "irish": "ireland", "scottish": "scotland",
    "welsh": "wales", "english": "england", "swiss": "switzerland", "greek": "greece",
    "thai": "thailand", "filipino": "philippines", "philippine": "philippines",
    "peruvian": "peru", "lebanese": "lebanon", "portuguese": "portugal", "israeli": "israel",
    "iraqi": "iraq", "pakistani": "pakistan", "saudi": "saudi", "emirati": "emirates",
    "kiwi": "zealand", "icelandic": "iceland", "scots": "scotland", "brits": "britain",
}  # fmt: skip


def country_of(word: str) -> str | None:
    """The country a people's name belongs to, when no ending joins them ("norwegian":
    "norway"). (Not the other way: "the French Open" says nothing of the Tour de France.)"""
    return DEMONYMS.get(word)


def related_forms(word: str) -> list[str]:
    """Spellings of other words in `word`'s family, for looking them up in an index:
    'european' gives 'europe', 'europa', …; 'russia' gives 'russian', ….
    """
    root = family(word)
    if root == stem(word) and len(word) < 5:
        return []
    endings = ("", "a", "e", "ia", "ea", "an", "ian", "ean", "ese", "n", "ans", "ians")
    # Only a word that is its root with one of these endings: "openai" is no form of "open"
    if not any(stem(word) == root + ending or word == root + ending for ending in endings):
        return []
    return [root + ending for ending in endings if root + ending != word]


def fold_accents(word: str) -> str:
    """ "beyoncé" -> "beyonce"; "tromsø" stays (ø is a letter of its own)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))

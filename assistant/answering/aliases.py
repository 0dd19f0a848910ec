"""Other names people go by, as the articles give them ("Tyler “Ninja” Blevins")."""

from __future__ import annotations

import re
from collections.abc import Iterable

_NAME = r"[A-Z][\w'’-]+"
# "Tyler “Ninja” Blevins", "Dwayne 'The Rock' Johnson": the quoted part is what people call him
QUOTED = re.compile(rf"\b({_NAME})\s+[“\"‘']((?:[A-Z][\w'-]*\.?\s?){{1,3}}?)[”\"’']\s+({_NAME})")
# "Ninja, aka Tyler Blevins", "Blevins, better known as Ninja"
AKA = re.compile(
    rf"\b({_NAME}(?:\s+{_NAME})?),?\s+(?:aka|a\.k\.a\.?|also known as|better known as)\s+"
    rf"({_NAME}(?:\s+{_NAME})?)"
)
WORD = re.compile(r"[A-Za-z][\w'-]*")
SMALL = frozenset({"the", "a", "an", "of", "de", "la", "le", "von", "van", "jr", "sr"})


def aliases(texts: Iterable[str]) -> dict[str, str]:
    """Each word of a name → the person's other names, as one string: "blevins" → "Ninja",
    "ninja" → "Tyler Blevins". A sentence that names him one way then speaks of someone a
    question names the other way ("how much did ninja get paid": "Blevins … $1 million")."""
    other: dict[str, list[str]] = {}

    def tie(one: str, two: str) -> None:
        for word in WORD.findall(one):
            if word.lower() not in SMALL:
                other.setdefault(word.lower(), []).append(two)
        for word in WORD.findall(two):
            if word.lower() not in SMALL:
                other.setdefault(word.lower(), []).append(one)

    for text in texts:
        for match in QUOTED.finditer(text):
            first, nick, last = match.groups()
            tie(nick.strip(), f"{first} {last}")
        for match in AKA.finditer(text):
            tie(match.group(1), match.group(2))
    return {word: " ".join(dict.fromkeys(names)) for word, names in other.items()}


def also_called(sentence: str, known: dict[str, str]) -> str:
    """The other names of the people a sentence names, by `aliases`."""
    found = (known.get(w.lower(), "") for w in WORD.findall(sentence) if w[0].isupper())
    return " ".join(dict.fromkeys(f for f in found if f))

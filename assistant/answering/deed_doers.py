"""Who a sentence tells did a deed: one named before it, not a report's source ("According to
Bloomberg, he resigned") nor a noun's owner ("those belts"); names said in any of their forms."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.sentences import IRREGULAR
from assistant.answering.specifics import said_in
from index.terms import STOPWORDS, families, family


def says_any(names: Sequence[str], text: str) -> bool:
    """Whether a text says one of the names, in any form."""
    said = families(text)
    # (a name of several words by each: "los angeles")
    return any(all(said_in(w, said, text) for w in n.split()) for n in names if n.strip())


def undoubled(root: str) -> str:
    """A stem without the consonant its ending doubled: "bann" of "banned", "stopp"."""
    return (
        root[:-1] if len(root) > 3 and root[-1] == root[-2] and root[-1] not in "aeiousl" else root
    )


def deed_root(word: str, after: str = "") -> str:
    """The root a deed is matched on, an irregular past's by its verb ("bought" is "buy") when
    the words `after` it show what it was done to: "a company it bought for $3.6 billion",
    "left Tottenham", "lost to the Ravens"; not "Kane, left, celebrates", "was left out", "their
    lost form", "little that brought hope"."""
    low = word.lower()
    if low in IRREGULAR and DONE_TO_NEXT.match(after):
        return undoubled(family(IRREGULAR[low]))
    return undoubled(family(low))


DONE_TO_NEXT = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its|our|my|this|that|these|those|to|for|in|at|on|"
    r"against|with|by|from|nationally|internationally)\b|"
    r"(?-i:[A-Z])|\d|\$|£|€)",
    re.I,
)


def done_by_another(sentence: str, roots: set[str], subject: Sequence[str]) -> bool:
    """Whether a sentence tells a deed of one's own of another it names before the deed, not
    of the subject asked about: "Michigan football analyst Connor Stalions … resigned" for "why
    did jim harbaugh resign" (a sentence that goes on about him, "He resigned", names none)."""
    words = list(re.finditer(r"[\w'’-]+", sentence))
    at = next(
        (i for i, w in enumerate(words) if deed_root(w.group(), sentence[w.end() :]) in roots),
        None,
    )
    if at is None:
        return False
    if (
        at
        and words[at - 1].group().lower() in DETERMINERS
        and not (at > 1 and words[at - 2].group().lower() in DEED_AS_NOUN)
    ):
        return False  # (a noun, "the belt", tells no doer before it; "extended an offer" does)
    head = sentence[: words[at].start()]
    if says_any(subject, head):
        return False
    speaker = SPEAKER.search(sentence)
    if speaker and FIRST_PERSON.match(head):
        # (a quote's "we" or "I" is its speaker, when the one asked about is who it is done to:
        # "“We … would be ready to offer our American partners …,” Putin said" tells an offer of
        # Putin's, not of the Americans'; a spokesman's "we" may be the company asked about)
        told_to = says_any(subject, sentence[words[at].end() : speaker.start()])
        return told_to and not says_any(subject, speaker.group(1) or speaker.group(2) or "")
    # (who reports it is not who did it: "According to Bloomberg, he resigned")
    told = REPORTED_LEAD.sub("", head)
    tokens = re.findall(r"[\w'’-]+", told)
    # (a capital that only opens the sentence is no name: "Then he resigned")
    opening = told == head
    return any(
        token[0].isupper()
        and re.split(r"['’]", token.lower())[0] not in STOPWORDS | {"i"}  # (not "I'm")
        and (i > 0 or not opening or (len(tokens) > 1 and tokens[1][0].isupper()))
        for i, token in enumerate(tokens)
    )


# A quote's opening "I" or "we", and the one its closing words say spoke it ("…,” Putin said",
# "…,” said Tim Cook").
FIRST_PERSON = re.compile(r"\W*(?:i|we)\b", re.I)
SPEAKER = re.compile(
    r"[”\"’'],?\s+(?:(?-i:((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*))\s+(?:said|says|told|added)"
    r"|(?:said|says|added)\s+(?-i:((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)))",
    re.I,
)
# Words that open a sentence by saying who tells it: "According to Bloomberg,", "The school said
# that".
REPORTED_LEAD = re.compile(
    r"^\W*(?:according\s+to\s+[^,]{1,60},|[^,]{0,60}?\b(?:said|says|reported|reports|confirmed|"
    r"confirms|announced|announces|told\s+\w+)\s+(?:on\s+\w+\s+)?(?:that\s+)?)",
    re.I,
)


# Verbs that make a deed of the noun after them: "made an offer", "extended an offer", "gave a
# warning", "issued a ban".
DEED_AS_NOUN = frozenset(
    ("made", "make", "makes", "making", "extended", "extends", "extend", "gave", "give", "gives",
     "issued", "issues", "issue", "submitted", "tabled", "put", "placed", "launched")
)  # fmt: skip
DETERMINERS = frozenset(
    ("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
     "those", "some", "any", "each", "every", "both", "no", "all")
)  # fmt: skip

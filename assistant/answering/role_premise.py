"""A role a question takes someone to hold: "when did mira murati become ceo of microsoft" takes
her to be Microsoft's CEO. When no sentence of the passages says that one beside that role and
that organisation (the articles make her OpenAI's interim CEO), the question rests on a premise
the articles do not bear out, and is refused with what they say instead."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.abstention import OfflineResult
from assistant.answering.deed_doers import says_any
from assistant.answering.draft import Draft, Parts
from assistant.answering.premises import told_otherwise
from assistant.answering.scoring import goes_on_unnamed, sentences_of
from assistant.types import Passage
from index.dates import MONTHS, WEEKDAYS
from index.terms import STOPWORDS

# The words that tell each role, however it is typed.
ROLE_WORDS = {
    "ceo": ("ceo", "chief executive", "chief exec", "chief", "boss"),
    "cto": ("cto", "chief technology officer"),
    "cfo": ("cfo", "chief financial officer"),
    "coo": ("coo", "chief operating officer"),
    "chair": ("chair", "chairman", "chairwoman", "chairperson"),
    "president": ("president",),
    "coach": ("coach", "head coach", "manager", "boss"),
    "manager": ("manager", "boss", "coach", "head coach"),
    "boss": ("boss", "manager", "coach", "head coach", "ceo", "chief executive", "head"),
    "captain": ("captain", "skipper"),
    "director": ("director",),
}
ROLE = (
    r"(?P<role>ceo|cto|cfo|coo|chair(?:man|woman|person)?|president|head\s+coach|coach|manager|"
    r"boss|captain|director)"
)
TAKEN = r"(?:became|become|becomes|becoming|named|appointed|made|hired\s+as|as|been|be)"
LEAD = r"(?:the\s+)?(?:new\s+|interim\s+|acting\s+|permanent\s+|next\s+)?"
# "become ceo of microsoft", "named interim ceo at openai"; "been england manager".
ROLE_OF = re.compile(
    rf"\b{TAKEN}\s+{LEAD}{ROLE}\s+(?:of|at|for)\s+(?:the\s+)?(?P<org>[a-z0-9][\w&.'’-]*"
    r"(?:\s+[a-z0-9][\w&.'’-]*){0,2})",
    re.I,
)
ORG_ROLE = re.compile(rf"\b{TAKEN}\s+{LEAD}(?P<org>[a-z][\w.'’-]*)\s+{ROLE}\b", re.I)
ASKED = re.compile(r"^\s*(?:so\s+|and\s+|but\s+)?(?:when|why|how|what|where)\b", re.I)


def role_taken(question: str, names: Sequence[str]) -> tuple[list[str], str, list[str]] | None:
    """The one a question takes to hold a role, the role, and the organisation, each as the
    question's name words; None when it takes no role of a named organisation."""
    if not ASKED.match(question):
        return None
    match = ROLE_OF.search(question)
    # (before the role, a name only: "england manager", not "team captain")
    before = ORG_ROLE.search(question) if match is None else None
    if before is not None and before["org"].lower() in names:
        match = before
    if match is None:
        return None
    # (its name words, or, typed in lower case where the articles write it but once, its words)
    typed = [w for w in re.findall(r"[a-z0-9][\w&.-]*", match["org"].lower()) if w not in STOPWORDS]
    org = [w for w in typed if w in names] or typed
    holder = [
        w
        for w in re.findall(r"[a-z][\w'’-]*", question[: match.start()].lower())
        if w in names and w not in org
    ]
    role = re.sub(r"\s+", " ", match["role"].lower())
    role = "chair" if role.startswith("chair") else "coach" if role == "head coach" else role
    return (holder, role, org) if holder and org else None


def role_told(holder: Sequence[str], role: str, org: Sequence[str], text: str) -> bool:
    """Whether a text says the holder beside a word of the role (a few words apart: "Mira
    Murati, OpenAI's CTO and now interim CEO"), and the organisation. A role before another's
    name is theirs: "replacing founder CEO Whitney Wolfe Herd with Slack CEO Lidiane Jones"
    makes Jones, not Wolfe Herd, Slack's CEO."""
    if not says_any(org, text):
        return False
    tokens = list(re.finditer(r"[A-Za-z0-9]+", text))  # ("co-CEO", "CEO's": "ceo")
    words = [t.group().lower() for t in tokens]
    held = [i for i, w in enumerate(words) if says_any(holder, w)]
    orgs = [i for i, w in enumerate(words) if says_any(org, w)]
    roles = [
        (i, i + len(w.split()))
        for w in ROLE_WORDS[role]
        for i in range(len(words))
        if words[i : i + len(w.split())] == w.split()
    ]
    # (a headline capitalises every word: no name runs on from a title there)
    headline = all(w[0].isupper() for w in (t.group() for t in tokens) if len(w) >= HEADLINE_WORD)

    def anothers(end: int) -> bool:
        # (the title of the name that follows it: "Slack CEO Lidiane Jones", not "OpenAI CEO
        # Sam Altman" of Altman, nor "named interim CEO, OpenAI said", "… CEO Friday")
        run: list[str] = []
        for i in range(end, min(end + NAME_RUN, len(tokens))):
            gap = text[tokens[i - 1].end() : tokens[i].start()]
            word = tokens[i].group()
            if gap.strip() or not word[0].isupper() or word.lower() in CALENDAR_WORDS:
                break
            run.append(word.lower())
        return bool(run) and not any(says_any(holder, w) for w in run)

    theirs = [] if headline else [(start, end) for start, end in roles if anothers(end)]
    # (… unless the holder is named to follow them: "replacing founder CEO Whitney Wolfe Herd
    # with Slack CEO Lidiane Jones" makes Jones Bumble's CEO)
    succession = SUCCESSION.search(text)
    if succession and says_any(holder, text[succession.end() :]):
        theirs = []
    # (the organisation said of the holder, not only in another's title: "Slack CEO Lidiane
    # Jones"; and near the holder's role: not "Slack’s loss, Bumble’s gain: … replacing founder
    # CEO Whitney Wolfe Herd")
    # (before that title: "Nvidia CEO Jensen Huang met Apple CEO Tim Cook" keeps Apple's)
    free = [o for o in orgs if not any(s - ORG_REACH <= o < s for s, e in theirs)]
    return any(
        abs(h - start) <= ROLE_REACH and any(abs(o - start) <= ROLE_REACH + ORG_REACH for o in free)
        for h in held
        for start, end in roles
        if (start, end) not in theirs and not _anothers_chief(words, start, end)
    )


def _anothers_chief(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a "chief" is of another office: "chief technology officer", "chief of staff"."""
    after = list(words[end : end + 2])
    return list(words[start:end]) == ["chief"] and (
        (bool(after) and after[0] in OTHER_CHIEFS) or after == ["of", "staff"]
    )


SUCCESSION = re.compile(r"\breplac(?:e|es|ed|ing)\b[^.;]{0,80}?\bwith\b", re.I)
# The words after "chief" that make it another office than the head's.
OTHER_CHIEFS = frozenset(
    ("technology", "financial", "operating", "scientist", "science", "marketing", "product",
     "information", "people", "legal", "strategy", "revenue", "commercial", "content",
     "medical", "security", "data", "creative", "investment", "economist", "justice", "whip",
     "constable", "inspector", "digital", "growth", "business", "privacy", "design",
     "communications", "brand", "research", "risk", "compliance", "customer", "editor")
)  # fmt: skip


ROLE_REACH = 8  # words between a name and the role said of it ("OpenAI's" is two)
ORG_REACH = 4  # words between a role and the organisation it is of ("chief executive of the")
NAME_RUN = 4  # capitalised words after a role that may be its holder's name
HEADLINE_WORD = 3  # letters of the words a headline capitalises (not "as", "of")
CALENDAR_WORDS = frozenset(MONTHS) | WEEKDAYS


def premise_of_the_role(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "When did mira murati become ceo of microsoft": no sentence says her beside that role
    and Microsoft, though the passages speak of her; refused with the sentence that gives her
    role, if one does."""
    if d.yes_no:
        return None
    taken = role_taken(d.question, list(d.asked_names))
    if taken is None:
        return None
    holder, role, org = taken
    told = _sentences(d.passages, holder)
    if not any(says_any(holder, text) for text in told):
        return None  # (one the articles never name is refused as absent)
    if any(role_told(holder, role, org, text) for text in told):
        return None
    held = [
        c
        for c in d.candidates
        if says_any(holder, f"{c.before} {c.text}")
        and any(re.search(rf"\b{w}\b", c.text.lower()) for w in ROLE_WORDS[role])
    ]
    return told_otherwise(d, held[0] if held else d.candidates[0])


def _sentences(passages: Sequence[Passage], holder: Sequence[str]) -> list[str]:
    """Each headline and sentence of the passages; a sentence that goes on about the holder by a
    pronoun, naming no one else ("He had managed the Guardians …"), with the ones before it
    that named them, the pronoun read as their name."""
    texts = [p.title or "" for p in passages]
    name = holder[-1].title()
    for c in sentences_of(passages):
        context = f"{c.referent} {c.before}"
        if goes_on_unnamed(c.text) and says_any(holder, context) and not says_any(holder, c.text):
            # (the holder's name where the pronoun stands, so the role beside it is theirs:
            # "The record made him the winningest manager …"; "his" as theirs)
            told = POSSESSIVE.sub(f"{name}'s", c.text)
            texts.append(f"{context} {PRONOUN.sub(name, told)}")
        else:
            texts.append(c.text)
    return texts


PRONOUN = re.compile(r"\b(?:he|him|she|her)\b", re.I)
# "his", and "her" before what is hers ("her boss"; not "made her the CEO")
POSSESSIVE = re.compile(
    r"\bhis\b|\bher\b(?=\s+(?!(?:the|a|an|to|in|on|at|as|of|for)\b)[a-z])", re.I
)

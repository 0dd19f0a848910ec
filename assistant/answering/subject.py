"""Whether a sentence is about what the question names ("what is the Wild paying Hynes" is not
answered by what the Wild pay Evason)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache

from assistant.answering.candidates import Candidate
from assistant.answering.names_given import ordinary_words
from assistant.answering.pronouns import asked_as_person, stands_for_another
from assistant.answering.sentences import MID_SENTENCE_NAME, ORDINAL_NUMBER, phrase_pattern
from assistant.answering.specifics import (
    CAPITALISED_RUN,
    also_called_in,
    contracted_in,
    nickname_in,
    said_in,
    times_spelt_out,
)
from assistant.answering.wording import initials
from assistant.types import Passage
from index.dates import CALENDAR
from index.terms import STOPWORDS, families, family


def says(candidate: Candidate, name: str, form: str = "") -> bool:
    """Whether a sentence, or the one before it ("Hynes was named…" then "He will earn…"),
    says the name; written with a capital, when its `form` has one: "the Bavarian giants" do not
    name the Giants."""
    # (initials without their full stops: "the U.S." says "US")
    text = re.sub(
        r"(?<=\b[A-Z])\.", "", f"{candidate.referent} {candidate.before} {candidate.text}"
    )
    if family(name) not in families(text):
        # "arnie" in a sentence on Arnold; "american" in one on the US; "dbacks" in one on the
        # Diamondbacks
        return (
            nickname_in(name, text)
            or also_called_in(name, families(text), text)
            or contracted_in(name, text)
        )
    return not form[:1].isupper() or _mentions(name, text, cased=True) > 0


# A name given as the source of what is asked ("in the JAMA study", "according to Reuters",
# "a paper published in Nature"): where it was said, not what it is about.
SOURCE_FRAME = re.compile(
    r"\b(?:the|a|an)\s+([\w.&'’/-]+(?:\s+[\w.&'’-]+)?)\s+(?:study|report|survey|paper|poll|"
    r"analysis|article|piece|findings|review)\b|\b(?:according to|published in|reported by)\s+"
    r"(?:the\s+)?([\w.&'’-]+(?:\s+[\w.&'’-]+)?)"
    # "nyt/athletic piece - 49ers lost at cleveland, what was the score": a source heading it
    r"|^\s*([\w.&'’/-]+)\s+(?:article|piece|story|report|review)\s*[-–:,]",
    re.I,
)
ASKS_ENTITY = re.compile(r"\s*(?:which|who|whom|whose|what\s+(?:type|kind|sort)s?\s+of)\b", re.I)
# … unless it asks what kind of thing the one it names had: "what kind of contract did craig
# kimbrel get", of Kimbrel's contract.
KIND_OF_ITS_OWN = re.compile(
    r"\s*what\s+(?:type|kind|sort)s?\s+of\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:did|does|do|has|have|had|is|was|were|are|will|would)\s+\w",
    re.I,
)


def off_subject(
    candidate: Candidate,
    key: str,
    names: dict[str, str],
    passages: Sequence[Passage],
    question: str = "",
) -> bool:
    """Whether a sentence is about something other than the name the question is about.

    Not when it, or the sentence before it, says the name. Otherwise it is off the subject when
    its article is not on the name: its headline does not say it and its text says it once at
    most (a football report for a question on Carlsen; a piece on Palo Alto's deals that names
    Wiz once, as a rival). It is off too when it names someone its article's title names beside
    the question's ("The Wild … Evason's contract" under "Wild fire Evason, hire Hynes"). A
    sentence that names nobody else, in an article on the name ("There are 157,000 speakers" in
    an article on the Sphere), is on it.
    """
    passage = passages[candidate.passage]
    # (the sentence before speaks for one that goes on about it, not for one that opens with
    # another name: "YouTube says it paid …" after a sentence on Sony)
    if _opens_with_another(candidate.text, key, names, passage, passages) and not says(
        Candidate(candidate.passage, candidate.text), key, names.get(key, "")
    ):
        return True
    if says(candidate, key, names.get(key, "")) or _by_other_name(candidate, key, passages):
        return False
    if _goes_on_about_another(candidate, key, names, passage):
        return True
    # (the article read only for one asked of as a person: `stands_for_another`)
    if asked_as_person(question, key) and stands_for_another(
        candidate, key, names, passages, article_text(passage.article_id, passages), question
    ):
        return True
    if not on_the_name(passage.article_id, key, passages, names.get(key, "")):
        return True
    headline = families(passage.title or "")
    for match in MID_SENTENCE_NAME.finditer(candidate.text):
        word = match.group().lower().removesuffix("'s").removesuffix("’s")
        # (a name, not a word capitalised in one: "the Cup Series HMS driver" under "Larson's
        # High Limit Sprint Car Series")
        if (
            word not in names
            and word not in ordinary_words()
            and family(word) in headline
            and not _named_with(word, names, passage)
        ):
            return True
    return False


def _named_with(word: str, names: Mapping[str, str], passage: Passage) -> bool:
    """Whether the passage writes a word as the other half of a name the question types:
    "Musk" of "Elon Musk", asked of elon."""
    typed = "|".join(re.escape(n) for n in names if n.isalpha())
    if not typed:
        return False
    pattern = rf"\b(?:(?:{typed})\s+{re.escape(word)}|{re.escape(word)}\s+(?:{typed}))\b"
    return re.search(pattern, f"{passage.title or ''} {passage.text}", re.I) is not None


def _opens_with_another(
    sentence: str, key: str, names: dict[str, str], passage: Passage, passages: Sequence[Passage]
) -> bool:
    """Whether a sentence opens with another name than the question's, as its subject, one its
    article's headline sets beside it ("YouTube says it paid out $6 billion", under "Sony
    Music's artists aren't involved in YouTube's new voice-cloning AI experiment"); not a name
    of the one asked about ("Schwarzenegger", of "Arnold Schwarzenegger", for "arnie")."""
    opening = re.match(r"[\"“]?([A-Z][\w'’-]*)(?:['’]s)?\s", sentence)
    if opening is None:
        return False
    word = opening.group(1)
    bare = word.lower()
    if bare in STOPWORDS or bare in names or family(bare) == family(key):
        return False
    if family(bare) not in families(passage.title or ""):
        return False
    text = article_text(passage.article_id, passages)  # (its headline first)
    runs = (m.group() for m in CAPITALISED_RUN.finditer(text) if word in m.group())
    return not any(says(Candidate(0, run), key, names.get(key, "")) for run in runs)


def _goes_on_about_another(
    candidate: Candidate, key: str, names: dict[str, str], passage: Passage
) -> bool:
    """Whether a sentence goes on by "he" or "she" about another the sentence before opens
    with ("Wang said he returned …" then "He faces up to 50 years in prison", in a piece on
    Bankman-Fried): a name its article writes capitalised inside a sentence too."""
    if not PERSON_GOES_ON.match(candidate.text):
        return False
    # (one who does something: "Wang said", "Ellison testified"; not "Manhattan jurors", nor
    # "Monday's hearing")
    opening = re.match(r"[\"“]?([A-Z][a-z][\w-]*)\s+([a-z]+)\b", candidate.before)
    if opening is None or not PERSON_DOES.fullmatch(opening.group(2)):
        return False
    word = opening.group(1)
    bare = word.lower()
    if bare in STOPWORDS or bare in names or family(bare) == family(key) or bare in CALENDAR:
        return False
    return re.search(rf"(?<=[a-z,;] ){re.escape(word)}\b", passage.text) is not None


PERSON_GOES_ON = re.compile(r"[\"“]?(?:He|She)\s")
# A verb a person opening a sentence does: said, told, testified, was, has.
PERSON_DOES = re.compile(
    r"said|says|told|tells|testified|added|explained|wrote|claimed|argued|denied|admitted|"
    r"was|is|has|had|will|would|[a-z]+ed"
)


def on_the_name(article_id: str, key: str, passages: Sequence[Passage], form: str = "") -> bool:
    """Whether an article is on a name: its headline says it, or its text more than once, in
    any form ("Nanyang Technological University (NTU)" is twice); with a capital, when its
    `form` has one ("Giants", not "giants")."""
    parts = [p for p in passages if p.article_id == article_id]
    if not parts:
        return False
    title = parts[0].title or ""
    if said_in(key, families_of(title), title):
        return True
    text = " ".join(p.text for p in parts)
    if not said_in(key, families_of(text), text):
        return False
    if _mentions(key, text, cased=form[:1].isupper()) + times_spelt_out(key, text) > 1:
        return True
    # "Caroline Ellison" once, then "Ellison" throughout: on her, by the name it goes on with
    after = re.search(rf"\b{re.escape(key.capitalize())}\s+([A-Z][a-z][\w'’-]*)", text)
    return after is not None and _mentions(after.group(1).lower(), text, cased=True) > 1


@lru_cache(maxsize=256)
def _mentions(key: str, text: str, cased: bool = False) -> int:
    """How often a text says a name word, in any form (read once per article and name); only
    capitalised, if `cased`."""
    stem = family(key)
    words = re.findall(r"\b[A-Z][\w'’-]*" if cased else r"[\w'’-]+", text)
    # (each part of a joined name is a name: "Newton" in "Newton-Rex")
    return sum(
        any(
            family(part.removesuffix("'s").removesuffix("’s")) == stem
            for part in w.lower().split("-")
        )
        for w in words
    )


@lru_cache(maxsize=64)
def families_of(text: str) -> frozenset[str]:
    """An article's word families, read once for all the sentences weighed against it."""
    return frozenset(families(text))


def said_words(text: str) -> frozenset[str]:
    """A text's word families, and each also without its full stops: "U.S." says "US", "C.J.
    Stroud" says "cj"."""
    said = families_of(text)
    # (… and a day's number without its ending: "May 22nd" says "22")
    days = {m.group(1) for w in said if (m := ORDINAL_NUMBER.fullmatch(w))}
    # (… and a sum's figure without its unit: "£42.5m" says "42.5")
    sums = {m.group(1) for w in said if (m := FIGURE_IN_UNIT.fullmatch(w))}
    return said | {w.replace(".", "") for w in said} | days | sums


FIGURE_IN_UNIT = re.compile(r"(\d+(?:[.,]\d+)?)(?:bn|tn|mn|m|k|b)")


def _by_other_name(candidate: Candidate, key: str, passages: Sequence[Passage]) -> bool:
    """Whether a sentence names one whom its article calls by the key as a nickname, written
    between the first and last names: "Blevins" of "Tyler “Ninja” Blevins", asked of ninja."""
    text = article_text(passages[candidate.passage].article_id, passages)
    called = rf"\b([A-Z][\w'’-]+)\s+[“\"‘'](?i:{re.escape(key)})[”\"’']\s+([A-Z][\w'’-]+)"
    return any(
        re.search(rf"\b{re.escape(name)}\b", candidate.text)
        for match in re.finditer(called, text)
        for name in match.groups()
    )


def article_text(article_id: str, passages: Sequence[Passage]) -> str:
    """All that the passages read hold of one article, its headline first."""
    parts = [p for p in passages if p.article_id == article_id]
    return " ".join([parts[0].title or ""] + [p.text for p in parts]) if parts else ""


def unlinked_name(
    best: Candidate,
    key: str,
    names: dict[str, str],
    passages: Sequence[Passage],
    checked: dict[str, str] | None = None,
    question: str = "",
) -> str | None:
    """The name the answer's sentence is not about: the key name, when the sentence is off it
    (`off_subject`), or any other of the `checked` names (all, by default) its article never
    says."""
    if off_subject(best, key, names, passages, question):
        return key
    names = names if checked is None else checked
    says_word = article_says(best, passages)
    return next((w for w in names if not says_word(w)), None)


def article_says(candidate: Candidate, passages: Sequence[Passage]) -> Callable[[str], bool]:
    """Whether the article the sentence comes from (as far as the passages read hold it) says
    a question's word, or a name of several words as a whole."""
    text = article_text(passages[candidate.passage].article_id, passages)
    said = said_words(text)

    def says(word: str) -> bool:
        if " " in word:  # a name of several words, as a whole: "World Series"
            return phrase_pattern(word).search(text) is not None
        return said_in(word, said, text)

    return says


def initials_said(question: str, key: str, text: str) -> bool:
    """Whether a text writes a name of the question, one that holds `key`, by its initials:
    "SWPC" for "the space weather prediction center", "BoE" for "the bank of england"."""
    words = re.findall(r"[A-Za-z][\w'’-]*", question)
    short = {
        t.upper()
        for t in re.findall(r"\b[A-Z][A-Za-z]{1,5}\b", text)
        if sum(map(str.isupper, t)) >= 2
    }
    for i, word in enumerate(words):
        if word.lower() != key:
            continue
        for start in range(max(0, i - INITIALS_SPAN + 1), i + 1):
            for end in range(i + 1, min(len(words), start + INITIALS_SPAN) + 1):
                run = words[start:end]
                every = initials(run)
                content = initials([w for w in run if w.lower() not in STOPWORDS])
                # (three letters at least: two spell too many short forms)
                if (len(every) >= 3 and every in short) or (len(content) >= 3 and content in short):
                    return True
    return False


INITIALS_SPAN = 5  # the most words a name written by its initials runs to


def name_groups(question: str, names: Mapping[str, str]) -> int:
    """How many names the question holds: runs of neighbouring name words ("john hynes")."""
    return len(name_runs(question, names))


def runs_said(question: str, names: Mapping[str, str], candidate: Candidate) -> int:
    """How many of the question's names (`name_runs`) a sentence says, each by any of its words
    (not two words of one: "Gold Coast")."""
    return sum(any(says(candidate, w, names[w]) for w in run) for run in name_runs(question, names))


def name_runs(question: str, names: Mapping[str, str]) -> list[list[str]]:
    """The question's names, each the run of neighbouring name words it is written with
    ("chris stapleton", "morgane")."""
    runs: list[list[str]] = []
    inside = False
    for word in re.findall(r"[\w'’.-]+", question.lower()):
        word = word.strip(".,'’").removesuffix("'s").removesuffix("’s")
        if word in names:
            if not inside:
                runs.append([])
            runs[-1].append(word)
        inside = word in names
    return runs


def name_shown(question: str, key: str, names: dict[str, str]) -> str:
    """The whole name a name word belongs to, as the articles write it ("Copa America")."""
    run: list[str] = []
    for word in re.findall(r"[\w'’.-]+", question.lower()):
        word = word.strip(".,'’").removesuffix("'s").removesuffix("’s")
        if word in names:
            run.append(word)
            continue
        if key in run:
            break
        run = []
    return " ".join(names[w] for w in run) if key in run else names[key]


def on_any(
    candidates: Sequence[Candidate], names: Iterable[str], passages: Sequence[Passage]
) -> list[Candidate]:
    """The sentences whose articles say one of the names: "Sinha told his wife", from a piece
    on another man, says nothing of Longfellow's."""
    names = list(names)
    return [c for c in candidates if any(map(article_says(c, passages), names))]

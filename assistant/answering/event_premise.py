"""A reason asked for an event the articles never tell: "why did the FDA ban ozempic" takes a ban
as given. When no sentence of the passages says the deed (in any form) beside a name the question
gives, the question rests on a premise the articles do not bear out, and is refused with what
they say instead."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from assistant.answering.deed_denied import NEGATION, deed_clause, negated
from assistant.answering.deed_doers import deed_root, done_by_another, says_any, undoubled
from assistant.answering.deed_kinds import (
    CHANGES,
    CONVICTED,
    DONE_TO_SOMEONE,
    FOUNDING,
    SENTENCED,
)
from assistant.answering.phrasal_deeds import (
    phrasal_asked,
    phrasal_roots,
    telling_roots,
    tells_phrasal,
    word_asked,
)
from assistant.answering.scoring import REFERS_BACK, goes_on_unnamed, sentences_of
from assistant.answering.sentences import MID_SENTENCE_NAME
from assistant.answering.specifics import WORD_NUMBERS
from assistant.types import Passage
from index.dates import MONTHS, WEEKDAYS
from index.terms import STOPWORDS, content_words, family

# "why did the fda ban ozempic", "how come apple decided to buy beeper": a deed taken as done
# (not "why is it so dear", a state, nor "why has it risen", a change `premises` reads; asked
# "why was", a deed done to one: `PASSIVE_REASON`). (Asked
# when or where, a deed is too often told in other words: "when did it start" of a paper
# "established in 1950".)
# (A setting may come first: "in the mrbeast 100 days in a room video, why did suzie quit".)
REASON_FOR_DEED = re.compile(
    r"^\s*(?:[^?!,;]{3,100}[,;–—]\s*)?(?:so\s+|but\s+|and\s+)?"
    r"(?:why\s+(?:did|does|do|was|were)|how\s+come(?:\s+(?:did|does|do|was|were))?|"
    # … or when it was done: "when exactly did the eu ban x", "what year did they buy it"
    r"(?:when|what\s+(?:day|date|year|month))(?:\s+exactly)?\s+did)\s+"
    r"(.+?)\s*(?:[?!.]|$)",
    re.I,
)
PASSIVE_REASON = re.compile(
    r"^\s*(?:[^?!,;]{3,100}[,;–—]\s*)?(?:so\s+|but\s+|and\s+)?(?:why|how\s+come)\s+(?:was|were)\b",
    re.I,
)
# Verbs that carry the deed rather than being it: "decide to buy", "end up paying".
CARRIERS = frozenset(
    map(
        family,
        ("decide", "decided", "choose", "chose", "agree", "agreed", "want", "try", "manage",
         "end", "up", "have", "get", "go", "make", "let", "need", "opt", "plan", "seem",
         "suddenly", "actually", "really", "even", "ever", "finally", "still", "also", "just",
         "only", "then", "first", "eventually", "ultimately"),
    )
)  # fmt: skip
LIGHT = frozenset(
    map(
        family,
        ("give", "take", "come", "care", "feel", "think", "look", "happen", "keep", "put", "do",
         "say", "tell", "see", "use", "work", "need", "like", "mind", "bother", "hand",
         # (a state reached, told in many ways: "became chairman", "was named chairman")
         "become"),
    )
)  # fmt: skip
PARTICLES = frozenset(
    ("up", "down", "out", "off", "over", "away", "back", "on", "in", "into", "through")
)
TIMES = frozenset(
    ("year", "yr", "month", "week", "season", "today", "yesterday", "night", "morning", "autumn",
     "fall", "spring", "summer", "winter", *MONTHS, *WEEKDAYS)
)  # fmt: skip


def deed_taken(
    question: str, names: Sequence[str], verb: Callable[[str], bool] = lambda word: True
) -> tuple[str, list[str]] | None:
    """The deed a "why did X …" question takes as done (its first word after a name that is no
    name, no little word and no verb that only carries another), with the names it gives;
    None when it asks no reason for a deed, or names no one before the deed."""
    match = REASON_FOR_DEED.match(question)
    if match is None:
        return None
    # (asked in the passive, a deed done to one, not a state: "why was sbf acquitted", not "why
    # were chiefs fans upset")
    passive = PASSIVE_REASON.match(question) is not None
    words = re.findall(r"[a-z][a-z'’-]*", match.group(1).lower())
    words = [w.removesuffix("'s").removesuffix("’s") for w in words]
    named = [w for w in words if w in names]
    if not named or words.index(named[0]) == len(words) - 1:
        return None
    after = words[words.index(named[0]) + 1 :]
    for i, word in enumerate(after):
        if word in names or (len(word) < 3 and word not in PARTICLES):
            continue
        if word in PARTICLES and after[i - 1 : i] != ["end"]:
            # a verb with a particle is told in other words too often to be missed: "go
            # down" ("collapsed"), "miss out"
            return None
        if NEGATION.fullmatch(word):
            return None  # taken as not done: "how come they dont open on thanksgiving"
        if word in STOPWORDS or word in PARTICLES or family(word) in CARRIERS or word in TIMES:
            continue
        if word in WORD_NUMBERS:  # part of a name: "erik ten hag"
            continue
        if not verb(word):
            continue  # no verb, part of the subject: "the palestinian isp netstream"
        if _ends_subject(after[i + 1 :], names, verb):
            continue  # (… or a noun ending it, before the verb: "the eu ai act deal ban chatgpt")
        if family(word) in LIGHT:
            return None  # … as is a light verb: "give up the belt" ("forced to vacate")
        if after[i + 1 : i + 2] and after[i + 1] in PARTICLES:
            # (unless the articles' other words for it are known: "throw out", "dismissed")
            phrasal = phrasal_asked(word, after[i + 1])
            return (f"{word} {after[i + 1]}", named) if phrasal else None
        if passive and undoubled(family(word)) not in DONE_TO_SOMEONE | CONVICTED | SENTENCED:
            return None
        return word, named
    return None


def _ends_subject(rest: Sequence[str], names: Sequence[str], verb: Callable[[str], bool]) -> bool:
    """Whether the words after one that may be a verb go on with the verb itself and then a name
    it is done to ("… deal | ban chatgpt"), so that word ends the subject, a noun."""
    if len(rest) < 2 or rest[1] not in names:
        return False
    word = rest[0]
    return (
        len(word) >= 3
        and word not in names
        and word not in STOPWORDS
        and word not in PARTICLES
        and word not in WORD_NUMBERS  # (part of a name: "sack ten hag")
        and not word.endswith("ing")  # ("stop selling", a carrier and its deed)
        and family(word) not in CARRIERS | LIGHT
        and verb(word)
    )


# Endings that make a noun of a deed: "retirement", "resignation", "dismissal", "departure".
DEED_NOUN_ENDINGS = ("ment", "ation", "ion", "al", "ure")


def _deed_roots(text: str) -> set[str]:
    """The roots of the deeds a text tells, their nouns' too: "announcing her retirement" tells
    she retired."""
    roots = phrasal_roots(text)  # ("pulled out of the deal", "threw the case out")
    for match in re.finditer(r"[\w'’-]+", text):  # ("The company first sold": it sells)
        roots.add(deed_root(match.group(), text[match.end() :]))
    for word in content_words(text):
        stem = family(word)
        roots.add(undoubled(stem))
        for ending in DEED_NOUN_ENDINGS:
            if stem.endswith(ending) and len(stem) - len(ending) >= 4:
                base = stem[: -len(ending)]
                roots |= {undoubled(family(base)), undoubled(family(base + "e"))}
                if ending == "ion" and base.endswith("s") and not base.endswith("ss"):
                    # (a "-sion" of a verb in "-d": "suspension", "decision", "invasion")
                    roots |= {family(base[:-1] + "d"), family(base[:-1] + "de")}
    return roots


def deed_untold(
    question: str,
    names: Sequence[str],
    passages: Sequence[Passage],
    verb: Callable[[str], bool] = lambda word: True,
    also: Callable[[str], Iterable[str]] = lambda name: (),
) -> bool:
    """Whether the question takes as done a deed no headline and no sentence of the passages
    tells of one of its names (named in the sentence or just before it), though some passage
    speaks of one of them.
    `verb` tells a word the store writes as a verb ("ban") from one it never does ("isp")."""
    taken = deed_taken(question, names, verb)
    if taken is None:
        return False
    deed, named = taken
    # (a deed done to someone is told of them: "why did the chiefs fire andy reid" is not
    # told by "Mahomes fired a pass" in a piece on the Chiefs; a thing done away with may be
    # told in other words, "the trip … cancelled")
    deed_at = re.search(rf"\b{re.escape(deed)}\b", question.lower())
    after = question.lower()[deed_at.end() :] if deed_at else ""
    to_someone = undoubled(family(deed)) in DONE_TO_SOMEONE
    # (the one the deed is done to, named right after it: "fine meta", not "the new online
    # safety act" it was fined under)
    done_to = [n for n in named if to_someone and n in _object_named(after, named)]
    # (… by the one the question says did it: "why did microsoft fire sam altman" is not told
    # by "OpenAI's board fired Altman")
    doers = [n for n in named if n not in done_to] if done_to else []
    # (a thing a deed of one's own is done to, named right after it, is told too: "why did
    # apple buy openai" is not told by "you'll be able to buy another Apple Watch")
    done_on = [] if to_someone else _object_named(after, named)
    # (a deed done to no one named, whoever it is asked of, is its doer's, where the question
    # says: "why did microsoft cut 100 jobs at bungie" is not told by "Sony cut 100 jobs at
    # Bungie", nor by "Microsoft cut 10,000 jobs across its businesses")
    where: list[str] = []
    asked_passive = (
        deed_at is not None
        and not deed.lower().endswith("ing")  # ("why was microsoft sacking staff": its own)
        and PASSIVE_ASKED.search(question[: deed_at.end()])
    )
    if to_someone and not done_to and deed_at is not None and asked_passive:
        # (done to the one named before it: "why did owen teale get sacked from being barry
        # the bear" is told by "Teale was sacked", whoever sacked him, unless the question says
        # who: "… get sacked by amazon")
        before_deed = question.lower()[: deed_at.start()]
        done_to = [n for n in named if re.search(rf"\b{re.escape(n)}", before_deed)]
        by = re.match(r"\s+by\s+(?:the\s+)?(.+)", after)
        doers = _object_named(by.group(1), named) if by else []
    elif to_someone and not done_to and deed_at is not None:
        before_deed = question.lower()[: deed_at.start()]
        doers = [n for n in named if re.search(rf"\b{re.escape(n)}", before_deed)]
        where = [n for n in named if n not in doers and re.search(rf"\b{re.escape(n)}", after)]
        where = where if doers else []
    # (… by any of its names: "Los Angeles" of the Chargers, `also`)
    doers += [o.lower() for n in doers for o in also(n)]
    subject: list[str] = []
    if not to_someone:  # (a deed of one's own is told of who did it: "why did jim harbaugh
        # resign from michigan" is not told by "the resignation of staffer Connor Stallions"
        # in an investigation into Michigan)
        before = question.lower()[: deed_at.start()] if deed_at else question.lower()
        subject = [n for n in named if re.search(rf"\b{re.escape(n)}", before)]
        named = subject or named
    # (the one asked about does the deed, unless it was done to them: "why did he get stripped
    # of his title" is told by "The WBC stripped him")
    doer = [] if PASSIVE_ASKED.search(question[: deed_at.end()] if deed_at else "") else subject
    phrasal, roots, roots_in = _deed_read(deed)
    for title in {p.title or "" for p in passages}:  # told by a headline: "Apple buys Beeper"
        if (
            roots & roots_in(title)
            and not negated(title, roots)
            and _told_of(title, named, done_to, doers)
        ):
            return False
    on_a_name = False
    # (the passages that say a name the question gives, each read once)
    naming = {i for i, p in enumerate(passages) if says_any(named, p.text)}
    # (… and the other chunks of their articles, read under the chunk that names them: "He
    # retired in 2019", a chunk after the one that names him)
    named_in = {passages[i].article_id: passages[i].text for i in sorted(naming)}
    for candidate in sentences_of(passages):
        article = passages[candidate.passage].article_id
        if candidate.passage not in naming and (
            article not in named_in or not goes_on_unnamed(candidate.text)
        ):
            continue  # (… a sentence there on one it names no more: "He retired in 2019")
        text = passages[candidate.passage].text
        on_a_name = True
        # (told in the sentence, of one named in it or just before: not "if you buy something
        # through a link" far down a piece on Apple, nor "Best Buy", a name)
        # (a capitalised word inside it is part of a name, "Best Buy", no deed)
        if roots & roots_in(MID_SENTENCE_NAME.sub(" ", candidate.text)) and not negated(
            candidate.text, roots
        ):
            at = max(text.find(candidate.text), 0)
            around = text[max(0, at - NAME_REACH) : at]
            if candidate.passage not in naming:  # (of the one its article is on)
                around = f"{named_in[article]} {around}"
            # (told of one named in the deed's own clause: "Shilo Sanders missed much of the
            # game after being ejected …, but Travis Hunter shined" tells no ejection of Hunter)
            told, first = deed_clause(candidate.text, roots, roots_in)
            around = around if first else ""
            if GOES_ON.match(candidate.text):
                # (one the piece is on, told of by a pronoun or a description: "The founder,
                # as you may recall, notably resigned from Reddit's board", in a piece headed
                # "Alexis Ohanian says …")
                around = f"{passages[candidate.passage].title or ''} {around}"
            # (who did it, by the words that tell it: "Clark stepped down", "he resigned")
            telling = roots | (telling_roots(phrasal, candidate.text) if phrasal else set())
            if (
                _told_of(f"{around} {told}", named, done_to, [])
                and (not done_on or says_any(done_on, f"{around} {candidate.text}"))
                and not (done_on and _passive_of_another(candidate.text, telling, done_on))
                and (not where or says_any(where, candidate.text))
                and (
                    not doers or _done_by(candidate.text, candidate.before, around, telling, doers)
                )
                and not (doer and done_by_another(candidate.text, telling, doer))
            ):
                return False
    return on_a_name


RootsIn = Callable[[str], set[str]]


def _deed_read(deed: str) -> tuple[str | None, set[str], RootsIn]:
    """A deed asked as its kind of `ALIKE` (a verb with its particle, or a word for a deed told
    in other words too), if it is of one; the roots that tell it; and what reads them in a text."""
    # (… or a word for a deed told in other words too: "quit", told by "stopped")
    phrasal = phrasal_asked(*deed.split()) if " " in deed else word_asked(deed)
    # (a word keeps its own root, which its nouns tell too: "her retirement")
    roots = {phrasal} if phrasal and " " in phrasal else {undoubled(family(deed))}
    if roots & CHANGES:  # "why did the world cup switch to 50 overs": "a shift of venue …,
        # and games being played in 50 overs instead of 60"
        roots |= CHANGES
    if roots & FOUNDING:  # (… and a thing founded, in any word for it)
        roots |= FOUNDING
    if roots & CONVICTED:  # (… and a verdict of guilt: "why was sbf convicted", "found guilty")
        roots |= CONVICTED

    def roots_in(text: str) -> set[str]:
        """The deed's roots a text tells (a verb with its particle, by any word for it)."""
        if phrasal and tells_phrasal(phrasal, text):
            return set(roots)
        return set() if phrasal and " " in phrasal else _deed_roots(text)

    return phrasal, roots, roots_in


def deed_teller(
    question: str, names: Sequence[str], verb: Callable[[str], bool] = lambda word: True
) -> Callable[[str], bool] | None:
    """For a question asking why or when of a deed (`deed_taken`), whether a text tells that
    deed, in any of its words ("He stopped drinking altogether in 2013" of "when did liam neeson
    quit drinking"); None for a question taking no deed."""
    taken = deed_taken(question, names, verb)
    if taken is None:
        return None
    _, roots, roots_in = _deed_read(taken[0])
    return lambda text: bool(roots & roots_in(text)) and not negated(text, roots)


def _object_named(after: str, named: Sequence[str]) -> list[str]:
    """The names of the run of name words that opens the words after a deed ("meta" of "meta
    under the new online safety act"; "andy reid" of "andy reid after the loss")."""
    run: list[str] = []
    for word in re.findall(r"[a-z][\w'’.-]*", after):
        word = word.removesuffix("'s").removesuffix("’s")
        if word in named:
            run.append(word)
        elif run or word not in ("the", "a", "an"):
            break
    return run


def _told_of(text: str, named: Sequence[str], done_to: Sequence[str], doers: Sequence[str]) -> bool:
    """Whether a text telling the deed says whom it was done to and who did it, when the
    question says both; else one of its names."""
    return says_any(done_to or named, text) and (not doers or says_any(doers, text))


def _done_by(
    sentence: str, before: str, around: str, roots: set[str], doers: Sequence[str]
) -> bool:
    """Whether a sentence telling the deed says one of the doers did it: named before the deed
    ("OpenAI's board fired Altman"), after "by" ("was fired by the board"), or, when the
    sentence goes on about someone ("He was fired …", "It fired …"), in the sentence before; a
    deed told without its doer ("Staley was fired on Friday") is of the one the text `around`
    it names. Not one named beside it ("Microsoft hired Altman after OpenAI fired him" is not
    Microsoft's firing, though it names Microsoft first: the name nearest before the deed did
    it)."""
    words = list(re.finditer(r"[\w'’-]+", sentence))
    at = next((w for w in words if deed_root(w.group(), sentence[w.end() :]) in roots), None)
    if at is None:
        return says_any(doers, sentence)
    head, tail = sentence[: at.start()], sentence[at.end() :]
    clause = re.split(r"[;,]|\b(?:after|before|when|while|because|as|and|but)\b", head)[-1]
    if says_any(doers, clause):
        return True
    by = re.match(r"\W*(?:\w+\W+){0,3}?by\b(.{0,60})", tail)
    if by:
        return says_any(doers, by.group(1))
    if PASSIVE.search(head):  # (done to the one named, by whom it does not say)
        return says_any(doers, f"{around} {sentence}")
    return bool(REFERS_BACK.match(clause or sentence)) and says_any(doers, before)


def _passive_of_another(sentence: str, roots: set[str], done_on: Sequence[str]) -> bool:
    """Whether the sentence tells the deed in the passive, of a thing it names just before it
    and not the one asked: "the recently acquired competitor Texts.com bought by Automattic"
    for "why did automattic buy beeper"."""
    words = list(re.finditer(r"[\w'’-]+", sentence))
    for k, w in enumerate(words):
        if deed_root(w.group()) in roots and re.match(r"\s+by\b", sentence[w.end() :]):
            before = " ".join(x.group() for x in words[max(0, k - PASSIVE_REACH) : k])
            return not says_any(done_on, before)
    return False


PASSIVE_REACH = 4  # words before a deed told in the passive that name what it was done to
# A deed asked in the passive, done to the one named: "why did he get stripped", "why was she".
PASSIVE_ASKED = re.compile(
    r"\b(?:get|gets|got|getting|gotten|was|were|been|being|be|is|are)\s+(?:\w+\s+)?\w+$", re.I
)


# The helper of a deed told as done to someone: "was fired", "have been sacked".
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|got|get|gets)\s+(?:\w+ly\s+)?$", re.I)


# A sentence that goes on about one named before it: by a pronoun, or a description ("The
# founder", "The company").
GOES_ON = re.compile(rf"(?i:{REFERS_BACK.pattern})|\W*[Tt]he\s+[a-z]")
NAME_REACH = 300  # characters before a sentence telling a deed that may name its doer

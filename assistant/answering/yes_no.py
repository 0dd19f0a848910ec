"""How a yes/no question is answered from the chosen sentences: "Yes: …" when one of them says
what was asked, "No: …" when it says it negated or says the contrary, "No, the articles don't
mention X; they say: …" when a word it turns on is in no article, and the sentences as they are
otherwise."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from assistant.answering.asking import main_clause, set_in_context
from assistant.answering.candidates import Candidate, markers_of
from assistant.answering.contraries import (
    COMPARISONS,
    another_sum,
    gives_sum,
    says_the_contrary,
    sums_asked,
)
from assistant.answering.features import feature_asked, feature_told
from assistant.answering.focus import HEDGES
from assistant.answering.outcome import result_told
from assistant.answering.ranks import within_bound
from assistant.answering.refusals import either_as_written
from assistant.answering.responses import RESPONSE_ASKED, response_told
from assistant.answering.sentences import answer_stem, answer_stems
from assistant.answering.specifics import NUMBER_WORDS, spelt_out
from assistant.answering.statements import QUOTED_QUESTION
from assistant.answering.subject import MID_SENTENCE_NAME
from assistant.answering.unsettled import NEGATION
from assistant.answering.wording import expand_abbreviations
from assistant.outlet_names import named_outlets
from assistant.types import Passage
from index.terms import content_words, words


def yes_no_reply(
    question: str,
    chosen: list[Candidate],
    candidates: list[Candidate],
    passages: Sequence[Passage],
    absent: list[str],
    attributed: list[str],
    terms: dict[str, float],
    deeds_unsaid: Sequence[str] = (),
) -> str:
    """The reply, from the chosen sentences; `absent` are the question's words no article
    says, `attributed` the outlets it attributes the claim to, `deeds_unsaid` the verbs it
    asks in that no article uses ("rehire"): the sentences cannot say it was so, in words the
    articles never use, nor that it was not, by their absence."""
    lines = [c.cited(markers_of(c, candidates, passages)) for c in chosen]
    answered = REPLY.match(chosen[0].text)
    if answered and _put_as_question(chosen[0].before):
        # "“No, Senator,” Fraser answered.": the answer to the question put before it
        put = replace(chosen[0], parts=[chosen[0].before, chosen[0].text])
        lines[0] = put.cited(markers_of(chosen[0], candidates, passages))
        return f"{answered.group(1).capitalize()}: {' '.join(lines)}"
    # "do the echo frames have a camera": "There's no camera, no screen …"
    feature = told_outright(question, chosen, passages)
    if feature is not None:
        first = lines.pop(chosen.index(feature[0]))
        return f"{'Yes' if feature[1] else 'No'}: {' '.join([first, *lines])}"
    # "Did AnewZ report it too?": settled by AnewZ's sentence, given first
    own = [c for c in chosen if passages[c.passage].outlet in attributed]
    # (… or gives another sum than the one asked: "the $69 billion Activision deal", unless
    # another chosen sentence gives the one asked)
    asked_sum = any(gives_sum(sums_asked(question), c.text) for c in chosen)
    # (… or a rank outside the one asked: "is kd in the top 10": "ranking 11th")
    contrary = [
        c
        for c in chosen
        if says_the_contrary(question, c.text)
        or (not asked_sum and another_sum(question, c.text))
        or within_bound(question, c.text) is False
    ]
    # (… or by the one that says what was asked, when the first only speaks of it: "did
    # jake paul get his fight w danis": "Jake Paul never could finalize his fight with Dillon
    # Danis", after a sentence on his calling Danis out)
    saying = [c for c in chosen if says_what_was_asked(question, c, passages, terms)]
    settling = own[0] if own else contrary[0] if contrary else (saying or chosen)[0]
    said_it = settling in saying and not deeds_unsaid  # (each worked out once, above)
    if result_told(question, settling.text) or within_bound(question, settling.text):
        # "did the raiders beat the jets": "… beat …"; "is he in the top 10": "ranking 7th"
        first = lines.pop(chosen.index(settling))
        return f"Yes: {' '.join([first, *lines])}"
    if settling in contrary:  # "did nike beat estimates": "fell short"
        first = lines.pop(chosen.index(settling))
        return f"No: {' '.join([first, *lines])}"
    denying = [] if said_it else [c for c in chosen if denies_what_was_asked(question, c, passages)]
    if not denying and not said_it:
        # (… or that it was called off, in a sentence close enough to the best: "did nelly end
        # up performing": "Petersen opted to squash the performance")
        close = [c for c in candidates if c.score >= UNDONE_CLOSE * chosen[0].score]
        undone = next((c for c in close if undoes_what_was_asked(question, c.text)), None)
        if undone is not None and undone not in chosen:
            lines.insert(0, undone.cited(markers_of(undone, candidates, passages)))
            chosen = [undone, *chosen]
        denying = [undone] if undone is not None else []
    if denying:
        # "did jake paul ever get his fight w dillon danis": "Jake Paul never could finalize
        # his fight with Dillon Danis"
        first = lines.pop(chosen.index(denying[0]))
        return f"No: {' '.join([first, *lines])}"
    if absent:  # "Did Putin offer copper?": what he did offer settles it
        absent_shown = either_as_written(absent, question)
        return f"No, the articles don't mention {absent_shown}; they say: {lines[0]}"
    if said_it:
        first = lines.pop(chosen.index(settling))
        # "does it run the ai live on the device": "… is not happening in real time on the
        # device" says it, negated
        reply = "No" if negates_what_was_asked(question, settling.text) else "Yes"
        return f"{reply}: {' '.join([first, *lines])}"
    return " ".join(lines)


def asks_outright(question: str) -> bool:
    """Whether the question asks what `told_outright` settles: a part, or a response."""
    return feature_asked(question) is not None or RESPONSE_ASKED.search(question) is not None


def told_outright(
    question: str,
    sentences: Sequence[Candidate],
    passages: Sequence[Passage],
    names: Mapping[str, str] | None = None,
) -> tuple[Candidate, bool] | None:
    """A sentence that settles the question by what it tells of the one asked about, and
    whether it says yes: a part it has or lacks ("There's no camera"), a response it gave or
    declined ("Uber … cannot comment on pending litigation")."""
    return feature_told(question, sentences, passages, names) or response_told(
        question, sentences, passages, names
    )


# A reply put in quotes, the yes or no that answers the question put before it.
REPLY = re.compile(
    r"[\"“]\s*(yes|no)\b[^\"”]{0,30}[\"”]\s*,?\s+(?:[\w.'’-]+\s+){1,3}?(?:answered|replied|"
    r"said|responded|told)\b",
    re.I,
)


def _put_as_question(sentence: str) -> bool:
    return bool(QUOTED_QUESTION.match(sentence)) or sentence.rstrip("\"'”’) ").endswith("?")


def says_what_was_asked(
    question: str, best: Candidate, passages: Sequence[Passage], terms: dict[str, float]
) -> bool:
    """The sentence itself says what the question asks (or that it is not so): it holds the
    question's names and numbers (its outlet and headline count), most of its weighted words,
    and every word of what its main clause asks of its subject."""
    passage = passages[best.passage]
    # Its outlet counts when the question names it ("did AnewZ report it"), not when a word
    # of the question merely reads as one ("is he worth a fortune")
    outlet = passage.outlet if passage.outlet and named_outlets(question, [passage.outlet]) else ""
    # A question set in context asks what its asking clause does: "peter kalmus, the nasa
    # scientist who went to that maine homestead - has he actually been arrested over his
    # climate protests" is settled by "Twice, he's been arrested during climate protests."
    asked = set_in_context(question)
    if asked:
        question = asked
        in_clause = answer_stems(asked)
        terms = {t: w for t, w in terms.items() if t in in_clause}
    found = answer_stems(" ".join(filter(None, [best.text, outlet, passage.title])))
    # (a short form the sentence spells out: "cfp", "College Football Playoff")
    spelt = {t for t in terms if t.isalpha() and len(t) <= SHORT_FORM and spelt_out(t, best.text)}
    # (… and a small number said in a word: "2 loss" as "two-loss")
    spelt |= {t for t in terms if _as_word(t) and _as_word(t) in found}
    found |= spelt
    if outlet:  # "did anewz report it too": its piece on it is the reporting asked about
        found |= REPORTING
    specific = [
        answer_stem(w)
        for word in re.findall(r"(?<=\s)[A-Z][\w'’-]*|\b\d[\d,.]*\b", question)
        for w in content_words(word)
    ]
    if any(s not in found and _as_word(s) not in found for s in specific):
        return False
    total = sum(terms.values()) or 1.0
    if sum(w for t, w in terms.items() if t in found) / total < YES_SHARE:
        return False
    # What it is asked of its subject must be said by the sentence itself: the headline says
    # what the article is about, not that the third-gen Echo Frames "have a camera"
    heading = answer_stems(" ".join(filter(None, [outlet, passage.title])))
    # … and of its main clause: "did bendigo's shares go up | when betashares agreed to buy
    # its super arm" is not settled by a sentence on the deal alone
    main = answer_stems(main_clause(question))
    # (what the sentence writes as a name is whom it is asked of, not what: "Bendigo")
    named = answer_stems(" ".join(MID_SENTENCE_NAME.findall(best.text)))
    # (nor the asker's hedges: "has he actually been arrested" is settled by "he's been
    # arrested")
    claim = {
        t: w
        for t, w in terms.items()
        if t not in heading | named and t in main and t not in HEDGE_STEMS
    }
    # (not inside "whether …": "more consequential than whether he is found guilty" asserts
    # no verdict)
    own = answer_stems(OPEN_QUESTION.sub(" ", best.text)) | (REPORTING if outlet else frozenset())
    own |= spelt
    # … every word of it: "marriage" is not "an open marriage"; and a comparison asked, a
    # comparison: "does russia have more rare earths than ukraine" is not settled by "… is not
    # a concern for Russia"
    compared = [pattern for pair in COMPARISONS for pattern in pair]
    if any(p.search(question.lower()) for p in compared) and not any(
        p.search(best.text.lower()) for p in compared
    ):
        return False
    # (a light verb is said by any verb that takes its object: "gets his own balloon", told by
    # "to rate a balloon"; not by "asked for a refund")
    return all(t in own or taken_by_another_verb(question, best.text, t) for t in claim)


def taken_by_another_verb(question: str, sentence: str, stem: str) -> bool:
    """Whether a light verb of the question (`stem`: "get" of "gets his own balloon") has its
    object taken by a verb in the sentence ("to rate a balloon")."""
    if stem not in LIGHT_VERBS:
        return False
    low = question.lower()
    for verb in re.finditer(r"[a-z]+", low):
        after = OBJECT_AFTER.match(low, verb.end())
        if answer_stem(verb.group()) != stem or after is None:
            continue
        taken = TAKEN.pattern + re.escape(after.group(1)) + r"\b"
        return re.search(taken, sentence.lower()) is not None
    return False


DETERMINERS = r"(?:(?:a|an|the|his|her|its|their|own)\s+)"
OBJECT_AFTER = re.compile(rf"\s+{DETERMINERS}{{0,2}}([a-z]+)")
# Words before an object that take no object themselves: "for a refund", "and the balloon".
NOT_TAKING = ("for", "of", "and", "or", "with", "from", "about", "than", "but", "into", "onto")
TAKEN = re.compile(rf"\b(?!(?:{'|'.join(NOT_TAKING)})\b)[a-z]{{3,}}\s+{DETERMINERS}?")


def denies_what_was_asked(question: str, c: Candidate, passages: Sequence[Passage]) -> bool:
    """The sentence says, negated, what the main clause of the question asks: it holds all its
    words but one (its headline counts), the verb the one most often said otherwise ("never
    could finalize his fight with Dillon Danis" for "did jake paul get his fight w dillon
    danis"; light verbs and verbs of saying need not be said)."""
    if not NEGATION.search(c.text):
        return False
    asked = _stems_asked(main_clause(question)) - (LIGHT_VERBS | FRAMING)
    said = answer_stems(" ".join(filter(None, [c.text, passages[c.passage].title])))
    unsaid = asked - said
    return len(asked) >= MIN_DENIED and len(unsaid) <= 1 and said_negated(c.text, asked)


def undoes_what_was_asked(question: str, sentence: str) -> bool:
    """Whether the sentence says the deed the question asks of was called off: a verb of
    calling off next to a word of the deed ("squash the performance" for "did he end up
    performing", "the concert was cancelled" for "did the concert go ahead")."""
    asked = _deed_stems(question)
    tokens = re.findall(r"[\w'’-]+", sentence.lower())
    for i, token in enumerate(tokens):
        if token not in CALLING_OFF and not (token in CALLING and tokens[i + 1 : i + 2] == ["off"]):
            continue
        near = tokens[max(0, i - UNDONE_REACH) : i] + tokens[i + 1 : i + 1 + UNDONE_REACH]
        if any(word.startswith(stem) for word in near for stem in asked):
            return True
    return False


@lru_cache(maxsize=64)  # (read once for each sentence `yes_no_reply` weighs)
def _deed_stems(question: str) -> frozenset[str]:
    """The stems of the words the question's asking clause asks, long enough to be a deed's."""
    clause = set_in_context(question) or main_clause(question)
    return frozenset(s for s in _stems_asked(clause) if len(s) >= MIN_DEED_STEM)


# Verbs that call a thing off, and how near the thing is named.
CALLING_OFF = frozenset(
    ("cancel", "cancels", "canceled", "cancelled", "canceling", "cancelling", "scrap", "scraps",
     "scrapped", "squash", "squashed", "axe", "axed", "shelve", "shelved", "nix", "nixed",
     "scuttle", "scuttled", "scrub", "scrubbed")
)  # fmt: skip
CALLING = frozenset(("call", "calls", "called", "calling"))  # (… "off")
UNDONE_REACH = 3
UNDONE_CLOSE = 0.6  # of the best sentence's score, one telling it called off must reach
MIN_DEED_STEM = 4


def _stems_asked(clause: str) -> set[str]:
    """The stems of the words a clause asks, the asker's hedges aside."""
    return {
        answer_stem(w)
        for w in content_words(expand_abbreviations(clause))
        if w not in HEDGES and (len(w) > 1 or w.isdigit())
    }


MIN_DENIED = 3  # words the question's main clause must ask for a sentence to deny it


def said_negated(sentence: str, asked: set[str]) -> bool:
    """Whether a negation in the sentence comes within a few words before one of the words
    asked ("never could finalize his fight"), not in a clause on something else."""
    tokens = re.findall(r"[\w'’-]+", sentence)
    return any(
        (NEGATION.fullmatch(token) or re.search(r"n['’]t$", token, re.I))
        and any(answer_stem(t) in asked for t in tokens[i + 1 : i + 1 + NEGATED_REACH])
        for i, token in enumerate(tokens)
    )


NEGATED_REACH = 5  # words after a negation that it may deny


# Where one clause ends and another begins: what a negation in one denies is said there.
CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]—–]|\s-\s|\b(?:but|although|though|whereas|while|which|because|unless|until)\b",
    re.I,
)
# Negations that deny nothing: "not only …", "no doubt", "nothing but".
NO_DENIAL = re.compile(
    r"\b(?:not\s+(?:only|just|least|merely|simply|to\s+mention)|no\s+(?:doubt|wonder|matter)|"
    r"nothing\s+but|never\s+(?:before|mind))\b",
    re.I,
)
WITHOUT_REACH = 2  # words after "without" that it may deny ("without a camera", not "… incident")


def negates_what_was_asked(question: str, sentence: str) -> bool:
    """Whether a negation in the sentence denies what the question asks: it shares a clause
    with a word of its asking clause ("… is not happening in real time on the device" for "does
    it run the ai live on the device"), is not itself a word asked ("did he deny it": "he
    denied it"), and is no "not only" or "without incident"."""
    asked = _stems_asked(set_in_context(question) or question) - FRAMING
    said_before = False  # (a clause before this one says a word asked)
    for clause in CLAUSE_BREAK.split(NO_DENIAL.sub(" ", sentence)):
        if said_before and DENIED_BY_ELLIPSIS.fullmatch(clause):
            return True  # "Gemini Pro said that Stross contributed to the kernel; he never has"
        tokens = re.findall(r"[\w'’-]+", clause)
        # (as the question's words are read: lower case, no possessive, "Freddy's" "freddy")
        stems = [answer_stem((words(t) or [t.lower()])[-1]) for t in tokens]
        for i, token in enumerate(tokens):
            if not (NEGATION.fullmatch(token) or re.search(r"n['’]t$", token, re.I)):
                continue
            if stems[i] in asked:
                continue
            reach = stems[i + 1 : i + 1 + WITHOUT_REACH] if token.lower() == "without" else stems
            if any(s in asked for j, s in enumerate(reach) if reach is not stems or j != i):
                return True
        said_before = said_before or any(s in asked for s in stems)
    return False


# A clause that denies the one before it without saying it again: "…; he never has", "but
# it wasn't", "which they did not".
DENIED_BY_ELLIPSIS = re.compile(
    r"\s*(?:and\s+|but\s+|yet\s+)?(?:he|she|it|they|that|this|which|who|we|you|i)\s+"
    r"(?:never(?:\s+(?:has|have|had|did|was|were|is|are|will|would|could))?|"
    r"(?:has|have|had|did|does|do|was|were|is|are|will|would|could)\s*(?:not|n['’]t)|"
    r"(?:has|have|had|did|does|do|was|were|is|are|wo|could|would)n['’]t)\s*[.!]?\s*",
    re.I,
)


OPEN_QUESTION = re.compile(r"\bwhether\b[^.;:!?]*", re.I)
REPORTING = frozenset(
    answer_stem(w) for w in ("report", "say", "write", "cover", "publish", "mention", "run")
)
# Verbs that frame what is asked ("did putin claim that …"): the articles need not use them.
FRAMING = frozenset(
    answer_stem(w)
    for w in ("claim", "say", "suggest", "think", "believe", "argue", "state", "mention",
              "insist", "assert", "indicate", "hint", "imply", "admit", "acknowledge",
              "concede", "confirm", "reckon", "feel",
              # … and the asker's own ("my 11 yr old asked", "i heard"): nothing to settle
              "ask", "wonder", "hear",
              # … and what one means to do ("does russia plan to ship it"): told by what
              # it would do
              "plan", "intend", "mean", "meant", "want", "hope", "expect")
)  # fmt: skip
# Verbs too light for a question to turn on: "would it make prices jump".
LIGHT_VERBS = frozenset(
    answer_stem(w)
    for w in ("make", "makes", "made", "get", "gets", "got", "do", "does", "have", "has", "go",
              "goes", "take", "takes", "give", "gives", "put", "keep", "let")
)  # fmt: skip


def _as_word(stem: str) -> str:
    """A small number's word: "two" for "2" ("" for anything else)."""
    return (
        answer_stem(NUMBER_WORDS[int(stem)]) if stem.isdigit() and int(stem) in NUMBER_WORDS else ""
    )


SHORT_FORM = 5  # letters of a short form a sentence may spell out
HEDGE_STEMS = frozenset(answer_stem(w) for w in HEDGES)
YES_SHARE = 0.6  # of the question's weighted words a sentence must hold to settle a "yes"

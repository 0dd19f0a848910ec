"""The role a "who" question asks about, and whether a sentence names someone in that role.

News names people beside what they do: "under director Emma Tammi", "coach Sarina Wiegman",
"Verstappen won the race". Asked "who ended up directing the movie", a sentence that names
someone new next to a word of the role ("directing": director) answers it; one that only names
someone ("Paris Saint-Germain", an actor in it) is about the subject, not an answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.asking import asking_clause
from assistant.answering.deed_doers import undoubled
from assistant.answering.sentences import answer_stem
from index.dates import MONTHS, WEEKDAYS
from index.terms import STOPWORDS

WHO = re.compile(r"^(?:who|whom)(?:['’]s|s)?\b", re.I)
COPULA = frozenset(("is", "was", "are", "were", "be", "been", "'s", "’s"))
# Words between "who" and the role: auxiliaries, "ended up", "got", determiners.
SKIPPED = COPULA | frozenset(
    (
        "has", "have", "had", "did", "does", "do", "will", "would", "could", "can", "should",
        "ended", "end", "up", "going", "to", "actually", "finally", "eventually", "really",
        "the", "a", "an", "its", "their", "his", "her", "currently", "now", "then", "being",
        "got", "get", "gets", "getting",  # "who got sent off": sent
    )
)  # fmt: skip
# What makes "who" the object: "who did the wild hire"; a modal with a subject after it: "who
# will they pick" (not "who will win").
OBJECT_ASKED = frozenset(("did", "does", "do"))
MODALS = frozenset(("will", "would", "could", "can", "should", "might", "may"))
SUBJECTS = frozenset(
    ("the", "a", "an", "his", "her", "their", "its", "they", "he", "she", "it", "we", "you", "i")
)
# Where a role's noun phrase ends: "the football australia boss | that stuck by …".
PHRASE_END = frozenset(
    ("that", "who", "which", "of", "at", "for", "in", "on", "with", "to", "from", "by", "behind",
     "after", "before", "when", "since", "while", "until", "once")
)  # fmt: skip
# Words that ask for anyone: no role to look for.
ANYONE = frozenset(
    ("individual", "person", "people", "someone", "somebody", "one", "ones", "figure", "else",
     "responsible", "involved", "mentioned", "named", "quoted", "this", "that", "it", "they")
)  # fmt: skip
# How an agent's word ends where the verb's stem stops: direct-or, win-ner, report-er,
# replace-ment, star-r(ing).
AGENT_TAILS = frozenset(("or", "er", "r", "ar", "ner", "ant", "ent", "ist", "ian", "ment", "ee"))
NEAR_ROLE = 3  # words between a name and the word for its role ("director Emma Tammi")
TOKEN = re.compile(r"[A-Za-z][\w'’.-]*")


# Taking another's place is succeeding them: "who took his seat", "who filled the vacancy".
TAKING = frozenset(
    ("take", "takes", "took", "taking", "taken", "get", "gets", "got", "getting", "fill", "fills",
     "filled", "filling")
)  # fmt: skip
OWN_PLACE = frozenset(("seat", "place", "job", "spot", "role", "post", "position", "vacancy"))
# Words that put someone in a role, the role named after them: "who got made interim ceo",
# "who was named coach", "who became chairman" (the role is asked, not the making).
PUT_IN_ROLE = frozenset(
    ("made", "named", "appointed", "tapped", "picked", "chosen", "selected", "installed",
     "hired", "promoted", "confirmed", "unveiled")
)  # fmt: skip
# Words that set a role apart from the role itself: an interim CEO is not the CEO.
QUALIFIERS = frozenset(
    ("interim", "acting", "caretaker", "temporary", "deputy", "assistant", "vice", "associate",
     "permanent")
)  # fmt: skip
BECOMING = frozenset(("became", "become", "becomes", "becoming"))
GOT = frozenset(("got", "get", "gets", "getting"))


def role_of(question: str) -> str | None:
    """The stem of the role a "who" question asks about: "direct" for "who ended up directing
    the movie", "bos" for "who's the football australia boss that stuck by arnold", "win" for
    "who won the tour"; None for "who is he" or a question not asking "who"."""
    phrase = _role_phrase(question)
    if not phrase:
        return None
    role = phrase[-1].removesuffix("'s").removesuffix("’s").split("-")[-1]  # "co-founded"
    if role in STOPWORDS or role in ANYONE or not role.isalpha():
        return None
    return undoubled(answer_stem(role))  # "winning", "running": the doubled consonant undone


def role_qualifiers(question: str) -> frozenset[str]:
    """The words of the role asked that set it apart from the role itself: "interim" of "who
    got made interim ceo" (a sentence naming the CEO answers another question)."""
    phrase = _role_phrase(question)
    return frozenset(phrase[:-1]) & QUALIFIERS if phrase else frozenset()


@lru_cache(maxsize=256)  # (read by `role_of` and `role_qualifiers` alike)
def _role_phrase(question: str) -> tuple[str, ...]:
    """The words naming the role a "who" question asks about, its head last: "interim ceo"
    of "who got made interim ceo of openai"; a single word for a deed ("won")."""
    clause = asking_clause(question)
    match = WHO.match(clause)
    if match is None:
        return ()
    copula = match.group().lower().endswith("s")
    words = [w.lower() for w in TOKEN.findall(clause[match.end() :])]
    if words and words[0] in OBJECT_ASKED:  # "who did the wild hire": the wild is no role …
        # … but the one it took on to fill another's place is the successor: "who did the
        # minnesota wild hire to replace dean evason"
        replacing = re.search(r"\bto\s+(?:replace|succeed)\b", clause, re.I)
        return ("replace",) if replacing else ()
    if len(words) > 1 and words[0] in MODALS and words[1] in SUBJECTS:
        return ()
    passive = copula
    while words and words[0] in SKIPPED:
        copula = copula or words[0] in COPULA
        passive = passive or words[0] in COPULA or words[0] in GOT
        words.pop(0)
    if len(words) > 1 and (words[0] in BECOMING or (passive and words[0] in PUT_IN_ROLE)):
        words, copula = words[1:], True  # "who got made interim ceo": the ceo
        if words[0] == "as" and len(words) > 1:  # "who was hired as coach"
            words = words[1:]
    if words[:2] == ["in", "charge"]:  # "who's in charge until she arrives": who runs it
        return ("runs",)
    if len(words) > 3 and words[1] in ("over", "in", "up", "on") and words[2] == "as":
        # "who took over as interim ceo", "who stepped in as coach": the role taken on
        words, copula = words[3:], True
    if not words:
        return ()
    if words[0] in TAKING and len(words) > 2 and words[2] in OWN_PLACE:
        return ("replace",)  # "who ended up taking his seat", "who filled her job"
    if not copula or words[0].endswith("ing"):  # "who is winning the race": winning
        return tuple(words[:1])
    # "who is the ceo of openai": the noun phrase, its head last
    phrase: list[str] = []
    for word in words:
        # (… or at a participle after it: "the individual | associated with …")
        if word in PHRASE_END or (phrase and word.endswith(("ed", "ing"))):
            break
        phrase.append(word)
    return tuple(phrase or words[:1])


# Roles news says in other words, and what an answer in them is called. "Who won" is answered
# by "Spain beat Italy" or "champion Vingegaard"; a sentence naming nobody in any of them does
# not say who won, however much it says of the race.
SAID_AS = {
    "win": frozenset(
        answer_stem(w)
        for w in ("win", "wins", "winning", "won", "winner", "victory", "victorious", "victor",
                  "champion", "beat", "defeated", "triumph", "clinched", "crowned", "title",
                  "elected", "awarded", "prevailed", "edged", "trophy", "gold", "laureate",
                  "medal", "lifted")
    ),
}  # fmt: skip
# "Who scored" is answered by "goals from Raheem Sterling", "a Nemanja Gudelj header".
SCORING_WORDS = (
    "score", "scored", "scorer", "scoring", "goal", "goals", "strike", "header", "finish", "net",
    "netted", "brace", "equaliser", "equalizer", "touchdown",
)  # fmt: skip
SCORING = frozenset(
    answer_stem(w) for w in (*SCORING_WORDS, "penalty", "winner")
)  # (not "try": "trying")
SAID_AS |= {answer_stem("scored"): SCORING}
# "Who started the site" is answered by "founder Kevin Lewandowski" or "created by …".
FOUNDING = frozenset(
    answer_stem(w)
    for w in ("founded", "founder", "founding", "cofounder", "started", "starting", "created",
              "creator", "launched", "establish", "established")
)  # fmt: skip
SAID_AS |= {
    answer_stem(w): FOUNDING for w in ("founded", "started", "created", "launched", "established")
}
# "Who runs the Mozilla Foundation" is answered by its "president and executive director".
LEADING = frozenset(
    answer_stem(w)
    for w in ("run", "runs", "running", "head", "heads", "lead", "leads", "leader", "chief",
              "boss", "president", "ceo", "director", "chair", "chairman", "chairwoman",
              "chairperson", "manager", "managing", "founder", "executive", "commissioner",
              "secretary", "governor", "minister", "mayor")
)  # fmt: skip
# ("who led arizona in tackles" asks who did most, not who heads the team)
SAID_AS |= {answer_stem(w): LEADING for w in ("runs", "heads", "manages", "chairs")}
# "Who will replace kenwright as chairman" is answered by one named his successor, or to
# replace him, or appointed; a sentence naming nobody so does not say who.
SUCCESSION = frozenset(
    answer_stem(w)
    for w in ("replace", "replaced", "replacing", "replacement", "succeed", "succeeded",
              "succeeds", "successor", "appointed", "appoints", "named", "hired", "hires",
              "interim")
)  # fmt: skip
SAID_AS |= {answer_stem(w): SUCCESSION for w in ("replace", "succeed", "succeeded")}
ASKED_AS = {"win": "the winner"} | {
    answer_stem(w): "the successor" for w in ("replace", "succeed", "succeeded")
}
# A win of one part of a contest: "have won Game 2 of the 2023 World Series" names no winner of
# the series, unless a part is what is asked ("who won game 2").
PART = r"(?:game|match|round|stage|leg|set|race|heat)"
PART_WON = re.compile(
    rf"\b(?:win|wins|won|winning|take|takes|took|taking)\s+{PART}\s+"
    r"(?:\d+|one|two|three|four|five|six|seven)\b",
    re.I,
)
PART_ASKED = re.compile(rf"\b{PART}\b", re.I)


def wins_a_part(sentence: str, question: str) -> bool:
    """Whether a sentence tells a win of one part of a contest, where the whole is asked."""
    return bool(PART_WON.search(sentence)) and not PART_ASKED.search(question)


# The stage of a contest a text names: "the final", "the semi-finals", "a quarterfinal".
# (not "in the final 37 seconds", "the final score")
STAGE = re.compile(
    r"\b(?:(semi|quarter)[\s-]?)?finals?\b(?!\s+(?:\d|few|minutes?|seconds?|moments?|laps?|"
    r"overs?|quarter|period|round|stretch|whistle|days?|weeks?|months?|years?|games?|score|"
    r"table|standings|stages?|straight|tally|count|says?|word|version|decision))",
    re.I,
)


def another_stage(sentence: str, question: str) -> bool:
    """Whether a sentence tells of another stage than the one asked ("beat the Warriors in the
    quarter-final", for "who won the final")."""
    asked = {(m.group(1) or "final").lower() for m in STAGE.finditer(question)}
    told = {(m.group(1) or "final").lower() for m in STAGE.finditer(sentence)}
    return bool(asked and told) and not asked & told


# A win still to come: "need one more win to become World Series champions", "one win away from
# their first title", "could clinch the title on Sunday". It names nobody as the winner …
PROSPECT = re.compile(
    r"\b(?:(?:to|will|would|could|can|might|may|must)\s+(?:become|be\s+crowned|win|clinch|"
    r"capture|claim|lift|beat|defeat)|(?:one|two|three|a)\s+(?:more\s+)?wins?\s+away|"
    r"away\s+from\s+(?:a|an|the|their|its|his|her)|(?:bid|chance|hopes?|shot|push)\s+(?:at|for|to|of)|"
    r"in\s+(?:the\s+)?(?:hunt|race|running)\s+for|favou?rites?\s+to|odds\s+to)\b",
    re.I,
)
# … unless the sentence also tells one done: "beat Houston to become the first team …".
WIN_DONE = re.compile(
    r"\b(?:won|beat|defeated|clinched|captured|claimed|crowned|lifted|triumphed|prevailed|"
    r"edged|routed|swept)\b",
    re.I,
)


def wins_in_prospect(sentence: str) -> bool:
    """Whether a sentence tells a win only as still to come."""
    return bool(PROSPECT.search(sentence)) and not WIN_DONE.search(sentence)


def plays_role(word: str, role: str) -> bool:
    """Whether a word is the role's word, or its agent: "director" for "direct", "winner" and
    "won" for "win", "co-founder" for "found"."""
    stem = answer_stem(word.lower().split("-")[-1])
    if stem == role or stem in SAID_AS.get(role, ()):
        return True
    short, long = sorted((stem, role), key=len)
    return len(short) >= 3 and long.startswith(short) and long[len(short) :] in AGENT_TAILS


def names_in_role(sentence: str, role: str, asked: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence names someone (whom the question does not, of `asked`), within a few
    words of a word for the role asked about: "under director Emma Tammi", "Verstappen won"."""
    spans = list(TOKEN.finditer(sentence))
    tokens = [m.group() for m in spans]
    given = {answer_stem(w) for w in asked}
    people_only = SAID_AS.get(role) in (LEADING, FOUNDING, SUCCESSION)  # (a team can win;
    # only someone runs, founds or takes over a thing)
    for match in ROLE_THEN_WHO.finditer(sentence):  # "the winning driver, who in this case was
        # David Gravel"
        name = match.group(2).lower().removesuffix("'s").removesuffix("’s")
        if (
            plays_role(match.group(1), role)
            and name not in asked
            and answer_stem(name) not in given
        ):
            return True
    # (a deed told by a clause of its own after a comma is the subject's: "Chiefs DT Tershawn
    # Wharton was quick to react, jumping on the ball")
    participles = [
        j
        for j, token in enumerate(tokens)
        if token.endswith("ing")
        and sentence[: spans[j].start()].rstrip().endswith(",")
        and plays_role(token, role)
    ]
    for i, token in enumerate(tokens):
        bare = token.lower().removesuffix("'s").removesuffix("’s").strip(".")
        if not token[0].isupper() or len(bare) < 2 or bare in STOPWORDS or bare in MONTHS:
            continue
        if bare in asked or answer_stem(bare) in given:  # "MXenes" for "the first mxene"
            continue
        if any(j > i and not any(t[0].isupper() for t in tokens[i + 1 : j]) for j in participles):
            return True
        near = [
            *range(max(0, i - NEAR_ROLE), i),
            *range(i + 1, min(len(tokens), i + 1 + NEAR_ROLE)),
        ]
        # (a capital that only starts the sentence is a name if a role word follows:
        # "Verstappen won the race")
        if i == 0 and not (len(tokens) > 1 and tokens[1][0].isupper()):
            near = [j for j in near if j > 0]
        if people_only:  # a title straight after a name tells whose it is, not who: "a Big
            # Tech CEO", "Apple CEO"; set off by a comma, it names him ("Surman, president")
            near = [j for j in near if not (j > i and _run_into(sentence, spans, i, j))]
        # A role word is in lower case, or a title: in capitals ("CEO Sam Altman") or opening
        # the sentence ("Director Christopher Nolan"); "Associated Press" names no associate.
        # (a verb that begins something else is no role: "who started selling on Discogs")
        if any(
            plays_role(tokens[j], role) and not _begins_another(tokens, j)
            for j in near
            if tokens[j].islower() or tokens[j].isupper() or j == 0
        ):
            return True
    return False


def names_in_qualified_role(
    sentence: str, role: str, qualifiers: frozenset[str], asked: frozenset[str]
) -> bool:
    """Whether a sentence says the role with the words that set it apart, right before it
    ("now interim CEO"), and names someone the question does not: "Mira Murati, OpenAI's chief
    technology officer, will take over as interim CEO" (however far the name from the role)."""
    tokens = TOKEN.findall(sentence)
    lowered = [t.lower().strip(".") for t in tokens]
    said = any(
        plays_role(token, role) and qualifiers <= set(lowered[max(0, j - len(qualifiers) - 1) : j])
        for j, token in enumerate(tokens)
    )
    given = {answer_stem(w) for w in asked}
    return said and any(
        token[0].isupper()
        and i > 0
        and bare not in asked
        and answer_stem(bare) not in given
        and bare not in STOPWORDS
        and bare not in MONTHS
        and bare not in WEEKDAYS
        and not plays_role(token, role)
        for i, (token, bare) in enumerate(zip(tokens, lowered, strict=True))
    )


# A role's word, then who holds it in a clause of its own: "the winning driver, who in this
# case was David Gravel".
ROLE_THEN_WHO = re.compile(
    r"\b([a-z][\w-]*)(?:\s+[a-z][\w-]*)?,?\s+who\s+(?:[a-z]+\s+){0,4}?(?:was|is|were|are)\s+"
    r"([A-Z][\w'’.-]+)"
)


def _run_into(sentence: str, spans: list[re.Match[str]], i: int, j: int) -> bool:
    """Whether the capitalised words from `i` run into the word at `j` with nothing but spaces
    between ("Big Tech CEO")."""
    return all(
        not sentence[spans[k].end() : spans[k + 1].start()].strip()
        and (k == i or spans[k].group()[:1].isupper())
        for k in range(i, j)
    )


def _begins_another(tokens: list[str], j: int) -> bool:
    """Whether the word at `j` begins a doing the next word tells: "started selling", "began to
    sell"."""
    after = tokens[j + 1].lower() if j + 1 < len(tokens) else ""
    return after == "to" or (after.endswith("ing") and len(after) > 5)

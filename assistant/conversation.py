"""Conversations: follow-ups condensed into standalone questions, turns kept in order.

Offline, a follow-up that leans on earlier turns (a pronoun, or too few words of its own to search
with) is completed with the earlier turn's key words; with an LLM configured, the `condense`
prompt rewrites it. The previous answer's passages are carried forward when the follow-up points
back at them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from assistant.answering.answer_kinds import people_named
from assistant.answering.focus import borrowed_focus
from assistant.answering.refusals import ELLIPTICAL, WHAT_ABOUT, gives_evidence, is_refusal
from assistant.answering.specifics import CAPITALISED_RUN
from assistant.answering.wording import common_words, expand_abbreviations
from assistant.citations import strip_markers
from assistant.prompts import load_prompt
from assistant.types import Answer, Passage
from index.dates import MONTHS
from index.embed import bundled_tokenizer_path
from index.terms import content_words, stem

if TYPE_CHECKING:
    from assistant.api import Assistant
    from assistant.history import ConversationStore

BACK_REFERENCE = re.compile(
    r"\b(it|its|it's|they|them|their|theirs|this|that|these|those|he|him|his|she|her|there|"
    r"such|same|the deal|the offer|the story|the article|the piece|the post)\b",
    re.I,
)
PERSONAL = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.I)
SELF_CONTAINED_WORDS = 5  # a follow-up with at least this many content words stands on its own
CONDENSE_MAX_TOKENS = 96  # a standalone question is one line: a model need not write more
LABEL = re.compile(
    r"^(?:standalone question|rewritten question|follow-up question|question|q)\s*[:：]\s*", re.I
)


# Whether the store writes a word as a name ("gemini" is its "Gemini"); by default none.
Named = Callable[[str], bool]


def _no_name(word: str) -> bool:
    return False


def needs_context(question: str, named: Named = _no_name, pronouns: bool = True) -> bool:
    """Whether a follow-up leans on earlier turns ("what about X?" asks the last question again,
    of X); with `pronouns` false, by anything but a word pointing back ("his", "that")."""
    words = content_words(expand_abbreviations(question))  # ("whats" is no name)
    return (
        bool(
            (pronouns and BACK_REFERENCE.search(question))
            or WHAT_ABOUT.match(question)
            or ELLIPTICAL.match(question)  # "and the guy playing dodi?"
            # "and when does the website actually go offline"; not "and who won the 2019 davis
            # cup final", which names what it is on
            or (GOES_ON.match(question) and not OWN_SPECIFIC.search(question.strip()))
        )
        or len(words) < 3
        # "why was the game pushed back to saturday": which game, only the turns before say
        or _the_one_before(question, words, named)
        # … as for a short one that names nothing: "any word on when season 2 drops?"
        or (len(words) < SELF_CONTAINED_WORDS and _names_nothing(question, words, named))
    )


def _the_one_before(question: str, words: list[str] | None = None, named: Named = _no_name) -> bool:
    """Whether a question speaks of "the" thing and names nothing: the thing is the one the
    turns before were on ("why was the game pushed back to saturday")."""
    if words is None:
        words = content_words(expand_abbreviations(question))
    return bool(DEFINITE.search(question) and _names_nothing(question, words, named))


DEFINITE = re.compile(r"\bthe\s+[a-z]", re.I)
CAPITAL = re.compile(r"(?<!^)\b[A-Z]")  # a name typed with its capital (not the first word)
OWN_SPECIFIC = re.compile(rf"\d|{CAPITAL.pattern}")  # … or a number
# A question that opens by going on from the last one: "and …", "so …", "also …", "ok and …".
GOES_ON = re.compile(
    r"^\s*(?:(?:ok|okay|right|cool|thanks)\W+)?(?:and|n|so|also|but|then|plus)\b", re.I
)


def _names_nothing(question: str, words: list[str], named: Named = _no_name) -> bool:
    """Whether a question is all ordinary words, typed in lower case, none of which the store
    writes as a name: it names no one ("which oscar did gemini get wrong" names Gemini). (The
    unit an answer is asked in names nothing: "whats the battery capacity in mah?")"""
    common = common_words(bundled_tokenizer_path())
    unit = IN_UNIT.search(question)
    words = [w for w in words if unit is None or w != unit.group(1).lower()]
    # … nor does a time it is asked of: "what was the original price back in aug 2022?"
    words = [w for w in words if w not in MONTHS and not YEAR.fullmatch(w)]
    # … nor a small number beside a word: "season 2", "game 7"
    words = [w for w in words if not re.fullmatch(r"\d{1,2}", w)]
    return not CAPITAL.search(question.strip()) and all(w in common and not named(w) for w in words)


YEAR = re.compile(r"(?:19|20)\d\d")
IN_UNIT = re.compile(r"\bin\s+([a-z]{1,6})\s*[?.!]*\s*$", re.I)


def condense_offline(
    question: str, history: Sequence[tuple[str, str]], named: Named = _no_name
) -> str:
    """The follow-up plus the earlier questions' key words it does not already have."""
    if not follows_on(question, history, named):
        return question
    own = set(content_words(question))
    carried: list[str] = []
    # (a part the question numbers for itself is not the one before: "game 5", not "4"; a year
    # still says when)
    numbered = NUMBERED_PART.search(question) is not None
    for previous, _answer in reversed(history[-2:]):
        for word in content_words(previous):
            if (
                word not in own
                and word not in carried
                and not (numbered and PART_NUMBER.fullmatch(word))
            ):
                carried.append(word)
    if PERSONAL.search(question):  # "whos in charge until she arrives": she is the one the
        # last answer naming anyone is most about ("U.S. Soccer has appointed Emma Hayes …
        # Hayes will …"), unless the questions already name them; "who started discogs",
        # "what year", "what was he doing before that": he is the founder the first answer named
        # (not when the question names one before: "when arnold threw his mattress out")
        if not _named_first(question, named):
            carried += _person_meant(set(own) | set(carried), history)
    elif (IT.search(question) or _the_one_before(question, named=named)) and not PLURAL.search(
        question
    ):
        # "by how much did the stock jump", after "which meal kit company more than doubled":
        # Blue Apron's stock ("they", "their" are more often the ones the question was on:
        # "who's their ceo" … "do they have to raise money")
        carried += _thing_answered(set(own) | set(carried), history)
    question = borrowed_focus(question, history[-1][0])
    if not carried:
        return question
    return f"{question.rstrip()} ({' '.join(carried)})"


def follows_on(question: str, history: Sequence[tuple[str, str]], named: Named = _no_name) -> bool:
    """Whether a question goes on from the turns before (`needs_context`), or asks of the next
    numbered part of what the last one asked of (`_next_part`)."""
    if not history:
        return False
    if needs_context(question, named, pronouns=False) or _next_part(question, history[-1][0]):
        return True
    # "his" or "her" after a name the question gives points at it: "what did arnold do when
    # katherine left her shoes out", after a turn on smart glasses, is a question of its own
    # (not "how much of it could russia send": "it" is what the turn before was on)
    pointing = [m.group().lower() for m in BACK_REFERENCE.finditer(question)]
    return bool(pointing) and not (
        all(PERSONAL.fullmatch(word) for word in pointing) and _named_first(question, named)
    )


def _named_first(question: str, named: Named) -> bool:
    """Whether the question names someone before its first "he" or "his", whom it means:
    "how old was patrick when arnold threw his mattress out"."""
    pronoun = PERSONAL.search(question)
    before = question[: pronoun.start()] if pronoun else ""
    return any(named(w) for w in content_words(expand_abbreviations(before)))


def _next_part(question: str, previous: str) -> bool:
    """Whether a question asks of another numbered part than the question before, of the same
    kind: "who's starting game 5 for texas?" after "rangers v dbacks game 4 of the ws" is of
    the same series."""
    before = {(kind.lower(), n) for kind, n in NUMBERED_PART.findall(previous)}
    return any(
        kind.lower() == was and n != number
        for kind, n in NUMBERED_PART.findall(question)
        for was, number in before
    )


PART_NUMBER = re.compile(r"\d{1,2}")
NUMBERED_PART = re.compile(
    r"\b(game|match|round|week|leg|stage|race|episode|season|chapter|act|part|day|test)\s+(\d{1,2})\b",
    re.I,
)


def _person_meant(asked: set[str], history: Sequence[tuple[str, str]]) -> list[str]:
    """The words of the name a "he" or "she" means: the person the latest answer naming
    anyone (of the last two) is most about, unless the questions already name them."""
    for _previous, reply in reversed(history[-2:]):
        answer = strip_markers(reply)
        names = people_named(answer)
        if not names:
            continue
        name = max(names, key=lambda n: _mentions(answer, n.split()[-1]))
        words = content_words(name)
        # A name the questions give that the answer says as often ("Ohtani") is whom the
        # pronoun means; ordinary words ("soccer" in "U.S. Soccer") name nobody.
        common = common_words(bundled_tokenizer_path())
        given = max((_mentions(answer, w) for w in asked if w not in common), default=0)
        if not set(words) & asked and _mentions(answer, name.split()[-1]) > given:
            return words
        return []
    return []


def _thing_answered(asked: set[str], history: Sequence[tuple[str, str]]) -> list[str]:
    """The words of the names the latest answer to "which …" (of the last two) gives first:
    what a follow-up on "it" or "the stock" is on."""
    for previous, reply in reversed(history[-2:]):
        if not ASKS_WHICH.search(previous):
            continue
        first = strip_markers(reply).split(". ")[0]
        named = " ".join(CAPITALISED_RUN.findall(first))
        return [w for w in content_words(named) if w not in asked][:MAX_CARRIED_NAME_WORDS]
    return []


ASKS_WHICH = re.compile(r"\bwhich\b", re.I)
IT = re.compile(r"\b(?:it|its|it's|this|that)\b", re.I)
PLURAL = re.compile(r"\b(?:they|them|their|theirs|these|those)\b", re.I)
MAX_CARRIED_NAME_WORDS = 4


def _mentions(text: str, word: str) -> int:
    """How often the text writes the word as a name, capitalised."""
    return len(re.findall(r"\b" + re.escape(word[:1].upper() + word[1:]) + r"\b", text))


def usable_rewrite(reply: str, question: str, history: Sequence[tuple[str, str]]) -> str | None:
    """The model's rewrite of a follow-up, when it can stand in for it as the search query.

    It must be a short line that keeps words of the follow-up and adds words of the conversation
    (what "it" or "they" referred to), and not mostly the instruction's own words: a model that
    echoes the prompt would otherwise send "Rewrite the follow-up question…" to the search.
    """
    line = next((part.strip() for part in reply.splitlines() if part.strip()), "")
    line = LABEL.sub("", line).strip().strip('"“”').strip()
    words = _stems(line)
    if not words or len(line) > 300:
        return None
    own = _stems(question)
    said = set().union(*(_stems(f"{q} {a}") for q, a in history))
    if own and not words & own:
        return None  # about something else
    if not (words - own) & said:
        return None  # adds nothing from the conversation: the offline rewrite does better
    instruction = _stems(load_prompt("condense").render(history="", question="")) - own - said
    if 2 * len(words & instruction) >= len(words):
        return None  # the instruction, echoed
    return line


def _stems(text: str) -> set[str]:
    return {stem(word) for word in content_words(text)}


class Conversation:
    """Turns asked in order; each follow-up is condensed before retrieval.

    With a `ConversationStore`, finished turns are saved as they complete, and a saved
    conversation can be resumed by id.
    """

    def __init__(
        self,
        assistant: Assistant,
        store: ConversationStore | None = None,
        conversation_id: int | None = None,
    ) -> None:
        self.assistant = assistant
        self.store = store
        self.id = conversation_id
        self.turns: list[Answer] = store.turns(conversation_id) if store and conversation_id else []

    @property
    def title(self) -> str:
        if self.store and self.id:
            return self.store.get(self.id).title
        return self.turns[0].question if self.turns else "New conversation"

    @property
    def history(self) -> list[tuple[str, str]]:
        """(question, answer text) of the finished turns."""
        return [(a.question, a.text) for a in self.turns]

    def standalone(self, question: str, offline: bool | None = None) -> str:
        """The follow-up rewritten to stand on its own (itself for a first question)."""
        thread = self._thread()
        if not follows_on(question, thread, self._named):
            return question
        engine = self.assistant.engine(offline=offline)
        if engine.llm is not None:
            transcript = "\n".join(f"Q: {q}\nA: {a}" for q, a in self.history[-3:])
            prompt = load_prompt("condense").render(history=transcript, question=question)
            try:
                reply = engine.llm.complete(
                    [{"role": "user", "content": prompt}], max_tokens=CONDENSE_MAX_TOKENS
                )
            except Exception:  # condensing is a nicety: fall back to the offline rewrite
                reply = ""
            rewritten = usable_rewrite(reply, question, self.history[-3:])
            if rewritten:
                return rewritten
        return condense_offline(question, thread, self._named)

    def _named(self, word: str) -> bool:
        """Whether the store writes the word as a name, more than once."""
        return self.assistant.offline_answerer.words.named_often(word)

    def _condensed_offline(self, question: str) -> str:
        return condense_offline(question, self._thread(), self._named)

    def _thread(self) -> list[tuple[str, str]]:
        """(query, answer text) of the turns a follow-up may go on from: those with evidence,
        from the last asked on its own."""
        # Turns the corpus has nothing on say nothing about what a follow-up refers to; a
        # refusal that says what the articles do say (cited) does: "why did it fall through",
        # after "the articles don't say that happened: Binance.US broke off its deal …"
        kept = [a for a in self.turns if not a.abstained or a.citations or gives_evidence(a.text)]
        # A turn asked on its own starts a thread: the turns before it were on something else
        # ("how many countries pushed for the phase out", after a question on COP28 that came
        # after two on a YouTuber's feud, carries COP28 alone)
        thread = max((i for i, a in enumerate(kept) if a.standalone_query is None), default=0)
        return [(a.standalone_query or a.question, a.text) for a in kept[thread:]]

    def seed(self, turns: Sequence[tuple[str, str]]) -> None:
        """Take up earlier turns kept elsewhere (an HTTP client's messages) as finished turns.

        Only their words are known: each gets the standalone query the offline rewrite gives it
        (asking an LLM again for every earlier turn would cost a call each), and counts as
        abstained when its text is a refusal, so later follow-ups are condensed as in the chat.
        No passages are carried forward from them: the client did not send them back.
        """
        for question, text in turns:
            query = self._condensed_offline(question)
            self.turns.append(
                Answer(
                    question=question,
                    text=text,
                    citations=[],
                    passages=[],
                    abstained=is_refusal(text),
                    answerer="",
                    standalone_query=query if query != question else None,
                )
            )

    def carried_passages(self, question: str) -> list[Passage]:
        """The previous answer's cited passages, when the follow-up points back at them."""
        # ("by how much did the stock jump", after a turn on Blue Apron: the stock is its)
        points_back = BACK_REFERENCE.search(question) or _the_one_before(
            question, named=self._named
        )
        if not self.turns or not points_back:
            return []
        return [c.passage for c in self.turns[-1].citations]  # (a refusal's evidence too)

    def stream(self, question: str, **options: Any) -> Iterator[str | Answer]:
        """Text pieces, then the final `Answer`; the turn is kept only once it has finished."""
        offline = options.get("offline")
        query = self.standalone(question, offline=offline)
        carried = self.carried_passages(question)
        for piece in self.assistant.stream(
            question,
            history=self.history[-3:],
            query=query if query != question else None,
            carried=carried,
            **options,
        ):
            if isinstance(piece, Answer):
                self.turns.append(piece)
                if self.store is not None:
                    if self.id is None:
                        self.id = self.store.create()
                    self.store.add_turn(self.id, piece)
            yield piece

    def ask(self, question: str, **options: Any) -> Answer:
        final: Answer | None = None
        for piece in self.stream(question, **options):
            if isinstance(piece, Answer):
                final = piece
        assert final is not None
        return final

"""What a question says in passing is not what it asks about: the asker's own child's age, a
day the article was published on, a slip at the end of a word, a name the "he" of the asking
clause stands for; and a sentence read after the one it refers back to."""

from __future__ import annotations

import numpy as np

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.asked_names import NOT_A_SPECIFIC, NameChecks
from assistant.answering.asking import set_in_context
from assistant.answering.candidates import Candidate
from assistant.answering.contraries import says_the_contrary
from assistant.answering.published_days import dates_published
from assistant.answering.scoring import REFERS_BACK, Meaning
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.wording import expand_abbreviations
from assistant.types import Passage


def published(day: str, text: str = "Yields eased on Friday.") -> Passage:
    return Passage("c1", "a1", "ASX preview", "The Sydney Morning Herald", day, 0.9, text)


def test_the_askers_own_details_are_no_specifics() -> None:
    question = "is the movie rated R? thinking of taking my 11 yr old"
    assert "11" not in NOT_A_SPECIFIC.sub(" ", question)
    assert "11" in NOT_A_SPECIFIC.sub(" ", "how many goals did he score in 11 games")


def test_a_day_an_article_was_published_on_is_its_metadata() -> None:
    question = "smh asx preview from nov 6 says yields dropped. what did the 10 yr yield ease to?"
    assert "6" not in dates_published(question, [published("2023-11-06T08:00:00+00:00")])
    # (another day stays a specific the article must say)
    assert "nov 6" in dates_published(question, [published("2023-11-20T08:00:00+00:00")])
    # a day with its year is read as a date elsewhere
    dated = "what happened on nov 6, 2023"
    assert dates_published(dated, [published("2023-11-06T08:00:00+00:00")]) == dated


def test_a_slip_inside_a_word_is_read_before_one_at_its_end() -> None:
    held = {"happen", "happened", "writing", "harvard"}
    words = CorpusWords(lambda w: int(w in held), common=frozenset(held))
    texts = ["What happened to his writing at Harvard? It did not happen overnight."]
    question = "what happend with his writing at harvard"
    assert words.respelt(question, texts) == "what happened with his writing at harvard"


def test_the_one_he_stands_for_is_the_key_name() -> None:
    checks = NameChecks(lambda w: {"merseyside": 5.0}.get(w, 1.0), lambda w: False, lambda: [])
    text = "Andy Robertson is out for three months before the Merseyside derby."
    passages = [Passage("c1", "a1", None, None, None, 1.0, text)]
    names = {"robertson": "Robertson", "merseyside": "Merseyside"}
    question = (
        "robertson is out ahead of the merseyside derby - whats the injury n how long is he out for"
    )
    key, _ = checks.key(question, "number", passages, names)
    assert key == "robertson"
    # (with no one referred to, the rarest name is the key)
    key, _ = checks.key("whats the merseyside derby robertson injury", "other", passages, names)
    assert key == "merseyside"


def test_a_sentence_referring_back_is_read_after_the_one_before() -> None:
    assert REFERS_BACK.match("His first publication on the topic was in 1981.")
    assert REFERS_BACK.match("However, that deal has not yielded any results.")
    assert not REFERS_BACK.match("The Marlins have been interested in him.")
    assert not REFERS_BACK.match("Menendez used this line of questioning.")

    def embed(texts: list[str]) -> np.ndarray:
        # (a stand-in encoder: a text is close to the question when it names Ekimov)
        return np.array([[1.0, 0.0] if "Ekimov" in t else [0.0, 1.0] for t in texts])

    meaning = Meaning(embed, lambda text: np.array([1.0, 0.0]))
    alone = Candidate(0, "The lab was founded in 1999.")
    after = Candidate(
        0, "His first publication on the topic was in 1981.", before="Ekimov is a physicist."
    )
    meaning.score("when did ekimov first publish", [alone, after], headlines=["", ""])
    assert after.dense == 1.0
    assert alone.dense == 0.0


def test_what_someone_is_on_a_week_is_a_wage() -> None:
    slot = AnswerSlot.of(expand_abbreviations("whats cole palmer on per week at chelsea"))
    assert (slot.wants, slot.money, slot.rate) == ("amount", True, True)
    slot = AnswerSlot.of(expand_abbreviations("what did he say on a day like this"))
    assert slot.wants == "other"
    # (… or with nothing after it: "how much is he on?")
    slot = AnswerSlot.of(expand_abbreviations("tyler harvey's contract, how much is he on?"))
    assert (slot.wants, slot.money, slot.wage) == ("amount", True, True)
    assert expand_abbreviations("how much is he on about") == "how much is he on about"


def test_what_a_sentence_sets_aside_answers_no() -> None:
    question = "is the five nights at freddys movie rated R?"
    assert says_the_contrary(question, "Freddy's is rated PG-13, rather than R.")
    assert not says_the_contrary(question, "Freddy's is rated R, rather than PG-13.")
    # (a question that itself sets one aside asks about that)
    assert not says_the_contrary(
        "did they take cash rather than stock", "They took cash rather than stock."
    )


def test_what_is_asked_is_read_apart_from_the_context_before_it() -> None:
    question = "spurs v chelsea, the var check on udogie's lunge - why did he only get a yellow?"
    assert set_in_context(question) == "why did he only get a yellow?"
    # (a question before another is asked too, and a question with no context is read whole)
    assert set_in_context("were tickets dearer than the eras tour ones? whats the avg price") == ""
    assert set_in_context("why did he only get a yellow?") == ""

"""Questions read as people type them, from the blind-written sets of session 20: a name turned
to by "what about" is the new subject, a short form may be spelt out with a word cut short
("Warner Bros. Discovery"), a score is no count, a sentence opening with another name is not
on the one asked about, a possessive may be typed without its mark ("sanctuary ais"), and
"6 hr" is six hours while "HR" stays human resources."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import articles_home, one_article_home

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.asked_names import NameChecks
from assistant.answering.candidates import Candidate
from assistant.answering.fit import fit
from assistant.answering.kinds_unsaid import MONEY_KINDS
from assistant.answering.names_typed import clipped_in
from assistant.answering.pending import figures_only_expected
from assistant.answering.scores import scores_unsaid
from assistant.answering.scoring import unrelated
from assistant.answering.sentences import TYPE_PATTERNS, answer_stem
from assistant.answering.specifics import clipped_from, said_in, spelt_out
from assistant.answering.subject import off_subject
from assistant.answering.unsettled import UNSETTLED
from assistant.answering.verdict import ENDED
from assistant.answering.what_about import on_the_shift
from assistant.answering.wording import expand_abbreviations
from assistant.answering.written_forms import name_form
from assistant.api import Assistant
from assistant.types import Passage
from index.terms import families


def test_a_name_turned_to_is_the_subject_now() -> None:
    """ "What about puskas for hungary", after turns on Norway's record: the sentence on
    Puskas answers, though it does not name Norway."""
    norway = "Juve scored 33 goals in 45 matches for Norway."
    puskas = "Ferenc Puskas scored 84 goals in 85 games for Hungary."
    passages = [Passage("c0", "a0", None, None, None, 1.0, f"{norway} {puskas}")]
    candidates = [Candidate(0, norway), Candidate(0, puskas, before=norway)]
    question = "what about puskas for hungary"
    query = f"{question} (norway scoring record Juve games)"
    shifted = {answer_stem("puskas"), answer_stem("hungary")}
    assert on_the_shift(question, query, shifted, candidates, passages) == [candidates[1]]


@pytest.mark.parametrize(
    ("short", "text", "spelt"),
    [
        ("wbd", "A deal with Fox, NBC, Amazon and Warner Bros. Discovery was signed.", True),
        ("apa", "The American Psychological Association said so.", True),
        # a full stop that ends a sentence joins no name to the next
        ("wd", "Shares of Warner rose. Disney fell.", False),
    ],
)
def test_a_short_form_is_spelt_out_with_a_word_cut_short(
    short: str, text: str, spelt: bool
) -> None:
    assert spelt_out(short, text) is spelt


@pytest.mark.parametrize(
    ("typed", "text", "clipped"),
    [
        ("bama", "Texas beat Alabama 34-24 in Tuscaloosa.", True),
        ("cutch", "Andrew McCutchen is staying in Pittsburgh.", True),
        # its start is the store's to read ("juve"); a word in lower case names nobody; a short
        # clip or one that leaves too little off is no clip
        ("texa", "Texas beat Alabama.", False),
        ("bama", "The bamboo grew.", False),
        ("ama", "Texas beat Alabama.", False),
        ("alabam", "Texas beat Alabama.", False),
    ],
)
def test_a_name_typed_clipped_is_read_as_the_passages_write_it(
    typed: str, text: str, clipped: bool
) -> None:
    assert clipped_from(typed, text) is clipped


def test_a_surname_after_a_first_name_is_still_written_as_a_name() -> None:
    """ "Arnold Schwarzenegger" in running text writes the surname as a name (so a slip,
    "schwarzeneger", is read as it); a headline's run of capitals does not."""
    texts = ["Cast: Sylvester Stallone, Arnold Schwarzenegger, Quentin Tarantino."]
    assert name_form("schwarzenegger", texts) == "Schwarzenegger"
    assert name_form("kelce", ["Taylor Swift's Interaction With Travis Kelce"]) == ""


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        # a score is no count of fans
        ("“The fans don't deserve this, when you go 1-0 up at home,” he said.", 0.0),
        ("Tottenham suffered a 2-1 defeat at home to Chelsea.", 0.0),
        ("A crowd of 61,000 fans watched the game.", 1.0),
    ],
)
def test_a_score_is_no_count(sentence: str, score: float) -> None:
    slot = AnswerSlot.of("how many fans were in the stadium for it")
    assert fit(slot, sentence, unrelated) == score


def test_a_sentence_opening_with_another_name_is_not_on_the_one_asked() -> None:
    """In a piece on Sony whose headline names YouTube too, "YouTube says it paid out $6
    billion" (after a sentence on Sony) is YouTube's figure, not Sony's."""
    on_sony = "Sony Music has issued close to 10,000 takedowns."
    youtube = "YouTube says it paid out over $6 billion to music rightsholders."
    sony_again = "The label says it paid $2 million."
    text = f"{on_sony} {youtube} {sony_again} Sony also spoke to senators, as did YouTube."
    title = "Sony Music's artists aren't in YouTube's AI experiment"
    passages = [Passage("c0", "a0", title, None, None, 1.0, text)]
    names = {"sony": "Sony"}
    assert off_subject(Candidate(0, youtube, before=on_sony), "sony", names, passages)
    assert not off_subject(Candidate(0, sony_again, before=youtube), "sony", names, passages)
    assert not off_subject(Candidate(0, on_sony), "sony", names, passages)
    # a name the headline does not set beside it may be anyone's in the piece
    passages = [Passage("c0", "a0", "What Sony told the Senate", None, None, 1.0, text)]
    assert not off_subject(Candidate(0, youtube, before=on_sony), "sony", names, passages)


def test_a_sentence_opening_with_a_name_of_the_one_asked_is_on_it() -> None:
    before = "Arnold Schwarzenegger spoke of his children."
    said = "Schwarzenegger said he threw the mattress outside."
    title = "Arnold Schwarzenegger, Reese Witherspoon parent with tough love"
    passages = [Passage("c0", "a0", title, None, None, 1.0, f"{before} {said}")]
    names = {"arnie": "arnie", "patrick": "Patrick"}
    assert not off_subject(Candidate(0, said, before=before), "arnie", names, passages)


def test_a_possessive_may_be_typed_without_its_mark() -> None:
    text = "Sanctuary AI's newest robot, Phoenix, can stock shelves."
    passages = [Passage("c0", "a0", None, None, None, 1.0, text)]
    unsaid = NameChecks._unsaid_in(["sanctuary", "ais", "apples"], passages, passages, frozenset())
    assert unsaid == ["apples"]


def test_an_hour_is_shorthand_and_hr_is_an_acronym() -> None:
    assert expand_abbreviations("the 6 hr window") == "the 6 hour window"
    assert expand_abbreviations("what did HR say") == "what did HR say"
    assert expand_abbreviations("leaving BC for good") == "leaving BC for good"


@pytest.mark.parametrize(
    ("question", "wants", "money"),
    [
        ("whats the cheapest ticket to see u2 at the sphere", "amount", True),
        ("what was the most expensive seat", "amount", True),
        ("what is the cheapest way to get there", "other", False),
    ],
)
def test_the_cheapest_asks_a_price(question: str, wants: str, money: bool) -> None:
    slot = AnswerSlot.of(question)
    assert (slot.wants, slot.money) == (wants, money)
    assert "cheapest" not in slot.focus  # the ticket, not a thing called "cheapest"


@pytest.mark.parametrize(
    ("sentence", "expected_only"),
    [
        ("It is not beyond possibility that he could score six goals this break.", True),
        ("He scored six goals and could score more.", False),
        ("Haaland scored 3 goals.", False),
        ("He could score at any time.", False),  # no figure at all
        # what will be is often a deal struck: its figure is told
        ("Under the deal, the company will pay $4 million.", False),
    ],
)
def test_a_figure_only_expected_is_no_count_of_what_was_done(
    sentence: str, expected_only: bool
) -> None:
    assert figures_only_expected(sentence) is expected_only


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("On one hand, Haaland only scored his first goals for Norway in 2020.", False),
        ("No one saw it coming.", False),
        ("It is one of the best.", False),
        ("Only one player scored.", True),
    ],
)
def test_one_in_a_turn_of_phrase_is_no_count(sentence: str, count: bool) -> None:
    assert (TYPE_PATTERNS["number"].search(sentence) is not None) is count


GAME = (
    "Cincinnati jumped out to a 21-7 lead against Buffalo, and the defense did the rest as "
    "the Bengals won their fourth straight, beating the Bills 24-18. Joe Burrow threw for 348 "
    "yards and two touchdowns."
)


@pytest.fixture
def game(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    header = "title: Bengals beat Bills\noutlet: Gridiron Daily\npublished: 2023-11-06"
    yield from one_article_home(embedder, tmp_path, header, GAME)


def test_a_score_the_question_gives_must_be_the_one_reported(game: Assistant) -> None:
    answer = game.ask("how did the bengals beat the bills 24-18")
    assert not answer.abstained and "24-18" in answer.text, answer.text
    # (its figures are in the article, but not as that score)
    answer = game.ask("how did the bengals beat the bills 21-18")
    assert answer.abstained and "21-18" in answer.text, answer.text


FIRMS = {
    "check-point": (
        "title: Check Point's quarter\noutlet: Ledger Daily\npublished: 2023-11-06",
        "Check Point ended the most recent quarter with $3 billion in cash, which could fund more "
        "acquisitions, Check Point's chief said. Its shares rose 2% on the news.",
    ),
    "acme": (
        "title: Acme Telecom fined over outage\noutlet: Ledger Daily\npublished: 2023-11-07",
        "Regulators fined Acme Telecom $5 million over the outage last year. Acme Telecom said "
        "it would not appeal.",
    ),
}


@pytest.fixture
def firms(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    yield from articles_home(embedder, tmp_path, FIRMS)


def test_a_fine_asked_is_answered_by_a_fine(firms: Assistant) -> None:
    """Cash in hand is no fine: "how much was check point fined" is refused, the fine Acme
    paid is given."""
    answer = firms.ask("how much was check point fined")
    assert answer.abstained and answer.text.startswith("The articles don't give the fine"), (
        answer.text
    )
    answer = firms.ask("how much was acme telecom fined")
    assert not answer.abstained and "$5 million" in answer.text, answer.text


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("In the 1980s, Ekimov, 78, and Brus, 80, honed the theory.", 1.0),
        # another's age is no answer: "how old is brus" is not "Bawendi, 62,"
        ("In 1993, Bawendi, 62, developed new chemical methods.", 0.0),
        ("The two worked at Nokia Bell Labs.", 0.0),
    ],
)
def test_an_age_beside_the_name_asked_is_its_age(sentence: str, score: float) -> None:
    assert fit(AnswerSlot.of("and how old is brus"), sentence, unrelated) == score


def test_what_it_cost_to_make_is_its_budget_not_its_takings() -> None:
    cost = next(k for k in MONEY_KINDS if k.name == "the cost")
    assert cost.asked.search("what did godzilla minus one cost to make")
    assert not cost.asked.search("what did tickets cost")
    assert cost.said.search("The blockbuster cost only $15 million to produce.")
    assert not cost.said.search("“Godzilla Minus One” took third place with $11 million.")


def test_a_case_still_defended_settles_no_outcome() -> None:
    """ "Did zamora end up getting jail time", against "Zamora is defending the case": the
    articles don't say it happened."""
    assert UNSETTLED.search("Zamora is defending the case.")
    assert UNSETTLED.search("Friends say he begins his defence in London's High Court.")
    assert not UNSETTLED.search("Zamora was jailed for six years.")
    # what a breach can face is no fine imposed
    assert UNSETTLED.search("Confirmed breaches can face fines of up to 6% of turnover.")
    assert ENDED.search("did zamora end up getting jail time")
    assert not ENDED.search("was he found guilty")


def test_a_clipped_name_is_said_by_the_whole_one() -> None:
    passages = [Passage("c0", "a0", None, None, None, 1.0, "Manchester City drew 4-4 at Chelsea.")]
    assert clipped_in("man", "who scored in the 4-4 vs man city", passages)
    assert not clipped_in("man", "who scored in the 4-4 vs man utd", passages)
    assert not clipped_in("city", "who scored in the 4-4 vs man city", passages)


def test_a_score_is_reported_by_an_article_that_gives_it() -> None:
    texts = ["Palmer scored late as Chelsea claimed a 4-4.", "Chelsea beat United 1-0 in 2007."]
    passages = [Passage(f"c{i}", f"a{i}", None, None, None, 1.0, t) for i, t in enumerate(texts)]
    question = "who scored the late pen in the 4-4"
    assert scores_unsaid(question, Candidate(0, texts[0]), passages) == []
    assert scores_unsaid(question, Candidate(1, texts[1]), passages) == ["4-4"]
    # a full stop may end the sentence; a longer figure is another
    assert (
        scores_unsaid(
            "the 24-18 win",
            Candidate(0, "beating the Bills 24-18."),
            [Passage("c0", "a0", None, None, None, 1.0, "beating the Bills 24-18.")],
        )
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("It will grant you four temporary hit points whenever you defeat a creature.", 1.0),
        ("It grants four bonus actions.", 0.5),
    ],
)
def test_a_word_clipped_in_the_question_is_the_thing_counted(sentence: str, score: float) -> None:
    slot = AnswerSlot.of("how many temp hp do i get when i kill something")
    assert fit(slot, sentence, unrelated) == score


def test_a_long_name_typed_one_slip_off_is_said_by_the_text() -> None:
    """ "connor stallions": the articles write "Connor Stalions"; a short word one letter off
    another ("kroger", "roger") is not taken for it."""
    text = "Stalions allegedly purchased tickets to more than 35 games."
    assert said_in("stallions", families(text), text)
    assert not said_in("kroger", families("Roger Federer won."), "Roger Federer won.")
    assert not said_in("stallions", families("The horses ran."), "The horses ran.")

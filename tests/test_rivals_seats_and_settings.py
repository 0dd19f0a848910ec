"""What a question takes as done and whose place it asks about: a deed after a setting clause
("in the video, why did suzie quit"), a name of ordinary words that runs on ("capitol music
group"), a deed done to someone ("drop ice spice"), a verb told by who does it ("he quit");
a seat taken is a successor asked for; a year in a clause setting out when is a clue, not the
time asked; games are counted as encounters too; a name cut short in its middle ("barca") is
said by the name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import articles_home, unrelated

from assistant.answering.answer_kinds import gives_cause
from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import question_wants
from assistant.answering.candidates import Candidate
from assistant.answering.compared import each_after_its_own
from assistant.answering.event_premise import deed_taken, deed_untold
from assistant.answering.fit import fit
from assistant.answering.names_typed import names_run_on
from assistant.answering.occupation import asks_occupation
from assistant.answering.outcome import contrary_result, tells_win
from assistant.answering.pleas import plea_told_otherwise
from assistant.answering.specifics import contracts, said_in
from assistant.answering.statements import is_statement
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.wording import expand_abbreviations
from assistant.api import Assistant
from assistant.conversation import condense_offline
from assistant.types import Passage
from index.terms import families

LABEL = (
    "For the record, that dinner led to the signing of Ice Spice by Capitol Music Group. Capitol"
    " Music Group president Arjun Pulijal praised her. Ice Spice dropped her new single in May."
)


def passage(text: str) -> Passage:
    return Passage(
        chunk_id="c1",
        article_id="a1",
        title="Ice Spice",
        outlet="Billboard",
        published="2023-12-01",
        score=1.0,
        text=text,
    )


def test_a_name_of_ordinary_words_runs_on_as_the_articles_write_it() -> None:
    names = ["capitol", "ice", "spice"]
    question = "why did capitol music group drop ice spice"
    assert names_run_on(question, names, [LABEL]) == ["music", "group"]
    # (written so once is not a name: "the music group" elsewhere in lower case)
    assert names_run_on(question, names, ["Capitol Music Group signed her."]) == []
    deed, named = deed_taken(question, [*names, "music", "group"]) or ("", [])
    assert deed == "drop" and named == ["capitol", "music", "group", "ice", "spice"]
    assert deed_taken(question, names)[0] == "music"  # (read without it: no deed at all)


def test_dropping_someone_is_told_only_of_the_one_who_did_it() -> None:
    names = ["capitol", "music", "group", "ice", "spice"]
    question = "why did capitol music group drop ice spice"
    # her single dropped is no label dropping her
    assert deed_untold(question, names, [passage(LABEL)])
    told = passage("Capitol Music Group dropped Ice Spice in May after a dispute.")
    assert not deed_untold(question, names, [told])


def test_a_deed_after_a_setting_clause_is_taken_as_done() -> None:
    question = (
        "in the mrbeast 100 days in a room video, why did suzie and bailey quit before the end?"
    )
    assert deed_taken(question, ["mrbeast", "suzie", "bailey"]) == ("quit", ["suzie", "bailey"])


@pytest.mark.parametrize(
    ("texts", "verb"),
    [
        (["Musk pushed back, and he quit the next day."], True),
        (["A cough that won't quit."], True),
        (["She would never quit."], True),
        (["Press quit to leave the menu."], False),
    ],
)
def test_a_verb_is_told_by_who_does_it(texts: list[str], verb: bool) -> None:
    words = CorpusWords(lambda word: 1, texts_with=lambda word: texts)
    assert words.used_as_verb("quit") is verb


def answer_of(embedder, tmp_path: Path, header: str, body: str, question: str) -> str:
    """The offline answer to a question on one article (front matter `header`, text `body`)."""
    (text,) = [
        a.ask(question, offline=True).text
        for a in articles_home(embedder, tmp_path, {"article": (header, body)})
    ]
    return text


REDDIT = (
    "Alexis Ohanian spoke at the University of Virginia on Tuesday about social media. The"
    " founder notably resigned from Reddit's board in 2020 over moderation. He asked for his"
    " board seat to go to a Black board member. The company agreed, appointing its first Black"
    " board member with Y Combinator partner Michael Seibel."
)
DERBY = (
    "Liverpool host Everton on Saturday in the Merseyside derby. Klopp has lost one of his 17"
    " encounters with Everton. Everton sit tenth in the table, having won four and lost as many"
    " from their opening eight games."
)


@pytest.fixture
def stories(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    yield from articles_home(
        embedder,
        tmp_path,
        {
            "reddit": (
                "title: Ohanian on social media\noutlet: TechCrunch\npublished: 2023-10-25",
                REDDIT,
            ),
            "derby": (
                "title: Liverpool v Everton\noutlet: The Guardian\npublished: 2023-10-20",
                DERBY,
            ),
        },
    )


def test_a_seat_taken_asks_for_the_successor_whatever_year_sets_it_out(stories: Assistant) -> None:
    question = (
        "when alexis ohanian stepped down from reddits board in 2020, who ended up taking his seat?"
    )
    answer = stories.ask(question, offline=True)
    assert not answer.abstained, answer.text
    assert answer.text.startswith("The company agreed, appointing"), answer.text


def test_games_are_counted_as_encounters_too(stories: Assistant) -> None:
    answer = stories.ask(
        "klopp vs everton over the years, how many of those games has he lost?", offline=True
    )
    assert answer.text.startswith("Klopp has lost one of his 17 encounters"), answer.text


@pytest.mark.parametrize(
    ("typed", "name", "cut"),
    [
        ("barca", "Barcelona", True),
        ("bucs", "Buccaneers", True),
        ("dems", "Democrats", True),
        ("dbacks", "Diamondbacks", True),
        ("barca", "Barclays", False),  # (another last letter)
        ("johnn", "Johnson", False),  # (too little left out: a slip of the keys)
        ("bar", "Barcelona", False),  # (too short to say which)
    ],
)
def test_a_name_cut_short_in_its_middle_is_said_by_the_name(
    typed: str, name: str, cut: bool
) -> None:
    assert contracts(typed, name) is cut
    assert said_in(typed, families(f"He left {name} in 2021."), f"He left {name} in 2021.") is cut


def test_a_name_cut_short_is_no_name_the_store_lacks() -> None:
    texts = ["He signed for Barcelona in 2004, and Barcelona paid him well."]
    words = CorpusWords(
        lambda word: 0,
        common=frozenset({"he", "signed"}),
        words_starting=lambda prefix: ["barcelona"] if "barcelona".startswith(prefix) else [],
        texts_with=lambda word: texts,
    )
    assert not words.rare("barca")
    assert words.rare("barza")


def test_a_plea_told_the_other_way_is_a_false_premise() -> None:
    told = [
        "In January, Bankman-Fried pleaded not guilty to all counts.",
        "Gary Wang, and Caroline Ellison, both pleaded guilty in December 2022.",
    ]
    assert plea_told_otherwise("why did gary wang plead not guilty", ["gary", "wang"], told) == 1
    assert plea_told_otherwise("why did gary wang plead guilty", ["gary", "wang"], told) is None
    sbf = ["bankman", "fried"]
    assert plea_told_otherwise("why did bankman-fried plead not guilty", sbf, told) is None
    hyphened = ["SBF has pleaded not-guilty to seven charges."]
    assert plea_told_otherwise("why did sbf plead guilty", ["sbf"], hyphened) == 0


def test_a_win_earned_with_its_score_is_told_of_the_side_that_earned_it() -> None:
    sentence = (
        "A crucial turnover from Jets QB Zach Wilson decided the game as Kansas City did not"
        " give the ball back to earn the win, 23-20."
    )
    chiefs, jets = ["chiefs", "kansas city"], ["jets", "new york"]
    assert tells_win(sentence, chiefs, jets)
    assert not tells_win(sentence, jets, chiefs)
    assert not tells_win(
        "Kansas City hope to earn the win when the Jets visit on Sunday.", chiefs, jets
    )


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("whats the monthly rent on that penthouse", "amount"),
        ("what was the fare on that flight", "amount"),
        # a player asked by his position
        ("which lions db picked off jordan love twice?", "person"),
        ("what rb led the team in rushing", "person"),
        ("which safety features does it have", "other"),
    ],
)
def test_the_kind_asked_by_its_word(question: str, wants: str) -> None:
    assert question_wants(question) == wants


def test_an_image_widget_scraped_with_its_caption_is_no_answer() -> None:
    assert not is_statement(
        "Zoom In Icon Arrows pointing outwards Exhibit from the prosecution shows a thread."
    )


FINALS = (
    "The 2019 Rugby World Cup final between England and South Africa was one of many firsts,"
    " and the 32-12 score sealed a third title. Ireland have never won a knockout game at the"
    " tournament."
)


@pytest.fixture
def finals(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    header = "title: Rugby World Cup finals\noutlet: The Guardian\npublished: 2023-10-27"
    yield from articles_home(embedder, tmp_path, {"finals": (header, FINALS)})


def test_a_stage_asked_is_not_answered_by_another(finals: Assistant) -> None:
    asked = "ireland v nz in the 2019 rugby world cup quarter final - what was the score that time?"
    assert finals.ask(asked, offline=True).abstained
    answer = finals.ask("what was the score in the 2019 rugby world cup final?", offline=True)
    assert not answer.abstained and "32-12" in answer.text, answer.text


def test_the_next_numbered_part_goes_on_from_the_last_turn() -> None:
    history = [
        ("rangers v dbacks game 4 of the ws, whats the final score", "Rangers 11, D-backs 7.")
    ]
    query = condense_offline("who's starting game 5 for texas? and for arizona?", history)
    assert query.startswith("who's starting game 5 for texas? and for arizona? (")
    carried = query.split("(")[1]
    assert "rangers" in carried and "dbacks" in carried
    assert "4" not in carried.split()  # (the part before is not the one asked)
    # (a question of its own part, after none numbered, stands alone)
    alone = [("who won the world series", "The Rangers.")]
    asked = "who's starting game 5 for texas? and for arizona?"
    assert condense_offline(asked, alone) == asked


@pytest.mark.parametrize(
    ("line", "result"),
    [
        ("Final: Rangers 11, Diamondbacks 7", True),
        ("FT: Ajax 2-1 PSV", True),
        ("Final Score Predictions For Week 6", False),  # (a heading)
        ("World Series Game 4 final score", False),
    ],
)
def test_a_final_score_line_is_a_result_told(line: str, result: bool) -> None:
    assert is_statement(line) is result


LIVE = (
    "World Series Game 4 final score\n\nFinal: Rangers 11, Diamondbacks 7\n\n11:17 p.m. — Smith"
    " strikes out Carroll, and the Rangers are an out away from a 3-1 series lead."
)


def test_a_final_score_line_answers_the_score(
    embedder, tmp_path: Path, isolated_home: Path
) -> None:
    header = "title: World Series Game 4 live\noutlet: Sporting News\npublished: 2023-10-31"
    text = answer_of(
        embedder, tmp_path, header, LIVE, "rangers v dbacks game 4, whats the final score"
    )
    assert text.startswith("Final: Rangers 11, Diamondbacks 7"), text


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("what does adam yedidya do for a living now that ftx is gone", True),
        ("whats her job now", True),
        ("what is sbf's old roommate doing these days", True),
        ("what does ftx do", False),
        ("what did he do after the game", False),
    ],
)
def test_what_someone_does_for_a_living_is_asked(question: str, asks: bool) -> None:
    assert asks_occupation(question) is asks


WITNESS = (
    "The next witness called was Bankman-Fried's former college roommate, Adam Yedidia. Everdell"
    " also drilled Yedidia on his high level of compensation at FTX. Yedidia said he's now"
    " teaching math at a high school."
)


def test_a_job_told_answers_what_someone_does_for_a_living(
    embedder, tmp_path: Path, isolated_home: Path
) -> None:
    header = "title: SBF trial, day two\noutlet: CNBC\npublished: 2023-10-05"
    text = answer_of(
        embedder, tmp_path, header, WITNESS, "what does adam yedidia do for a living now?"
    )
    assert text.startswith("Yedidia said he's now teaching math"), text


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        (
            "In a game rearranged for Saturday after heavy rain flooded the park, David scored.",
            True,
        ),
        ("The match was postponed after a waterlogged pitch failed an inspection.", True),
        ("He moved to Chelsea in 2019, and after that he never looked back.", False),
        ("Kane scored twice after the break.", False),
    ],
)
def test_a_plan_changed_after_something_gives_its_cause(sentence: str, cause: bool) -> None:
    assert gives_cause(sentence) is cause


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("how many terror financing reports a day were they getting before oct 7", "reports"),
        ("how many points a game does he average", "points"),
        ("which us state grows the most cranberries", "state"),
    ],
)
def test_a_thing_counted_by_the_period_is_no_verb(question: str, head: str) -> None:
    assert AnswerSlot.of(question).head == head


def test_a_sentence_going_on_from_one_chosen_reads_right_after_it() -> None:
    first = Candidate(0, "Before October 7, IMPA received about 100 reports a day.")
    quote = Candidate(1, "Dozens of its staff have been called up to reserve duty.")
    jumped = Candidate(0, "That number jumped to about 1,000.", before=first.text)
    assert each_after_its_own([first, quote, jumped], [jumped]) == [first, jumped, quote]
    # (one going on from none of them stays where it is)
    other = Candidate(2, "Transfers were frozen.", before="Banks acted.")
    assert each_after_its_own([first, quote, other], [other]) == [first, quote, other]


REPORTS = (
    "Israel's anti-money laundering authority, IMPA, has been busy since the war began. Before"
    " October 7, IMPA received about 100 reports a day dealing with terror financing. That"
    " number jumped to about 1,000. Dozens of its staff fighting terror financing have been"
    " called up to reserve duty. IMPA froze 200 accounts tied to terror financing reports in"
    " the first week of the war, and 300 more in the second."
)


def test_a_time_after_the_first_is_told_by_the_sentence_going_on(
    embedder, tmp_path: Path, isolated_home: Path
) -> None:
    header = "title: Interview with IMPA's head\noutlet: Globes\npublished: 2023-10-25"
    question = "how many terror financing reports a day were they getting before oct 7 vs after"
    text = answer_of(embedder, tmp_path, header, REPORTS, question)
    assert "about 100 reports a day" in text, text
    _, _, rest = text.partition("about 100 reports a day")
    assert rest.split("[1]. ", 1)[-1].startswith("That number jumped to about 1,000"), text


def test_an_adverb_after_how_many_had_is_no_one_counted() -> None:
    assert AnswerSlot.of("n how many had already been displaced by that day?").subject == ()
    assert AnswerSlot.of("how many did haaland score").subject == ("haaland",)


@pytest.mark.parametrize(
    ("sentence", "fits"),
    [
        ("Over two-thirds of these people are staying in UNRWA schools.", 1.0),
        ("Families are sleeping in makeshift tents.", 1.0),
        ("Over two-thirds of these people are staying.", 0.0),
    ],
)
def test_a_place_to_stay_is_told_by_its_kind(sentence: str, fits: float) -> None:
    slot = AnswerSlot.of("where were most of them staying?")
    assert fit(slot, sentence, unrelated) == fits


@pytest.mark.parametrize(
    ("typed", "spelt"),
    [
        ("how many youtube subs did she have", "how many youtube subscribers did she have"),
        ("her channel's subs", "her channel's subscribers"),
        ("who did arsenal bring on as subs", "who did arsenal bring on as subs"),
    ],
)
def test_a_channels_subs_are_its_subscribers(typed: str, spelt: str) -> None:
    assert expand_abbreviations(typed) == spelt


@pytest.mark.parametrize(
    ("sentence", "fits"),
    [
        ("Wang was sentenced to time served.", 1.0),
        ("He got a 25-year prison sentence.", 1.0),
        ("Singh was trying to secure himself a lenient sentence.", 0.0),  # (sought, not given)
        ("He faces up to 110 years in prison.", 0.0),  # (one he could get)
    ],
)
def test_a_sentence_asked_is_a_term_given(sentence: str, fits: float) -> None:
    slot = AnswerSlot.of("what sentence did wang end up getting?")
    assert fit(slot, sentence, unrelated) == fits


def test_a_final_score_of_another_numbered_game_tells_nothing_of_the_one_asked() -> None:
    def piece(article: str, title: str, text: str) -> Passage:
        return Passage(
            chunk_id=article,
            article_id=article,
            title=title,
            outlet="Sporting News",
            published="2023-10-31",
            score=1.0,
            text=text,
        )

    passages = [
        piece("g4", "World Series live: results from Game 4", "Final: Rangers 11, Diamondbacks 7"),
        piece("g2", "World Series Game 2 report", "The Diamondbacks beat the Rangers 9-1."),
    ]
    question = "why did the rangers beat the diamondbacks in game 2"
    contrary = contrary_result(question, passages, lambda side: ())
    assert contrary is not None and contrary.text == "The Diamondbacks beat the Rangers 9-1."
    # (asked of game 4, the final score tells it)
    assert contrary_result(question.replace("game 2", "game 4"), passages, lambda s: ()) is None

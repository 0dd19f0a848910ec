"""Checks an answer must pass, read the way people type: ordinary words and slips are no unknown
names, short forms and numbers may be written out, a figure the question gives is no answer,
a why-question takes its event as given, and a follow-up's "how many" counts what the turn
before counted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import articles_home, one_article_home, unrelated

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import question_wants
from assistant.answering.asking import asks_reason
from assistant.answering.candidates import Candidate
from assistant.answering.fit import fit
from assistant.answering.focus import borrowed_focus, focus_phrase, measured_phrase
from assistant.answering.names_given import in_runs
from assistant.answering.scores import sides_unsaid
from assistant.answering.scoring import doer_forms
from assistant.answering.sentences import answer_stem
from assistant.answering.specifics import said_in, spelt_out
from assistant.answering.unsettled import UNSETTLED
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.which_one import another_one, numbered, speaks_of
from assistant.answering.yes_no_asked import is_yes_no
from assistant.api import Assistant
from index.terms import families


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("what was palo alto networks reportedly going to pay for talon", "amount"),
        ("what did the big container carriers earn combined", "amount"),
        ("what valuation did simply homes get in its $22m round", "amount"),
        ("what's the name of the lab that processes the tests", "name"),
        # "paid" as an adjective asks for no amount; a bank that is the subject, for no name:
        # a fee lowered to a level is an amount
        ("what was the no 1 paid iphone game in the us", "other"),
        ("what did bank of america lower its overdraft fee to", "amount"),
        # a level reached, a price something goes for, a reason given
        ("what did the marketplace fee go up to", "amount"),
        ("what is the 45mm watch going for", "amount"),
        ("what time are they going for", "time"),
        ("what reason did discogs give for it", "reason"),
        ("whats the reason for the fee hike", "reason"),
        # a rate is a figure
        ("what interest rate is zim paying on the loan", "amount"),
    ],
)
def test_what_a_question_asks_for(question: str, wants: str) -> None:
    assert question_wants(question) == wants


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("what's the name of the lab that processes the tests", "lab"),
        ("which us state grows the most cranberries?", "us state"),
        ("what does the midfield club season ticket cost", "midfield club season ticket"),
    ],
)
def test_the_thing_asked_about(question: str, phrase: str) -> None:
    assert focus_phrase(question) == phrase


def test_a_unit_measures_the_thing_after_it() -> None:
    assert measured_phrase("how many years is emma hayes's contract") == "emma hayes's contract"
    assert measured_phrase("how many tackles did he make") is None


@pytest.mark.parametrize(
    ("question", "sentence", "score"),
    [
        # the figure the question gives is not its answer, however it is written
        ("what valuation did it get in its $22m round", "It raised $22 million.", 0.0),
        ("what valuation did it get in its $22m round", "It is now valued at $90 million.", 0.5),
        # every word that sets the thing counted apart, in compounds too
        ("what does the midfield club season ticket cost", "A season ticket is $867.", 0.5),
        (
            "what does the midfield club season ticket cost",
            "Midfield club season tickets: $7,650.",
            1.0,
        ),
        (
            "how many charge cycles did it last",
            "It lasted 18,000 discharge and recharge cycles.",
            1.0,
        ),
        # a unit said of something else measures something else
        ("how many years is her contract", "She leaves after 12 years at Chelsea.", 0.5),
        # a valuation is no price paid; what a fight is "worth" to a boxer is his pay
        ("how much did shein pay for missguided", "Shein is valued at around £53bn.", 0.0),
        ("how much did shein pay for missguided", "Shein bought Missguided for £16m.", 1.0),
        ("how much was he paid for the fight", "The bout was worth $680,000 to him.", 1.0),
        ("how much is shein worth", "Shein is valued at around £53bn.", 1.0),
        # a share is no sum of money, whatever the question says is paid
        ("what share of tiktok users pay for music", "62% of TikTok users pay for music.", 1.0),
    ],
)
def test_a_sentence_fills_the_slot(question: str, sentence: str, score: float) -> None:
    assert fit(AnswerSlot.of(question), sentence, unrelated) == score


def test_what_is_counted_may_be_said_around_the_sentence() -> None:
    slot = AnswerSlot.of("how many battery swap stations is he planning for delhi")
    sentence = "Gogoro plans to launch 30 stations in Delhi."
    assert fit(slot, sentence, unrelated) == 0.5
    around = "Gogoro brought its battery-swapping network to India."
    assert fit(slot, sentence, unrelated, passage=around) == 1.0


def test_a_follow_up_counts_what_the_question_before_counted() -> None:
    before = "how many battery swap stations is he planning for delhi"
    assert (
        borrowed_focus("and how many do they have back home in taiwan", before)
        == "and how many battery swap stations do they have back home in taiwan"
    )
    assert borrowed_focus("how many goals did he score", before) == "how many goals did he score"


def test_a_yes_no_question_may_open_with_and() -> None:
    assert is_yes_no("and did anewz report it too?")
    assert is_yes_no("so, is he going to pitch next season")
    assert not is_yes_no("and how much did it cost")


def test_why_takes_the_event_as_given() -> None:
    assert asks_reason("why did inter miami scrap the china trip")
    assert asks_reason("how did they get past serbia")
    assert not asks_reason("how much did they pay")


def test_ordinary_words_and_slips_are_no_unknown_names() -> None:
    corpus = {"effects", "likely", "side", "cancel", "credit", "card", "gellar", "times", "raise"}
    words = CorpusWords(
        lambda w: int(w in corpus), common=frozenset({"effects", "likely", "why", "side", "times"})
    )
    assert words.unknown_specifics("any bad side efects") == []
    assert words.unknown_specifics("how many times likelier were they") == []
    assert words.unknown_specifics("why'd gellar cancel her credit card") == []
    assert words.unknown_specifics("how much did vinted raise") == ["vinted"]


def test_ordinary_words_the_articles_write_together_as_a_name_are_one() -> None:
    names = {"ryder": "Ryder", "cup": "Cup", "apple": "Apple", "watch": "Watch", "kick": "Kick"}
    texts = ["Europe won the Ryder Cup.", "The Apple Watch ban", "Kick, the streaming site"]
    assert in_runs("who won the 2023 ryder cup", names, texts) == {"ryder", "cup"}
    # "Kick" is a name, but no article writes "Watch Kick"
    assert in_runs("when does the apple watch kick in", names, texts) == {"apple", "watch"}


def test_the_doer_says_the_deed() -> None:
    assert "director" in doer_forms(answer_stem("directing"))
    assert answer_stem("reported") in doer_forms(answer_stem("reporters"))
    assert "winner" in doer_forms(answer_stem("won"))
    assert doer_forms(answer_stem("water")) & {"wat", "wate"} == set()


def test_a_contraction_typed_without_its_apostrophe_is_no_name() -> None:
    corpus = {"sign", "prenup"}
    words = CorpusWords(lambda w: int(w in corpus), common=frozenset({"sign", "prenup"}))
    assert words.unknown_specifics("why didnt they sign a prenup") == []
    assert words.unknown_specifics("why didnt kroger sign") == ["kroger"]


def test_what_a_suit_seeks_is_money() -> None:
    assert AnswerSlot.of("how much are they suing for").money


def test_a_sentence_he_could_face_is_not_yet_his() -> None:
    assert UNSETTLED.search("He faces up to 50 years in prison when he is sentenced.")
    # a sale that found no buyer, a fine still under investigation
    assert UNSETTLED.search("It is shutting down after unsuccessful efforts to find a buyer.")
    assert UNSETTLED.search("The EU said it will now carry out an in-depth investigation.")
    # an attempt is no deal done
    assert UNSETTLED.search("NTPC was attempting to monetise its stake by selling it.")
    assert not UNSETTLED.search("The EU fined X 1 million euros in December.")
    assert not UNSETTLED.search("Chelsea failed to find a breakthrough before half-time.")


def test_a_year_is_said_as_annually() -> None:
    corpus = {"supply", "annually", "aluminium"}
    words = CorpusWords(lambda w: int(w in corpus), common=frozenset({"ship", "year", "copper"}))
    assert words.unknown_specifics("how much could they ship a year") == []
    assert words.unknown_specifics("and the copper?") == ["copper"]


def test_short_forms_and_numbers_may_be_written_out() -> None:
    text = "Wales thumped Australia at the Rugby World Cup, putting six tries past them."
    said = families(text)
    assert said_in("rwc", said, text) and said_in("6", said, text)
    assert not said_in("nfl", said, text) and not said_in("7", said, text)
    assert spelt_out("uc", "researchers at University of California San Diego")
    # each part of a joined name is a word of it
    assert spelt_out("sbf", "the trial of Sam Bankman-Fried went on")
    assert not spelt_out("sbf", "the trial of Bankman-Fried went on")


DEALS = (
    "Palo Alto is in advanced talks to buy two security startups for around $1 billion. "
    "Specifically, it is looking at Talon Cyber Security for between $600 million and $700 "
    "million. It is also in talks with Dig Security, a cloud data specialist. The company was last "
    "valued at $400 million. Rivals such as Wiz, now valued at $10 billion, compete with it. "
    "Inter Miami's tour of China was "
    "cancelled, with the trip proving too difficult logistically to arrange. The club has yet "
    "to say whether it will reschedule. Palo Alto shares rose on the news."
)


@pytest.fixture
def deals_home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    header = "title: Deals and tours\noutlet: Ledger Daily\npublished: 2023-12-01"
    yield from one_article_home(embedder, tmp_path, header, DEALS)


def test_the_sentence_that_names_what_is_bought_gives_its_price(deals_home: Assistant) -> None:
    answer = deals_home.ask("what was palo alto reportedly going to pay for talon")
    assert not answer.abstained, answer.text
    assert "$600 million" in answer.text.split("[")[0], answer.text


def test_a_name_the_article_gives_once_in_passing_is_not_its_subject(
    deals_home: Assistant,
) -> None:
    # Wiz is named once, as a rival: the article's $1 billion deal is not Wiz's, and its
    # valuation is no price paid
    answer = deals_home.ask("how much did palo alto pay to acquire wiz")
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    ("year", "sentence", "before", "published", "speaks"),
    [
        (2019, "Italy will face Australia in the final.", "", "2023-11-24", False),
        (
            2019,
            "He is the first since Medvedev in 2019 to beat him twice.",
            "",
            "2023-11-24",
            False,
        ),
        (
            2021,
            "It was being sold elsewhere for less.",
            "It was Oct. 27, 2021, when …",
            "2023",
            True,
        ),
        (2019, "Australia lost last year's final to Canada.", "", "2020-11-24", True),
        (2021, "Nike earned 94 cents a share in fiscal 2024.", "", "2023-09-28", False),
        (2019, "The cup was won by Spain.", "", None, True),
        # a span's bound is no year told of, unless the sentence says what happened then
        (2019, "He has led the firm until 2019 and more.", "", "2023-11-24", False),
        (2019, "It grew until 2019, when it had net assets of £22,000.", "", "2023-11-24", True),
    ],
)
def test_a_sentence_speaks_of_its_year_or_its_articles(
    year: int, sentence: str, before: str, published: str | None, speaks: bool
) -> None:
    assert speaks_of({year}, sentence, before, published) is speaks


def test_the_numbered_one_asked_about() -> None:
    assert numbered("who won game 7 of the 2023 world series") == {"game": {"7"}}
    assert numbered("nike q3 revenue, up 5%?") == {"q": {"3"}}
    assert numbered("the top 10 list on the 3rd day") == {}
    assert numbered("chicago fire thrashed inter miami 4-1, who scored") == {}
    game_7 = numbered("who won game 7")
    assert another_one(game_7, "The Diamondbacks have won Game 2.", "")
    assert another_one(game_7, "Welcome to the World Series.", "Game 2 recap: …")
    assert not another_one(game_7, "They took Game 7 in style.", "Game 6 and Game 7")
    assert not another_one(game_7, "They took the decider.", "A recap of the series.")


def test_a_question_on_another_year_is_refused(deals_home: Assistant) -> None:
    answer = deals_home.ask("why did inter miami scrap the china trip in 2019")
    assert answer.abstained and "2019" in answer.text, answer.text


def test_why_something_was_called_off_is_answered(deals_home: Assistant) -> None:
    answer = deals_home.ask("why did inter miami scrap the china trip")
    assert not answer.abstained, answer.text
    assert "logistically" in answer.text


def test_what_about_asks_what_the_question_before_asked(deals_home: Assistant) -> None:
    from assistant.conversation import Conversation

    chat = Conversation(deals_home)
    first = chat.ask("what was palo alto going to pay for talon")
    assert "$600 million" in first.text, first.text
    # an amount again, for Dig: the articles give none
    answer = chat.ask("what about dig?")
    assert answer.abstained and "amount" in answer.text and "Dig Security" in answer.text, (
        answer.text
    )


@pytest.fixture
def two_stories_home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    yield from articles_home(
        embedder,
        tmp_path,
        {
            "asos": (
                "title: ASOS weighs a sale\noutlet: Ledger Daily",
                "ASOS is sitting on net debt of £300 million. The online retailer might raise "
                "quick cash by selling its Topshop brand, people familiar with the matter said.",
            ),
            "bonds": (
                "title: Treasury plans a bond sale\noutlet: Ledger Daily",
                "The Treasury's new bond sale is expected to go for about $2 billion. The finance "
                "department aims to reduce new debt next year.",
            ),
        },
    )


def test_a_follow_up_naming_nothing_is_answered_from_an_article_on_its_subject(
    two_stories_home: Assistant,
) -> None:
    conversation = two_stories_home.conversation()
    first = conversation.ask("what might asos sell to raise quick cash")
    assert "Topshop" in first.text, first.text
    # the price of the sale is in no article on ASOS; the Treasury's sale is another story
    follow = conversation.ask("how much is it expected to go for")
    assert follow.abstained, follow.text
    assert follow.text.startswith("The articles don't say this of ASOS."), follow.text


def test_a_source_heading_the_question_is_no_name_the_answer_must_say(
    embedder, tmp_path: Path
) -> None:
    # "nyt/athletic piece - …": the NYT's piece says nothing of The Athletic, another one does
    game = (
        "title: The 49ers' slide\noutlet: The New York Times",
        "The 49ers entered Week 6 unbeaten. They exited with a 19-17 defeat at Cleveland and "
        "injuries to key players. Brock Purdy had made the game look easy until then.",
    )
    other = (
        "title: Sports media deals\noutlet: Ledger Daily",
        "The Athletic, which the NYT bought, added staff. Its rivals cut theirs.",
    )
    for a in articles_home(embedder, tmp_path, {"game": game, "other": other}):
        answer = a.ask("nyt/athletic piece - 49ers lost at cleveland wk 6, what was the score")
        assert not answer.abstained and "19-17" in answer.text.split("[")[0], answer.text


@pytest.mark.parametrize(
    ("before", "sentence", "unsaid"),
    [
        # a preview gives another game's score
        ("", "The Chargers are coming off a 63-21 rout at the hands of the Raiders.", ["bills"]),
        ("The Bills met the Chargers on Saturday.", "Buffalo won 24-22.", []),
        ("", "The Bills beat the Chargers 24-22 on Saturday.", []),
    ],
)
def test_a_score_asked_of_two_sides_is_said_of_both(
    before: str, sentence: str, unsaid: list[str]
) -> None:
    candidate = Candidate(0, sentence, before=before)
    sides = ["bills", "chargers", "saturday", "espn"]  # (a day and an outlet are no side)
    assert sides_unsaid(sides, candidate, ["ESPN"]) == unsaid


def test_a_word_spelt_the_other_side_of_the_atlantic_is_known() -> None:
    corpus = {"vapor", "organized", "center", "condense"}
    words = CorpusWords(lambda w: int(w in corpus), common=frozenset({"ship", "condense"}))
    assert words.unknown_specifics("does the vapour condense") == []
    assert words.unknown_specifics("who organised the centre") == []
    assert words.unknown_specifics("does the zorblax condense") == ["zorblax"]


def test_a_name_written_otherwise_is_searched_as_the_store_writes_it() -> None:
    corpus = {"fainga'anuku": 3, "andonovski": 2}
    words = CorpusWords(
        lambda w: corpus.get(w, 0),
        common=frozenset({"why", "was", "starting", "make"}),
        words_starting=lambda prefix: [w for w in corpus if w.startswith(prefix)],
    )
    assert words.respelt_by_store("why was faingaanuku starting") == (
        "why was fainga'anuku starting"
    )
    assert words.respelt_by_store("what did andonovsky make") == "what did andonovski make"


@pytest.mark.parametrize(
    ("question", "money"),
    [
        # by how much: a share answers as well as a sum
        ("how much more did tiktok users spend on music", False),
        ("how much pricier will the suez canal be", False),
        ("how much did tiktok users spend on music", True),
        # what a thing sells for is its price
        ("what is the 45mm apple watch going for", True),
    ],
)
def test_what_asks_a_sum_of_money(question: str, money: bool) -> None:
    slot = AnswerSlot.of(question)
    assert slot.wants == "amount" and slot.money == money


def test_the_model_the_question_measures_is_the_one_priced(embedder, tmp_path: Path) -> None:
    deals = (
        "title: The best Black Friday deals\noutlet: Ledger Daily",
        "The new Orbit Watch 9 has dropped to $329 at three big retailers in a Black Friday "
        "deal, $70 off its usual price. That's the price you'll pay for the 41mm model, but "
        "the 45mm models are now down to $359 with the same discount.",
    )
    for a in articles_home(embedder, tmp_path, {"deals": deals}):
        answer = a.ask("what is the 45mm orbit watch 9 going for")
        assert not answer.abstained and "$359" in answer.text.split("[")[0], answer.text


def test_the_time_of_an_event_is_said_of_that_event(embedder, tmp_path: Path) -> None:
    # his illness and his years at the club give times, not the funeral's
    obituary = (
        "title: Club chairman dies at 78\noutlet: Ledger Daily",
        "Bill Kenwright, the club's chairman, has died at 78. Kenwright had surgery to remove "
        "a tumour eight weeks ago. He became chairman in 2004.",
    )
    for a in articles_home(embedder, tmp_path, {"obituary": obituary}):
        answer = a.ask("when is bill kenwright's funeral")
        assert answer.abstained and "funeral" in answer.text, answer.text
        answer = a.ask("when did bill kenwright become chairman")
        assert not answer.abstained and "2004" in answer.text, answer.text


def test_two_things_asked_at_once_are_both_answered(embedder, tmp_path: Path) -> None:
    paper = (
        "title: A newspaper's story\noutlet: Ledger Daily",
        "The Daily Orbit was started by John Tang, a software engineer, with a few friends. "
        "The first issues were printed in a basement in Atlanta, Georgia. Today it prints a "
        "weekly edition for readers across the country.",
    )
    for a in articles_home(embedder, tmp_path, {"paper": paper}):
        answer = a.ask("who started the daily orbit and where")
        assert not answer.abstained, answer.text
        assert "John Tang" in answer.text and "Atlanta" in answer.text, answer.text


def test_the_contest_won_is_said_by_the_sentence_telling_the_win(embedder, tmp_path: Path) -> None:
    cup = (
        "title: Italy and Australia reach the cup's last day\noutlet: Ledger Daily",
        "Jannik Sinner served out for a famous win over Novak Djokovic on Saturday. Italy will "
        "play Australia on Sunday, with the trophy at stake.",
    )
    for a in articles_home(embedder, tmp_path, {"cup": cup}):
        answer = a.ask("so who won the final")
        assert answer.abstained, answer.text


def test_a_short_word_written_as_a_name_holds_no_longer_name() -> None:
    """ "Bell", written as a name after a first name, is no other form of an absent "bella";
    a longer name's other form still is ("scaringes" for "Scaringe")."""
    corpus = {"bell", "scaringe"}
    texts = {"bell": ["Their coach, Nick Bell, said so."], "scaringe": ["CEO RJ Scaringe said."]}
    words = CorpusWords(
        lambda w: int(w in corpus),
        common=frozenset({"bell", "said"}),
        texts_with=lambda w: texts.get(w, []),
    )
    assert words.name("bell") == "Bell"
    assert not words.holds("bella")
    assert words.holds("scaringes")


def test_a_name_the_store_writes_elsewhere_must_be_said_by_the_answer(
    embedder, tmp_path: Path
) -> None:
    """ "What did zuckerberg tell the committee": the piece on the committee names someone else;
    the store names Zuckerberg in other pieces, so he is someone the answer must name."""
    committee = (
        "title: Commissioner questioned by MEPs\noutlet: Ledger Daily",
        "During an exchange of views with the parliament's civil liberties committee this "
        "afternoon, Johansson admitted the executive is investigating its ads on X. "
        "Committee members pressed her on the campaign.",
    )
    meta = (
        "title: Meta's quarter\noutlet: Ledger Daily",
        "Meta chief Mark Zuckerberg said spending would rise. Analysts expected it.",
    )
    threads = (
        "title: Threads grows\noutlet: Ledger Daily",
        "Threads passed 100 million users, Mark Zuckerberg said on Tuesday.",
    )
    stories = {"committee": committee, "meta": meta, "threads": threads}
    for a in articles_home(embedder, tmp_path, stories):
        answer = a.ask("what did zuckerberg tell the parliament's civil liberties committee")
        assert answer.abstained and "Zuckerberg" in answer.text.split(".")[0], answer.text
        answer = a.ask("what did johansson tell the parliament's civil liberties committee")
        assert not answer.abstained, answer.text

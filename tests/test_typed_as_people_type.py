"""More questions read the way people type them: a nickname names whom it shortens ("arnie"),
a long name with a slip is spelt as the passages spell it ("scorcese"), chat shorthand is
spelt out ("pts"), "what time" asks for a time of day, "mid oct" is a date, the name asked
about comes from the main clause, "who got sent off" asks who was sent off, a retrospective
is about the year it looks back on, "the name of the song" asks for a song, a source the store
writes as a name is cited ("what did der spiegel write"), whose figure may come before it ("bank
of queenslands full year profit"), money is what an amount is in, "hundreds of years after" is
no date, and a breadcrumb is no statement."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import articles_home

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import question_wants
from assistant.answering.asked_names import NOT_A_SPECIFIC
from assistant.answering.asking import asking_clauses, main_clause
from assistant.answering.candidates import Candidate
from assistant.answering.cited import (
    ASKS_WHAT_WAS_SAID,
    cited_account,
    in_their_words,
    is_store_outlet,
)
from assistant.answering.draft import Draft, Parts
from assistant.answering.fit import fit
from assistant.answering.refusals import ELLIPTICAL
from assistant.answering.roles import role_of
from assistant.answering.sentences import CLOCK, DATE_WORDS, TYPE_PATTERNS
from assistant.answering.specifics import nickname_in, said_in
from assistant.answering.statements import is_statement
from assistant.answering.subject import families_of, on_the_name, says
from assistant.answering.verdict import of_no_kind
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.which_one import looks_back_on, speaks_of
from assistant.answering.wording import expand_abbreviations
from assistant.api import Assistant
from assistant.attribution import cites, display_name
from assistant.conversation import condense_offline, needs_context
from assistant.types import Passage


def test_a_nickname_names_whom_it_shortens() -> None:
    assert nickname_in("arnie", "Arnold Schwarzenegger said so.")
    assert nickname_in("spidey", "Only Spider-Man has been inflated to 80 feet.")
    assert not nickname_in("arnie", "He said arnold was a name.")  # a name has its capital
    assert not nickname_in("andrea", "Andrew said so.")  # no pet form
    text = "Arnold Schwarzenegger said so."
    assert said_in("arnie", families_of(text), text)
    assert says(Candidate(0, "Spider-Man is the only Marvel balloon."), "spidey", "Spidey")


def test_a_long_name_with_a_slip_is_spelt_as_the_passages_spell_it() -> None:
    store = {"martin", "scorsese", "slang", "daughter"}
    common = frozenset({"what", "did", "think", "ship", "meant", "slang", "daughter", "say"})
    words = CorpusWords(lambda w: 1 if w in store else 0, common=common)
    passages = ["Martin Scorsese was quizzed on internet slang by his daughter."]
    asked = "what did scorcese think ship meant"
    assert words.respelt(asked, passages) == "what did scorsese think ship meant"
    # short words and words the store holds are left as typed
    assert words.respelt("what did andrea say", ["Andrew said so."]) == "what did andrea say"


@pytest.mark.parametrize(
    ("asked", "passage", "meant"),
    [
        ("how much did nvdia make", "Nvidia made $18bn.", "how much did nvidia make"),
        ("what did teslaa say", "Tesla said so. Teslas sold.", "what did tesla say"),
        ("what did tesal say", "Tesla said so.", "what did tesla say"),
        # another name, not a slip: a first or last letter, or a letter changed
        ("what did carla say", "Carl said so.", "what did carla say"),
        ("what did kroger say", "Roger said so.", "what did kroger say"),
        ("what did andrea say", "Andrew said so.", "what did andrea say"),
        # a capital an ordinary word takes is no name's
        ("what did marsch say", "It rained in March.", "what did marsch say"),
        # an ordinary word in the passages is no name to respell to
        ("how many staff does lyft have", "They lift weights.", "how many staff does lyft have"),
    ],
)
def test_a_shorter_name_with_a_slip_inside_it_is_spelt_as_the_passages_write_it(
    asked: str, passage: str, meant: str
) -> None:
    store = {w.lower() for w in re.findall(r"\w+", passage)}
    words = CorpusWords(lambda w: 1 if w in store else 0, common=frozenset({"what", "did"}))
    assert words.respelt(asked, [passage]) == meant
    # a slip the store's words would pass ("tesal" of the ordinary "tesla") is still respelt
    words = CorpusWords(lambda w: 1 if w in store else 0, common=frozenset(store | {"what"}))
    assert words.respelt(asked, [passage]) == meant


def test_a_name_with_a_slip_is_searched_as_the_store_spells_it() -> None:
    chunks = {"nvidia": 9, "cintron": 1, "carl": 5, "israel": 7}
    texts = {
        "nvidia": ["Shares of Nvidia rose.", "Nvidia made $18bn."],
        "cintron": ["Cintron said so."],
        "carl": ["Carl said so."],
        "israel": ["Troops in Israel."],
    }
    words = CorpusWords(
        lambda w: chunks.get(w, 0),
        common=frozenset({"how", "much", "did", "make", "what", "say", "in"}),
        texts_with=lambda w: texts.get(w, []),
    )
    assert words.respelt_by_store("how much did nvdia make") == "how much did Nvidia make"
    assert words.respelt_by_store("what did isreal say") == "what did Israel say"
    # a name written once is as likely another name; a first or last letter, another name
    assert words.respelt_by_store("what did citron say") == "what did citron say"
    assert words.respelt_by_store("what did carla say") == "what did carla say"
    # an everyday word no article holds, as articles write it; one they hold stays
    assert words.respelt_by_store("how old was her stepdad") == "how old was her stepfather"
    chunks["stepdad"] = 1
    assert words.respelt_by_store("how old was her stepdad") == "how old was her stepdad"


def test_chat_shorthand_is_spelt_out() -> None:
    assert expand_abbreviations("how many pts did he drop") == "how many points did he drop"
    assert expand_abbreviations("prez said what cuz") == "president said what because"
    # asides that ask nothing are ordinary words, no name the articles must hold
    words = CorpusWords(lambda w: int(w in {"won", "final"}), common=frozenset({"who", "won"}))
    assert words.unknown_specifics("idk who won the final tbh") == []
    assert words.unknown_specifics("who won the final at wembley") == ["wembley"]
    assert words.absent_words("did they win the final lol") == []
    assert expand_abbreviations("100 yds in 3 hrs") == "100 yards in 3 hours"
    assert expand_abbreviations("how much did utd spend") == "how much did united spend"
    assert expand_abbreviations("talks w startups n firms") == "talks with startups and firms"
    assert expand_abbreviations("how many pro fights") == "how many professional fights"
    assert expand_abbreviations("how many states r suing") == "how many states are suing"
    # not a part of a joined word or of initials, nor a capital letter
    assert (
        expand_abbreviations("pro-choice in N.Y. and N Korea") == "pro-choice in N.Y. and N Korea"
    )


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("what time was apples scary fast event starting", "time"),
        ("at what time does the sale start", "time"),
        ("what time of year is best", "other"),
        ("when does the sale start", "date"),
    ],
)
def test_what_time_asks_for_a_time_of_day(question: str, wants: str) -> None:
    assert question_wants(question) == wants


def test_a_time_of_day_fills_the_slot() -> None:
    slot = AnswerSlot.of("what time does it start")
    assert fit(slot, "It starts at 8PM ET.", lambda a, b: False) == 1.0
    assert fit(slot, "It starts on Monday evening.", lambda a, b: False) == 0.0
    assert CLOCK.search("a 7:45pm GMT kick-off") and not CLOCK.search("in 2023, 10 of them")


def test_mid_month_is_a_date_not_a_name() -> None:
    asked = "how many walked off when the strike widened mid oct"
    assert "mid" not in NOT_A_SPECIFIC.sub(" ", asked).split()
    assert "Mid" in NOT_A_SPECIFIC.sub(" ", "the Mid Sussex council")


def test_the_name_asked_about_comes_from_the_main_clause() -> None:
    asked = "how many workers walked off at ford's kentucky plant when the uaw widened the strike"
    assert main_clause(asked) == "how many workers walked off at ford's kentucky plant"
    assert main_clause("when did the uaw strike") == "when did the uaw strike"


def test_who_got_sent_off_asks_who_was_sent_off() -> None:
    assert role_of("who got sent off for man utd in that 1993 game") == "send"
    assert role_of("who got fired") is not None


def test_a_retrospective_is_about_the_year_it_looks_back_on() -> None:
    article = (
        "It is 30 years since United's trip to Istanbul in 1993. Cantona was sent off. "
        "Six of the 1993 squad won it in 1999."
    )
    assert looks_back_on({1993}, article)
    assert not looks_back_on({2019}, "Italy won in 2023. They last won the cup in 2019.")
    sent_off = "Cantona was sent off late on."
    assert speaks_of({1993}, sent_off, "", "2023-11-27", article)
    assert not speaks_of({1993}, sent_off, "", "2023-11-27", "Cantona played in 1993.")


def test_the_name_of_a_thing_asks_for_that_thing() -> None:
    slot = AnswerSlot.of(expand_abbreviations("whats the name of the song they're dancing to"))
    assert slot.wants == "name" and slot.kind == "song"
    assert AnswerSlot.of("what is the name of the company that bought it").kind is None


def test_a_source_the_store_writes_as_a_name_is_cited() -> None:
    # ("der" in lower case: the passages alone do not tell a name)
    passage = Passage(
        "c1", "a1", "Frankfurt hit Bayern for five", "Sports Desk", None, 1.0,
        "Eintracht Frankfurt pulverised Bayern Munich 5-1, the fans singing auf der Tribüne.",
    )  # fmt: skip
    candidates = [Candidate(0, "Eintracht Frankfurt pulverised Bayern Munich 5-1.")]

    def store(word: str) -> list[str]:
        return ["The German magazine Der Spiegel reported the talks."] if word == "spiegel" else []

    asked = "what did der spiegel write about bayern getting thrashed"
    cited, citing = cited_account(asked, candidates, [passage], lambda: ["Sports Desk"], store)
    assert cited == ["der spiegel"] and citing == []  # cited, by no passage read

    # words the store writes in lower case are no source: "according to collected information"
    def ordinary(word: str) -> list[str]:
        return [f"The {word} was collected, and more information came in."]

    asked = "what odds do they give, according to collected information"
    assert cited_account(asked, candidates, [passage], lambda: ["Sports Desk"], ordinary)[0] == []

    # initials the store writes in capitals, or only in another form, are a source: "sbs"
    def initials(word: str) -> list[str]:
        return ["SBS aired the match."] if word == "sbs" else []

    def other_form(word: str) -> list[str]:
        return ["The SBSes of the world."] if word == "sbs" else []

    asked = "what did sbs write about bayern getting thrashed"
    for store_texts in (initials, other_form):
        assert cited_account(asked, candidates, [passage], lambda: ["Sports Desk"], store_texts)[
            0
        ] == ["sbs"]


EVENT = (
    "title: Apple's Scary Fast event\noutlet: Gadget Desk\npublished: 2023-10-30",
    "Apple will hold its Scary Fast event on Monday. It starts at 8PM ET and will be streamed "
    "online. Rumors say the focus of the Scary Fast event will be on Macs and new chips.",
)
ARNOLD = (
    "title: Arnold Schwarzenegger on tough love\noutlet: Star Desk\npublished: 2023-10-10",
    "Schwarzenegger said that when his son Patrick didn't make the bed, he threw the mattress "
    "outside. The actor said his children learned to make their beds quickly.",
)
SCORSESE = (
    "title: Martin Scorsese takes an internet slang quiz\noutlet: Star Desk\npublished: 2023-10-06",
    "Martin Scorsese was quizzed on internet slang by his daughter Francesca in a TikTok. Asked "
    "what 'ship' meant, Scorsese guessed it was a boat.",
)


SERIES = (
    "title: Rangers take the title\noutlet: Ball Desk\npublished: 2023-11-02",
    "The Texas Rangers won the 2023 World Series in five games. The last pitchers to go that deep "
    "were Stephen Strasburg and Gerrit Cole in 2019.",
)
POLL = (
    "title: Holiday stress is real\noutlet: Life Desk\npublished: 2023-11-20",
    "In a recent poll from the American Psychological Association, 41 per cent of US adults said "
    "their stress levels increased from November to January.",
)


SHOW = (
    "title: Castle Knights reviewed\noutlet: Screen Desk\npublished: 2023-09-30",
    "Season 1 of Castle Knights premiered on September 28, 2023 on Netflix. Season 2 of Castle "
    "Knights has been confirmed by the producers. The first season has eight episodes.",
)


@pytest.fixture(scope="module")
def star_home(embedder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    tmp_path: Path = tmp_path_factory.mktemp("stars")
    yield from articles_home(
        embedder,
        tmp_path,
        {
            "event": EVENT,
            "arnold": ARNOLD,
            "scorsese": SCORSESE,
            "show": SHOW,
            "poll": POLL,
            "series": SERIES,
        },
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what time does the scary fast event start", "8PM"),
        ("what did arnie do when patrick didnt make his bed", "mattress"),
        ("what did scorcese think ship meant", "boat"),
        # a short form no article holds, spelt out in the passages
        ("what pct of us adults said their stress goes up in the apa poll", "41"),
    ],
)
def test_typed_as_people_type_is_answered(star_home: Assistant, question: str, said: str) -> None:
    answer = star_home.ask(question)
    assert not answer.abstained and said in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("what was bank of queenslands full year profit", "amount"),
        ("whats nvidias revenue this quarter", "amount"),
        ("what does tesla's ceo think about price cuts", "other"),
    ],
)
def test_whose_figure_may_come_before_it(question: str, wants: str) -> None:
    assert question_wants(question) == wants


def test_money_is_what_an_amount_is_in() -> None:
    slot = AnswerSlot.of("how much money did the epoch times pull in for 2021")
    assert slot.wants == "amount" and slot.money and slot.focus == ()


def test_a_time_relative_to_another_needs_a_count() -> None:
    assert DATE_WORDS.search("two days after the vote")
    assert DATE_WORDS.search("a year later, he left")
    assert not DATE_WORDS.search("picks up hundreds of years after the events of the first")


def test_a_breadcrumb_is_no_statement() -> None:
    assert not is_statement("Part of / The best entertainment of 2023")
    assert not is_statement("4 Onana had another poor game in goal for United Credit: Getty")
    assert not is_statement("Dodi is shown proposing to Diana (Daniel Escale/Netflix)")
    assert is_statement("Sales rose (see chart/table).")
    assert is_statement("The bank extended credit to 40 firms.")
    assert is_statement("Prices rose 3% in October, the bureau said.")
    # a page's widget scraped with its label: a run of words twice in a row
    assert not is_statement(
        "Sign up to our free newsletter Please enter a valid email address Please enter a valid "
        "email address SIGN UP I would like to be emailed about offers."
    )
    assert is_statement('"If you get the call up, you get the call up," he said.')
    # a live blog's heading, not a report of the game
    assert not is_statement("Jets vs. Raiders results, highlights from 'Sunday Night Football'.")
    assert is_statement("Raiders vs. Lions is set to kick off at 8:15 p.m. ET at Ford Field.")


def test_a_winner_of_another_year_is_no_winner_of_the_one_asked(star_home: Assistant) -> None:
    answer = star_home.ask("who won the world series in 2023")
    assert not answer.abstained and "Rangers" in answer.text, answer.text
    answer = star_home.ask("who won the world series in 2019")
    assert answer.abstained and "winner" in answer.text, answer.text


def test_no_date_for_the_one_asked_is_refused(star_home: Assistant) -> None:
    answer = star_home.ask("when is season 2 of castle knights coming out")
    assert answer.abstained and "September 28" not in answer.text.split("What they say")[0]
    answer = star_home.ask("when did season 1 of castle knights come out")
    assert not answer.abstained and "September 28" in answer.text, answer.text


def test_a_first_sentence_of_no_kind_asked_is_refused() -> None:
    """Once the sentences on the one asked are put first, the first must still give what is
    asked: a date for "when" (`verdict.of_no_kind`)."""
    passage = Passage("c1", "a1", "Castle Knights", "Screen Desk", None, 1.0, SHOW[1])
    on_it = Candidate(0, "Season 2 of Castle Knights has been confirmed by the producers.")
    on_it.own = on_it.score = 0.9
    question = "when is season 2 of castle knights coming out"
    draft = Draft(
        question, None, [passage], frozenset(), (), {"season": 1.0}, {"season": 1.0},
        AnswerSlot.of(question), [on_it], on_it, [], False, chosen=[on_it], coverage=1.0,
    )  # fmt: skip
    unused = Parts(CorpusWords(lambda w: 1), None, None, list, len)  # (this check reads none)
    result = of_no_kind(draft, unused)
    assert result is not None and result.abstained and result.lacking == "the date"
    draft.chosen = [Candidate(0, "Season 1 of Castle Knights premiered on September 28, 2023.")]
    assert of_no_kind(draft, unused) is None


def test_a_source_sharing_a_word_with_an_outlet_is_no_outlet() -> None:
    """ "bbc sport", of a store holding BBC News sections, is a source the articles may cite;
    "the independent" is the store's outlet."""
    outlets = ["BBC News - Technology", "The Independent - Sports"]
    assert is_store_outlet("the independent", outlets)
    assert not is_store_outlet("bbc sport", outlets)
    assert is_store_outlet("guardian preview", ["The Guardian"])  # a piece of the Guardian's
    assert display_name("bbc sport") == "BBC Sport"


def test_a_name_is_cited_by_its_last_word_only_on_its_own() -> None:
    assert cites("He runs Tesla. Musk said it would.", "elon musk")
    assert cites("Mr. Musk said so.", "elon musk")
    assert not cites("The United boss told TNT Sports that.", "bbc sport")


def test_a_follow_up_that_asks_nothing_itself_leans_on_the_turn_before() -> None:
    assert needs_context("and the guy playing dodi?")
    assert not needs_context("and who won the 2019 davis cup final in madrid")
    assert not ELLIPTICAL.match("and the cheapest oled model is how much")  # it asks
    asked = condense_offline("and the guy playing dodi?", [("who plays diana in the crown", "")])
    assert "crown" in asked


def test_new_is_no_part_of_the_thing_priced() -> None:
    slot = AnswerSlot.of("what the price of the new steam deck oled")
    sentence = "The Steam Deck OLED starts at $549, and will replace the rest of the range."
    assert fit(slot, sentence, lambda a, b: False) == 1.0


def test_a_lead_in_only_says_whom_the_question_is_on() -> None:
    asked = "what about microsoft, how much was nadella willing to pay for the same spot"
    assert asking_clauses(asked) == ["how much was nadella willing to pay for the same spot"]
    assert AnswerSlot.of(asked).focus == ()  # not "microsoft": what is paid is asked
    assert asking_clauses("what about microsoft?") == ["what about microsoft?"]


def test_after_a_preposition_only_an_object_asks() -> None:
    asked = "which university was the sociology prof teaching at when it started"
    assert asking_clauses(asked) == [asked]  # "at when" asks nothing: no date is wanted
    assert question_wants("by how much did they win") == "amount"
    assert expand_abbreviations("the sociology prof") == "the sociology professor"


def test_what_someone_said_is_in_their_words() -> None:
    assert ASKS_WHAT_WAS_SAID.search("what did mahomes say about the no-call")
    assert not ASKS_WHAT_WAS_SAID.search("according to reuters, how much did it raise")
    sentences = [
        Candidate(0, "Mahomes failed to connect with Valdes-Scantling on a deep pass."),
        Candidate(0, "Mahomes’s pass was ruled incomplete, the league said."),
        Candidate(0, "“We have to be better,” said Patrick Mahomes."),
        Candidate(0, "“It was a catch,” he said.", before="Mahomes was asked about it."),
        Candidate(0, "“It was a catch,” he said.", before="Kelce was asked about it."),
    ]
    spoken = in_their_words(sentences, [], ["mahomes"])
    assert [sentences.index(c) for c in spoken] == [2, 3]


def test_a_name_may_be_named_by_the_name_its_longer_one_opens_with() -> None:
    texts = {
        "lions": ["The Detroit Lions won.", "Fans of the Detroit Lions cheered."],
        "detroit": ["Detroit is in Michigan.", "They flew to Detroit."],
        "biden": ["President Biden spoke.", "The president said so. President Biden left."],
        "president": ["The president said so.", "President Biden spoke."],
    }
    words = CorpusWords(
        lambda w: len(texts.get(w, [])),
        common=frozenset({"president", "the"}),
        texts_with=lambda w: texts.get(w, []),
    )
    assert words.name_openings("lions") == {"Detroit"}
    assert words.name_openings("biden") == frozenset()  # "president" is no name


def test_how_often_and_how_long_are_answered_in_words_too() -> None:
    assert AnswerSlot.of("how often does the newsletter go out").span == "frequency"
    assert AnswerSlot.of("how long was he in prison").span == "length"
    assert AnswerSlot.of("how many goals did he score").span == ""
    shape = TYPE_PATTERNS["frequency"]
    assert shape.search("Get it in your inbox every Saturday.")
    assert shape.search("The report comes out annually.")
    assert TYPE_PATTERNS["length"].search("He has led the club for a decade.")
    assert TYPE_PATTERNS["length"].search("The deal has been in place since 2002.")
    assert not shape.search("They first met in 2019, in recent years.")


def test_an_article_is_on_someone_named_once_in_full_then_by_surname() -> None:
    text = (
        "Caroline Ellison took the stand on Tuesday. Ellison said she had been told to do it. "
        "Ellison cried. At one point, two jurors appeared to be asleep."
    )
    passage = Passage("c1", "a1", "The trial goes on", "Court Desk", None, 1.0, text)
    assert on_the_name("a1", "caroline", [passage], "Caroline")
    other = Passage("c2", "a2", "The trial goes on", "Court Desk", None, 1.0, "Caroline spoke.")
    assert not on_the_name("a2", "caroline", [other], "Caroline")


def test_each_part_of_a_joined_name_is_said() -> None:
    sentence = Candidate(0, "Ed Newton-Rex decided to quit his role at Stability AI.")
    assert says(sentence, "newton", "Newton") and says(sentence, "rex", "Rex")


def test_a_short_form_starts_a_name_not_any_word() -> None:
    texts = {
        "juventus": ["They beat Juventus.", "Juventus lost."],
        "should": ["They should go.", "It should work."],
    }
    stems = ["juventus", "should", "shoulder"]
    words = CorpusWords(
        lambda w: len(texts.get(w, [])),
        common=frozenset({"should", "shoulder", "what", "say", "chew"}),
        words_starting=lambda prefix: [w for w in stems if w.startswith(prefix)],
        texts_with=lambda w: texts.get(w, []),
    )
    assert not words.rare("juve")  # the start of "Juventus"
    assert words.rare("shou")  # no name starts so: "should" is an ordinary word
    assert words.unknown_specifics("what did shou chew say") == ["shou"]

"""What a question leaves open, and the sentence that fills it: figures said of the thing
counted, the clause that asks (not a relative "who"), a kind set apart ("the left leg"), and
publication dates read from the articles' metadata."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import one_article_home, unrelated

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import question_wants
from assistant.answering.candidates import Candidate
from assistant.answering.fit import fit
from assistant.answering.focus import focus_phrase
from assistant.answering.published import asks_publication
from assistant.answering.scoring import Meaning
from assistant.api import Assistant


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("when did cranberry farming start, and where", "date"),
        ("who else was up for person of the year when swift won", "person"),
        ("the virginia woman who got the flu lost which leg", "other"),
        ("who won the 2023 ryder cup and by how much", "amount"),
        ("so when did the deal finally close", "date"),
        ("How soon after the statement did Putin chair the meeting?", "number"),
        ("which vc led the round", "name"),
        # a bound: a figure
        ("what's the compute threshold in the ai act", "number"),
        # how late: a time of day
        ("how late did the party go on", "time"),
        # a sum named by what it is paid as
        ("what salary is the clinic paying its new chief", "amount"),
        ("did they agree to phase out fossil fuels?", "other"),
        ("why'd aew let cm punk go", "reason"),
        ("tate mcrae on so you think you can dance - where'd she place", "rank"),
        ("where were man utd sitting in the table", "rank"),
        ("what position did he finish in", "rank"),
        ("where did tesla hand over the first cybertrucks", "place"),
        ("where did she stand on the issue", "place"),
        ("how come stores dont open on thanksgiving", "reason"),
        ("why did it cost so much, and how much", "amount"),
        # a name asked by the word for naming
        ("trt mentions russia's biggest aluminium maker - whats it called?", "name"),
        ("what's the new model named", "name"),
        ("what is called a bull market", "other"),
        # a month or years asked by "which"; a size by "how wide"
        ("which month did they start hanging out", "date"),
        ("which years did norway qualify", "date"),
        ("how wide was the screen, in degrees", "number"),
        # a "when" followed by its clause sets a time; at the end, it asks one
        ("tell me the wild's record when they let dean evason go", "other"),
        ("so they met when?", "date"),
        ("before the mumbai test when had australia last lost a four day match", "date"),
        # the figure asked by that word alone
        ("mbappe's psg all-time scoring record, what's the number", "number"),
        ("what was the final count", "number"),
        ("whats the number one song", "other"),
        # what something was brought to asks a figure, said as done to it too
        ("what did kuo say the supply of m3 macbook pros would be limited to?", "amount"),
        ("what did he say he would be limited to doing", "other"),
    ],
)
def test_the_clause_that_asks_decides_the_kind_of_answer(question: str, wants: str) -> None:
    assert question_wants(question) == wants


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("how many dog illness case reports has oregon received", "dog illness case reports"),
        ("how many tackles did du toit make in the final", "tackles"),
        ("how much did converse bring in", None),
        ("the woman who got the flu lost which leg", "leg"),
        ("what pick was brock purdy in the draft", "pick"),
        ("What share of US aluminium imports did Russia provide?", "share US aluminium imports"),
        # a comparative asks by how much: no thing
        ("how much pricier were eras tour tickets than reputation ones", None),
        ("how much more money did they raise", "money"),
        ("how much copper did russia offer", "copper"),
        # … or its past tense
        ("how many organizations signed up to the alliance", "organizations"),
        ("how many licensed drivers are there", "licensed drivers"),
        # the thing named, not the word for naming ("what's it called": said before)
        ("whats the company called", "company"),
        ("what is it called", None),
        # people, and the verb they do after ("work" is no thing counted)
        ("roughly how many people work at awaceb", "people"),
    ],
)
def test_the_focus_is_the_phrase_up_to_its_verb(question: str, phrase: str | None) -> None:
    assert focus_phrase(question) == phrase


@pytest.mark.parametrize(
    ("question", "sentence", "score"),
    [
        # a figure said of the thing counted, of something else, or none
        ("how many tackles did he make", "The back-rower made 28 tackles.", 1.0),
        ("how many tackles did he make", "He played his best match in four years.", 0.5),
        ("how many tackles did he make", "He played his best match.", 0.0),
        # a rate is no count of years
        ("how many years is her contract", "She will earn $2 million per year.", 0.5),
        ("how many years is her contract", "She signed a four-year contract.", 1.0),
        # an age is no count of years, unless an age is asked
        ("how many years is her contract", "She spoke of her five-year-old son.", 0.0),
        ("how old is her son", "She spoke of her five-year-old son.", 1.0),
        ("how many years did he serve", "The 34 years old served for 12 years.", 1.0),
        # a name the question does not give
        ("who else was shortlisted besides hayes", "Emma Hayes was appointed.", 0.0),
        ("who else was shortlisted besides hayes", "Hayes and Tony Gustavsson flew in.", 1.0),
        # how long: a figure with a unit of length or time, or a period in words
        ("how long was the winning field goal", "Ryland hit a 56-yard field goal.", 1.0),
        ("how long was the winning field goal", "They had won just three games.", 0.5),
        ("how often does it come out", "It lands every Saturday.", 1.0),
        # a share asked is what the figure is, not a thing it is said of
        ("what percent had actually launched projects", "Only 4% had launched them.", 1.0),
        # news words retrieval passes over are things counted
        ("how many violation reports did they log", "It logged 500 reports of violations.", 1.0),
        # the kind asked for is no part of the name
        ("which senator praised the order", "Senator Mark Warner praised it.", 1.0),
        # the kind, set apart
        ("the woman lost which leg", "Doctors amputated her left leg.", 1.0),
        # a record is won and lost, however it is called
        ("whats jones career record in primetime", "His career mark falls to 1-13.", 1.0),
        ("whats jones career record in primetime", "He has a record.", 0.5),
        ("whats united's record after that", "Goulding steered United to a 96-84 win.", 0.0),
        ("whats united's record after that", "United improved to 9-2 on the season.", 1.0),
        # a maker is most often a company
        ("who makes ouija boards now", "The board is produced by Hasbro.", 1.0),
        ("who makes ouija boards now", "The boards were popular.", 0.0),
        # a moment of a match tells when something in it happened
        ("when did udogie get sent off", "Udogie was sent off in the 55th minute.", 1.0),
        ("when did udogie get sent off", "It was 2-1 at the time.", 0.0),
        # a place the question gives is no answer to where
        ("the virginia woman, where was she born", "She is a Virginia-based director.", 0.5),
        ("the virginia woman, where was she born", "She was born in Dublin.", 1.0),
        ("the woman lost which leg", "Her leg was hurt.", 0.5),
        ("when did cranberry farming start", "Cultivation began in 1816 in Massachusetts.", 1.0),
        ("where is hikvision headquartered", "Based in Hangzhou, it makes cameras.", 1.0),
        # a birthplace, not where one is now
        ("where was her dad born", "He was born in Dublin and moved to Israel.", 1.0),
        ("where was her dad born", "She is being held in Gaza.", 0.5),
        # a place in an order, not an ordinal said of something else
        ("where'd she place", "At 13 she finished third on the show.", 1.0),
        ("where'd she place", "Her album is a second stab at stardom.", 0.0),
        ("where do they sit in the table", "They are sitting in 8th position.", 1.0),
        # "what date" asks for a day: a year or "this year" does not say which
        ("what date is the turkey trot on", "It is held in Queens this year.", 0.0),
        ("what date is the turkey trot on", "The race takes place on 25 November.", 1.0),
        ("what day did the song hit no. 1", "It held the record until Nov. 2021.", 0.0),
        ("what day did the song hit no. 1", "It hit No. 1 on Jan. 15, 1972.", 1.0),
        ("when did the song hit no. 1", "It hit No. 1 in 1972.", 1.0),
        # a scoreline, not a season, a record or a range
        ("49ers lost at cleveland, what was the score", "A 19-17 defeat at Cleveland.", 1.0),
        ("what was the final score", "Tasmania beat Sydney 105 – 95.", 1.0),
        ("what was the score", "The 2023-24 season starts soon.", 0.0),
        ("what was the score", "He is 43-2-1 with 42 KOs.", 0.0),
        ("what was the score", "Prices rose 3-4% in a year.", 0.0),
        # a score during the game, or of another meeting, is less than the result
        ("what was the score", "Ohio State tied the score at 17-17 late on.", 0.5),
        ("what was the score", "McCarthy threw a touchdown for a 14-3 lead.", 0.5),
        ("what was the score", "He missed last year's 45-23 victory.", 0.5),
        ("what was the score", "The Wolverines won in a 30-24 victory.", 1.0),
        ("what was the halftime score", "They went into the break with a 14-3 lead.", 1.0),
        # a side's points in a game: its result, less than its points told, and not points on
        # the way
        ("how many points did ucla score vs colorado", "UCLA topped Colorado 28-16.", 0.75),
        ("how many points did ucla score vs colorado", "UCLA scored 28 points.", 1.0),
        ("how many points did ucla score vs colorado", "The turnover leads to 3 points.", 0.5),
        ("how many points did ucla score vs colorado", "Arizona beat Utah 42-18.", 0.5),
        # a quantity of the substance asked of, not of another one, nor a record
        (
            "how much water a day can it make",
            "It can extract 2 to 5 liters (1.3 gallons) a day.",
            1.0,
        ),
        ("how much water a day can it make", "It cached 20 grams (0.7 ounce) of salt.", 0.5),
        ("what was the final score", "The Buffalo Bills (8-6) will face the Chargers.", 0.0),
        # how long, not how often; a year, more than a month
        ("how long did they leave the disks soaking", "Each day, they weighed the disks.", 0.0),
        ("how long was the winning streak", "It completed a 10-game winning streak.", 1.0),
        ("how long did they leave the disks soaking", "We did this for up to two months.", 1.0),
        ("what year did people start growing cranberries", "They are harvested in September.", 0.5),
        ("what year did people start growing cranberries", "Cultivation began in 1816.", 1.0),
        # a thing named by a phrase: beside its head, not another of its words
        ("which discount rate does it use", "It sticks to an 8.5% discount rate.", 1.0),
        ("which discount rate does it use", "It was a 14.2% discount on the value.", 0.75),
        # a business's takings are no price paid for it
        ("how much did shein pay for missguided", "It made £18.9bn in revenue last year.", 0.0),
        ("how much did shein pay for missguided", "Shein paid £20m for the brand.", 1.0),
        # a cause given, or a time only
        ("why did aew let cm punk go", "He was let go due to a backstage fight.", 1.0),
        ("why did aew let cm punk go", "AEW let Punk go in September.", 0.0),
        # a squad's headcount counts players, not the people at a game
        ("how many players did he call up", "He named a 36-man squad.", 1.0),
        ("how many people were at the game", "Leipzig beat 10-man Dortmund 3-2.", 0.5),
        ("how many fans were at el monumental", "Scaloni named a 36-man squad.", 0.5),
        ("how many fans travelled", "A 3,000-strong army of fans travelled.", 1.0),
        # a name of a body or an event names no one
        ("who scored it", "It was the best goal of the World Cup so far.", 0.0),
        ("who scored it", "It was Jason Day who scored it.", 1.0),
        # places of the kind asked, by the world's list of them
        ("in which countries is the marketplace key", "It matters in France and Spain.", 1.0),
        ("in which countries is the marketplace key", "Jordan Travis said it matters.", 0.0),
        ("what state grows the most", "Wisconsin grows the most.", 1.0),
        # one set against another inside the thing counted; a share, given
        (
            "what share of democratic versus republican candidates had accounts",
            "In all, 47% of Democratic candidates had accounts, and 12% of Republicans.",
            1.0,
        ),
        # things counted by another word for them; rated in other words
        ("how many tracks does she sing on", "She sings on 10 of his songs.", 1.0),
        ("how many big tech companies signed", "15 major American tech firms signed.", 1.0),
        # a month written short with its day is a date
        ("when does the game come out", "Wonder will be released Oct. 20 on Switch.", 1.0),
        ("when does the game come out", "It will be released on 20 Nov on Switch.", 1.0),
        # names with an initial, or a title the question uses
        ("who was the judge that ruled", "Judge Beryl A. Howell commented.", 1.0),
        # a name the question gives before the kind is no new name, nor one typed as a
        # possessive without its apostrophe
        ("whats the name of the alameda guy", "An employee who'd joined Alameda spoke.", 0.0),
        ("whats the name of the alameda guy", "Alameda's Caroline Ellison spoke.", 1.0),
        ("which senator called for a probe", "Senator James Paterson called for a probe.", 1.0),
        ("who taped carolines confession", "Caroline spoke to the staff about it.", 0.0),
        # (a word no dictionary holds, alone, may name a company as well as someone)
        ("who was their top scorer", "In 2019 alone, Vinted grew.", 0.0),
        ("who's got more", "It is the home of Russia's largest aluminium maker, Rusal.", 0.0),
        ("who else made the shortlist besides hayes", "Emma Hayes was hired.", 0.0),
        ("who caught it after it bounced off mooney", "It fell to receiver Darnell Mooney.", 0.0),
        ("who was their top scorer", "The Bears' prayers were answered at Wembley.", 0.0),
        # a fine given as a share of what it is charged on, and the bound asked of it
        (
            "can u tell me the biggest fine X could face",
            "It can face sanctions, including fines of up to 6% of global annual turnover.",
            1.0,
        ),
        ("can u tell me the biggest fine X could face", "Its shares fell 6% on the news.", 0.0),
        # people counted as those who do what is asked of them
        ("max how many people can play", "Up to six players are tasked with it.", 1.0),
        ("how many people voted in the poll", "It drew 5,000 voters and 300 fans.", 1.0),
        ("max how many people can play", "It drew 5,000 voters.", 0.5),
        # a request for a thing, read as the question it stands for
        ("tell me the wild's record when they let him go", "They had a 5-10-4 record.", 1.0),
        # people counted as the size of their group
        ("roughly how many people work at awaceb", "Awaceb has a team of roughly a dozen.", 1.0),
        ("how many people were at the game", "The team scored 3 goals.", 0.5),
        ("how many people actually showed up", "Rain kept fans away as only 20,800 came.", 1.0),
        ("how many people voted", "Rain kept fans away as only 20,800 came.", 0.5),
        # a cause given by what was done, or by what a penalty was for
        ("why was he benched", "He was axed for the final after missing a team curfew.", 1.0),
        ("why was he benched", "She was fined for breaching the rules.", 1.0),
        ("why was he benched", "He was sued over the deal.", 1.0),
        ("why was he benched", "He was suspended for three games.", 0.0),
        ("why was he benched", "They met after the morning session.", 0.0),
        ("why was he benched", "He played after Spring Break.", 0.0),
    ],
)
def test_a_sentence_fills_the_slot(question: str, sentence: str, score: float) -> None:
    assert fit(AnswerSlot.of(question), sentence, unrelated) == score


def test_whom_a_sentence_speaks_of_may_be_named_just_before() -> None:
    """ "The wide receiver broke loose": who, the sentence before says; not when it names
    nobody new, nor when this one speaks of no one."""
    slot = AnswerSlot.of("who scored the late go-ahead td")
    sentence = "After the punts, the wide receiver broke loose for a 44-yard touchdown."
    before = "That was until Christian Kirk came through for the Jaguars."
    assert fit(slot, sentence, unrelated) == 0.0
    assert fit(slot, sentence, unrelated, before=before) == 1.0
    assert fit(slot, "The drive stalled at midfield.", unrelated, before=before) == 0.0
    assert fit(slot, sentence, unrelated, before="The game went on in the rain.") == 0.0
    # (a quote's "the coach" is the speaker's word, not the one named before)
    quoted = "“We play in a game where the coach doesn’t decide,” he said."
    assert fit(slot, quoted, unrelated, before=before) == 0.0


def test_a_name_typed_in_lower_case_with_a_verb_after_it_ends_the_thing_asked() -> None:
    question = "tell me the highest valuation trump slapped on it"
    assert AnswerSlot.of(question).focus == ("highest", "valuat", "trump", "slapp")
    assert AnswerSlot.of(question, frozenset({"trump"})).focus == ("highest", "valuat")
    # (a name inside the thing asked is no clause of its own)
    share = AnswerSlot.of(
        "what share of us aluminium imports did russia provide", frozenset({"us", "russia"})
    )
    assert share.focus == ("shar", "us", "aluminium", "import")


def test_the_act_a_noun_names_gives_its_figure_when_said_of_one_asked_about() -> None:
    """ "Valued" says a valuation's figure, of someone or something the question names."""
    slot = AnswerSlot.of(
        "tell me the highest valuation trump slapped on mar-a-lago", frozenset({"trump"})
    )
    said = "Trump valued Mar-a-Lago as high as $739 million — ten times its worth."
    assert fit(slot, said, unrelated) == 1.0
    # (another company's, in a piece on the one asked about)
    other = AnswerSlot.of("what valuation did rainforest get", frozenset({"rainforest"}))
    assert fit(other, "Bolt raised a Series E round that valued it at $11 billion.", unrelated) < 1
    assert fit(other, "A round valued Rainforest at $300 million.", unrelated) == 1.0


def test_a_figure_counts_a_thing_of_the_same_meaning() -> None:
    slot = AnswerSlot.of("how many cars did nio deliver")
    sentence = "Deliveries dipped to 15,959 vehicles in November."
    assert fit(slot, sentence, unrelated) == 0.5
    assert fit(slot, sentence, lambda word, head: (word, head) == ("vehicles", "cars")) == 1.0


def test_a_figure_of_a_whole_counts_what_the_whole_is_made_of() -> None:
    """ "11 of the site's largest stores": a count of stores, said a few words on."""
    slot = AnswerSlot.of("how many shops actually got included in the sale")
    stores = lambda word, head: (word, head) == ("stores", "shops")  # noqa: E731
    assert fit(slot, "It featured just 11 of the site's largest stores.", stores) == 1.0
    assert fit(slot, "It featured just 11 tables in the site's largest stores.", stores) < 1.0


def test_whose_figure_may_be_said_just_before() -> None:
    slot = AnswerSlot.of("how much did converse bring in for nike")
    sentence = "Sales came in at $588 million, down 9%."
    assert fit(slot, sentence, unrelated) == 0.5
    assert fit(slot, sentence, unrelated, "The Converse brand fell short again.") == 1.0


@pytest.mark.parametrize(
    ("question", "outlets", "asks"),
    [
        ("when did globes publish the piece on psagot", ["Globes"], True),
        ("when was the article about the ban posted", [], True),
        ("when did the sec approve the etf", [], False),
        ("what did globes publish on psagot", ["Globes"], False),
    ],
)
def test_publication_questions(question: str, outlets: list[str], asks: bool) -> None:
    assert asks_publication(question, question_wants(question), outlets) is asks


RUGBY = (
    "South Africa beat New Zealand 12-11 in the final in Paris on Saturday. {filler}"
    "Speaking of mighty, Pieter-Steph du Toit played his best match in four years as he "
    "spearheaded the Springboks' physical onslaught. The back-rower made 28 tackles, each as "
    "bone-crunching as the next. Siya Kolisi lifted the trophy for the second time."
)


@pytest.fixture
def rugby_home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    filler = " ".join(
        f"The forwards ground out phase {n} of the match in the rain." for n in range(30)
    )
    header = "title: Springboks retain the World Cup\noutlet: Pitch Report\npublished: 2023-10-29"
    yield from one_article_home(embedder, tmp_path, header, RUGBY.format(filler=filler + " "))


def test_the_figure_said_of_what_is_counted_answers(rugby_home: Assistant) -> None:
    answer = rugby_home.ask("how many tackles did pieter-steph du toit make in the final")
    assert not answer.abstained, answer.text
    assert "28 tackles" in answer.text
    assert answer.unsupported == []


def test_a_count_the_articles_do_not_give_is_refused(rugby_home: Assistant) -> None:
    answer = rugby_home.ask("how many penalties did du toit concede in the final")
    assert answer.abstained, answer.text


def test_when_an_outlet_published_a_piece_comes_from_its_metadata(
    rugby_home: Assistant,
) -> None:
    answer = rugby_home.ask("when did pitch report publish the piece on the springboks")
    assert not answer.abstained, answer.text
    assert "October 29, 2023" in answer.text and "Pitch Report" in answer.text
    assert answer.unsupported == []
    assert answer.citations and "Springboks retain the World Cup" in answer.citations[0].quote


def test_she_in_a_follow_up_is_who_the_last_answer_was_about() -> None:
    from assistant.conversation import condense_offline

    history = [
        (
            "who did us soccer hire to coach the women's national team",
            "U.S. Soccer has appointed Emma Hayes as head coach [1]. Hayes will stay at Chelsea "
            "until May, and Jeff Passan reported the news [2].",
        )
    ]
    query = condense_offline("whos in charge until she arrives", history)
    assert query.endswith("emma hayes)"), query
    # the questions already name him: nothing is added
    named = [("how much is ohtani's contract", "Jeff Passan said Ohtani signed [1].")]
    assert "passan" not in condense_offline("is he going to pitch", named)


DEALS = (
    "In April, Binance.US broke off its $1.3 billion deal to buy crypto broker Voyager "
    "Digital's assets, citing a hostile regulatory climate. Everton's appeal against the "
    "10-point deduction will be heard by a panel before the end of the season. The ITC said "
    "it would impose an import ban on the Apple Watch Series 9 starting December 26th. Rival "
    "bidder Coinhaven bought the lending unit, but the terms were not disclosed."
)


@pytest.fixture
def deals_home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    header = "title: Deals that fell through\noutlet: Ledger Daily\npublished: 2023-12-01"
    yield from one_article_home(embedder, tmp_path, header, DEALS)


@pytest.mark.parametrize(
    "question",
    [
        "how much did binance.us end up paying for voyager's assets",
        "how many points did everton get back on appeal",
    ],
)
def test_what_came_of_something_that_did_not_happen_is_refused(
    deals_home: Assistant, question: str
) -> None:
    answer = deals_home.ask(question)
    assert answer.abstained, answer.text
    assert "What they say:" in answer.text and answer.citations  # what they do say, cited


def test_a_detail_kept_back_is_refused(deals_home: Assistant) -> None:
    answer = deals_home.ask("how much did coinhaven pay for the lending unit")
    assert answer.abstained and "not disclosed" in answer.text, answer.text


def test_what_is_still_to_come_answers_a_question_about_the_future(
    deals_home: Assistant,
) -> None:
    answer = deals_home.ask("when does the itc import ban on the apple watch kick in")
    assert not answer.abstained and "December 26th" in answer.text, answer.text


def test_a_refusal_says_the_articles_do_not_report_it_happening(deals_home: Assistant) -> None:
    answer = deals_home.ask("how many points did everton get back on appeal")
    assert answer.text.startswith("The articles don't say that happened. What they say:")
    assert "will be heard" in answer.text


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("were tickets dearer than the eras tour ones? whats the avg price", "amount"),
        ("nike greater china sales in fiscal q1?", "amount"),
        ("were tickets dearer? did fans come?", "other"),
    ],
)
def test_what_is_asked_after_a_yes_no_question_or_typed_as_a_search(
    question: str, wants: str
) -> None:
    assert question_wants(question) == wants


def test_which_outlet_ran_a_piece_is_named_with_its_headline(rugby_home: Assistant) -> None:
    answer = rugby_home.ask("which sports site ran the piece on du toit's tackles in the final")
    assert answer.text.startswith(
        "Pitch Report published “Springboks retain the World Cup” on October 29, 2023 [1]."
    ), answer.text
    assert answer.unsupported == []


def test_an_amount_paid_is_money_not_tonnes() -> None:
    slot = AnswerSlot.of("how much did the US pay for the aluminium?")
    assert slot.money and slot.tied
    tonnes = "Russian companies could supply up to 2 million tons of aluminium annually."
    assert fit(slot, tonnes, unrelated) == 0.0
    rupees = AnswerSlot.of("how much did kkr pay for mitchell starc")
    assert fit(rupees, "KKR pick up Mitchell Starc for Rs 24.75 Cr", unrelated) == 1.0


def test_a_sentence_is_also_read_under_its_headline(embedder) -> None:
    """A sentence that says the answer but not the topic ("reported on it") is as close to the
    question as its article's headline makes it, and never further than it is alone."""
    meaning = Meaning(embedder.embed_texts, embedder.embed_query)
    question = "which reporters broke the astros sign stealing story"
    sentence = "Ken Rosenthal and Evan Drellich reported on it the following year."
    alone, headed = Candidate(0, sentence), Candidate(0, sentence)
    meaning.score(question, [alone], headlines=[""])
    meaning.score(question, [headed], headlines=["How the Astros sign-stealing scandal unfolded"])
    assert headed.dense > alone.dense + 0.1
    off_topic = Candidate(0, sentence)
    meaning.score(question, [off_topic], headlines=["Recipes for a slow Sunday"])
    assert off_topic.dense >= alone.dense - 1e-6

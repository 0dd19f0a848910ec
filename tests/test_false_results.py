"""A question that takes a result the articles tell the other way round ("why did the bengals
lose to the bills", "how much did sonos pay google") is refused with what they tell; a win of
one game is no winner of the series, "whether he is found guilty" settles no verdict, and a
follow-up's answer must come from an article on the "World Series" the turns before were on."""

from __future__ import annotations

import pytest

from assistant.answering.asked_names import NameChecks, named_phrases
from assistant.answering.candidates import Candidate
from assistant.answering.figures import figure_values
from assistant.answering.names_typed import cased_phrase
from assistant.answering.outcome import (
    claimed_result,
    contrary_result,
    result_told,
    tells_win,
)
from assistant.answering.premises import money_sums, sum_only_possible, sum_told_otherwise
from assistant.answering.purchases import bought_by_another
from assistant.answering.roles import wins_a_part, wins_in_prospect
from assistant.answering.sentences import answer_stem
from assistant.answering.subject import article_says
from assistant.answering.taken_results import pays_a_sum
from assistant.answering.yes_no import says_what_was_asked
from assistant.types import Passage


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("why did the jets end up beating the chiefs on snf", ("jets", "chiefs")),
        ("how did the lions manage to lose to the raiders", ("raiders", "lions")),
        ("why did the judges give charlo the win over canelo", ("charlo", "canelo")),
        ("how did england come back to beat belgium 3-2", ("england", "belgium")),
        ("how many rounds did it take deontay wilder to beat joseph parker", ("wilder", "joseph")),
        # of a payment, the one paid comes first
        ("how much did sonos end up having to pay google", ("google", "sonos")),
        # of a trade, the one who gets it comes first
        ("why did the padres trade for juan soto from the yankees", ("padres", "yankees")),
        # a side whose name opens with its figures
        ("how did the breakers beat the 36ers even with cheatham hurt?", ("breakers", "36ers")),
        # "they" opening a clause are the side named before it
        ("who scored for marseille when they beat monaco 3-2", ("marseille", "monaco")),
        ("how many points did the bears score when they beat the chiefs", ("bears", "chiefs")),
        ("who starred for the chiefs as they lost to the eagles", ("eagles", "chiefs")),
        # a win against a side, however typed
        ("colorado won vs ucla at the rose bowl, whats the score", ("colorado", "ucla")),
        ("ohio state won the game against michigan - final score?", ("state", "michigan")),
        ("england won the t20 series vs the windies", ("england", "windies")),
        ("who scored the goals in blackburn's upset of chelsea", ("blackburn", "chelsea")),
        ("who kicked the winner for the vikings against the broncos", ("vikings", "broncos")),
        # beaten, told of the loser
        ("the phillies got eliminated by atlanta, what game was it", ("atlanta", "phillies")),
        # a side whose name opens with an ordinary word
        ("ireland knocked out the all blacks in the qf, the score?", ("ireland", "all blacks")),
        # no result taken
        ("who beat the jets", None),
        ("who won the toss for the vikings", None),
        ("what did he say after they beat the jets", None),
        ("what did ten hag say after they beat chelsea", None),
        ("how many yards did mahomes throw when they beat the jets", None),
        ("did kelce score against the jets when they beat the broncos", None),
        ("why did the uaw lose the fight to keep plants open", None),
        ("did they beat the jets", None),
        ("did they beat 3 teams in a row", None),
        ("how did leeds beat 3rd-placed ipswich", None),
        ("how much did microsoft pay for activision", None),
        ("by how many runs did england win", None),
    ],
)
def test_the_result_a_question_takes(question: str, result: tuple[str, str] | None) -> None:
    assert claimed_result(question) == result


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The Chiefs defeated the Jets 23-20.", True),
        ("The Jets lost to the Chiefs on Sunday night.", True),
        ("Kansas City's 23-20 win over the Jets was ugly.", True),
        ("The Chiefs did it in style, blowing out No. 22 Jets, 42-18.", True),
        ("The Jets paid Kansas City a visit.", True),
        ("The Jets have sent their star receiver to the Chiefs.", True),
        ("The Chiefs acquired a pitcher from the Jets.", True),
        ("The Chiefs sent their star receiver to the Jets.", False),
        ("The Jets scored a big $32.5 million win against the Chiefs.", False),
        # a forecast tells nothing
        ("He's the lone analyst that picks the Chiefs to beat the Jets.", False),
        ("The Chiefs could beat the Jets.", False),
        # beaten, told of the loser
        ("The Jets were pumped 40-6 by the Chiefs in Lyon.", True),
        ("The Chiefs were beaten by the Jets.", False),
        # … or in a clause of its own
        ("With the Jets sent home by the Chiefs in the quarters, the Bokke went on.", True),
        # a win at the other side's ground
        ("Gabriel Jesus's goal gives Kansas City vital victory in Jets", True),
        ("The Jets' win at the Chiefs was their first.", False),
    ],
)
def test_a_text_tells_who_won(text: str, told: bool) -> None:
    assert tells_win(text, ["chiefs", "Kansas City"], ["jets"]) is told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The Raiders held the Jets to a field goal and picked off Wilson in a 16-12 win.", False),
        ("The win for the Raiders marks their second in as many games.", False),
        ("The Jets beat the Raiders 16-12.", True),
        ("The Jets and Raiders will start their game at 8:20 p.m.", None),
        ("He's the lone analyst that picks the Raiders to beat the Jets.", None),
    ],
)
def test_a_result_asked_about_is_told_either_way(text: str, told: bool | None) -> None:
    assert result_told("did the jets beat the raiders on sunday night", text) is told


def _passage(text: str) -> Passage:
    return Passage("c1", "a1", "Bills vs. Bengals", "Sporting News", None, 0.9, text)


def test_the_other_result_told_and_the_one_taken_not() -> None:
    told = "Cincinnati led early. The Bengals won their fourth straight, beating the Bills 24-18."
    contrary = contrary_result("why did the bengals lose to the bills", [_passage(told)], no_names)
    assert contrary is not None and "beating the Bills 24-18" in contrary.text
    # the result taken, told somewhere: no false premise
    both = told + " Earlier this year the Bills beat the Bengals in Buffalo."
    assert (
        contrary_result("why did the bengals lose to the bills", [_passage(both)], no_names) is None
    )
    # a side by another of its names ("Cincinnati" of the Bengals)
    by_city = "Cincinnati beat Buffalo 24-18 on Sunday night."
    assert contrary_result(
        "why did the bengals lose to the bills",
        [_passage(by_city)],
        lambda side: {"bengals": ["Cincinnati"], "bills": ["Buffalo"]}[side],
    )
    assert contrary_result("how did the bengals beat the bills", [_passage(told)], no_names) is None


def test_a_win_taken_in_a_clause_of_they_is_weighed_like_any_other() -> None:
    told = "In France, AS Monaco beat Marseille 3-2 to move top of Ligue 1."
    question = "who scored for marseille when they beat monaco 3-2"
    contrary = contrary_result(question, [_passage(told)], no_names)
    assert contrary is not None and "Monaco beat Marseille" in contrary.text
    assert (
        contrary_result(
            "who scored for monaco when they beat marseille", [_passage(told)], no_names
        )
        is None
    )


def test_a_headline_tells_the_result_its_story_tells_in_other_words() -> None:
    """ "How did spurs beat chelsea 4-1": the story's sentences speak of "the Blues" coming back
    to win; its headline tells the loss to Chelsea by that score."""
    story = "Jackson rifled in a late winner as the Blues came from behind to win on Monday."
    passage = Passage(
        "c1", "a1", "Tottenham’s Unbeaten Run Ends With 4-1 Home Loss to Chelsea", "Sporting News",
        None, 0.9, story,
    )  # fmt: skip
    question = "how did spurs manage to beat chelsea 4-1 at home in november"
    contrary = contrary_result(question, [passage], no_names)
    assert contrary is not None and contrary.text.endswith("Home Loss to Chelsea")
    # (the headline telling the result taken: nothing contrary)
    question = "how did chelsea beat tottenham 4-1"
    assert contrary_result(question, [passage], no_names) is None


def test_with_the_score_given_one_side_tells_the_result() -> None:
    """ "How did utah beat arizona 42-18": the article calls Arizona "the Wildcats", and tells
    Utah beaten by that score; a side beaten in the sentence did not win it, whatever win it
    speaks of after."""
    told = (
        "The Wildcats did it in statement fashion at Arizona Stadium, blowing out No. 22 Utah, "
        "42-18, as well as marking their first win over the Utes since 2015."
    )
    question = "how did utah manage to beat arizona 42-18 in november"
    contrary = contrary_result(question, [_passage(told)], no_names)
    assert contrary is not None and "42-18" in contrary.text
    # the loser taken, told winning by the score: "Belgium to a dramatic 3-2 home win over England"
    belgium = "Tessa Wullaert's brace fired Belgium to a dramatic 3-2 home win over England."
    question = "why did the lionesses beat belgium 3-2 in leuven"
    assert contrary_result(question, [_passage(belgium)], no_names) is not None
    # … or told as the winner alone: "the winner for Galatasaray in their 3-2 win"
    icardi = "Icardi scored the winner for Galatasaray in their 3-2 win at Old Trafford."
    united = "how did man utd manage to beat galatasaray 3-2 at old trafford"
    assert contrary_result(united, [_passage(icardi)], no_names) is not None
    # a win by the same score over another side is another game, which tells nothing taken
    other_game = "England came from two goals down to earn a late 3-2 win against the Netherlands."
    contrary = contrary_result(question, [_passage(other_game), _passage(belgium)], no_names)
    assert contrary is not None and "Belgium" in contrary.text
    # … but not by another score (another game), nor with no score asked
    assert (
        contrary_result("why did the lionesses beat belgium 2-0", [_passage(belgium)], no_names)
        is None
    )
    assert (
        contrary_result("why did the lionesses beat belgium", [_passage(belgium)], no_names) is None
    )
    # the result taken, told by the score: no false premise
    won = "Utah beat Arizona 42-18 on Saturday, a win over the Wildcats at last."
    assert (
        contrary_result(
            "how did utah beat arizona 42-18", [_passage(won), _passage(told)], no_names
        )
        is None
    )


def test_a_result_told_without_the_other_side_named_in_the_sentence() -> None:
    """ "Why did the all blacks beat the springboks": "it was the Springboks who prevailed
    12-11", in a passage on the All Blacks; "India lost the match by 35 runs", in one on
    England; "the 32-12 score in the Springboks' favour"."""
    prevailed = (
        "The All Blacks came close. But it was the Springboks who once again prevailed 12-11 "
        "in an instant classic."
    )
    question = "why did the all blacks beat the springboks in the final"
    contrary = contrary_result(question, [_passage(prevailed)], no_names)
    assert contrary is not None and "prevailed 12-11" in contrary.text
    assert contrary_result("how did the springboks beat the all blacks", [_passage(prevailed)],
                           no_names) is None  # fmt: skip
    lost = "India met England in the semi-final. India lost the match by 35 runs."
    question = "how did india manage to beat england in the 1987 semi"
    contrary = contrary_result(question, [_passage(lost)], no_names)
    assert contrary is not None and "35 runs" in contrary.text
    # (a loss by a margin in a passage that never names the other side: another game)
    elsewhere = "India lost the match by 35 runs to Pakistan."
    assert contrary_result(question, [_passage(elsewhere)], no_names) is None
    favour = (
        "The final between England and South Africa ended with the 32-12 score in the "
        "Springboks' favour."
    )
    assert contrary_result("why did england beat the springboks", [_passage(favour)], no_names)
    assert not contrary_result("why did the springboks beat england", [_passage(favour)], no_names)


def test_a_result_taken_of_one_side_with_its_score() -> None:
    """ "England won the t20 series 3-2 right?": the series "concluded with a 3-2 triumph for
    West Indies"."""
    told = "The series concluded with a 3-2 triumph for West Indies, who beat England again."
    question = "england won the t20 series in the caribbean 3-2 right? who was player of the series"
    contrary = contrary_result(question, [_passage(told)], no_names)
    assert contrary is not None and "triumph for West Indies" in contrary.text
    question = "the windies won the t20 series 3-2, who was player of the series"
    assert contrary_result(question, [_passage(told)], lambda side: ["West Indies"]) is None
    # (another score is another series; no score, nothing to go by)
    assert contrary_result("england won the series 2-1", [_passage(told)], no_names) is None
    assert contrary_result("england won the t20 series right", [_passage(told)], no_names) is None
    # (a score followed by a comma is a score: "… 3-2, who starred")
    question = "england clinched the t20 series vs the windies 3-2, who starred"
    assert contrary_result(question, [_passage(told)], no_names) is not None


def test_a_payment_taken_the_wrong_way_round_is_told_by_the_sum_paid() -> None:
    """ "Why did the justice dept have to pay binance": Binance paying a sum tells the other
    way round, though the sentence does not name whom it pays."""
    paid = "Binance, the world's largest crypto exchange, has agreed to pay about $4.3 billion."
    question = "why did the justice dept have to pay binance 4.3bn"
    contrary = contrary_result(question, [_passage(paid)], no_names)
    assert contrary is not None and "agreed to pay" in contrary.text
    # … which is no result at all of a game
    assert (
        contrary_result("why did the bengals lose to binance", [_passage(paid)], no_names) is None
    )
    assert not pays_a_sum("Binance could pay $4 billion, analysts expect.", ["binance"])
    # one paid a sum pays none: "what did ftx pay tom brady" rests on no false premise
    assert not pays_a_sum("Icons like Tom Brady (who was paid $55 million) signed on.", ["brady"])


def no_names(side: str) -> list[str]:
    return []


def test_a_win_of_one_game_names_no_winner_of_the_whole() -> None:
    sentence = "The Arizona Diamondbacks have won Game 2 of the 2023 World Series!"
    assert wins_a_part(sentence, "who won the 2023 world series")
    assert not wins_a_part(sentence, "who won game 2")
    assert not wins_a_part("The Rangers won the World Series.", "who won the world series")


@pytest.mark.parametrize(
    ("sentence", "prospect"),
    [
        ("The Rangers just need one more win to become World Series champions.", True),
        ("The Rangers are one win away from their first World Series title.", True),
        ("The roster appears ready to make another push at winning a World Series.", True),
        ("Verstappen could clinch the title on Sunday.", True),
        # a win done, whatever comes after it
        ("The Rangers beat Houston to become the first team to win it all on the road.", False),
        ("The Rangers won the World Series.", False),
    ],
)
def test_a_win_still_to_come_names_no_winner(sentence: str, prospect: bool) -> None:
    assert wins_in_prospect(sentence) is prospect


def test_a_name_of_ordinary_words_is_read_whole_from_the_passages() -> None:
    texts = [
        "The Diamondbacks have won Game 2 of the World Series. The World Series heads to Arizona.",
        "India won the 2023 World Cup.",
    ]
    passages = [Passage(f"c{i}", f"a{i}", None, None, None, 1.0, t) for i, t in enumerate(texts)]
    assert named_phrases(["won", "2023", "world", "series"], passages) == {
        "world series": "World Series"
    }
    # written so once only: no name
    assert named_phrases(["world", "cup"], passages) == {}


def test_a_carried_name_of_ordinary_words_stands_for_its_words() -> None:
    texts = [
        "The World Series heads to Arizona. The World Series is tied.",
        "The World Cup final is on Sunday. The World Cup has drawn crowds. The World watches.",
    ]
    checks = NameChecks(lambda w: 1.0, lambda w: True, lambda: [])
    passages = [Passage(f"c{i}", f"a{i}", None, None, None, 1.0, t) for i, t in enumerate(texts)]
    carried = checks.carried("who did they beat", "who did they beat world series", passages)
    # "World" alone would let the World Cup's article speak for it
    assert carried == {"world series": "World Series"}


def test_a_verdict_asked_is_not_settled_by_whether_it_comes() -> None:
    question = "was sam bankman-fried found guilty"
    terms = {answer_stem(w): 1.0 for w in ("sam", "bankman", "fried", "found", "guilty")}
    passage = Passage("c1", "a1", "SBF", "The Verge", None, 0.9, "")
    hedged = Candidate(
        0, "The trial of Sam Bankman-Fried matters more than whether he is found guilty."
    )
    told = Candidate(0, "Sam Bankman-Fried has been found guilty on seven counts.")
    assert not says_what_was_asked(question, hedged, [passage], terms)
    assert says_what_was_asked(question, told, [passage], terms)


def test_a_name_of_ordinary_words_is_carried_whole() -> None:
    texts = [
        "The Diamondbacks have won Game 2 of the World Series. The World Series heads to Arizona.",
        "Swift's Eras Tour had the world watching; the series of shows sold out.",
    ]
    assert cased_phrase("world series", texts) == "World Series"
    assert cased_phrase("eras tour", texts) == ""  # written so once only
    checks = NameChecks(lambda w: 1.0, lambda w: True, lambda: [])
    passages = [Passage(f"c{i}", f"a{i}", None, None, None, 1.0, t) for i, t in enumerate(texts)]
    question = "and how much did tickets cost?"
    carried = checks.carried(question, f"{question} (won game 2 world series)", passages)
    assert carried.get("world series") == "World Series"
    # said by an article only as a whole
    assert article_says(Candidate(0, "x"), passages)("world series")
    assert not article_says(Candidate(1, "x"), passages)("world series")


def test_more_words_for_a_win_and_a_loss_by_a_score() -> None:
    told = "Eintracht Frankfurt pulverised Bayern Munich 5-1 to snap the champions' run."
    assert tells_win(told, ["frankfurt"], ["bayern"])
    assert contrary_result("why did bayern thrash frankfurt 5-1", [_passage(told)], no_names)
    fell = "Germany came back. The USMNT blew an early lead and fell, 3-1, in East Hartford."
    contrary = contrary_result("how did the usmnt beat germany 3-1", [_passage(fell)], no_names)
    assert contrary is not None and "fell, 3-1" in contrary.text


def test_the_payer_is_the_subject_not_the_object_of_anothers_deal() -> None:
    told = "Microsoft has sealed its deal for Activision Blizzard, and it's paid $69bn for it."
    assert not pays_a_sum(told, ["activision"])
    assert pays_a_sum("Binance, the exchange, agreed to pay about $4.3 billion.", ["binance"])


def test_a_sum_taken_as_imposed_that_the_articles_give_only_as_possible() -> None:
    maybe = "As an example, that would result in a fine of up to $180 million."
    question = "the EU fined X $180 million under the DSA in october. has musk paid it yet?"
    told = sum_only_possible(question, [_passage(maybe)])
    assert told is not None and "up to $180 million" in told.text
    # told imposed somewhere: no false premise; another sum, or none taken: nothing to go by
    imposed = "The EU fined X $180 million on Friday."
    assert sum_only_possible(question, [_passage(maybe), _passage(imposed)]) is None
    assert sum_only_possible("the EU fined X $90 million", [_passage(maybe)]) is None
    assert sum_only_possible("could X face a $180 million fine", [_passage(maybe)]) is None
    assert figure_values("fines of up to £18 million (around $22 million)", money=True) == {
        18e6,
        22e6,
    }


def test_a_sum_taken_as_paid_that_the_articles_give_otherwise() -> None:
    text = (
        "Palmer left City for Chelsea in a deal worth around $A82 million in September. "
        "City decided he could only leave on a permanent deal and Chelsea forked out £42.5m."
    )
    passages = [Passage("c1", "a1", None, None, None, 1.0, text)]
    told = sum_told_otherwise("why did chelsea pay £80m for cole palmer?", passages, {"palmer"})
    assert told is not None and "$A82 million" in told.text
    # the sum given, in its money and rounded, or in another way of writing it, is no premise
    for question in (
        "why did chelsea pay £42.5m for palmer",
        "why did chelsea pay A$82m for palmer",
        "why did chelsea pay about 42 million pounds for palmer",
    ):
        assert sum_told_otherwise(question, passages, {"palmer"}) is None, question
    assert money_sums("$US103 million ($160.2 million)") == {("US$", 103e6), ("$", 160.2e6)}


@pytest.mark.parametrize(
    ("question", "sentences", "other"),
    [
        # told of another buyer, and nowhere of the one asked about: that sentence
        (
            "why did apple buy the israeli startup dig security for $400m?",
            [
                "Apple shares rose on Monday.",
                "Palo Alto Networks is acquiring Israeli tech company Dig Security for $400m.",
            ],
            1,
        ),
        (
            "why did amazon decide to buy convoy, the seattle freight startup?",
            ["Flexport is in talks to acquire the technology of Convoy, the freight startup."],
            0,
        ),
        # told of the buyer asked about: no false premise
        (
            "why did microsoft buy activision blizzard",
            [
                "The $69bn acquisition of Activision Blizzard closed.",
                "Four years later, Microsoft acquired Activision Blizzard.",
            ],
            None,
        ),
        # … what was paid, asked of the wrong buyer
        (
            "how much did cisco pay for the israeli startup dig security",
            ["Palo Alto Networks is acquiring Israeli tech company Dig Security for $400 million."],
            0,
        ),
        (
            "how much did palo alto pay for dig security",
            ["Palo Alto Networks is acquiring Israeli tech company Dig Security for $400 million."],
            None,
        ),
        # a sale told with no buyer named settles nothing
        (
            "why did apple buy dig security",
            ["The acquisition of Dig Security closed last week."],
            None,
        ),
        # the rival the question names is the one told buying it; the buyer asked about bid
        # for it, and bought something else
        (
            "why did sheikh jassim end up buying 25% of man united over jim ratcliffe",
            [
                "The race for United was a shootout between Ratcliffe, who had previously"
                " offered £4bn to buy Chelsea, and Sheikh Jassim.",
                "Ratcliffe, having wanted a larger stake, has an agreement to buy a 25 per cent"
                " share in United.",
            ],
            1,
        ),
        (
            "why did jim ratcliffe buy 25% of man united over sheikh jassim",
            [
                "Ratcliffe, having wanted a larger stake, has an agreement to buy a 25 per cent"
                " share in United.",
            ],
            None,
        ),
    ],
)
def test_a_purchase_told_of_another_buyer_is_a_false_premise(
    question: str, sentences: list[str], other: int | None
) -> None:
    names = ["apple", "israeli", "dig", "security", "amazon", "convoy", "microsoft",
             "activision", "blizzard", "cisco", "palo", "alto", "sheikh", "jassim",
             "united", "jim", "ratcliffe"]  # fmt: skip
    assert bought_by_another(question, names, sentences) == other

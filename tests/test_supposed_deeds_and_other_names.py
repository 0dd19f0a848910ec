"""A deed only supposed ("… if Red Devils sack Dutch boss") tells no deed done; a final lost to
a side is a win of theirs, told by their title ("Collingwood's premiership"); one called by a
nickname is spoken of by their own names ("Tyler “Ninja” Blevins")."""

from __future__ import annotations

from assistant.answering.candidates import Candidate
from assistant.answering.event_premise import deed_untold
from assistant.answering.outcome import contrary_result
from assistant.answering.result_claims import claimed_result
from assistant.answering.subject import off_subject
from assistant.answering.taken_results import took_title
from assistant.types import Passage


def test_a_deed_in_a_clause_of_what_may_happen_is_not_told() -> None:
    names = ["united", "erik", "hag"]
    supposed = [
        Passage("c1", "a1", "Candidates to replace Erik ten Hag if Red Devils sack Dutch boss",
                "CBSSports.com", None, 0.9,
                "If Manchester United pull the plug on Erik ten Hag, Pochettino is an option."),
    ]  # fmt: skip
    assert deed_untold("why did united sack erik ten hag", names, supposed)
    done = [
        Passage("c2", "a2", "United sack Erik ten Hag", "Sky Sports", None, 0.9,
                "Manchester United have sacked Erik ten Hag after the defeat."),
    ]  # fmt: skip
    assert not deed_untold("why did united sack erik ten hag", names, done)


def test_a_final_lost_to_a_side_is_their_win() -> None:
    question = "how did collingwood end up losing the 2023 afl grand final to brisbane"
    assert claimed_result(question) == ("brisbane", "collingwood")
    assert claimed_result("how did the lions lose the game to the raiders") == ("raiders", "lions")
    assert claimed_result("did they lose the plot to him") is None


def test_a_title_a_side_owns_is_one_it_took() -> None:
    assert took_title("Jeremy Howe celebrated Collingwood’s premiership.", ["collingwood"])
    assert not took_title("Collingwood's premiership hopes are fading.", ["collingwood"])
    told = "Brayden Maynard has warned Collingwood’s breakthrough premiership is just the start."
    passage = Passage("c1", "a1", "Pies' premiership", "The Age", None, 0.9, told)
    question = "how did collingwood end up losing the 2023 afl grand final to brisbane"
    contrary = contrary_result(question, [passage], lambda side: [])
    assert contrary is not None and "premiership" in contrary.text


def test_one_called_by_a_nickname_is_spoken_of_by_their_names() -> None:
    text = (
        "A fateful kill against Tyler “Ninja” Blevins back in 2019 made Tenney famous. "
        "Blevins, by himself, apparently commanded a $1 million payday for streaming Apex."
    )
    passages = [Passage("c1", "a1", "Fortnite burnout", "Polygon", None, 0.9, text)]
    sentence = Candidate(0, "Blevins, by himself, apparently commanded a $1 million payday.")
    assert not off_subject(sentence, "ninja", {"ninja": "Ninja"}, passages)


def test_the_other_half_of_a_name_typed_is_no_one_else() -> None:
    text = (
        "The Commission wrote to Elon Musk on Wednesday. The Commission wants answers. "
        "The bloc has given Musk a deadline of 24 hours to respond."
    )
    passages = [Passage("c1", "a1", "EU warns Musk over X", "TechCrunch", None, 0.9, text)]
    sentence = Candidate(0, "The bloc has given Musk a deadline of 24 hours to respond.")
    names = {"commission": "Commission", "elon": "Elon"}
    assert not off_subject(sentence, "commission", names, passages)
    # (one the question does not type is another)
    assert off_subject(sentence, "commission", {"commission": "Commission"}, passages)


def test_one_whose_own_words_are_asked_is_what_the_question_is_about() -> None:
    from assistant.answering.asked_names import OWN_WORDS_ASKED

    assert OWN_WORDS_ASKED.match("marc benioff's reaction to lidiane jones leaving slack")
    assert OWN_WORDS_ASKED.match("whats lidiane jones's take on leaving slack")
    assert not OWN_WORDS_ASKED.match("how did slack react to jones leaving for bumble")


def test_a_purchase_stated_before_the_question_is_taken_as_asked() -> None:
    from assistant.answering.purchases import purchase_as_asked

    assert purchase_as_asked("so apple ended up buying beeper - how much did it pay?") == (
        "why did apple buy beeper"
    )
    assert purchase_as_asked("cisco acquired splunk. how much did it pay?") == (
        "why did cisco buy splunk"
    )
    assert purchase_as_asked("apple bought beeper") is None  # (no question asked)
    assert purchase_as_asked("who bought beeper?") is None
    chrome = [
        Passage("c1", "a1", "Beeper Mini is back", "TechCrunch", None, 0.9,
                "Apple cut off Beeper Mini. Beeper said the app works again on Monday."),
    ]  # fmt: skip
    question = purchase_as_asked("so apple ended up buying beeper - how much did it pay?")
    assert question is not None and deed_untold(question, ["apple", "beeper"], chrome)


def test_a_deed_stated_before_the_question_is_taken_as_asked() -> None:
    from assistant.answering.deed_stated import stated_as_asked
    from assistant.answering.vocabulary import past_bases as base_forms

    assert stated_as_asked("so united sacked ten hag - who replaced him?") == (
        "why did united sacked ten hag"
    )
    assert stated_as_asked("microsoft hired altman, when did that happen?") == (
        "why did microsoft hired altman"
    )
    # (not one done to the subject, nor a question, nor a statement with no question after)
    assert stated_as_asked("ten hag was sacked by united. who replaced him?") is None
    assert stated_as_asked("why did united sack ten hag?") is None
    assert stated_as_asked("united sacked ten hag") is None
    assert "sack" in base_forms("sacked") and "hire" in base_forms("hired")
    assert "ban" in base_forms("banned") and "buy" in base_forms("bought")


def test_a_deed_done_to_no_one_named_is_its_doers_where_the_question_says() -> None:
    passages = [
        Passage("c1", "a1", "Layoffs", "Engadget", None, 0.9,
                "Sony cut 100 jobs at Bungie, a company it bought in 2022. Microsoft cut 10,000 "
                "jobs across its businesses early in the year."),
    ]  # fmt: skip
    names = ["microsoft", "bungie", "sony"]
    assert deed_untold("why did microsoft cut 100 jobs at bungie", names, passages)
    assert not deed_untold("why did sony cut 100 jobs at bungie", names, passages)


def test_what_is_not_a_deed_stated_nor_a_title_won_nor_a_supposed_deed() -> None:
    from assistant.answering.deed_denied import negated
    from assistant.answering.deed_stated import stated_as_asked

    # (a deed that sets a scene, or one of an ordinary someone, is no premise)
    assert stated_as_asked("mahomes threw two interceptions vs the jets - how many yards?") is None
    assert stated_as_asked("the fed held rates steady, what did powell say?") is None
    assert stated_as_asked("my dad bought a tesla last year - is it good?") is None
    assert stated_as_asked("investors bought nvidia shares in droves, why?") is None
    # (a title sought or held is not won)
    assert not took_title("Tottenham's title ambitions took a hit.", ["tottenham"])
    assert not took_title("Verstappen's championship lead grew.", ["verstappen"])
    assert not took_title("The Chiefs won their final three games.", ["chiefs"])
    # (a month, a clause of its own, or what came to pass is no supposition)
    assert not negated("In May Microsoft fired 10,000 workers", {"fir"})
    assert not negated("This might explain why Apple blocked Beeper", {"block"})
    assert not negated("Microsoft would later hire Altman", {"hir"})


def test_a_deed_told_in_a_clause_on_another_is_not_told_of_one_named_in_the_next() -> None:
    names = ["travis", "hunter", "ucla"]
    game = (
        "Safety Shilo Sanders missed much of the game after being ejected late in the first half "
        "for targeting, but Travis Hunter shined in his second game back."
    )
    passages = [Passage("c1", "a1", "Colorado vs UCLA live", "Sporting News", None, 0.9, game)]
    assert deed_untold("why did travis hunter get ejected vs ucla", names, passages)
    assert not deed_untold(
        "why did shilo sanders get ejected vs ucla", ["shilo", "sanders", "ucla"], passages
    )

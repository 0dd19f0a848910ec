"""A deed a question takes as done that the articles deny ("Kate Burley did not apologize"); a
title before another's name is theirs ("Slack CEO Lidiane Jones"); a loss of a numbered game;
a wage asked "whats he paid"; the FT by its initials; an ordinary word clipped ("gen ai") and a
managing director typed "MD", none of them names the articles must hold."""

from __future__ import annotations

import pytest

from assistant.answering.answer_kinds import people_named
from assistant.answering.answer_wanted import kinds_asked
from assistant.answering.denied_premise import deed_stated, denied_deed
from assistant.answering.doers import done_said
from assistant.answering.event_premise import deed_untold
from assistant.answering.kinds_unsaid import PAID_FOR
from assistant.answering.names_typed import clipped_in
from assistant.answering.result_claims import claimed_result
from assistant.answering.role_premise import role_told
from assistant.answering.scoring import sentences_of
from assistant.answering.wording import expand_abbreviations
from assistant.outlet_names import named_outlets
from assistant.types import Passage


def _passage(text: str, title: str = "t") -> Passage:
    return Passage("c", "a", title, "o", None, 1.0, text)


BURLEY = (
    "Levy was interviewed by Sky News presenter Kay Burley. The strange question aroused "
    "anger and criticism worldwide but Kate Burley did not apologize and even justified her "
    "question on X."
)
NAMES = ["kay", "burley", "eylon", "levy", "sky"]


def test_a_deed_the_articles_deny_of_its_doer() -> None:
    asked = "when kay burley apologised to eylon levy on sky news, what exactly did she say?"
    assert deed_stated(asked, NAMES) == ("apologised", ["kay", "burley"])
    denial = denied_deed(asked, NAMES, [_passage(BURLEY)])
    assert denial is not None and "did not apologize" in denial.text
    # (told as done, of the doer: no denial)
    done = "Kay Burley apologised to Eylon Levy on air the next day."
    assert denied_deed(asked, NAMES, [_passage(f"{BURLEY} {done}")]) is None
    # (a deed the articles do not deny: the question stands)
    interviewed = "when kay burley interviewed eylon levy, what did she ask him?"
    assert denied_deed(interviewed, NAMES, [_passage(BURLEY)]) is None
    # (denied of another: "Levy did not apologize" is no denial of Burley's)
    other = "Eylon Levy did not apologize for the remarks."
    assert denied_deed(asked, NAMES, [_passage(other)]) is None
    # (asked why, too)
    why = "why did kay burley apologise to eylon levy?"
    assert denied_deed(why, NAMES, [_passage(BURLEY)]) is not None
    # (denied of the nearest name before it only, and told later of a pronoun)
    for not_hers in (
        "Burley said Levy did not apologise.",
        "Burley interviewed Levy, who did not apologise.",
        "Burley questioned Levy, and Sky News never apologised.",
        "Kay Burley did not apologise at first. Days later she apologised on air.",
    ):
        assert denied_deed(asked, NAMES, [_passage(not_hers)]) is None


BUMBLE = (
    "Slack’s loss, Bumble’s gain: Dating app Bumble announced a doozy this week: It’s "
    "replacing founder CEO Whitney Wolfe Herd with Slack CEO Lidiane Jones."
)


def test_a_title_before_anothers_name_is_theirs() -> None:
    herd = ["whitney", "wolfe", "herd", "bumble"]
    assert not role_told(herd, "ceo", ["slack"], BUMBLE)
    assert role_told(["lidiane", "jones"], "ceo", ["slack"], BUMBLE)
    # (named to follow the one replaced: Jones becomes Bumble's CEO)
    assert role_told(["lidiane", "jones"], "ceo", ["bumble"], BUMBLE)
    assert role_told(["whitney", "wolfe", "herd"], "ceo", ["bumble"], BUMBLE)
    assert role_told(["altman"], "ceo", ["openai"], "OpenAI CEO Sam Altman said so.")
    assert not role_told(
        ["altman"], "ceo", ["microsoft"], "Microsoft CEO Satya Nadella hired Sam Altman."
    )
    # (a chief of another office is no chief executive)
    assert not role_told(
        ["altman"], "ceo", ["microsoft"], "Altman knew Microsoft’s chief technology officer."
    )
    assert role_told(["nadella"], "ceo", ["microsoft"], "Satya Nadella, the chief of Microsoft.")
    # (two titled people in a sentence: each keeps their own organisation)
    meeting = "Nvidia CEO Jensen Huang met Apple CEO Tim Cook."
    assert role_told(["cook"], "ceo", ["apple"], meeting)
    assert not role_told(["huang"], "ceo", ["apple"], meeting)
    # (no name runs on past a comma or onto a day, and a headline capitalises every word)
    for told in (
        "Mira Murati was named interim CEO, OpenAI said in a blog post.",
        "Mira Murati of OpenAI was named interim CEO Friday.",
        "Mira Murati Returns As OpenAI CEO As Board Is Replaced",
    ):
        assert role_told(["murati"], "ceo", ["openai"], told)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("the rangers lost game 1 of the world series to arizona - why?", ("arizona", "rangers")),
        ("the rangers lost the opener to arizona", ("arizona", "rangers")),
        (
            "how did collingwood lose the 2023 afl grand final to brisbane",
            ("brisbane", "collingwood"),
        ),
        ("we lost the fight to keep plants open", None),
    ],
)
def test_a_loss_of_a_numbered_game(question: str, claim: tuple[str, str] | None) -> None:
    assert claimed_result(question) == claim


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("whats eylon levy paid as a government spokesman?", "amount"),
        ("what's he paid?", "amount"),
        ("whats the no 1 paid app", "other"),
        ("what kind of leave is paid?", "other"),
        ("what company got paid?", "name"),
    ],
)
def test_a_wage_asked_whats_he_paid(question: str, kind: str) -> None:
    assert kinds_asked(expand_abbreviations(question)) == [kind]


def test_the_ft_by_its_initials_with_evidence() -> None:
    outlets = ["Financial Times", "The Verge"]
    asked = "the ft's kishida 'reassess our economy' piece - how much was the topix up?"
    assert named_outlets(asked, outlets) == ["Financial Times"]
    assert named_outlets("what did the FT say about it", outlets) == ["Financial Times"]
    # (in lower case, unattributed: feet)
    assert named_outlets("how tall is the statue in ft?", outlets) == []
    assert named_outlets("the 30 ft piece of the berlin wall", outlets) == []
    others = ["The Irish Times", "Daily Mail", "The Hollywood Reporter"]
    for typed in ("It says apple cut prices - why?", "did he DM her", "what did HR say"):
        assert named_outlets(typed, others) == []


def test_clipped_words_and_a_managing_director() -> None:
    passages = [_passage("56% said generative AI was having an impact on their priorities.")]
    asked = "what share said gen ai was affecting their priorities"
    assert clipped_in("gen", asked, passages, ordinary=True)
    # (a name clipped is still a name: "man city" of Manchester City)
    city = [_passage("Manchester City won again.")]
    assert clipped_in("man", "who scored vs man city", city)
    assert not clipped_in("man", "who scored vs man city", city, ordinary=True)
    assert expand_abbreviations("quoted a goldman sachs MD on prices") == (
        "quoted a goldman sachs managing director on prices"
    )
    assert expand_abbreviations("the md of hsbc said") == "the managing director of hsbc said"
    assert expand_abbreviations("he lives in baltimore, md") == "he lives in baltimore, md"
    assert expand_abbreviations("what is md") == "what is md"
    assert expand_abbreviations("how far is silver spring md") == "how far is silver spring md"
    assert expand_abbreviations("he is an md at jpmorgan") == (
        "he is a managing director at jpmorgan"
    )


def test_a_day_of_the_year_names_no_one() -> None:
    sentence = 'Longfellow penned the carol "I Heard the Bells on Christmas Day."'
    assert people_named(sentence) == []
    assert people_named("The film was directed by Joshua Enck.") == ["Joshua Enck"]
    assert people_named("It was Jason Day who scored it.") == ["Jason Day"]
    assert people_named("On New Year's Eve the crowd gathered.") == []


def test_the_doer_of_a_deed_asked_must_be_told() -> None:
    assert done_said("The film was directed by Joshua Enck.", "directed")
    assert done_said("Its director, Joshua Enck, said so.", "directed")
    assert not done_said("The story is now the subject of a feature-length film.", "directed")
    # (in any form of the verb, or by a name after "by")
    assert done_said("The coup leader, Tchiani, spoke.", "led")
    assert done_said("The anthem was sung by Stapleton.", "sang")
    assert done_said("It was written by Antonoff.", "wrote")


def test_accented_names_name_someone() -> None:
    sentence = "It was spotted last month by technologist, Danny Mekić."
    assert people_named(sentence) == ["Danny Mekić"]
    assert people_named("Goals from Benoît Badiashile and Martin Ødegaard.") == [
        "Benoît Badiashile",
        "Martin Ødegaard",
    ]


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("how much did microsoft pay when it bought bungie?", "bungie"),
        ("how much did apple pay to acquire beeper", "beeper"),
        ("what fee did arsenal pay chelsea for kai havertz", "havertz"),
        ("how much did microsoft pay", None),
    ],
)
def test_the_thing_a_sum_is_paid_for(question: str, thing: str | None) -> None:
    found = PAID_FOR.search(question)
    assert (found.group(1) if found else None) == thing


def test_the_answer_to_a_pieces_own_question_goes_on_about_what_it_asked() -> None:
    text = (
        "The rules will apply only to men's golf. Why? Because the average driving distance "
        "on the LPGA Tour is still well within the accepted norm."
    )
    told = sentences_of([_passage(text)])
    assert [c.text[:7] for c in told] == ["The rul", "Because"]
    assert told[1].before.startswith("The rules will apply")


def test_a_deed_asked_in_the_passive_is_done_to_the_one_named_before_it() -> None:
    teale = [
        _passage(
            "Owen Teale was in need of a job. The role of Barry the Bear was hard. The sight "
            "of a sweaty bear riding the ferris wheel caught management's attention and Teale "
            "was sacked."
        )
    ]
    names = ["owen", "teale", "barry"]
    asked = "why did owen teale get sacked from being barry the bear at the fairground?"
    assert not deed_untold(asked, names, teale)
    # (… and untold when no sentence tells it of them)
    hired = [_passage("Owen Teale was hired to play Barry the Bear at the fairground.")]
    assert deed_untold(asked, names, hired)
    # (… by the one the question says did it)
    united = [_passage("Ten Hag was sacked by United on Monday.")]
    hag = ["ten", "hag", "united", "amazon"]
    assert deed_untold("why did ten hag get sacked by amazon?", hag, united)
    assert not deed_untold("why did ten hag get sacked by united?", hag, united)

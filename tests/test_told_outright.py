"""What settles a yes/no question outright: a part something has or lacks, a response given or
declined."""

from __future__ import annotations

import pytest

from assistant.answering.candidates import Candidate
from assistant.answering.features import feature_asked, feature_told, having, lacking
from assistant.answering.responses import response_told
from assistant.answering.yes_no import yes_no_reply
from assistant.types import Passage


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("do the 3rd gen echo frames have a camera", (["3rd", "echo", "frames"], ["camera"])),
        ("does the elite series 2 have the share button", (["elite", "series", "2"],
                                                          ["share", "button"])),
        ("will the new pixel come with a charger in the box", (["pixel"], ["charger"])),
        ("does the iphone still have a headphone jack?", (["iphone"], ["headphone", "jack"])),
        # no part asked about, or of nothing named ("does it have …" is read in its turn)
        ("does it have a headphone jack", None),
        ("did putin offer copper", None),
        ("does the nfl have more money than the premier league", None),
    ],
)  # fmt: skip
def test_the_part_a_question_asks_about(
    question: str, asked: tuple[list[str], list[str]] | None
) -> None:
    found = feature_asked(question)
    assert found == asked


def test_a_sentence_says_a_part_is_lacking_or_there() -> None:
    assert lacking("There’s no camera, no screen, and nothing to clue anyone in.", ["camera"])
    assert lacking("It lacks the convenient Share button.", ["share", "button"])
    assert having("The official controller has a dedicated share button.", ["share", "button"])
    assert not having("It lacks the convenient Share button.", ["share", "button"])
    assert not lacking("The camera is no better than last year's.", ["camera"])


def _passage(title: str, text: str, n: int = 1) -> Passage:
    return Passage(f"c{n}", f"a{n}", title, "The Verge", None, 0.9, text)


REVIEW = _passage(
    "The best Xbox controllers",
    "The official Xbox Wireless Controller has a dedicated share button for saving clips. "
    "The Xbox Elite Wireless Controller Series 2 is Microsoft’s premium version of the stock "
    "controller. It’s also older, having been released a year before the consoles arrived. So "
    "while it does sport a USB-C port, it lacks the convenient Share button found on the latest "
    "Xbox Wireless Controller.",
)


def test_the_part_told_of_the_one_named_before_it() -> None:
    """ "It lacks the Share button": of the controller named just before, not of the one where
    the button is found, named after."""
    sentences = [Candidate(0, s) for s in _split(REVIEW.text)]
    told = feature_told("does the elite series 2 have the share button", sentences, [REVIEW])
    assert told is not None and told[1] is False and told[0].text.startswith("So while")
    told = feature_told("does the xbox wireless controller have a share button", sentences,
                        [REVIEW])  # fmt: skip
    assert told is not None and told[1] is True and "dedicated share button" in told[0].text
    # (nothing on the part: nothing settled)
    assert feature_told("does the elite series 2 have a camera", sentences, [REVIEW]) is None


def _split(text: str) -> list[str]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            out.append(text[start : i + 1].strip())
            start = i + 1
    return out


def test_a_part_lacking_answers_no() -> None:
    passage = _passage(
        "Amazon’s latest Echo Frames are more stylish",
        "Like the Bose Frames, the Echo Frames are open-ear headphones you can take calls on. "
        "There’s no camera, no screen, and nothing to clue anyone in.",
    )
    chosen = [Candidate(0, s) for s in _split(passage.text)][1:]
    reply = yes_no_reply(
        "do the 3rd gen echo frames have a camera", chosen, chosen, [passage], [], [], {}
    )
    assert reply.startswith("No: There’s no camera")


@pytest.mark.parametrize(
    ("sentence", "responded"),
    [
        ("Uber told TechCrunch it cannot comment on pending litigation.", False),
        ("Uber didn’t respond to TechCrunch’s request for more information.", False),
        ("An Uber spokesperson said the company is reviewing the filing.", True),
        ("In a statement to The Independent, Uber said it is looking into it.", True),
        ("Uber shares fell 3% on the news.", None),
        # (another's response: not the one asked about)
        ("Lyft declined to comment on the suits.", None),
    ],
)
def test_a_response_told_or_declined(sentence: str, responded: bool | None) -> None:
    passage = _passage("Survivors sue over assaults", sentence)
    told = response_told("has uber commented on the suits", [Candidate(0, sentence)], [passage])
    assert (told[1] if told else None) is responded


def test_a_yes_no_on_a_response_starts_with_its_answer() -> None:
    passage = _passage(
        "Sarah Michelle Gellar slams Roblox",
        "Gellar said her son’s account was hacked. In a statement to The Independent, a Roblox "
        "spokesperson revealed the company is looking into Gellar’s complaint.",
    )
    chosen = [Candidate(0, s) for s in _split(passage.text)]
    question = "did roblox respond after sarah michelle gellar complained"
    reply = yes_no_reply(question, chosen, chosen, [passage], [], [], {})
    assert reply.startswith("Yes: In a statement to The Independent")

"""A word made of a prefix and an ordinary word is ordinary ("rehire"), and a verb for what a
yes/no question asks; a unit in title case names a thing ("60 Minutes"); "he" after a sentence
opening with another name is that other one."""

from __future__ import annotations

from assistant.answering.candidates import Candidate
from assistant.answering.contraries import another_sum
from assistant.answering.sentences import MEASURED_SPAN
from assistant.answering.subject import off_subject
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.yes_no import yes_no_reply
from assistant.types import Passage


def test_a_prefixed_ordinary_word_is_ordinary_and_a_verb_if_its_root_is() -> None:
    texts = {"hire": ["They hired him.", "The firm will hire staff."]}
    words = CorpusWords(
        lambda w: int(w in texts),
        common=frozenset({"hire", "value", "brain"}),
        texts_with=lambda w: texts.get(w, []),
    )
    assert words.ordinary("rehire") and words.verb_like("rehire")
    # (a name that only starts like one: "redfin"; another prefix, which names make too:
    # "overbrain"; a root the store uses as no verb: "revalue")
    assert not words.ordinary("redfin") and not words.ordinary("overbrain")
    assert not words.ordinary("revalue")
    assert not words.verb_like("copper")


def test_a_deed_no_article_uses_settles_no_yes() -> None:
    passage = Passage("c1", "a1", "OpenAI", "TechCrunch", None, 0.9,
                      "Sam Altman has been fired from OpenAI.")  # fmt: skip
    chosen = [Candidate(0, "Sam Altman has been fired from OpenAI.")]
    question = "did openai rehire sam altman?"
    reply = yes_no_reply(question, chosen, chosen, [passage], [], [], {}, ["rehire"])
    assert not reply.startswith(("Yes", "No")), reply


def test_a_unit_in_title_case_is_a_name() -> None:
    spans = [m.group() for m in MEASURED_SPAN.finditer("Soon 60 Minutes got involved.")]
    assert spans == []
    assert [m.group() for m in MEASURED_SPAN.finditer("He faces 50 years in prison.")] == [
        "50 years"
    ]


def test_he_after_another_name_is_that_other_one() -> None:
    text = (
        "Sam Bankman-Fried denied the charges. Wang said he returned to the U.S. and met "
        "prosecutors, as Wang had agreed. He faces up to 50 years in prison."
    )
    passage = Passage("c1", "a1", "SBF trial: Bankman-Fried's aides testify", "CNBC", None, 0.9,
                      text)  # fmt: skip
    wang = Candidate(
        0,
        "He faces up to 50 years in prison.",
        before="Wang said he returned to the U.S. and met prosecutors, as Wang had agreed.",
    )
    names = {"bankman": "Bankman"}
    assert off_subject(wang, "bankman", names, [passage])
    own = Candidate(0, "He faces up to 115 years.", before="Bankman-Fried denied the charges.")
    assert not off_subject(own, "bankman", names, [passage])
    # (a sentence opening with a place or a day, not one who does something)
    jurors = Candidate(0, "He faces up to 115 years.", before="Manhattan jurors deliberated.")
    assert not off_subject(jurors, "bankman", names, [passage])


def test_another_sum_than_the_one_asked_says_no() -> None:
    deal = "Though the $69 billion Activision deal was the biggest in Microsoft's history."
    assert another_sum("did microsoft buy activision for 75 billion?", deal)
    # (the sum asked, rounded or not, says no contrary; nor does a sum far off, of another thing)
    assert not another_sum("did microsoft buy activision for $69bn?", deal)
    assert not another_sum("did microsoft pay 68.7 billion for it", deal)
    assert not another_sum("did they raise $50m?", "It raised $5 million in a seed round.")
    assert another_sum("did they raise $50m?", "It raised $45 million in a round.")
    # (a count is no sum, nor a year)
    assert not another_sum("did 5 million people watch the final?", "It cost $4 million.")
    assert not another_sum("was the $69 billion deal closed in 2023?", "Tickets cost $2,500.")

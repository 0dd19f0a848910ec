"""Whom a sentence is on, when it names another person or speaks by "he" or "she"; and which
year it tells of, when a relative clause names one (session 54)."""

from __future__ import annotations

from assistant.answering.candidates import Candidate
from assistant.answering.pronouns import spoken_of, stands_for_another
from assistant.answering.scoring import sentences_of
from assistant.answering.which_one import speaks_of
from assistant.types import Passage
from index.terms import families

STREAMERS = (
    "Paul Denino, a creator also known as Ice Poseidon, streamed the encounter. "
    "Kelly, a streamer known as MrsViolence, joined Twitch early. "
    "When the revenue split changed, Kelly’s monthly income fell to about $400. "
    "Since she stopped prioritizing her Twitch channel, her income hovers around $120. "
    "That prompted her to start streaming on Kick, where she said she makes over $1,000 per "
    "month. “That covers my rent,” Kelly said in a call."
)


def _sentence(passages: list[Passage], opening: str) -> Candidate:
    return next(c for c in sentences_of(passages) if c.text.startswith(opening))


def test_a_pronoun_stands_for_the_person_named_last_before_it() -> None:
    passages = [Passage("p1", "a1", "Kick streamers", "TechCrunch", None, 0.9, STREAMERS)]
    article = STREAMERS
    prompted = _sentence(passages, "That prompted her")
    assert spoken_of(prompted, passages, article, {"poseidon"}) == "Kelly"
    question = "how much is kick paying ice poseidon per month under his streaming deal?"
    names = {"kick": "Kick", "poseidon": "Poseidon"}
    assert stands_for_another(prompted, "poseidon", names, passages, article, question)
    # (… and it is on her when she is the one asked about)
    asked_of_her = "how much does kelly make on kick now that she left twitch?"
    kelly = {"kick": "Kick", "kelly": "Kelly"}
    assert not stands_for_another(prompted, "kelly", kelly, passages, article, asked_of_her)


def test_a_chunk_opening_on_the_sentence_reads_back_in_another_chunk() -> None:
    cut = STREAMERS.index("That prompted her")
    passages = [
        Passage("p2", "a1", "Kick streamers", "TechCrunch", None, 0.9, STREAMERS[cut:]),
        Passage("p1", "a1", "Kick streamers", "TechCrunch", None, 0.8, STREAMERS),
    ]
    prompted = _sentence(passages[:1], "That prompted her")
    assert spoken_of(prompted, passages, STREAMERS, {"poseidon"}) == "Kelly"


def test_only_of_one_asked_about_as_a_person() -> None:
    text = (
        "Apple's spokesman Tim Cook said the deal was done. "
        "He added that the company paid $400 million for it."
    )
    passages = [Passage("p1", "a1", "Apple buys", "Reuters", None, 0.9, text)]
    added = _sentence(passages, "He added")
    names = {"apple": "Apple"}
    question = "how much did apple pay for the startup?"
    # (a spokesman speaks of a company's deal: no person asked about, no other one)
    assert not stands_for_another(added, "apple", names, passages, text, question)


def test_a_year_a_relative_clause_tells_of_another_deed_dates_nothing_asked() -> None:
    asked = frozenset(families("how many video game industry jobs were cut in 2021?"))
    bought = "EA later cut jobs at studio Codemasters, which it purchased in 2021 for $1.2 billion."
    assert not speaks_of({2021}, bought, "", "2023-12-20", asked=asked)
    # (… nor the sentence after it, which goes on from it)
    assert not speaks_of({2021}, "EA culled 1,130 jobs in 2023.", bought, "2023-12-20", asked=asked)
    # (a year of the deed asked about, in a relative clause, still tells it)
    fired = frozenset(families("which coach was fired in 2021?"))
    assert speaks_of(
        {2021}, "Tucker, who was fired in 2021, said no.", "", "2023-12-20", asked=fired
    )
    # (… and a year the sentence tells of its own deed)
    assert speaks_of({2021}, "The firm cut 300 jobs in 2021.", "", "2023-12-20", asked=asked)


def test_the_other_half_of_a_full_name_and_one_the_question_only_describes() -> None:
    text = (
        "When Noora Niasari was five years old, she lived in a shelter. "
        "Niasari asked her mother to write her memoirs, which took six months. "
        "“It was healing,” Niasari said."
    )
    passages = [Passage("p1", "a1", "Shayda", "The Guardian", None, 0.9, text)]
    asked = _sentence(passages, "Niasari asked")
    question = "noora niasary asked her mum to write her memoirs first - how long did that take?"
    names = {"noora": "Noora"}
    assert not stands_for_another(asked, "noora", names, passages, text, question)
    # (a place the question names is no "he" it goes on to ask of)
    boy = (
        "A Pittsburgh boy needs a second liver transplant, said Mazariegos. "
        "He spent 18 months on the transplant list."
    )
    passages = [Passage("p1", "a1", "Lucas", "FOX News", None, 0.9, boy)]
    spent = _sentence(passages, "He spent")
    question = (
        "the 10 yr old in pittsburgh who needs a transplant - what condition was he born with"
    )
    assert not stands_for_another(
        spent, "pittsburgh", {"pittsburgh": "Pittsburgh"}, passages, boy, question
    )

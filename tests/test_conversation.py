"""Conversations: condensing follow-ups (offline and by the LLM), saving, resuming, exporting."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from llm_fixtures import openai_server_fixture  # noqa: F401  (fixture)
from openai_server import Reply

from assistant.api import Assistant
from assistant.conversation import condense_offline, needs_context
from assistant.history import ConversationStore

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "articles"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much of it could Russia send each year?", True),
        ("What did they say about prices?", True),
        ("And Ukraine?", True),
        ("What is Russia's largest aluminium maker in Siberia?", False),
        # "the game" that names nothing else is the one the turns before were on
        ("why was the game pushed back to saturday", True),
        ("why was the Canada game pushed back to saturday", False),
        # a time it is asked of names nothing: the price is the one before's
        ("what was the original price back in aug 2022?", True),
        ("what was the original price of the Roomba back in aug 2022?", False),
    ],
)
def test_needs_context(question: str, expected: bool) -> None:
    assert needs_context(question) is expected


def test_condense_offline_adds_earlier_key_words_only_when_needed() -> None:
    history = [("What did Putin offer the US?", "Putin offered aluminium [1].")]
    condensed = condense_offline("How much of it could Russia send each year?", history)
    assert condensed.startswith("How much of it could Russia send each year?")
    assert all(word in condensed for word in ("putin", "offer"))
    standalone = "Which region hosts Russia's largest aluminium maker Rusal?"
    assert condense_offline(standalone, history) == standalone
    assert condense_offline("How much of it?", []) == "How much of it?"


def test_he_means_the_person_the_latest_answer_naming_anyone_is_about() -> None:
    history = [
        (
            "who started discogs",
            "Discogs was founded in 2000 by Kevin Lewandowski, then a programmer at Intel [1]. "
            "Lewandowski still runs it [1].",
        ),
        ("what year", "It was founded in 2000 [1]."),
    ]
    condensed = condense_offline("what was he doing before that", history)
    assert "kevin" in condensed and "lewandowski" in condensed, condensed
    # an answer naming someone else since: he is that one
    later = [*history, ("who runs its marketplace", "Ron Rule runs it; Rule joined in 2019 [1].")]
    condensed = condense_offline("what was he doing before that", later)
    assert "rule" in condensed and "lewandowski" not in condensed, condensed


def test_it_means_the_thing_the_answer_to_which_named() -> None:
    history = [
        (
            "which meal kit company more than doubled on wall street",
            "Blue Apron soared 134.5 per cent after it agreed to be bought by Wonder Group [1].",
        ),
    ]
    condensed = condense_offline("by how much did the stock jump exactly", history)
    assert "blue" in condensed and "apron" in condensed, condensed
    # … not after a question that asked for no one
    asked = [("why did stocks fall on friday", "Blue Apron said it was being bought [1].")]
    assert "apron" not in condense_offline("by how much did the stock fall", asked)


@pytest.fixture
def seeded(embedder, tmp_path: Path) -> Assistant:
    a = Assistant.open(home=tmp_path / "home", offline=True, embedder=embedder)
    a.ingest([SEEDS])
    yield a
    a.close()


def test_saved_conversation_resumes_with_turns_and_citations(seeded: Assistant) -> None:
    conversation = seeded.conversation(save=True)
    first = conversation.ask("How much aluminium could Russia supply to the US each year?")
    conversation.ask("Who won the 2024 Super Bowl?")
    resumed = seeded.conversation(resume=conversation.id)
    assert [t.question for t in resumed.turns] == [t.question for t in conversation.turns]
    again = resumed.turns[0]
    assert again.text == first.text
    assert [c.passage.chunk_id for c in again.citations] == [
        c.passage.chunk_id for c in first.citations
    ]
    assert again.citations[0].quote == first.citations[0].quote
    assert resumed.turns[1].abstained
    follow = resumed.ask("And how much of it did Russia provide before the duties?")
    assert follow.standalone_query and "aluminium" in follow.standalone_query
    assert seeded.history.get(conversation.id).turns == 3


def test_unsaved_conversation_leaves_no_history(seeded: Assistant) -> None:
    seeded.conversation().ask("What did Putin offer the US?")
    assert seeded.history.list() == []


def test_rename_delete_export(seeded: Assistant) -> None:
    conversation = seeded.conversation(save=True)
    conversation.ask("How much aluminium could Russia supply to the US each year?")
    store = seeded.history
    assert store.get(conversation.id).title.startswith("How much aluminium")
    store.rename(conversation.id, "  Aluminium   deal ")
    assert store.get(conversation.id).title == "Aluminium deal"
    with pytest.raises(ValueError):
        store.rename(conversation.id, "   ")
    markdown = store.export_markdown(conversation.id)
    assert markdown.startswith("# Aluminium deal")
    assert "## 1. How much aluminium could Russia supply" in markdown
    assert (
        "- [1] TRT World · Russia's Putin offers US aluminium, rare earths deal · 2025-02-24"
        in (markdown)
    )
    assert "  > " in markdown
    store.delete(conversation.id)
    assert store.list() == []
    with pytest.raises(KeyError):
        seeded.conversation(resume=conversation.id)


def test_store_migrations_are_numbered_and_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite"
    ConversationStore(path).close()
    store = ConversationStore(path)  # reopening runs nothing twice
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == 1
    store.close()
    tables = {
        row[0]
        for row in sqlite3.connect(path).execute(
            "SELECT name FROM sqlite_master WHERE type='table'"
        )
    }
    assert {"conversations", "turns"} <= tables


def test_llm_condenses_follow_up_with_the_condense_prompt(
    embedder, tmp_path: Path, openai_server
) -> None:
    openai_server.script(
        [
            Reply("Putin offered the US rare earths and aluminium [1]."),
            Reply("How much aluminium could Russia supply to the US each year?"),
            Reply("Up to 2 million tons of aluminium a year [1]."),
        ]
    )
    a = Assistant.open(
        home=tmp_path / "home",
        model="scripted",
        openai_base_url=openai_server.url,
        openai_api_key="k",
        llm_retries=0,
        embedder=embedder,
    )
    a.ingest([SEEDS])
    conversation = a.conversation()
    conversation.ask("What did Putin offer the US?")
    answer = conversation.ask("How much of it could Russia send each year?")
    assert answer.standalone_query == "How much aluminium could Russia supply to the US each year?"
    condense_request = openai_server.requests[1]["messages"][-1]["content"]
    assert "Follow-up question: How much of it could Russia send each year?" in condense_request
    assert "Q: What did Putin offer the US?" in condense_request
    final_messages = openai_server.requests[2]["messages"]
    assert [m["role"] for m in final_messages] == ["system", "user", "assistant", "user"]
    assert answer.text == "Up to 2 million tons of aluminium a year [1]."
    a.close()


def test_follow_up_after_an_unanswerable_turn_is_still_answered(seeded: Assistant) -> None:
    conversation = seeded.conversation()
    conversation.ask("What did Putin offer the US?")
    assert conversation.ask("Who won the 2024 Super Bowl?").abstained
    answer = conversation.ask("What effect did he say the aluminium supplies would have on prices?")
    assert "super" not in (answer.standalone_query or "").lower()
    assert not answer.abstained
    assert "price" in answer.text.lower() and answer.citations


def test_a_refusal_that_says_what_the_articles_say_keeps_the_subject(seeded: Assistant) -> None:
    """ "The articles don't give the amount asked for. What they say: …" bears on the question:
    the follow-up "why didn't it go through" is about the aluminium, not a new topic."""
    conversation = seeded.conversation()
    refused = conversation.ask("how much did the us pay for russia's aluminium")
    assert refused.abstained and refused.citations
    answer = conversation.ask("why didn't it go through")
    assert "aluminium" in (answer.standalone_query or "")
    assert not answer.abstained and "aluminium" in answer.text.lower()


def test_a_follow_up_about_one_outlet_quotes_that_outlet(seeded: Assistant) -> None:
    """ "Did AnewZ report it too?" after an answer quoting TRT World: the previous passages come
    along for "it", but the answer must speak for the outlet asked about."""
    conversation = seeded.conversation()
    first = conversation.ask("How much aluminium could Russia supply to the US market?")
    assert {c.passage.outlet for c in first.citations} == {"TRT World"}
    answer = conversation.ask("Did AnewZ report it too?")
    assert not answer.abstained
    assert "AnewZ" in {c.passage.outlet for c in answer.citations}


def test_a_follow_up_asking_per_year_finds_the_annual_figure(seeded: Assistant) -> None:
    """ "each year" in the question, "annually" in the article: the yearly tonnage leads the
    answer, not the share of imports beside it."""
    conversation = seeded.conversation()
    conversation.ask("What did Putin offer the US?")
    answer = conversation.ask("How much of it could Russia send each year?")
    assert not answer.abstained
    assert answer.text.startswith("He noted that Russian companies could supply up to 2 million")


def test_which_outlets_reported_it_quotes_each_outlet(seeded: Assistant) -> None:
    """Both seeds report Putin's offer: asked which outlets did, the answer quotes both."""
    answer = seeded.ask("Which outlets reported Putin's aluminium offer?")
    assert {c.passage.outlet for c in answer.citations} == {"AnewZ", "TRT World"}


def test_who_else_reported_it_sets_aside_the_outlet_asked_before(seeded: Assistant) -> None:
    """ "Who else reported it", after a question on TRT World's report: AnewZ, not TRT World
    again; and "else" is no name a small store must hold."""
    conversation = seeded.conversation()
    assert not conversation.ask("did trt world report putin's aluminium offer").abstained
    answer = conversation.ask("who else reported it?")
    assert not answer.abstained
    assert answer.text.startswith("AnewZ published")
    assert {c.passage.outlet for c in answer.citations} == {"AnewZ"}


def test_who_else_covered_it_sets_aside_the_outlets_cited_before(seeded: Assistant) -> None:
    """After an answer citing TRT World alone, with no outlet named: "who else covered that?"
    is AnewZ, whose piece is on the same offer, though not on each detail asked before."""
    conversation = seeded.conversation()
    first = conversation.ask("how much aluminium could russia supply each year?")
    assert {c.passage.outlet for c in first.citations} == {"TRT World"}
    answer = conversation.ask("who else covered that?")
    assert not answer.abstained
    assert answer.text.startswith("AnewZ published")
    assert {c.passage.outlet for c in answer.citations} == {"AnewZ"}


def test_a_yes_no_question_the_asker_says_was_asked_of_them_is_still_settled(
    seeded: Assistant,
) -> None:
    """ "my 11 yr old asked" says who asked, nothing the articles must say: still "No"."""
    answer = seeded.ask("is putin offering the us copper? my 11 yr old asked")
    assert answer.text.startswith("No")
    assert "asked" not in answer.text.split(";")[0]


def test_an_act_asked_in_other_words_settles_no_no(seeded: Assistant) -> None:
    """ "Europe joining" the talks is told as "European involvement" in them: no "No" for the
    word "joining", which neither article writes (a thing's absence still settles it: copper)."""
    answer = seeded.ask("is putin open to europe joining the ukraine peace talks?")
    assert not answer.abstained
    assert not answer.text.startswith("No")
    assert "European involvement" in answer.text


def test_which_outlet_said_it_names_the_one_that_did(seeded: Assistant) -> None:
    """Asked which outlet (one) said something only AnewZ says, the answer names AnewZ only."""
    answer = seeded.ask(
        "which outlet said putin is open to europe joining the ukraine peace talks?"
    )
    assert answer.text.startswith("AnewZ published")
    assert "TRT World" not in answer.text


@pytest.mark.parametrize(
    "follow_up",
    ["And who won the 2024 Super Bowl?", "What did France say about it?", "And the copper?"],
)
def test_an_off_topic_follow_up_still_abstains(seeded: Assistant, follow_up: str) -> None:
    """The condensed follow-up's meaning counts beside the question's, but a follow-up about
    something the articles never mention is still refused."""
    conversation = seeded.conversation()
    assert not conversation.ask("What did Putin offer the US?").abstained
    assert conversation.ask(follow_up).abstained


def test_a_conversation_seeded_with_earlier_turns_condenses_as_the_chat(
    seeded: Assistant,
) -> None:
    chat = seeded.conversation()
    offer = chat.ask("What did Putin offer the US?")
    refused = chat.ask("Who won the 2024 Super Bowl?")
    follow_up = chat.ask("How much of it could Russia send each year?")

    seeded_chat = seeded.conversation(
        earlier=[(offer.question, offer.text), (refused.question, refused.text)]
    )
    assert [t.abstained for t in seeded_chat.turns] == [False, True]  # a refusal, from its words
    again = seeded_chat.ask("How much of it could Russia send each year?")
    assert again.standalone_query == follow_up.standalone_query
    assert again.text == follow_up.text and "2 million tons" in again.text
    assert len(seeded_chat.turns) == 3


def test_a_question_put_as_a_request_on_the_seeds(seeded: Assistant) -> None:
    conversation = seeded.conversation()
    first = conversation.ask("do we know how much aluminium russia could supply?")
    assert not first.abstained, first.text
    assert "2 million tons" in first.text
    assert not first.text.startswith(("Yes", "No"))  # (it asks how much, not whether)
    # (the request's own words are no specifics the articles must hold: "tell")
    other = conversation.ask("can you tell me who else reported it?")
    assert "don't mention tell" not in other.text, other.text
    assert "AnewZ" in other.text or "TRT World" in other.text, other.text
    refused = seeded.conversation().ask("can you tell me about norway?")
    assert refused.abstained
    assert "mention norway" in refused.text.lower() and "tell" not in refused.text.lower()

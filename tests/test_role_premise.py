"""A role a question takes someone to hold, of a named organisation ("when did mira murati become
ceo of microsoft"), is borne out only by a sentence saying them beside that role and that
organisation."""

from __future__ import annotations

from assistant.answering.role_premise import role_taken, role_told

MURATI = "Mira Murati, OpenAI's CTO and now interim CEO, was told on Thursday night."
NAMES = ["mira", "murati", "microsoft", "openai"]


def test_the_role_a_question_takes() -> None:
    assert role_taken("when did mira murati become ceo of microsoft", NAMES) == (
        ["mira", "murati"],
        "ceo",
        ["microsoft"],
    )
    assert role_taken(
        "how long has emma hayes been england manager", ["emma", "hayes", "england"]
    ) == (
        ["emma", "hayes"],
        "manager",
        ["england"],
    )
    # (no organisation named, or no role: nothing taken)
    assert role_taken("when did mira murati become ceo", NAMES) is None
    assert role_taken("when did mira murati join microsoft", NAMES) is None


def test_a_role_told_of_the_one_and_the_organisation() -> None:
    assert role_told(["mira", "murati"], "ceo", ["openai"], MURATI)
    assert not role_told(["mira", "murati"], "ceo", ["microsoft"], MURATI)
    # (the role said of another in the sentence, far from the one asked about)
    brockman = (
        "Greg Brockman, who co-founded OpenAI as Altman did, will step down as chairman of the "
        "board and report to the newly appointed interim CEO, Mira Murati."
    )
    assert not role_told(["greg", "brockman"], "ceo", ["openai"], brockman)
    assert role_told(["sundar", "pichai"], "ceo", ["google"], "Google CEO Sundar Pichai spoke.")
    # (in other words: "chief executive")
    assert role_told(["pichai"], "ceo", ["google"], "Pichai, Google's chief executive, spoke.")

"""Prompt templates: every file in prompts/ renders with exactly its declared variables."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.locations import prompts_dir
from assistant.prompts import PromptError, PromptTemplate, available_prompts, load_prompt

PROMPT_FILES = sorted(p.stem for p in prompts_dir().glob("*.txt"))
USED_BY_ANSWERS = {
    "answer": {"passages", "question", "refusal"},
    "passage": {"number", "heading", "text"},
    "refusal": {"articles", "article_word", "outlets", "first_published", "last_published"},
    "system": {"today", "first_published", "last_published", "outlets"},
}


def test_prompt_files_are_listed() -> None:
    assert available_prompts() == PROMPT_FILES
    assert set(USED_BY_ANSWERS) <= set(PROMPT_FILES)


@pytest.mark.parametrize("name", PROMPT_FILES)
def test_renders_with_its_variables(name: str) -> None:
    template = load_prompt(name)
    assert template.variables, f"{name} declares no variables"
    values = {v: f"<<{v.upper()}>>" for v in template.variables}
    text = template.render(**values)
    for value in values.values():
        assert value in text
    if name in USED_BY_ANSWERS:
        assert template.variables == USED_BY_ANSWERS[name]


@pytest.mark.parametrize("name", PROMPT_FILES)
def test_missing_variable_fails(name: str) -> None:
    template = load_prompt(name)
    values = dict.fromkeys(template.variables, "x")
    dropped = sorted(values)[0]
    del values[dropped]
    with pytest.raises(PromptError, match=rf"missing \['{dropped}'\], unknown \[\]"):
        template.render(**values)


@pytest.mark.parametrize("name", PROMPT_FILES)
def test_unknown_variable_fails(name: str) -> None:
    template = load_prompt(name)
    values = dict.fromkeys(template.variables, "x")
    with pytest.raises(PromptError, match=r"missing \[\], unknown \['surprise'\]"):
        template.render(surprise="!", **values)


def test_literal_braces() -> None:
    template = PromptTemplate("t", 'JSON like {{"a": 1}} for {name}.')
    assert template.variables == {"name"}
    assert template.render(name="you") == 'JSON like {"a": 1} for you.'


def test_values_are_not_templates() -> None:
    template = load_prompt("passage")
    text = template.render(number=1, heading="H", text="Ignore {question} and {{x}}")
    assert text.rstrip() == "[1] H\nIgnore {question} and {{x}}"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PromptError, match="prompt 'nope' not found"):
        load_prompt("nope", tmp_path)


def test_malformed_file(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text("Hello {name", encoding="utf-8")
    with pytest.raises(PromptError, match="prompt 'bad' is malformed"):
        load_prompt("bad", tmp_path)


def test_refusal_text_as_sent() -> None:
    text = load_prompt("refusal").render(
        articles=1,
        article_word="article",
        outlets="AnewZ",
        first_published="2025-02-24",
        last_published="2025-02-24",
    )
    assert text.strip() == "They cover 1 article from AnewZ, 2025-02-24 to 2025-02-24."

"""Answer text as the chat shows it: literal, with a model's line breaks kept."""

from __future__ import annotations

from markdown_it import MarkdownIt

from assistant.literal import quoted
from assistant.ui.widgets.text import markdown_literal, plural


def test_single_newlines_stay_line_breaks() -> None:
    tokens = MarkdownIt().parse(markdown_literal("Items:\n- one\n- two\n\nNext [1]"))
    inline = [t for t in tokens if t.type == "inline"]
    kinds = [c.type for c in inline[0].children or []]
    assert kinds.count("hardbreak") == 2  # the list did not run onto one line
    assert inline[1].content.replace("\\", "") == "Next [1]"  # markers stay literal text


def test_plural() -> None:
    assert (plural(1, "article"), plural(2, "article"), plural(0, "turn")) == (
        "1 article",
        "2 articles",
        "0 turns",
    )


def test_a_source_that_opens_with_its_own_quote_is_not_quoted_twice() -> None:
    assert quoted("Prices rose.") == "“Prices rose.”"
    opening = "“The drama underlines a risk,” Mark Surman told TechCrunch."
    assert quoted(opening) == opening

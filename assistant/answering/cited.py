"""The account a question cites ("what did Reuters say about it", "according to bloomberg"):
which names it cites, and which sentences come from articles that name them.

`assistant.attribution` reads the names from the question; this module weighs them against the
passages. A store outlet named so is left to the outlet checks; a word the articles write in
lower case ("the latest data", "experts") cites nobody.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.answering.candidates import Candidate
from assistant.attribution import cited_sources, cites, written_as_name
from assistant.query import named_outlets
from assistant.types import Passage


def cited_account(
    question: str,
    candidates: Sequence[Candidate],
    passages: Sequence[Passage],
    outlets: Callable[[], list[str]],
) -> tuple[list[str], list[Candidate]]:
    """The names the question cites, and the candidates (in their order) from articles that
    name them all. A sentence counts by its article, as read: "We only get 5% of the media" in
    an interview headed "Billie Jean King sees progress …"; a forecast a paragraph after "S&P
    Global Market Intelligence said"."""
    texts = [p.text for p in passages]
    cited = [
        name
        for name in cited_sources(question)
        if not named_outlets(name, outlets(), any_mention=True) and written_as_name(name, texts)
    ]
    if not cited:
        return [], []
    articles = {
        p.article_id for p in passages if all(cites(f"{p.title} {p.text}", n) for n in cited)
    }
    return cited, [c for c in candidates if passages[c.passage].article_id in articles]

"""Questions about when a piece came out, answered from the articles' metadata.

"When did Globes publish the piece on Psagot?" asks for a publication date, which a news article
seldom writes in its body: it is in the article's metadata, shown on its card. The answer names
the outlet, the date and the headline, and cites the article; the card's quote is its heading
(`Passage.heading`), which is what supports the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from assistant.answering.asking import asking_clause
from assistant.types import Passage

# A verb of publishing, in the clause that asks ("when did Globes publish", "when was the piece
# posted", "what day did TechCrunch report it").
PUBLISHING = re.compile(
    r"\b(?:publish(?:ed|es|ing)?|post(?:ed|s)?|report(?:ed|s)?|ran|run|print(?:ed)?|"
    r"c[ao]me out|release[ds]?|wr[io]te|written|cover(?:ed|s)?|put out|"
    r"go live|went live|went up|go up)\b"
    # (news breaks: "when did the story first break"; not "the year the government broke its
    # deficit trend")
    r"|\b(?:story|news|it)\s+(?:first\s+)?(?:break|broke)\b",
    re.I,
)
# What was published: a piece, or an outlet the question names.
PIECE = re.compile(
    r"\b(?:article|piece|story|report|op-?ed|column|interview|feature|post|explainer|"
    r"coverage|write-?up|news)s?\b",
    re.I,
)


def asks_publication(question: str, wants: str, named_outlets: Sequence[str]) -> bool:
    """Whether the question, asking for `wants` (`question_wants`), asks when a piece was
    published, by an outlet or of a piece."""
    if wants != "date":
        return False
    clause = asking_clause(question)
    return bool(PUBLISHING.search(clause)) and bool(named_outlets or PIECE.search(clause))


def publication_answer(passage: Passage, marker: str) -> str | None:
    """ "Globes published “Psagot worth 80% less since Rani Zim bought it” on November 5, 2023
    [1]." None when the passage carries no date."""
    day = _day(passage.published)
    if day is None:
        return None
    outlet = passage.outlet or "The outlet"
    # A headline of two sentences ("… valuation. What's it going to do?") stays one quotation:
    # the answer is read, and checked, sentence by sentence.
    title = re.sub(r"[.?!]+(?:\s+|$)", " – ", passage.title or "").strip(" –")
    piece = f"“{title}”" if title else "the article"
    return f"{outlet} published {piece} on {day} {marker}."


def _day(published: str | None) -> str | None:
    if not published:
        return None
    try:
        when = date.fromisoformat(published[:10])
    except ValueError:
        return None
    return f"{when:%B} {when.day}, {when.year}"

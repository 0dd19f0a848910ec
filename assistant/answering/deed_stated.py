"""A deed stated before a question ("so united sacked ten hag - who replaced him?"), which the
question takes as done as if it asked why it was done."""

from __future__ import annotations

import re

from assistant.answering.deed_doers import undoubled
from assistant.answering.deed_kinds import CONVICTED, DONE_TO_SOMEONE, SENTENCED
from assistant.answering.purchases import purchase_as_asked
from assistant.answering.sentences import IRREGULAR
from assistant.answering.vocabulary import past_bases
from index.terms import family

# A question that states a deed before it, its subject doing it: "so united sacked ten hag -
# who …?"; not one done to it ("ten hag was sacked by united"), nor a question ("why did …").
PAST_VERB = r"[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR, key=len, reverse=True))
DEED_STATED = re.compile(
    r"^\s*(?:so\s+|and\s+|but\s+|apparently\s+|ok\s+|okay\s+)?"
    r"(?P<clause>(?:(?!(?:why|how|when|where|what|who|which|did|does|do|is|was|were|are|has|"
    r"have|had|been|got|gets|will|would|i|you|we|my|our|your|his|her|their|hmm|people|fans|"
    r"someone|everyone)\b)[a-z][\w'’.&-]*\s+){1,3}?"
    rf"(?P<deed>{PAST_VERB})\s+[^?.,;:–—]{{2,60}}?)\s*(?:[,.:;]|\s[-–—])\s+(?=.*\?)",
    re.I,
)


def stated_as_asked(question: str) -> str | None:
    """A deed stated before the question, put as asked: "so apple ended up buying beeper - how
    much did it pay?" takes "why did apple buy beeper", "so united sacked ten hag - who
    replaced him?" "why did united sacked ten hag"; None when it states none."""
    bought = purchase_as_asked(question)
    if bought:
        return bought
    stated = DEED_STATED.match(question)
    if stated is None:
        return None
    # (only a deed done to one or a verdict, which a question may wrongly take as done: "so
    # united sacked ten hag - …"; not "mahomes threw two picks - how many yards …", "the fed
    # held rates, what did powell say", whose deeds set a scene, nor a leaving, told in too many
    # words: "retired", "hung up the boots", "her retirement")
    deed = stated["deed"].lower()
    roots = {undoubled(family(form)) for form in past_bases(deed)}
    if not roots & (DONE_TO_SOMEONE | CONVICTED | SENTENCED):
        return None
    return f"why did {stated['clause']}"

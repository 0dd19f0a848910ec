"""Whether a question asks yes or no: an auxiliary verb first ("did AnewZ report it too?"),
a tag at its end ("…, right?"), or a statement asked by its tone ("so putin reckons …?"); and
not when it offers alternatives ("the jets or the giants")."""

from __future__ import annotations

import re

WH_WORD = re.compile(r"\b(?:how|what|whats|which|who|whos|whom|whose|when|where|why)\b", re.I)

YES_NO = re.compile(
    r"^\s*(?:(?:and|so|but|also|then|ok|okay)\b,?\s+)?"  # "and did anewz report it too?"
    r"(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|may|might)\b",
    re.I,
)

# A yes/no question set off after words setting its context: "peter kalmus, the nasa scientist
# who went to that maine homestead - has he been arrested".
YES_NO_AFTER_BREAK = re.compile(
    r"(?:\s[-–—]+|[:;.!])\s+(?=(?:so\s+|and\s+|but\s+)?(?:has|have|had|did|does|do|is|are|was|"
    r"were|can|could|will|would|should|didn|isn|hasn|wasn|won|doesn)\b)",
    re.I,
)


# "Are the rules mandatory or optional?", "did he sign with the jets or the giants": which one,
# not yes or no ("or not", "or anything" leave it yes or no).
ALTERNATIVES = re.compile(
    r"\b[\w'’-]+\s+or\s+(?!not\b|no\b|so\b|something\b|anything\b|what\b|whatever\b|else\b|"
    r"otherwise\b|nah\b|nope\b)[\w'’-]+",
    re.I,
)


# A statement asked by its tone: a tag at its end ("boeing's still a chicago-based company,
# right?"), or "so" before what someone reckons ("so putin reckons it would make prices jump?").
TAGGED = re.compile(
    r"[\w'’%)]\s*,?\s+(?:right|correct|true|yeah|yes|innit|isn['’]?t\s+it|aren['’]?t\s+they|"
    r"wasn['’]?t\s+it|didn['’]?t\s+(?:he|she|it|they)|don['’]?t\s+they|doesn['’]?t\s+it)"
    r"\s*\?\s*$",
    re.I,
)
TAG = re.compile(r",?\s+(?:right|correct|true|yeah|yes|innit)\s*\?\s*$", re.I)


def untagged(question: str) -> str:
    """The question without a tag at its end: "its shares went up that day" of "…, right?"."""
    return TAG.sub("?", question)


TOLD_AS_ASKED = re.compile(
    r"^\s*(?:so|wait|hang\s+on)\b,?\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:reckons?|thinks?|says?|said|believes?|claims?|is|are|was|were|will|would|has|have|had|"
    r"did|does|can|could)\b[^?]*\?\s*$",
    re.I,
)


# "So I assume he sailed through the writing test when he got to Harvard?": what one takes to be
# so, asked to be confirmed (a "when" or "where" in it sets the time, unless it asks: "when did")
ASSUMED = re.compile(
    r"\bi\s+(?:assume|guess|suppose|presume|take\s+it|bet|imagine|gather|reckon)\s+"
    r"(?!(?:how|what|which|who|whom|whose|when|where|why|if|whether)\b)[^?]*\?\s*$",
    re.I,
)
WH_ASKING = re.compile(
    r"\b(?:how|what|whats|which|who|whom|whose|when|where|why)\s+(?:did|does|do|is|was|are|were|"
    r"will|would|can|could|has|have|had|much|many)\b",
    re.I,
)


# A question asked after words setting its context: "will n jada - where did they get
# married" (the first word a name, not the verb "will").
WH_AFTER_BREAK = re.compile(
    r"(?:\s[-–—]+|[:;])\s+(?:so\s+|and\s+|but\s+)?(?:how|what|whats|which|who|whos|whom|whose|"
    r"when|where|why)\b",
    re.I,
)


# A question put inside one asking whether it is known, said or told: "do we know how much
# ubisoft paid", "can you tell me who replaced him", "is there a figure for what they paid" ask
# how much, who and what (not "did they say whether …", which asks yes or no).
INDIRECT = re.compile(
    r"^\s*(?:(?:and|so|but|also|ok|okay)\b,?\s+)?(?:"
    r"(?:do|does|did)\s+(?:we|you|u|they|anyone|anybody|it|(?:the|that|this)\s+[\w'’-]+)\s+"
    r"(?:\w+ly\s+)?(?:know|say|mention|tell|report|explain|note|give|show)(?:\s+(?:us|me))?|"
    r"(?:can|could|would)\s+(?:you|u)\s+(?:pls\s+|please\s+)?(?:tell|say|explain|find(?:\s+out)?|"
    r"check|show)(?:\s+(?:us|me))?|"
    r"(?:has|have)\s+(?:anyone|anybody|they|it|he|she)\s+(?:said|reported|mentioned|told\s+us)|"
    r"is\s+there\s+(?:a|an|any)\s+(?:\w+\s+)?(?:figure|number|word|info|information|data|"
    r"details?|estimate|mention|indication|report|sense)\s+(?:on|for|about|of|as\s+to)"
    r")\s+(?=(?:how|what|whats|which|who|whom|whose|when|where|why)\b)",
    re.I,
)


# An asked clause in the order of a statement: "what ubisoft is paying", "what they paid".
STATEMENT_ORDER = re.compile(
    r"^(?P<wh>what|how\s+much)\s+(?P<subject>(?:[\w'’-]+\s+){1,4}?)"
    r"(?:(?P<aux>is|are|was|were|has|have|had)\s+(?=[a-z]+ing\b|been\b|paid\b|spent\b)|"
    r"(?P<past>paid|spent|charged|earned|raised|fetched)\b)",
    re.I,
)
# … whose verb in the past a question asks with "did": "what did they pay".
PAST_MONEY_VERBS = {
    "paid": "pay", "spent": "spend", "charged": "charge", "earned": "earn", "raised": "raise",
    "fetched": "fetch",
}  # fmt: skip


def indirect_asked(question: str) -> str:
    """The question put inside one asking whether it is known or said, in the order of a
    question ("how much did ubisoft pay" of "do we know how much ubisoft paid"; "what is ubisoft
    paying" of "is there a figure for what ubisoft is paying"); any other question as it is."""
    inside = INDIRECT.sub("", question, count=1)
    if inside == question:
        return question
    told = STATEMENT_ORDER.match(inside)
    if told is None:
        return inside
    wh, subject, rest = told["wh"], told["subject"].strip(), inside[told.end() :]
    if told["aux"]:
        return f"{wh} {told['aux']} {subject} {rest}"
    return f"{wh} did {subject} {PAST_MONEY_VERBS[told['past'].lower()]}{rest}"


# A yes/no question after a clause setting when or if, typed without its comma: "when mice
# were missing daam1 did their intestines grow tumours" (not "when did the fed say …").
SET_THEN_ASKED = re.compile(
    r"(?:^|[,;:–—-]\s*)(?:when|if|once|after|before|while)\s+"
    r"(?!(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b)[^,?]{3,80}?\s+"
    r"(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would)\s+(?:their|the|his|her|"
    r"its|they|he|she|it|we|you|any|all)\b(?P<rest>[^?]*)",
    re.I,
)


def asked_as_yes_no(question: str) -> bool:
    """Whether a question has the form of a yes/no one: an auxiliary verb first, a tag at its
    end, or a statement asked by its tone (no "what", "how", … in it), or what one assumes."""
    if INDIRECT.match(question):
        return False
    set_then = SET_THEN_ASKED.search(question)
    if set_then and not WH_WORD.search(set_then["rest"]) and not WH_WORD.match(question):
        return True
    if YES_NO.match(question) and not WH_AFTER_BREAK.search(question):
        return True
    turned = list(YES_NO_AFTER_BREAK.finditer(question))
    if turned and not WH_WORD.match(question) and not WH_WORD.search(question, turned[-1].end()):
        return True  # (its context may hold a "who": "the nasa scientist who went …")
    assumed = ASSUMED.search(question)
    # (a "when" or "where" in what one assumes sets its time or place; any other asks)
    asks = [m.group().lower() for m in WH_WORD.finditer(assumed.group())] if assumed else []
    if assumed and not (WH_ASKING.search(question) or set(asks) - {"when", "where"}):
        return True
    return bool(TAGGED.search(question) or TOLD_AS_ASKED.match(question)) and not (
        WH_WORD.search(question)
    )


def is_yes_no(question: str) -> bool:
    """A question answered by yes or no ("Did AnewZ report it too?"); one offering
    alternatives asks which."""
    if not asked_as_yes_no(question):
        return False
    asked = re.split(r"[?.!](?:\s|$)", question, maxsplit=1)[0]
    offered = ALTERNATIVES.search(asked)
    # (not of anyone or anything, in the same clause: "did anyone get disciplined or lose their
    # job" asks whether; "is there any word on whether it is on saturday or sunday" asks which)
    return offered is None or ANY_AT_ALL.search(asked[: offered.start()]) is not None


ANY_AT_ALL = re.compile(
    r"\b(?:anyone|anybody|anything|someone|somebody)\b(?![^,;]*\b(?:whether|if)\b)[^,;]*$", re.I
)

"""What someone does for a living: "what does adam yedidia do for a living now" is answered by a
sentence telling a job ("Yedidia said he's now teaching math … at a high school"), not by one
that only names him beside his old firm."""

from __future__ import annotations

import re

from assistant.answering.abstention import OfflineResult
from assistant.answering.draft import Draft, Parts

# "what does he do for a living", "what's her job now", "what is he doing these days", "where
# does she work now"
OCCUPATION_ASKED = re.compile(
    r"\b(?:do|does|did)\s+(?:\w+\s+){0,3}?(?:do|doing)\s+for\s+(?:a\s+)?(?:living|work)\b|"
    r"\bwhat(?:['’]?s|\s+is|\s+was)\s+(?:his|her|their)\s+(?:new\s+)?(?:job|occupation|profession|"
    r"line\s+of\s+work)\b|"
    r"\bwhat\s+(?:is|are|was)\s+(?:[\w'’]+\s+){1,3}?doing\s+(?:now|these\s+days|nowadays|today)\b|"
    r"\bwhat\s+(?:does|do)\s+(?:[\w'’]+\s+){1,3}?do\s+(?:now|these\s+days|nowadays|today)\b|"
    r"\bwhere\s+(?:does|do|is|are)\s+(?:[\w'’]+\s+){1,3}?work(?:ing)?\s+"
    r"(?:now|these\s+days|nowadays)\b",
    re.I,
)
# A job told: "he's now teaching math", "works as a nurse", "joined Google as", "became a coach",
# "took a job at".
JOB_TOLD = re.compile(
    r"\b(?:work(?:s|ed|ing)?\s+(?:as|at|for)|teach(?:es|ing)?|taught|job\s+(?:as|at|with)|"
    r"employed\s+(?:as|at|by)|joined\s+(?:[\w&.'’-]+\s+){1,4}?as|became\s+an?|serv(?:es|ing)\s+as|"
    r"hired\s+(?:as|by)|took\s+(?:a|up\s+a)\s+(?:\w+\s+)?(?:job|role|position|post))\b",
    re.I,
)


def asks_occupation(question: str) -> bool:
    """Whether the question asks what someone does for a living."""
    return OCCUPATION_ASKED.search(question) is not None


def on_the_job(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What does he do for a living now": a sentence telling a job first, if one is close
    enough (one told as now, before one told of the past, when the question asks of now)."""
    if d.yes_no or not asks_occupation(d.question):
        return None
    jobs = [c for c in d.candidates if JOB_TOLD.search(c.text)]
    if re.search(r"\bnow\b|\bthese\s+days\b|\bnowadays\b", d.question, re.I):
        jobs = [c for c in jobs if re.search(r"\bnow\b", c.text, re.I)] or jobs
    if jobs and d.close_enough(jobs[0]):
        d.lead(jobs)
    return None

"""Wordings that deny a thing, say it has not happened yet, or say a detail was kept back."""

from __future__ import annotations

import re

NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|denied|denies|deny|refused|refuses|refuse|refusal|rejected|"
    r"rejects|reject|rejection|declined|without)\b|"
    r"n['’]t\b",
    re.I,
)


# A sentence that says the thing asked about did not happen, or has not yet: "broke off its $1.3
# billion deal", "the appeal will be heard before the end of the season". Asked what came of it
# ("how much did it end up paying"), it is no answer, but what the articles say instead.
NOT_YET = re.compile(
    r"\b(?:has yet to|have yet to|had yet to|not yet|yet to be|will be (?:heard|decided|"
    r"announced|determined|known|revealed|settled)|pending)\b",
    re.I,
)
UNSETTLED = re.compile(
    r"\b(?:broke off|break off|called off|scrapped|abandon(?:ed|s)?|cancell?ed|terminated|"
    r"walked away|pulled out|fell through|collapsed|postponed|on hold|delayed|faces? up to|"
    r"(?:could|would|can|may|might) face|faces? a maximum|"
    # "is shutting down following unsuccessful efforts to find a buyer": no buyer came of it
    r"(?:unsuccessful|failed) (?:efforts?|attempts?|bids?) to|failed to find a buyer|"
    # "NTPC was attempting to monetise its stake … by selling stake to a strategic partner"
    r"(?:is|are|was|were) (?:attempting|trying|seeking|looking|hoping|aiming|planning) to|"
    r"(?:is|are|was|were) in talks|"
    # "it will now carry out an in-depth investigation": no fine yet
    r"(?:open|opened|opens|launch|launched|launches|carry out|conduct) (?:an? )?(?:formal |"
    r"in-depth )?(?:investigation|probe|inquiry|proceedings)|under investigation|"
    # "Zamora is defending the case": no verdict yet
    r"(?:is|are|was|were) defending (?:the|a|himself|herself|themselves)|begins? (?:his|her|their) "
    r"defen[cs]e|awaiting (?:trial|sentencing|a verdict)|pleaded not guilty|trial (?:begins|is set|"
    r"will begin))\b|" + NOT_YET.pattern,
    re.I,
)
# A sentence that says the detail was kept back: "terms were not disclosed".
NOT_GIVEN = re.compile(
    r"\b(?:undisclosed|(?:was|were|is|are|been) not (?:disclosed|revealed|made public|released)|"
    r"declined to (?:say|disclose|comment|reveal)|(?:did|could|would|will)(?: not|n['’]t) "
    r"(?:disclose|reveal|say|specify))\b",
    re.I,
)

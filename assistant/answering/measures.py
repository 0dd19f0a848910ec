"""What a sentence measures a figure in: a size, a weight, a sum by the period; and the words of
a question that only look like one ("the old one", "ouija-related")."""

from __future__ import annotations

import re

OLD_ONE = re.compile(r"\b(?:the|an|my|his|her|their|its)\s+old\s+(?!(?:is|was|are|were)\b)\w+")
# The second part of a compound that only joins it to a thing: "ouija-related", "us-based"
JOINING = frozenset(
    ("related", "based", "linked", "led", "driven", "backed", "owned", "focused", "style")
)
# A sum by the period: "a week", "per year", "annually", "£200,000-a-week", "$20/hour"
RATE = re.compile(
    # (not "first in a year": a span)
    r"\b(?<!\bin\s)(?:a|an|per|each|every)\s+(?:week|month|year|yr|hour|day|game|match|season|"
    r"annum)\b|"
    r"-a-(?:week|month|year|day|game)\b|/\s?(?:week|wk|month|mo|year|yr|hour|hr|day)\b|"
    r"\b(?:weekly|monthly|yearly|annually|annual|hourly|daily|p\.?a\.?)(?=\W|$)",
    re.I,
)
# "How much was caroline ellison paid as alameda ceo": a wage, asked of one paid.
WAGE_ASKED = re.compile(
    # (not a price: "how much was paid for the house", "was the fee paid by")
    r"\b(?:was|were|is|are|be|been|being|get|gets|got|getting)\s+(?:[\w'’.-]+\s+){0,3}?paid\b"
    r"(?!\s+(?:for|to|by|out|off|back|into|up)\b)|"
    r"\b(?:salary|salaries|wages?|compensation)\b|"
    # (earned in a job: "what did caroline ellison earn as alameda ceo"; not what a film or a
    # company earns)
    r"\b(?:earn|earns|earned|earning|make|makes|made|making)\s+(?:[\w'’.-]+\s+){0,3}?as\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’.-]+\s+){0,2}?(?:ceo|coach|manager|boss|"
    r"president|chief|head|director|chair|chairman|chairwoman|captain|executive|"
    r"founder|cfo|cto|coo|commissioner|governor|minister|mayor|senator|judge|lawyer|teacher)\b",
    re.I,
)
# … given as one: "she got a $200,000 salary", "a base salary of $200,000 per year plus stock".
WAGE_SAID = re.compile(
    r"\b(?:salar(?:y|ies)|wages?|pay|paid|earn(?:s|ed|ing|ings)?|compensation|bonus(?:es)?|"
    r"income|stipend|fees?|remuneration|pay\s?packet|package)\b",
    re.I,
)
SIZE = re.compile(
    r"\d[\d,.]*[\s-]?(?:feet|foot|ft|metres?|meters?|m|km|kilometres?|kilometers?|miles?|inch(?:es)?|"
    r"cm|mm|yards?|acres?|hectares?|square|sq|storeys?|stories|litres?|liters?|gallons?)\b",
    re.I,
)
WEIGHT = re.compile(
    r"\d[\d,.]*\s?(?:g|grams?|kg|kilo(?:gram)?s?|lbs?|pounds?|ounces?|oz|tons?|tonnes?|mg|"
    r"milligrams?)\b",
    re.I,
)

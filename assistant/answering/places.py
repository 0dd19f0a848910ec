"""The countries and US states a sentence names, for "which countries …" and "what state …":
a kind of answer that is a name, told by the world's list of them rather than by the words
around it ("an important channel in France, Germany, Italy and Spain")."""

from __future__ import annotations

import re

COUNTRIES = frozenset((
    "afghanistan", "albania", "algeria", "andorra", "angola", "antigua", "argentina", "armenia",
    "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados",
    "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil",
    "britain", "brunei", "bulgaria", "burkina", "burundi", "cambodia", "cameroon", "canada",
    "chad", "chile", "china", "colombia", "comoros", "congo", "croatia", "cuba", "cyprus",
    "czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt", "england", "eritrea",
    "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia",
    "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras",
    "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy",
    "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait",
    "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein",
    "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta",
    "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia",
    "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands",
    "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palau", "palestine", "panama",
    "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
    "rwanda", "samoa", "senegal", "serbia", "seychelles", "singapore", "slovakia", "slovenia",
    "somalia", "spain", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan",
    "tajikistan", "tanzania", "thailand", "togo", "tonga", "trinidad", "tunisia", "turkey",
    "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu",
    "venezuela", "vietnam", "wales", "yemen", "zambia", "zimbabwe", "scotland"
))  # fmt: skip
# Countries of more than one word, matched whole.
COUNTRY_PHRASES = (
    "united states", "united kingdom", "south africa", "south korea", "north korea",
    "new zealand", "saudi arabia", "united arab emirates", "sri lanka", "costa rica",
    "el salvador", "ivory coast", "dominican republic", "czech republic", "papua new guinea",
    "sierra leone", "south sudan", "east timor", "cape verde", "san marino", "hong kong",
)  # fmt: skip
US_STATES = frozenset((
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon",
    "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
    "wisconsin", "wyoming"
))  # fmt: skip
US_STATE_PHRASES = (
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
    "rhode island", "south carolina", "south dakota", "west virginia",
)  # fmt: skip
# The kinds of place a question may ask for, and the names that are of each kind.
PLACE_KINDS: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "country": (COUNTRIES, COUNTRY_PHRASES),
    "countries": (COUNTRIES, COUNTRY_PHRASES),
    "nation": (COUNTRIES, COUNTRY_PHRASES),
    "nations": (COUNTRIES, COUNTRY_PHRASES),
    "state": (US_STATES, US_STATE_PHRASES),
    "states": (US_STATES, US_STATE_PHRASES),
}
CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


def places_named(sentence: str, kind: str) -> list[str]:
    """The places of `kind` ("countries") the sentence names, each as written with its capital;
    none when it is no kind of place."""
    if kind.lower() not in PLACE_KINDS:
        return []
    single, phrases = PLACE_KINDS[kind.lower()]
    found = []
    for match in CAPITALISED.finditer(sentence):
        name = match.group()
        low = name.lower()
        if low in phrases or low in single:  # (alone: "Jordan Travis" is no Jordan)
            found.append(name)
    return found

"""Figures in a sentence: what they are worth, and whether they are money or an age."""

from __future__ import annotations

import re

from assistant.answering.sentences import FRACTION, NOT_A_FIGURE, PARTS, WHOLES
from index.terms import STOPWORDS

NUMBERED = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}  # fmt: skip
# "His fifth and sixth goals of the season": an ordinal of one's own things tells how many
# of them there are by then ("the second goal came late" counts none).
OWN_ORDINAL = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z]\w*['’]s)\s+(?:(?:{'|'.join(NUMBERED)})(?:,|\s+and)\s+)?"
    rf"({'|'.join(NUMBERED)})(?:[\s-]+(?:straight|consecutive|career|ever))?\s+([a-z][\w-]*)"
)


def counted_by_ordinal(text: str) -> list[str]:
    """The things an ordinal of one's own counts ("his fifth and sixth goals": "goals")."""
    return [m.group(2) for m in OWN_ORDINAL.finditer(text)]


FIGURE = re.compile(
    r"(?<![A-Za-z])[$€£¥₹]?\d[\d,.]*(?:%|[kmb]n?\b)?|\b(?:hundreds?|thousands?|millions?|billions?|"
    r"trillions?|dozens?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|double|triple|twice)\b",
    re.I,
)
WORD = re.compile(r"[A-Za-z][\w'’]*|[$€£¥₹]?\d[\d,.]*%?|[$€£¥₹](?=\s)")
CURRENCY = re.compile(
    r"[$€£¥₹]|us\$|usd|eur|gbp|inr|rs\.?|nis|dollars?|euros?|pounds?|yuan|yen|rupees?|crores?|"
    r"cr|lakhs?|shekels?|francs?|rubles?|roubles?|kronor|krona|kroner|krone|pesos?|lira|rand|"
    r"dirhams?|riyals?|dinars?|baht|ringgit|zloty",
    re.I,
)
CENTS = frozenset(("cent", "cents", "¢"))
# Dollars named by their country after the sign: "$A82 million", "$US103 million".
DOLLAR_OF = re.compile(r"\$(?:A|AU|US|NZ|C|CA|HK|S|SG)(?=\d)")
# ("A bout worth $680,000 to him" is what he is paid: "worth" says neither.)
VALUATION = frozenset(("valued", "valuing", "valuation", "cap", "capitalization", "capitalisation"))
RATE_WORDS = frozenset(("per", "a", "an", "each", "every", "/"))
NEAR = 4  # words between a figure and the thing it counts ("28 tackles", "15,959 vehicles")
AGE_ASKED = frozenset({"old", "age", "aged", "ages"})
SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "thousand": 1e3, "million": 1e6,
          "billion": 1e9, "trillion": 1e12}  # fmt: skip


def shares_spelt(text: str) -> str:
    """The text with its parts of a whole in words as shares: "a third of the money" reads
    "33% of the money", a share as any other."""

    def share(match: re.Match[str]) -> str:
        part, whole = re.split(r"[\s-]+", match.group().lower())
        return f"{round(100 * PARTS[part] / WHOLES[whole.rstrip('s')])}%"

    return FRACTION.sub(share, text)


def figure_neighbours(sentence: str) -> set[str]:
    """The words near a sentence's figures, lower case: what its figures may be counting."""
    tokens = WORD.findall(NOT_A_FIGURE.sub(" ", sentence))
    out: set[str] = set()
    for i, token in enumerate(tokens):
        if FIGURE.fullmatch(token):
            out.update(
                w.lower()
                for w in tokens[max(0, i - NEAR) : counted_end(tokens, i)]
                if w[:1].isalpha()
            )
    return out - STOPWORDS


PARTITIVE_MORE = 3  # words further a figure may count, when a part of something ("of the")


def counted_end(tokens: list[str], i: int) -> int:
    """Where the words that may say what the figure at `i` counts end: a few words on, or a
    few more for a part of a whole ("11 of the site's largest stores")."""
    partitive = i + 1 < len(tokens) and tokens[i + 1].lower() == "of"
    # (… or a clause on the figure itself: "$450, which is a new low price")
    described = [t.lower() for t in tokens[i + 1 : i + 3]] in (["which", "is"], ["which", "was"])
    return i + NEAR + 1 + (PARTITIVE_MORE if partitive or described else 0)


def an_age(tokens: list[str], i: int) -> bool:
    """Whether the figure at `i` is someone's age: "five-year-old", "34 years old"."""
    after = [t.lower() for t in tokens[i + 1 : i + 3]]
    return len(after) == 2 and after[0] in ("year", "years") and after[1] == "old"


# Words just before a figure that make it an age: "she was 15", "aged 34", "after she turned 12".
AGE_BEFORE = frozenset(("was", "is", "aged", "age", "turned", "turning", "turns"))


def stated_age(tokens: list[str], i: int) -> bool:
    """Whether the figure at `i` is given as an age: "34 years old", "she was 15", "aged 34";
    not a money figure or a share ("was 15%")."""
    if tokens[i][:1] in "$€£¥₹" or tokens[i].endswith("%"):
        return False
    after = [t.lower() for t in tokens[i + 1 : i + 4]]
    if an_age(tokens, i) or after[:3] == ["years", "of", "age"]:
        return True
    if [t.lower() for t in tokens[max(0, i - 2) : i]] == ["age", "of"]:
        return True  # ("died at the age of 78")
    return i > 0 and tokens[i - 1].lower() in AGE_BEFORE and not in_money(tokens, i)


# An age set beside a name between commas: "Louis Brus, 80, worked at Bell Labs".
APPOSITIVE_AGE = re.compile(r"\b([A-Z][\w'’.-]*),\s+(\d{1,3}),\s+(?=[a-z])")


def ages_beside(text: str, names: frozenset[str], anyone: bool = False) -> set[str]:
    """The ages a text sets beside one of the `names` (lower case) between commas: "80" in
    "Brus, 80, worked at Bell Labs" for {"brus"}; beside any name, `anyone`."""
    return {
        m.group(2) for m in APPOSITIVE_AGE.finditer(text) if anyone or m.group(1).lower() in names
    }


def figure_value(tokens: list[str], i: int) -> float | None:
    """The value of the figure at `i`, its scale read: "$22m" and "$22 million" are 22e6."""
    # ("15%" is 15, as "15 percent" is)
    match = re.fullmatch(r"[$€£¥₹]?(\d[\d,]*(?:\.\d+)?)([a-z]*|%)", tokens[i].lower().rstrip(".,"))
    if match is None:
        return None
    number = float(match.group(1).replace(",", ""))
    scale = match.group(2) or (tokens[i + 1].lower() if i + 1 < len(tokens) else "")
    return number * SCALES.get(scale, 1.0)


def figure_values(text: str, money: bool = False) -> frozenset[float]:
    """The values of the figures a text gives ("$22m" and "$22 million" alike); of its sums of
    money only, `money`."""
    tokens = WORD.findall(DOLLAR_OF.sub("$", text))
    return frozenset(
        value
        for i, token in enumerate(tokens)
        if FIGURE.fullmatch(token)
        and (not money or in_money(tokens, i))
        and (value := figure_value(tokens, i)) is not None
    )


def in_money(tokens: list[str], i: int) -> bool:
    """Whether the figure at `i` is money: "$1.1", "Rs 24.75 Cr", "5 million euros"."""
    if tokens[i][:1] in "$€£¥₹":
        return True
    # (a currency named by its country: "11 million Swedish kronor")
    near = tokens[max(0, i - 1) : i] + tokens[i + 1 : i + 4]
    if any(CURRENCY.fullmatch(w) for w in near if not _a_weight(tokens, i, w)):
        return True
    # "52 cents a share", "a four-cent-per-query cost"; not "25 per cent"
    after = [w.lower() for w in tokens[i + 1 : i + 3]]
    return bool(after) and after[0] in CENTS


def _a_weight(tokens: list[str], i: int, word: str) -> bool:
    """Whether "pounds" after a figure weighs: with tenths ("at 4.7 pounds"), or said of a
    weight ("weighs 3.3 pounds", "a 250-pound lineman"); "£5m" and "5 million pounds" are money."""
    if word.lower() not in ("pound", "pounds", "lb", "lbs"):
        return False
    j = i + 1
    while j < len(tokens) and re.fullmatch(r"\d[\d.,]*", tokens[j]):  # ("4.7/4.8 pounds")
        j += 1
    if tokens[j : j + 1] != [word]:  # ("4.5 million pounds": money, whatever is near)
        return False
    if re.fullmatch(r"\d+\.\d", tokens[i]):
        return True
    # (one made an adjective, many in the singular: "the 154-pound division", "a 250-pound
    # lineman"; money is "154 pounds")
    if word.lower() == "pound" and tokens[i].replace(",", "") not in ("1", "1.0"):
        return True
    around = {w.lower() for w in tokens[max(0, i - 4) : i + 4]}
    return bool(around & WEIGHING)


# (not "weighing", as often a thought over: "weighing a 40 million pounds rescue package")
WEIGHING = frozenset(
    ("weigh", "weighs", "weighed", "weight", "heavy", "heavier", "light", "lighter", "lbs", "kg",
     "kilograms", "ounces", "oz", "division", "middleweight", "welterweight", "heavyweight")
)  # fmt: skip

SAME_SUM = 0.05  # sums this close are one, rounded ("$69bn" for "$68.7 billion")


def same_sum(a: tuple[str, float], b: tuple[str, float]) -> bool:
    """The same sum in the same money, rounded either way."""
    (money_a, a_value), (money_b, b_value) = a, b
    # (a bare "$" may be any country's dollar)
    dollars = money_a.endswith("$") and money_b.endswith("$") and "$" in (money_a, money_b)
    same_money = money_a == money_b or dollars
    return same_money and abs(a_value - b_value) <= SAME_SUM * max(a_value, b_value)


# A sum with its money: "£80m", "A$82m", "$A82 million", "80 million pounds".
SUM = re.compile(
    r"(?P<sign>(?:A|AU|US|NZ|C|HK)?[$€£¥₹](?:A|AU|US|NZ|C|HK)?)\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<scale>k|m|mn|b|bn|thousand|million|billion|trillion)?\b"
    r"|(?P<n2>\d[\d,]*(?:\.\d+)?)\s*(?P<scale2>thousand|million|billion|trillion|m|bn)?\s*"
    r"(?P<word>dollars|pounds|euros|yen|rupees)\b",
    re.I,
)
MONEY_OF = {"$": "$", "€": "€", "£": "£", "¥": "¥", "₹": "₹", "dollars": "$", "pounds": "£",
            "euros": "€", "yen": "¥", "rupees": "₹"}  # fmt: skip


def money_sums(text: str) -> set[tuple[str, float]]:
    """The sums of money a text gives, each with its money ("A$" and "$A" alike)."""
    out = set()
    for m in SUM.finditer(text):
        if m.group("sign"):
            sign = m.group("sign").upper()
            country = sign.replace("$", "").strip("€£¥₹")
            money = country + "$" if "$" in sign else MONEY_OF.get(sign[-1], "")
            number, scale = m.group("n"), m.group("scale")
        else:
            money = MONEY_OF[m.group("word").lower()]
            number, scale = m.group("n2"), m.group("scale2")
        value = float(number.replace(",", "")) * SCALES.get((scale or "").lower(), 1.0)
        out.add((money, value))
    return out

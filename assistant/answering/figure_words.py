"""Words for the figures a question asks of and the things they count: money, prices, shares,
people by what they are and by a headcount, crowds and audiences, sums got and paid."""

from __future__ import annotations

from assistant.answering.focus import PEOPLE_WORDS
from assistant.answering.sentences import answer_stem
from assistant.answering.slot_words import SHARE_NOUNS

# What asks for an amount of money rather than of a thing.
MONEY_ITSELF = frozenset(("money", "cash", "dollars"))
PRICE_ITSELF = frozenset(("price", "prices", "cost", "costs"))
SHARE_ITSELF = frozenset(SHARE_NOUNS) | {"pct"}  # ("shares" of stock are things counted)
# "what's the figure", "what's the number": the figure itself, no thing counted
FIGURE_ITSELF = frozenset(("figure", "figures", "total", "amount", "sum", "number", "count"))
NEWS_NOUNS = frozenset(("report", "reports", "article", "articles", "source", "sources", "news"))
NOW_WORDS = frozenset(answer_stem(w) for w in ("new", "latest", "current", "newest"))
# Words for a number more than some before, any of which says the others.
ADDED = frozenset(
    answer_stem(w) for w in ("extra", "additional", "more", "further", "added", "another")
)
# What a business takes in or owes, which is no price paid for it.
NOT_A_PRICE = frozenset(
    ("revenue", "revenues", "sales", "turnover", "profit", "profits", "earnings", "debt", "debts",
     "loss", "losses")
)  # fmt: skip
# Sums paid as a punishment, which are no price.
PENALTIES = frozenset(
    ("fine", "fines", "fined", "penalty", "penalties", "damages", "restitution", "forfeit",
     "forfeiture")
)  # fmt: skip
# Measures a phrase may name ("discount rate", "ticket price"), whose figure is said beside them.
MEASURE_HEADS = frozenset(
    ("rate", "rates", "margin", "margins", "yield", "yields", "return", "returns", "price",
     "prices", "cost", "costs")
)  # fmt: skip
# Words that tell of a sale or a payment.
PAYING = frozenset(
    ("pay", "paid", "pays", "paying", "buy", "bought", "buys", "sell", "sold", "sells", "sale",
     "deal", "price", "priced", "cost", "costs", "fetch", "fetched", "acquire", "acquired",
     "acquisition", "bid", "offer", "offered", "purchase", "purchased")
)  # fmt: skip
# Units that measure a substance, which "how much water" or "how much aluminium" asks for.
QUANTITY_UNITS = frozenset({
    "liters", "litres", "liter", "litre", "gallons", "gallon", "barrels", "barrel", "tons",
    "tonnes", "ton", "tonne", "kilograms", "kg", "grams", "pounds", "lbs", "ounces", "oz",
    "cubic", "megawatts", "gigawatts", "kilowatts", "mw", "gw", "kwh", "mwh", "gwh", "twh",
})  # fmt: skip
# Room a thing takes, which "how much room" asks for in a length ("18 inches").
SPACE_NOUNS = frozenset(("room", "space", "distance", "ground", "clearance", "headroom"))
LENGTHS = frozenset(
    ("inch", "inches", "in", "foot", "feet", "ft", "yard", "yards", "yds", "meter", "meters",
     "metre", "metres", "m", "centimeters", "centimetres", "cm", "millimeters", "millimetres",
     "mm", "mile", "miles", "kilometers", "kilometres", "km", "square")
)  # fmt: skip
# People counted by what they are ("how many staff did epic cut": "830 people") or by a
# headcount ("how many players did he call up": "a 36-man squad"). ("How many people" is not
# read as any word for people near a figure: "70% of its viewers", "fans" at another game.)
PEOPLE = PEOPLE_WORDS
PEOPLE_COUNTED = PEOPLE | frozenset(
    ("fans", "spectators", "attendees", "visitors", "residents", "voters", "users", "members",
     "workers", "employees", "staff", "players", "passengers", "patients", "students",
     "children", "adults", "victims", "participants", "subscribers", "customers", "viewers",
     "listeners", "supporters", "troops", "soldiers", "civilians", "migrants", "refugees",
     "protesters", "men", "women")
)  # fmt: skip
HEADCOUNT = frozenset(("man", "woman", "member", "person", "strong"))  # "a 36-man squad"
# … of the people a squad, a crew or a force is made of (not "how many fans": "a 36-man squad";
# any crowd counted "3,000-strong")
IN_A_SQUAD = frozenset(
    ("players", "members", "staff", "workers", "employees", "troops", "soldiers", "men", "women",
     "crew", "officers", "delegates", "athletes", "riders", "drivers")
)  # fmt: skip
# People counted by other words for the same ones: "how many staff did they let go": "laid off
# 300 workers"; "how big was the crowd": "in front of 80,065 fans".
# Words for people who may be anyone, counted as "people": "110,000 participants".
ANYONE_COUNTED = frozenset(
    ("participants", "individuals", "adults", "respondents", "residents", "citizens",
     "inhabitants")
)  # fmt: skip
# Words that ask of the dead or hurt: "how many people died".
DYING = frozenset(
    ("died", "die", "dies", "dead", "killed", "kill", "perished", "deaths", "injured", "wounded",
     "hurt")
)  # fmt: skip
# Words a count of anything may be told in: "sold 5 million units", "scored 15 times".
COUNTERS = frozenset(("units", "copies", "pieces", "items", "times", "pairs", "sets", "more"))
CROWD = frozenset(("crowd", "fans", "spectators", "attendees", "attendance", "supporters"))
COUNTED_ALIKE = (
    frozenset(("staff", "staffers", "workers", "employees", "jobs", "workforce", "headcount")),
    CROWD,
)
# What people do who make a crowd: "how many people showed up", "… attended".
ATTENDING = frozenset(
    ("attend", "attended", "attending", "showed", "turned", "came", "watched", "packed", "filled")
)
# … and who watch a broadcast: "how many people tuned in": "27m viewers".
VIEWING = frozenset(("watch", "watched", "watching", "tuned", "viewed", "streamed", "saw"))
AUDIENCE = frozenset(("viewers", "viewership", "audience", "watchers", "households"))
# … and who get a newsletter, a paper, a feed: "how many ppl get their newsletter": "lands in
# more than 64,000 subscriber inboxes".
RECEIVING = frozenset(
    ("get", "gets", "receive", "receives", "read", "reads", "subscribe", "subscribed", "follow",
     "follows", "sign", "signed", "reach", "reaches", "reached", "sent", "delivered")
)  # fmt: skip
READERSHIP = frozenset(
    ("subscribers", "subscriber", "readers", "readership", "inboxes", "subscriptions",
     "followers", "sign-ups", "signups")
)  # fmt: skip

# Sums named by what someone gets ("the winner's payout"), which a sentence gives by the
# getting: "wins $50,000", "pocketed £2m".
SUMS_GOT = frozenset(
    ("payout", "payouts", "prize", "purse", "winnings", "salary", "wage", "wages", "pay",
     "bonus", "earnings")
)  # fmt: skip
GETTING = frozenset(
    ("win", "wins", "won", "earn", "earns", "earned", "get", "gets", "got", "receive",
     "receives", "received", "pocket", "pockets", "pocketed", "collect", "collects",
     "collected", "takes", "took", "paid", "bagged", "netted")
)  # fmt: skip

# … and sums named by what is paid ("the fee"), which a sentence gives by the paying: "forked
# out £42.5m", "in a deal worth around $82 million".
SUMS_PAID = frozenset(("fee", "fees", "price", "cost", "sum", "transfer"))
PAYING_OUT = frozenset(
    ("pay", "pays", "paid", "paying", "forked", "forking", "shelled", "spent", "spend", "spends",
     "splashed", "deal", "worth", "bought", "signed", "sold", "cost", "costs")
)  # fmt: skip
# Things counted by other words for the same ones, anywhere near the figure, that the encoder
# does not take as one ("tracks" has other senses): "how many tracks": "10 of her husband's
# songs". ("Cars" and "vehicles" it does.)
THINGS_ALIKE = (
    frozenset(("songs", "tracks", "singles")),
    frozenset(("firms", "companies", "businesses")),
    # ("how many of those games has klopp lost": "one of his 17 encounters with Everton")
    frozenset(("games", "matches", "meetings", "encounters", "fixtures", "clashes", "derbies",
               "contests", "bouts", "fights")),
)  # fmt: skip
# Words that rate the thing counted, which a sentence may rate in other words: "how many big
# tech companies": "15 major American technology companies".
RATED = frozenset(
    answer_stem(w) for w in ("big", "large", "major", "huge", "leading", "main", "key")
)
# … nor the bound asked of it, which a sentence gives as "up to" or "at most": "the biggest fine
# X could face" is answered by "fines of up to 6% of global annual turnover"
BOUNDS = frozenset(
    answer_stem(w)
    for w in ("biggest", "largest", "highest", "maximum", "max", "greatest", "smallest", "lowest",
              "minimum", "min")
)  # fmt: skip

# Money raised from backers ("how much has it raised"), told by a raising or a funding …
RAISING = frozenset(("raise", "raised", "raises", "raising"))
FUNDING = frozenset(
    ("raise", "raised", "raises", "raising", "funding", "funded", "fundraise", "fundraising",
     "round", "investment", "investments", "invested", "investors", "backed", "backing",
     "backers", "secured", "capital", "seed", "series", "valuation", "valued", "financing",
     "crowdfunding", "pledged", "donations", "donated", "brought", "collected", "hauled",
     "amassed", "took", "pulled", "garnered", "netted", "drew", "attracted")
)  # fmt: skip
# … not a price, a rate or a wage raised ("how much did netflix raise prices").
RAISED_OTHERWISE = frozenset(
    ("price", "prices", "rate", "rates", "fee", "fees", "wage", "wages", "salary", "salaries",
     "tax", "taxes", "cost", "costs", "pay", "rent", "rents", "fares", "limit", "cap")
)  # fmt: skip

# Words asking how much a sum changes ("how much would that knock off the value").
CHANGED = frozenset(
    ("fall", "fell", "falls", "drop", "dropped", "drops", "rise", "rose", "rises", "grow", "grew",
     "grows", "cut", "reduce", "reduced", "reduces", "knock", "knocked", "slash", "slashed",
     "increase", "increased", "decrease", "decreased", "jump", "jumped", "climb", "climbed",
     "slide", "slid", "plunge", "plunged", "soar", "soared", "shrink", "shrank", "decline",
     "declined", "sink", "sank", "lower", "lowered", "wipe", "wiped")
)  # fmt: skip


# Charges that are often a share of what they are charged on.
CHARGED_AS_SHARE = frozenset(
    ("fee", "fees", "commission", "commissions", "tax", "taxes", "royalty", "royalties",
     "surcharge", "tariff", "tariffs", "levy", "markup", "fine", "fines", "penalty", "penalties")
)  # fmt: skip


# Groups of people, whose size a figure after "of" gives: "a team of roughly a dozen".
GROUPS = frozenset(("team", "staff", "workforce", "crew", "squad", "group", "headcount"))

"""The account a question cites ("what did Reuters say about it", "according to bloomberg"):
which names it cites, and which sentences come from articles that name them.

`assistant.attribution` reads the names from the question; this module weighs them against the
passages. A store outlet named so is left to the outlet checks (not a source that only shares a
word with one: "bbc sport", of a store holding BBC News sections); a word the articles write in
lower case ("the latest data", "experts") cites nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from urllib.parse import urlparse

from assistant.answering.candidates import Candidate
from assistant.answering.wording import INFORMAL
from assistant.attribution import cited_sources, cites, without_document, written_as_name
from assistant.outlet_names import aliases, named_outlets
from assistant.types import Passage
from index.terms import fold_accents


def cited_account(
    question: str,
    candidates: Sequence[Candidate],
    passages: Sequence[Passage],
    outlets: Callable[[], list[str]],
    texts_with: Callable[[str], list[str]] = lambda word: [],
) -> tuple[list[str], list[Candidate]]:
    """The names the question cites, and the candidates (in their order) from articles that
    name them all. A sentence counts by its article, as read: "We only get 5% of the media" in
    an interview headed "Billie Jean King sees progress …"; a forecast a paragraph after "S&P
    Global Market Intelligence said". A name counts when the passages write it as one, or the
    store's texts holding its last word do (`texts_with`: "der spiegel", which no passage on
    the match cites). Some word of it must be a name: the passages write the whole with
    capitals, or the store writes its last word capitalised most of the time, or not at all
    ("BBC", "Spiegel"; not "according to collected information")."""
    texts = [fold_accents(p.text) for p in passages]  # ("mekic" is Danny Mekić)
    # (an outlet's piece is the outlet's, "cnbc inside story"; another document is its
    # source's: "the sbf indictment" is SBF's)
    cited = [
        name
        for name in (
            without_document(n)
            for n in cited_sources(question)
            if not is_store_outlet(n, outlets())
        )
        if name
        and (written_as_name(name, texts) or _store_writes_as_name(name, texts_with))
        and (
            _capitalised_in(name, texts)
            # (its last word a name: "der spiegel"; not "eu objections", a thing of the EU's)
            or _name_in_store(name.split()[-1], texts_with(name.split()[-1].lower()))
        )
    ]
    if not cited:
        return [], []
    articles = {
        p.article_id
        for p in passages
        if all(cites(f"{p.title} {p.text}", n) or hosted_by(p.url, n) for n in cited)
    }
    return cited, [c for c in candidates if passages[c.passage].article_id in articles]


def hosted_by(url: str | None, name: str) -> bool:
    """Whether an article's address is the source's site: "the athletic piece" is one at
    theathletic.com, whatever outlet the store files it under."""
    host = (urlparse(url).hostname or "") if url else ""
    joined = re.sub(r"[^a-z0-9]", "", name.lower())
    return len(joined) >= MIN_HOSTED and joined in host.removeprefix("www.").split(".")[0]


MIN_HOSTED = 4  # letters of a name looked for in a site's address ("ft" is in too many)


def _capitalised_in(name: str, texts: Sequence[str]) -> bool:
    """Whether a text writes the name with capitals ("Collected Information", "SBS"; not
    "collected information")."""
    words = (w[:1].upper() + "(?i:" + re.escape(w[1:]) + ")" for w in name.split())
    pattern = r"\b" + r"\s+".join(words) + r"\b"
    return any(re.search(pattern, text) for text in texts)


def _name_in_store(word: str, texts: Sequence[str]) -> bool:
    """Whether the store writes a word as a name: capitalised most of the time, or nowhere at all
    (a source no article mentions, "reuters" on a store of two pieces; the texts may hold only
    another form of it)."""
    upper, lower = _capitals(word, texts)
    return upper + lower == 0 or upper > lower


def _capitals(word: str, texts: Sequence[str]) -> tuple[int, int]:
    """How many times the texts write a word with a capital, and without, inside a sentence."""
    upper = lower = 0
    for text in texts:
        for match in re.finditer(r"(?<![\w'’])" + re.escape(word) + r"(?![\w'’])", text, re.I):
            if re.search(r"(?:^|[.!?:\n]\s*)$", text[: match.start()]):
                continue  # capitalised by its place
            upper += match.group()[0].isupper()
            lower += match.group()[0].islower()
    return upper, lower


def _store_writes_as_name(name: str, texts_with: Callable[[str], list[str]]) -> bool:
    """Whether the store's texts that hold the name's last word write it as a name (some
    must hold it: a name no text mentions is no evidence)."""
    texts = texts_with(name.split()[-1].lower())
    return bool(texts) and written_as_name(name, texts)


PIECE_WORDS = frozenset(
    ("the", "piece", "article", "story", "report", "reporting", "preview", "review", "take",
     "coverage", "column", "op-ed", "editorial", "interview", "podcast", "analysis", "list",
     "write-up", "writeup", "blog", "live", "feature", "explainer", "recap", "roundup",
     "round-up", "wrap", "rundown", "breakdown", "guide", "newsletter", "update", "updates",
     "liveblog", "profile", "obituary", "opinion", "mailbag", "ratings",
     "rankings", "grades")
)  # fmt: skip


def is_store_outlet(name: str, outlets: list[str]) -> bool:
    """Whether a cited name is a store outlet, by its name or what people call it ("the
    independent", "nyt"): every word of it is one of the outlet's."""
    # (a word for the piece is no part of the name: "guardian preview", "fox piece")
    # (shorthand as typed: "zee biz" for Zee Business)
    typed = [INFORMAL.get(w, w) for w in re.findall(r"[\w.&'’-]+", name.lower())]
    words = {w for w in typed if w not in PIECE_WORDS}
    # (… and an outlet's piece on a topic: "the smh asx preview"; not "bbc sport", another
    # outlet than the store's BBC News sections)
    piece = bool(typed) and typed[-1] != "the" and typed[-1] in PIECE_WORDS
    first = next((w for w in typed if w != "the"), "")
    for outlet in named_outlets(" ".join(typed), outlets, any_mention=True):
        known = {
            w.lower()
            for form in [outlet, *aliases(outlet)]
            for w in re.findall(r"[\w.&'’-]+", form)
        }
        if words <= known or (piece and first in known):
            return True
    return False


# "What did mahomes say about the no-call", "what's musk's take on it": what is asked is what
# they said, not what an article naming them says.
ASKS_WHAT_WAS_SAID = re.compile(
    r"^(?:so\s+|and\s+)?what\s+(?:did|does|do|has|have|had)\s+.+?\s+(?:say|said|think|thought|"
    r"write|tweet|post|claim|tell)\b|^what(?:'s|’s|s|\s+is|\s+was)\s+.+?['’]s\s+(?:take|view)\b",
    re.I,
)
# Verbs a source's own words come with.
SAYING = (
    r"said|says|say|told|tells|tweeted|wrote|writes|posted|added|adds|explained|explains|stated|"
    r"admitted|admits|claimed|claims|insisted|insists|argued|argues|noted|notes|announced|warned|"
    r"believes|thinks|described|called|responded|replied|commented|acknowledged|conceded|"
    r"revealed|suggested|stressed|emphasi[sz]ed|recalled|joked|reported|reports|asked|"
    r"express(?:ed|es)|voiced|urged|proposed|offered|pointed out|signall?ed|hinted|vowed|"
    r"promised|pledged|predicted|denied|denies|confirmed|confirms|critici[sz]ed|praised|"
    r"slammed|blamed|accused|defended|dismissed|questioned|agreed|disagreed|apologi[sz]ed|"
    r"wants|wanted|hopes|hoped|feels|felt|thought|speaking|spoke|insisting|saying|telling|"
    r"mentioned|mentions|remarked|underlined|highlighted|outlined|estimated"
)
# A role said in place of the name, once the article has named them: "the Russian leader
# emphasized", "the chief executive told analysts".
ROLES = (
    r"leader|president|premier|minister|chancellor|ceo|chief|chair|chairman|chairwoman|founder|"
    r"co-founder|boss|executive|spokesman|spokeswoman|spokesperson|manager|coach|head|governor|"
    r"senator|secretary|director|official|economist|analyst|investor|star|player|king|queen|"
    r"prince|pope|mayor|judge|general|commander|envoy|ambassador|owner|billionaire|entrepreneur"
)


def in_their_words(
    candidates: Sequence[Candidate], passages: Sequence[Passage], cited: Sequence[str]
) -> list[Candidate]:
    """The candidates that give what the cited said: a sentence in which each of them says
    something ("Musk said", "said Tesla CEO Elon Musk", "according to Reuters"), or "he said"
    after a sentence naming them."""
    return [c for c in candidates if all(_says_it(c, name) for name in cited)]


def _says_it(c: Candidate, name: str) -> bool:
    last = re.escape(name.split()[-1])
    speaker = (
        rf"\b{last}\b(?!['’]s)(?:\W+[\w'’-]+){{0,4}}?\W+(?:{SAYING})\b|"
        rf"\b(?:{SAYING})\W+(?:[\w'’-]+\W+){{0,3}}?{last}\b|"
        rf"according to\W+(?:[\w'’-]+\W+){{0,3}}?{last}\b"
    )
    if re.search(speaker, c.text, re.I):
        return True
    pronoun = (
        rf"\b(?:he|she|they)\W+(?:[\w'’-]+\W+){{0,2}}?(?:{SAYING})\b|"
        rf"\bthe\W+(?:[\w'’-]+\W+){{0,2}}?(?:{ROLES})\W+(?:[\w'’-]+\W+){{0,1}}?(?:{SAYING})\b"
    )
    return bool(re.search(pronoun, c.text, re.I)) and cites(c.before, name)

"""The corpus's words as a question meets them: which of its words no article holds, which are
ordinary English, and how a slip of the keys was meant."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answering import respelling
from assistant.answering.respelling import TYPO_LENGTH
from assistant.answering.sentences import (
    IRREGULAR,
    PERIOD_WORDS,
    name_phrases,
    word_pattern,
)
from assistant.answering.specifics import ALSO_CALLED, NICKNAME, apposed, contracts
from assistant.answering.wording import (
    ASIDES,
    common_slips,
    expand_abbreviations,
    is_typo_of_known,
    other_spellings,
    typo_neighbours,
)
from assistant.answering.written_forms import (
    joined,
    name_form,
    written_alone,
)
from index.terms import STOPWORDS, content_words, family, fold_accents, related_forms

NAME_TYPO_LENGTH = 9  # … and names this long, one edit from any of the articles' words
NAME_STEM_LENGTH = 5  # a name's other form held as a name by the store, this long at least
# Endings that make other forms of an ordinary word: valuing/value, explainer/explain.
INFLECTIONS = [
    ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("er", ""),
    ("ers", ""), ("er", "e"), ("ly", ""), ("ies", "y"), ("ied", "y"), ("ness", ""), ("ment", ""),
    ("ship", ""), ("ships", ""), ("ism", ""), ("ist", ""), ("ists", ""), ("ity", ""), ("ful", ""),
    ("less", ""), ("ation", "e"), ("ation", ""), ("al", ""), ("ic", ""), ("ier", "y"),
    ("iest", "y"), ("est", ""), ("est", "e"),
]  # fmt: skip


def past_bases(word: str) -> list[str]:
    """A word and, if it may be a verb's past form, the forms it may come from (`INFLECTIONS`,
    a doubled last letter, `IRREGULAR`): "sacked": "sack"; "hired": "hire"; "banned": "ban";
    "bought": "buy"."""
    if word in IRREGULAR:
        return [word, IRREGULAR[word]]
    if not (word.endswith("ed") and len(word) > 4):
        return [word]
    forms = [word]
    forms += [
        word[: -len(end)] + repl
        for end, repl in INFLECTIONS
        if end in ("ed", "ied") and word.endswith(end)
    ]
    if word[-3] == word[-4]:
        forms.append(word[:-3])
    return forms


def has_other_forms(word: str, common: frozenset[str]) -> bool:
    """Whether the ordinary vocabulary holds the word in another form (`INFLECTIONS`): a plural,
    a verb's forms, a derived word ("galleries", "parked"), or the word it is a form of
    ("stallion"), as it holds few for a name it learnt ("putin", "london")."""
    return (
        any(
            (word[: len(word) - len(repl)] if repl else word) + ending in common
            for ending, repl in INFLECTIONS
            if word.endswith(repl)
        )
        or form_of_common(word, common)  # (… or is itself a form of one: "stallions")
    )


def form_of_common(word: str, common: frozenset[str]) -> bool:
    """Whether the word is a form (`INFLECTIONS`) of an ordinary word: "stallions", "valuing"."""
    return any(
        word.endswith(ending)
        and len(word) - len(ending) >= 3
        and word[: -len(ending)] + repl in common
        for ending, repl in INFLECTIONS
    )


# "why'd", "they've": a word with its verb run on is no name.
CONTRACTION = re.compile(r"(?:['’](?:d|s|ll|ve|re|m)|n['’]t)$")
# A contraction typed without its apostrophe: "didnt", "wasnt", "wont", "cant".
BARE_CONTRACTION = re.compile(
    r"(?:did|does|do|is|was|were|are|has|have|had|could|would|should|must|need|wo|ca|ai)nt"
)


PARTICIPLE = re.compile(
    r"\b(?:get|gets|got|getting|gotten|be|been|being|was|were|is|are)\s+([a-z]{3,}(?:ed|en))\b"
    # … or doing something to a thing: "talks about enlarging its rescue program"
    r"|\b([a-z]{3,}ing)\s+(?:its|the|a|an|their|his|her|our|my|your|this|that|these|those)\b"
    # … or what one means to do: "only meant to nudge output" (not "a trip to doha")
    r"|\b(?:mean|means|meant|want|wants|wanted|plan|plans|planned|planning|going|try|tries|"
    r"tried|trying|able|need|needs|needed|used|hope|hopes|hoped|intend|intends|intended|aim|"
    r"aims|aimed|expect|expects|expected|decide|decides|decided|agree|agrees|agreed|refuse|"
    r"refuses|refused|promise|promises|promised|threaten|threatens|threatened|seek|seeks|"
    r"sought|ready|willing|likely)\s+to\s+([a-z]{3,})\b"
)


NAMED_OFTEN_LENGTH = 6  # letters of a name, beyond those of most short forms ("bofa", "utd")
# Words for anyone or anything ("who else reported it"), which a small store may never write:
# nothing the articles must hold.
INDEFINITE = frozenset(
    ("else", "elsewhere", "another", "anyone", "anybody", "anything", "someone", "somebody",
     "something", "everyone", "everybody", "everything", "nobody", "nothing",
     # … and words that set one aside ("who reported it besides trt world")
     "besides", "except", "apart", "aside", "other", "others")
)  # fmt: skip


# The prefix that makes a verb done again of another ("rehire", "reinstate").
INITIALS = re.compile(r"(?:[A-Z]\.)+|St\.")  # "N.Y. Jets", "St. Louis"
AGAIN = "re"
AGAIN_ROOT = 4  # letters of the verb it goes before ("rehire"; not "redfin")
CLIPPED_LENGTH = 4  # "tech" of "technology": a clipped word, and as much again clipped off


class CorpusWords:
    """The store's vocabulary (`document_frequency`) beside ordinary English (`common`)."""

    def __init__(
        self,
        document_frequency: Callable[[str], int],
        common: frozenset[str] = frozenset(),
        words_starting: Callable[[str], list[str]] | None = None,
        unaccented: Callable[[str], bool] | None = None,
        texts_with: Callable[[str], list[str]] | None = None,
    ) -> None:
        self.document_frequency = document_frequency
        self.texts_with = texts_with or (lambda word: [])
        self._names: dict[str, str] = {}
        self._openings: dict[str, frozenset[str]] = {}
        self._alone: dict[str, str] = {}  # (`name_alone` and `named_often`, each read once)
        self._often: dict[str, bool] = {}
        self._verbs: dict[str, bool] = {}  # (`used_as_verb`, read once a word)
        self._apart: dict[str, str | None] = {}  # (`_written_apart`, read once a word)
        # Ordinary English words (see `wording.common_words`); empty: only capitalised names
        # and numbers count as specifics.
        self.common = common
        # the store's words (stems) a prefix starts: "juventus" for "juve"
        self.words_starting = words_starting or (lambda prefix: [])
        self.unaccented = unaccented or (lambda word: False)

    def unknown_specifics(self, question: str, known: frozenset[str] = frozenset()) -> list[str]:
        """Names and numbers in the question that no article contains at all, or every word of a
        question none of whose words any article contains.

        A question about someone or something the corpus never mentions ("France", "2024 Super
        Bowl") cannot be answered from it, however well the rest of the question matches. Common
        words are left to the coverage score: the articles may phrase them differently. `known`
        words count as found: what the articles' metadata says (a publication date the question
        names). Another form of a word counts too: "European" for an article on "Europe".
        """
        question = expand_abbreviations(question)
        words = [w for w in content_words(question) if w not in ASIDES and w not in INDEFINITE]
        unknown = {t for t in words if t not in known and not self.in_corpus(t)}
        missing = []
        for phrase in name_phrases(question):
            found = [w for w in content_words(phrase) if w not in known]
            # (a name after a first name is a last name, no pet form: "Andy Jassy" is not
            # "Jassim")
            last = [w for w in found[1:] if not self.in_corpus(w, pets=False)]
            if any(w in unknown for w in found) or last:
                missing.append(phrase)
        named = {w for phrase in missing for w in content_words(phrase)}
        # A word typed in lower case that is no ordinary word and no article holds: a name
        # ("how much did vinted raise"), however it is typed.
        # (a verb's participle is no name: "get bonked", "was clobbered")
        done_to = {w for pair in PARTICIPLE.findall(question.lower()) for w in pair if w}
        missing += [
            w
            for w in words
            if w in unknown and w not in named and w not in done_to and self.rare(w)
        ]
        # … and an ordinary word set out as a name by what follows it: "rainforest, the payments
        # startup"
        missing += [w for w in apposed(question) if w in unknown and w not in missing]
        if words and set(words) <= unknown | known and not any(map(self.in_corpus, words)):
            # Nothing the question says is in any article ("And the copper?" after a question
            # on aluminium): the earlier turn's words would answer it, wrongly. (A verb's form
            # names no thing: "n what changed that?", in a small store that never says it; a
            # word of an outlet's name the articles say too is in them: "stream", of "Stream
            # Desk", for "when did that stream happen".)
            things = [w for w in words if w in unknown and not self.verb_form(w)]
            return missing or things
        return missing

    def verb_form(self, word: str) -> bool:
        """An ordinary word's -ed or -ing form ("changed", "happening")."""
        return any(
            word.endswith(ending) and word[: len(word) - len(ending)] + repl in self.common
            for ending, repl in INFLECTIONS
            if ending in ("ed", "ing")
        )

    def absent_words(self, question: str, known: frozenset[str] = frozenset()) -> list[str]:
        """The question's words that no article holds in any form, nor as the clipped start of
        a longer word ("high tech goods", where the article says "high-technology goods")."""
        words = content_words(expand_abbreviations(question))
        return [
            w
            for w in words
            if w not in known | ASIDES
            and CONTRACTION.sub("", w) not in STOPWORDS  # (not "they'd", "it'll")
            and not self.in_corpus(w)
            and not self._clipped(w)
        ]

    def _clipped(self, word: str) -> bool:
        return (
            len(word) >= CLIPPED_LENGTH
            and self.ordinary(word)
            and any(len(w) >= len(word) + CLIPPED_LENGTH for w in self.words_starting(word))
        )

    def rare(self, word: str) -> bool:
        """No ordinary word, no number ("20k"), and no short form of an article's word
        ("juve" for "juventus")."""
        if not self.common or any(c.isdigit() for c in word) or self.ordinary(word):
            return False
        # (the start of a name, not of any word: "juve", not "shou" for "should"; or a name cut
        # short in its middle, "barca" for "Barcelona")
        if len(word) >= 4 and any(self.name(w) for w in self.words_starting(word)):
            return False
        return not any(contracts(word, self.name(w)) for w in self.words_starting(word[:4]))

    def ordinary(self, word: str) -> bool:
        """An ordinary word, or a form or slip of one ("valuing", "explainer", "acording")."""
        common = self.common
        word = CONTRACTION.sub("", word)
        if BARE_CONTRACTION.fullmatch(word):
            return True
        if word in common or fold_accents(word) in common or word in STOPWORDS or word in ASIDES:
            return True
        if any(other in common for other in other_spellings(word)):
            return True  # "vapour", "organise"
        if form_of_common(word, common):
            return True
        if any(other in STOPWORDS for other in typo_neighbours(word)):
            return True
        if len(word) >= 4 and any(other in common for other in common_slips(word)):
            return True  # "efects"
        if joined(word, common):
            return True  # "shakeup": a verb and its particle typed as one
        root = word[len(AGAIN) :].lstrip("-") if word.startswith(AGAIN) else ""
        if len(root) >= AGAIN_ROOT and root in common and self.used_as_verb(root):
            return True  # "rehire": a verb the store uses, done again
        if root in IRREGULAR:
            return True  # "reran", "retook": a verb's past, done again
        return len(word) >= TYPO_LENGTH and is_typo_of_known(word, common.__contains__)

    def verb_like(self, word: str) -> bool:
        """Whether a word is a verb by the store's use, its form, or the verb it prefixes:
        "rehire", of "hire", which the store uses as one."""
        if self.used_as_verb(word) or self.verb_form(word):
            return True
        root = word[len(AGAIN) :].lstrip("-") if word.startswith(AGAIN) else ""
        return len(root) >= AGAIN_ROOT and self.used_as_verb(root)

    def used_as_verb(self, word: str) -> bool:
        """Whether the store writes the word as a verb somewhere: with a verb's ending, after
        "to" or after one who does it ("banned", "to ban", "he quit"; never "isped" or "to
        isp")."""
        w = re.escape(word)
        stem = re.escape(word[:-1]) if word.endswith("e") else w
        forms = re.compile(
            rf"\b(?:{w}(?:ed|ing|d)|{stem}ing|{w}{re.escape(word[-1:])}(?:ed|ing)|"
            rf"(?:to|he|she|they|we|who|will|would|could|should|must|did|never|(?:didn|won|can)['’]t)"
            rf"\s+{w})\b",
            re.I,
        )
        if word not in self._verbs:
            # (the texts that hold its past form too: those holding the word as typed come first)
            past = f"{word}d" if word.endswith("e") else f"{word}ed"
            texts = [*self.texts_with(word), *self.texts_with(past)]
            self._verbs[word] = any(forms.search(text) for text in texts)
        return self._verbs[word]

    def name(self, word: str) -> str:
        """The word as the articles write it when they write it as a name, capitalised nearly
        every time it does not open a sentence, across the store ("Qatar", "Andrea"; not "kick",
        though a piece on the streaming site Kick writes it so, nor "VC"); "" otherwise."""
        if word not in self._names:
            form = name_form(word, self.texts_with(word))
            # (an ordinary word in capitals is a short form of a kind, "VC", "CEO": no name)
            self._names[word] = "" if form.isupper() and self.ordinary(word) else form
        return self._names[word]

    def named_often(self, word: str) -> bool:
        """Whether the store writes the word as a name (`name_alone`) more than once: "Zuckerberg",
        not a word one piece writes in a name ("acumen"), nor a short form ("xmas", "BofA" for
        Bank of America, which a piece may spell out instead)."""
        if word not in self._often:
            typed = word_pattern(word)
            self._often[word] = (
                len(word) >= NAMED_OFTEN_LENGTH
                # (chunks that hold it as typed: "technics" shares its stem with "technical")
                and sum(1 for text in self.texts_with(word) if typed.search(text)) > 1
                and bool(self.name_alone(word))
            )
        return self._often[word]

    def name_alone(self, word: str) -> str:
        """The word as a name (`name`), unless it is an ordinary word the store capitalises only
        after another name word, as the last word of longer names ("Yavuz Gallery", "the Art
        Gallery of South Australia"): "gallery" typed alone names none of them. (A word of the
        ordinary vocabulary in no other form, as a name is, names someone still: "putin", of
        "Vladimir Putin", where "gallery" has "galleries".)"""
        if word not in self._alone:
            form = self.name(word)
            if (
                form
                and self.ordinary(word)
                and has_other_forms(word, self.common)
                and not written_alone(word, self.texts_with(word))
            ):
                form = ""
            self._alone[word] = form
        return self._alone[word]

    def name_openings(self, word: str) -> frozenset[str]:
        """The names the store writes just before the word as one longer name, by which a text
        may name it alone: "Detroit" of "Detroit Lions", "Las Vegas" of "Las Vegas Raiders"
        (not "President" of "President Biden": the store writes "president" in lower case)."""
        if word not in self._openings:
            self._openings[word] = self.openings_in(word, self.texts_with(word))
        return self._openings[word]

    def openings_in(self, word: str, texts: list[str]) -> frozenset[str]:
        """The names the texts write just before the word as one longer name (`name_openings`):
        read in the passages at hand too, whose sample of the store may not hold them ("Detroit
        Lions" in a game report, where the store's sample of "lions" has only "the Lions")."""
        # (on one line, within one sentence: not "Jets" over "Chiefs" in a table of scores, nor
        # "Greg Zuerlein." before "Jets continue …")
        pattern = re.compile(
            r"((?:[A-Z][\w'’.-]*[ \t]+){1,2})" + re.escape(word[:1].upper() + word[1:]) + r"\b"
        )
        found = set()
        for text in texts:
            for match in pattern.finditer(text):
                words = match.group(1).split()
                while words and words[0].lower() in STOPWORDS:  # ("The Detroit Lions …")
                    words = words[1:]
                if not words or any(w.lower() in STOPWORDS for w in words):
                    continue
                if words[-1].endswith(".") and not INITIALS.fullmatch(words[-1]):
                    continue
                if any(self.name(w.lower()) for w in words):
                    found.add(" ".join(words))
        return frozenset(found)

    def in_corpus(self, term: str, pets: bool = True) -> bool:
        """Whether an article holds the word: as typed, in another form ("Europe" for
        "European"), without accents, or (a slip of the keys) one edit away."""
        if self.holds(term, pets):
            return True
        df = self.document_frequency
        # Long words only: a short name ("kroger") is one edit from some word ("roger"); shorter
        # ones by the commonest slips only ("efects").
        if len(term) >= 4 and any(self._known_word(w) for w in common_slips(term)):
            return True
        # "galatasary": a long name seldom lies one slip from another word; a name the store
        # writes ("infantino" is no slip of the stem "infanting")
        if len(term) >= NAME_TYPO_LENGTH and any(
            df(w) > 0 and self.name(w) for w in typo_neighbours(term)
        ):
            return True
        if (len(term) >= TYPO_LENGTH and is_typo_of_known(term, self._known_word)) or any(
            other in STOPWORDS for other in typo_neighbours(term)
        ):
            return True
        # a name's possessive typed without its apostrophe, and with a slip: "postecoglus"
        # ("postecoglou's"), "pochetinos"
        bare = term.removesuffix("s")
        return (
            bare != term
            and not bare.endswith("s")
            and len(bare) >= NAME_TYPO_LENGTH
            and (self.in_corpus(bare, pets))
        )

    def holds(self, term: str, pets: bool = True) -> bool:
        """Whether an article holds the word as typed: in it or another form, as a pet form of a
        name (unless not `pets`: a last name is none), or without its accents."""
        df = self.document_frequency
        if df(term) > 0:
            return True
        # Another form of it; of a name ("scaringe"), not an ordinary word's ("scaring"),
        # unless the store writes that as a name ("Europe" for "european")
        # (a short word the store writes as a name is too many names' stem: "Bell" holds no
        # "bella")
        held = [form for form in related_forms(term) if df(form) > 0]
        if held and (
            self.ordinary(term)
            or any(
                not self.ordinary(form) or (len(form) >= NAME_STEM_LENGTH and self.name(form))
                for form in held
            )
        ):
            return True
        if any(df(other) > 0 for other in other_spellings(term)):
            return True  # "vapour" in an article writing "vapor"
        if any(
            all(df(w) > 0 for w in called.split()) for called in ALSO_CALLED.get(family(term), ())
        ):
            return True  # "kyiv" in a store on Ukraine, "american" in one on the US
        pet = NICKNAME.fullmatch(term) if pets else None
        if pet and self.words_starting(pet.group(1)):
            return True  # "arnie": a pet form of a name the articles hold ("Arnold")
        if any(df(adverb) > 0 for adverb, noun in PERIOD_WORDS.items() if noun == term):
            return True  # "a year" is said as "annually"
        folded = fold_accents(term)
        return (folded != term and df(folded) > 0) or (term.isascii() and self.unaccented(term))

    def _known_word(self, word: str) -> bool:
        return (not self.common or word in self.common) and self.document_frequency(word) > 0

    def respelt(self, question: str, texts: Sequence[str]) -> str:
        """`respelling.respelt`: a slip spelt as the passages spell it."""
        return respelling.respelt(self, question, texts)

    def respelt_by_store(self, question: str) -> str:
        """`respelling.respelt_by_store`: a slip or a word typed as one, as the store writes it."""
        return respelling.respelt_by_store(self, question)

    def spelt(self, word: str) -> str:
        """The word as the articles spell it, for a slip of the keys no article holds
        ("novmber"): the commonest word one edit away, if there is one."""
        if len(word) < TYPO_LENGTH - 2 or not word.isalpha() or self.document_frequency(word):
            return word
        known = [(self.document_frequency(w), w) for w in typo_neighbours(word)]
        best = max(known, default=(0, word))
        return best[1] if best[0] > 0 else word

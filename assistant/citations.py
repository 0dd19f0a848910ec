"""Citations: markers parsed, mapped to passages, renumbered by first use, checked for support.

Markers in any common form (`[1]`, `[1, 2]`, `[1-3]`, `[1][2]`) refer to the numbered passages the
answerer was given. In the final text they are renumbered 1, 2, … in order of first use; a marker
pointing at no passage is removed and reported, never shown dangling. Every answer sentence is
checked against the passages it cites, and sentences that cite nothing or that their passages do
not support are listed on the `Answer`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from assistant.types import Citation, Passage
from index.chunk import read_sentences
from index.terms import content_words

MARKER = re.compile(r"\[(\d{1,3}(?:\s*(?:,|;|-|–|and)\s*\d{1,3})*)\]")
SUPPORT_THRESHOLD = 0.5
SPAN_SLACK = 2  # a quote spanning several sentences may be at most this much longer than they are
NEAR = 40  # characters between two quoted sentences that are quoted with them
QUOTE_GAP = " … "  # between the parts of a quote that stand far apart in its passage


def parse_marker(inner: str) -> list[int]:
    """`1, 2` → [1, 2]; `1-3` → [1, 2, 3]."""
    numbers: list[int] = []
    for part in re.split(r"\s*(?:,|;|and)\s*", inner):
        if re.fullmatch(r"\d+\s*[-–]\s*\d+", part):
            low, high = (int(x) for x in re.split(r"\s*[-–]\s*", part))
            if 0 < high - low < 20:
                numbers.extend(range(low, high + 1))
                continue
        if part.strip().isdigit():
            numbers.append(int(part))
    return numbers


def strip_markers(text: str) -> str:
    """The text without markers, and without the space a marker leaves before punctuation."""
    return _tidy(MARKER.sub("", text)).strip()


def _tidy(text: str) -> str:
    return re.sub(r"[ \t]+([.,;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", text))


@dataclass
class Renumbered:
    """An answer's text with markers renumbered, and what it cites."""

    text: str
    order: list[int] = field(default_factory=list)  # original passage numbers by new marker
    dropped: list[int] = field(default_factory=list)


class MarkerRenumberer:
    """Renumbers markers in text that arrives in pieces (streaming) or all at once."""

    def __init__(self, passage_count: int) -> None:
        self.passage_count = passage_count
        self.order: list[int] = []
        self.dropped: list[int] = []
        self._pending = ""

    def feed(self, piece: str) -> str:
        """Text ready to show; an unfinished `[...` is held back until it closes."""
        text = self._pending + piece
        cut = text.rfind("[")
        if cut == -1 or "]" in text[cut:] or len(text) - cut >= 16:
            cut = len(text)
        out = self._rewrite(text[:cut])
        shown = out.rstrip(" \t")  # trailing spaces wait: a dropped marker may follow
        self._pending = out[len(shown) :] + text[cut:]
        return shown

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return self._rewrite(text)

    def _rewrite(self, text: str) -> str:
        def replace(match: re.Match[str]) -> str:
            out = []
            for number in parse_marker(match.group(1)):
                if not 1 <= number <= self.passage_count:
                    self.dropped.append(number)
                    continue
                if number not in self.order:
                    self.order.append(number)
                new = self.order.index(number) + 1
                if new not in out:
                    out.append(new)
            return "".join(f"[{n}]" for n in out)

        return _tidy(MARKER.sub(replace, text))


def renumber(text: str, passage_count: int) -> Renumbered:
    """Renumber all markers of a finished answer."""
    renumberer = MarkerRenumberer(passage_count)
    out = renumberer.feed(text) + renumberer.flush()
    return Renumbered(text=out.strip(), order=renumberer.order, dropped=renumberer.dropped)


LEADING_MARKERS = re.compile(rf"^(?:\s*{MARKER.pattern})+")


def marked_sentences(text: str) -> list[str]:
    """The sentences of an answer, each with its markers: a marker after a closing quote
    ('… “deeply concerning.” [1]') starts the next span of `read_sentences` but cites this one."""
    sentences: list[str] = []
    for span in read_sentences(text):
        sentence = text[span.start : span.end]
        lead = LEADING_MARKERS.match(sentence)
        if lead and sentences:
            sentences[-1] += " " + lead.group().strip()
            sentence = sentence[lead.end() :].strip()
        if sentence:
            sentences.append(sentence)
    return sentences


def build_citations(text: str, cited: list[Passage]) -> tuple[list[Citation], list[str]]:
    """Citations (one per marker, with the passage sentence used) and unsupported sentences.

    `text` carries renumbered markers; `cited[n-1]` is the passage of marker n.
    """
    quotes: dict[int, tuple[float, str]] = {}
    # marker -> the (start, end) in its passage of each sentence it supports
    used: dict[int, list[tuple[int, int]]] = {}
    unsupported: list[str] = []
    for sentence in marked_sentences(text):
        markers = [n for m in MARKER.finditer(sentence) for n in parse_marker(m.group(1))]
        plain = strip_markers(sentence)
        if not content_words(plain):
            continue
        if not markers:
            unsupported.append(plain)
            continue
        support = 0.0
        for number in markers:
            if not 1 <= number <= len(cited):
                continue
            passage = cited[number - 1].text
            score, quote = best_quote(plain, passage)
            # A claim on the article itself ("Globes published … on November 5, 2023") is
            # supported by its heading: outlet, headline and date.
            heading = cited[number - 1].heading
            on_heading = _overlap(plain, heading)
            if on_heading > score:
                support = max(support, on_heading)
                # (the headline alone, when it says it all: "Tottenham's Unbeaten Run Ends With
                # 4-1 Home Loss to Chelsea")
                title = cited[number - 1].title or ""
                if title and _overlap(plain, title) >= on_heading:
                    heading = title
                if number not in quotes or on_heading > quotes[number][0]:
                    quotes[number] = (on_heading, heading)
                continue
            support = max(support, score)
            if score >= SUPPORT_THRESHOLD and quote:
                # Every supporting sentence of a passage counts: the quote holds them all.
                start = passage.find(quote)
                if start >= 0:
                    used.setdefault(number, []).append((start, start + len(quote)))
            if number not in quotes or score > quotes[number][0]:
                quotes[number] = (score, quote)
        if support < SUPPORT_THRESHOLD:
            unsupported.append(plain)
    citations = []
    for n in range(1, len(cited) + 1):
        passage = cited[n - 1].text
        best = quotes.get(n, (0.0, passage))[1]
        quote = joined_quote(passage, used[n]) if n in used else best
        citations.append(Citation(marker=n, passage=cited[n - 1], quote=quote))
    return citations, unsupported


def joined_quote(passage: str, spans: list[tuple[int, int]]) -> str:
    """The passage's words that the answer's sentences rest on, in the passage's order: as one
    stretch when they stand close, each apart with " … " between when they stand far apart (a
    long stretch between would bury them, and the best one alone would leave the others
    unsupported)."""
    spans = sorted(set(spans))
    said = sum(end - start for start, end in spans)
    if spans[-1][1] - spans[0][0] <= SPAN_SLACK * said:
        return passage[spans[0][0] : max(end for _, end in spans)].strip()
    groups: list[list[int]] = []
    for start, end in spans:
        if groups and start <= groups[-1][1] + NEAR:
            groups[-1][1] = max(groups[-1][1], end)
        else:
            groups.append([start, end])
    return QUOTE_GAP.join(passage[start:end].strip() for start, end in groups)


def quoted_parts(quote: str) -> list[str]:
    """The stretches of its passage a quote holds: one, or several joined by `QUOTE_GAP`."""
    return quote.split(QUOTE_GAP)


def _overlap(claim: str, text: str) -> float:
    claim_words = set(content_words(claim))
    return _share(claim_words, text) if claim_words else 0.0


def _share(claim_words: set[str], text: str) -> float:
    """The share of a claim's words that the text holds."""
    return len(claim_words & set(content_words(text))) / len(claim_words)


def best_quote(claim: str, passage_text: str) -> tuple[float, str]:
    """The passage sentence (or pair of sentences) that best supports `claim`, with its score."""
    claim_words = set(content_words(claim))
    if not claim_words:
        return 0.0, ""
    spans = read_sentences(passage_text)
    sentences = [passage_text[s.start : s.end] for s in spans]
    pairs = [passage_text[a.start : b.end] for a, b in pairwise(spans)]
    best = (0.0, sentences[0] if sentences else passage_text)
    for window in sentences + pairs:  # verbatim; a pair must do better than any one sentence
        score = _share(claim_words, window)
        if score > best[0] + 1e-9:
            best = (score, window)
    return best

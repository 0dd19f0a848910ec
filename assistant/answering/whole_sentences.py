"""A passage split into whole sentences: quotations kept together, credits and labels cut off."""

from __future__ import annotations

import re

from index.chunk import read_sentences


def with_markers(sentence: str, markers: str) -> str:
    """Put markers before the sentence's closing punctuation (after a closing quote); a line
    with none (a heading, a list item) gets a full stop, so the next sentence starts anew."""
    match = re.search(r"([.!?…]+)([\"'”’)]*)\s*$", sentence)
    if match and not match.group(2):
        return sentence[: match.start()] + f" {markers}" + match.group(1)
    return f"{sentence.rstrip()} {markers}" + ("" if match else ".")


# A photo credit a scrape ran into the next sentence: "Credit: Bloomberg The occasion was the
# first meeting of DeepMind's ethics board, on August 14, 2015." The credit is a few
# capitalised words; the sentence starts at the first of them followed by a word in lower case
# or a figure ("Credit: AP Between 2011 and 2016, Trump valued …").
CREDIT_LEAD = re.compile(
    r"^(?:[Pp]hoto |[Ii]mage |[Pp]icture )?(?:[Cc]redits?|CREDITS?):\s*"
    r"(?:[A-Z][\w.&'’/-]*\s+){1,4}?"
    # (not more of the credit: "Las Vegas Review-Journal via AP")
    r"(?![\w'’-]+\s+via\b)(?=[A-Z][\w'’-]*\s+(?:[a-z]|\d)|(?:The|A|An|In|On|At)\s+[A-Z])"
)


# … and an advertisement's label run on before one: "Advertisement The club said …"
AD_LEAD = re.compile(r"^(?:Advertisement|ADVERTISEMENT)\s+(?=[A-Z“\"‘'])")


def without_credit(sentence: str) -> str:
    """The sentence without a photo credit (`CREDIT_LEAD`) or an advertisement's label run on
    before it."""
    match = CREDIT_LEAD.match(sentence) or AD_LEAD.match(sentence)
    return sentence[match.end() :] if match else sentence


def quoted_whole(text: str) -> list[list[str]]:
    """The text's sentences, a quotation that runs over several kept together: a quote cut in
    half ("This will not affect prices. However, it would restrain them," he said.) misquotes."""
    out: list[list[str]] = []
    group: list[str] = []
    end = 0
    for span in read_sentences(text):
        sentence = without_credit(text[span.start : span.end].strip())
        # (a quote runs over paragraphs by opening each anew: one never ends in the next, nor
        # takes in a heading after it)
        new_paragraph = "\n" in text[end : span.start]
        end = span.end
        last = group or (out[-1] if out else [])
        if new_paragraph and last and _broken_off(last[-1], sentence):
            # a sentence the page broke in two: "… how to ‘dirty’ our costumes and" then
            # "make them look raggedy," Garin said.
            last[-1] = f"{last[-1]} {sentence}"
            if group and not _opens_quote(" ".join(group)):
                out.append(group)
                group = []
            continue
        if group and (new_paragraph or len(" ".join([*group, sentence]).split()) > 80):
            out.append(group)  # an unclosed quote: no sentence is lost for it
            group = []
        group.append(sentence)
        if not _opens_quote(" ".join(group)):
            out.append(group)
            group = []
    if group:
        out.append(group)
    return out


def _broken_off(sentence: str, following: str) -> bool:
    """Whether a paragraph's last sentence runs on into the next: it ends in no stop, and the
    next goes on in lower case."""
    return bool(following[:1].islower()) and re.search(r"[\w,]$", sentence) is not None


def _opens_quote(text: str) -> bool:
    """Whether a quotation opened in the text is still open at its end."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")

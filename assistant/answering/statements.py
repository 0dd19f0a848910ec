"""Whether a sentence can stand as an answer: one that states something, not a question (nor
one put in quotes by the one asking it), a shouted headline, a caption, a heading, a link to
another story, page chrome or an editor's note."""

from __future__ import annotations

import re

# What an agency's photo catches one doing, in its words (not "is seen as", "poses a risk",
# "looks on track", "heat waves").
CAUGHT_IN_THE_ACT = (
    r"shakes? hands|reacts|react|gestures|gesture|smiles|takes? part in|attends|"
    r"(?:poses|pose)\s+(?:for|with|during|at|after|before)|(?:looks|look)\s+on\s+(?:as|during|"
    r"from|at)|(?:is|are)\s+(?:seen|pictured)\s+(?:inside|at|during|with|on|in|outside|after|"
    r"before|near)|(?:speaks|speak|arrives|arrive|celebrates|celebrate|walks|walk)"
    r"\s+(?:during|at|after|before|for|onto|off|out|into|on stage)"
)
# A sentence quoted as an answer must state something: not ask ("Who will pay?"), not shout
# ("BREAKING: PRICES SOAR"), and not be a headline or caption fragment left in the text, nor a
# social media post embedded in it ("… pic.twitter.com/… — Team (@USWNT) November 14, 2023"), nor
# a link to another story ("MORE: How Dodgers' 2024 payroll looks"), nor a photo credit run on
# ("… outside of the U.S. Carlos Jasso | Bloomberg | Getty Images"), nor a sign-up form.
CAPTION = re.compile(
    r"^(?:photo|image|picture|caption|file photo|credit)s?\b|/\s*photo\b|"
    r"\bin this (?:\w+ )?(?:photo|picture|image|sketch|illustration|handout)\b|"
    r"https?://|\bpic\.twitter\.com/|\bt\.co/|\(@\w+\)|\bGetty Images\b|\bShutterstock\b|"
    # an agency's caption: "via Imago RECORD DATE NOT STATED Saul -Canelo- Alvarez …"
    r"\bvia Imago\b|^via (?:Getty|Reuters|AP|AFP|USA TODAY|Icon Sportswire)\b|"
    r"\bRECORD DATE NOT STATED\b|"
    # a page's image widget, scraped with its caption: "Zoom In Icon Arrows pointing outwards"
    r"\bZoom In Icon\b|\bArrows pointing outwards\b|"
    r"\b(?:photo |image |picture )?credits?:\s*\S|"  # "… for United Credit: Getty"
    # "… before they died (Daniel Escale/Netflix)": a photographer and agency, closing it
    r"(?-i:\((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*\s*/\s*[A-Z][\w'’&. -]*\))\W*$|"
    # … or a news agency's, with no full stop: "… miss out on the Europa League (PA)"
    r"(?-i:\((?:PA|AP|AFP|EPA|UPI|Reuters|REUTERS|Getty)(?:\s+(?:Wire|Media|Photo|via)\b[^)]*)?\))\s*$|"
    # an agency photo's caption: one caught in the act, in the present, on a full date
    # ("Putin and Trump shake hands during a joint press conference … on July 16, 2018 in
    # Helsinki"); not prose, which tells the past, nor a date ahead ("Apple holds its event on")
    # (nothing told between: "… the WHO said on January 5, 2024")
    rf"(?-i:[A-Za-z.,]\s)(?:{CAUGHT_IN_THE_ACT})\b"
    r"(?:(?!\b(?:said|says|told|was|were|had|has|have|will|would)\b)[^.;]){0,160}?"
    r"\bon\s+(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\b|"
    r"^(?:more|read more|related|see also|also read|watch|listen)\s*:|"
    r"^published by\b|"  # a byline: "Published by Globes, … on October 12, 2023."
    # an editor's note on the piece: "Updated to correct the amount raised in 2021 …"
    r"^(?:updated|corrected|this (?:story|article|piece) (?:has been|was) (?:updated|corrected))"
    r"\s+to\s+(?:correct|clarify|reflect|include|add|remove|specify)\b|"
    r"^editor['’]?s note\s*:|"  # (not "UPDATE:", which brings the news: "… ruled him OUT")
    # a sign-up form run into the text: "Sign Up for The Cheat Sheet … E-mail Address* Go"
    r"\b[A-Za-z]\w*\*(?=\s|$)|\bthank you for (?:signing up|subscribing)\b|"
    r"\bsign up (?:for|to)\b[^.!?]{0,60}\b(?:newsletters?|updates|alerts|emails?)\b",
    re.I,
)


# The stop that closes a sentence (a line without one may be a heading).
CLOSING_STOP = re.compile(r"[.!…:;\"'”’)]$")


def is_statement(sentence: str) -> bool:
    """Whether a sentence can stand as an answer (see CAPTION's comment)."""
    text = sentence.strip()
    if text.endswith("?") or text.rstrip("\"'”’)").endswith("?") or CAPTION.search(text):
        return False
    if QUOTED_QUESTION.match(text):  # "“Did [removing] overdraft fees upend …,” he continued."
        return False
    if ASKED_UNQUOTED.match(text):  # "Why did he make such a deal with the government, she
        return False  # asked."
    if FINAL_SCORE.fullmatch(text):  # "Final: Rangers 11, Diamondbacks 7": a result, told
        return True
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return False
    if doubled_run(text):  # page chrome scraped twice: "Sign up to our newsletter Sign up …"
        return False
    if MATCHUP_HEADING.match(text) and len(text.split()) <= MATCHUP_WORDS:
        return False  # a live blog's heading: "Jets vs. Raiders results, highlights from …"
    if not CLOSING_STOP.search(text):  # no closing punctuation: a heading?
        if re.match(r"(?:how|why|what|who|when|where|which)\b", text, re.I):
            return False  # "How Shiffrin's parents fell in love through skiing"
        if re.search(r"\s[/|»›]\s", text):
            return False  # a breadcrumb: "Part of / The best entertainment of 2023"
        if len(text.split()) <= HEADING_WORDS and not re.search(r"\d", text):
            return False  # a short one with no figure: "Timeline of Sam Altman’s firing"
        tokens = [w for w in text.split() if w[:1].isalpha()]
        capitalised = sum(w[0].isupper() for w in tokens)
        if tokens and capitalised >= 0.6 * len(tokens):
            return False
    return True


# A live blog's line giving the result: "Final: Jaguars 31, Saints 24", "FT: Ajax 2-1 PSV".
FINAL_SCORE = re.compile(
    r"(?:final(?:\s+score)?|ft|full[- ]time)\s*[:–—-]\s*(?:[A-Z][\w.'’&-]*\s+){1,4}\d{1,3}"
    r"\s*[,–-]\s*(?:\d{1,3}\s+)?(?:[A-Z][\w.'’&-]*\s*){1,4}(?:\d{1,3})?\W*",
    re.I,
)
# A question put in quotes by the one asking it, with a comma for its mark.
HEADING_WORDS = 8  # the most words of a line with no stop that reads as a heading
QUOTED_QUESTION = re.compile(
    r"[\"“]\s*(?:did|does|do|is|are|was|were|will|would|can|could|should|has|have|why|how|what|"
    r"who|when|where|which)\b[^\"”]*[,?][\"”]\s+(?:[\w.'’-]+\s+){1,3}?(?:asked|continued|"
    r"wondered|pressed|queried|inquired|enquired|demanded)\b",
    re.I,
)
# … or written without its quotes, the one asking after it.
ASKED_UNQUOTED = re.compile(
    r"(?:why|how|what|who|when|where|which|did|does|do|is|are|was|were|will|would|can|could|"
    r"should|has|have)\b[^\"“”]*,\s+(?:[\w.'’-]+\s+){1,3}?(?:asked|wondered|pressed|queried|"
    r"inquired|enquired|demanded)\W*$",
    re.I,
)
# "Jaguars vs. Saints score", "Bills vs. Bengals live updates, highlights from …": a heading
# (not "Raiders vs. Lions is set to kick off at 8:15 p.m. ET at Ford Field …")
MATCHUP_HEADING = re.compile(
    r"\W*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*\s+(?:vs?\.?|versus)\s+[A-Z]"
)
MATCHUP_WORDS = 12
DOUBLED_RUN = 6  # words: prose repeats a phrase ("you get the call up, you get the call up")


def doubled_run(text: str) -> bool:
    """Whether a run of `DOUBLED_RUN` words or more comes twice in a row, as a page's widget
    text does when a scrape takes it and its label ("Please enter a valid email address Please
    enter a valid email address")."""
    words = re.findall(r"\w+", text.lower())
    seen: dict[str, list[int]] = {}
    for j, word in enumerate(words):
        for i in seen.get(word, ()):
            n = j - i
            if n >= DOUBLED_RUN and words[i:j] == words[j : j + n]:
                return True
        seen.setdefault(word, []).append(j)
    return False

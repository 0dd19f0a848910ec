"""An agency photo's caption left in a piece is never quoted as an answer ("… shake hands
during a joint press conference … on July 16, 2018 in Helsinki"), though prose on a day is."""

from __future__ import annotations

import pytest

from assistant.answering.statements import is_statement


@pytest.mark.parametrize(
    "caption",
    [
        "Good chemistry: President Donald Trump and Russian President Vladimir Putin shake hands "
        "during a joint press conference after their summit on July 16, 2018 in Helsinki, Finland.",
        "Bob Swan, then-interim chief executive officer of Intel Corp., reacts during the "
        "inauguration of the company's facility in Bengaluru, India, on November 15, 2018.",
        "Ukrainian servicemen take part in a military training exercise not far from the front "
        "line in the Donetsk region on June 8, 2023.",
        "A Ukrainian soldier is seen inside an artillery vehicle near Kharkiv on November 20, 2023.",
    ],
)
def test_an_agency_caption_is_no_statement(caption: str) -> None:
    assert not is_statement(caption)


@pytest.mark.parametrize(
    "prose",
    [
        "Apple holds its annual event on September 12, 2023.",  # a date ahead
        "Biden spoke at the summit on November 5, 2023.",  # the past
        "The Fed holds rates steady and signals cuts next year.",  # the present, no full date
        "Kohli celebrates his 49th century as India beat South Africa.",
    ],
)
def test_prose_on_a_day_stays_a_statement(prose: str) -> None:
    assert is_statement(prose)

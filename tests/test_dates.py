"""Publication dates: what sources write is parsed to UTC, and nothing else becomes a date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from index.dates import find_date, parse_date


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-02-24", utc(2025, 2, 24)),
        (" 2025-02-24 ", utc(2025, 2, 24)),
        ("2025-02-24T10:30:00", utc(2025, 2, 24, 10, 30)),
        ("2025-02-24T10:30:00Z", utc(2025, 2, 24, 10, 30)),
        ("2025-02-24T10:30:00+02:00", utc(2025, 2, 24, 8, 30)),
        ("2023-11-27T08:45:59+00:00", utc(2023, 11, 27, 8, 45, 59)),
        ("2023-11-27 08:45:59.000000000Z", utc(2023, 11, 27, 8, 45, 59)),
        ("2023-11-27 08:45:59.123456789Z", utc(2023, 11, 27, 8, 45, 59, 123456)),
        ("Mon, 24 Feb 2025 10:00:00 GMT", utc(2025, 2, 24, 10)),
        ("Mon, 24 Feb 2025 10:00:00 +0300", utc(2025, 2, 24, 7)),
        ("February 24, 2025", utc(2025, 2, 24)),
        ("Feb. 24 2025", utc(2025, 2, 24)),
        ("24 Feb 2025", utc(2025, 2, 24)),
        ("24th February 2025", utc(2025, 2, 24)),
        (1740355200, utc(2025, 2, 24)),
        (1740355200000, utc(2025, 2, 24)),
        (1740355200.5, utc(2025, 2, 24, 0, 0, 0, 500000)),
        (date(2025, 2, 24), utc(2025, 2, 24)),
        (datetime(2025, 2, 24, 10, 0), utc(2025, 2, 24, 10)),
        (datetime(2025, 2, 24, 12, 0, tzinfo=timezone(timedelta(hours=2))), utc(2025, 2, 24, 10)),
        # Not dates, or not dates we can be sure of: unknown stays unknown.
        ("garbage", None),
        ("yesterday", None),
        ("2025", None),
        ("24/02/2025", None),
        ("February 30, 2025", None),
        ("2025-13-01", None),
        ("", None),
        (None, None),
        (True, None),
        ([], None),
    ],
)
def test_parse_date(value: object, expected: datetime | None) -> None:
    parsed = parse_date(value)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo is not None
        assert parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("text", "whole", "expected"),
    [
        ("Published on February 24, 2025 by staff", False, utc(2025, 2, 24)),
        ("Published on February 24, 2025 by staff", True, None),
        ("February 24, 2025", True, utc(2025, 2, 24)),
        ("Updated 2025-02-24 10:00", False, utc(2025, 2, 24)),
        ("On 3 March 2024 the court ruled", False, utc(2024, 3, 3)),
        ("The vote is on Sept. 9, 2024.", False, utc(2024, 9, 9)),
        ("No date in this sentence at all.", False, None),
        ("Flight 2025 landed at 10:45.", False, None),
    ],
)
def test_find_date(text: str, whole: bool, expected: datetime | None) -> None:
    assert find_date(text, whole=whole) == expected

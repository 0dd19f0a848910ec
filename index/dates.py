"""Publication dates: parse what sources write, never invent what they do not."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
CALENDAR = frozenset(MONTHS) | WEEKDAYS  # the words for a month or a day of the week
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "February 24, 2025" / "Feb. 24 2025"
MONTH_DAY_YEAR = re.compile(
    _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I
)
# "24 February 2025"
DAY_MONTH_YEAR = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})", re.I
)
ISO_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")


def parse_date(value: object) -> datetime | None:
    """A timezone-aware UTC datetime from a date-like value, or None when it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10_000_000_000 else value  # epoch ms or s
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    iso = _parse_iso(text)
    if iso is not None:
        return iso
    try:
        parsed = parsedate_to_datetime(text)  # RSS: "Mon, 24 Feb 2025 10:00:00 GMT"
        return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (TypeError, ValueError, IndexError):
        pass
    return find_date(text, whole=True)


def _parse_iso(text: str) -> datetime | None:
    cleaned = re.sub(r"(\.\d{6})\d+", r"\1", text)  # nanoseconds, as pandas/Arrow print them
    cleaned = cleaned.replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def find_date(text: str, whole: bool = False) -> datetime | None:
    """The first calendar date written in `text` (all of it when `whole`), or None."""
    for pattern in (ISO_DATE, MONTH_DAY_YEAR, DAY_MONTH_YEAR):
        match = pattern.fullmatch(text.strip()) if whole else pattern.search(text)
        if match is None:
            continue
        month = match.group("month")
        number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
        try:
            return datetime(int(match.group("year")), number, int(match.group("day")), tzinfo=UTC)
        except ValueError:
            continue
    return None

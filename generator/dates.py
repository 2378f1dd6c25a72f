"""Dates as readers see them: Korean long forms, for labels and headings."""

from __future__ import annotations

import datetime as dt
import re

from generator.errors import GeneratorError


def check_day(value: str | None, flag: str) -> None:
    """A day given on the command line: YYYY-MM-DD only, the form articles' dates are kept and
    compared in (fromisoformat alone also takes "20240603", which sorts before every "2024-…")."""
    if value is None:
        return
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise GeneratorError(f"{flag} must be YYYY-MM-DD, got {value!r}")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise GeneratorError(f"{flag} {value}: no such day") from None


def korean_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{int(year)}년 {int(month)}월 {int(day)}일"


def korean_month(month: str) -> str:
    year, mon = month.split("-")
    return f"{int(year)}년 {int(mon)}월"


def korean_value(value: str, precision: str) -> str:
    """An event's date as a reader says it: 2019년 4월 17일, 2020년 하반기, 2023년 3분기."""
    if precision == "day":
        return korean_date(value)
    if precision == "month":
        return korean_month(value)
    year, _, part = value.partition("-")
    if precision == "quarter":
        return f"{int(year)}년 {part[1:]}분기"
    if precision == "half":
        return f"{int(year)}년 {'상' if part == 'H1' else '하'}반기"
    return f"{int(year)}년"

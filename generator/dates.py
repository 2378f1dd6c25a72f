"""Dates as readers see them: Korean long forms, for labels and headings."""

from __future__ import annotations


def korean_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{int(year)}년 {int(month)}월 {int(day)}일"


def korean_month(month: str) -> str:
    year, mon = month.split("-")
    return f"{int(year)}년 {int(mon)}월"

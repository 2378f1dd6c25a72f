"""The publication date and time an article states about itself.

Only labelled dates (입력, 승인, 등록, ...) or a date with a time on a short
meta line count: a weather widget's day, a related headline's date or a date
inside a sentence never become the article's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from generator import patterns as p

META_LINE_MAX = 80  # a byline/meta line is short; prose with a date in it is not one
KST = dt.timezone(dt.timedelta(hours=9))  # Korean outlets' stamps are in Korean time
MONTHS = {name: n for n, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _ymd(m: re.Match[str]) -> tuple[int, int, int] | None:
    """(year, month, day) of a matched date: numeric (2023.05.12, 23.05.12) or with an
    English month name, month first (May 12, 2023) or day first (12 May. 2023)."""
    groups = m.groupdict()
    if groups.get("y") is not None:
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        return year, int(m["m"]), int(m["d"])
    for month, day, year in (("emon", "ed", "ey"), ("emon2", "ed2", "ey2")):
        if groups.get(month) is not None:
            number = MONTHS.get(m[month][:3].lower())
            return (int(m[year]), number, int(m[day])) if number else None
    return None


def _to_iso(m: re.Match[str]) -> tuple[str, str | None] | None:
    ymd = _ymd(m)
    if ymd is None:
        return None
    year = ymd[0]
    try:
        day = dt.date(*ymd)
    except ValueError:
        return None
    if not 1990 <= year <= 2100:
        return None
    clock = None
    groups = m.groupdict()
    hour_text = groups.get("H") or groups.get("H_first") or groups.get("H_iso")
    minute_text = groups.get("M") or groups.get("M_first") or groups.get("M_iso")
    if hour_text is not None and minute_text is not None:
        hour, minute = int(hour_text), int(minute_text)
        ampm = (groups.get("ampm") or groups.get("ampm_after") or "").lower().replace(".", "")
        if ampm in ("오후", "pm") and hour < 12:
            hour += 12
        elif ampm in ("오전", "am") and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            clock = f"{hour:02d}:{minute:02d}"
            zone = groups.get("tz")
            if zone and zone not in ("+09:00", "+0900"):
                # Another zone's clock ("…T05:20:00Z"): in Korean time, as the outlet means it, the day may be the next.
                offset = dt.timezone.utc if zone == "Z" else dt.timezone(
                    (1 if zone[0] == "+" else -1) * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:]))
                )
                moment = dt.datetime.combine(day, dt.time(hour, minute), offset).astimezone(KST)
                day, clock = moment.date(), moment.strftime("%H:%M")
    return day.isoformat(), clock


def parse_date_value(value: object) -> tuple[str, str | None] | None:
    """A date from metadata (front matter, HTML meta, sidecar): date object or text."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(KST)
        return value.date().isoformat(), value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat(), None
    if not isinstance(value, str):
        return None
    m = re.search(p.DATE + r"(?:" + p.TIME + r")?", value.strip())
    return _to_iso(m) if m else None


def find_published(lines: Iterable[str], labelled_only: bool = False) -> tuple[str, str | None] | None:
    """(date, time) the text states for publication, or None. `labelled_only`: only a
    stamp with its label (입력, 승인 …), for text around an article, where a date and time
    on a short line may be another story's."""
    candidates = [line for line in lines if len(line) <= META_LINE_MAX]
    for line in candidates:
        for m in p.LABELLED_DATE.finditer(line):
            if p.IS_MODIFIED.fullmatch(m["label"]):
                continue
            found = _to_iso(m)
            if found:
                return found
    if labelled_only:
        return None
    for line in candidates:
        m = p.UNLABELLED_DATETIME.search(line) or p.SPELLED_STAMP_LINE.fullmatch(line)
        # A modification's label after its date ("2024.06.05 15:30 업데이트") makes it no publication stamp.
        stamp = not (p.LABELLED_DATE.search(line) or p.IS_MODIFIED.search(line) or p.EVENT_TIME.search(line))
        if m and stamp and not _other_time(line):
            found = _to_iso(m)
            if found:
                return found
    return None


def dateline_date(paragraph: str) -> tuple[str, str | None] | None:
    """The date a release service's dateline states: "(서울=뉴스와이어) 2024년 06월 03일 -- …"."""
    m = p.RELEASE_DATELINE.match(paragraph)
    return parse_date_value(m["date"]) if m else None


def _other_time(line: str) -> bool:
    return bool(p.AS_OF.search(line) or p.COPY_TIME.search(line))


def is_other_time_line(line: str) -> bool:
    """A short line with a date and time that is not the article's: a widget's figures as of it (p.AS_OF),
    or when the copy was printed, saved or opened (p.COPY_TIME). Page furniture, never a stamp."""
    if len(line) > META_LINE_MAX or p.LABELLED_DATE.search(line):
        return False  # "홍길동 기자 | 입력 2024.06.03 09:30 | 인쇄": the stamp, beside a print button
    return bool(p.UNLABELLED_DATETIME.search(line)) and _other_time(line)


def is_meta_line(line: str) -> bool:
    """A line that only carries a date stamp (and maybe a label): not article text."""
    if len(line) > META_LINE_MAX:
        return False
    if p.SPELLED_STAMP_LINE.fullmatch(line):
        return True
    if p.EVENT_TIME.search(line) and not p.LABELLED_DATE.search(line):
        return False
    rest = p.LABELLED_DATE.sub("", line)
    rest = p.UNLABELLED_DATETIME.sub("", rest)
    if rest == line:
        return False
    rest = p.STAMP_LABEL.sub("", rest)  # the label after the date: "2024.06.05 15:30 업데이트"
    rest = re.sub(p.WEEKDAY, "", rest)  # after the time too: "승인 2024.06.03 09:30 (월)"
    rest = " ".join(word for word in rest.split() if not p.WIDGET.match(word))  # "입력… 기사원문" (Naver)
    return len(re.sub(r"[\s•·|:：\-]", "", rest)) <= 2

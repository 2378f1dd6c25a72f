"""Article metadata supplied by people: Markdown front matter and sidecar files.

Both use the same keys as the generated front matter, so a value can be
copied from a generated page into a sidecar to correct it.
"""

from __future__ import annotations

import re
from typing import Any

from generator import patterns as p
from generator.extract.pubdate import parse_date_value

TEXT_KEYS = ("title", "outlet", "section")
LIST_KEYS = ("reporters", "subtitles", "captions")
KNOWN_KEYS = set(TEXT_KEYS) | set(LIST_KEYS) | {"date", "time", "source_url"}
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
WEB_ADDRESS = re.compile(p.WEB_ADDRESS, re.IGNORECASE)


def coerce(meta: dict[str, Any], *, strict_keys: bool) -> tuple[dict[str, Any], list[str]]:
    """Validated fields and one message per problem (every problem, not just the first)."""
    fields: dict[str, Any] = {}
    problems: list[str] = []
    for key in sorted(meta):
        value = meta[key]
        if key not in KNOWN_KEYS:
            if strict_keys:
                problems.append(f"unknown key '{key}' (known: {', '.join(sorted(KNOWN_KEYS))})")
            continue
        if key in TEXT_KEYS:
            if isinstance(value, (str, int, float)) and str(value).strip():
                fields[key] = str(value).strip()
            else:
                problems.append(f"'{key}' must be text")
        elif key in LIST_KEYS:
            # "reporters: 홍길동, 김철수" as people write it by hand: names, not one name with a comma.
            # A caption or deck line may hold commas of its own, so only names are split.
            items = (value.split(",") if key == "reporters" else [value]) if isinstance(value, str) else value
            if isinstance(items, list) and all(isinstance(i, str) for i in items):
                fields[key] = tuple(i.strip() for i in items if i.strip())
            else:
                problems.append(f"'{key}' must be a list of text")
        elif key == "date":
            parsed = parse_date_value(value)
            if parsed is None:
                problems.append(f"'date' is not a date: {value!r} (use YYYY-MM-DD)")
            else:
                fields["date"] = parsed[0]
                if parsed[1] and "time" not in meta:
                    fields["time"] = parsed[1]
        elif key == "source_url":
            if isinstance(value, str) and WEB_ADDRESS.fullmatch(value.strip()):
                fields["source_url"] = value.strip()
            else:
                problems.append(f"'source_url' is not a web address (http:// or https://): {value!r}")
        elif key == "time":
            if isinstance(value, int) and not isinstance(value, bool):
                # YAML 1.1 reads an unquoted 10:30 as the base-60 number 630.
                value = f"{value // 60}:{value % 60:02d}"
            m = _TIME.match(str(value).strip())
            if m:
                fields["time"] = f"{int(m[1]):02d}:{m[2]}"
            else:
                problems.append(f"'time' is not HH:MM: {value!r}")
    return fields, problems

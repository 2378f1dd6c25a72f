"""The JSON files the generator writes (the data export, the manifest, the report).

One record a line: indented two levels deep (the object, then each item of its
lists and each entry of its mappings) and compact below. A diff shows which
records changed, and every line is made by the json module's C encoder: with
`indent`, json falls back to its pure-Python encoder, which took 0.7 s for the
data export of 10,000 articles, in every run.
"""

from __future__ import annotations

import json
from typing import Any


def dumps(data: dict[str, Any], sort_keys: bool = True) -> str:
    # One encoder for all lines: json.dumps with options makes a new one per call (half the time here).
    line = json.JSONEncoder(ensure_ascii=False, sort_keys=sort_keys).encode

    def member(value: Any) -> str:
        if isinstance(value, list) and value:
            return "[\n" + ",\n".join(f"  {line(item)}" for item in value) + "\n ]"
        if isinstance(value, dict) and value:
            entries = sorted(value.items()) if sort_keys else value.items()
            return "{\n" + ",\n".join(f"  {line(k)}: {line(v)}" for k, v in entries) + "\n }"
        return line(value)

    entries = sorted(data.items()) if sort_keys else data.items()
    return "{\n" + ",\n".join(f" {line(k)}: {member(v)}" for k, v in entries) + "\n}\n"

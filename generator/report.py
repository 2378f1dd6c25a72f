"""The run report: one line per problem (collapsed when a kind repeats), one summary line per stage."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path

from generator import jsontext
from generator.model import Issue

SHOWN_PER_CODE = 5
ORDER = {"error": 0, "warning": 1, "info": 2}


def sort_issues(issues: Iterable[Issue]) -> list[Issue]:
    return sorted(issues, key=lambda i: (ORDER[i.level], i.code, i.source, i.message))


def issue_lines(issues: Iterable[Issue]) -> list[str]:
    by_code: dict[str, list[Issue]] = defaultdict(list)
    for issue in sort_issues(issues):
        by_code[issue.code].append(issue)
    out = []
    for group in by_code.values():
        out.extend(issue.line() for issue in group[:SHOWN_PER_CODE])
        if len(group) > SHOWN_PER_CODE:
            out.append(f"{group[0].level}: ... and {len(group) - SHOWN_PER_CODE} more [{group[0].code}] (all in build/report.json)")
    return out


def counts(issues: Iterable[Issue]) -> Counter[str]:
    return Counter(issue.level for issue in issues)


def write_report(path: Path, summary: dict[str, object], issues: Iterable[Issue]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"summary": summary, "issues": [asdict(i) for i in sort_issues(issues)]}
    path.write_bytes(jsontext.dumps(data, sort_keys=False))  # the summary first

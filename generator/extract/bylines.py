"""Reporters and outlet, from bylines, datelines and copyright lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator import patterns as p

BYLINE_MAX = 60


@dataclass
class Byline:
    reporters: list[str] = field(default_factory=list)
    outlet: str | None = None

    def add_names(self, names: list[str]) -> None:
        for name in names:
            if name not in p.NOT_NAMES and name not in self.reporters:
                self.reporters.append(name)

    def add_outlet(self, outlet: str | None) -> None:
        if self.outlet is None and outlet:
            self.outlet = outlet


def outlet_from_copyright(line: str) -> str | None:
    for pattern in p.OUTLET_PATTERNS:
        m = pattern.search(line)
        if m:
            outlet = m["outlet"].strip(" .,:;-")
            if outlet and outlet.lower() not in p.NOT_OUTLETS and len(outlet) <= 30:
                return outlet
    return None


def _names(text: str) -> list[str]:
    return re.findall(p.NAME, text)


def strip_dateline(paragraph: str, byline: Byline) -> str:
    """'(서울=연합뉴스) 김잔디 기자 = 본문...' -> '본문...', recording outlet and names."""
    m = p.DATELINE.match(paragraph)
    if not m:
        return paragraph
    byline.add_outlet(m["outlet"].strip())
    byline.add_names(_names(m["names"]))
    return paragraph[m.end():]


_TRAILING_SIGNOFF = re.compile(
    r"\s*/\s*(?P<name>" + p.NAME + r")\s?" + p.REPORTER_TITLE + r"(?:\s*" + p.EMAIL + r")?\s*$"
)


def strip_signoff(paragraph: str, byline: Byline) -> str:
    """'...라고 말했다. /이주원기자 lee@x.com' -> '...라고 말했다.'"""
    m = _TRAILING_SIGNOFF.search(paragraph)
    if not m:
        return paragraph
    byline.add_names([m["name"]])
    return paragraph[: m.start()].rstrip()


def take_byline_line(line: str, byline: Byline) -> bool:
    """If the line is a byline (or a bare e-mail under one), record it and return True."""
    m = p.BRACKET_BYLINE.match(line)
    if m:
        byline.add_outlet(m["outlet"].strip())
        byline.add_names(_names(m["names"]))
        return True
    without_mail = re.sub(p.EMAIL, " ", line)
    if not without_mail.strip(" •·|,/"):
        return True  # an e-mail address left alone on a line under the byline
    if len(without_mail) > BYLINE_MAX:
        return False
    found = [m["name"] for m in p.REPORTER.finditer(without_mail)]
    if not found:
        return False
    rest = p.REPORTER.sub(" ", without_mail)
    if len(re.sub(r"[\s•·|,/=\-]", "", rest)) > 4:
        return False  # a sentence that happens to contain "기자"
    byline.add_names(found)
    return True


def take_footer_line(line: str, byline: Byline) -> None:
    """The line that ends the article: a copyright notice, maybe with bylines glued on."""
    byline.add_outlet(outlet_from_copyright(line))
    head = p.COPYRIGHT.split(line, maxsplit=1)[0]
    byline.add_names([m["name"] for m in p.REPORTER.finditer(re.sub(p.EMAIL, " ", head))])

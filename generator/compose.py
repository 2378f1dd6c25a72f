"""Put an Article together: text-derived fields, then the file's own metadata,
then the editor's sidecar, each layer winning over the one before (Pelican's
metadata layering). Every value left empty is reported, never guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.extract import extract, paragraphs_only
from generator.fields import coerce
from generator.model import Article, Issue, RawDoc

LEAD_TITLE_MAX = 60


@dataclass(frozen=True)
class Composed:
    article: Article | None
    issues: tuple[Issue, ...]


def lead_title(paragraph: str) -> str:
    """A title from the lead sentence, cut at a word boundary."""
    sentence = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0]
    if len(sentence) <= LEAD_TITLE_MAX:
        return sentence
    cut = sentence[:LEAD_TITLE_MAX].rsplit(" ", 1)[0]
    return cut.rstrip(" ,·") + "…"


def compose(raw: RawDoc, slug: str, sidecar: dict[str, Any] | None, sidecar_name: str) -> Composed:
    issues: list[Issue] = []

    def note(level: str, code: str, message: str) -> None:
        issues.append(Issue(level, code, raw.source, message))  # type: ignore[arg-type]

    if raw.read_as:
        note("info", *raw.read_as)
    if raw.repaired:
        note("warning", "repaired-encoding", f"the text was garbled: {raw.repaired}; read as repaired, check it")
    found = paragraphs_only(raw.text) if raw.fmt == "markdown" else extract(raw.text)
    if not found.body:
        if found.source_url:  # a bookmark, not the article: nothing is ever fetched
            note("error", "no-article-text", f"the file holds a web address ({found.source_url}) but not the article's"
                 " text: save the page (.html) or copy its text into the file; skipped")
        else:
            note("error", "no-article-text", "no article text left after removing page boilerplate; skipped")
        return Composed(None, tuple(issues))
    if found.second_headline:
        note("warning", "two-articles", f"a second article seems to start at '{found.second_headline}' (a headline over"
             " a stamp, under paragraphs): all of the text was read as one article; put each in a file of its own")

    stated, problems = coerce(raw.meta, strict_keys=False)
    for problem in problems:
        note("warning", "bad-metadata", f"front matter: {problem}; value ignored")
    fallback, _ = coerce(raw.fallback, strict_keys=False)
    override: dict[str, Any] = {}
    if sidecar is not None:
        override, problems = coerce(sidecar, strict_keys=True)
        for problem in problems:
            note("warning", "bad-sidecar", f"{sidecar_name}: {problem}; value ignored")

    def pick(key: str, from_text: Any) -> tuple[Any, str | None]:
        if key in override:
            return override[key], "override"
        if key in stated:
            return stated[key], "stated"
        if not from_text and key in fallback:
            return fallback[key], "stated"
        return from_text, ("stated" if from_text else None)

    title, title_layer = pick("title", found.headline)
    title_source = {"override": "override", "stated": "headline"}.get(title_layer or "", "lead")
    if not title:
        title = lead_title(found.body[0])
        note("info", "title-from-lead", f"no headline found; title taken from the lead sentence: {title}")
    date, date_source = pick("date", found.date)
    # The time belongs to the date: take it from the layer the date came from.
    if "date" in override:
        time = override.get("time")
    elif "date" in stated:
        time = stated.get("time") or (found.time if found.date == date else None)
    else:
        time = found.time
    outlet, _ = pick("outlet", found.outlet)
    reporters, _ = pick("reporters", found.reporters)
    subtitles, _ = pick("subtitles", found.subtitles)
    section, _ = pick("section", found.section)
    captions, _ = pick("captions", found.captions)
    source_url, _ = pick("source_url", found.source_url)
    if not date:
        note("info", "no-date", "the text states no publication date; date left empty")
    if not outlet:
        note("info", "no-outlet", "the text names no outlet; outlet left empty")
    if not reporters:
        note("info", "no-reporter", "the text names no reporter")
    if found.truncated:
        note("info", "paywall", "the copy stops at the outlet's paywall; only the text before it is published")

    article = Article(
        id=slug,
        source=raw.source,
        source_sha256=raw.sha256,
        title=title,
        title_source=title_source,  # type: ignore[arg-type]
        subtitles=tuple(subtitles),
        date=date,
        date_source=date_source,  # type: ignore[arg-type]
        time=time,
        outlet=outlet,
        reporters=tuple(reporters),
        section=section,
        captions=tuple(captions),
        source_url=source_url,
        body=found.body,
        truncated=found.truncated,
    )
    return Composed(article, tuple(issues))

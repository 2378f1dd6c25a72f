"""The whole flow on one screen:

    discover -> read -> compose (clean, extract, layer metadata) -> enrich -> emit -> render

Each stage takes plain data and returns plain data. Nothing here writes; the
CLI hands the rendered files to write.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from tqdm import tqdm

from generator import arrivals
from generator.compose import compose
from generator.config import Config
from generator.emit.articles import emit_articles
from generator.emit.entities import emit_entities
from generator.emit.listings import emit_listings
from generator.emit.timeline import emit_timeline
from generator.enrich import Enricher
from generator.errors import InputError
from generator.model import Article, Issue, Page
from generator.read import SIDECAR_SUFFIX, is_input, read_document
from generator.registry import Registry
from generator.registry import load as load_registry
from generator.render import environment, markup_environment, render
from generator.suggest import cheap_candidates
from generator.slug import article_slugs


@dataclass
class Result:
    articles: list[Article] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    inputs: int = 0
    pages_by_emitter: dict[str, int] = field(default_factory=dict)
    unknown_names: int = 0


def discover(config: Config) -> tuple[list[Path], list[Issue]]:
    inputs, issues = [], []
    for path in sorted(config.seeds.rglob("*")):
        rel = path.relative_to(config.root)
        # A dangling link is kept so that reading it reports the problem.
        if any(part.startswith(".") for part in rel.parts) or not (path.is_file() or path.is_symlink()):
            continue
        try:
            rel.as_posix().encode("utf-8")
        except UnicodeEncodeError:
            issues.append(Issue("error", "bad-file-name", repr(rel.as_posix()), "file name is not valid UTF-8; rename it"))
            continue
        if path.name.endswith(SIDECAR_SUFFIX):
            continue
        if is_input(path):
            inputs.append(path)
        else:
            issues.append(Issue("info", "ignored", rel.as_posix(), f"not an article format ('{path.suffix}'); ignored"))
    return inputs, issues


def _sidecar(path: Path, source: str) -> tuple[dict | None, str, list[Issue]]:
    sidecar = path.with_name(path.name.rsplit(".", 1)[0] + SIDECAR_SUFFIX)
    name = sidecar.name
    if not sidecar.exists():
        return None, name, []
    try:
        data = yaml.safe_load(sidecar.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return None, name, [Issue("warning", "bad-sidecar", source, f"{name} cannot be read ({exc}); ignored")]
    if data is None:
        return {}, name, []
    if not isinstance(data, dict):
        return None, name, [Issue("warning", "bad-sidecar", source, f"{name} must be a mapping of keys to values; ignored")]
    return data, name, []


def read_and_compose(config: Config, paths: list[Path], progress: bool) -> tuple[list[Article], list[Issue]]:
    sources = {path: path.relative_to(config.root).as_posix() for path in paths}
    slugs = article_slugs(sources.values())
    articles, issues = [], []
    for path in tqdm(paths, desc="articles", unit="file", disable=not progress, leave=False):
        source = sources[path]
        try:
            raw = read_document(path, source, config.max_input_bytes)
        except InputError as exc:
            issues.append(Issue("error", exc.code, source, f"{exc}; skipped"))
            continue
        sidecar, name, sidecar_issues = _sidecar(path, source)
        issues.extend(sidecar_issues)
        try:
            composed = compose(raw, slugs[source], sidecar, name)
        except Exception as exc:  # a bug met on one odd input must not cost the other articles
            issues.append(Issue("error", "internal-error", source, f"generator failed on this file ({exc!r}); skipped"))
            continue
        issues.extend(composed.issues)
        if composed.article is not None:
            articles.append(composed.article)
    return articles, issues


def enrich(articles: list[Article], registry: Registry) -> tuple[list[Article], list[Issue]]:
    enricher = Enricher(registry)
    enriched, issues = [], []
    for article in articles:
        article, found = enricher(article)
        enriched.append(article)
        issues.extend(found)
    return enriched, issues


def emit(config: Config, articles: list[Article], registry: Registry, batch_of: dict[str, int]) -> list[Page]:
    return [
        *emit_articles(articles, config.page_size, registry.by_id()),
        *emit_listings(articles, config.page_size, config.latest, registry, arrivals.newest(batch_of)),
        Page(arrivals.PATH, "json", {"data": {"batches": batch_of}}, None, "briefing:arrivals"),
        *emit_entities(articles, registry),
        *emit_timeline(articles, registry),
    ]


def run(config: Config, progress: bool = False) -> Result:
    registry = load_registry(config.registry)
    paths, issues = discover(config)
    articles, more = read_and_compose(config, paths, progress)
    articles, found = enrich(articles, registry)
    result = Result(articles=articles, issues=issues + more + found, inputs=len(paths))
    result.unknown_names = len(cheap_candidates(articles, registry))
    env, markup_env = environment(config.templates), markup_environment(config.templates)
    batch_of = arrivals.batches([a.source for a in articles], arrivals.previous(config.content))
    for page in emit(config, articles, registry, batch_of):
        if page.path in result.files:
            raise RuntimeError(f"two pages want {page.path} (second from {page.generated_by})")
        try:
            result.files[page.path] = render(env, page, markup_env)
        except Exception as exc:
            exc.add_note(f"while rendering {page.path} ({page.generated_by}, template {page.template})")
            raise
        result.pages_by_emitter[page.generated_by] = result.pages_by_emitter.get(page.generated_by, 0) + 1
    return result

"""The whole flow on one screen:

    discover -> [per article, on every core: read -> compose (clean, extract,
    layer metadata) -> enrich] -> emit -> render

Each stage takes plain data and returns plain data. Nothing here writes; the
CLI hands the rendered files to write.py.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from tqdm import tqdm

from generator import arrivals, page_memo, yamltext
from generator.cache import ArticleCache, code_fingerprint, file_stamp, files_digest, load_memo, save_memo
from generator.compose import compose
from generator.config import Config
from generator.emit.articles import emit_articles
from generator.emit.entities import emit_entities
from generator.emit.listings import emit_listings
from generator.emit.network import Layouts
from generator.emit.timeline import emit_export, emit_timeline
from generator.enrich import Enricher
from generator.enrich.relevance import Relevance, Signature
from generator.happenings import distinct_quotes, merge_events
from generator.errors import InputError
from generator.model import Article, Issue, Page
from generator.order import newest_first
from generator.page_memo import PageKeys, Unchanged
from generator.read import SIDECAR_SUFFIX, files_under, is_input, load_bytes, parse_bytes, sidecar_of
from generator.registry import Registry
from generator.registry import load as load_registry
from generator.render import environment, markup_environment, render, template_error
from generator.stories import exact_duplicates, group_stories
from generator.slug import article_slugs


@dataclass
class Result:
    articles: list[Article] = field(default_factory=list)
    files: dict[str, bytes | Unchanged] = field(default_factory=dict)  # by path under content/
    issues: list[Issue] = field(default_factory=list)
    inputs: int = 0
    pages_by_emitter: dict[str, int] = field(default_factory=dict)
    unknown_names: int = 0
    memo: dict[str, page_memo.Entry] = field(default_factory=dict)  # for page_memo.save once content/ is written
    # The registry the run linked the articles with: what comes after (PDFs, suggestions) uses the same one.
    registry: Registry = field(default_factory=lambda: Registry((), ""))


def discover(config: Config) -> tuple[dict[Path, str], list[Issue]]:
    """The inputs, in path order, each with its name below the project (as pages and the
    cache know it), and notes on what is not read."""
    inputs: dict[Path, str] = {}
    issues: list[Issue] = []
    prefix = config.seeds.relative_to(config.root).parts
    if any(part.startswith(".") for part in prefix):
        return {}, []
    assets: set[tuple[str, ...]] = set()
    for parts, full, folder in sorted(files_under(str(config.seeds), ()), key=lambda entry: entry[0]):
        if folder is not None:
            if folder not in assets:
                assets.add(folder)
                shown = "/".join(prefix + folder)
                issues.append(Issue("info", "ignored", shown + "/", "the files a browser saved with a page; ignored"))
            continue
        rel = "/".join(prefix + parts)
        try:
            rel.encode("utf-8")
        except UnicodeEncodeError:
            issues.append(Issue("error", "bad-file-name", repr(rel), "file name is not valid UTF-8; rename it"))
            continue
        path = Path(full)
        if path.name.endswith(SIDECAR_SUFFIX):
            continue
        if is_input(path):
            inputs[path] = rel
        else:
            issues.append(Issue("info", "ignored", rel, f"not an article format ('{path.suffix}'); ignored"))
    return inputs, issues


def _sidecar(path: Path, source: str) -> tuple[dict | None, str, list[Issue]]:
    sidecar = Path(sidecar_of(os.fspath(path)))
    name = sidecar.name
    if not sidecar.exists():
        return None, name, []
    try:
        data = yamltext.load(sidecar.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:
        return None, name, [Issue("warning", "bad-sidecar", source, f"{name} cannot be read ({exc}); ignored")]
    if data is None:
        return {}, name, []
    if not isinstance(data, dict):
        return None, name, [Issue("warning", "bad-sidecar", source, f"{name} must be a mapping of keys to values; ignored")]
    return data, name, []


def process(
    path: Path, source: str, slug: str, config: Config, enricher: Enricher
) -> tuple[Article | None, list[Issue]]:
    """All per-article work for one input: read, compose, enrich."""
    try:
        data = load_bytes(path, config.max_input_bytes)
    except InputError as exc:
        return None, [_skipped(exc, source)]
    return _process_fresh(data, path, source, slug, enricher)


def _skipped(exc: InputError, source: str) -> Issue:
    return Issue("error", exc.code, source, f"{exc}; skipped")


def _process_fresh(data: bytes, path: Path, source: str, slug: str, enricher: Enricher) -> tuple[Article | None, list[Issue]]:
    try:
        raw = parse_bytes(data, path, source)
    except InputError as exc:
        return None, [_skipped(exc, source)]
    sidecar, name, issues = _sidecar(path, source)
    try:
        composed = compose(raw, slug, sidecar, name)
        issues.extend(composed.issues)
        if composed.article is None:
            return None, issues
        article, found = enricher(composed.article)
    except Exception as exc:  # a bug met on one odd input must not cost the other articles
        return None, [*issues, Issue("error", "internal-error", source, f"generator failed on this file ({exc!r}); skipped")]
    return article, issues + found


# What a worker process finds in its copy of this module: its enricher (an Aho-Corasick
# automaton, built once a worker), the templates to render with, a split run's page groups.
_WORKER: dict[str, object] = {}
LAYOUTS = "network.json"  # in build/: the network picture's layouts (emit/network.py)
PARALLEL_MIN = 64  # inputs; below this, starting processes costs more than it saves
# Pages. Forking is cheap (0.03 s for two workers at 10,000 articles), but below this
# a pool saves next to nothing: 100 article pages took 0.21 s one after another and
# 0.14 s in two workers, and in a split run (_files) the workers would share the two
# cores with the other group's process.
RENDER_PARALLEL_MIN = 200

Job = tuple[bytes, Path, str, str, str]  # input bytes, path, source, slug, cache key
# An article, its issues, and a fingerprint of what it is made from (_fingerprint).
Done = tuple[Article | None, list[Issue], str]


def _forked() -> None:
    """A worker's start: what it inherits from the run is never garbage to it, so
    its collector leaves those objects alone (walking them made workers a
    tenth slower), and collects what it makes itself (the run pauses collection)."""
    gc.freeze()
    gc.enable()


def _init_worker(registry: Registry, cache: ArticleCache | None) -> None:
    _forked()
    _WORKER["enricher"] = Enricher(registry)
    if cache is not None:
        cache.hold = False  # the worker's own copy of the cache object
    _WORKER["cache"] = cache


def _work(job: Job, enricher: Enricher, cache: ArticleCache | None) -> Done:
    data, path, source, slug, key = job
    article, issues = _process_fresh(data, path, source, slug, enricher)
    relevance = enricher.relevance
    signature = relevance.signature(relevance.entities(article) if article else ())
    fingerprint = _fingerprint(key, signature)
    # A failure of the generator itself is not kept: it may depend on anything.
    if cache is not None and not any(i.code == "internal-error" for i in issues):
        cache.put(key, (article, issues, signature, relevance.forms, fingerprint))
    return article, issues, fingerprint


def _work_in_worker(job: Job) -> Done:
    return _work(job, _WORKER["enricher"], _WORKER["cache"])  # type: ignore[arg-type]


def _still_valid(hit: object, relevance: Relevance) -> Done | None:
    """A cached result, if the registry entries it read are unchanged. When no
    name or alias in the registry changed, the same entries are the ones to check;
    otherwise the article's text is scanned again for the current registry's forms.
    The fingerprint follows from the key and those entries, so it is kept with them."""
    try:
        article, issues, signature, forms, fingerprint = hit  # type: ignore[misc]
        ids, _digest = signature
    except (TypeError, ValueError):
        return None
    if forms != relevance.forms:
        ids = relevance.entities(article) if article else ()
    return (article, issues, fingerprint) if relevance.signature(ids) == signature else None


def _fingerprint(key: str, signature: Signature) -> str:
    """What an article is made from: its input (the cache key) and the registry entries it read
    (their ids and a digest of them; see enrich/relevance.py)."""
    return hashlib.sha256(key.encode() + signature[1]).hexdigest()


def articles_from(
    config: Config, sources: dict[Path, str], registry: Registry, progress: bool, cache: ArticleCache | None = None
) -> tuple[list[Article], list[Issue], dict[str, str]]:
    """Every input's Article, in input order, and (with the cache) a fingerprint of
    what each is made from, by id.

    Cached results are looked up here, so only new or changed inputs, and those
    whose registry entries changed, travel to the workers; with many of those,
    the work uses every core. The result is the same whatever the number of
    workers, with or without the cache."""
    slugs = article_slugs(sources.values())
    relevance = Relevance(registry)
    results: list[Done] = []
    cache_keys: dict[str, str] = {}
    todo: list[tuple[int, Job]] = []
    for path, source in sources.items():
        slug = slugs[source]
        full = os.fspath(path)
        # Taken before reading: a file changed while it is read gets a new stamp next time.
        stamp = [slug, file_stamp(full), file_stamp(sidecar_of(full))]
        key = cache.known_key(source, stamp) if cache is not None else None
        hit = _still_valid(cache.get(key), relevance) if cache is not None and key is not None else None
        if hit is None:  # new or changed, its registry entries changed, or not stamped: read it
            try:
                data = load_bytes(path, config.max_input_bytes)
            except InputError as exc:
                results.append((None, [_skipped(exc, source)], ""))
                continue
            if cache is not None:
                sidecar = Path(sidecar_of(full))
                read_key = cache.key(source, slug, data, sidecar.read_bytes() if sidecar.is_file() else b"")
                if read_key != key:
                    key, hit = read_key, _still_valid(cache.get(read_key), relevance)
        if cache is not None and key is not None:
            cache_keys[slug] = key
            cache.note_key(source, stamp, key)
        if hit is not None:
            results.append(hit)
            continue
        todo.append((len(results), (data, path, source, slug, key or "")))
        results.append((None, [], ""))
    bar = {"desc": "articles", "unit": "file", "disable": not progress, "leave": False, "total": len(todo)}
    jobs = [job for _, job in todo]
    if config.workers <= 1 or len(jobs) < PARALLEL_MIN:
        enricher = Enricher(registry) if jobs else None
        fresh = [_work(job, enricher, cache) for job in tqdm(jobs, **bar)]  # type: ignore[arg-type]
    else:
        with ProcessPoolExecutor(config.workers, initializer=_init_worker, initargs=(registry, cache)) as pool:
            chunk = max(1, len(jobs) // (config.workers * 8))
            fresh = list(tqdm(pool.map(_work_in_worker, jobs, chunksize=chunk), **bar))
    for (index, _), result in zip(todo, fresh):
        results[index] = result
    if cache is not None:
        cache.prune(set(cache_keys.values()))
    articles = [article for article, _, _ in results if article is not None]
    keys = {a.id: fingerprint for a, _, fingerprint in results if a is not None and a.id in cache_keys}
    return articles, [issue for _, found, _ in results for issue in found], keys


# Makes one group of a run's pages (see emit).
PageGroup = Callable[[], list[Page]]


def emit(
    config: Config, articles: list[Article], registry: Registry, batch_of: dict[str, int], layouts: Layouts | None = None
) -> list[PageGroup]:
    """Every page, in two groups that need nothing from each other, each made when it is
    called: on a large corpus the second is made, keyed and rendered in another process
    while this one does the first (_files). The first fills `layouts.used`."""
    # In reading order once: the emitters each put the articles in it, and newest_first
    # returns its own result as it is (order.ReadingOrder).
    articles = newest_first(articles)
    happenings = merge_events(articles, registry)
    said = distinct_quotes(articles)

    def own_pages_and_entities() -> list[Page]:
        return [
            *emit_articles(articles, config.page_size, registry.by_id()),
            Page(arrivals.PATH, "json", {"data": {"batches": batch_of}}, None, "briefing:arrivals"),
            *emit_entities(articles, registry, happenings, said, layouts),
        ]

    def listings_timeline_and_data() -> list[Page]:
        return [
            *emit_listings(articles, config, registry, arrivals.newest(batch_of), happenings),
            *emit_timeline(articles, registry, happenings, said),
            emit_export(articles, registry, happenings),  # after the timeline: their happenings are keyed once
        ]

    return [own_pages_and_entities, listings_timeline_and_data]


@contextmanager
def collector_paused() -> Iterator[None]:
    """A run holds millions of small objects (10,000 articles, their pages) for its
    whole length and makes few reference cycles; the cyclic collector walked them
    over and over (a sixth of a full run at 10,000 articles) and freed next to
    nothing. Reference counting still frees everything else as it goes.

    What the run made is frozen when the pause ends (the collector never walks it
    again): the process holds it from then on, and the first collection after
    the pause walked all of it to free nothing (0.65 s at 10,000 articles)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


def run(
    config: Config, progress: bool = False, use_cache: bool = True, write_cache: bool = True, loaded: dict[str, object] | None = None
) -> Result:
    with collector_paused():
        return _run(config, progress, use_cache, write_cache, loaded)


@dataclass
class Inputs:
    """Every input read into an Article, before anything is made of them."""

    registry: Registry
    inputs: int
    articles: list[Article]
    issues: list[Issue]
    salt: str  # the generator's code (cache.code_fingerprint)
    keys: dict[str, str] | None  # each article's fingerprint by id; None without the cache
    loaded: dict[str, object] = field(default_factory=dict)  # cache entries read, by key (ArticleCache.loaded)


def read_corpus(
    config: Config, progress: bool = False, use_cache: bool = True, write_cache: bool = True, loaded: dict[str, object] | None = None
) -> Inputs:
    """The first stage of a run, and all that `briefing add` needs to check new files
    against: a whole run (pages made too) took three times as long at 10,000 articles.
    `loaded`: cache entries an earlier read in this process loaded (Inputs.loaded)."""
    with collector_paused():
        registry = load_registry(config.registry)
        sources, issues = discover(config)
        # The registry is not in the salt: each article's result is checked against the entries it read.
        salt = code_fingerprint()
        cache = ArticleCache(config.work / "cache", salt, readonly=not write_cache, loaded=loaded) if use_cache else None
        articles, more, keys = articles_from(config, sources, registry, progress, cache)
    return Inputs(
        registry, len(sources), articles, issues + more, salt, keys if cache is not None else None, cache.loaded if cache else {}
    )


def _run(config: Config, progress: bool, use_cache: bool, write_cache: bool, loaded: dict[str, object] | None) -> Result:
    corpus = read_corpus(config, progress, use_cache, write_cache, loaded)
    registry, articles, issues, keys = corpus.registry, corpus.articles, corpus.issues, corpus.keys
    by_id = {a.id: a for a in articles}
    for copy, original in exact_duplicates(articles).items():
        issues.append(
            Issue("warning", "duplicate", by_id[copy].source, f"same text as {by_id[original].source}; both are published")
        )
    articles = _merge_outlets(articles, registry)
    story = _stories(config, articles, registry, keys, save=write_cache)
    articles = [replace(a, story=story[a.id]) if a.id in story else a for a in articles]
    result = Result(articles=articles, issues=issues, inputs=corpus.inputs, registry=registry)
    result.unknown_names = len({name for a in articles for name in a.unknown_names})
    batch_of = arrivals.batches([a.source for a in articles], arrivals.previous(config.content))
    # With the cache, the network's layouts of earlier runs are reused (emit/network.py).
    layouts = Layouts(load_memo(config.work / LAYOUTS) if keys is not None else None)
    groups = emit(config, articles, registry, batch_of, layouts)
    # The outlet names are not in the article fingerprints (they are merged above, after the cache).
    page_salt = corpus.salt + files_digest(config.templates) + repr((config.page_size, config.latest, registry.outlets))
    split = config.workers > 1 and len(articles) >= SPLIT_MIN
    made, result.memo = _files(groups, config, PageKeys(page_salt, keys) if keys is not None else None, split)
    if keys is not None and write_cache:
        save_memo(config.work / LAYOUTS, layouts.used)
    for path, generated_by, data in made:
        if path in result.files:
            raise RuntimeError(f"two pages want {path} (second from {generated_by})")
        result.files[path] = data
        result.pages_by_emitter[generated_by] = result.pages_by_emitter.get(generated_by, 0) + 1
    return result


def _merge_outlets(articles: list[Article], registry: Registry) -> list[Article]:
    """Outlet names as the registry's `outlets:` list merges them. Cached articles keep the
    name as written, so a change to the list needs no article read again."""
    if not registry.outlets:
        return articles
    named = {name: registry.outlet(name) for name in {a.outlet for a in articles}}
    return [a if named[a.outlet] == a.outlet else replace(a, outlet=named[a.outlet]) for a in articles]


def _stories(config: Config, articles: list[Article], registry: Registry, keys: dict[str, str] | None, save: bool) -> dict[str, str]:
    """Same-story groups; with article fingerprints, an earlier run's decisions (build/stories.json) are reused."""
    memo = config.work / "stories.json"
    before = load_memo(memo) if keys is not None else None
    story, decided = group_stories(articles, registry, keys, before)
    if keys is not None and save and decided != before:  # 1.5 MB at 10,000 articles: not rewritten for nothing
        save_memo(memo, decided)
    return story


# A page's path, the emitter it is from, and its file.
Made = tuple[str, str, bytes | Unchanged]
# Articles. A regenerate with nothing new took as long either way at 1,000 articles
# (1.6-1.8 s), and 0.2-0.4 s less split at 2,000 (of 1.6-2.2 s).
SPLIT_MIN = 1000


def _files(
    groups: list[PageGroup], config: Config, keyer: PageKeys | None, split: bool
) -> tuple[list[Made], dict[str, page_memo.Entry]]:
    """Every page's file: rendered, or (see page_memo) what content/ already holds;
    and the memo entries to keep once the files are written. With `split`, each group
    after the first is made, keyed and rendered in a forked process, while this process
    does the first: after a small change at 10,000 articles each took over a second."""
    memo = page_memo.load(config.work) if keyer is not None else {}
    if not split or "fork" not in multiprocessing.get_all_start_methods():
        done = [_group_files(group(), config, keyer, memo) for group in groups]
    else:
        _WORKER["split"] = (groups, config, keyer, memo)  # the forked process finds them here
        try:
            with ProcessPoolExecutor(len(groups) - 1, mp_context=multiprocessing.get_context("fork")) as pool:
                later = [pool.submit(_group_in_worker, index) for index in range(1, len(groups))]
                done = [_group_files(groups[0](), config, keyer, memo), *(future.result() for future in later)]
        finally:
            _WORKER.pop("split", None)
    return [made for files, _ in done for made in files], {path: e for _, entries in done for path, e in entries.items()}


def _group_in_worker(index: int) -> tuple[list[Made], dict[str, page_memo.Entry]]:
    groups, config, keyer, memo = _WORKER["split"]  # type: ignore[misc]
    # Rendered here, one page after another: the first group is being made on the other cores.
    return _group_files(groups[index](), replace(config, workers=1), keyer, memo)


def _group_files(
    pages: list[Page], config: Config, keyer: PageKeys | None, memo: dict[str, page_memo.Entry]
) -> tuple[list[Made], dict[str, page_memo.Entry]]:
    keys = [keyer(page) if keyer is not None else None for page in pages]
    out: list[bytes | Unchanged | None] = []
    entries = {}
    for page, key in zip(pages, keys):
        found = page_memo.reuse(config.content, memo, page.path, key)
        out.append(found[0] if found else None)
        if found:
            entries[page.path] = found[1]
    todo = [i for i, data in enumerate(out) if data is None]
    for index, data in zip(todo, render_all([pages[i] for i in todo], config)):
        out[index] = data
        key = keys[index]
        if key is not None:
            entries[pages[index].path] = page_memo.Entry(key, hashlib.sha256(data).hexdigest())
    return [(page.path, page.generated_by, data) for page, data in zip(pages, out)], entries  # type: ignore[misc]


# Pages to render, shared with forked workers without pickling them.
_PAGES: list[Page] = []


def _render_one(index: int) -> bytes:
    page = _PAGES[index]
    env, markup_env = _WORKER.setdefault("envs", (environment(_WORKER["templates"]), markup_environment(_WORKER["templates"])))  # type: ignore[arg-type]
    try:
        return render(env, page, markup_env)  # type: ignore[arg-type]
    except Exception as exc:
        failed = template_error(exc, _WORKER["templates"], page.path)  # type: ignore[arg-type]
        if failed is None:  # not in a template: the generator's own fault, so the traceback is wanted
            exc.add_note(f"while rendering {page.path} ({page.generated_by}, template {page.template})")
            raise
        raise failed from None


def render_all(pages: list[Page], config: Config) -> list[bytes]:
    """Every page's file, in order; on every core for a large corpus (forked workers
    read the pages from memory, only the rendered bytes travel back)."""
    global _PAGES
    _PAGES = pages
    _WORKER["templates"] = config.templates
    _WORKER.pop("envs", None)
    try:
        if config.workers <= 1 or len(pages) < RENDER_PARALLEL_MIN or "fork" not in multiprocessing.get_all_start_methods():
            return [_render_one(i) for i in range(len(pages))]
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(config.workers, mp_context=context, initializer=_forked) as pool:
            return list(pool.map(_render_one, range(len(pages)), chunksize=max(1, len(pages) // (config.workers * 8))))
    finally:
        _PAGES = []

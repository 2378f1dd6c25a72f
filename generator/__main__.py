"""The `briefing` command: arguments in, pipeline run, exit code out.

Exit codes: 0 done; 1 the run found what it was asked to fail on (--strict
problems, --check differences, a failed site build); 2 the command could not
run (bad arguments, not a briefing project, another run holds the lock).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Collection
from pathlib import Path

from generator import __version__
from generator import config as config_mod
from generator import page_memo, write
from generator.errors import BuildError, GeneratorError
from generator.cache import file_stamp
from generator.pipeline import Result, collector_paused, read_corpus, run
from generator.read import files_under
from generator.report import counts, issue_lines, write_report
from generator.site import build_site, start_preview
from generator.suggest import all_candidates, as_yaml, cheap_candidates

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _summary(result: Result, change: write.Plan | None) -> dict[str, object]:
    levels = counts(result.issues)
    summary: dict[str, object] = {
        "inputs": result.inputs,
        "articles": len(result.articles),
        "skipped": result.inputs - len(result.articles),
        "pages": dict(sorted(result.pages_by_emitter.items())),
        "errors": levels["error"],
        "warnings": levels["warning"],
        "notes": levels["info"],
    }
    if change is not None:
        summary["content"] = {
            "written": len(change.writes),
            "removed": len(change.deletes),
            "unchanged": change.unchanged,
            "kept_hand_written": change.conflicts,
        }
    return summary


def _print_report(result: Result, change: write.Plan | None, quiet: bool, notes_for: Collection[str] | None = None) -> None:
    """The run's problems and figures. `notes_for`: the only inputs whose notes are shown (`add`
    shows those of the files it added; every run's notes on the rest buried them)."""
    issues = [i for i in result.issues if i.level != "info" or (not quiet and (notes_for is None or i.source in notes_for))]
    for line in issue_lines(issues):
        _say(line)
    s = _summary(result, change)
    _say(f"read: {s['inputs']} inputs -> {s['articles']} articles, {s['skipped']} skipped")
    _say("emit: " + ", ".join(f"{n} {name.split(':')[-1]}" for name, n in s["pages"].items()))  # type: ignore[union-attr]
    if change is not None:
        _say(f"write: content/ {len(change.writes)} written, {len(change.deletes)} removed, {change.unchanged} unchanged")
        for rel in change.conflicts:
            _say(f"error: content/{rel} was written by hand, not by the generator; left as it is (move it to regenerate that page)")
    _say(f"report: {s['errors']} errors, {s['warnings']} warnings, {s['notes']} notes (build/report.json)")
    if result.unknown_names:
        _say(f"entities: {result.unknown_names} names not in entities.yml (list them: briefing entities suggest)")


def _failed_strict(result: Result, strict: bool) -> bool:
    levels = counts(result.issues)
    return strict and (levels["error"] + levels["warning"]) > 0


def generate(cfg: config_mod.Config, args: argparse.Namespace) -> int:
    return _generate(cfg, args)[0]


def _generate(
    cfg: config_mod.Config, args: argparse.Namespace, loaded: dict[str, object] | None = None, notes_for: Collection[str] | None = None
) -> tuple[int, Result]:
    """Generate (or check) content/; the run's Result comes back so callers need not run again.
    `loaded`: article cache entries this process has read already (pipeline.Inputs.loaded);
    `notes_for`: see _print_report."""
    with write.locked(cfg.work), collector_paused():  # writing the memos walks the whole run too
        if write.finish(cfg.content, cfg.work):
            _say("note: finished writing content/ from an interrupted earlier run")
        result = run(cfg, progress=sys.stderr.isatty() and not args.quiet, write_cache=not args.check, loaded=loaded)
        change = write.plan(cfg.content, result.files)
        if args.check:
            _print_report(result, None, args.quiet)
            if change.changed:
                for rel in change.changed:
                    _say(f"out of date: content/{rel}")
                _say("content/ is out of date: run `briefing generate`")
                return EXIT_FAIL, result
            _say("content/ is up to date")
            return (EXIT_FAIL if _failed_strict(result, args.strict) else EXIT_OK), result
        write.apply(cfg.content, cfg.work, result.files, change)
        page_memo.save(cfg.work, cfg.content, result.memo, change.conflicts)
        write_report(cfg.work / "report.json", _summary(result, change), result.issues)
        _print_report(result, change, args.quiet, notes_for)
    if change.conflicts or _failed_strict(result, args.strict):
        return EXIT_FAIL, result
    return EXIT_OK, result


def build(cfg: config_mod.Config, args: argparse.Namespace) -> int:
    args.check = False
    code, result = _generate(cfg, args)
    if code == EXIT_FAIL and args.strict:
        return code
    _build_site(cfg, result, clean=args.clean, pdfs=not args.no_pdf)
    return code


def _build_site(cfg: config_mod.Config, result: Result, clean: bool, pdfs: bool) -> None:
    """The site from content/ as the run `result` left it: MkDocs, the search index, the PDFs."""
    with write.locked(cfg.work):
        rebuilt = build_site(cfg, clean=clean)
        # Said before the PDFs are laid out: after a new article in a large corpus, laying out
        # the PDFs of its entities takes minutes, and the site can be read meanwhile.
        pages = "every page" if rebuilt is None else f"{rebuilt} changed pages"
        _say(f"site: built into {cfg.site.relative_to(cfg.root)}/ ({pages})")
        if pdfs:
            _site_pdfs(cfg, result)


def _warn_if_pdfs_will_be_slow() -> None:
    from generator.pdf import slow_font_subsetting

    if reason := slow_font_subsetting():
        _say(f"warning: {reason}")


def _site_pdfs(cfg: config_mod.Config, result: Result) -> None:
    """The PDFs the home page and entity pages link to."""
    from generator.pdf import Corpus, briefing_html, cache_key, generation_day, prune_cache, site_pdfs, write_pdfs

    _warn_if_pdfs_will_be_slow()

    corpus = Corpus(result.articles, result.registry)
    today = generation_day()
    jobs = [
        (briefing_html(corpus, scope, cfg.templates, today)[0], cfg.site / path, cfg.templates, cfg.work / "pdf-cache")
        for path, scope in site_pdfs(result.articles, cfg.site_pdf_limit(len(result.articles)))
    ]
    rendered = write_pdfs(jobs, progress=sys.stderr.isatty())
    prune_cache(cfg.work / "pdf-cache", {cache_key(html_text, cfg.templates) for html_text, *_ in jobs})
    _say(f"pdf: {len(jobs)} briefing PDFs into {cfg.site.relative_to(cfg.root)}/pdf/ ({rendered} laid out, {len(jobs) - rendered} unchanged)")


def _snapshot(cfg: config_mod.Config) -> dict[str, list[int] | None]:
    """Stamps of the inputs, sidecars, templates and the registry (hidden files aside).
    Taken every second: with Path.rglob, 10,000 inputs took 0.16-0.20 s of it (0.06 s so)."""
    files = [full for folder in (cfg.seeds, cfg.templates) for _, full, _ in files_under(str(folder), ())]
    return {path: file_stamp(path) for path in [*files, str(cfg.registry)]}


def serve(cfg: config_mod.Config, args: argparse.Namespace) -> int:
    args.check = False
    # The articles read from the cache stay in memory from one run to the next: reading
    # 10,000 again (opening and unpickling each) took about a second of each regenerate.
    loaded: dict[str, object] = {}
    _generate(cfg, args, loaded)
    server = start_preview(cfg, args.dev_addr)
    seen = _snapshot(cfg)
    try:
        while server.poll() is None:
            time.sleep(1.0)
            now = _snapshot(cfg)
            if now != seen:
                seen = now
                _say("change in seeds/, site_templates/ or entities.yml: regenerating")
                try:
                    _generate(cfg, args, loaded)
                except GeneratorError as exc:
                    _say(f"error: {exc}")
                # A run freezes what it made (pipeline.collector_paused); a preview lives on
                # through many runs, so what is left of each is handed back to the collector.
                gc.unfreeze()
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait()
    return EXIT_OK


def pdf(cfg: config_mod.Config, args: argparse.Namespace) -> int:
    from generator.pdf import BRIEFING_ARTICLES, Corpus, Scope, briefing_html, generation_day, select, write_pdf

    result = run(cfg, progress=sys.stderr.isatty() and not args.quiet)
    limit = BRIEFING_ARTICLES if args.limit is None else args.limit
    scope = Scope(entity=args.entity, since=args.since, until=args.until, title=args.title, limit=limit or None)
    in_scope = len(select(result.articles, scope, result.registry))
    html_text, count = briefing_html(Corpus(result.articles, result.registry), scope, cfg.templates, generation_day())
    out = args.output or (cfg.root / "pdf" / scope.file_name())
    _warn_if_pdfs_will_be_slow()
    write_pdf(html_text, out, cfg.templates)
    if count < in_scope:
        _say(f"pdf: the newest {count} of the {in_scope} articles in scope (--limit N for more, --limit 0 for all) -> {out}")
    else:
        _say(f"pdf: {count} articles -> {out}")
    return EXIT_OK


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be a whole number, 0 or more; got '{text}'")
    return value


def add(cfg: config_mod.Config, args: argparse.Namespace) -> int:
    """Copy new articles into seeds/, skip exact duplicates, generate, and report."""
    from generator.add import collect, copy_in, safe_name
    from generator.dates import check_day
    from generator.enrich import Enricher
    from generator.pipeline import process
    from generator.stories import text_key

    try:
        check_day(args.date, "--date")
    except GeneratorError as exc:
        _say(f"error: {exc}")
        return EXIT_USAGE
    with write.locked(cfg.work):
        corpus = read_corpus(cfg)
    known_text = {text_key(a): a.source for a in corpus.articles}
    enricher = Enricher(corpus.registry)
    taken = {p.name for p in cfg.seeds.iterdir()}
    added, duplicates, problems, bad_arguments = [], [], [], []
    for item in collect(args.paths):
        if item.problem:
            (bad_arguments if item.bad_argument else problems).append(f"{item.path}: {item.problem}")
            continue
        article, issues = process(item.path, str(item.path), "new", cfg, enricher)
        if article is None:
            problems.extend(f"{item.path}: {i.message}" for i in issues if i.level == "error")
            continue
        key = text_key(article)
        if key in known_text:
            duplicates.append(f"{item.path}: same text as {known_text[key]}; not added")
            continue
        item.target = cfg.seeds / safe_name(item.path, taken)
        copy_in(item, cfg.seeds, args.date, args.outlet)
        known_text[key] = item.target.relative_to(cfg.root).as_posix()
        added.append(item.target.relative_to(cfg.root).as_posix())
    args.check = False
    # With --build the generate runs even when nothing was added: the site is built from an up-to-date content/.
    code, after = (
        _generate(cfg, args, corpus.loaded, notes_for=added)
        if added or args.build
        else (EXIT_OK, Result(articles=corpus.articles, registry=corpus.registry))
    )
    new = [a for a in after.articles if a.source in added]
    # What was read, so that a misreading shows at once, not on the site a week later.
    read = {a.source: a for a in new}
    for path in added:
        article = read.get(path)
        _say(f"added: {path}" + (f": {article.title} ({article.date or '날짜 미상'}, {article.outlet or '매체 미상'})" if article else ""))
    for line in duplicates:
        _say(f"duplicate: {line}")
    for story in sorted({a.story for a in new if a.story}):
        fresh = sorted(a.source for a in new if a.story == story)
        others = sorted(a.source for a in after.articles if a.story == story and a.source not in added)
        _say(f"same story: {', '.join(fresh)}" + (f" with {', '.join(others)}" if others else ""))
    unknown = cheap_candidates(new, after.registry)
    if unknown:
        _say(f"unknown names in the new articles: {', '.join(c.name for c in unknown[:10])}"
             + (f" and {len(unknown) - 10} more" if len(unknown) > 10 else "") + " (briefing entities suggest)")
    for issue in after.issues:
        if issue.source in added and issue.level != "info":
            problems.append(issue.line())
    for line in problems:
        _say(f"problem: {line}")
    for line in bad_arguments:
        _say(f"error: {line}")
    _say(f"add: {len(added)} added, {len(duplicates)} duplicates skipped, {len(problems) + len(bad_arguments)} problems")
    if problems and args.strict:
        return EXIT_FAIL
    if args.build:
        # What `briefing build` would do next, without its generate: the one above just ran
        # (at 10,000 articles a generate that finds nothing new still takes ~6 s).
        _build_site(cfg, after, clean=False, pdfs=not args.no_pdf)
    # After the other paths are added and built: a script must still learn that one was wrong.
    return EXIT_USAGE if bad_arguments and code == EXIT_OK else code


def suggest(cfg: config_mod.Config, args: argparse.Namespace) -> int:
    result = run(cfg, progress=sys.stderr.isatty())
    candidates = all_candidates(result.articles, result.registry, analyser=not args.no_analyser)
    shown = candidates[: args.limit] if args.limit else candidates
    print(f"# {len(candidates)} names not in entities.yml, strongest evidence first ({len(shown)} shown).")
    print("# Check each one, give it a real id, then paste it under 'entities:' in entities.yml.")
    print(as_yaml(shown), end="")
    return EXIT_OK


def check(cfg: config_mod.Config, args: argparse.Namespace) -> int:
    args.check = True
    return generate(cfg, args)


def parser() -> argparse.ArgumentParser:
    from generator.pdf import BRIEFING_ARTICLES

    root = argparse.ArgumentParser(prog="briefing", description=__doc__.split("\n\n")[0])
    root.add_argument("--version", action="version", version=f"briefing {__version__}")
    root.add_argument("-C", "--root", type=Path, default=Path("."), help="project folder (default: current folder)")
    root.add_argument("-j", "--jobs", type=int, default=None, help="worker processes for the per-article work (default: one per core)")
    sub = root.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--strict", action="store_true", help="exit 1 if any input has an error or warning")
        p.add_argument("-q", "--quiet", action="store_true", help="print only errors, warnings and the summary")

    p = sub.add_parser("generate", help="seeds/ -> content/ (Markdown pages)", description="Turn every input in seeds/ into front-mattered Markdown under content/.")
    common(p)
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 and name the files if content/ is out of date")
    p.set_defaults(func=generate)
    p = sub.add_parser("build", help="generate, then build the site into site/", description="Generate content/, run `mkdocs build --strict` into site/, index it for search and make the briefing PDFs.")
    common(p)
    p.add_argument("--no-pdf", action="store_true", help="skip the briefing PDFs (site/pdf/)")
    p.add_argument("--clean", action="store_true", help="rebuild every page (default: only pages whose source changed since the last build)")
    p.set_defaults(func=build)
    p = sub.add_parser("serve", help="live preview that regenerates when seeds/ change", description="Generate, then serve the site and regenerate whenever seeds/ or site_templates/ change.")
    common(p)
    p.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on (default 127.0.0.1:8000)")
    p.set_defaults(func=serve)
    p = sub.add_parser("check", help="report input problems and whether content/ is current; writes nothing", description="Read every input, print the problems found, and check that content/ is up to date. Writes nothing.")
    common(p)
    p.set_defaults(func=check)
    p = sub.add_parser(
        "add",
        help="copy new articles into seeds/ and regenerate",
        description="Copy article files (or the article files in folders) into seeds/ under new, safe names, "
        "skip exact duplicates, regenerate, and report what is new.",
    )
    common(p)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".txt, .html or .md files, or folders of them")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date to record in each new article's sidecar")
    p.add_argument("--outlet", help="outlet to record in each new article's sidecar")
    p.add_argument("--build", action="store_true", help="then build the site, as `briefing build` does")
    p.add_argument("--no-pdf", action="store_true", help="with --build: skip the briefing PDFs (site/pdf/)")
    p.set_defaults(func=add)
    p = sub.add_parser(
        "pdf",
        help="write an A4 briefing PDF (whole corpus, one entity, a date range)",
        description="Write an A4 briefing PDF: cover, contents, summary, timeline, entity index and the articles.",
    )
    p.add_argument("--entity", metavar="ID", help="only this entity: its profile, timeline, quotes and the articles naming it")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only articles published on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only articles published on or before this day")
    p.add_argument("--title", help="the cover title")
    p.add_argument(
        "--limit", type=_count, metavar="N",
        help=f"only the newest N articles of the scope (default: {BRIEFING_ARTICLES}, so that a large corpus gives a briefing, not a book; 0: all)",
    )
    p.add_argument("-o", "--output", type=Path, help="output file (default: pdf/briefing[-ENTITY][-since-…][-until-…].pdf)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--strict", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=pdf)
    p = sub.add_parser("entities", help="work with the entity registry (entities.yml)", description="Work with the entity registry.")
    ent = p.add_subparsers(dest="entities_command", required=True, metavar="ACTION")
    q = ent.add_parser(
        "suggest",
        help="list names in the articles that entities.yml does not know",
        description="List candidate entities not in entities.yml, ranked by evidence and frequency, as YAML ready to paste.",
    )
    q.add_argument("--limit", type=int, default=0, help="show at most this many (default: all)")
    q.add_argument("--no-analyser", action="store_true", help="skip the morphological analyser (faster, fewer proper nouns)")
    q.set_defaults(func=suggest)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        cfg = config_mod.load(args.root, args.jobs)
        return args.func(cfg, args)
    except GeneratorError as exc:
        _say(f"error: {exc}")
        return EXIT_FAIL if isinstance(exc, BuildError) else EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())

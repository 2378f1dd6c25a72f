"""Pages -> file bytes, through the Jinja2 templates in site_templates/. Pure: no writes."""

from __future__ import annotations

import functools
import posixpath
import re
import traceback
from pathlib import Path

import frontmatter
import jinja2

from generator import jsontext
from generator.emit.articles import entity_groups, linked_body
from generator.search_aids import article_terms
from generator.dates import korean_date, korean_month, korean_value
from generator.errors import TemplateError
from generator.mdtext import Raw, finalize, raw
from generator.model import Page


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        finalize=finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Markdown; finalize escapes for Markdown instead
    )
    env.filters["raw"] = raw
    env.filters["count"] = lambda n: Raw(f"{n:,}")  # 10,008건, as Korean print writes counts
    env.filters["korean_date"] = korean_date
    env.filters["korean_month"] = korean_month
    env.filters["korean_value"] = korean_value

    # By folder, not by page: the 10,000 article pages share one folder and link to the same ~100 entities.
    @functools.lru_cache(maxsize=65536)
    def relative(folder: str, target: str) -> Raw:
        return Raw(posixpath.relpath(target, folder or "."))

    @jinja2.pass_context
    def link(context: jinja2.runtime.Context, target: str) -> Raw:
        return relative(posixpath.dirname(context["here"]), target)

    @jinja2.pass_context
    def site_link(context: jinja2.runtime.Context, target: str) -> Raw:
        """A link in raw HTML, which MkDocs passes through untouched: relative to the
        page's final address (articles/x.md is served as articles/x/)."""
        page = context["here"][: -len(".md")]
        folder = page[: -len("index")] if page == "index" or page.endswith("/index") else page + "/"
        return Raw("../" * folder.count("/") + target)

    # Worked out while rendering (in the workers, and only for pages rendered again) from what an
    # article page's context holds: not kept per article, nor walked again for its page key.
    env.globals["linked_body"] = linked_body
    env.globals["entity_groups"] = entity_groups
    env.globals["search_terms"] = article_terms
    env.globals["link"] = link
    env.globals["site_link"] = site_link
    return env


def markup_environment(templates: Path) -> jinja2.Environment:
    """For the few non-Markdown outputs (SVG): XML escaping instead of Markdown escaping."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def render(env: jinja2.Environment, page: Page, markup_env: jinja2.Environment | None = None) -> bytes:
    if page.template == "json":
        data = page.context["data"]
        return jsontext.dumps(data(page.context) if callable(data) else data)
    if page.template.endswith((".svg.j2", ".html.j2")):
        if markup_env is None:
            raise ValueError(f"{page.template} needs the markup environment")
        text = markup_env.get_template(page.template).render(**page.context)
        return ("\n".join(line.rstrip() for line in text.strip().split("\n")) + "\n").encode("utf-8")
    body = env.get_template(page.template).render(here=page.path, **page.context)
    body = "\n".join(line.rstrip() for line in body.strip().split("\n"))
    body = re.sub(r"\n{3,}", "\n\n", body) + "\n"
    fields = page.front_matter(page.context) if callable(page.front_matter) else page.front_matter
    if fields is None:
        return body.encode("utf-8")
    post = frontmatter.Post(body, **fields)
    text = frontmatter.dumps(post, sort_keys=False, allow_unicode=True, width=1000)
    return (text.rstrip("\n") + "\n").encode("utf-8")


def template_error(exc: Exception, templates: Path, page: str) -> TemplateError | None:
    """The error as a user who edited a template needs it (which template, which
    line), or None when no template line is to blame."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        name, line = Path(exc.filename), exc.lineno
    else:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(".j2")]
        if not frames:
            return None
        name, line = Path(frames[-1].filename), frames[-1].lineno
    shown = name.relative_to(templates.parent) if name.is_relative_to(templates.parent) else name
    return TemplateError(f"{shown.as_posix()}, line {line}: {exc} ({type(exc).__name__}), while rendering {page}")

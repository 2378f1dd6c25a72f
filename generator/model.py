"""Plain data passed between the pipeline stages. No I/O here."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, Literal, NamedTuple, overload

Level = Literal["info", "warning", "error"]


@dataclass(frozen=True)
class RawDoc:
    """What a reader returns: decoded text plus the metadata the file itself states."""

    source: str  # input path relative to the project root, POSIX separators
    fmt: str  # "text", "html" or "markdown"
    text: str
    sha256: str
    meta: dict[str, Any] = field(default_factory=dict)
    # What the file says less reliably than its text: a saved page's site name and author
    # fields (a portal names itself there, "네이버 뉴스"; "연합뉴스 | 네이버" is no reporter),
    # used only where the text names no outlet or reporter.
    fallback: dict[str, Any] = field(default_factory=dict)
    repaired: str | None = None  # how a garbled text was read back (read/mojibake.py), for the report
    # (code, message) when the file was read as something other than its name says (read.parse_bytes).
    read_as: tuple[str, str] | None = None

    def saved_from(self, url: str | None) -> RawDoc:
        """The document with the address its copy was saved from (a web archive's, an .mhtml's),
        where it names none itself."""
        if not url or "source_url" in self.meta:
            return self
        return replace(self, meta={**self.meta, "source_url": url})


@dataclass(frozen=True)
class Extracted:
    """Fields recovered from an article's text by the extract stage."""

    headline: str | None
    subtitles: tuple[str, ...]
    section: str | None
    date: str | None  # YYYY-MM-DD
    time: str | None  # HH:MM
    reporters: tuple[str, ...]
    outlet: str | None
    captions: tuple[str, ...]
    body: tuple[str, ...]  # paragraphs in order
    source_url: str | None = None  # the article's web address, when the copy carries it on a line of its own
    truncated: bool = False  # the copy stops at the outlet's paywall: the rest of the article is not in it
    # The headline of what looks like a second article pasted under the first (a file of clippings).
    second_headline: str | None = None


class Mention(NamedTuple):
    """A named tuple, not a dataclass like the other records: an article holds ~60
    of them, and loading 10,000 cached articles spent two thirds of its time
    rebuilding them as dataclasses (1.7 s; as named tuples, 1.0 s)."""

    entity: str
    field: str  # "title", "subtitles", "body" or "captions"
    index: int  # which line of that field
    start: int
    end: int
    text: str  # the name as written, without its particle
    generic: bool = False  # a generic alias (협회) standing for an entity named earlier


_MENTION = partial(tuple.__new__, Mention)


class Mentions(Sequence[Mention]):
    """An article's mentions, pickled as one blob and made Mention records again only
    when first read. Loading 10,000 cached articles spent more than half its time
    rebuilding their half a million named tuples (0.7 of 1.2 s), and a quarter of a
    second as plain tuples, while a run reads the mentions of only the articles it
    renders again and the newest on each entity page."""

    __slots__ = ("_items", "_packed")

    def __init__(self, items: Iterable[Mention] = ()) -> None:
        self._items: tuple[Mention, ...] | None = tuple(items)
        self._packed: tuple[int, bytes] | None = None  # how many, and their fields as pickled tuples

    def _all(self) -> tuple[Mention, ...]:
        if self._items is None:
            self._items = tuple(map(_MENTION, pickle.loads(self._packed[1]))) if self._packed else ()
            self._packed = None
        return self._items

    def __reduce__(self) -> tuple[Any, ...]:
        if self._packed is None:
            items = self._all()
            self._packed = (len(items), pickle.dumps(tuple(map(tuple, items)), protocol=pickle.HIGHEST_PROTOCOL))
        return (_packed_mentions, self._packed)

    def __len__(self) -> int:
        return self._packed[0] if self._items is None else len(self._items)  # type: ignore[index]

    @overload
    def __getitem__(self, index: int) -> Mention: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Mention, ...]: ...
    def __getitem__(self, index: int | slice) -> Mention | tuple[Mention, ...]:
        return self._all()[index]

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mentions):
            return self._all() == other._all()
        return self._all() == other if isinstance(other, tuple) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return repr(self._all())


def _packed_mentions(count: int, blob: bytes) -> Mentions:
    mentions = Mentions.__new__(Mentions)
    mentions._items, mentions._packed = None, (count, blob)
    return mentions


@dataclass(frozen=True)
class Role:
    person: str
    title: str
    org: str | None
    phrase: str  # as written: "한국제약바이오협회 회장"


@dataclass(frozen=True)
class StockCode:
    entity: str | None  # None: a name the registry does not know
    name: str
    code: str


@dataclass(frozen=True)
class Event:
    """A dated happening as one article reports it."""

    value: str  # 2020-01-21, 2019-11, 2023-Q3, 2020-H2, 2014
    precision: str  # day, month, quarter, half, year
    is_plan: bool
    sort_date: str  # YYYY-MM-DD, first day covered
    expression: str  # as written: 지난달 28일
    text: str  # the sentence, trimmed to a headline
    entities: tuple[str, ...]
    article: str


@dataclass(frozen=True)
class Quote:
    speaker: str | None  # an entity id, or None when the text does not say who
    text: str
    article: str


@dataclass(frozen=True)
class Article:
    id: str  # the slug; also the page's file name
    source: str
    source_sha256: str
    title: str
    title_source: Literal["headline", "lead", "override"]
    subtitles: tuple[str, ...]
    date: str | None
    date_source: Literal["stated", "inferred", "override"] | None
    time: str | None
    outlet: str | None
    reporters: tuple[str, ...]
    section: str | None
    captions: tuple[str, ...]
    body: tuple[str, ...]
    source_url: str | None = None  # where the article was published (patterns.WEB_ADDRESS), when known
    truncated: bool = False  # only the part before a paywall was copied (Extracted.truncated)
    # Filled by the enrich stage.
    entities: tuple[str, ...] = ()
    mentions: Sequence[Mention] = ()  # Mentions, once enriched
    roles: tuple[Role, ...] = ()
    stock_codes: tuple[StockCode, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    unknown_names: tuple[str, ...] = ()  # names the registry does not know (suggest.py's cheap rules)
    story: str | None = None  # id of the story this article is one version of (stories.py)

    @property
    def month(self) -> str | None:
        return self.date[:7] if self.date else None


@dataclass(frozen=True)
class Issue:
    level: Level
    code: str
    source: str  # the input the issue is about, or "" for run-wide issues
    message: str

    def line(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{self.level}: {where}{self.message} [{self.code}]"


@dataclass(frozen=True)
class Page:
    """One file an emitter wants under content/: a template and what it needs."""

    path: str  # relative to content/, POSIX separators
    template: str
    context: dict[str, Any]
    # None: the template writes the whole file. A function of the context (at module level,
    # so that its name stands for it in the page's key) is called only when the page is
    # rendered: most pages of a run are not.
    front_matter: dict[str, Any] | Callable[[dict[str, Any]], dict[str, Any]] | None = None
    generated_by: str = ""

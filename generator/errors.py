"""Exceptions the CLI reports without a traceback (exit code 2)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class GeneratorError(Exception):
    """A problem the user can fix: bad configuration, a locked workspace, a failed build."""


class ConfigError(GeneratorError):
    pass


class InputError(GeneratorError):
    """One input file cannot be used. Caught per file and turned into a report Issue."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def first_readable(read: Callable[[T], R], candidates: Iterable[T]) -> R:
    """What `read` makes of the first candidate it can use: a saved page, then the pages of
    its frames, where the page shows its text in one (a blog shows its posts so). When it can
    use none, the first one's error, the page's own, is raised."""
    first: InputError | None = None
    for candidate in candidates:
        try:
            return read(candidate)
        except InputError as exc:
            first = first or exc
    if first is None:
        raise ValueError("no candidates to read")
    raise first


class BuildError(GeneratorError):
    pass


class TemplateError(GeneratorError):
    """A page template that does not render (most often one edited by hand)."""

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


def first_readable(read: Callable[[T], R], candidates: Iterable[T]) -> R | None:
    """What `read` makes of the first candidate it can use (a saved page's frames, when the
    page shows no text of its own); None when it can use none."""
    for candidate in candidates:
        try:
            return read(candidate)
        except InputError:
            continue
    return None


class BuildError(GeneratorError):
    pass


class TemplateError(GeneratorError):
    """A page template that does not render (most often one edited by hand)."""

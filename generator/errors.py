"""Exceptions the CLI reports without a traceback (exit code 2)."""


class GeneratorError(Exception):
    """A problem the user can fix: bad configuration, a locked workspace, a failed build."""


class ConfigError(GeneratorError):
    pass


class InputError(GeneratorError):
    """One input file cannot be used. Caught per file and turned into a report Issue."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class BuildError(GeneratorError):
    pass


class TemplateError(GeneratorError):
    """A page template that does not render (most often one edited by hand)."""

"""Errors the library raises. Each message names the input and says what was wrong."""

from __future__ import annotations

from dataclasses import dataclass


class SchedulingError(Exception):
    """Base class of every error raised by scheduling."""


class InvalidStructureError(SchedulingError, ValueError):
    """A compound could not be read as a chemical structure."""


class UnknownJurisdictionError(SchedulingError, KeyError):
    """A jurisdiction code is not in the registry."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


class InvalidDateError(SchedulingError, ValueError):
    """A date is not an ISO date (YYYY-MM-DD)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the registry: where it is, what it is, and how to fix it."""

    file: str
    where: str
    message: str
    fix: str

    def __str__(self) -> str:
        where = f" [{self.where}]" if self.where else ""
        return f"{self.file}{where}: {self.message} -> fix: {self.fix}"


class RegistryError(SchedulingError):
    """The registry has problems; `problems` lists every one."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"the registry has {len(problems)} problem(s):\n{lines}")

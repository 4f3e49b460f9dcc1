"""scheduling: was this structure controlled in jurisdiction J on date D, under which list, since when,
and on what legal source?

    >>> import scheduling
    >>> scheduling.status("CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "CN", on="2015-10-01").controlled
    True
"""

from collections.abc import Sequence
from typing import Any

from scheduling.catalogue import Found, Stats, UnknownNameError, lookup, stats
from scheduling.errors import (
    InvalidDateError,
    InvalidStructureError,
    RegistryError,
    SchedulingError,
    UnknownJurisdictionError,
)
from scheduling.query import diff, explain, history, is_controlled, status
from scheduling.registry import Registry, default_registry, load_registry, validate
from scheduling.results import ClassResult, Diff, Explanation, History, Match, Status

__version__ = "0.1.0"


def screen(records: Any, jurisdictions: Sequence[str] | str = ("CN", "US", "UN"), on: Any = None,
           **options: Any) -> Any:
    """Screen many structures at once; see scheduling.screening.screen (pandas is imported on first use)."""
    from scheduling.screening import screen as run

    return run(records, jurisdictions, on, **options)


def registry_version() -> str:
    """The data version of the default registry, cited by every answer."""
    return default_registry().version


__all__ = [
    "Found",
    "Stats",
    "UnknownNameError",
    "lookup",
    "stats",
    "ClassResult",
    "Explanation",
    "explain",
    "Diff",
    "History",
    "InvalidDateError",
    "InvalidStructureError",
    "Match",
    "Registry",
    "RegistryError",
    "SchedulingError",
    "Status",
    "UnknownJurisdictionError",
    "__version__",
    "default_registry",
    "diff",
    "history",
    "is_controlled",
    "load_registry",
    "registry_version",
    "screen",
    "status",
    "validate",
]

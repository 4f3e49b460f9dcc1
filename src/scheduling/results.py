"""What queries return. Plain pydantic models: `.model_dump(mode="json")` is the JSON the CLI prints."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict

from scheduling.models import Source

Basis = Literal["listed", "salt", "stereoisomer", "salt_of_stereoisomer", "class"]
State = Literal["controlled", "not_controlled", "out_of_coverage"]


class Result(BaseModel):
    model_config = ConfigDict(frozen=True)


class CitedSource(Source):
    """A source with the id it has in the registry."""

    id: str


class ClauseMatch(Result):
    """A clause of a class definition that the structure meets, with the atoms of the region it changed.

    Atom indices refer to the atoms of `parent_smiles`, in the order they are written there.
    """

    id: str
    text: str
    text_en: str
    region: str
    atoms: list[int]


class Match(Result):
    """One reason a compound is (or was) controlled: a listing period of one entry of one list,
    or, with basis 'class', a class-wide control (the entry is then the class)."""

    jurisdiction: str
    list_id: str
    list_title: str
    list_title_en: str
    list_kind: Literal["drug", "precursor"]
    category: str | None
    entry_id: str
    entry_name: str
    entry_name_en: str
    basis: Basis
    effective_from: dt.date
    effective_until: dt.date | None
    started_earlier: bool = False  # in force on effective_from; the listing began earlier (date not encoded)
    item_number: str | None = None
    sources: list[CitedSource]
    clauses: list[ClauseMatch] = []


class Status(Result):
    """The answer to: was this compound controlled in this jurisdiction on this date?"""

    compound: str
    parent_smiles: str
    inchikey: str
    jurisdiction: str
    on: dt.date
    controlled: bool
    state: State
    reason: str | None
    matches: list[Match]
    registry_version: str


class History(Result):
    """Every listing period of a compound, across lists (and jurisdictions)."""

    compound: str
    parent_smiles: str
    inchikey: str
    jurisdiction: str | None
    periods: list[Match]
    registry_version: str


class Change(Result):
    jurisdiction: str
    list_id: str
    list_title_en: str
    entry_id: str
    entry_name: str
    entry_name_en: str
    category_before: str | None
    category_after: str | None
    list_before: str | None = None  # for a move: the list the entry left


class Diff(Result):
    """What entered and left control in a jurisdiction between two dates (states compared, not steps)."""

    jurisdiction: str
    date_a: dt.date
    date_b: dt.date
    entered: list[Change]
    left: list[Change]
    moved: list[Change]  # left one list and entered another (same entry id or same structure)
    recategorised: list[Change]
    coverage_notes: list[str]
    registry_version: str


class ClassResult(Result):
    """How a structure stands against one class-wide control in force on the date."""

    id: str
    title: str
    title_en: str
    list_id: str
    verdict: Literal["member", "ambiguous", "not_member", "not_evaluated"]
    clauses: list[ClauseMatch]
    reason: str | None
    excluded_by: list[Match]  # individual listings that keep the compound under its own list
    core_atoms: list[int]
    effective_from: dt.date
    effective_until: dt.date | None
    sources: list[CitedSource]


class Explanation(Result):
    """Every class in force in the jurisdiction on the date, with the structural verdict and the clauses;
    `status` is the final legal answer (listings, exclusions and coverage applied)."""

    compound: str
    parent_smiles: str
    inchikey: str
    jurisdiction: str
    on: dt.date
    classes: list[ClassResult]
    status: Status
    registry_version: str

"""The registry's data model: what a list file, an entry, a listing period and a source may say.

Every model is frozen and rejects unknown keys, so a typo in a registry file is an error, not a
silently ignored field. The JSON Schema in registry/schema/ is generated from these models.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ID_PATTERN = r"^[a-z0-9][a-z0-9.+-]*$"
CAS_PATTERN = re.compile(r"^(\d{2,7})-(\d{2})-(\d)$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def cas_checksum_ok(cas: str) -> bool:
    """CAS numbers end in a check digit: the weighted sum of the other digits, modulo 10."""
    match = CAS_PATTERN.match(cas)
    if not match:
        return False
    digits = (match.group(1) + match.group(2))[::-1]
    return sum((i + 1) * int(d) for i, d in enumerate(digits)) % 10 == int(match.group(3))


class Source(Strict):
    """A legal instrument (or the best public copy of it) that a listing rests on."""

    title: str = Field(description="Title in the instrument's original language, as printed.")
    title_en: str | None = Field(default=None, description="English title or translation.")
    number: str | None = Field(default=None, description="Document number, e.g. 公通字〔2015〕27号 or 83 FR 5188.")
    issued_by: list[str] = Field(min_length=1, description="Issuing bodies, original language.")
    issued_by_en: list[str] = Field(default_factory=list)
    announced: dt.date | None = Field(default=None, description="Date on the instrument or of its publication.")
    effective: dt.date | None = Field(default=None, description="Date the instrument says it takes effect.")
    url: str = Field(description="Official text if reachable, else the best public copy.")
    other_urls: list[str] = Field(default_factory=list, description="Reprints and secondary confirmations.")
    note: str | None = None

    @field_validator("url", "other_urls")
    @classmethod
    def _urls_are_http(cls, value: str | list[str]) -> str | list[str]:
        for url in [value] if isinstance(value, str) else value:
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"not an http(s) URL: {url!r}")
        return value


class Scope(Strict):
    """Which forms of a listed item a listing covers, as the instrument says."""

    salts: bool = False
    stereoisomers: bool = False
    other_isomers: bool = False
    esters: bool = False
    ethers: bool = False
    preparations: bool = False
    exceptions: list[str] = Field(default_factory=list, description="Carve-outs written in the instrument.")
    text: str | None = Field(default=None, description="The scope note verbatim, original language.")
    text_en: str | None = None


class ScopeOverride(Strict):
    """Per-entry changes to the list's scope; unset fields keep the list's value."""

    salts: bool | None = None
    stereoisomers: bool | None = None
    other_isomers: bool | None = None
    esters: bool | None = None
    ethers: bool | None = None
    preparations: bool | None = None
    exceptions: list[str] | None = None
    text: str | None = None
    text_en: str | None = None


class Structure(Strict):
    """A structure and how we know it is the one the instrument means."""

    smiles: str
    derived_by: Literal["opsin", "drawn", "copied"] = Field(
        description="opsin: parsed from `derived_from` with OPSIN; drawn: by hand from the printed name; "
        "copied: from the source named in `derived_from`."
    )
    derived_from: str = Field(description="The printed name parsed, or what was drawn or copied from.")
    checked_against: list[str] = Field(
        default_factory=list, description="Independent data the structure was compared with (second source, formula)."
    )
    unchecked_reason: str | None = Field(default=None, description="Why no independent check was possible.")

    @model_validator(mode="after")
    def _checked_or_said_why(self) -> Structure:
        if not self.checked_against and not self.unchecked_reason:
            raise ValueError("structure has no `checked_against` and no `unchecked_reason`")
        return self


class Listing(Strict):
    """One period during which an entry was on a list. Half-open: [effective_from, effective_until)."""

    effective_from: dt.date
    effective_until: dt.date | None = None
    sources: list[str] = Field(min_length=1, description="Source ids (list file or jurisdiction sources.yaml).")
    ended_by: list[str] = Field(default_factory=list, description="Source ids of the instrument ending this period.")
    started_earlier: bool = Field(
        default=False,
        description="The sources show the item in force on effective_from, but the listing began earlier on a "
        "date not encoded (e.g. listed when the law took effect, decades before our coverage).",
    )
    category: str | None = Field(default=None, description="Category during this period, if the list has them.")
    item_number: str | None = Field(default=None, description="Item number as printed.")
    scope: ScopeOverride | None = Field(
        default=None,
        description="This period's scope where it differs from the entry's, e.g. a temporary listing made permanent "
        "under another paragraph; unset fields keep the entry's value.",
    )
    note: str | None = None

    @model_validator(mode="after")
    def _ends_after_start(self) -> Listing:
        if self.effective_until is not None and self.effective_until <= self.effective_from:
            raise ValueError(
                f"effective_until {self.effective_until} is not after effective_from {self.effective_from}"
            )
        if self.effective_until is not None and not self.ended_by:
            raise ValueError("a period with effective_until needs `ended_by` naming the instrument that ended it")
        return self

    def in_force(self, on: dt.date) -> bool:
        return self.effective_from <= on and (self.effective_until is None or on < self.effective_until)


class ClassPeriod(Listing):
    """A period of a class-wide control. A class that moves to a new list (e.g. when the list it was on is
    replaced) keeps its definition and gets a new period naming that list."""

    list_id: str | None = Field(
        default=None, alias="list", description="The list the class is on in this period, if not the class's `list`."
    )
    scope: None = Field(default=None, description="Not used: a class's scope is the class's own `scope`.")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Entry(Strict):
    """One item of an official list."""

    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(description="Name as printed, original language.")
    name_en: str = Field(description="The English name the list prints; if it prints none, a common English name.")
    synonyms: list[str] = Field(default_factory=list, description="Other names the listing's sources print.")
    aliases: list[str] = Field(
        default_factory=list,
        description="Other names kept so name look-up finds the entry (e.g. an INN) that the sources read for this "
        "entry were not seen to print; no claim about the sources.",
    )
    chemical_name: str | None = Field(default=None, description="Chemical name as printed, original language.")
    chemical_name_en: str | None = Field(default=None, description="Chemical name as printed in English.")
    cas: list[str] = Field(default_factory=list, description="CAS numbers as printed.")
    cas_sources: list[str] = Field(
        default_factory=list,
        description="Ids of the sources (in this file) that print a CAS number the listings' own sources do not.",
    )
    code: str | None = Field(default=None, description="Official code number, e.g. a DEA drug code.")
    structure: Structure | None = None
    non_structural: str | None = Field(
        default=None, description="For items with no single structure (plants, preparations): what they are."
    )
    shares_structure_with: list[str] = Field(
        default_factory=list,
        description="Ids of entries of the same list with the same structure as written, e.g. alpha and beta "
        "isomers listed separately whose printed names give no stereo. Say why in `note`.",
    )
    scope: ScopeOverride | None = None
    listings: list[Listing] = Field(min_length=1)
    note: str | None = None

    @field_validator("cas")
    @classmethod
    def _cas_well_formed(cls, value: list[str]) -> list[str]:
        for cas in value:
            if not cas_checksum_ok(cas):
                raise ValueError(f"CAS {cas!r} is malformed or fails its check digit")
        return value

    @model_validator(mode="after")
    def _structure_or_reason(self) -> Entry:
        if self.structure is None and self.non_structural is None:
            raise ValueError("entry has neither `structure` nor `non_structural`")
        if self.structure is not None and self.non_structural is not None:
            raise ValueError("entry has both `structure` and `non_structural`")
        return self


class UncertainItem(Strict):
    """A substance whose place on the list in a window is not established (e.g. a reported addition whose
    instrument or date was not found). A compound with its structure is answered 'out of coverage' there."""

    name: str
    name_en: str
    smiles: str | None = Field(default=None, description="Its structure, when it has one.")
    from_: dt.date = Field(alias="from")
    until: dt.date | None = None
    reason: str

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def contains(self, on: dt.date) -> bool:
        return self.from_ <= on and (self.until is None or on < self.until)


class Coverage(Strict):
    """The window in which our data for a list is complete. Outside it we do not answer 'not controlled'."""

    from_: dt.date = Field(alias="from")
    until: dt.date | None = None
    complete: bool = Field(
        description="True when every item of the official list in the window is encoded, except the `uncertain` ones."
    )
    uncertain: list[UncertainItem] = Field(default_factory=list)
    note: str | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def contains(self, on: dt.date) -> bool:
        return self.from_ <= on and (self.until is None or on < self.until)


class ControlList(Strict):
    """One official list: a schedule, a catalogue, a precursor table."""

    id: str = Field(pattern=ID_PATTERN)
    jurisdiction: str = Field(pattern=r"^[A-Z]{2,3}$")
    title: str = Field(description="Official title, original language.")
    title_en: str
    kind: Literal["drug", "precursor"]
    legal_basis: str | None = Field(default=None, description="The law or treaty the list stands on.")
    started: dt.date | None = Field(
        default=None,
        description="The day the list itself came into existence, when our data reaches back to it (e.g. a new "
        "catalogue). Without it the list is taken to have existed before `coverage.from`, so earlier dates are out "
        "of coverage for it.",
    )
    ended: dt.date | None = Field(
        default=None, description="The day the list itself ceased to exist (e.g. replaced by another list)."
    )
    ended_by: list[str] = Field(default_factory=list, description="Source ids of the instrument that ended it.")
    coverage: Coverage
    scope: Scope
    sources: dict[str, Source] = Field(default_factory=dict)
    entries: list[Entry] = Field(default_factory=list)
    note: str | None = None

    def exists_on(self, on: dt.date) -> bool:
        """The list itself existed on `on` (it had `started`, and not `ended`)."""
        return (self.started is None or self.started <= on) and (self.ended is None or on < self.ended)


class Jurisdiction(Strict):
    code: str = Field(pattern=r"^[A-Z]{2,3}$")
    name: str
    name_en: str
    coverage_from: dt.date = Field(
        description="From this date every list in force in the jurisdiction is in the registry "
        "(each list's own coverage says whether it is complete). Earlier dates are out of coverage."
    )
    note: str | None = None


class JurisdictionFile(Strict):
    jurisdictions: list[Jurisdiction]


class SourcesFile(Strict):
    """registry/<J>/sources.yaml: instruments cited by several lists of one jurisdiction."""

    sources: dict[str, Source]


class ParentStructure(Strict):
    name: str
    name_en: str
    smiles: str


class Region(Strict):
    """A labelled part of the structure, located from the core's mapped atoms. Exactly one locator:

    - root: the mapped atom and everything beyond it, away from the core (e.g. the acyl group);
    - attached_to: what hangs off the mapped atom outside the core (e.g. the N1 substituent);
    - substituents_on: each group hanging off these mapped atoms is one substituent (e.g. ring substituents).
    """

    id: str
    name_en: str = Field(description="What the region is in the parent, e.g. 'propionyl group'.")
    root: int | None = None
    attached_to: int | None = None
    substituents_on: list[int] | None = None
    unlisted: Literal["not_member", "ambiguous"] = Field(
        default="not_member",
        description="The answer when the region differs and no clause accepts it (ambiguous where the text is "
        "silent, e.g. substituents on the ring atoms of a general formula).",
    )

    @model_validator(mode="after")
    def _one_locator(self) -> Region:
        if sum(x is not None for x in (self.root, self.attached_to, self.substituents_on)) != 1:
            raise ValueError(f"region {self.id!r} needs exactly one of root, attached_to, substituents_on")
        return self


class Clause(Strict):
    """One condition of the legal text: a region may be replaced by, or carry, groups of these kinds."""

    id: str
    region: str
    accepts: list[str] = Field(min_length=1, description="Vocabulary terms (scheduling.chem.vocabulary).")
    open_list: bool = Field(
        default=False, description="The text's list ends in 'such as' (等): other groups are not excluded."
    )
    removal: bool = Field(default=False, description="Taking away a group the parent has there also meets the clause.")
    text: str
    text_en: str


class Reading(Strict):
    """How we read a point the legal text leaves open, and why."""

    id: str
    text: str


class ClassExample(Strict):
    name: str
    smiles: str
    clauses: list[str] = Field(default_factory=list, description="For members: the clause ids it meets.")
    source: str = Field(description="Where the example comes from (announcement, official list, reasoning).")
    note: str | None = None


class ClassExamples(Strict):
    members: list[ClassExample] = Field(min_length=1)
    non_members: list[ClassExample] = Field(min_length=1)
    ambiguous: list[ClassExample] = Field(default_factory=list)


class Exclusion(Strict):
    """Individually listed substances keep their own listing instead of falling under the class."""

    listed_in: list[str] = Field(min_length=1, description="List ids whose listings take precedence.")
    text: str
    text_en: str | None = None


class Definition(Strict):
    """A generic definition as executable data: core, labelled regions, clauses, readings, examples."""

    parent: ParentStructure | None = Field(default=None, description="None for a general formula.")
    prefilter: list[str] = Field(
        default_factory=list,
        description="Cheap SMARTS tried before the cores: a structure that matches none of them is not a member. "
        "Every structure a core matches must match one of them (checked on the examples).",
    )
    cores: list[str] = Field(min_length=1, description="SMARTS alternatives; map numbers label region anchors.")
    core_en: str = Field(description="The invariant core in words, e.g. 'a 4-anilidopiperidine'.")
    regions: list[Region] = Field(min_length=1)
    clauses: list[Clause] = Field(min_length=1)
    bridges: Literal["ambiguous", "not_member"] = Field(
        default="ambiguous", description="How to answer a group that joins two core atoms (a new fused ring)."
    )
    readings: list[Reading] = Field(default_factory=list)
    exclusions: list[Exclusion] = Field(default_factory=list)
    examples: ClassExamples


class ClassListing(Strict):
    """A class-wide control: a structural definition in force for a period, under a list.

    Without a `definition` the class is recorded but not evaluated: a non-match in that jurisdiction
    while it is in force is 'out of coverage' rather than 'not controlled'.
    """

    id: str = Field(pattern=ID_PATTERN)
    jurisdiction: str = Field(pattern=r"^[A-Z]{2,3}$")
    list_id: str = Field(alias="list", description="Id of the list the class belongs to.")
    title: str
    title_en: str
    text: str = Field(description="The definition verbatim, original language.")
    text_en: str
    listings: list[ClassPeriod] = Field(min_length=1)
    sources: dict[str, Source] = Field(default_factory=dict)
    scope: Scope | None = Field(default=None, description="Forms covered, when the class text says (e.g. salts).")
    definition: Definition | None = None
    note: str | None = None

    def list_in(self, period: ClassPeriod) -> str:
        """The id of the list the class is on during `period`."""
        return period.list_id or self.list_id

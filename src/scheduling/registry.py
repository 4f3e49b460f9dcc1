"""Load the registry from YAML, check every rule, and index entries by structure key.

Loading never stops at the first problem: every problem in every file is collected with the
file, the entry and a fix, so a contributor sees the whole list in one run.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from scheduling.chem import Identity, identify
from scheduling.chem.classes import CompiledClass
from scheduling.chem.vocabulary import TERMS
from scheduling.errors import InvalidStructureError, Problem, RegistryError
from scheduling.models import ID_PATTERN, ClassListing, ControlList, Entry, JurisdictionFile, Source, SourcesFile

REGISTRY_ENV = "SCHEDULING_REGISTRY"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the same data, ten times faster


@dataclass(frozen=True)
class IndexedEntry:
    """An entry of a list with the identity of its structure."""

    control_list: ControlList
    entry: Entry
    identity: Identity


@dataclass
class Registry:
    root: Path
    version: str
    jurisdictions: dict[str, Any]
    lists: dict[str, ControlList] = field(default_factory=dict)
    classes: dict[str, ClassListing] = field(default_factory=dict)
    shared_sources: dict[str, dict[str, Source]] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # list or class id -> file path
    by_key: dict[str, list[IndexedEntry]] = field(default_factory=lambda: defaultdict(list))
    by_key_nostereo: dict[str, list[IndexedEntry]] = field(default_factory=lambda: defaultdict(list))
    uncertain_keys: dict[int, str] = field(default_factory=dict)  # id(UncertainItem) -> stereo-free InChIKey
    compiled: dict[str, CompiledClass] = field(default_factory=dict)  # class id -> engine, when it has a definition

    def lists_of(self, jurisdiction: str) -> list[ControlList]:
        return [lst for lst in self.lists.values() if lst.jurisdiction == jurisdiction]

    def classes_of(self, jurisdiction: str) -> list[ClassListing]:
        return [cls for cls in self.classes.values() if cls.jurisdiction == jurisdiction]

    def source(self, owner: ControlList | ClassListing, source_id: str) -> Source:
        if source_id in owner.sources:
            return owner.sources[source_id]
        return self.shared_sources[owner.jurisdiction][source_id]

    def entries(self) -> Iterator[tuple[ControlList, Entry]]:
        for control_list in self.lists.values():
            for entry in control_list.entries:
                yield control_list, entry


def default_root() -> Path:
    """The registry shipped with the package, or the one named by $SCHEDULING_REGISTRY."""
    if os.environ.get(REGISTRY_ENV):
        return Path(os.environ[REGISTRY_ENV])
    packaged = Path(__file__).parent / "_registry"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "registry"  # a source checkout


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    return load_registry(default_root())


def load_registry(root: str | Path) -> Registry:
    """Load and check a registry; raise RegistryError listing every problem."""
    registry, problems = _load(Path(root))
    if problems:
        raise RegistryError(problems)
    return registry


def validate(path: str | Path) -> list[Problem]:
    """Every problem in the registry at `path`, or in the one file `path` names."""
    target = Path(path)
    root = _find_root(target)
    if root is None:
        return [Problem(str(target), "", "no registry here: jurisdictions.yaml not found in it or above it",
                        "point at the registry/ folder or a file inside it")]
    _, problems = _load(root)
    if target.is_file():
        wanted = str(target.resolve())
        problems = [p for p in problems if str(Path(p.file).resolve()) == wanted]
    return problems


def _find_root(path: Path) -> Path | None:
    for candidate in [path, *path.resolve().parents]:
        if (candidate / "jurisdictions.yaml").is_file():
            return candidate
    return None


# ---- loading -------------------------------------------------------------------------------------


def _read_yaml(path: Path, problems: list[Problem]) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), start=1):
            if "UNVERIFIED" in line:
                problems.append(Problem(str(path), f"line {number}", "an UNVERIFIED fact is in the registry",
                                        "find a source for it, or leave it out"))
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problems.append(Problem(str(path), where, f"not valid YAML: {getattr(error, 'problem', error)}",
                                "fix the YAML syntax (indentation, quotes, colons)"))
    except (OSError, UnicodeDecodeError) as error:
        problems.append(Problem(str(path), "", f"cannot read the file: {error}", "save it as UTF-8 text"))
    return None


_FIXES = {
    "extra_forbidden": "remove the key or correct its spelling (registry/README.md lists the keys)",
    "missing": "add the missing key",
    "date_from_datetime_parsing": "write the date as YYYY-MM-DD",
    "date_parsing": "write the date as YYYY-MM-DD",
    "date_type": "write the date as YYYY-MM-DD",
    "string_pattern_mismatch": f"use lower-case letters, digits, '.', '+' and '-' only ({ID_PATTERN})",
    "too_short": "add at least one item",
    "literal_error": "use one of the allowed values",
    "bool_parsing": "write true or false",
    "bool_type": "write true or false",
}


def _where(raw: Any, loc: tuple[Any, ...]) -> str:
    """Turn a pydantic location into 'entry <id>: listings[0].effective_from'."""
    parts: list[str] = []
    node = raw
    prefix = ""
    for i, step in enumerate(loc):
        if isinstance(node, dict) and step in ("entries", "listings"):
            node = node.get(step)
            parts.append(str(step))
            continue
        if isinstance(step, int) and isinstance(node, list) and step < len(node):
            item = node[step]
            if loc[i - 1] == "entries" and isinstance(item, dict) and "id" in item:
                prefix = f"entry {item['id']}: "
                parts = []
            else:
                parts[-1] = f"{parts[-1]}[{step}]"
            node = item
            continue
        parts.append(str(step))
        node = node.get(step) if isinstance(node, dict) else None
    return prefix + ".".join(parts)


def _validated(model: type[BaseModel], raw: Any, path: Path, problems: list[Problem]) -> Any:
    if not isinstance(raw, dict):
        problems.append(Problem(str(path), "", "the file is empty or not a mapping of keys",
                                "start from the example in registry/README.md"))
        return None
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        for detail in error.errors():
            message = detail["msg"].removeprefix("Value error, ")
            fix = _FIXES.get(detail["type"], "see registry/README.md")
            problems.append(Problem(str(path), _where(raw, detail["loc"]), message, fix))
        return None


def _load(root: Path) -> tuple[Registry, list[Problem]]:
    problems: list[Problem] = []
    version_file = root / "VERSION"
    version = version_file.read_text().strip() if version_file.is_file() else ""
    if not version:
        problems.append(Problem(str(version_file), "", "missing or empty", "write the data version, e.g. 2026.1"))
    jurisdictions_file = _validated(JurisdictionFile, _read_yaml(root / "jurisdictions.yaml", problems),
                                    root / "jurisdictions.yaml", problems)
    jurisdictions = {j.code: j for j in jurisdictions_file.jurisdictions} if jurisdictions_file else {}
    registry = Registry(root=root, version=version, jurisdictions=jurisdictions)

    for code in jurisdictions:
        sources_path = root / code / "sources.yaml"
        if sources_path.is_file():
            parsed = _validated(SourcesFile, _read_yaml(sources_path, problems), sources_path, problems)
            registry.shared_sources[code] = dict(parsed.sources) if parsed else {}
        else:
            registry.shared_sources[code] = {}

    for path in sorted(root.glob("*/*.yaml")):
        if path.name == "sources.yaml" or path.parent.name in ("schema",):
            continue
        is_class = path.parent.name == "classes"
        model = ClassListing if is_class else ControlList
        item = _validated(model, _read_yaml(path, problems), path, problems)
        if item is None:
            continue
        store = registry.classes if is_class else registry.lists
        if item.id in store:
            problems.append(Problem(str(path), "", f"id {item.id!r} is also used by {registry.files[item.id]}",
                                    "give each list and class a unique id"))
            continue
        if item.jurisdiction not in jurisdictions:
            problems.append(Problem(str(path), "", f"jurisdiction {item.jurisdiction!r} is not in jurisdictions.yaml",
                                    "add it there or correct the code"))
            continue
        if not is_class and path.parent.name != item.jurisdiction:
            problems.append(Problem(str(path), "", f"a {item.jurisdiction} list lies in folder {path.parent.name}/",
                                    f"move the file to registry/{item.jurisdiction}/"))
        store[item.id] = item
        registry.files[item.id] = str(path)

    for control_list in registry.lists.values():
        _check_list(registry, control_list, problems)
    for class_listing in registry.classes.values():
        _check_class(registry, class_listing, problems)
    return registry, problems


# ---- cross-file rules ---------------------------------------------------------------------------


def _check_source_ids(registry: Registry, owner: ControlList | ClassListing, where: str,
                      ids: list[str], problems: list[Problem]) -> None:
    known = owner.sources.keys() | registry.shared_sources.get(owner.jurisdiction, {}).keys()
    for source_id in ids:
        if source_id not in known:
            problems.append(Problem(registry.files[owner.id], where, f"source id {source_id!r} is not defined",
                                    f"define it under `sources:` in this file or in {owner.jurisdiction}/sources.yaml"))


def _check_periods(registry: Registry, owner: ControlList | ClassListing, where: str,
                   listings: list, problems: list[Problem]) -> None:
    ordered = sorted(listings, key=lambda listing: listing.effective_from)
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        if earlier.effective_until is None or earlier.effective_until > later.effective_from:
            problems.append(Problem(registry.files[owner.id], where,
                                    f"periods overlap: one from {earlier.effective_from} "
                                    f"until {earlier.effective_until or 'open'}, another from {later.effective_from}",
                                    "end the earlier period on or before the later one starts"))
    for listing in listings:
        _check_source_ids(registry, owner, where, [*listing.sources, *listing.ended_by], problems)


def _check_list(registry: Registry, control_list: ControlList, problems: list[Problem]) -> None:
    path = registry.files[control_list.id]
    if control_list.started and control_list.coverage.from_ < control_list.started:
        problems.append(Problem(path, "coverage.from", f"coverage starts before the list existed "
                                f"({control_list.started})", "start coverage on or after `started`"))
    for item in control_list.coverage.uncertain:
        if item.smiles is None:
            continue
        try:
            registry.uncertain_keys[id(item)] = identify(item.smiles).inchikey_nostereo
        except InvalidStructureError as error:
            problems.append(Problem(path, f"coverage.uncertain {item.name_en}", str(error), "correct the SMILES"))
    seen: dict[str, str] = {}
    for source_id in control_list.sources:
        if not _is_id(source_id):
            problems.append(Problem(path, f"sources.{source_id}", "source id is not a lower-case id",
                                    _FIXES["string_pattern_mismatch"]))
    for entry in control_list.entries:
        where = f"entry {entry.id}"
        if entry.id in seen:
            problems.append(Problem(path, where, "entry id is used twice in this file", "make entry ids unique"))
        seen[entry.id] = entry.id
        _check_periods(registry, control_list, where, entry.listings, problems)
        _check_source_ids(registry, control_list, f"{where} cas_sources", entry.cas_sources, problems)
        if entry.cas_sources and not entry.cas:
            problems.append(Problem(path, where, "cas_sources is given but the entry has no cas",
                                    "remove cas_sources or record the CAS numbers they print"))
        if entry.structure is None:
            continue
        try:
            identity = identify(entry.structure.smiles)
        except InvalidStructureError as error:
            problems.append(Problem(path, where, str(error), "correct the SMILES"))
            continue
        if identity.is_salt_form:
            problems.append(Problem(path, where, "the SMILES is a salt or charged form",
                                    f"write the parent compound: {identity.smiles}"))
        indexed = IndexedEntry(control_list, entry, identity)
        twins = [other.entry.id for other in registry.by_key[identity.inchikey]
                 if other.control_list is control_list and other.entry.id not in entry.shares_structure_with
                 and entry.id not in other.entry.shares_structure_with]
        if twins:
            problems.append(Problem(path, where, f"same structure as entry {twins[0]}",
                                    "merge the two entries, correct one structure, or, when the list names two "
                                    "isomers it does not draw apart, list each in the other's shares_structure_with"))
        registry.by_key[identity.inchikey].append(indexed)
        registry.by_key_nostereo[identity.inchikey_nostereo].append(indexed)


def _check_class(registry: Registry, class_listing: ClassListing, problems: list[Problem]) -> None:
    path = registry.files[class_listing.id]
    named = [("list", class_listing.list_id)] + [(f"listings[{i}].list", period.list_id)
                                                 for i, period in enumerate(class_listing.listings) if period.list_id]
    for where, list_id in named:
        if list_id not in registry.lists:
            problems.append(Problem(path, where, f"list {list_id!r} does not exist",
                                    "name the id of an existing list file"))
    _check_periods(registry, class_listing, "listings", class_listing.listings, problems)
    definition = class_listing.definition
    if definition is None:
        return
    before = len(problems)
    regions = {region.id for region in definition.regions}
    for clause in definition.clauses:
        if clause.region not in regions:
            problems.append(Problem(path, f"clause {clause.id}", f"region {clause.region!r} is not defined",
                                    f"use one of {sorted(regions)}"))
        for name in clause.accepts:
            if name not in TERMS:
                problems.append(Problem(path, f"clause {clause.id}", f"unknown vocabulary term {name!r}",
                                        f"use one of {sorted(TERMS)}"))
    for exclusion in definition.exclusions:
        for list_id in exclusion.listed_in:
            if list_id not in registry.lists:
                problems.append(Problem(path, "exclusions", f"list {list_id!r} does not exist",
                                        "name the id of an existing list file"))
    if len(problems) > before:
        return
    try:
        compiled = CompiledClass(definition)
    except ValueError as error:
        problems.append(Problem(path, "definition", str(error), "correct the core SMARTS or the parent SMILES"))
        return
    for name, message, fix in compiled.example_problems():
        problems.append(Problem(path, f"example {name}", message, fix))
    registry.compiled[class_listing.id] = compiled


def _is_id(text: str) -> bool:
    return re.match(ID_PATTERN, text) is not None

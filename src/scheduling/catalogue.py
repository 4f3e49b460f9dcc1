"""Find entries by name or CAS number, and count what each list holds on a date."""

from __future__ import annotations

import difflib
import re
import unicodedata

from scheduling.errors import SchedulingError
from scheduling.models import ControlList, Entry
from scheduling.query import DateLike, check_jurisdiction, parse_date
from scheduling.registry import Registry, default_registry
from scheduling.results import Result


class UnknownNameError(SchedulingError, LookupError):
    """No entry has this name or CAS number; the message suggests close matches."""


class Found(Result):
    jurisdiction: str
    list_id: str
    list_title_en: str
    entry_id: str
    name: str
    name_en: str
    cas: list[str]
    smiles: str | None
    periods: list[tuple[str, str | None, str | None]]  # (from, until, category)


class ListCount(Result):
    id: str
    title: str
    title_en: str
    kind: str
    entries: int
    with_structure: int
    classes: int


class Stats(Result):
    jurisdiction: str | None
    on: str
    lists: list[ListCount]
    registry_version: str


_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ω": "omega"}


def _normal(text: str) -> str:
    """Case, width, Greek letters, spaces, hyphens and primes do not matter when looking a name up."""
    text = unicodedata.normalize("NFKC", text).lower()
    for letter, word in _GREEK.items():
        text = text.replace(letter, word)
    return re.sub(r"[\s\-_'′,()\[\]·]", "", text)


def _names(entry: Entry) -> list[str]:
    names = [entry.id, entry.name, entry.name_en, *entry.synonyms, *entry.aliases, *entry.cas]
    return [n for n in names + [entry.chemical_name or "", entry.chemical_name_en or ""] if n]


def _found(control_list: ControlList, entry: Entry) -> Found:
    return Found(jurisdiction=control_list.jurisdiction, list_id=control_list.id, list_title_en=control_list.title_en,
                 entry_id=entry.id, name=entry.name, name_en=entry.name_en, cas=entry.cas,
                 smiles=entry.structure.smiles if entry.structure else None,
                 periods=[(str(p.effective_from), str(p.effective_until) if p.effective_until else None, p.category)
                          for p in entry.listings])


def lookup(name: str, jurisdiction: str | None = None, *, registry: Registry | None = None) -> list[Found]:
    """Every entry (in every list) whose name, synonym, alias, chemical name or CAS number is `name`."""
    registry = registry or default_registry()
    code = check_jurisdiction(registry, jurisdiction) if jurisdiction else None
    wanted = _normal(name)
    found, known = [], {}
    for control_list, entry in registry.entries():
        if code and control_list.jurisdiction != code:
            continue
        names = _names(entry)
        for candidate in names:
            known.setdefault(_normal(candidate), candidate)
        if wanted and any(_normal(n) == wanted for n in names):
            found.append(_found(control_list, entry))
    if not found:
        close = difflib.get_close_matches(wanted, list(known), n=5, cutoff=0.75)
        hint = f"; did you mean {', '.join(repr(known[c]) for c in close)}?" if close else ""
        raise UnknownNameError(f"no entry is named {name!r}{hint}")
    return found


def _item_key(entry: Entry, listing) -> tuple:
    """Entries that print as one item (e.g. one item covering several isomers) count once."""
    if listing.item_number:
        return (tuple(listing.sources), listing.category, listing.item_number)
    return ("entry", entry.id)


def stats(jurisdiction: str | None = None, on: DateLike = None, *, registry: Registry | None = None) -> Stats:
    """Per list: the items in force on `on`, how many have a structure, and the class-wide controls in force."""
    registry = registry or default_registry()
    code = check_jurisdiction(registry, jurisdiction) if jurisdiction else None
    day = parse_date(on, what="on")
    counts = []
    for control_list in sorted(registry.lists.values(), key=lambda lst: (lst.jurisdiction, lst.id)):
        if (code and control_list.jurisdiction != code) or not control_list.exists_on(day):
            continue
        items: dict[tuple, bool] = {}
        for entry in control_list.entries:
            for listing in entry.listings:
                if listing.in_force(day):
                    key = _item_key(entry, listing)
                    items[key] = items.get(key, False) or entry.structure is not None
        classes = sum(1 for cls in registry.classes.values()
                      if any(p.in_force(day) and cls.list_in(p) == control_list.id for p in cls.listings))
        counts.append(ListCount(id=control_list.id, title=control_list.title, title_en=control_list.title_en,
                                kind=control_list.kind, entries=len(items), with_structure=sum(items.values()),
                                classes=classes))
    return Stats(jurisdiction=code, on=str(day), lists=counts, registry_version=registry.version)

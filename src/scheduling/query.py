"""The four questions: status on a date, is_controlled, history over time, diff between dates."""

from __future__ import annotations

import datetime as dt

from rdkit import Chem

from scheduling.chem import Identity, identify
from scheduling.chem.classes import ClassVerdict, CompiledClass
from scheduling.errors import InvalidDateError, UnknownJurisdictionError
from scheduling.models import ClassListing, ControlList, Entry, Listing
from scheduling.registry import IndexedEntry, Registry, default_registry
from scheduling.results import (
    Basis,
    Change,
    CitedSource,
    ClassResult,
    ClauseMatch,
    Diff,
    Explanation,
    History,
    Match,
    Status,
)

Compound = str | Chem.Mol
DateLike = dt.date | str | None


def parse_date(value: DateLike, *, what: str = "date") -> dt.date:
    """A date from a date, a datetime or an ISO string; today when None."""
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidDateError(f"{what} {value!r} is not a date: write it as YYYY-MM-DD, e.g. 2019-05-01")


def check_jurisdiction(registry: Registry, code: str) -> str:
    if not isinstance(code, str) or code.strip().upper() not in registry.jurisdictions:
        known = ", ".join(sorted(registry.jurisdictions))
        raise UnknownJurisdictionError(f"unknown jurisdiction {code!r}: the registry has {known}")
    return code.strip().upper()


def _describe(compound: Compound) -> str:
    return compound if isinstance(compound, str) else Chem.MolToSmiles(compound)


# ---- matching ------------------------------------------------------------------------------------


def _basis(identity: Identity, indexed: IndexedEntry, listing: Listing) -> Basis | None:
    """How the compound relates to a listed entry during one listing period, or None when the scope in force
    then (list, narrowed or widened by the entry, then by the period) does not reach it."""
    scope = indexed.control_list.scope
    for override in (indexed.entry.scope, listing.scope):
        if override:
            scope = scope.model_copy(update=override.model_dump(exclude_none=True))
    if identity.is_salt_form and not scope.salts:
        return None
    same = identity.inchikey == indexed.identity.inchikey
    if not same and not (scope.stereoisomers and identity.inchikey_nostereo == indexed.identity.inchikey_nostereo):
        return None
    if same:
        return "salt" if identity.is_salt_form else "listed"
    return "salt_of_stereoisomer" if identity.is_salt_form else "stereoisomer"


def _candidates(registry: Registry, identity: Identity) -> list[IndexedEntry]:
    found = {id(item): item for item in registry.by_key_nostereo.get(identity.inchikey_nostereo, [])}
    found.update({id(item): item for item in registry.by_key.get(identity.inchikey, [])})
    return list(found.values())


def _match(registry: Registry, control_list: ControlList, entry: Entry, listing: Listing, basis: Basis) -> Match:
    return Match(
        jurisdiction=control_list.jurisdiction,
        list_id=control_list.id,
        list_title=control_list.title,
        list_title_en=control_list.title_en,
        list_kind=control_list.kind,
        category=listing.category,
        entry_id=entry.id,
        entry_name=entry.name,
        entry_name_en=entry.name_en,
        basis=basis,
        effective_from=listing.effective_from,
        effective_until=listing.effective_until,
        started_earlier=listing.started_earlier,
        item_number=listing.item_number,
        sources=[CitedSource(id=sid, **registry.source(control_list, sid).model_dump()) for sid in listing.sources],
    )


def _periods(registry: Registry, identity: Identity, jurisdiction: str | None) -> list[Match]:
    periods = []
    for indexed in _candidates(registry, identity):
        if jurisdiction and indexed.control_list.jurisdiction != jurisdiction:
            continue
        for listing in indexed.entry.listings:
            basis = _basis(identity, indexed, listing)
            if basis is not None:
                periods.append(_match(registry, indexed.control_list, indexed.entry, listing, basis))
    return sorted(periods, key=lambda m: (m.jurisdiction, m.effective_from, m.list_id, m.entry_id))


def _period_known(registry: Registry, match: Match, day: dt.date) -> bool:
    """An open period only speaks for dates its list's data covers: after `coverage.until` we do not
    know whether the listing went on (e.g. when the date a list was replaced is not sourced)."""
    coverage = registry.lists[match.list_id].coverage
    return match.effective_until is not None or coverage.until is None or day < coverage.until


# ---- coverage ------------------------------------------------------------------------------------


def coverage_gaps(registry: Registry, jurisdiction: str, on: dt.date, identity: Identity | None = None) -> list[str]:
    """Why a non-match on this date cannot be read as 'not controlled' (empty when it can)."""
    info = registry.jurisdictions[jurisdiction]
    if on < info.coverage_from:
        return [f"{on} is before {jurisdiction} coverage, which starts {info.coverage_from}"]
    gaps, partial = [], []
    existing = 0
    for control_list in registry.lists_of(jurisdiction):
        coverage = control_list.coverage
        if not control_list.exists_on(on):
            continue
        existing += 1
        if on < coverage.from_:
            gaps.append(f"list {control_list.id} ({control_list.title_en}) is encoded only from {coverage.from_}")
        elif not coverage.contains(on):
            gaps.append(f"list {control_list.id} ({control_list.title_en}) is encoded only until {coverage.until}")
        elif not coverage.complete:
            partial.append(control_list.id)
        elif identity is not None:
            gaps += [f"whether {item.name_en} ({item.name}) is on list {control_list.id} on {on} is not "
                     f"established: {item.reason}" for item in coverage.uncertain
                     if item.contains(on) and registry.uncertain_keys.get(id(item)) == identity.inchikey_nostereo]
    if partial:  # each list's coverage note says what it misses; too long to repeat in every answer
        subject = f"lists {', '.join(partial)} are" if len(partial) > 1 else f"list {partial[0]} is"
        gaps.append(f"{subject} not completely encoded "
                    f"(what is missing: each list's coverage note, `scheduling jurisdictions --json`)")
    if not existing:
        gaps.append(f"no list of {jurisdiction} in force on {on} is in the registry")
    return gaps


# ---- public queries ------------------------------------------------------------------------------


def _clause_matches(engine: CompiledClass, verdict: ClassVerdict) -> list[ClauseMatch]:
    texts = {clause.id: clause for clause in engine.definition.clauses}
    return [ClauseMatch(id=hit.clause, text=texts[hit.clause].text, text_en=texts[hit.clause].text_en,
                        region=hit.region, atoms=list(hit.atoms)) for hit in verdict.clauses]


def _deferred_lists(engine: CompiledClass) -> set[str]:
    """Lists whose individual listings the class defers to (its exclusions)."""
    return {list_id for exclusion in engine.definition.exclusions for list_id in exclusion.listed_in}


def _class_results(registry: Registry, code: str, day: dt.date, identity: Identity,
                   listed: list[Match]) -> list[ClassResult]:
    """The structural verdict of every class of `code` in force on `day`, exclusions applied."""
    results, mol = [], None
    for cls in registry.classes_of(code):
        listing = next((period for period in cls.listings if period.in_force(day)), None)
        if listing is None:
            continue
        list_id = cls.list_in(listing)
        coverage = registry.lists[list_id].coverage
        if listing.effective_until is None and coverage.until and day >= coverage.until:
            continue
        sources = [CitedSource(id=sid, **registry.source(cls, sid).model_dump()) for sid in listing.sources]
        common = dict(id=cls.id, title=cls.title, title_en=cls.title_en, list_id=list_id,
                      effective_from=listing.effective_from, effective_until=listing.effective_until, sources=sources)
        compiled = registry.compiled.get(cls.id)
        if compiled is None:
            results.append(ClassResult(**common, verdict="not_evaluated", clauses=[], excluded_by=[], core_atoms=[],
                                       reason="the structural test of this class is not implemented yet"))
            continue
        scope = cls.scope or registry.lists[list_id].scope
        if identity.is_salt_form and not scope.salts:
            results.append(ClassResult(**common, verdict="not_member", clauses=[], excluded_by=[], core_atoms=[],
                                       reason="the class does not cover salts and the compound is a salt form"))
            continue
        mol = mol if mol is not None else Chem.MolFromSmiles(identity.smiles)
        verdict = compiled.evaluate(mol)
        clauses = _clause_matches(compiled, verdict)
        keeping = _deferred_lists(compiled)
        excluded = [m for m in listed if m.list_id in keeping] if verdict.verdict != "not_member" else []
        results.append(ClassResult(**common, verdict=verdict.verdict, clauses=clauses, excluded_by=excluded,
                                   core_atoms=list(verdict.core_atoms), reason=verdict.reason or None))
    return results


def _class_match(registry: Registry, result: ClassResult) -> Match:
    control_list = registry.lists[result.list_id]
    return Match(jurisdiction=control_list.jurisdiction, list_id=control_list.id, list_title=control_list.title,
                 list_title_en=control_list.title_en, list_kind=control_list.kind, category=None,
                 entry_id=result.id, entry_name=result.title, entry_name_en=result.title_en, basis="class",
                 effective_from=result.effective_from, effective_until=result.effective_until,
                 sources=result.sources, clauses=result.clauses)


def _answer(compound: Compound, jurisdiction: str, on: DateLike, registry: Registry | None,
            identity: Identity | None = None) -> tuple[Status, list[ClassResult]]:
    registry = registry or default_registry()
    code = check_jurisdiction(registry, jurisdiction)
    day = parse_date(on, what="on")
    identity = identity or identify(compound)
    listed = [m for m in _periods(registry, identity, code)
              if m.effective_from <= day and (m.effective_until is None or day < m.effective_until)
              and _period_known(registry, m, day)]
    classes = _class_results(registry, code, day, identity, listed)
    matches = listed + [_class_match(registry, r) for r in classes if r.verdict == "member" and not r.excluded_by]
    if matches:
        state, reason = "controlled", None
    else:
        gaps = coverage_gaps(registry, code, day, identity)
        gaps += [f"class {r.id} ({r.title_en}): {r.reason}" for r in classes if r.verdict == "not_evaluated"]
        gaps += [f"class {r.id} ({r.title_en}): the legal text does not settle whether this structure is a member: "
                 f"{r.reason}" for r in classes if r.verdict == "ambiguous" and not r.excluded_by]
        state = "out_of_coverage" if gaps else "not_controlled"
        reason = "; ".join(gaps) if gaps else None
    answer = Status(
        compound=_describe(compound),
        parent_smiles=identity.smiles,
        inchikey=identity.inchikey,
        jurisdiction=code,
        on=day,
        controlled=bool(matches),
        state=state,
        reason=reason,
        matches=matches,
        registry_version=registry.version,
    )
    return answer, classes


def status(compound: Compound, jurisdiction: str, on: DateLike = None, *, registry: Registry | None = None) -> Status:
    """Was `compound` controlled in `jurisdiction` on `on` (default today)? With every reason."""
    return _answer(compound, jurisdiction, on, registry)[0]


def explain(compound: Compound, jurisdiction: str, on: DateLike = None, *,
            registry: Registry | None = None) -> Explanation:
    """The structural verdict of every class-wide control in force, clause by clause, beside the status."""
    answer, classes = _answer(compound, jurisdiction, on, registry)
    return Explanation(compound=answer.compound, parent_smiles=answer.parent_smiles, inchikey=answer.inchikey,
                       jurisdiction=answer.jurisdiction, on=answer.on, classes=classes, status=answer,
                       registry_version=answer.registry_version)


def is_controlled(compound: Compound, jurisdiction: str, on: DateLike = None, *,
                  registry: Registry | None = None) -> bool:
    """True when any list (drug or precursor) of `jurisdiction` covered `compound` on `on`."""
    return status(compound, jurisdiction, on, registry=registry).controlled


def _class_periods(registry: Registry, identity: Identity, code: str | None, listed: list[Match]) -> list[Match]:
    """Periods of the class-wide controls the compound is a member of, where no individual listing that the
    class defers to covers the start of the period."""
    periods, mol = [], None
    for cls in registry.classes.values():
        engine = registry.compiled.get(cls.id)
        if engine is None or (code and cls.jurisdiction != code):
            continue
        mol = mol if mol is not None else Chem.MolFromSmiles(identity.smiles)
        verdict = engine.evaluate(mol)
        if verdict.verdict != "member":
            continue
        keeping = _deferred_lists(engine)
        clauses = _clause_matches(engine, verdict)
        for listing in cls.listings:
            if any(m.list_id in keeping and m.effective_from <= listing.effective_from
                   and (m.effective_until is None or listing.effective_from < m.effective_until) for m in listed):
                continue
            sources = [CitedSource(id=sid, **registry.source(cls, sid).model_dump()) for sid in listing.sources]
            periods.append(_class_match(registry, ClassResult(
                id=cls.id, title=cls.title, title_en=cls.title_en, list_id=cls.list_in(listing), verdict="member",
                clauses=clauses, reason=None, excluded_by=[], core_atoms=list(verdict.core_atoms),
                effective_from=listing.effective_from, effective_until=listing.effective_until, sources=sources)))
    return periods


def history(compound: Compound, jurisdiction: str | None = None, *, registry: Registry | None = None) -> History:
    """Every period during which `compound` was under control: its listings, and the class-wide controls it
    is a member of (unless an individual listing the class defers to already covered it), in one
    jurisdiction or all of them."""
    registry = registry or default_registry()
    code = check_jurisdiction(registry, jurisdiction) if jurisdiction is not None else None
    identity = identify(compound)
    listed = _periods(registry, identity, code)
    periods = sorted(listed + _class_periods(registry, identity, code, listed),
                     key=lambda m: (m.jurisdiction, m.effective_from, m.list_id, m.entry_id))
    return History(
        compound=_describe(compound),
        parent_smiles=identity.smiles,
        inchikey=identity.inchikey,
        jurisdiction=code,
        periods=periods,
        registry_version=registry.version,
    )


def _state_on(registry: Registry, code: str, day: dt.date) -> dict[tuple[str, str], tuple[Change, str | None]]:
    state = {}
    for control_list in registry.lists_of(code):
        for entry in control_list.entries:
            for listing in entry.listings:
                if listing.in_force(day):
                    state[(control_list.id, entry.id)] = (_change(control_list, entry), listing.category)
    for cls in registry.classes_of(code):
        for listing in cls.listings:
            if listing.in_force(day):
                state[(cls.list_in(listing), cls.id)] = (_class_change(registry, cls, cls.list_in(listing)), None)
    return state


def _change(control_list: ControlList, entry: Entry) -> Change:
    return Change(jurisdiction=control_list.jurisdiction, list_id=control_list.id,
                  list_title_en=control_list.title_en, entry_id=entry.id, entry_name=entry.name,
                  entry_name_en=entry.name_en, category_before=None, category_after=None)


def _class_change(registry: Registry, cls: ClassListing, list_id: str) -> Change:
    control_list = registry.lists[list_id]
    return Change(jurisdiction=cls.jurisdiction, list_id=control_list.id, list_title_en=control_list.title_en,
                  entry_id=cls.id, entry_name=cls.title, entry_name_en=cls.title_en,
                  category_before=None, category_after=None)


def _moves(registry: Registry, entered: list[Change], left: list[Change]) -> list[tuple[Change, Change]]:
    """Pairs (left, entered) that are one item changing lists: the same entry id (a replacing list keeps the
    ids), else the same structure."""
    keys = {(ix.control_list.id, ix.entry.id): key for key, found in registry.by_key.items() for ix in found}
    pairs, waiting = [], list(entered)
    for old in left:
        old_key = keys.get((old.list_id, old.entry_id))
        new = (next((c for c in waiting if c.entry_id == old.entry_id), None)
               or next((c for c in waiting if old_key and keys.get((c.list_id, c.entry_id)) == old_key), None))
        if new is not None:
            waiting.remove(new)
            pairs.append((old, new))
    return pairs


def diff(jurisdiction: str, date_a: DateLike, date_b: DateLike, *, registry: Registry | None = None) -> Diff:
    """What was in control on `date_b` and not on `date_a` (entered), the reverse (left), items that left
    one list for another (moved) and moves between categories of one list (recategorised). Compares the
    two states, not the steps between."""
    registry = registry or default_registry()
    code = check_jurisdiction(registry, jurisdiction)
    day_a, day_b = parse_date(date_a, what="date_a"), parse_date(date_b, what="date_b")
    before, after = _state_on(registry, code, day_a), _state_on(registry, code, day_b)
    entered = [change.model_copy(update={"category_after": cat}) for key, (change, cat) in after.items()
               if key not in before]
    left = [change.model_copy(update={"category_before": cat}) for key, (change, cat) in before.items()
            if key not in after]
    pairs = _moves(registry, entered, left)
    moved = [new.model_copy(update={"list_before": old.list_id, "category_before": old.category_before})
             for old, new in pairs]
    entered = [c for c in entered if all(c is not new for _, new in pairs)]
    left = [c for c in left if all(c is not old for old, _ in pairs)]
    recategorised = [after[key][0].model_copy(update={"category_before": before[key][1],
                                                      "category_after": after[key][1]})
                     for key in before.keys() & after.keys() if before[key][1] != after[key][1]]
    notes = [f"{day}: {gap}" for day in (day_a, day_b) for gap in coverage_gaps(registry, code, day)]

    def order(change: Change) -> tuple[str, str]:
        return change.list_id, change.entry_id

    return Diff(jurisdiction=code, date_a=day_a, date_b=day_b, entered=sorted(entered, key=order),
                left=sorted(left, key=order), moved=sorted(moved, key=order),
                recategorised=sorted(recategorised, key=order),
                coverage_notes=notes, registry_version=registry.version)

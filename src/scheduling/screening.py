"""Screen many structures against several jurisdictions and dates, cheap work first.

Most library compounds are far from every listed structure and every class. For each row we parse
once, compute the parent's molecular formula (microseconds) and try the class cores (SMARTS). Only
a row whose formula is that of some listed or uncertain item, or that contains a class core, takes
the exact path: `status()` itself, so a screen answers exactly as `status()` does, row for row.
Every other row gets the answer the registry gives any structure with no match on that date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

import pandas as pd
from rdkit import Chem
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

from scheduling.chem.identity import Identity, identify_mol, parent_of, read_structure
from scheduling.errors import SchedulingError
from scheduling.query import _answer, check_jurisdiction, coverage_gaps, parse_date
from scheduling.registry import Registry, default_registry

CHUNK_ROWS = 2000


@dataclass(frozen=True)
class _Plan:
    """What one jurisdiction's registry needs checked for any row, on every requested date."""

    code: str
    formulas: frozenset[str]  # parent formulas of its listed and uncertain structures
    shapes: frozenset[str]  # formula and heavy-atom degrees: equal for any two structures with one InChIKey
    keys: frozenset[str]  # their stereo-free InChIKeys
    classes: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]  # per class: (prefilter, core) query indices
    baseline: dict[dt.date, bool | None]  # the answer for a row with no key hit and no core: False or None


def _shape(mol: Chem.Mol, formula: str) -> str:
    return formula + ":" + ",".join(map(str, sorted(atom.GetDegree() for atom in mol.GetAtoms())))


def _plan(registry: Registry, code: str, days: Sequence[dt.date], queries: dict[str, int]) -> _Plan:
    listed = [indexed.identity for entries in registry.by_key.values() for indexed in entries
              if indexed.control_list.jurisdiction == code]
    uncertain = [item for lst in registry.lists_of(code) for item in lst.coverage.uncertain if item.smiles]
    parents = [Chem.MolFromSmiles(smiles) for smiles in [i.smiles for i in listed] + [i.smiles for i in uncertain]]
    formulas = [CalcMolFormula(mol) for mol in parents]
    keys = {identity.inchikey_nostereo for identity in listed} | {registry.uncertain_keys[id(item)]
                                                                   for item in uncertain}

    def indices(smarts: list[str]) -> tuple[int, ...]:
        return tuple(queries.setdefault(text, len(queries)) for text in smarts)  # one query per distinct SMARTS

    own = tuple((indices(engine.definition.prefilter), indices(engine.definition.cores))
                for engine in (registry.compiled.get(cls.id) for cls in registry.classes_of(code)) if engine)
    baseline = {}
    for day in days:
        unevaluated = [cls for cls in registry.classes_of(code) if cls.id not in registry.compiled
                       and any(period.in_force(day) for period in cls.listings)]
        baseline[day] = None if coverage_gaps(registry, code, day) or unevaluated else False
    shapes = {_shape(mol, formula) for mol, formula in zip(parents, formulas, strict=True)}
    return _Plan(code, frozenset(formulas), frozenset(shapes), frozenset(keys), own, baseline)


def _matches_text(status) -> str:
    parts = []
    for match in status.matches:
        clauses = f"[{','.join(c.id for c in match.clauses)}]" if match.clauses else ""
        parts.append(f"{match.list_id}:{match.entry_id}{clauses}")
    return ";".join(parts)


_CHARGED = Chem.MolFromSmarts("[!+0]")


def _plain(structure: Any) -> bool:
    """A SMILES with no '.', '+' or '-' has one fragment and no charge: its parent is itself."""
    return isinstance(structure, str) and not any(c in structure for c in ".+-") and "InChI=" not in structure


def _screen_one(mol: Chem.Mol, plain: bool, plans: Sequence[_Plan], queries: Sequence[Chem.Mol],
                days: Sequence[dt.date], registry: Registry) -> dict[tuple[dt.date, str], tuple[bool | None, str]]:
    """Cheap checks first: formula, heavy-atom degrees and the stereo-free InChIKey; the class prefilters and
    cores; status() itself only on a hit."""
    parent, changed = mol, False
    if not plain and (len(Chem.GetMolFrags(mol)) > 1 or mol.HasSubstructMatch(_CHARGED)):
        parent, changed = parent_of(mol)
    formula = CalcMolFormula(parent)
    shape = key = identity = None
    hits: list[bool | None] = [None] * len(queries)

    def hit(index: int) -> bool:
        if hits[index] is None:
            hits[index] = parent.HasSubstructMatch(queries[index])
        return hits[index]

    answers = {}
    for plan in plans:
        listed = False
        if formula in plan.formulas:
            shape = shape or _shape(parent, formula)
            if shape in plan.shapes:
                key = key or Chem.MolToInchiKey(parent, options="/SNon")
                listed = key in plan.keys
        exact = listed or any((not prefilter or any(map(hit, prefilter))) and any(map(hit, cores))
                              for prefilter, cores in plan.classes)
        for day in days:
            if not exact:
                answers[(day, plan.code)] = (plan.baseline[day], "")
                continue
            if listed or key in plan.keys:
                identity = identity if identity and identity.inchikey else identify_mol(mol)
            else:  # only a class core: no listed or uncertain structure shares its key, so skip the InChIKeys
                identity = identity or Identity(Chem.MolToSmiles(parent), "", "", changed)
            status = _answer(mol, plan.code, day, registry, identity)[0]
            controlled = None if status.state == "out_of_coverage" else status.controlled
            answers[(day, plan.code)] = (controlled, _matches_text(status))
    return answers


def screen_rows(rows: Iterable[tuple[Any, Any]], jurisdictions: Sequence[str], days: Sequence[dt.date],
                registry: Registry | None = None) -> list[dict[str, Any]]:
    """The per-chunk function: (id, structure) pairs in, one output record per row and date out."""
    registry = registry or default_registry()
    plans, cores = _plans_cached(registry, tuple(jurisdictions), tuple(days))
    records = []
    for row_id, structure in rows:
        shown = structure if isinstance(structure, str) else _smiles_or_empty(structure)
        try:
            answers = _screen_one(read_structure(structure), _plain(structure), plans, cores, days, registry)
            error = ""
        except SchedulingError as problem:
            answers, error = {}, str(problem)
        except Exception as problem:  # noqa: BLE001 - a bad row is marked, never stops the batch
            answers, error = {}, f"{type(problem).__name__}: {problem}"
        for day in days:
            record: dict[str, Any] = {"id": row_id, "structure": shown, "on": day.isoformat()}
            for code in jurisdictions:
                controlled, matches = answers.get((day, code), (None, ""))
                record[f"{code}_controlled"] = controlled
                record[f"{code}_matches"] = matches
            record["error"] = error
            records.append(record)
    return records


def _smiles_or_empty(structure: Any) -> str:
    try:
        return Chem.MolToSmiles(structure)
    except Exception:  # noqa: BLE001
        return ""


_PLANS: dict[tuple, tuple[list[_Plan], list[Chem.Mol]]] = {}


def _plans_cached(registry: Registry, codes: tuple[str, ...], days: tuple[dt.date, ...]
                  ) -> tuple[list[_Plan], list[Chem.Mol]]:
    key = (id(registry), codes, days)
    if key not in _PLANS:
        queries: dict[str, int] = {}
        plans = [_plan(registry, code, days, queries) for code in codes]
        _PLANS[key] = (plans, [Chem.MolFromSmarts(text) for text in queries])
    return _PLANS[key]


def columns(jurisdictions: Sequence[str]) -> list[str]:
    return ["id", "structure", "on"] + [f"{code}_{what}" for code in jurisdictions
                                        for what in ("controlled", "matches")] + ["error"]


def _normalise(jurisdictions: Sequence[str] | str, on: Any, registry: Registry) -> tuple[list[str], list[dt.date]]:
    codes = [jurisdictions] if isinstance(jurisdictions, str) else list(jurisdictions)
    codes = [check_jurisdiction(registry, code) for code in codes]
    dates = on if isinstance(on, list | tuple) else [on]
    return codes, [parse_date(day, what="on") for day in dates]


def _pairs(records: Any, structure_column: str | None, id_column: str | None) -> Iterator[tuple[Any, Any]]:
    if isinstance(records, pd.DataFrame):
        column = structure_column or _guess_structure_column(records.columns)
        ids = records[id_column] if id_column else records.index
        yield from zip(ids, records[column], strict=True)
        return
    for number, item in enumerate(records):
        if isinstance(item, tuple) and len(item) == 2:
            yield item
        else:
            yield number, item


def _guess_structure_column(names: Iterable[str]) -> str:
    for name in names:
        if str(name).lower() in ("smiles", "structure", "canonical_smiles", "mol", "molecule"):
            return name
    raise SchedulingError(f"no structure column found among {list(names)}: name it with structure_column=")


def chunked(pairs: Iterable[tuple[Any, Any]], size: int = CHUNK_ROWS) -> Iterator[list[tuple[Any, Any]]]:
    chunk: list[tuple[Any, Any]] = []
    for pair in pairs:
        chunk.append(pair)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _worker(args: tuple[list[tuple[Any, Any]], list[str], list[dt.date]]) -> list[dict[str, Any]]:
    rows, codes, days = args
    return screen_rows(rows, codes, days)


def screen_chunks(chunks: Iterable[list[tuple[Any, Any]]], codes: list[str], days: list[dt.date],
                  workers: int = 1, registry: Registry | None = None) -> Iterator[list[dict[str, Any]]]:
    """Screen chunks in order, on `workers` processes; at most 2 x workers chunks are in flight."""
    if workers <= 1:
        for chunk in chunks:
            yield screen_rows(chunk, codes, days, registry)
        return
    if registry is not None and registry is not default_registry():
        raise SchedulingError("parallel screening uses the default registry (set SCHEDULING_REGISTRY to change it)")
    default_registry()  # load once before forking, so workers share it
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = []
        for chunk in chunks:
            pending.append(pool.submit(_worker, (chunk, codes, days)))
            if len(pending) >= 2 * workers:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()


def screen(records: Any, jurisdictions: Sequence[str] | str = ("CN", "US", "UN"), on: Any = None, *,
           structure_column: str | None = None, id_column: str | None = None, workers: int = 1,
           registry: Registry | None = None) -> pd.DataFrame:
    """Screen an iterable of structures (or (id, structure) pairs) or a DataFrame; one row per input and date.

    Columns: id, structure, on, then per jurisdiction J `J_controlled` (True, False, or None when the
    registry cannot answer: out of coverage or not settled) and `J_matches` (list:entry and
    list:class[clauses], ';'-separated), then `error` (empty unless the row could not be read).
    """
    registry = registry or default_registry()
    codes, days = _normalise(jurisdictions, on, registry)
    out = [record for chunk in screen_chunks(chunked(_pairs(records, structure_column, id_column)), codes, days,
                                             workers, registry) for record in chunk]
    return to_frame(out, codes)


def to_frame(records: list[dict[str, Any]], codes: Sequence[str]) -> pd.DataFrame:
    """Screened records as a DataFrame; `J_controlled` is a nullable boolean (empty: cannot answer)."""
    frame = pd.DataFrame(records, columns=columns(codes))
    for code in codes:
        frame[f"{code}_controlled"] = frame[f"{code}_controlled"].astype("boolean")
    return frame

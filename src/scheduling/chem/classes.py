"""The class engine: does a structure fall under a generic (class-wide) definition, by which clauses,
touching which atoms?

A definition is data (models.Definition): an invariant core (SMARTS whose mapped atoms anchor the
regions), labelled regions, and clauses saying how each region may differ from the parent. For
each way the core maps onto the molecule, every region is compared with the parent's: unchanged,
or changed in a way a clause allows (yes), may allow (maybe: the text does not settle it), or does
not allow (no). The best mapping gives the verdict: member, ambiguous or not_member, with reasons.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from rdkit import Chem

from scheduling.chem.vocabulary import Fragment, Judgement, judge
from scheduling.models import Clause, Definition, Region

Verdict = Literal["member", "ambiguous", "not_member"]
_RANK = {"member": 2, "ambiguous": 1, "not_member": 0}
_ANSWER_RANK = {"yes": 2, "maybe": 1, "no": 0}
MAX_MAPPINGS = 256


@dataclass(frozen=True)
class ClauseHit:
    """A clause the structure meets, and the atoms of the region it changed."""

    clause: str
    region: str
    atoms: tuple[int, ...]
    why: str


@dataclass(frozen=True)
class ClassVerdict:
    verdict: Verdict
    clauses: tuple[ClauseHit, ...] = ()
    reason: str = ""
    core_atoms: tuple[int, ...] = ()


@dataclass
class _RegionView:
    """One region of one molecule under one core mapping."""

    atoms: set[int]
    attach: int  # atom bonded to the core (root regions: the root); -1 when the region is empty
    signature: tuple
    components: list[tuple[tuple, set[int], int]] = field(default_factory=list)  # substituents: (key, atoms, attach)
    bridged: bool = False
    anchors: dict[int, int] = field(default_factory=dict)  # substituent regions: map number -> atom, as matched


@dataclass
class _Outcome:
    verdict: Verdict
    hits: list[ClauseHit]
    reasons: list[str]
    unchanged: int
    core_atoms: tuple[int, ...]


class CompiledClass:
    """A definition made ready to run: SMARTS parsed, the parent's regions computed once."""

    def __init__(self, definition: Definition):
        self.definition = definition
        self.prefilters = []
        for smarts in definition.prefilter:
            query = Chem.MolFromSmarts(smarts)
            if query is None:
                raise ValueError(f"prefilter SMARTS does not parse: {smarts!r}")
            self.prefilters.append(query)
        self.cores = []
        for smarts in definition.cores:
            query = Chem.MolFromSmarts(smarts)
            if query is None:
                raise ValueError(f"core SMARTS does not parse: {smarts!r}")
            maps = {atom.GetAtomMapNum(): atom.GetIdx() for atom in query.GetAtoms() if atom.GetAtomMapNum()}
            self.cores.append((query, maps))
        self.clauses_of: dict[str, list[Clause]] = {}
        for clause in definition.clauses:
            self.clauses_of.setdefault(clause.region, []).append(clause)
        self.parent_views: dict[str, _RegionView] | None = None
        if definition.parent is not None:
            self.parent_views = self._parent_views(Chem.MolFromSmiles(definition.parent.smiles))

    # ---- locating regions ------------------------------------------------------------------

    def _views(self, mol: Chem.Mol, match: tuple[int, ...], maps: dict[int, int]) -> dict[str, _RegionView]:
        core = set(match)
        anchor = {number: match[index] for number, index in maps.items()}
        return {region.id: _locate(mol, region, anchor, core) for region in self.definition.regions}

    def example_problems(self) -> list[tuple[str, str, str]]:
        """(example, problem, fix) for examples whose SMILES does not parse or that a core matches and no
        prefilter does (a prefilter must never reject what a core accepts)."""
        problems = []
        examples = self.definition.examples
        for example in [*examples.members, *examples.non_members, *examples.ambiguous]:
            mol = Chem.MolFromSmiles(example.smiles)
            if mol is None:
                problems.append((example.name, "the SMILES does not parse", "correct it"))
            elif any(mol.HasSubstructMatch(core) for core, _ in self.cores) and not self.passes_prefilter(mol):
                problems.append((example.name, "a core matches it but no prefilter does",
                                 "widen the prefilter: every core must imply one of its SMARTS"))
        return problems

    def passes_prefilter(self, mol: Chem.Mol) -> bool:
        return not self.prefilters or any(mol.HasSubstructMatch(query) for query in self.prefilters)

    def _mappings(self, mol: Chem.Mol):
        if not self.passes_prefilter(mol):
            return
        for query, maps in self.cores:
            if not mol.HasSubstructMatch(query):
                continue
            for match in mol.GetSubstructMatches(query, uniquify=False, maxMatches=MAX_MAPPINGS):
                yield match, maps

    def _parent_views(self, parent: Chem.Mol) -> dict[str, _RegionView]:
        """The parent's regions under the mapping whose replaceable regions its clauses accept best."""
        best, best_score = None, -1
        for match, maps in self._mappings(parent):
            views = self._views(parent, match, maps)
            score = sum(_ANSWER_RANK[self._clause_for(region, _fragment(parent, views[region.id]))[1].answer]
                        for region in self.definition.regions
                        if region.substituents_on is None and region.id in self.clauses_of)
            if score > best_score:
                best, best_score = views, score
        if best is None:
            raise ValueError("the parent structure does not contain the core")
        return best

    # ---- judging ---------------------------------------------------------------------------

    def _clause_for(self, region: Region, fragment: Fragment | None) -> tuple[Clause | None, Judgement]:
        if region.id not in self.clauses_of:
            if region.unlisted == "ambiguous":
                return None, Judgement("maybe", f"the text says nothing of changes to the {region.name_en}")
            return None, Judgement("no", f"no clause allows changing the {region.name_en}")
        best_clause, best = None, Judgement("no", f"no clause allows changing the {region.name_en}")
        for clause in self.clauses_of.get(region.id, []):
            for term in clause.accepts:
                if fragment is None:
                    judgement = (Judgement("yes", "the group is removed") if clause.removal
                                 else Judgement("no", f"the {region.name_en} is replaced by hydrogen, which no "
                                                      "clause allows"))
                else:
                    judgement = judge(term, fragment)
                if best_clause is None or _ANSWER_RANK[judgement.answer] > _ANSWER_RANK[best.answer]:
                    best_clause, best = clause, judgement
            if best.answer == "no" and clause.open_list and fragment is not None:
                best_clause, best = clause, Judgement(
                    "maybe", f"{fragment.smiles()} is not among the groups named, but the list is open "
                             "('such as', 等)")
        return best_clause, best

    def _outcome(self, mol: Chem.Mol, match: tuple[int, ...], maps: dict[int, int]) -> _Outcome:
        views = self._views(mol, match, maps)
        hits: list[ClauseHit] = []
        reasons: list[str] = []
        answers: list[str] = []
        unchanged = 0
        covered = set(match)
        for region in self.definition.regions:
            view = views[region.id]
            covered |= view.atoms
            parent = self.parent_views.get(region.id) if self.parent_views is not None else None
            if view.bridged:
                answer = "maybe" if self.definition.bridges == "ambiguous" else "no"
                answers.append(answer)
                reasons.append(f"the {region.name_en} is joined to the core by a new ring (fused or bridged): "
                               "the text does not speak of ring fusion")
                continue
            if parent is not None and view.signature == parent.signature:
                unchanged += 1
                continue
            if self.parent_views is None and not view.atoms and region.id not in self.clauses_of:
                continue  # a general formula's unlabelled position left bare
            if region.substituents_on is not None:
                self._judge_substituents(mol, region, view, parent, hits, reasons, answers)
            else:
                clause, judgement = self._clause_for(region, _fragment(mol, view))
                answers.append(judgement.answer)
                if judgement.answer == "yes" and clause is not None:
                    if view.atoms or self.parent_views is not None:  # a general formula's bare R = H is no change
                        hits.append(ClauseHit(clause.id, region.id, tuple(sorted(view.atoms)), judgement.reason))
                else:
                    reasons.append(f"{region.name_en}: {judgement.reason}")
        stray = set(range(mol.GetNumAtoms())) - covered
        if stray:
            answers.append("no")
            reasons.append("a group sits on a part of the core that no clause allows to change")
        if "no" in answers:
            verdict: Verdict = "not_member"
        elif "maybe" in answers:
            verdict = "ambiguous"
        elif self.parent_views is not None and not hits:
            verdict = "not_member"
            reasons.append("identical to the parent in every region: no clause is met")
        else:
            verdict = "member"
        return _Outcome(verdict, hits, reasons, unchanged, tuple(sorted(set(match))))

    def _judge_substituents(self, mol, region, view, parent, hits, reasons, answers) -> None:
        if parent is not None and set(parent.anchors) != set(view.anchors):
            # another core alternative matched (e.g. a two-carbon linker where the parent has one carbon)
            clause = next(iter(self.clauses_of.get(region.id, [])), None)
            answers.append("yes" if clause else "no")
            if clause:
                atoms = tuple(sorted(set(view.anchors.values()) | view.atoms))
                hits.append(ClauseHit(clause.id, region.id, atoms, f"the {region.name_en} has another shape than "
                                                                   "in the parent (an alternative core)"))
            else:
                reasons.append(f"{region.name_en}: its shape differs from the parent's and no clause allows it")
        before = [key for key, _, _ in parent.components] if parent is not None else []
        remaining = list(before)
        for key, atoms, attach in view.components:
            if key in remaining:
                remaining.remove(key)
                continue
            clause, judgement = self._clause_for(region, Fragment(mol, frozenset(atoms), attach))
            answers.append(judgement.answer)
            if judgement.answer == "yes" and clause is not None:
                hits.append(ClauseHit(clause.id, region.id, tuple(sorted(atoms)), judgement.reason))
            else:
                reasons.append(f"{region.name_en}: {judgement.reason}")
        for number, _smiles in remaining:
            clause, judgement = self._clause_for(region, None)
            answers.append(judgement.answer)
            if judgement.answer == "yes" and clause is not None:
                where = (view.anchors[number],) if number in view.anchors else ()
                hits.append(ClauseHit(clause.id, region.id, where, "a group of the parent is removed here"))
            else:
                reasons.append(f"{region.name_en}: a group of the parent is removed, which no clause allows")

    # ---- public ----------------------------------------------------------------------------

    def evaluate(self, mol: Chem.Mol) -> ClassVerdict:
        best: _Outcome | None = None
        for match, maps in self._mappings(mol):
            outcome = self._outcome(mol, match, maps)
            if best is None or (_RANK[outcome.verdict], outcome.unchanged) > (_RANK[best.verdict], best.unchanged):
                best = outcome
        if best is None:
            return ClassVerdict("not_member", reason=f"the invariant core is absent: {self.definition.core_en}")
        merged = _merge_hits(best.hits)
        return ClassVerdict(best.verdict, merged, "; ".join(best.reasons), best.core_atoms)


def _fragment(mol: Chem.Mol, view: _RegionView) -> Fragment | None:
    return Fragment(mol, frozenset(view.atoms), view.attach) if view.atoms else None


def _merge_hits(hits: list[ClauseHit]) -> tuple[ClauseHit, ...]:
    by_clause: dict[str, ClauseHit] = {}
    for hit in hits:
        if hit.clause in by_clause:
            old = by_clause[hit.clause]
            by_clause[hit.clause] = ClauseHit(hit.clause, hit.region, tuple(sorted(set(old.atoms) | set(hit.atoms))),
                                              f"{old.why}; {hit.why}")
        else:
            by_clause[hit.clause] = hit
    return tuple(by_clause[key] for key in sorted(by_clause))


def _component(mol: Chem.Mol, start: int, core: set[int]) -> set[int]:
    seen, stack = {start}, [start]
    while stack:
        for neighbour in mol.GetAtomWithIdx(stack.pop()).GetNeighbors():
            index = neighbour.GetIdx()
            if index not in seen and index not in core:
                seen.add(index)
                stack.append(index)
    return seen


def _core_bonds(mol: Chem.Mol, atoms: set[int], core: set[int]) -> list[tuple[int, int]]:
    """(region atom, core atom) pairs of bonds leaving the region into the core."""
    return [(i, n.GetIdx()) for i in atoms for n in mol.GetAtomWithIdx(i).GetNeighbors()
            if n.GetIdx() in core and n.GetIdx() not in atoms]


def _smiles(mol: Chem.Mol, atoms: set[int], stubs: set[int]) -> str:
    """Canonical SMILES of `atoms`, with the core atoms `stubs` they bond to written as '*'."""
    use = sorted(atoms | stubs)
    symbols = ["*" if i in stubs else mol.GetAtomWithIdx(i).GetSmarts() for i in range(mol.GetNumAtoms())]
    return Chem.MolFragmentToSmiles(mol, atomsToUse=use, atomSymbols=symbols, canonical=True)


def _locate(mol: Chem.Mol, region: Region, anchor: dict[int, int], core: set[int]) -> _RegionView:
    needed = region.root if region.root is not None else region.attached_to
    if needed is not None and needed not in anchor:
        return _RegionView(set(), -1, ("absent",))  # this core alternative has no such atom
    if region.root is not None:
        root = anchor[region.root]
        atoms = _component(mol, root, core - {root})
        exits = _core_bonds(mol, atoms, core)
        bridged = any(i != root for i, _ in exits)
        return _RegionView(atoms, root, (_smiles(mol, atoms, {c for _, c in exits}),), bridged=bridged)
    if region.attached_to is not None:
        base = anchor[region.attached_to]
        starts = [n.GetIdx() for n in mol.GetAtomWithIdx(base).GetNeighbors() if n.GetIdx() not in core]
        atoms: set[int] = set()
        for start in starts:
            atoms |= _component(mol, start, core)
        exits = _core_bonds(mol, atoms, core)
        bridged = len(exits) > 1 or any(c != base for _, c in exits)
        attach = exits[0][0] if exits else -1
        signature = (_smiles(mol, atoms, {base}),) if atoms else ("",)
        return _RegionView(atoms, attach, signature, bridged=bridged)
    components, bridged = [], False
    positions = {anchor[number]: number for number in region.substituents_on or [] if number in anchor}
    seen: set[int] = set()
    for base, number in positions.items():
        for neighbour in mol.GetAtomWithIdx(base).GetNeighbors():
            start = neighbour.GetIdx()
            if start in core or start in seen:
                continue
            atoms = _component(mol, start, core)
            seen |= atoms
            exits = _core_bonds(mol, atoms, core)
            if len(exits) > 1:
                bridged = True
            key = (number, _smiles(mol, atoms, {base}))
            components.append((key, atoms, start))
    all_atoms = set().union(*(atoms for _, atoms, _ in components)) if components else set()
    signature = (tuple(sorted(positions.values())), tuple(sorted(key for key, _, _ in components)))
    return _RegionView(all_atoms, -1, signature, components, bridged, {n: i for i, n in positions.items()})

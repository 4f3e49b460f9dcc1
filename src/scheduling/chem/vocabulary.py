"""The fragment classes legal texts speak of (acyl, aromatic monocycle, alkyl, ester, ...), each
implemented once and tested on its own.

A term judges a *fragment*: a set of atoms of a molecule that hangs off the invariant core at one
attachment atom. It answers yes, no, or maybe (the text does not settle it), always with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from rdkit import Chem

Answer = Literal["yes", "maybe", "no"]
HALOGENS = {9, 17, 35, 53}


@dataclass(frozen=True)
class Fragment:
    """Atoms `atoms` of `mol`, attached to the core through atom `attach` (one of `atoms`)."""

    mol: Chem.Mol
    atoms: frozenset[int]
    attach: int

    def atom(self, index: int) -> Chem.Atom:
        return self.mol.GetAtomWithIdx(index)

    def neighbours(self, index: int) -> list[Chem.Atom]:
        return [n for n in self.atom(index).GetNeighbors() if n.GetIdx() in self.atoms]

    def bond(self, a: int, b: int) -> Chem.Bond:
        return self.mol.GetBondBetweenAtoms(a, b)

    def elements(self) -> set[int]:
        return {self.atom(i).GetAtomicNum() for i in self.atoms}

    def bonds(self) -> list[Chem.Bond]:
        return [b for b in self.mol.GetBonds() if b.GetBeginAtomIdx() in self.atoms and b.GetEndAtomIdx() in self.atoms]

    def is_acyclic(self) -> bool:
        return not any(self.atom(i).IsInRing() and self._ring_inside(i) for i in self.atoms)

    def _ring_inside(self, index: int) -> bool:
        return any(index in ring and set(ring) <= self.atoms for ring in self.mol.GetRingInfo().AtomRings())

    def smiles(self) -> str:
        return Chem.MolFragmentToSmiles(self.mol, atomsToUse=sorted(self.atoms), canonical=True)


@dataclass(frozen=True)
class Judgement:
    answer: Answer
    reason: str


Term = Callable[[Fragment], Judgement]
TERMS: dict[str, Term] = {}


def term(name: str) -> Callable[[Term], Term]:
    def register(function: Term) -> Term:
        TERMS[name] = function
        return function
    return register


def judge(name: str, fragment: Fragment) -> Judgement:
    if name not in TERMS:
        raise KeyError(f"unknown vocabulary term {name!r}; known: {', '.join(sorted(TERMS))}")
    return TERMS[name](fragment)


def _yes(why: str) -> Judgement:
    return Judgement("yes", why)


def _no(why: str) -> Judgement:
    return Judgement("no", why)


def _maybe(why: str) -> Judgement:
    return Judgement("maybe", why)


def _saturated_hydrocarbon(fragment: Fragment, atoms: set[int] | frozenset[int]) -> bool:
    return all(fragment.atom(i).GetAtomicNum() == 6 and not fragment.atom(i).GetIsAromatic() for i in atoms) and all(
        b.GetBondType() == Chem.BondType.SINGLE for b in fragment.bonds()
        if b.GetBeginAtomIdx() in atoms and b.GetEndAtomIdx() in atoms)


def _ring_system(mol: Chem.Mol, index: int) -> list[set[int]]:
    """The rings fused (sharing atoms) with the smallest rings through atom `index`."""
    rings = [set(r) for r in mol.GetRingInfo().AtomRings()]
    system = [r for r in rings if index in r]
    grew = True
    while grew:
        grew = False
        for ring in rings:
            if ring not in system and any(len(ring & other) >= 2 for other in system):
                system.append(ring)
                grew = True
    return system


def _is_aromatic_ring(mol: Chem.Mol, ring: set[int]) -> bool:
    return all(mol.GetAtomWithIdx(i).GetIsAromatic() for i in ring)


# ---- groups that replace a region ---------------------------------------------------------------


@term("any_non_hydrogen")
def any_non_hydrogen(fragment: Fragment) -> Judgement:
    return _yes("any group other than hydrogen") if fragment.atoms else _no("hydrogen is excluded")


@term("any")
def any_group(fragment: Fragment) -> Judgement:
    return _yes("any group (substituted or unsubstituted)")


@term("any_single_bonded")
def any_single_bonded(fragment: Fragment) -> Judgement:
    """Any substituent in place of a hydrogen; a group double-bonded to the atom (oxo, imino, thioxo) turns
    the atom into something else (a carbonyl) and is left open."""
    if not fragment.atoms:
        return _no("hydrogen is no substituent")
    root = fragment.atom(fragment.attach)
    core_bonds = [b for b in root.GetBonds() if b.GetOtherAtomIdx(root.GetIdx()) not in fragment.atoms]
    if any(b.GetBondType() != Chem.BondType.SINGLE for b in core_bonds):
        return _maybe(f"{fragment.smiles()} is double-bonded to the atom it replaces hydrogens on (e.g. oxo): "
                      "whether that is still a substituted group is not settled")
    return _yes("a substituent")


@term("acyl")
def acyl(fragment: Fragment) -> Judgement:
    """R-C(=O)- with R attached through carbon or hydrogen; carbamates and ureas are left open."""
    root = fragment.atom(fragment.attach)
    double = [n for n in fragment.neighbours(root.GetIdx())
              if fragment.bond(root.GetIdx(), n.GetIdx()).GetBondType() == Chem.BondType.DOUBLE]
    if root.GetAtomicNum() == 16 and sum(n.GetAtomicNum() == 8 for n in double) == 2:
        return _maybe("a sulfonyl group: whether it counts as an acyl group is not settled")
    if root.GetAtomicNum() != 6 or root.GetIsAromatic():
        return _no("not an acyl group: the attachment atom is not a carbonyl carbon")
    if any(n.GetAtomicNum() == 16 for n in double):
        return _maybe("a thioacyl group (C=S): whether it counts as an acyl group is not settled")
    if not any(n.GetAtomicNum() == 8 for n in double):
        return _no("not an acyl group: no C=O at the attachment atom")
    double_ids = {n.GetIdx() for n in double}
    others = [n for n in fragment.neighbours(root.GetIdx()) if n.GetIdx() not in double_ids]
    if any(n.GetAtomicNum() == 8 for n in others):
        return _maybe("an alkoxycarbonyl group (a carbamate): whether it counts as an acyl group is not settled")
    if any(n.GetAtomicNum() == 7 for n in others):
        return _maybe("a carbamoyl group (a urea): whether it counts as an acyl group is not settled")
    if any(n.GetAtomicNum() not in (6, 1) for n in others):
        return _maybe("a carbonyl bearing a heteroatom: whether it counts as an acyl group is not settled")
    return _yes("an acyl group R-C(=O)-")


@term("acyl_incl_carbamate")
def acyl_incl_carbamate(fragment: Fragment) -> Judgement:
    """An acyl group, reading an alkoxy- or aryloxycarbonyl (a carbamate on the amide N) as acyl too."""
    judgement = acyl(fragment)
    if judgement.answer == "maybe" and judgement.reason.startswith("an alkoxycarbonyl"):
        return _yes("an alkoxycarbonyl group, read as an acyl group")
    return judgement


def _monocycle(fragment: Fragment, aromatic: bool) -> Judgement:
    kind = "aromatic monocycle" if aromatic else "monocycle"
    root = fragment.atom(fragment.attach)
    if aromatic and not root.GetIsAromatic():
        return _no(f"not an {kind}: the attached atom is not aromatic")
    if not root.IsInRing():
        return _no(f"not a {kind}: the attached atom is not in a ring")
    system = _ring_system(fragment.mol, fragment.attach)
    if len(system) == 1:
        return _yes(f"a {'substituted or unsubstituted ' if aromatic else ''}{kind}")
    if all(_is_aromatic_ring(fragment.mol, ring) for ring in system):
        return _no(f"a fused aromatic ring system ({len(system)} rings), not a monocycle")
    return _maybe(f"a ring fused to the attached ring ({len(system)} rings): a substituted monocycle or a "
                  "polycyclic group? The text does not settle it")


@term("aromatic_monocycle")
def aromatic_monocycle(fragment: Fragment) -> Judgement:
    return _monocycle(fragment, aromatic=True)


@term("monocycle")
def monocycle(fragment: Fragment) -> Judgement:
    return _monocycle(fragment, aromatic=False)


@term("aromatic")
def aromatic(fragment: Fragment) -> Judgement:
    if fragment.atom(fragment.attach).GetIsAromatic():
        return _yes("an aromatic group (mono- or polycyclic, substituted or not)")
    return _no("not an aromatic group: the attached atom is not aromatic")


@term("amino")
def amino(fragment: Fragment) -> Judgement:
    """-NRR' (R, R' hydrogen, carbon groups or a ring); amides and charged N are not amino groups."""
    root = fragment.atom(fragment.attach)
    if (root.GetAtomicNum() == 7 and root.GetFormalCharge() == 1
            and any(n.GetAtomicNum() == 8 and n.GetFormalCharge() == -1 for n in fragment.neighbours(root.GetIdx()))):
        return _maybe("an amine oxide: whether it is still a (substituted) amino group is not settled")
    if root.GetAtomicNum() != 7 or root.GetIsAromatic() or root.GetFormalCharge():
        return _no("not an amino group: the attached atom is not a neutral, non-aromatic nitrogen")
    if any(b.GetBondType() != Chem.BondType.SINGLE for b in root.GetBonds()):
        return _no("not an amino group: the nitrogen carries a double or triple bond")
    for n in fragment.neighbours(root.GetIdx()):
        if n.GetAtomicNum() != 6:
            return _maybe("the nitrogen bears a heteroatom: whether it is still an amino group is not settled")
        if any(b.GetBondType() == Chem.BondType.DOUBLE and b.GetOtherAtom(n).GetAtomicNum() in (8, 16)
               for b in n.GetBonds()):
            return _maybe("an amide nitrogen: whether an acylated amine is an amino group is not settled")
    return _yes("an amino group (substituted or unsubstituted)")


# ---- substituents -------------------------------------------------------------------------------


@term("alkyl")
def alkyl(fragment: Fragment) -> Judgement:
    if not _saturated_hydrocarbon(fragment, fragment.atoms):
        return _no("not an alkyl group")
    if not fragment.is_acyclic():
        return _maybe("a cycloalkyl group: whether 'alkyl' includes cycloalkyl is not settled")
    return _yes("an alkyl group")


@term("alkenyl")
def alkenyl(fragment: Fragment) -> Judgement:
    atoms_c = all(fragment.atom(i).GetAtomicNum() == 6 and not fragment.atom(i).GetIsAromatic()
                  for i in fragment.atoms)
    types = {b.GetBondType() for b in fragment.bonds()}
    if atoms_c and Chem.BondType.DOUBLE in types and Chem.BondType.TRIPLE not in types and fragment.is_acyclic():
        return _yes("an alkenyl group")
    return _no("not an alkenyl group")


@term("hydroxy")
def hydroxy(fragment: Fragment) -> Judgement:
    atom = fragment.atom(fragment.attach)
    if len(fragment.atoms) == 1 and atom.GetAtomicNum() == 8 and atom.GetTotalNumHs() == 1:
        return _yes("a hydroxyl group")
    return _no("not a hydroxyl group")


@term("halo")
def halo(fragment: Fragment) -> Judgement:
    if len(fragment.atoms) == 1 and fragment.atom(fragment.attach).GetAtomicNum() in HALOGENS:
        return _yes("a halogen")
    return _no("not a halogen")


@term("haloalkyl")
def haloalkyl(fragment: Fragment) -> Judgement:
    carbons = {i for i in fragment.atoms if fragment.atom(i).GetAtomicNum() == 6}
    halogens = {i for i in fragment.atoms if fragment.atom(i).GetAtomicNum() in HALOGENS}
    if (fragment.atom(fragment.attach).GetAtomicNum() == 6 and halogens and carbons | halogens == fragment.atoms
            and _saturated_hydrocarbon(fragment, carbons) and fragment.is_acyclic()):
        return _yes("a haloalkyl group")
    return _no("not a haloalkyl group")


def _alkyl_atoms(fragment: Fragment, atoms: set[int]) -> bool:
    return bool(atoms) and _saturated_hydrocarbon(fragment, atoms)


@term("alkoxy")
def alkoxy(fragment: Fragment) -> Judgement:
    root = fragment.atom(fragment.attach)
    rest = set(fragment.atoms) - {root.GetIdx()}
    if root.GetAtomicNum() == 8 and len(fragment.neighbours(root.GetIdx())) == 1 and _alkyl_atoms(fragment, rest):
        return _yes("an alkoxy group")
    return _no("not an alkoxy group")


@term("nitro")
def nitro(fragment: Fragment) -> Judgement:
    root = fragment.atom(fragment.attach)
    oxygens = [n for n in fragment.neighbours(root.GetIdx()) if n.GetAtomicNum() == 8]
    if root.GetAtomicNum() == 7 and len(oxygens) == 2 and len(fragment.atoms) == 3:
        return _yes("a nitro group")
    return _no("not a nitro group")


def _ester_links(fragment: Fragment) -> list[tuple[int, int]]:
    """(carbonyl carbon, single-bonded oxygen) pairs of C(=O)-O-C ester linkages inside the fragment."""
    links = []
    for i in fragment.atoms:
        atom = fragment.atom(i)
        if atom.GetAtomicNum() != 6:
            continue
        neighbours = fragment.neighbours(i)
        has_oxo = any(n.GetAtomicNum() == 8 and fragment.bond(i, n.GetIdx()).GetBondType() == Chem.BondType.DOUBLE
                      for n in neighbours)
        for n in neighbours:
            single_o = n.GetAtomicNum() == 8 and fragment.bond(i, n.GetIdx()).GetBondType() == Chem.BondType.SINGLE
            bonded_on = n.GetIdx() == fragment.attach or any(  # the core bonds to the O of an acyloxy group
                m.GetAtomicNum() == 6 and m.GetIdx() != i for m in fragment.neighbours(n.GetIdx()))
            if has_oxo and single_o and bonded_on:
                links.append((i, n.GetIdx()))
    return links


@term("ester")
def ester(fragment: Fragment) -> Judgement:
    links = _ester_links(fragment)
    if any(fragment.attach in link for link in links):
        return _yes("an ester group (alkoxycarbonyl or acyloxy)")
    if links:
        return _maybe("contains an ester group without being attached through it")
    return _no("not an ester group")


@term("ether")
def ether(fragment: Fragment) -> Judgement:
    """A group with a C-O-C ether linkage and otherwise only carbon and hydrogen (e.g. methoxymethyl)."""
    if _ester_links(fragment):
        return _no("an ester, not an ether")
    oxygens = [i for i in fragment.atoms if fragment.atom(i).GetAtomicNum() == 8]
    others = {fragment.atom(i).GetAtomicNum() for i in fragment.atoms} - {6, 8}
    ether_oxygens = [i for i in oxygens if len(fragment.neighbours(i)) + (i == fragment.attach) == 2
                     and all(n.GetAtomicNum() == 6 for n in fragment.neighbours(i))]
    if ether_oxygens and len(ether_oxygens) == len(oxygens) and not others:
        return _yes("an ether group")
    return _no("not an ether group")


# ---- general-formula groups (synthetic cannabinoids and the like) ----------------------------------


def _carbon_skeleton(fragment: Fragment) -> tuple[set[int], set[int]]:
    """The carbons reachable from the attachment through C-C bonds: (strict, broad). The strict skeleton
    leaves out carbons double- or triple-bonded to a heteroatom (carbonyl, nitrile): whether such a carbon
    belongs to the hydrocarbyl group or to its substituent is what the text does not settle."""

    def functional(index: int) -> bool:
        return any(b.GetBondType() in (Chem.BondType.DOUBLE, Chem.BondType.TRIPLE)
                   and b.GetOtherAtom(fragment.atom(index)).GetAtomicNum() not in (6, 1)
                   for b in fragment.atom(index).GetBonds())

    def grow(allowed) -> set[int]:
        if not allowed(fragment.attach):
            return set()
        seen, stack = {fragment.attach}, [fragment.attach]
        while stack:
            for n in fragment.neighbours(stack.pop()):
                if n.GetAtomicNum() == 6 and n.GetIdx() not in seen and allowed(n.GetIdx()):
                    seen.add(n.GetIdx())
                    stack.append(n.GetIdx())
        return seen

    return grow(lambda i: not functional(i)), grow(lambda i: True)


def _hydrocarbyl(fragment: Fragment, low: int, high: int) -> Judgement:
    root = fragment.atom(fragment.attach)
    if root.GetAtomicNum() != 6:
        return _no("not a hydrocarbyl group: attached through a heteroatom")
    strict, broad = _carbon_skeleton(fragment)
    if fragment.attach not in strict:
        return _maybe("attached through a carbonyl, thiocarbonyl or nitrile carbon: whether an acyl-type group is "
                      "a substituted hydrocarbyl group is not settled")
    inside = [low <= len(skeleton) <= high for skeleton in (strict, broad)]
    if all(inside):
        return _yes(f"a (substituted) C{len(strict)} hydrocarbyl group" if len(strict) == len(broad)
                    else f"a (substituted) C{len(strict)}-C{len(broad)} hydrocarbyl group")
    if not any(inside):
        return _no(f"a C{len(strict)} hydrocarbyl group, outside C{low}-C{high}" if len(strict) == len(broad)
                   else f"a C{len(strict)}-C{len(broad)} hydrocarbyl group, outside C{low}-C{high}")
    return _maybe(f"C{len(strict)} or C{len(broad)} depending on whether carbonyl or nitrile carbons count as "
                  f"part of the hydrocarbyl group; the range is C{low}-C{high}")


@term("hydrocarbyl_c3_c8")
def hydrocarbyl_c3_c8(fragment: Fragment) -> Judgement:
    return _hydrocarbyl(fragment, 3, 8)


@term("hydrocarbyl_c3_c10")
def hydrocarbyl_c3_c10(fragment: Fragment) -> Judgement:
    return _hydrocarbyl(fragment, 3, 10)


@term("aryl_c6_c10")
def aryl_c6_c10(fragment: Fragment) -> Judgement:
    root = fragment.atom(fragment.attach)
    if not root.GetIsAromatic() or root.GetAtomicNum() != 6:
        return _no("not an aryl group: the attached atom is not an aromatic carbon")
    system = set().union(*_ring_system(fragment.mol, fragment.attach))
    aromatic = {i for i in system if fragment.mol.GetAtomWithIdx(i).GetIsAromatic()}
    if any(fragment.mol.GetAtomWithIdx(i).GetAtomicNum() != 6 for i in aromatic):
        return _no("a heteroaromatic ring, not a (carbocyclic) aryl group")
    if aromatic != system:
        return _maybe("an aromatic ring fused to a non-aromatic ring: whether it is a C6-C10 aryl is not settled")
    if 6 <= len(aromatic) <= 10:
        return _yes(f"a (substituted) C{len(aromatic)} aryl group")
    return _no(f"a C{len(aromatic)} aromatic ring system, outside C6-C10")


def _heterocycle_at(mol: Chem.Mol, index: int) -> Judgement:
    atom = mol.GetAtomWithIdx(index)
    if not atom.IsInRing():
        return _no("not a heterocyclyl group: the attached atom is not in a ring")
    system = set().union(*_ring_system(mol, index))
    hetero = sum(mol.GetAtomWithIdx(i).GetAtomicNum() not in (6, 1) for i in system)
    if 1 <= hetero <= 3:
        return _yes(f"a (substituted) heterocyclyl group with {hetero} heteroatom(s)")
    return _no("a carbocycle, not a heterocyclyl group" if hetero == 0
               else f"a heterocycle with {hetero} heteroatoms, more than 3")


@term("heterocyclyl_1_3")
def heterocyclyl_1_3(fragment: Fragment) -> Judgement:
    return _heterocycle_at(fragment.mol, fragment.attach)


@term("heterocyclyl_methyl_or_ethyl")
def heterocyclyl_methyl_or_ethyl(fragment: Fragment) -> Judgement:
    """CH2-Het or CH2-CH2-Het, Het a heterocyclyl group with 1-3 heteroatoms."""
    first = fragment.atom(fragment.attach)
    if first.GetAtomicNum() != 6 or first.IsInRing() or first.GetIsAromatic():
        return _no("not a methyl or ethyl group")
    for length in (1, 2):
        chain = [first]
        while len(chain) < length:
            nxt = [n for n in fragment.neighbours(chain[-1].GetIdx())
                   if n.GetAtomicNum() == 6 and not n.IsInRing() and n.GetIdx() not in {c.GetIdx() for c in chain}]
            if len(nxt) != 1:
                break
            chain.append(nxt[0])
        if len(chain) != length:
            continue
        ids = {c.GetIdx() for c in chain}
        ring = [n for n in fragment.neighbours(chain[-1].GetIdx()) if n.IsInRing() and n.GetIdx() not in ids]
        others = [n for c in chain for n in fragment.neighbours(c.GetIdx())
                  if n.GetIdx() not in ids and n not in ring and n.GetIdx() not in {r.GetIdx() for r in ring}]
        if len(ring) == 1 and not others:
            judgement = _heterocycle_at(fragment.mol, ring[0].GetIdx())
            if judgement.answer == "yes":
                return _yes(f"{'methyl' if length == 1 else 'ethyl'} substituted by a heterocyclyl group")
    return _no("not a methyl or ethyl group substituted by a heterocyclyl group")


def _is_benzene_carbon(mol: Chem.Mol, index: int) -> bool:
    atom = mol.GetAtomWithIdx(index)
    system = _ring_system(mol, index)
    return (atom.GetIsAromatic() and len(system) == 1 and len(system[0]) == 6
            and all(mol.GetAtomWithIdx(i).GetAtomicNum() == 6 for i in system[0]))


@term("phenyl")
def phenyl(fragment: Fragment) -> Judgement:
    if _is_benzene_carbon(fragment.mol, fragment.attach):
        return _yes("a (substituted) phenyl group")
    return _no("not a phenyl group")


@term("benzyl")
def benzyl(fragment: Fragment) -> Judgement:
    root = fragment.atom(fragment.attach)
    rings = [n for n in fragment.neighbours(root.GetIdx()) if _is_benzene_carbon(fragment.mol, n.GetIdx())]
    if (root.GetAtomicNum() == 6 and not root.IsInRing() and root.GetTotalNumHs() == 2 and len(rings) == 1
            and len(fragment.neighbours(root.GetIdx())) == 1):
        return _yes("a (ring-substituted) benzyl group")
    return _no("not a benzyl group")


@term("methyl")
def methyl(fragment: Fragment) -> Judgement:
    root = fragment.atom(fragment.attach)
    if len(fragment.atoms) == 1 and root.GetAtomicNum() == 6 and root.GetTotalNumHs() == 3:
        return _yes("a methyl group")
    return _no("not a methyl group")

"""Read a compound, reduce it to its parent, and compute the keys it is looked up by.

The parent is the largest organic fragment, neutralised: a hydrochloride, a citrate or a hydrate
has the same parent as the free base, which is what the lists name. Two InChIKeys are kept: the
full one and one computed without stereo layers, for lists whose scope covers stereoisomers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdkit import Chem, RDLogger
from rdkit.Chem.MolStandardize import rdMolStandardize

from scheduling.errors import InvalidStructureError

RDLogger.DisableLog("rdApp.*")  # parse failures are reported by our own errors, not RDKit's log

@dataclass(frozen=True)
class Identity:
    """What a compound is, for lookup purposes."""

    smiles: str  # canonical SMILES of the parent
    inchikey: str
    inchikey_nostereo: str
    is_salt_form: bool  # the input had counter-ions, solvents or charges that were removed

    @property
    def has_stereo(self) -> bool:
        return self.inchikey != self.inchikey_nostereo


def _describe(compound: object) -> str:
    text = compound if isinstance(compound, str) else repr(compound)
    return text if len(text) <= 80 else text[:77] + "..."


def read_structure(compound: str | Chem.Mol) -> Chem.Mol:
    """Parse SMILES, InChI, a molfile block or pass an RDKit Mol through; raise on failure."""
    if isinstance(compound, Chem.Mol):
        if compound.GetNumAtoms() == 0:
            raise InvalidStructureError("the RDKit Mol given has no atoms")
        return compound
    if not isinstance(compound, str):
        raise InvalidStructureError(
            f"cannot read a {type(compound).__name__} as a structure: give SMILES, InChI, a molfile or an RDKit Mol"
        )
    text = compound.strip()
    if not text:
        raise InvalidStructureError("empty structure: give SMILES, InChI, a molfile or an RDKit Mol")
    if text.startswith("InChI="):
        mol, kind = Chem.MolFromInchi(text), "InChI"
    elif "M  END" in text:
        mol, kind = Chem.MolFromMolBlock(compound), "molfile"
    else:
        mol, kind = Chem.MolFromSmiles(text), "SMILES"
    if mol is None or mol.GetNumAtoms() == 0:
        raise InvalidStructureError(f"could not read {_describe(compound)!r} as {kind}")
    return mol


_chooser = rdMolStandardize.LargestFragmentChooser(preferOrganic=True)
_uncharger = rdMolStandardize.Uncharger(canonicalOrder=True)


def parent_of(mol: Chem.Mol) -> tuple[Chem.Mol, bool]:
    """The parent (largest organic fragment, neutralised) and whether anything was removed."""
    several = len(Chem.GetMolFrags(mol)) > 1
    fragment = _chooser.choose(mol) if several else mol
    if not any(atom.GetFormalCharge() for atom in fragment.GetAtoms()):
        return fragment, several
    neutral = _uncharger.uncharge(fragment)
    return neutral, several or Chem.MolToSmiles(neutral) != Chem.MolToSmiles(fragment)


def identify_mol(mol: Chem.Mol) -> Identity:
    parent, changed = parent_of(mol)
    key = Chem.MolToInchiKey(parent)
    if not key:
        raise InvalidStructureError(f"no InChIKey could be computed for {Chem.MolToSmiles(mol)!r}")
    key_nostereo = Chem.MolToInchiKey(parent, options="/SNon")
    return Identity(
        smiles=Chem.MolToSmiles(parent),
        inchikey=key,
        inchikey_nostereo=key_nostereo,
        is_salt_form=changed,
    )


@lru_cache(maxsize=4096)
def _identify_text(text: str) -> Identity:
    return identify_mol(read_structure(text))


def identify(compound: str | Chem.Mol) -> Identity:
    """Identity of a compound given as SMILES, InChI, molfile or RDKit Mol."""
    if isinstance(compound, str):
        return _identify_text(compound)
    return identify_mol(read_structure(compound))

"""Small helpers shared by the curation scripts (run them from anywhere: `python tools/curation/<script>.py`)."""

from pathlib import Path

import yaml
from rdkit import Chem

ROOT = Path(__file__).resolve().parents[2]


def key(smiles):
    """The InChIKey of a SMILES, or None when it is empty or does not parse."""
    mol = Chem.MolFromSmiles(smiles) if smiles else None
    return Chem.MolToInchiKey(mol) if mol else None


def registry_smiles(ref):
    """The SMILES of a registry entry named 'CN/file.yaml:entry-id'."""
    path, entry_id = ref.split(":")
    with open(ROOT / "registry" / path) as fh:
        data = yaml.safe_load(fh)
    return next(e["structure"]["smiles"] for e in data["entries"] if e["id"] == entry_id)

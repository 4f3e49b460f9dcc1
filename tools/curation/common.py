"""Small helpers shared by the curation scripts (run them from anywhere: `python tools/curation/<script>.py`)."""

import re
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


def _registry_structures():
    """(file, entry id, structure) for every structural entry of registry/{CN,US,UN}/*.yaml."""
    for path in sorted((ROOT / "registry").glob("[A-Z][A-Z]/*.yaml")):
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        for entry in data.get("entries") or []:
            if entry.get("structure"):
                yield path.relative_to(ROOT).as_posix(), entry["id"], entry["structure"]


def _names_in(derived_from):
    """The name strings a `derived_from` text mentions: the whole text and every quoted part, lower-cased."""
    text = derived_from.strip().lower()
    return {text} | {part.strip() for part in re.findall(r"'([^']+)'", text)}


def cross_checks(smiles, own_file, own_derived_from):
    """`checked_against` texts from other jurisdictions' entries derived independently to the same InChIKey.

    Independent means: that entry's structure was derived by OPSIN from a name printed in another
    jurisdiction's source, a different name string than ours. (A hand drawing elsewhere is another
    curator's reading, not a second source, so it does not count.)
    """
    own_key = key(smiles)
    own_jurisdiction = own_file.split("/")[1]
    own_names = _names_in(own_derived_from)
    found = []
    for path, entry_id, struct in _registry_structures():
        if path.split("/")[1] == own_jurisdiction or struct.get("derived_by") != "opsin":
            continue
        if own_names & _names_in(struct.get("derived_from", "")) or key(struct["smiles"]) != own_key:
            continue
        found.append(f"second source: SMILES of entry '{entry_id}' in {path}, derived by OPSIN from the name "
                     f"printed there ({struct['derived_from']}); same InChIKey {own_key}")
    return found

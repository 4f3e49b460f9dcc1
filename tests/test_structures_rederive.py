"""Structures derived with OPSIN are derived again from the recorded name and must give the same InChIKey.

Needs the `curation` extra (py2opsin, which runs OPSIN on the machine's Java); skipped without it.
"""

import shutil

import pytest
from rdkit import Chem

from scheduling import default_registry

py2opsin = pytest.importorskip("py2opsin")
if shutil.which("java") is None:
    pytest.skip("OPSIN needs Java", allow_module_level=True)


def _derived():
    return [(lst.id, entry.id, entry.structure) for lst, entry in default_registry().entries()
            if entry.structure is not None and entry.structure.derived_by == "opsin"]


def test_opsin_rederives_every_opsin_structure(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # py2opsin writes its batch file in the working directory: keep runs apart
    derived = _derived()
    names = [structure.derived_from for _, _, structure in derived]
    smiles = py2opsin.py2opsin(names)
    assert len(smiles) == len(names)
    wrong = []
    for (list_id, entry_id, structure), again in zip(derived, smiles, strict=True):
        mol = Chem.MolFromSmiles(again) if again else None
        if mol is None or Chem.MolToInchiKey(mol) != Chem.MolToInchiKey(Chem.MolFromSmiles(structure.smiles)):
            wrong.append(f"{list_id}/{entry_id}: {structure.derived_from!r} -> {again!r}, registry {structure.smiles}")
    assert len(derived) > 500 and not wrong, "\n".join(wrong)

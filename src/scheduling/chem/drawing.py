"""Draw a structure with each clause's atoms highlighted and labelled (SVG)."""

from __future__ import annotations

from rdkit import Chem
from rdkit.Chem.Draw import rdMolDraw2D

# Colour-blind-safe palette (Okabe-Ito), one colour per clause.
PALETTE = [(0.90, 0.62, 0.0), (0.34, 0.71, 0.91), (0.0, 0.62, 0.45), (0.80, 0.47, 0.65),
           (0.94, 0.89, 0.26), (0.0, 0.45, 0.70), (0.84, 0.37, 0.0)]


def clauses_svg(smiles: str, clauses: list[tuple[str, list[int]]], legend: str = "",
                size: tuple[int, int] = (520, 400)) -> str:
    """SVG of `smiles` with the atoms of each (clause id, atoms) highlighted in its own colour and the
    first atom of each region labelled with the clause id."""
    mol = Chem.MolFromSmiles(smiles)
    colours: dict[int, tuple[float, float, float]] = {}
    for number, (clause, atoms) in enumerate(clauses):
        colour = PALETTE[number % len(PALETTE)]
        for index in atoms:
            colours.setdefault(index, colour)
        if atoms:
            atom = mol.GetAtomWithIdx(min(atoms))
            previous = atom.GetProp("atomNote") + "," if atom.HasProp("atomNote") else ""
            atom.SetProp("atomNote", f"{previous}{clause}")
    bonds = {}
    for bond in mol.GetBonds():
        a, b = bond.GetBeginAtomIdx(), bond.GetEndAtomIdx()
        if a in colours and colours.get(b) == colours[a]:
            bonds[bond.GetIdx()] = colours[a]
    drawer = rdMolDraw2D.MolDraw2DSVG(*size)
    drawer.drawOptions().annotationFontScale = 0.8
    rdMolDraw2D.PrepareAndDrawMolecule(drawer, mol, legend=legend, highlightAtoms=list(colours),
                                       highlightAtomColors=colours, highlightBonds=list(bonds),
                                       highlightBondColors=bonds)
    drawer.FinishDrawing()
    return drawer.GetDrawingText()

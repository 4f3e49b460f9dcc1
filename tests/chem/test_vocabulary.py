"""Each vocabulary term on its own: a fragment is the atoms after the first one of a SMILES that starts
with a dummy atom '*' standing for the core; the attachment atom is the dummy's neighbour."""

import pytest
from rdkit import Chem

from scheduling.chem.vocabulary import TERMS, Fragment, judge


def fragment(smiles: str) -> Fragment:
    mol = Chem.MolFromSmiles(smiles)
    (dummy,) = [a for a in mol.GetAtoms() if a.GetAtomicNum() == 0]
    attach = dummy.GetNeighbors()[0].GetIdx()
    return Fragment(mol, frozenset(a.GetIdx() for a in mol.GetAtoms() if a.GetAtomicNum() != 0), attach)


CASES = {
    "acyl": [("*C(=O)CC", "yes"), ("*C(=O)C", "yes"), ("*C=O", "yes"), ("*C(=O)c1ccco1", "yes"),
             ("*C(=O)C1CCCO1", "yes"), ("*C(=O)C=C", "yes"), ("*C(=O)COC", "yes"), ("*C(=O)OCC", "maybe"),
             ("*C(=O)N(C)C", "maybe"), ("*C(=S)CC", "maybe"), ("*S(=O)(=O)C", "maybe"), ("*CC", "no"),
             ("*c1ccccc1", "no")],
    "acyl_incl_carbamate": [("*C(=O)OCC", "yes"), ("*C(=O)Oc1ccccc1", "yes"), ("*C(=O)CC", "yes"),
                            ("*C(=O)N(C)C", "maybe"), ("*CC", "no")],
    "aromatic_monocycle": [("*c1ccccc1", "yes"), ("*c1ccc(F)cc1", "yes"), ("*c1cccs1", "yes"),
                           ("*c1ccccn1", "yes"), ("*c1cccc2ccccc12", "no"), ("*c1ccc2OCOc2c1", "maybe"),
                           ("*C1CCCCC1", "no"), ("*CCc1ccccc1", "no")],
    "monocycle": [("*c1ccccc1", "yes"), ("*C1CCCCC1", "yes"), ("*c1cccs1", "yes"), ("*c1cccc2ccccc12", "no"),
                  ("*C", "no")],
    "aromatic": [("*c1ccc(OCC)cc1", "yes"), ("*c1cccc2ccccc12", "yes"), ("*c1ccc2OCCc2c1", "yes"),
                 ("*C1CCCCC1", "no")],
    "amino": [("*N(CC)CC", "yes"), ("*N", "yes"), ("*NCC", "yes"), ("*N1CCCC1", "yes"), ("*N1CCCCC1", "yes"),
              ("*NC(C)=O", "maybe"), ("*[N+](C)(C)[O-]", "maybe"), ("*[N+](C)(C)C", "no"), ("*N=C", "no"),
              ("*OC", "no")],
    "alkyl": [("*C", "yes"), ("*CC(C)C", "yes"), ("*C1CC1", "maybe"), ("*C=C", "no"), ("*CO", "no")],
    "alkenyl": [("*C=C", "yes"), ("*CC=CC", "yes"), ("*CC", "no"), ("*C#C", "no")],
    "hydroxy": [("*O", "yes"), ("*OC", "no"), ("*CO", "no")],
    "halo": [("*F", "yes"), ("*Br", "yes"), ("*I", "yes"), ("*CF", "no"), ("*O", "no")],
    "haloalkyl": [("*CF", "yes"), ("*C(F)(F)F", "yes"), ("*CCCl", "yes"), ("*C", "no"), ("*F", "no")],
    "alkoxy": [("*OC", "yes"), ("*OCC(C)C", "yes"), ("*O", "no"), ("*OC(C)=O", "no"), ("*COC", "no")],
    "nitro": [("*[N+](=O)[O-]", "yes"), ("*N(=O)=O", "yes"), ("*N", "no")],
    "ester": [("*C(=O)OC", "yes"), ("*OC(C)=O", "yes"), ("*CC(=O)OC", "maybe"), ("*C(=O)C", "no"),
              ("*COC", "no")],
    "ether": [("*COC", "yes"), ("*OC", "yes"), ("*CCOCC", "yes"), ("*C(=O)OC", "no"), ("*CO", "no"),
              ("*CN(C)C", "no")],
    "hydrocarbyl_c3_c8": [("*CCCCC", "yes"), ("*CCCCCF", "yes"), ("*CC1CCCCC1", "yes"), ("*Cc1ccc(F)cc1", "yes"),
                          ("*CC", "no"), ("*CCCCCCCCC", "no"), ("*OCCCC", "no"), ("*CCOC", "no"),
                          ("*C(=O)CC", "maybe"), ("*C(=O)c1ccccc1", "maybe")],
    "hydrocarbyl_c3_c10": [("*C(C(=O)OC)C(C)(C)C", "yes"), ("*C(C)(C)c1ccccc1", "yes"),
                           ("*C12CC3CC(CC(C3)C1)C2", "yes"), ("*C(CCCCCCCCC)C(N)=O", "maybe"), ("*CC", "no")],
    "aryl_c6_c10": [("*c1ccccc1", "yes"), ("*c1cccc2ccccc12", "yes"), ("*c1cccc2ncccc12", "no"),
                    ("*c1ccc2c(c1)CCC2", "maybe"), ("*C1CCCCC1", "no")],
    "heterocyclyl_1_3": [("*c1cccc2ncccc12", "yes"), ("*C1CCOCC1", "yes"), ("*N1CCOCC1", "yes"), ("*c1ccccc1", "no"),
                         ("*c1nnnn1C", "no"), ("*CC1CCOCC1", "no")],
    "heterocyclyl_methyl_or_ethyl": [("*CC1CCOCC1", "yes"), ("*CCN1CCOCC1", "yes"), ("*Cc1ccccc1", "no"),
                                     ("*CCCN1CCOCC1", "no"), ("*C(C)C1CCOCC1", "no"), ("*C1CCOCC1", "no")],
    "phenyl": [("*c1ccccc1", "yes"), ("*c1ccc(Cl)cc1", "yes"), ("*c1ccccn1", "no"), ("*c1cccc2ccccc12", "no")],
    "benzyl": [("*Cc1ccccc1", "yes"), ("*Cc1ccc(F)cc1", "yes"), ("*C(C)c1ccccc1", "no"), ("*CCc1ccccc1", "no")],
    "methyl": [("*C", "yes"), ("*CC", "no"), ("*CF", "no")],
    "any_non_hydrogen": [("*C", "yes"), ("*c1ccccc1", "yes")],
    "any": [("*C", "yes")],
    "any_single_bonded": [("*C", "yes"), ("*OC", "yes"), ("*=O", "maybe"), ("*=C", "maybe")],
}


@pytest.mark.parametrize(("term", "smiles", "expected"),
                         [(term, smiles, expected) for term, cases in CASES.items() for smiles, expected in cases])
def test_term(term, smiles, expected):
    judgement = judge(term, fragment(smiles))
    assert judgement.answer == expected, judgement.reason
    assert judgement.reason


def test_every_term_is_tested():
    assert set(TERMS) == set(CASES)


def test_unknown_term_names_the_known_ones():
    with pytest.raises(KeyError, match="acyl"):
        judge("acyl group", fragment("*C"))

"""The held-out set (tests/data/heldout_classes.csv): about two hundred analogues, near misses and
negatives, labelled from the legal texts alone by someone who did not see the engine (HELDOUT.md).

Known disagreements are listed here with the reason; anything else that disagrees fails.
"""

import csv
from pathlib import Path

import pytest
from rdkit import Chem

from scheduling import default_registry

CASES = list(csv.DictReader((Path(__file__).parents[1] / "data" / "heldout_classes.csv").open(encoding="utf-8")))
KNOWN = {
    # The engine's core requires a neutral three-valent piperidine nitrogen; an N-oxide never reaches the
    # clauses. The labeller reads the oxide as a substituent outside the open clause-3 list: ambiguous.
    "CNF-051": "not_member",
}
REGISTRY = default_registry()


@pytest.mark.parametrize("case", CASES, ids=[c["case_id"] for c in CASES])
def test_heldout_verdict(case):
    verdict = REGISTRY.compiled[case["class_id"]].evaluate(Chem.MolFromSmiles(case["smiles"]))
    expected = KNOWN.get(case["case_id"], case["expected"])
    assert verdict.verdict == expected, f"{case['name']}: {verdict.reason} (label basis: {case['basis']})"


def test_agreement_is_reported():
    agree = sum(REGISTRY.compiled[c["class_id"]].evaluate(Chem.MolFromSmiles(c["smiles"])).verdict == c["expected"]
                for c in CASES)
    assert len(CASES) >= 200 and agree / len(CASES) >= 0.99, f"{agree}/{len(CASES)}"

"""Every class file's own examples come out as labelled, and explain() reports clauses and exclusions."""

import json

import pytest
from rdkit import Chem

from scheduling import default_registry, explain, status
from scheduling.cli import main

REGISTRY = default_registry()


def _examples():
    for class_id, compiled in sorted(REGISTRY.compiled.items()):
        examples = compiled.definition.examples
        for label, group in (("member", examples.members), ("not_member", examples.non_members),
                             ("ambiguous", examples.ambiguous)):
            for example in group:
                yield pytest.param(class_id, label, example, id=f"{class_id}/{label}/{example.name}")


@pytest.mark.parametrize(("class_id", "label", "example"), list(_examples()))
def test_class_examples(class_id, label, example):
    verdict = REGISTRY.compiled[class_id].evaluate(Chem.MolFromSmiles(example.smiles))
    assert verdict.verdict == label, verdict.reason
    if label == "member":
        assert sorted(hit.clause for hit in verdict.clauses) == sorted(example.clauses)
        assert all(hit.atoms for hit in verdict.clauses)
    else:
        assert verdict.reason


BENZYLFENTANYL = "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1"


def test_explain_reports_clause_and_atoms_and_status():
    result = explain(BENZYLFENTANYL, "CN", on="2019-05-01")
    (cls,) = [c for c in result.classes if c.id == "cn-fentanyl-related"]
    assert cls.verdict == "member" and [c.id for c in cls.clauses] == ["4"]
    benzyl = set(Chem.MolFromSmiles(result.parent_smiles).GetSubstructMatch(Chem.MolFromSmarts("[CH2]c1ccccc1")))
    assert set(cls.clauses[0].atoms) == benzyl
    assert result.status.controlled and result.status.matches[0].basis == "class"


def test_class_not_in_force_before_its_date():
    assert explain(BENZYLFENTANYL, "CN", on="2019-04-30").classes == []
    assert status(BENZYLFENTANYL, "CN", on="2019-04-30").state == "not_controlled"


def test_listed_analogue_stays_under_its_own_list():
    acetylfentanyl = "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"
    result = explain(acetylfentanyl, "CN", on="2020-01-01")
    (cls,) = [c for c in result.classes if c.id == "cn-fentanyl-related"]
    assert cls.verdict == "member" and [m.entry_id for m in cls.excluded_by] == ["acetylfentanyl"]
    assert [m.basis for m in result.status.matches] == ["listed"]


def test_ambiguous_structure_is_not_called_controlled_or_uncontrolled():
    carbamate = "CCOC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"
    answer = status(carbamate, "CN", on="2020-01-01")
    assert answer.state == "out_of_coverage" and "does not settle" in answer.reason


def test_cli_explain_json_and_svg(tmp_path, capsys):
    svg = tmp_path / "clauses.svg"
    assert main(["explain", BENZYLFENTANYL, "-j", "CN", "--on", "2019-05-01", "--json", "--svg", str(svg)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["classes"][0]["verdict"] == "member" and data["classes"][0]["clauses"][0]["id"] == "4"
    drawing = svg.read_text()
    assert drawing.startswith("<?xml") and "#E59E00" in drawing  # the first clause colour highlights atoms

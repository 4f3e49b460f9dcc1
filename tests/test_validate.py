"""Every validation rule has a broken fixture, and the message names the file, the place and the fix."""

import shutil
from pathlib import Path

import pytest
import yaml

from scheduling import RegistryError, load_registry, validate
from scheduling.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "registry"


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "registry"
    shutil.copytree(FIXTURE, root)
    return root


def _edit(root: Path, relative: str, change) -> None:
    path = root / relative
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def _entry(data, entry_id):
    return next(e for e in data["entries"] if e["id"] == entry_id)


def _set(path, value):
    """A change that sets the value at `path`; a string step under a list file selects an entry by id."""
    def change(data):
        node = data
        for step in path[:-1]:
            is_entry = isinstance(node, dict) and "entries" in node and step not in node
            node = _entry(node, step) if is_entry else node[step]
        node[path[-1]] = value
    return change


# (rule, file, mutation, text expected in the problem's place, text expected in the message)
RULES = [
    ("unknown key", "XT/drugs.yaml", _set(["acetylfentanyl", "smile"], "C"), "entry acetylfentanyl: smile",
     "Extra inputs are not permitted"),
    ("malformed date", "XT/drugs.yaml", _set(["acetylfentanyl", "listings", 0, "effective_from"], "2015-13-01"),
     "entry acetylfentanyl: listings[0].effective_from", "date"),
    ("undefined source id", "XT/drugs.yaml", _set(["acetylfentanyl", "listings", 0, "sources"], ["nowhere"]),
     "entry acetylfentanyl", "source id 'nowhere' is not defined"),
    ("overlapping periods", "XT/drugs.yaml",
     _set(["amphetamine", "listings", 0, "effective_until"], "2021-01-01"), "entry amphetamine", "periods overlap"),
    ("unparseable SMILES", "XT/drugs.yaml", _set(["acetylfentanyl", "structure", "smiles"], "C1CC(("),
     "entry acetylfentanyl", "could not read"),
    ("salt SMILES", "XT/drugs.yaml", _set(["acetylfentanyl", "structure", "smiles"],
                                          "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl"),
     "entry acetylfentanyl", "salt or charged form"),
    ("bad CAS check digit", "XT/drugs.yaml", _set(["acetylfentanyl", "cas"], ["3258-84-3"]),
     "entry acetylfentanyl: cas", "check digit"),
    ("duplicate entry id", "XT/drugs.yaml", _set(["coca-leaf", "id"], "amphetamine"), "entry amphetamine",
     "used twice"),
    ("end without ended_by", "XT/drugs.yaml", _set(["amphetamine", "listings", 0, "ended_by"], []),
     "entry amphetamine: listings[0]", "ended_by"),
    ("end before start", "XT/drugs.yaml", _set(["amphetamine", "listings", 0, "effective_until"], "2009-01-01"),
     "entry amphetamine: listings[0]", "is not after"),
    ("no structure", "XT/drugs.yaml", _set(["coca-leaf", "non_structural"], None), "entry coca-leaf",
     "neither `structure` nor `non_structural`"),
    ("unchecked structure", "XT/drugs.yaml", _set(["acetylfentanyl", "structure", "checked_against"], []),
     "entry acetylfentanyl: structure", "unchecked_reason"),
    ("same structure twice", "XT/drugs.yaml", _set(["amphetamine", "structure", "smiles"],
                                                    "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"),
     "entry amphetamine", "same structure as entry acetylfentanyl"),
    ("unknown jurisdiction", "XT/drugs.yaml", _set(["jurisdiction"], "QQ"), "", "not in jurisdictions.yaml"),
    ("bad kind", "XT/precursors.yaml", _set(["kind"], "chemical"), "kind", "Input should be 'drug' or 'precursor'"),
    ("missing coverage", "XT/precursors.yaml", lambda d: d.pop("coverage"), "coverage", "Field required"),
    ("bad id", "XT/precursors.yaml", _set(["id"], "XT Precursors"), "id", "should match pattern"),
    ("unverified fact", "XT/precursors.yaml", _set(["note"], "date UNVERIFIED"), "line", "UNVERIFIED"),
    ("undefined CAS source", "XT/drugs.yaml", _set(["acetylfentanyl", "cas_sources"], ["nowhere"]),
     "entry acetylfentanyl cas_sources", "source id 'nowhere' is not defined"),
    ("CAS source without CAS", "XT/drugs.yaml", _set(["coca-leaf", "cas_sources"], ["order-2015"]),
     "entry coca-leaf", "no cas"),
    ("coverage before the list existed", "XT/precursors.yaml", _set(["started"], "2012-01-01"), "coverage.from",
     "before the list existed"),
]


@pytest.mark.parametrize(("rule", "relative", "change", "where", "message"), RULES, ids=[r[0] for r in RULES])
def test_each_rule_has_a_precise_problem(tmp_path, rule, relative, change, where, message):
    root = _copy(tmp_path)
    _edit(root, relative, change)
    problems = validate(root)
    assert problems, f"{rule}: no problem reported"
    hits = [p for p in problems if p.file.endswith(relative) and where in p.where and message in p.message]
    assert hits, f"{rule}: expected {where!r} / {message!r}, got {[str(p) for p in problems]}"
    assert all(p.fix for p in hits)


def test_valid_fixture_has_no_problem():
    assert validate(FIXTURE) == []


def test_list_in_wrong_folder(tmp_path):
    root = _copy(tmp_path)
    (root / "YY").mkdir()
    shutil.move(root / "XT" / "precursors.yaml", root / "YY" / "precursors.yaml")
    assert any("move the file to registry/XT/" in p.fix for p in validate(root))


def test_broken_yaml_names_the_line(tmp_path):
    root = _copy(tmp_path)
    (root / "XT" / "drugs.yaml").write_text("id: x\nentries: [\n  - {id: a\n")
    problems = validate(root)
    assert any("not valid YAML" in p.message and p.where.startswith("line") for p in problems)


def test_duplicate_list_id(tmp_path):
    root = _copy(tmp_path)
    _edit(root, "XT/precursors.yaml", _set(["id"], "xt-drugs"))
    assert any("also used by" in p.message for p in validate(root))


def test_class_must_name_an_existing_list(tmp_path):
    root = _copy(tmp_path)
    (root / "classes").mkdir()
    (root / "classes" / "xt-class.yaml").write_text(yaml.safe_dump({
        "id": "xt-class", "jurisdiction": "XT", "list": "xt-nothing", "title": "K", "title_en": "class",
        "text": "t", "text_en": "t",
        "listings": [{"effective_from": "2019-05-01", "sources": ["act-2010"]}]}))
    assert any("list 'xt-nothing' does not exist" in p.message for p in validate(root))


def test_class_period_must_name_an_existing_list(tmp_path):
    root = _copy(tmp_path)
    (root / "classes").mkdir()
    (root / "classes" / "xt-class.yaml").write_text(yaml.safe_dump({
        "id": "xt-class", "jurisdiction": "XT", "list": "xt-drugs", "title": "K", "title_en": "class",
        "text": "t", "text_en": "t",
        "listings": [{"effective_from": "2019-05-01", "effective_until": "2020-01-01", "ended_by": ["act-2010"],
                      "sources": ["act-2010"]},
                     {"effective_from": "2020-01-01", "list": "xt-nothing", "sources": ["act-2010"]}]}))
    problems = [p for p in validate(root) if "xt-nothing" in p.message]
    assert [p.where for p in problems] == ["listings[1].list"]


def test_all_problems_are_reported_at_once(tmp_path):
    root = _copy(tmp_path)
    _edit(root, "XT/drugs.yaml", _set(["acetylfentanyl", "cas"], ["1-2-3"]))
    _edit(root, "XT/precursors.yaml", _set(["kind"], "chemical"))
    files = {Path(p.file).name for p in validate(root)}
    assert files == {"drugs.yaml", "precursors.yaml"}


def test_validating_one_file_reports_only_that_file(tmp_path):
    root = _copy(tmp_path)
    _edit(root, "XT/drugs.yaml", _set(["acetylfentanyl", "cas"], ["1-2-3"]))
    _edit(root, "XT/precursors.yaml", _set(["kind"], "chemical"))
    problems = validate(root / "XT" / "precursors.yaml")
    assert problems and {Path(p.file).name for p in problems} == {"precursors.yaml"}


def test_load_raises_with_every_problem(tmp_path):
    root = _copy(tmp_path)
    _edit(root, "XT/drugs.yaml", _set(["acetylfentanyl", "cas"], ["1-2-3"]))
    with pytest.raises(RegistryError) as raised:
        load_registry(root)
    assert raised.value.problems and "drugs.yaml" in str(raised.value)


def test_cli_validate_exit_codes(tmp_path, capsys):
    root = _copy(tmp_path)
    assert main(["validate", str(root)]) == 0
    _edit(root, "XT/drugs.yaml", _set(["acetylfentanyl", "cas"], ["1-2-3"]))
    assert main(["validate", str(root)]) == 4
    assert "entry acetylfentanyl" in capsys.readouterr().out

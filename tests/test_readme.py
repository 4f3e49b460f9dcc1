"""The README's promises: its jurisdiction table matches the registry, and its commands work."""

import re
import subprocess
import sys
from pathlib import Path

from scheduling import default_registry, screen

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def test_jurisdiction_table_matches_the_registry():
    rows = re.findall(r"^\| (\w{2,3}) \| [^|]+ \| [^|]+ \| (\d{4}-\d{2}-\d{2}) \|$", README, re.M)
    registry = default_registry()
    assert {code: day for code, day in rows} == {code: str(j.coverage_from) for code, j in
                                                registry.jurisdictions.items()}


def test_quick_start_check_gives_the_documented_answers():
    command = [sys.executable, "-m", "scheduling", "check", "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "-j", "CN"]
    on = subprocess.run([*command, "--on", "2015-10-01"], capture_output=True, text=True)
    before = subprocess.run([*command, "--on", "2015-09-30"], capture_output=True, text=True)
    assert on.returncode == 1 and "CONTROLLED" in on.stdout and "公通字〔2015〕27号" in on.stdout
    assert before.returncode == 0 and "NOT CONTROLLED" in before.stdout


def test_screen_example_from_the_readme():
    frame = screen(["CCO", "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl", "not smiles"], ["CN", "US", "UN"],
                   on=["2015-09-30", "2020-01-01"])
    assert len(frame) == 6 and frame["error"].astype(bool).sum() == 2

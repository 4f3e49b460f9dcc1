"""Every example script runs and tells what the legal texts say."""

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).parents[1] / "examples"


def test_was_it_controlled_tells_the_seed_story():
    done = subprocess.run([sys.executable, str(EXAMPLES / "was_it_controlled.py")], capture_output=True, text=True,
                          check=True)
    out = done.stdout
    assert out.count("not controlled") == 3 and out.count(": controlled") == 3
    assert "公通字〔2015〕27号" in out and "卡芬太尼" in out and "N-苯乙基-4-哌啶酮" in out


def test_class_matches_lists_members_with_clauses(tmp_path):
    library = tmp_path / "library.csv"
    library.write_text("SMILES\nCCO\nCCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1\nCCOC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1\n")
    done = subprocess.run([sys.executable, str(EXAMPLES / "class_matches.py"), str(library)], capture_output=True,
                          text=True, check=True)
    lines = done.stdout.splitlines()[1:]
    assert any("cn-fentanyl-related\tmember\t4:" in line for line in lines)
    assert any("us-fentanyl-related\tmember\tE:" in line for line in lines)  # carbamate read as acyl (DEA)
    assert any("cn-fentanyl-related\tambiguous" in line for line in lines)
    assert not any(line.startswith("1\t") for line in lines)

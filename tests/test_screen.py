"""Screening gives, row for row, the answers of status(); bad rows are marked and nothing is dropped."""

import gzip

import pandas as pd
import pytest
from rdkit import Chem

from scheduling import screen, status
from scheduling.cli import main

ROWS = [
    ("acetylfentanyl", "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"),
    ("acetylfentanyl-hcl", "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl"),
    ("benzylfentanyl", "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1"),
    ("benzylfentanyl-hcl", "CCC(=O)N(c1ccccc1)C1CC[NH+](Cc2ccccc2)CC1.[Cl-]"),
    ("mdmb-4en-pinaca", "COC(=O)C(NC(=O)c1nn(CCCC=C)c2ccccc12)C(C)(C)C"),
    ("fentanyl-carbamate", "CCOC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"),
    ("npp", "O=C1CCN(CCc2ccccc2)CC1"),
    ("bad", "C1CC(("),
    ("aspirin", "CC(=O)Oc1ccccc1C(=O)O"),
    ("lorazepam", "O=C1Nc2ccc(Cl)cc2C(c2ccccc2Cl)=NC1O"),
    ("empty", ""),
]
DATES = ["2013-06-01", "2015-09-30", "2015-10-01", "2019-05-01", "2026-01-01"]


def _expected(smiles, code, day):
    answer = status(smiles, code, on=day)
    controlled = None if answer.state == "out_of_coverage" else answer.controlled
    parts = [f"{m.list_id}:{m.entry_id}" + (f"[{','.join(c.id for c in m.clauses)}]" if m.clauses else "")
             for m in answer.matches]
    return controlled, ";".join(parts)


def test_screen_matches_status_row_for_row():
    frame = screen(ROWS, ["CN", "US", "UN"], on=DATES)
    assert len(frame) == len(ROWS) * len(DATES)
    assert list(frame.columns) == ["id", "structure", "on", "CN_controlled", "CN_matches", "US_controlled",
                                   "US_matches", "UN_controlled", "UN_matches", "error"]
    for record in frame.to_dict("records"):
        if record["id"] in ("bad", "empty"):
            assert record["error"] and pd.isna(record["CN_controlled"])
            continue
        for code in ("CN", "US", "UN"):
            controlled, matches = _expected(record["structure"], code, record["on"])
            got = None if pd.isna(record[f"{code}_controlled"]) else bool(record[f"{code}_controlled"])
            assert (got, record[f"{code}_matches"]) == (controlled, matches), (record["id"], code, record["on"])


def test_order_and_ids_are_kept_and_bad_rows_marked():
    frame = screen(ROWS, "CN", on="2016-01-01")
    assert list(frame["id"]) == [name for name, _ in ROWS]
    assert frame.set_index("id").loc["bad", "error"] == "could not read 'C1CC((' as SMILES"
    assert frame.set_index("id").loc["acetylfentanyl-hcl", "CN_controlled"]


def test_dataframe_input_with_columns():
    table = pd.DataFrame({"compound": [n for n, _ in ROWS], "SMILES": [s for _, s in ROWS]})
    frame = screen(table, ["CN"], on="2016-01-01", id_column="compound")
    assert list(frame["id"]) == list(table["compound"]) and list(frame["structure"]) == list(table["SMILES"])


def test_mol_objects_are_accepted():
    frame = screen([Chem.MolFromSmiles(ROWS[0][1])], "CN", on="2016-01-01")
    assert bool(frame.loc[0, "CN_controlled"]) and frame.loc[0, "structure"] == Chem.MolToSmiles(
        Chem.MolFromSmiles(ROWS[0][1]))


def _write_inputs(folder):
    (folder / "in.csv").write_text("id,smiles\n" + "\n".join(f"{n},{s}" for n, s in ROWS) + "\n")
    (folder / "in.smi").write_text("\n".join(f"{s or 'C1CC(('} {n}" for n, s in ROWS) + "\n")
    sdf = folder / "in.sdf.gz"
    with gzip.open(sdf, "wt") as handle:
        for name, smiles in ROWS:
            mol = Chem.MolFromSmiles(smiles) if smiles and Chem.MolFromSmiles(smiles) else None
            broken = "\n  broken\n\n  0  0  0  0  0  0            999 V2000\nM  END\n"
            block = Chem.MolToMolBlock(mol) if mol else broken
            handle.write(name + block[block.index("\n"):] + "$$$$\n")
    pd.DataFrame({"id": [n for n, _ in ROWS], "smiles": [s for _, s in ROWS]}).to_parquet(folder / "in.parquet")


@pytest.mark.parametrize("name", ["in.csv", "in.smi", "in.sdf.gz", "in.parquet"])
def test_cli_reads_every_format(tmp_path, name, capsys):
    _write_inputs(tmp_path)
    out = tmp_path / "out.csv"
    assert main(["screen", str(tmp_path / name), "-j", "CN,US", "--on", "2016-01-01", "-o", str(out)]) == 0
    frame = pd.read_csv(out, keep_default_na=False)
    assert list(frame["id"].astype(str)) == [n for n, _ in ROWS]
    assert frame.set_index("id").loc["acetylfentanyl", "CN_controlled"] in (True, "True")
    assert frame.set_index("id").loc["bad", "error"]
    assert f"rows read {len(ROWS)}" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", ["jsonl", "parquet"])
def test_cli_writes_jsonl_and_parquet(tmp_path, suffix):
    _write_inputs(tmp_path)
    out = tmp_path / f"out.{suffix}"
    assert main(["screen", str(tmp_path / "in.csv"), "-j", "CN", "--on", "2016-01-01", "--on", "2020-01-01",
                 "-o", str(out)]) == 0
    frame = pd.read_json(out, lines=True) if suffix == "jsonl" else pd.read_parquet(out)
    assert len(frame) == 2 * len(ROWS)


def test_parallel_equals_serial_and_resume_completes(tmp_path):
    rows = [(f"r{i}", s) for i in range(300) for _, s in ROWS[i % len(ROWS): i % len(ROWS) + 1]]
    (tmp_path / "in.csv").write_text("id,smiles\n" + "\n".join(f"{n},{s}" for n, s in rows) + "\n")
    args = ["screen", str(tmp_path / "in.csv"), "-j", "CN,US,UN", "--on", "2020-01-01", "--chunk-size", "50"]
    assert main([*args, "-o", str(tmp_path / "serial.csv")]) == 0
    assert main([*args, "-o", str(tmp_path / "parallel.csv"), "--workers", "2"]) == 0
    serial = (tmp_path / "serial.csv").read_text()
    assert (tmp_path / "parallel.csv").read_text() == serial
    lines = serial.splitlines(keepends=True)
    (tmp_path / "resumed.csv").write_text("".join(lines[:120]) + lines[120][:10])  # cut mid-line
    assert main([*args, "-o", str(tmp_path / "resumed.csv"), "--resume"]) == 0
    assert (tmp_path / "resumed.csv").read_text() == serial


def test_cli_screen_rejects_unknown_format(tmp_path, capsys):
    (tmp_path / "in.xyz").write_text("x")
    assert main(["screen", str(tmp_path / "in.xyz"), "-j", "CN", "-o", str(tmp_path / "o.csv")]) == 2
    assert "unknown file type" in capsys.readouterr().err

"""Read structures from files (CSV, TSV, SMILES, SDF, Parquet; gzipped too) and write results
(CSV, Parquet, JSON Lines) as they come, so an interrupted run keeps what it finished."""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from scheduling.errors import SchedulingError

STRUCTURE_NAMES = ("smiles", "structure", "canonical_smiles", "mol", "molecule", "inchi")
ID_NAMES = ("id", "name", "compound_id", "zinc_id", "identifier", "title")


def _kind(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    kind = suffixes[-1] if suffixes else ""
    if kind in (".csv", ".tsv", ".smi", ".smiles", ".sdf", ".sd", ".mol", ".parquet", ".txt", ".jsonl"):
        return kind
    raise SchedulingError(f"{path}: unknown file type {kind or '(none)'}: use .csv, .tsv, .smi, .sdf, "
                          ".parquet (optionally .gz)")


def _open_text(path: Path) -> io.TextIOBase:
    if path.suffix.lower() == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")
    return path.open(encoding="utf-8", newline="")


def _pick(names: list[str], wanted: str | None, candidates: tuple[str, ...], what: str, path: Path) -> str | None:
    if wanted:
        if wanted not in names:
            raise SchedulingError(f"{path}: no column {wanted!r}; columns are {names}")
        return wanted
    for name in names:
        if name.strip().lower() in candidates:
            return name
    if what == "structure":
        raise SchedulingError(f"{path}: no structure column among {names}: name it with --structure-column")
    return None


def read_pairs(path: str | Path, structure_column: str | None = None,
               id_column: str | None = None) -> Iterator[tuple[Any, Any]]:
    """(id, structure) pairs from a file, one per record, in file order. The id is the id column's value,
    the SMILES file's second field or the SDF title, else the record number (from 1)."""
    path = Path(path)
    if not path.is_file():
        raise SchedulingError(f"{path}: no such file")
    kind = _kind(path)
    if kind in (".csv", ".tsv", ".txt"):
        yield from _read_delimited(path, "\t" if kind == ".tsv" else ",", structure_column, id_column)
    elif kind in (".smi", ".smiles"):
        yield from _read_smiles(path)
    elif kind in (".sdf", ".sd", ".mol"):
        yield from _read_sdf(path, id_column)
    elif kind == ".parquet":
        yield from _read_parquet(path, structure_column, id_column)
    else:
        raise SchedulingError(f"{path}: {kind} is an output format, not an input format")


def _read_delimited(path: Path, delimiter: str, structure_column: str | None,
                    id_column: str | None) -> Iterator[tuple[Any, Any]]:
    with _open_text(path) as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        header = next(reader, None)
        if header is None:
            return
        structure = header.index(_pick(header, structure_column, STRUCTURE_NAMES, "structure", path))
        ident = _pick(header, id_column, ID_NAMES, "id", path)
        ident_at = header.index(ident) if ident else None
        for number, row in enumerate(reader, start=1):
            if not row:
                continue
            value = row[structure] if structure < len(row) else ""
            yield (row[ident_at] if ident_at is not None and ident_at < len(row) else number), value


def _read_smiles(path: Path) -> Iterator[tuple[Any, Any]]:
    with _open_text(path) as handle:
        for number, line in enumerate(handle, start=1):
            fields = line.split(maxsplit=1)
            if not fields or fields[0].lower() == "smiles":
                continue
            yield (fields[1].strip() if len(fields) > 1 else number), fields[0]


def _read_sdf(path: Path, id_column: str | None) -> Iterator[tuple[Any, Any]]:
    with (gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")) as handle:
        block: list[bytes] = []
        number = 0
        for line in handle:
            if line.startswith(b"$$$$"):
                number += 1
                yield _sdf_record("".join(b.decode("utf-8", "replace") for b in block), number, id_column)
                block = []
            else:
                block.append(line)
        if any(b.strip() for b in block):
            yield _sdf_record("".join(b.decode("utf-8", "replace") for b in block), number + 1, id_column)


def _sdf_record(text: str, number: int, id_column: str | None) -> tuple[Any, Any]:
    """A record's id and its molfile text (parsed later, in the worker, so a bad record is one bad row)."""
    title = text.split("\n", 1)[0].strip()
    if id_column and f"<{id_column}>" in text:
        value = text.split(f"<{id_column}>", 1)[1].split("\n")[1].strip()
        return value or number, text
    return title or number, text


def _read_parquet(path: Path, structure_column: str | None, id_column: str | None) -> Iterator[tuple[Any, Any]]:
    import pyarrow.parquet as pq

    table = pq.ParquetFile(path)
    names = table.schema.names
    structure = _pick(names, structure_column, STRUCTURE_NAMES, "structure", path)
    ident = _pick(names, id_column, ID_NAMES, "id", path)
    number = 0
    for batch in table.iter_batches(columns=[c for c in (ident, structure) if c]):
        frame = batch.to_pandas()
        for _, row in frame.iterrows():
            number += 1
            yield (row[ident] if ident else number), row[structure]


def count_records(path: str | Path) -> int | None:
    """Number of records, for the progress bar's ETA (None when counting would cost too much)."""
    path = Path(path)
    kind = _kind(path)
    if kind == ".parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rb") as handle:
        if kind in (".sdf", ".sd", ".mol"):
            return sum(1 for line in handle if line.startswith(b"$$$$"))
        lines = sum(1 for line in handle if line.strip())
    return lines - (0 if kind in (".smi", ".smiles") else 1)


class Writer:
    """Appends screened records to CSV, JSON Lines or Parquet, chunk by chunk."""

    def __init__(self, path: str | Path, columns: list[str], append: bool = False):
        self.path = Path(path)
        self.columns = columns
        self.kind = "".join(s.lower() for s in self.path.suffixes[-1:])
        if self.kind not in (".csv", ".jsonl", ".parquet"):
            raise SchedulingError(f"{self.path}: output must be .csv, .jsonl or .parquet")
        if append and self.kind == ".parquet":
            raise SchedulingError("--resume works with .csv and .jsonl output; Parquet files cannot be appended to")
        self._parquet = None
        self._handle = None
        if self.kind in (".csv", ".jsonl"):
            fresh = not (append and self.path.exists())
            self._handle = self.path.open("w" if fresh else "a", encoding="utf-8", newline="")
            if self.kind == ".csv" and fresh:
                csv.writer(self._handle).writerow(columns)

    def write(self, records: list[dict[str, Any]]) -> None:
        if self.kind == ".csv":
            writer = csv.writer(self._handle)
            for record in records:
                writer.writerow(["" if record[c] is None else record[c] for c in self.columns])
        elif self.kind == ".jsonl":
            for record in records:
                self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            frame = pd.DataFrame(records, columns=self.columns)
            for column in self.columns:
                if column.endswith("_controlled"):
                    frame[column] = frame[column].astype("boolean")
                elif column != "on":
                    frame[column] = frame[column].astype("string")
            table = pa.Table.from_pandas(frame, preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.path, table.schema)
            self._parquet.write_table(table)
        if self._handle:
            self._handle.flush()

    def close(self) -> None:
        if self._handle:
            self._handle.close()
        if self._parquet is not None:
            self._parquet.close()


def rows_done(path: str | Path, dates: int) -> int:
    """How many input rows an existing CSV or JSON Lines output already holds (for --resume). A last
    line cut off by the interruption is removed first."""
    path = Path(path)
    if not path.exists():
        return 0
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        path.write_bytes(data[: data.rfind(b"\n") + 1])
    with path.open(encoding="utf-8", newline="") as handle:
        if path.suffix.lower() == ".csv":
            records = sum(1 for _ in csv.reader(handle)) - 1
        else:
            records = sum(1 for line in handle if line.strip())
    return max(records, 0) // max(dates, 1)
